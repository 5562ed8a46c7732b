"""Argon2id derivation: deterministic, bounded, calibrated to at least 256 MiB."""

from __future__ import annotations

import pytest

from crypto.kdf import (
    MAX_ITERATIONS,
    MAX_MEMORY_KIB,
    MIN_MEMORY_KIB,
    KdfParams,
    KdfParamsError,
    calibrate,
    derive_key,
)

SALT = bytes(range(16))


def test_same_inputs_give_same_key(test_kdf: KdfParams) -> None:
    first = derive_key(b"correct horse", SALT, test_kdf)
    assert first == derive_key(b"correct horse", SALT, test_kdf)
    assert len(first) == 32


def test_every_input_changes_the_key(test_kdf: KdfParams) -> None:
    base = derive_key(b"correct horse", SALT, test_kdf)
    assert derive_key(b"correct horsf", SALT, test_kdf) != base
    assert derive_key(b"correct horse", bytes(16), test_kdf) != base
    more = KdfParams(test_kdf.memory_kib, test_kdf.iterations + 1, test_kdf.lanes)
    assert derive_key(b"correct horse", SALT, more) != base


def test_known_answer_matches_reference_argon2id() -> None:
    """RFC 9106 style check: our wrapper passes parameters through unchanged."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    params = KdfParams(memory_kib=64, iterations=3, lanes=4)
    expected = Argon2id(salt=SALT, length=32, iterations=3, lanes=4, memory_cost=64).derive(
        b"password"
    )
    assert derive_key(b"password", SALT, params) == expected


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=1024, iterations=0, lanes=1),
        KdfParams(memory_kib=1024, iterations=MAX_ITERATIONS + 1, lanes=1),
        KdfParams(memory_kib=1024, iterations=1, lanes=0),
        KdfParams(memory_kib=1024, iterations=1, lanes=17),
        KdfParams(memory_kib=MAX_MEMORY_KIB + 1, iterations=1, lanes=1),
        KdfParams(memory_kib=7, iterations=1, lanes=1),
        KdfParams(memory_kib=8 * 4 - 1, iterations=1, lanes=4),
        KdfParams(memory_kib=2**32 - 1, iterations=2**32 - 1, lanes=2**32 - 1),
    ],
)
def test_out_of_bounds_params_are_refused(params: KdfParams) -> None:
    with pytest.raises(KdfParamsError):
        params.check()
    with pytest.raises(KdfParamsError):
        derive_key(b"x", SALT, params)


def test_short_salt_is_refused(test_kdf: KdfParams) -> None:
    with pytest.raises(KdfParamsError):
        derive_key(b"x", b"1234567", test_kdf)


def test_calibrate_never_goes_below_256_mib() -> None:
    params = calibrate(target_seconds=0.01, memory_kib=1024)
    assert params.memory_kib >= MIN_MEMORY_KIB == 256 * 1024
    assert 1 <= params.iterations <= MAX_ITERATIONS
    assert 1 <= params.lanes <= 4
    assert params.check() is params


def _machine(setup: float, per_pass: float):
    """A pretend machine: each derivation costs ``setup`` plus ``per_pass`` per pass (no
    real timing, so a busy computer cannot change the answer)."""
    timed: list[int] = []

    def time_one(params: KdfParams) -> float:
        assert params.memory_kib >= 256 * 1024  # calibration never lowers the memory
        timed.append(params.iterations)
        return setup + per_pass * params.iterations

    return time_one, timed


def test_calibrate_scales_the_passes_to_the_target() -> None:
    time_one, timed = _machine(setup=0.1, per_pass=0.2)
    params = calibrate(target_seconds=2.0, time_one=time_one)
    assert timed == [1, 2, 4, 8]  # doubled until a run takes half the target (1.7 s)
    assert params.iterations == round(8 * 2.0 / 1.7)
    faster, _ = _machine(setup=0.1, per_pass=0.05)
    assert calibrate(target_seconds=2.0, time_one=faster).iterations > params.iterations


def test_a_slow_machine_keeps_one_pass_at_full_memory() -> None:
    time_one, timed = _machine(setup=0.5, per_pass=3.0)
    params = calibrate(target_seconds=1.0, time_one=time_one)
    assert timed == [1] and params.iterations == 1 and params.memory_kib == 256 * 1024
