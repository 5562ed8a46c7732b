"""age keys: X25519 and the hybrid post-quantum MLKEM768-X25519 type.

A *recipient* (public, ``age1...`` / ``age1pq1...``) wraps a file key into a stanza; an
*identity* (secret, ``AGE-SECRET-KEY-1...`` / ``AGE-SECRET-KEY-PQ-1...``) unwraps it.
Unwrapping returns ``None`` for a stanza that is not addressed to it (the caller tries the
next one) and raises :class:`HeaderError` for a stanza of its type that breaks the rules,
as the spec requires. Secret material is kept out of ``repr``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto.age import bech32
from crypto.age.errors import HeaderError, InvalidKeyError
from crypto.age.header import Base64Error, Stanza, b64decode_strict, b64encode_raw

FILE_KEY_SIZE = 16
_ZERO_NONCE = bytes(12)

X25519_TYPE = b"X25519"
X25519_INFO = b"age-encryption.org/v1/X25519"
X25519_RECIPIENT_HRP = "age"
X25519_IDENTITY_HRP = "age-secret-key-"

HYBRID_TYPE = b"mlkem768x25519"
HYBRID_INFO = b"age-encryption.org/mlkem768x25519"
HYBRID_RECIPIENT_HRP = "age1pq"
HYBRID_IDENTITY_HRP = "age-secret-key-pq-"
_MLKEM_PUBLIC_SIZE = 1184
_MLKEM_CIPHERTEXT_SIZE = 1088
HYBRID_PUBLIC_SIZE = _MLKEM_PUBLIC_SIZE + 32
HYBRID_ENC_SIZE = _MLKEM_CIPHERTEXT_SIZE + 32
_HYBRID_SUITE = hpke.Suite(
    hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305
)


class Recipient(Protocol):
    """Something a file can be sealed to."""

    @property
    def post_quantum(self) -> bool: ...

    def wrap(self, file_key: bytes) -> Stanza: ...


class Identity(Protocol):
    """Something that may open a file."""

    def unwrap(self, stanza: Stanza) -> bytes | None: ...


def _raw_x25519_public(key: x25519.X25519PublicKey) -> bytes:
    return key.public_bytes_raw()


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _stanza_value(stanza: Stanza, size: int) -> bytes:
    """The second argument of a two-argument stanza, checked to decode to ``size`` bytes."""
    if len(stanza.args) != 2:
        raise HeaderError("A recipient stanza in the file's header has the wrong arguments.")
    try:
        value = b64decode_strict(stanza.args[1])
    except Base64Error:
        raise HeaderError("A recipient stanza in the file's header is not valid base64.") from None
    if len(value) != size:
        raise HeaderError("A recipient stanza in the file's header has a key of the wrong size.")
    if len(stanza.body) != FILE_KEY_SIZE + 16:
        raise HeaderError("A recipient stanza in the file's header has a body of the wrong size.")
    return value


def _shared_secret(secret: x25519.X25519PrivateKey, share: bytes) -> bytes:
    """X25519 with the all-zero result (low-order share) rejected, as the spec demands."""
    try:
        return secret.exchange(x25519.X25519PublicKey.from_public_bytes(share))
    except ValueError:
        raise HeaderError("A recipient stanza in the file's header uses an invalid key.") from None


@dataclass(frozen=True)
class X25519Recipient:
    public_key: bytes
    post_quantum: bool = False

    def wrap(self, file_key: bytes) -> Stanza:
        ephemeral = x25519.X25519PrivateKey.generate()
        share = _raw_x25519_public(ephemeral.public_key())
        try:
            shared = ephemeral.exchange(x25519.X25519PublicKey.from_public_bytes(self.public_key))
        except ValueError:
            raise InvalidKeyError("A recipient key is not a valid age public key.") from None
        wrap_key = _hkdf(shared, share + self.public_key, X25519_INFO)
        body = ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)
        return Stanza((X25519_TYPE, b64encode_raw(share)), body)

    def encode(self) -> str:
        return bech32.encode(X25519_RECIPIENT_HRP, self.public_key)


@dataclass(frozen=True)
class X25519Identity:
    secret: x25519.X25519PrivateKey = field(repr=False)

    @property
    def recipient(self) -> X25519Recipient:
        return X25519Recipient(_raw_x25519_public(self.secret.public_key()))

    def unwrap(self, stanza: Stanza) -> bytes | None:
        if stanza.kind != X25519_TYPE:
            return None
        share = _stanza_value(stanza, 32)
        shared = _shared_secret(self.secret, share)
        wrap_key = _hkdf(shared, share + self.recipient.public_key, X25519_INFO)
        try:
            return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            return None

    def encode(self) -> str:
        raw = self.secret.private_bytes_raw()
        return bech32.encode(X25519_IDENTITY_HRP, raw).upper()


def _hybrid_public(public: mlkem.MLKEM768PublicKey, x_public: x25519.X25519PublicKey) -> bytes:
    return public.public_bytes_raw() + _raw_x25519_public(x_public)


@dataclass(frozen=True)
class HybridRecipient:
    public_key: bytes = field(repr=False)
    post_quantum: bool = True

    def _hpke_key(self) -> hpke.MLKEM768X25519PublicKey:
        try:
            return hpke.MLKEM768X25519PublicKey(
                mlkem.MLKEM768PublicKey.from_public_bytes(self.public_key[:_MLKEM_PUBLIC_SIZE]),
                x25519.X25519PublicKey.from_public_bytes(self.public_key[_MLKEM_PUBLIC_SIZE:]),
            )
        except ValueError:
            raise InvalidKeyError("A recipient key is not a valid age public key.") from None

    def wrap(self, file_key: bytes) -> Stanza:
        try:
            sealed = _HYBRID_SUITE.encrypt(file_key, self._hpke_key(), info=HYBRID_INFO)
        except ValueError:  # a low-order X25519 half
            raise InvalidKeyError("A recipient key is not a valid age public key.") from None
        enc, body = sealed[:HYBRID_ENC_SIZE], sealed[HYBRID_ENC_SIZE:]
        return Stanza((HYBRID_TYPE, b64encode_raw(enc)), body)

    def encode(self) -> str:
        return bech32.encode(HYBRID_RECIPIENT_HRP, self.public_key)


@dataclass(frozen=True)
class HybridIdentity:
    """The 32-byte seed expands (SHAKE-256, 96 bytes) into ML-KEM-768 and X25519 keys."""

    seed: bytes = field(repr=False)
    _mlkem: mlkem.MLKEM768PrivateKey = field(init=False, repr=False, compare=False)
    _x25519: x25519.X25519PrivateKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        expanded = hashlib.shake_256(self.seed).digest(96)
        object.__setattr__(self, "_mlkem", mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64]))
        object.__setattr__(
            self, "_x25519", x25519.X25519PrivateKey.from_private_bytes(expanded[64:])
        )

    @property
    def recipient(self) -> HybridRecipient:
        public = _hybrid_public(self._mlkem.public_key(), self._x25519.public_key())
        return HybridRecipient(public)

    def unwrap(self, stanza: Stanza) -> bytes | None:
        if stanza.kind != HYBRID_TYPE:
            return None
        enc = _stanza_value(stanza, HYBRID_ENC_SIZE)
        _shared_secret(self._x25519, enc[_MLKEM_CIPHERTEXT_SIZE:])
        key = hpke.MLKEM768X25519PrivateKey(self._mlkem, self._x25519)
        try:
            return _HYBRID_SUITE.decrypt(enc + stanza.body, key, info=HYBRID_INFO)
        except InvalidTag:
            return None

    def encode(self) -> str:
        return bech32.encode(HYBRID_IDENTITY_HRP, self.seed).upper()


def parse_recipient(text: str) -> X25519Recipient | HybridRecipient:
    """Parse an ``age1...`` or ``age1pq1...`` string; raise :class:`InvalidKeyError`."""
    hrp, data = _decode_key(text.strip(), "A recipient key is not a valid age public key.")
    if hrp == X25519_RECIPIENT_HRP and len(data) == 32:
        _check_x25519_point(data)
        return X25519Recipient(data)
    if hrp == HYBRID_RECIPIENT_HRP and len(data) == HYBRID_PUBLIC_SIZE:
        _check_x25519_point(data[_MLKEM_PUBLIC_SIZE:])
        recipient = HybridRecipient(data)
        recipient._hpke_key()  # validates the ML-KEM encapsulation key now, not at seal time
        return recipient
    raise InvalidKeyError("A recipient key is not a valid age public key.")


def _check_x25519_point(public: bytes) -> None:
    """Refuse low-order points now: sealing to one would give an all-zero shared secret."""
    try:
        x25519.X25519PrivateKey.generate().exchange(
            x25519.X25519PublicKey.from_public_bytes(public)
        )
    except ValueError:
        raise InvalidKeyError("A recipient key is not a valid age public key.") from None


def parse_identity(text: str) -> X25519Identity | HybridIdentity:
    """Parse an ``AGE-SECRET-KEY-...`` string; raise :class:`InvalidKeyError`."""
    hrp, data = _decode_key(text.strip(), "A secret key is not a valid age secret key.")
    if hrp == X25519_IDENTITY_HRP and len(data) == 32:
        return X25519Identity(x25519.X25519PrivateKey.from_private_bytes(data))
    if hrp == HYBRID_IDENTITY_HRP and len(data) == 32:
        return HybridIdentity(data)
    raise InvalidKeyError("A secret key is not a valid age secret key.")


def _decode_key(text: str, message: str) -> tuple[str, bytes]:
    try:
        return bech32.decode(text)
    except bech32.Bech32Error:
        raise InvalidKeyError(message) from None


def new_x25519_identity() -> X25519Identity:
    return X25519Identity(x25519.X25519PrivateKey.generate())


def new_hybrid_identity() -> HybridIdentity:
    return HybridIdentity(os.urandom(32))
