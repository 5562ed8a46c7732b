"""The reliability suite at counts that fit in ``make test``; ``make torture`` runs the same
scenarios with large counts (see tests/reliability/torture.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.vault.keystore import Keystore
from tests.reliability.bitflips import flip_runs
from tests.reliability.diskfull import disk_full_runs, why_not
from tests.reliability.fuzz import fuzz_runs
from tests.reliability.kills import border_race, kill_runs
from tests.reliability.world import Tally, Template, keystore, make_template

SEED = 20261201


@pytest.fixture(scope="module")
def keys() -> Keystore:
    return keystore()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, keys: Keystore) -> Iterator[Template]:
    yield make_template(tmp_path_factory.mktemp("world"), keys)


def _clean(tally: Tally) -> None:
    assert tally.failures == 0, tally.notes
    assert tally.operations > 0


def test_killed_operations_are_all_or_nothing(template: Template, tmp_path: Path,
                                               keys: Keystore) -> None:  # fmt: skip
    tally = kill_runs(template, tmp_path, keys, kills=8, seed=SEED)
    _clean(tally)
    assert tally.kills >= 8


def test_work_saved_during_border_mode_is_never_lost(template: Template, tmp_path: Path,
                                                     keys: Keystore) -> None:  # fmt: skip
    _clean(border_race(template, tmp_path, keys, rounds=1, seed=SEED))


def test_a_full_disk_gives_one_sentence_for_every_command(
    template: Template, tmp_path: Path, keys: Keystore
) -> None:
    reason = why_not(tmp_path / "probe")
    if reason is not None:
        print(f"disk-full runs skipped: {reason}")
        pytest.skip(reason)
    _clean(disk_full_runs(template, tmp_path, keys, free_levels=(0, 64 << 10)))


def test_flipped_bits_are_always_noticed(template: Template, tmp_path: Path,
                                         keys: Keystore) -> None:  # fmt: skip
    _clean(flip_runs(template, tmp_path, keys, count=400, seed=SEED))


def test_parsers_answer_fuzzed_input_with_their_own_errors() -> None:
    _clean(fuzz_runs(4000, SEED))
