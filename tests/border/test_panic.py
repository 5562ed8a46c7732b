"""Panic wipe from the core and from `satchel panic`: afterwards nothing opens, nothing stays."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from app.errors import VaultNotFoundError
from app.store.demo import generate_demo
from app.vault import Vault
from app.vault.keystore import Keystore
from app.vault.paths import AppTraces
from app.vault.wipe import panic_wipe
from crypto.kdf import KdfParams
from tests.border.conftest import PASSPHRASE, Cli, one_sentence


class _Terminal(io.StringIO):
    """Typed input, from a terminal as far as `satchel panic` can tell."""

    def isatty(self) -> bool:
        return True


def _assert_fresh_install(folder: Path, traces: AppTraces) -> None:
    assert not folder.exists()
    for path in (*traces.files, *traces.folders):
        assert not path.exists(), path
    for parent in traces.parents:
        assert not parent.exists(), parent


def _assert_nothing_opens(folder: Path, keystore: Keystore, *secrets: str) -> None:
    for secret in secrets:
        with pytest.raises(VaultNotFoundError):
            Vault.unlock(folder, secret, keystore=keystore)


def test_core_wipe_with_traces_leaves_a_fresh_install(
    real_vault: str, vault_folder: Path, keystore: Keystore, installed_app: AppTraces
) -> None:
    report = panic_wipe(vault_folder, keystore, installed_app)
    assert report.ok, report.problems
    _assert_fresh_install(vault_folder, installed_app)
    _assert_nothing_opens(vault_folder, keystore, PASSPHRASE, real_vault)


def test_traces_keep_a_vault_kept_in_the_data_folder_by_another_path(
    tmp_path: Path, keystore: Keystore, test_kdf: KdfParams, platform_folders: AppTraces
) -> None:
    """Panic on a vault elsewhere removes settings but never the default vault's files
    without destroying its keys first: the data folder is only removed when empty."""
    data = platform_folders.parents[1]
    default_vault = data / "vault"
    Vault.create(default_vault, PASSPHRASE, keystore=keystore, kdf=test_kdf)[0].lock()
    elsewhere = tmp_path / "portable"
    Vault.create(elsewhere, PASSPHRASE, keystore=keystore, kdf=test_kdf)[0].lock()
    assert panic_wipe(elsewhere, keystore, platform_folders).ok
    assert not elsewhere.exists()
    Vault.unlock(default_vault, PASSPHRASE, keystore=keystore).lock()


def test_panic_yes_on_a_vault_with_hundreds_of_cases_and_attachments(
    real_vault: str, vault_folder: Path, cli: Cli, keystore: Keystore, installed_app: AppTraces
) -> None:
    vault = Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    generate_demo(vault.store, 300, seed=5)
    rng = random.Random(7)
    case_ids = [row.id for row in vault.store.list_cases(limit=300)]
    for case_id in case_ids[:60]:
        vault.store.add_attachment(case_id, "scan.bin", rng.randbytes(64 * 1024))
    vault_id = vault.vault_id
    vault.lock()
    assert sum(p.stat().st_size for p in vault_folder.iterdir()) > 4 * 1024 * 1024

    result = cli("panic", "--yes", SATCHEL_PASSPHRASE="")
    assert result.code == 0, result.err
    assert "wiped" in result.err
    _assert_fresh_install(vault_folder, installed_app)
    _assert_nothing_opens(vault_folder, keystore, PASSPHRASE, real_vault)
    assert keystore.get(vault_id) is None


def test_panic_needs_no_passphrase(real_vault: str, vault_folder: Path, keystore: Keystore) -> None:
    bare = Cli(vault_folder, keystore, {})  # no SATCHEL_PASSPHRASE, no terminal
    assert bare("panic", "--yes").code == 0
    assert not vault_folder.exists()


def test_panic_asks_for_the_word(
    real_vault: str, vault_folder: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", _Terminal("WIPE\n"))
    result = cli("panic")
    assert result.code == 0, result.err
    assert "Type WIPE" in result.err
    assert not vault_folder.exists()


@pytest.mark.parametrize("typed", ["", "wipe", "yes", "WIPE!", "y\n"])
def test_panic_with_any_other_answer_wipes_nothing(
    real_vault: str, vault_folder: Path, cli: Cli, keystore: Keystore, typed: str,
    monkeypatch: pytest.MonkeyPatch, installed_app: AppTraces,
) -> None:  # fmt: skip
    before = {p.name: p.read_bytes() for p in vault_folder.iterdir()}
    monkeypatch.setattr("sys.stdin", _Terminal(typed + "\n"))
    result = cli("panic")
    assert result.code == 1
    assert result.err.splitlines()[-1] == "Nothing was wiped."
    assert {p.name: p.read_bytes() for p in vault_folder.iterdir()} == before
    assert installed_app.files[0].exists()
    Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore).lock()


def test_panic_without_a_terminal_and_without_yes_refuses(
    real_vault: str, vault_folder: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("WIPE\n"))  # piped, not typed
    sentence = one_sentence(cli("panic"))
    assert "--yes" in sentence
    assert (vault_folder / "keyslots").is_file()


def test_panic_without_a_vault_still_clears_settings(
    tmp_path: Path, keystore: Keystore, installed_app: AppTraces
) -> None:
    folder = tmp_path / "never-made"
    result = Cli(folder, keystore)("panic", "--yes")
    assert result.code == 0
    assert "no vault" in result.err
    _assert_fresh_install(folder, installed_app)


def test_panic_on_a_vault_drive_pulled_out_still_removes_the_traces(
    real_vault: str,
    vault_folder: Path,
    cli: Cli,
    installed_app: AppTraces,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The vault on a USB stick pulled out just before: every look into its folder fails
    with an I/O error. `satchel panic` still removes the settings and caches and lists
    what it could not do, instead of stopping at its first look."""
    import errno

    real_stat = Path.stat

    def pulled_out(self: Path, **kwargs: object) -> object:
        if self == vault_folder or self.parent == vault_folder:
            raise OSError(errno.EIO, "Input/output error", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", pulled_out)
    result = cli("panic", "--yes")
    monkeypatch.undo()
    assert result.code != 0
    assert result.err.splitlines()[-1] == (
        "The wipe did not finish cleanly: see the problems listed above."
    )
    for path in (*installed_app.files, *installed_app.folders):
        assert not path.exists(), path
