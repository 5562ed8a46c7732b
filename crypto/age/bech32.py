"""Bech32 (BIP 173) as age uses it: no length limit, one case only, strict padding.

age keys are Bech32 strings: ``age1...`` recipients and ``AGE-SECRET-KEY-1...``
identities. The checksum is the original Bech32 one (not Bech32m) and is always computed
over the lowercase form.
"""

from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VALUES = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class Bech32Error(ValueError):
    """The string is not valid Bech32. The message never repeats the string."""


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                checksum ^= generator
    return checksum


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _regroup(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    """Regroup a bit string; when decoding (pad=False) leftover bits must be zero padding."""
    acc = 0
    bits = 0
    out: list[int] = []
    mask = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & mask)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & mask)
    elif bits >= from_bits or (acc << (to_bits - bits)) & mask:
        raise Bech32Error("The key has invalid padding.")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under the human-readable part ``hrp`` (lowercase result)."""
    hrp = hrp.lower()
    values = _regroup(data, 8, 5, pad=True)
    polymod = _polymod([*_expand_hrp(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """Return ``(hrp, data)`` with ``hrp`` lowercased; raise :class:`Bech32Error`."""
    if not text.isascii() or any(ord(c) < 33 or ord(c) > 126 for c in text):
        raise Bech32Error("The key contains characters that do not belong in a key.")
    if text.lower() != text and text.upper() != text:
        raise Bech32Error("The key mixes upper and lower case.")
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1 or separator + 7 > len(text):
        raise Bech32Error("The key is too short or has no separator.")
    hrp, rest = text[:separator], text[separator + 1 :]
    try:
        values = [_VALUES[c] for c in rest]
    except KeyError:
        raise Bech32Error("The key contains characters that do not belong in a key.") from None
    if _polymod(_expand_hrp(hrp) + values) != 1:
        raise Bech32Error("The key's checksum is wrong; it may have been mistyped.")
    return hrp, bytes(_regroup(values[:-6], 5, 8, pad=False))
