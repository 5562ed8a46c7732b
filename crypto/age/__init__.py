"""The age v1 file format (age-encryption.org/v1) on the ``cryptography`` package.

Sealed bundles are standard age files, so a partner can open them with the stock ``age``
tool and we can open theirs. Supported recipient types: X25519 (``age1...``) and the
hybrid post-quantum MLKEM768-X25519 (``age1pq1...``). Both directions stream in 64 KiB
chunks, so memory does not grow with file size.

The streaming contract, as in every age implementation: :func:`decrypt` writes each chunk
to ``dst`` as soon as its tag verified, so when it raises :class:`PayloadError`, ``dst``
may already hold the verified start of the file. Callers (bundle import) must treat
``dst`` as untrusted until :func:`decrypt` returns, and discard it on any error.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import BinaryIO

from crypto.age.armor import ArmorReader, ArmorWriter, has_armor_later, looks_armored
from crypto.age.errors import (
    AgeError,
    ArmorError,
    HeaderError,
    HMACError,
    InvalidKeyError,
    NoIdentityMatchError,
    PayloadError,
)
from crypto.age.header import Header, encode_header, read_header, verify_mac
from crypto.age.keys import (
    FILE_KEY_SIZE,
    Identity,
    Recipient,
    new_hybrid_identity,
    new_x25519_identity,
    parse_identity,
    parse_recipient,
)
from crypto.age.reader import DecryptedReader
from crypto.age.source import StreamSource
from crypto.age.stream import NONCE_SIZE, decrypt_payload, encrypt_payload, payload_key

__all__ = [
    "AgeError",
    "ArmorError",
    "DecryptedReader",
    "HMACError",
    "HeaderError",
    "InvalidKeyError",
    "NoIdentityMatchError",
    "PayloadError",
    "decrypt",
    "encrypt",
    "generate_hybrid",
    "generate_x25519",
    "open_decrypted",
    "recipient_from_identity",
]

_SNIFF_SIZE = 2048
_SCRYPT_TYPE = b"scrypt"


def encrypt(
    src: BinaryIO, dst: BinaryIO, recipients: Sequence[str], *, armor: bool = False
) -> None:
    """Seal everything read from ``src`` to ``recipients``, writing the age file to ``dst``.

    Post-quantum (``age1pq1...``) and classic (``age1...``) recipients are not mixed in one
    file: the classic key would undo the quantum resistance (the spec says SHOULD NOT; we
    refuse, as the reference implementation does).
    """
    parsed = _parse_recipients(recipients)
    file_key = os.urandom(FILE_KEY_SIZE)
    header = encode_header([r.wrap(file_key) for r in parsed], file_key)
    nonce = os.urandom(NONCE_SIZE)
    out: BinaryIO | ArmorWriter = ArmorWriter(dst) if armor else dst
    out.write(header + nonce)
    encrypt_payload(src, out, payload_key(file_key, nonce))
    if isinstance(out, ArmorWriter):
        out.close()


def decrypt(src: BinaryIO, dst: BinaryIO, identities: Sequence[str]) -> None:
    """Open the age file in ``src`` (binary or armored) with one of ``identities``.

    Nothing is written before the header, its stanzas and its MAC check out. See the
    module docstring for what ``dst`` holds if the payload turns out to be damaged.
    """
    source, key = _open_payload(src, identities)
    decrypt_payload(source, dst, key)


def open_decrypted(src: BinaryIO, identities: Sequence[str]) -> DecryptedReader:
    """Check the header of the age file in ``src`` and return a reader of its plaintext.

    The header, stanzas and MAC are checked here; the payload is verified chunk by chunk as
    it is read (see :class:`DecryptedReader`: read to the end before trusting anything).
    """
    source, key = _open_payload(src, identities)
    return DecryptedReader(source, key)


def _open_payload(src: BinaryIO, identities: Sequence[str]) -> tuple[StreamSource, bytes]:
    parsed = _parse_identities(identities)
    source = _open_source(src)
    header = read_header(source)
    file_key = _unwrap(header, parsed)
    verify_mac(header, file_key)
    nonce = source.read(NONCE_SIZE)
    if len(nonce) != NONCE_SIZE:
        raise HeaderError("The file is truncated right after its header.")
    return source, payload_key(file_key, nonce)


def generate_x25519() -> tuple[str, str]:
    """A new X25519 key pair: ``("AGE-SECRET-KEY-1...", "age1...")``."""
    identity = new_x25519_identity()
    return identity.encode(), identity.recipient.encode()


def generate_hybrid() -> tuple[str, str]:
    """A new post-quantum key pair: ``("AGE-SECRET-KEY-PQ-1...", "age1pq1...")``."""
    identity = new_hybrid_identity()
    return identity.encode(), identity.recipient.encode()


def recipient_from_identity(identity: str) -> str:
    """The public recipient string that belongs to a secret identity string."""
    return parse_identity(identity).recipient.encode()


def _parse_recipients(recipients: Sequence[str]) -> list[Recipient]:
    if isinstance(recipients, str):
        raise TypeError("recipients must be a sequence of strings, not one string")
    parsed: list[Recipient] = [parse_recipient(r) for r in recipients]
    if not parsed:
        raise InvalidKeyError("A file must be sealed to at least one recipient.")
    if len({r.post_quantum for r in parsed}) > 1:
        raise InvalidKeyError("Post-quantum and classic recipient keys cannot be mixed.")
    return parsed


def _parse_identities(identities: Sequence[str]) -> list[Identity]:
    if isinstance(identities, str):
        raise TypeError("identities must be a sequence of strings, not one string")
    return [parse_identity(i) for i in identities]


def _open_source(src: BinaryIO) -> StreamSource:
    """Detect the armored form by its first bytes and decode it transparently."""
    raw = StreamSource(src)
    start = raw.peek(_SNIFF_SIZE)
    if start.startswith(b"age-encryption.org/"):
        return raw
    if looks_armored(start):
        return StreamSource(ArmorReader(raw))
    if has_armor_later(start):
        raise ArmorError("The armored file has extra text before its BEGIN line.")
    return raw


def _unwrap(header: Header, identities: list[Identity]) -> bytes:
    """Try every identity on every stanza; malformed stanzas of a known type are fatal."""
    kinds = [stanza.kind for stanza in header.stanzas]
    if _SCRYPT_TYPE in kinds:
        if len(kinds) > 1:
            raise HeaderError("The file's header mixes a passphrase with other recipients.")
        raise NoIdentityMatchError("The file is locked with a passphrase, which is not supported.")
    for identity in identities:
        for stanza in header.stanzas:
            file_key = identity.unwrap(stanza)
            if file_key is not None:
                return file_key
    raise NoIdentityMatchError("None of your keys can open this file.")
