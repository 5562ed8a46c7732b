"""A rough passphrase strength hint, shown while the user types a new passphrase.

This is a hint, not a gate: the core's only hard rule is the minimum length. The estimate
is deliberately simple (length, variety, repetition, words) and errs on the side of
"weaker"; its job is to nudge people towards a long phrase of several words.
"""

from __future__ import annotations

import math
from enum import Enum

MIN_CHARS = 8


class Strength(Enum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


def estimate_bits(passphrase: str) -> float:
    """An upper-bound-ish guess of the passphrase's entropy in bits."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 33  # Latin or Cyrillic lower case
    if any(c.isupper() for c in passphrase):
        pool += 33
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 2)  # "aaaaaaaa" is not 8 characters
    bits = effective_length * math.log2(max(pool, 2))
    words = [w for w in passphrase.split() if len(w) >= 3]
    if len(words) >= 4:
        bits = max(bits, len(words) * 13.0)  # several words from a large vocabulary
    return bits


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_CHARS:
        return Strength.TOO_SHORT
    bits = estimate_bits(passphrase)
    if bits < 50:
        return Strength.WEAK
    if bits < 75:
        return Strength.FAIR
    return Strength.STRONG
