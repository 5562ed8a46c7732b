"""The recovery code: 120 random bits a person copies onto paper by hand, once.

Format: 24 characters of Crockford base32 (the data) and a group of 4 check characters,
written in 7 groups of 4 with dashes, e.g. ``7K2M-QX4T-...-C9ZB``. Reading it back is
forgiving the way hand copying needs: case does not matter, spaces and dashes may be
anywhere, and O/I/L are read as 0/1/1. The check group is a Reed-Solomon code over GF(32)
(the idea bech32 uses): any one to four wrong characters, and so any swap of two
characters, are always reported as "this recovery code has a typo" rather than "wrong";
bigger mistakes slip through as an ordinary wrong code only once in a million.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_CHARS = 24
CHECK_CHARS = 4
GROUP = 4
CODE_CHARS = DATA_CHARS + CHECK_CHARS
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -\t\n\r\u00a0\u2010\u2011\u2012\u2013\u2014")


class RecoveryCodeError(ValueError):
    """Text that is not a valid recovery code."""


class RecoveryCodeTypoError(RecoveryCodeError):
    """Text shaped like a recovery code whose check group does not match: a copying typo."""


def generate_recovery_code() -> str:
    """A fresh recovery code in its written form (7 dash-separated groups of 4)."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_CHARS))
    return _format(data + _check_group(data))


def looks_like_recovery_code(text: str) -> bool:
    """True when ``text`` has the shape of a recovery code, whether or not its check matches."""
    return _compact(text) is not None


def normalise_recovery_code(text: str) -> str:
    """The canonical written form of a typed recovery code.

    Raises RecoveryCodeError when the text is not shaped like a code, and
    RecoveryCodeTypoError when it is but the check group disagrees.
    """
    compact = _compact(text)
    if compact is None:
        raise RecoveryCodeError("not a recovery code")
    data, check = compact[:DATA_CHARS], compact[DATA_CHARS:]
    if not secrets.compare_digest(check, _check_group(data)):
        raise RecoveryCodeTypoError("recovery code check group does not match")
    return _format(compact)


def _compact(text: str) -> str | None:
    """Upper-cased, separators removed, look-alikes mapped; None if not code-shaped."""
    compact = text.upper().translate(_SEPARATORS).translate(_LOOKALIKES)
    if len(compact) != CODE_CHARS or any(c not in ALPHABET for c in compact):
        return None
    return compact


def _check_group(data: str) -> str:
    """The 4 Reed-Solomon check symbols: remainder of data(x)·x⁴ divided by g(x)."""
    remainder = [ALPHABET.index(c) for c in data] + [0] * CHECK_CHARS
    for i in range(len(data)):
        lead = remainder[i]
        if lead:
            for j, coefficient in enumerate(_GENERATOR[1:], start=1):
                remainder[i + j] ^= _gf_mul(lead, coefficient)
    return "".join(ALPHABET[s] for s in remainder[-CHECK_CHARS:])


def _gf_tables() -> tuple[list[int], list[int]]:
    """Exponent and logarithm tables of GF(32) built on the primitive polynomial x⁵+x²+1."""
    exp, log = [0] * 62, [0] * 32
    value = 1
    for power in range(31):
        exp[power] = exp[power + 31] = value
        log[value] = power
        value <<= 1
        if value & 32:
            value ^= 0b100101
    return exp, log


_EXP, _LOG = _gf_tables()


def _gf_mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


def _generator() -> list[int]:
    """g(x) = (x - α)(x - α²)(x - α³)(x - α⁴), highest power first."""
    poly = [1]
    for root in range(1, CHECK_CHARS + 1):
        shifted = [*poly, 0]
        for i, coefficient in enumerate(poly):
            shifted[i + 1] ^= _gf_mul(coefficient, _EXP[root])
        poly = shifted
    return poly


_GENERATOR = _generator()


def _format(compact: str) -> str:
    return "-".join(compact[i : i + GROUP] for i in range(0, len(compact), GROUP))
