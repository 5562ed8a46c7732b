"""Panic wipe: afterwards nothing opens, and nothing outside the vault is touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.errors import VaultNotFoundError
from app.leftovers import clean_vault_leftovers
from app.vault import DeviceSecretMissingError, Vault
from app.vault.files import DATABASE_NAME, KEYSLOTS_NAME
from app.vault.keystore import Keystore
from app.vault.wipe import TRASH_NAME, WipeReport, panic_wipe
from crypto.keyslots import FILE_BYTES, MAGIC, KeySlotFile, KeySlotFormatError, WrongSecretError
from tests.vault.conftest import PASSPHRASE


def test_after_a_wipe_nothing_opens(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore, tmp_path: Path
) -> None:
    vault, code = new_vault
    vault.connection.execute("CREATE TABLE marker (body TEXT)")
    vault.connection.commit()
    vault_id = vault.vault_id
    vault.lock()
    report = panic_wipe(vault_folder, keystore)
    assert report.ok, report.problems
    assert report.key_file_destroyed
    assert report.keystore_secret_deleted == keystore.available
    assert report.files_removed >= 2
    assert not vault_folder.exists()
    assert keystore.get(vault_id) is None
    for secret in (PASSPHRASE, code):
        with pytest.raises(VaultNotFoundError):
            Vault.unlock(vault_folder, secret, keystore=keystore)


def test_key_file_bytes_are_overwritten_not_just_unlinked(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore, tmp_path: Path
) -> None:
    """What a seized disk would show: the key file's last bytes are random, opening nothing."""
    vault, code = new_vault
    vault.lock()
    key_file = vault_folder / KEYSLOTS_NAME
    original = key_file.read_bytes()
    with open(key_file, "rb") as handle:
        inode_view = Path(f"/proc/self/fd/{handle.fileno()}")
        panic_wipe(vault_folder, keystore)
        leftover = inode_view.read_bytes()  # the deleted inode, read through our open handle
    assert len(leftover) == FILE_BYTES
    assert leftover != original and not leftover.startswith(MAGIC)
    with pytest.raises((KeySlotFormatError, WrongSecretError)):
        KeySlotFile.from_bytes(leftover).unlock(code, None)


def test_wipe_while_unlocked(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, _ = new_vault
    panic_wipe(vault_folder, keystore)
    vault.lock()
    assert not vault_folder.exists()


def test_wipe_of_a_copied_folder_leaves_the_original_opening_only_by_its_own_keys(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore, tmp_path: Path
) -> None:
    vault, code = new_vault
    vault.lock()
    copy = tmp_path / "copy"
    shutil.copytree(vault_folder, copy)
    panic_wipe(vault_folder, keystore)
    # The device secret is gone, so the copy's passphrase slot is dead too; the recovery
    # code (kept on paper, away from the laptop) still opens the copy.
    if keystore.available:
        with pytest.raises(DeviceSecretMissingError):
            Vault.unlock(copy, PASSPHRASE, keystore=keystore)
    Vault.unlock(copy, code, keystore=keystore).lock()


def test_a_folder_without_a_vault_keeps_other_files(tmp_path: Path, keystore: Keystore) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.docx").write_bytes(b"mine")
    (folder / "vault.db").write_bytes(b"stale")
    report = panic_wipe(folder, keystore)
    assert [p.name for p in folder.iterdir()] == ["thesis.docx"]
    assert report.files_removed == 1


def test_damaged_key_file_is_still_destroyed(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    new_vault[0].lock()
    (vault_folder / KEYSLOTS_NAME).write_bytes(b"garbage")
    report = panic_wipe(vault_folder, keystore)
    assert report.key_file_destroyed
    assert not vault_folder.exists()


def test_a_key_file_damaged_at_its_vault_id_loses_its_keystore_secret_by_the_spare(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    """The id is read from the first undamaged key file (a spare a key change left), not
    from bytes a flipped bit changed."""
    vault, _ = new_vault
    vault_id = vault.vault_id
    vault.lock()
    keyslots = vault_folder / KEYSLOTS_NAME
    data = keyslots.read_bytes()
    (vault_folder / f"{KEYSLOTS_NAME}.next-1-00").write_bytes(data)
    keyslots.write_bytes(data[:40] + bytes(16) + data[56:])
    assert (keystore.get(vault_id) is not None) == keystore.available
    report = panic_wipe(vault_folder, keystore)
    assert report.key_file_destroyed
    assert keystore.get(vault_id) is None
    assert not vault_folder.exists()


def test_wipe_removes_extra_files_and_folders(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    new_vault[0].lock()
    (vault_folder / "cache").mkdir()
    (vault_folder / "cache" / "thumb").write_bytes(b"x")
    (vault_folder / "settings.json").write_text("{}")
    assert panic_wipe(vault_folder, keystore).ok
    assert not vault_folder.exists()


# -- reported done once the keys are gone; large files deleted after ----------------------


def _grow_database(folder: Path, size: int) -> None:
    """Make vault.db large without writing it (a sparse tail: size is what counts here)."""
    with open(folder / DATABASE_NAME, "r+b") as handle:
        handle.truncate(size)


def test_panic_reports_unrecoverable_before_the_large_files_go(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, _ = new_vault
    vault.lock()
    _grow_database(vault_folder, 64 << 20)
    seen: list[tuple[bool, bool, list[str]]] = []

    def at_unrecoverable(report: WipeReport) -> None:
        names = sorted(p.name for p in vault_folder.iterdir())
        seen.append((report.key_file_destroyed, (vault_folder / KEYSLOTS_NAME).exists(), names))

    report = panic_wipe(vault_folder, keystore, on_unrecoverable=at_unrecoverable)
    assert report.ok, report.problems
    [(destroyed, key_file_there, names)] = seen
    assert destroyed and not key_file_there
    # At that moment only the trash is left, under a name that says nothing of the vault.
    assert names and all(name.startswith(TRASH_NAME + ".tmp-") for name in names)
    assert report.trash == [] and not vault_folder.exists()


def test_panic_without_sweep_leaves_the_trash_for_a_second_wipe(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, _ = new_vault
    vault.lock()
    _grow_database(vault_folder, 64 << 20)
    report = panic_wipe(vault_folder, keystore, sweep=False)
    assert report.ok and report.trash
    assert sorted(p.name for p in vault_folder.iterdir()) == sorted(p.name for p in report.trash)
    assert not Vault.exists(vault_folder)
    second = panic_wipe(vault_folder, keystore)  # what the desktop app runs on its database thread
    assert second.ok, second.problems
    assert not vault_folder.exists()


def test_the_next_start_removes_the_trash_of_a_killed_wipe(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    dead = f"{TRASH_NAME}.tmp-999999999-abcd1234"  # no such process
    (folder / dead).write_bytes(b"\0" * 100)
    (folder / "unrelated.txt").write_text("mine")
    assert clean_vault_leftovers(folder, lambda: Keystore(False, "none")) == 1
    assert sorted(p.name for p in folder.iterdir()) == ["unrelated.txt"]


def test_panic_on_a_vault_folder_that_cannot_be_read_reports_instead_of_failing(
    new_vault: tuple[Vault, str],
    vault_folder: Path,
    tmp_path: Path,
    keystore: Keystore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The vault on a USB stick that was pulled out (every look into its folder fails with
    an I/O error): panic must still finish, remove the traces and say what it could not do,
    so the screen is cleared; it must not stop at the first look."""
    import errno

    vault, _ = new_vault
    vault.lock()
    trace = tmp_path / "settings.json"
    trace.write_text("{}")
    real_stat = Path.stat

    def pulled_out(self: Path, **kwargs: object) -> object:
        if self.parent == vault_folder or self == vault_folder:
            raise OSError(errno.EIO, "Input/output error", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", pulled_out)
    from app.vault.paths import AppTraces

    report = panic_wipe(vault_folder, keystore, AppTraces(files=(trace,)))
    monkeypatch.undo()
    assert not trace.exists()
    assert report.problems and not report.ok
