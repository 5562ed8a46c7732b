"""Save a copy of the vault: consistent, encrypted, and it opens with the recovery code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.backup import save_vault_copy
from app.errors import InvalidInputError
from app.store.audit import entries
from app.vault import Vault
from app.vault.files import DATABASE_NAME, KEYSLOTS_NAME
from app.vault.keystore import no_keystore

PASSPHRASE = "correct horse battery staple"
NAME = "Канарейкин Иван Петрович"


@pytest.fixture
def vault(tmp_path: Path, keystore, test_kdf):
    vault, code = Vault.create(tmp_path / "vault", PASSPHRASE, keystore=keystore, kdf=test_kdf)
    vault.store.add_case(NAME, {"city": "Астана"})
    vault.recovery_code_for_test = code  # type: ignore[attr-defined]
    yield vault
    vault.lock()


def test_the_copy_opens_elsewhere_with_the_recovery_code_and_holds_no_plaintext(
    vault, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = save_vault_copy(vault, usb)
    assert copy.parent == usb and copy.name == f"Satchel copy {date.today().isoformat()}"
    assert sorted(p.name for p in copy.iterdir()) == sorted([KEYSLOTS_NAME, DATABASE_NAME])
    data = (copy / DATABASE_NAME).read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert NAME.encode() not in data and "Астана".encode() not in data
    # Another computer: no device secret in its keystore, only the recovery code.
    elsewhere = Vault.unlock(copy, vault.recovery_code_for_test, keystore=no_keystore("new laptop"))
    try:
        (row,) = elsewhere.store.list_cases()
        assert row.name == NAME
    finally:
        elsewhere.lock()
    # The vault itself goes on working, and the copy is in its audit log.
    vault.store.add_case("Second Person")
    assert vault.store.count_cases() == 2
    assert any(e.action == "vault.copy" for e in entries(vault.store.connection))


def test_a_second_copy_gets_its_own_folder(vault, tmp_path: Path) -> None:
    first = save_vault_copy(vault, tmp_path)
    second = save_vault_copy(vault, tmp_path)
    assert first != second and second.name.endswith("(2)")
    assert (first / DATABASE_NAME).is_file() and (second / DATABASE_NAME).is_file()


@pytest.mark.parametrize("where", ["inside", "missing", "file"])
def test_a_copy_is_refused_inside_the_vault_or_where_there_is_no_folder(
    vault, tmp_path: Path, where: str
) -> None:
    target = {
        "inside": vault.folder,
        "missing": tmp_path / "no-such-folder",
        "file": tmp_path / "a-file",
    }[where]
    if where == "file":
        target.write_text("x")
    with pytest.raises(InvalidInputError):
        save_vault_copy(vault, target)
    assert not any(p.name.startswith("Satchel copy") for p in vault.folder.iterdir())


def test_the_copy_is_durable_before_it_is_reported_saved(
    vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A power cut just after "a copy was saved" must not leave an empty key file or a copy
    whose database name was never written: both files and their names are synced."""
    import os

    usb = tmp_path / "usb"
    usb.mkdir()
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        real_fsync(fd)
        synced.append(os.path.realpath(f"/proc/self/fd/{fd}"))

    monkeypatch.setattr(os, "fsync", fsync)
    copy = save_vault_copy(vault, usb)
    monkeypatch.undo()
    after = synced[synced.index(str(copy / (DATABASE_NAME + ".partial"))) :]
    assert str(copy / KEYSLOTS_NAME) in synced
    assert str(copy) in after  # the rename of the database into place
    assert str(usb) in synced  # the copy's folder itself


def test_a_copy_the_vault_could_not_note_is_not_left_behind(
    vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "The disk is full; nothing was changed" must be true: no copy is left that the user
    does not know about (and that a panic wipe of the vault would not take)."""
    from app.diskfull import disk_full_error
    from app.errors import StorageFullError
    from app.store import Store

    usb = tmp_path / "usb"
    usb.mkdir()

    def full(*_args: object, **_kwargs: object) -> None:
        raise disk_full_error()

    monkeypatch.setattr(Store, "log", full)
    with pytest.raises(StorageFullError):
        save_vault_copy(vault, usb)
    assert list(usb.iterdir()) == []
