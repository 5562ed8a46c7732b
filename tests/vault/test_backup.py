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
    (building,) = {Path(p).parent.name for p in synced if Path(p).name == DATABASE_NAME}
    assert building.startswith(copy.name + ".partial-")  # built aside, renamed once whole
    files = [str(usb / building / KEYSLOTS_NAME), str(usb / building / DATABASE_NAME)]
    assert [p for p in synced if p in files] == files
    after = synced[synced.index(files[1]) :]
    assert after.index(str(usb / building)) < after.index(str(usb))  # both names, then the copy's


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


_KILLED_COPY = """
import os, signal, sys
from pathlib import Path
import app.backup as backup
from app.vault import Vault
from app.vault.keystore import no_keystore

real = backup.copy_database

def copy_then_die(store, target):  # the whole database written, not yet renamed
    real(store, target)
    os.kill(os.getpid(), signal.SIGKILL)

backup.copy_database = copy_then_die
vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2], keystore=no_keystore("test"))
backup.save_vault_copy(vault, Path(sys.argv[3]))
print("finished")
"""


@pytest.mark.parametrize("next_step", ["start", "copy"])
def test_a_copy_killed_halfway_is_removed_by_the_next_start_or_copy(
    tmp_path: Path, test_kdf, next_step: str
) -> None:
    """kill -9 while the copy is written (a key file and an encrypted database on a USB
    stick, under no name a saved copy has): the next start removes it, the key file
    overwritten, and so does the next copy into that folder. The user's files stay."""
    import subprocess
    import sys

    from app.leftovers import clean_vault_leftovers

    keystore = no_keystore("a copy made in another process")
    folder = tmp_path / "vault"
    made, _code = Vault.create(folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    made.store.add_case(NAME, {"city": "Астана"})
    made.lock()
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "Satchel copy.partial-notanumber").mkdir()
    (usb / "Satchel copy.partial-notanumber" / KEYSLOTS_NAME).write_bytes(b"the user's")
    (usb / "notes.txt").write_text("mine")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    foreign = usb / f"Satchel copy 2024-01-01.partial-{dead.pid}-0badc0de"
    foreign.mkdir()  # our form, but holding what no copy writes: not ours to delete
    (foreign / "photo.jpg").write_bytes(b"the user's")
    (foreign / KEYSLOTS_NAME).write_bytes(b"the user's")
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_COPY, str(folder), PASSPHRASE, str(usb)],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, check=False,
        timeout=120,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr
    users = sorted(["Satchel copy.partial-notanumber", "notes.txt", foreign.name])
    (left,) = [p for p in usb.iterdir() if p.name not in users]
    assert {p.name for p in left.iterdir()} == {KEYSLOTS_NAME, DATABASE_NAME}

    if next_step == "start":
        assert clean_vault_leftovers(folder, lambda: keystore) == 2  # the copy and its note
        assert sorted(p.name for p in usb.iterdir()) == users
    else:
        vault = Vault.unlock(folder, PASSPHRASE, keystore=keystore)
        try:
            copy = save_vault_copy(vault, usb)
        finally:
            vault.lock()
        assert sorted(p.name for p in usb.iterdir()) == sorted([*users, copy.name])
    assert (usb / "Satchel copy.partial-notanumber" / KEYSLOTS_NAME).read_bytes() == b"the user's"
    assert (foreign / KEYSLOTS_NAME).read_bytes() == b"the user's"
