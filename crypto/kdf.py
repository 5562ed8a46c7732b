"""Argon2id key derivation for the vault passphrase and recovery code.

The cost is chosen once, on the machine that creates the vault (about one second at no less
than 256 MiB), and stored in the key-slot file header. Parameters read back from a file are
bounded, so a crafted header cannot make the app allocate all memory or spin for hours.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 256 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
SALT_BYTES = 16


class KdfParamsError(ValueError):
    """Key-derivation parameters are outside the bounds Satchel accepts."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over memory, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def check(self) -> KdfParams:
        """Refuse parameters no honest Satchel would write (return self when fine)."""
        if not 1 <= self.lanes <= MAX_LANES:
            raise KdfParamsError("Argon2id lanes out of range")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise KdfParamsError("Argon2id iterations out of range")
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            raise KdfParamsError("Argon2id memory out of range")
        return self


def derive_key(secret: bytes, salt: bytes, params: KdfParams, length: int = 32) -> bytes:
    """Stretch ``secret`` into ``length`` key bytes with Argon2id."""
    params.check()
    if len(salt) < 8:
        raise KdfParamsError("Argon2id salt too short")
    kdf = Argon2id(
        salt=salt,
        length=length,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def default_lanes() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def calibrate(
    target_seconds: float = 1.0,
    memory_kib: int = MIN_MEMORY_KIB,
    *,
    time_one: Callable[[KdfParams], float] | None = None,
) -> KdfParams:
    """Pick the iteration count that makes one derivation take about ``target_seconds`` here.

    Memory never goes below 256 MiB: a fast machine gets more passes, a slow one keeps one
    pass at full memory rather than a weaker memory setting. The first pass pays for
    allocating the memory, so passes are doubled until a run takes half the target and
    the count is scaled from that run, where the set-up cost weighs least. ``time_one``
    measures one derivation (the real one unless a test gives its own clock).
    """
    time_one = time_one or _time_one
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    lanes = default_lanes()
    iterations = 1
    elapsed = time_one(KdfParams(memory_kib, iterations, lanes))
    while elapsed < target_seconds / 2 and iterations * 2 <= MAX_ITERATIONS:
        iterations *= 2
        elapsed = time_one(KdfParams(memory_kib, iterations, lanes))
    scaled = round(iterations * target_seconds / max(elapsed, 1e-6))
    return KdfParams(memory_kib, max(1, min(MAX_ITERATIONS, scaled)), lanes)


def _time_one(params: KdfParams) -> float:
    started = time.perf_counter()
    derive_key(b"satchel calibration", os.urandom(SALT_BYTES), params)
    return time.perf_counter() - started
