"""The container both kinds of bundle share: a tar stream inside age, led by a signed manifest.

A case bundle (:mod:`app.exchange.bundle.export`, :mod:`app.exchange.bundle.importer`) and a
border bundle (:mod:`app.exchange.bundle.border_seal`, :mod:`app.exchange.bundle.border_open`)
differ in what their entries hold and in who may open them, not in how they are packed.
Packing and unpacking live here once, so a fix to either (an fsync, a hash check) reaches
both:

- writing: :func:`tar_stream` (manifest, signature, then every entry padded to 512 bytes),
  :func:`seal_to_file` (age around it, written as ``NAME.partial-PID-RANDOM`` and renamed
  when complete, so a half-written bundle never carries the final name, two processes never
  share a temporary name, and what a killed one left is removed before the next write into
  that folder, and by the next start when the vault folder holds a note of it);
- reading: :func:`open_sealed` (decrypt as a stream, read the signer's key, the signature
  and the manifest's raw bytes, have the caller authenticate them, and only then parse the
  manifest), :func:`read_entry` and :func:`read_attachment_entry` (every entry checked
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

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.exchange.bundle import manifest as manifest_format
from app.exchange.bundle import tar
from app.exchange.bundle.errors import BundleError, malformed, not_a_bundle, old_format, tampered
from app.exchange.bundle.manifest import (
    LEGACY_VERSION,
    MANIFEST_NAME,
    MAX_MANIFEST,
    SIGNATURE_DOMAIN,
    SIGNATURE_NAME,
    Entry,
    Manifest,
    Sender,
)
from app.exchange.bundle.tar import TarReader
from app.exchange.identity import VaultIdentity
from app.leftovers import PARTIAL_MARK, record_output, remove_stale_partials
from app.store.attachments import stored_pieces
from app.types import Connection
from crypto import age
from crypto.durable import fsync_folder, temporary_name
from crypto.sign import SIGNATURE_SIZE, SignatureKeyError, parse_public_key, public_key_from_bytes

Pieces = Iterator[bytes]
Authenticate = Callable[[str, bytes, bytes], None]
"""``authenticate(signer key, manifest bytes, signature)``: raises unless the signer is
trusted and the signature over :func:`signed_bytes` verifies. Runs before any parsing."""
LegacyCheck = Callable[[Manifest, bytes, bytes], None]
_KEY_SIZE = 32
_AGE_STARTS = (b"age-encryption.org/", b"-----BEGIN AGE ENCRYPTED FILE")


def attachment_bytes(manifest: Manifest) -> int:
    """How many attachment bytes the bundle carries (what would fill a page cache)."""
    return sum(e.size for e in manifest.entries if e.kind == "attachment")


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
    signer = parse_public_key(manifest.sender.signing_key)
    yield from _file_entry(SIGNATURE_NAME, signer + identity.sign(signed_bytes(data)), mtime)
    yield from _file_entry(MANIFEST_NAME, data, mtime)
    for entry in manifest.entries:
        yield tar.header(entry.name, entry.size, mtime)
        yield from content(entry)
        yield tar.padding(entry.size)
    yield tar.END


def signed_bytes(manifest_bytes: bytes) -> bytes:
    """What a format-2 manifest signature covers: the domain, then the manifest's bytes."""
    return SIGNATURE_DOMAIN + manifest_bytes


def _file_entry(name: str, data: bytes, mtime: int) -> Pieces:
    """A small file as tar blocks: its header, its bytes, its padding."""
    yield tar.header(name, len(data), mtime)
    yield data
    yield tar.padding(len(data))


def stored_attachment(conn: Connection, entry: Entry, damaged: Callable[[], BundleError]) -> Pieces:
    """An attachment's bytes from the vault's chunks, checked against the entry's hash."""
    digest = hashlib.sha256()
    for piece in stored_pieces(conn, entry.ref):
        digest.update(piece)
        yield bytes(piece)
    if digest.hexdigest() != entry.sha256:
        raise damaged()


def seal_to_file(
    output: Path, recipients: Sequence[str], pieces: Pieces, *, record_in: Path | None = None
) -> None:
    """Encrypt ``pieces`` to ``recipients`` into ``output`` (see the module docstring).

    ``record_in`` (the vault folder) keeps a note there of the file being written, so the
    next start removes what a killed process left even if no bundle is written to that
    folder again (:mod:`app.leftovers`).
    """
    remove_stale_partials(output.parent)
    partial = temporary_name(output, PARTIAL_MARK)
    record = None if record_in is None else record_output(record_in, output)
    try:
        with partial.open("xb") as file:
            age.encrypt(IteratorReader(pieces), file, list(recipients))  # type: ignore[arg-type]
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, output)
        fsync_folder(output.parent)  # the name too, before the vault records it as sent
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        if record is not None:
            record.unlink(missing_ok=True)


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
    """A decrypting bundle after its manifest: the manifest, parsed only after its signature
    was checked, its exact bytes and signature, the signer's key, and the entries' reader."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    signer: str
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
    path: Path,
    identities: Sequence[str],
    not_ours: Callable[[], BundleError],
    authenticate: Authenticate,
    *,
    limit: int = MAX_MANIFEST,
    legacy: LegacyCheck | None = None,
) -> Iterator[SealedBundle]:
    """Decrypt ``path`` as a stream and read its manifest; ``not_ours()`` if no key opens it.

    Format 2: the signer's key and signature come first; ``authenticate`` checks them
    against the manifest's raw bytes, and only then is the manifest parsed (and must name
    the same signer). Format 1 (manifest first) is refused with "ask the sender to update",
    unless ``legacy`` is given (border bundles): then the manifest is parsed and ``legacy``
    checks its signature.
    """
    with Path(path).open("rb") as file:
        check_looks_like_age(file)
        try:
            stream = age.open_decrypted(file, list(identities))
        except age.NoIdentityMatchError:
            raise not_ours() from None
        except age.AgeError:
            raise tampered() from None
        reader = TarReader(stream)  # type: ignore[arg-type]
        name, size = reader.next_of(
            {SIGNATURE_NAME: _KEY_SIZE + SIGNATURE_SIZE, MANIFEST_NAME: limit},
            QT_TRANSLATE_NOOP("Core", "manifest"),
        )
        if name == MANIFEST_NAME:
            if legacy is None:
                raise old_format()
            yield _legacy(reader, size, limit, legacy)
            return
        signed = reader.read_all(size)
        if size != _KEY_SIZE + SIGNATURE_SIZE:
            raise malformed()
        signer = _signer(signed[:_KEY_SIZE])
        data = reader.read_all(
            reader.next_entry(MANIFEST_NAME, limit, QT_TRANSLATE_NOOP("Core", "manifest"))
        )
        signature = signed[_KEY_SIZE:]
        authenticate(signer, data, signature)
        parsed = manifest_format.parse(data, limit=limit)
        if parsed.sender.signing_key != signer:
            raise malformed()
        yield SealedBundle(parsed, data, signature, signer, reader)


def _signer(raw: bytes) -> str:
    try:
        return public_key_from_bytes(raw)
    except SignatureKeyError:
        raise malformed() from None


def _legacy(reader: TarReader, size: int, limit: int, check: LegacyCheck) -> SealedBundle:
    """A format-1 bundle: the manifest first, then the signature over its bare bytes."""
    data = reader.read_all(size)
    signature = reader.read_all(
        reader.next_entry(SIGNATURE_NAME, SIGNATURE_SIZE, QT_TRANSLATE_NOOP("Core", "signature"))
    )
    parsed = manifest_format.parse(data, version=LEGACY_VERSION, limit=limit)
    check(parsed, data, signature)
    return SealedBundle(parsed, data, signature, parsed.sender.signing_key, reader)


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
