"""The container both kinds of bundle share: a tar stream inside age, led by a signed manifest.

A case bundle (:mod:`app.bundle.export`, :mod:`app.bundle.importer`) and a border bundle
(:mod:`app.bundle.border_seal`, :mod:`app.bundle.border_open`) differ in what their entries
hold and in who may open them, not in how they are packed. Packing and unpacking live here
once, so a fix to either (an fsync, a hash check) reaches both:

- writing: :func:`tar_stream` (manifest, signature, then every entry padded to 512 bytes),
  :func:`seal_to_file` (age around it, written as ``NAME.partial`` and renamed when
  complete, so a half-written bundle never carries the final name);
- reading: :func:`open_sealed` (decrypt as a stream, read and parse the manifest and its
  signature), :func:`read_entry` and :func:`read_attachment_entry` (every entry checked
  against the size and SHA-256 the manifest gives it).

What each kind then checks (who signed, for whom, what the entries may contain) stays with
that kind.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.bundle import manifest as manifest_format
from app.bundle import tar
from app.bundle.errors import BundleError, not_a_bundle, tampered
from app.bundle.manifest import MANIFEST_NAME, MAX_MANIFEST, SIGNATURE_NAME, Entry, Manifest, Sender
from app.bundle.tar import TarReader
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.identity import VaultIdentity
from crypto import age
from crypto.sign import SIGNATURE_SIZE

Connection = Any  # a sqlcipher3 connection (the module ships no type information)
Pieces = Iterator[bytes]
_AGE_STARTS = (b"age-encryption.org/", b"-----BEGIN AGE ENCRYPTED FILE")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------- writing


def refuse_existing(output: Path) -> None:
    """A bundle never replaces a file: the user chooses another name."""
    if output.exists():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "There is already a file at {output}; choose another name."),
            output=output,
        )


def sender_of(identity: VaultIdentity) -> Sender:
    """The manifest's sender: this vault's name and public keys."""
    card = identity.card
    return Sender(card.name, str(card.signing_key), card.x25519_recipient, card.pq_recipient)


def tar_stream(
    manifest: Manifest, identity: VaultIdentity, content: Callable[[Entry], Pieces]
) -> Pieces:
    """The tar bytes of a bundle: the manifest, its signature, then ``content`` of each entry.

    ``content(entry)`` must yield exactly ``entry.size`` bytes; it is where each kind reads
    its entries again and checks them against the manifest's hashes.
    """
    data = manifest.to_bytes()
    mtime = int(datetime.fromisoformat(manifest.created_at).timestamp())
    yield from _file_entry(MANIFEST_NAME, data, mtime)
    yield from _file_entry(SIGNATURE_NAME, identity.sign(data), mtime)
    for entry in manifest.entries:
        yield tar.header(entry.name, entry.size, mtime)
        yield from content(entry)
        yield tar.padding(entry.size)
    yield tar.END


def _file_entry(name: str, data: bytes, mtime: int) -> Pieces:
    """A small file as tar blocks: its header, its bytes, its padding."""
    yield tar.header(name, len(data), mtime)
    yield data
    yield tar.padding(len(data))


def stored_attachment(conn: Connection, entry: Entry, damaged: Callable[[], BundleError]) -> Pieces:
    """An attachment's bytes from the vault's chunks, checked against the entry's hash."""
    digest = hashlib.sha256()
    cursor = conn.execute(
        "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq", (entry.ref,)
    )
    for (piece,) in cursor:
        digest.update(piece)
        yield bytes(piece)
    if digest.hexdigest() != entry.sha256:
        raise damaged()


def seal_to_file(output: Path, recipients: Sequence[str], pieces: Pieces) -> None:
    """Encrypt ``pieces`` to ``recipients`` into ``output`` (see the module docstring)."""
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("xb") as file:
            age.encrypt(IteratorReader(pieces), file, list(recipients))  # type: ignore[arg-type]
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, output)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


class IteratorReader(io.RawIOBase):
    """A readable stream over an iterator of byte strings (what age.encrypt pulls from)."""

    def __init__(self, pieces: Pieces) -> None:
        super().__init__()
        self._pieces = pieces
        self._current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while not self._current:
            piece = next(self._pieces, None)
            if piece is None:
                return 0
            self._current = memoryview(piece)
        count = min(len(view), len(self._current))
        view[:count] = self._current[:count]
        self._current = self._current[count:]
        return count


# ---------------------------------------------------------------------- reading


@dataclass(frozen=True)
class SealedBundle:
    """A decrypting bundle after its manifest: the parsed manifest, its exact bytes and
    signature (not yet verified: that is each kind's check), and the reader of the entries."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    tar: TarReader

    @property
    def digest(self) -> str:
        """The manifest's SHA-256: what ties a later pass to the file that was checked."""
        return sha256_hex(self.manifest_bytes)


def check_looks_like_age(file: BinaryIO) -> None:
    """Refuse at once a file that is not age at all (a wrong file chosen, not an attack)."""
    start = file.read(32)
    file.seek(0)
    if not start.startswith(_AGE_STARTS):
        raise not_a_bundle()


@contextmanager
def open_sealed(
    path: Path, identities: Sequence[str], not_ours: Callable[[], BundleError]
) -> Iterator[SealedBundle]:
    """Decrypt ``path`` as a stream and read its manifest; ``not_ours()`` if no key opens it."""
    with Path(path).open("rb") as file:
        check_looks_like_age(file)
        try:
            stream = age.open_decrypted(file, list(identities))
        except age.NoIdentityMatchError:
            raise not_ours() from None
        except age.AgeError:
            raise tampered() from None
        reader = TarReader(stream)  # type: ignore[arg-type]
        data = reader.read_all(
            reader.next_entry(MANIFEST_NAME, MAX_MANIFEST, QT_TRANSLATE_NOOP("Core", "manifest"))
        )
        signature = reader.read_all(
            reader.next_entry(
                SIGNATURE_NAME, SIGNATURE_SIZE, QT_TRANSLATE_NOOP("Core", "signature")
            )
        )
        yield SealedBundle(manifest_format.parse(data), data, signature, reader)


def next_entry(reader: TarReader, entry: Entry) -> None:
    """The next tar header must be ``entry`` with exactly the size the manifest gives."""
    size = reader.next_entry(entry.name, entry.size, QT_TRANSLATE_NOOP("Core", "entry"))
    if size != entry.size:
        raise tampered()


def read_entry(reader: TarReader, entry: Entry) -> bytes:
    """A whole (small) entry after :func:`next_entry`, checked against its hash."""
    data = reader.read_all(entry.size)
    if sha256_hex(data) != entry.sha256:
        raise tampered()
    return data


def read_attachment_entry(
    reader: TarReader, entry: Entry, handler: Callable[[Pieces], None] | None
) -> None:
    """Hand an attachment's bytes to ``handler`` as they come; all of them are checked.

    The hash is known only at the end: a handler that writes the pieces must do so inside
    a transaction that the error rolls back. Whatever it does not read is still checked.
    """
    pieces = _checked(reader.content(entry.size), entry.sha256)
    if handler is not None:
        handler(pieces)
    for _ in pieces:
        pass


def _checked(pieces: Pieces, sha256: str) -> Pieces:
    """The pieces as they come; raises at the end if their hash is not ``sha256``."""
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece)
        yield piece
    if digest.hexdigest() != sha256:
        raise tampered()
