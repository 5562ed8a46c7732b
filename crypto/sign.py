"""Ed25519 signatures and the safety numbers two people compare in person.

A bundle's manifest is signed with the sender vault's Ed25519 key; the reader checks it
against the key it holds for that contact. Public keys travel as text,
``ed25519:<base64 of the 32 raw bytes>``, so they fit on a contact card and in a manifest.
Only the canonical spelling is accepted: one key has exactly one text form, which lets the
store compare keys as strings. Keys of small order (the identity point and the other seven
points of order 2, 4 or 8, and any non-canonical encoding of a point) are refused wherever a
key is read: with the identity point as public key, ``(R = identity, S = 0)`` "verifies"
every message, so such a key would let anyone sign as that contact.

Safety numbers follow Signal's idea: each side's public keys are hashed on their own
(SHA-512, iterated, so that finding a second key set with the same number is costly) into
30 digits, and the two halves are put in a fixed order, so both people read the same 60
digits whichever of them is "a" and which is "b". Any change in any key changes the number.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
from collections.abc import Sequence

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

KEY_PREFIX = "ed25519:"
PRIVATE_KEY_SIZE = 32
SIGNATURE_SIZE = 64
_PUBLIC_KEY_SIZE = 32
_ENCODED_LENGTH = len(KEY_PREFIX) + 44

_SAFETY_VERSION = b"satchel-safety-number-v1"
_SAFETY_ITERATIONS = 5200
_DIGITS_PER_SIDE = 30
_GROUP = 5
_MAX_KEY_TEXT = 8192
_MAX_KEYS = 16


class SignatureKeyError(ValueError):
    """A key given to this module is not a valid Ed25519 key (the message holds no key)."""


def generate_signing_key() -> tuple[bytes, str]:
    """A new key pair: ``(private raw 32 bytes, public "ed25519:..." text)``."""
    private = ed25519.Ed25519PrivateKey.generate()
    raw = private.private_bytes_raw()
    return raw, public_key_text(raw)


def public_key_text(private_raw: bytes) -> str:
    """The public key text that belongs to a private key."""
    public = _private_key(private_raw).public_key().public_bytes_raw()
    return KEY_PREFIX + base64.b64encode(public).decode("ascii")


def sign(private_raw: bytes, data: bytes) -> bytes:
    """The 64-byte Ed25519 signature of ``data``."""
    return _private_key(private_raw).sign(data)


def verify_signature(public_text: str, data: bytes, signature: bytes) -> bool:
    """True only if ``signature`` is a valid signature of ``data`` by ``public_text``.

    Never raises on bad input (malformed key, wrong types, wrong lengths): it answers False,
    so a crafted bundle cannot turn a failed check into a crash path.
    """
    try:
        public = parse_public_key(public_text)
        if not isinstance(signature, bytes) or len(signature) != SIGNATURE_SIZE:
            return False
        ed25519.Ed25519PublicKey.from_public_bytes(public).verify(signature, bytes(data))
    except (InvalidSignature, SignatureKeyError, ValueError, TypeError):
        return False
    return True


def is_public_key(text: object) -> bool:
    """Whether ``text`` is a well-formed public key text in its canonical spelling."""
    try:
        parse_public_key(text)
    except SignatureKeyError:
        return False
    return True


def parse_public_key(text: object) -> bytes:
    """The 32 raw bytes of a canonical ``ed25519:...`` text, or SignatureKeyError."""
    if not isinstance(text, str) or len(text) != _ENCODED_LENGTH:
        raise SignatureKeyError("not an Ed25519 public key")
    if not text.startswith(KEY_PREFIX):
        raise SignatureKeyError("not an Ed25519 public key")
    body = text[len(KEY_PREFIX) :]
    try:
        raw = base64.b64decode(body.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise SignatureKeyError("not an Ed25519 public key") from None
    if len(raw) != _PUBLIC_KEY_SIZE or base64.b64encode(raw).decode("ascii") != body:
        raise SignatureKeyError("not an Ed25519 public key")
    check_public_bytes(raw)
    return raw


def public_key_from_bytes(raw: bytes) -> str:
    """The canonical text of 32 raw public key bytes; SignatureKeyError if they are no key
    (or a key of small order)."""
    check_public_bytes(raw)
    return KEY_PREFIX + base64.b64encode(raw).decode("ascii")


def check_public_bytes(raw: bytes) -> None:
    """Refuse anything but the canonical encoding of an Ed25519 point of large order."""
    if not isinstance(raw, bytes) or len(raw) != _PUBLIC_KEY_SIZE or _has_small_order(raw):
        raise SignatureKeyError("not an Ed25519 public key")
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise SignatureKeyError("not an Ed25519 public key") from None


# ---------------------------------------------------------------------- small order

_P = 2**255 - 19
_D = (-121665 * pow(121666, _P - 2, _P)) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


@functools.lru_cache(maxsize=64)
def _has_small_order(raw: bytes) -> bool:
    """True for a non-canonical encoding, a non-point, or a point P with [8]P = identity.

    Plain affine Edwards arithmetic on public data (no secret is involved, so constant time
    does not matter): decode the point, double it three times. It costs about a millisecond,
    and a bundle checks its sender's key once per signed vetting record, so the answers for
    the last few keys are remembered (a pure function of public bytes).
    """
    y = int.from_bytes(raw, "little") & ((1 << 255) - 1)
    sign = raw[31] >> 7
    if y >= _P:
        return True
    y2 = y * y % _P
    x2 = (y2 - 1) * pow(_D * y2 + 1, _P - 2, _P) % _P
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P:
        return True  # not on the curve
    if x == 0 and sign:
        return True  # "-0": a second spelling of a point
    if x & 1 != sign:
        x = _P - x
    point = (x, y)
    for _ in range(3):
        point = _double(point)
    return point == (0, 1)


def _double(point: tuple[int, int]) -> tuple[int, int]:
    x, y = point
    xy = x * y % _P
    t = _D * xy * xy % _P
    x3 = 2 * xy * pow(1 + t, _P - 2, _P) % _P
    y3 = (y * y + x * x) * pow(1 - t, _P - 2, _P) % _P
    return x3, y3


def safety_number(keys_a: Sequence[str], keys_b: Sequence[str]) -> str:
    """Sixty digits in twelve groups of five, the same for both people.

    ``keys_a`` and ``keys_b`` are each side's public keys as text (age recipients and the
    signing key). The order within a side does not matter, nor which side comes first.
    """
    halves = sorted([_side_digits(keys_a), _side_digits(keys_b)])
    digits = "".join(halves)
    return " ".join(digits[i : i + _GROUP] for i in range(0, len(digits), _GROUP))


def _side_digits(keys: Sequence[str]) -> str:
    return _digits_of(hashlib.sha512(_key_material(keys)).digest())


@functools.lru_cache(maxsize=256)
def _digits_of(material: bytes) -> str:
    """Iterated over a digest of the keys, not the keys: a 2 KB hybrid key stays cheap."""
    digest = b""
    for _ in range(_SAFETY_ITERATIONS):
        digest = hashlib.sha512(_SAFETY_VERSION + digest + material).digest()
    groups = (
        int.from_bytes(digest[i : i + _GROUP], "big") % 100_000
        for i in range(0, _DIGITS_PER_SIDE, _GROUP)
    )
    return "".join(f"{group:05d}" for group in groups)


def _key_material(keys: Sequence[str]) -> bytes:
    """Sorted, length-prefixed keys: no two different key sets give the same bytes."""
    if isinstance(keys, str | bytes) or not keys or len(keys) > _MAX_KEYS:
        raise ValueError("a safety number needs a short list of key texts")
    encoded = []
    for key in keys:
        if not isinstance(key, str) or not key or len(key) > _MAX_KEY_TEXT:
            raise ValueError("a safety number needs a short list of key texts")
        encoded.append(key.encode("utf-8"))
    unique = sorted(set(encoded))
    return b"".join(len(k).to_bytes(4, "big") + k for k in unique)


def _private_key(private_raw: bytes) -> ed25519.Ed25519PrivateKey:
    if not isinstance(private_raw, bytes) or len(private_raw) != PRIVATE_KEY_SIZE:
        raise SignatureKeyError("an Ed25519 private key is 32 bytes")
    return ed25519.Ed25519PrivateKey.from_private_bytes(private_raw)
