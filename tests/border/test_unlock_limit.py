"""Wipe after N failed unlocks: off by default, counted before the key work, strict file."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from app import unlock_limit
from app.errors import InvalidInputError, VaultNotFoundError, WrongPassphraseError
from app.keystore import Keystore
from app.unlock_limit import UnlockLimit, UnlockLimitError
from app.vault import Vault
from app.vault_files import LIMIT_FILE_NAME
from tests.border.conftest import DURESS, PASSPHRASE, Cli, one_sentence


def _wrong(folder: Path, keystore: Keystore, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(WrongPassphraseError) as caught:
            Vault.unlock(folder, "not the passphrase", keystore=keystore)
        assert caught.value.message.startswith("The passphrase or recovery code is wrong")


def _set(folder: Path, keystore: Keystore, limit: int | None) -> None:
    with Vault.unlock(folder, PASSPHRASE, keystore=keystore) as vault:
        vault.change_limit(limit)


def test_off_by_default_and_wrong_attempts_change_nothing(
    real_vault: str, vault_folder: Path, keystore: Keystore
) -> None:
    before = {p.name: p.read_bytes() for p in vault_folder.iterdir()}
    _wrong(vault_folder, keystore, times=5)
    assert unlock_limit.read_limit(vault_folder) is None
    assert {p.name: p.read_bytes() for p in vault_folder.iterdir()} == before


def test_the_nth_wrong_attempt_in_a_row_wipes(
    real_vault: str, vault_folder: Path, keystore: Keystore
) -> None:
    _set(vault_folder, keystore, 3)
    _wrong(vault_folder, keystore, times=2)
    assert unlock_limit.read_limit(vault_folder) == UnlockLimit(3, 2)
    _wrong(vault_folder, keystore)  # the third: the ordinary sentence, and the vault is gone
    assert not vault_folder.exists()
    for secret in (PASSPHRASE, real_vault):
        with pytest.raises(VaultNotFoundError):
            Vault.unlock(vault_folder, secret, keystore=keystore)


def test_a_good_unlock_starts_the_count_again(
    real_vault: str, vault_folder: Path, keystore: Keystore
) -> None:
    _set(vault_folder, keystore, 3)
    _wrong(vault_folder, keystore, times=2)
    Vault.unlock(vault_folder, real_vault, keystore=keystore).lock()  # the recovery code
    assert unlock_limit.read_limit(vault_folder) == UnlockLimit(3, 0)
    _wrong(vault_folder, keystore, times=2)
    with Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore) as vault:
        assert len(vault.store.list_cases()) == 1


def test_an_interrupted_attempt_is_already_spent(
    real_vault: str, vault_folder: Path, keystore: Keystore
) -> None:
    """The count goes up before the key derivation, so killing Satchel mid-way saves nothing."""
    _set(vault_folder, keystore, 3)
    assert unlock_limit.count_attempt(vault_folder) == UnlockLimit(3, 1)
    assert unlock_limit.read_limit(vault_folder) == UnlockLimit(3, 1)


def test_setting_and_switching_off_is_audited_and_needs_the_vault(
    real_vault: str, vault_folder: Path, keystore: Keystore
) -> None:
    _set(vault_folder, keystore, 5)
    assert unlock_limit.read_limit(vault_folder) == UnlockLimit(5, 0)
    _set(vault_folder, keystore, None)
    assert not (vault_folder / LIMIT_FILE_NAME).exists()
    with Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore) as vault:
        actions = [entry.action for entry in vault.store.history()]
    assert actions[:2] == ["unlock_limit.off", "unlock_limit.set"]


@pytest.mark.parametrize("limit", [-1, 0, 1, 2, 101, 10_000])
def test_limits_out_of_range_are_refused(
    real_vault: str, vault_folder: Path, keystore: Keystore, limit: int
) -> None:
    with pytest.raises(InvalidInputError):
        _set(vault_folder, keystore, limit)
    assert unlock_limit.read_limit(vault_folder) is None


def test_duress_keeps_the_limit_and_resets_the_count(
    real_vault: str, vault_folder: Path, keystore: Keystore
) -> None:
    """The decoy's folder shows the same limit file as before: the file is no duress tell."""
    with Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore) as vault:
        vault.set_duress(DURESS)
        vault.change_limit(4)
    _wrong(vault_folder, keystore, times=2)
    Vault.unlock(vault_folder, DURESS, keystore=keystore).lock()
    assert unlock_limit.read_limit(vault_folder) == UnlockLimit(4, 0)


def _good_file() -> bytes:
    return unlock_limit.to_bytes(UnlockLimit(5, 1))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        _good_file()[:-1],
        _good_file() + b"\x00",
        b"SATCHLIX" + _good_file()[8:],
        _good_file()[:8] + b"\x00\x02" + _good_file()[10:],  # unknown version
        _good_file()[:10] + b"\x00\x02" + _good_file()[12:],  # limit below the minimum
        _good_file()[:10] + b"\xff\xff" + _good_file()[12:],  # limit above the maximum
        _good_file()[:12] + b"\x00\x09" + _good_file()[14:],  # more failures than the limit
        _good_file()[:14] + b"\x00\x01",  # reserved bytes not zero
        bytes(16),
    ],
)
def test_a_damaged_counter_opens_nothing_and_changes_nothing(
    real_vault: str, vault_folder: Path, keystore: Keystore, data: bytes
) -> None:
    (vault_folder / LIMIT_FILE_NAME).write_bytes(data)
    before = {p.name: p.read_bytes() for p in vault_folder.iterdir()}
    with pytest.raises(UnlockLimitError) as caught:
        Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    assert LIMIT_FILE_NAME in caught.value.message
    assert {p.name: p.read_bytes() for p in vault_folder.iterdir()} == before


def test_the_file_format_round_trips() -> None:
    state = UnlockLimit(7, 3)
    assert unlock_limit.parse(unlock_limit.to_bytes(state)) == state
    assert len(unlock_limit.to_bytes(state)) == unlock_limit.FILE_BYTES == 16
    assert state.attempts_left == 4 and not state.exhausted


def test_cli_unlock_limit(real_vault: str, cli: Cli, vault_folder: Path) -> None:
    assert cli("unlock-limit", "show").out.strip() == "off"
    result = cli("unlock-limit", "set", "3")
    assert result.code == 0, result.err
    assert "can see" in result.err
    assert "3 attempts left" in cli("unlock-limit", "show", SATCHEL_PASSPHRASE="").out
    assert "wrong" in one_sentence(cli("status", SATCHEL_PASSPHRASE="wrong guess"))
    assert "2 attempts left" in cli("unlock-limit", "show").out
    assert cli("unlock-limit", "off").code == 0
    assert cli("unlock-limit", "show").out.strip() == "off"


@pytest.mark.parametrize("argv", [["set"], ["set", "x"], ["set", "-3"], ["set", "3.5"], ["up"]])
def test_cli_unlock_limit_bad_input(real_vault: str, cli: Cli, argv: list[str]) -> None:
    one_sentence(cli("unlock-limit", *argv))
    assert cli("unlock-limit", "show").out.strip() == "off"


def test_cli_unlock_limit_needs_the_passphrase(real_vault: str, cli: Cli) -> None:
    assert "wrong" in one_sentence(cli("unlock-limit", "set", "5", SATCHEL_PASSPHRASE="guess"))
    assert cli("unlock-limit", "show").out.strip() == "off"
    sentence = one_sentence(cli("unlock-limit", "set", "1"))
    assert "between 3 and 100" in sentence


def test_cli_show_without_a_vault(tmp_path: Path, keystore: Keystore) -> None:
    assert "no Satchel vault" in one_sentence(
        Cli(tmp_path / "none", keystore)("unlock-limit", "show")
    )


def _spend(folder: str, times: int, start: Any) -> None:
    start.wait()
    for _ in range(times):
        unlock_limit.count_attempt(Path(folder))


def test_attempts_made_by_several_processes_at_once_are_each_counted(tmp_path: Path) -> None:
    """Parallel guessing buys no extra guesses: no process overwrites another's count."""
    unlock_limit.set_limit(tmp_path, unlock_limit.MAX_LIMIT)
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=_spend, args=(str(tmp_path), 10, start)) for _ in range(6)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    assert unlock_limit.read_limit(tmp_path) == UnlockLimit(unlock_limit.MAX_LIMIT, 60)
