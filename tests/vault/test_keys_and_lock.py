"""One writer for key changes, a fresh database key on every change, and recovery from a
change cut short."""

from __future__ import annotations

import errno
import os
import struct
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

import crypto.durable
from app.errors import StorageFullError, VaultDamagedError
from app.vault import Vault, open_database, unlock_limit, unlocking
from app.vault.files import DATABASE_NAME, KEYSLOTS_NAME, spare_key_files
from app.vault.keystore import Keystore
from app.vault.lock import VaultBusyError
from crypto.keyslots import KeySlotFile
from tests.vault.conftest import PASSPHRASE

NEW = "a brand new passphrase"


def _key_of(folder: Path, data: bytes, secret: str, keystore: Keystore) -> bytes:
    slots = KeySlotFile.from_bytes(data)
    return slots.unlock(secret, keystore.get(slots.vault_id_hex)).db_key


def test_a_passphrase_change_gives_the_database_a_new_key(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, code = new_vault
    vault.store.add_case("Пётр Канарейкин")
    old_file = (vault_folder / KEYSLOTS_NAME).read_bytes()
    inode = (vault_folder / KEYSLOTS_NAME).stat().st_ino
    old_key = _key_of(vault_folder, old_file, PASSPHRASE, keystore)
    vault.change_passphrase(NEW)
    vault.lock()
    # The old key file (from a backup or a freed block) with the old passphrase gives a key
    # that no longer opens today's database.
    with pytest.raises(Exception, match="damaged"):
        open_database(vault_folder / DATABASE_NAME, old_key, create=False)
    assert (vault_folder / KEYSLOTS_NAME).stat().st_ino == inode  # written over, not renamed
    assert spare_key_files(vault_folder) == []
    for secret in (NEW, code):
        with Vault.unlock(vault_folder, secret, keystore=keystore) as opened:
            assert opened.store.count_cases() == 1
            assert opened.verify().ok


def test_setting_a_duress_passphrase_rekeys_and_keeps_both_secrets(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, code = new_vault
    old_key = _key_of(vault_folder, (vault_folder / KEYSLOTS_NAME).read_bytes(), PASSPHRASE,
                      keystore)  # fmt: skip
    vault.set_duress("grey morning tram 17")
    vault.lock()
    with pytest.raises(Exception, match="damaged"):
        open_database(vault_folder / DATABASE_NAME, old_key, create=False)
    for secret in (PASSPHRASE, code):
        Vault.unlock(vault_folder, secret, keystore=keystore).lock()


def _cut_short_key_change(vault: Vault, monkeypatch: pytest.MonkeyPatch, stop_at: str) -> None:
    """A vault with one case whose passphrase change to NEW died before the rekey ("rekey":
    the old key stays) or after it ("overwrite": the new slots wait beside the old ones)."""
    vault.store.add_case("Иван")

    class Killed(BaseException):
        pass

    def die(*args: object) -> None:
        raise Killed

    if stop_at == "rekey":
        monkeypatch.setattr("app.vault.key_change.rekey_database", die)
    else:
        monkeypatch.setattr(KeySlotFile, "overwrite", die)
    with pytest.raises(Killed):
        vault.change_passphrase(NEW)
    monkeypatch.undo()
    vault._connection.close()  # the process is gone: nothing of it stays open
    vault._connection = None
    vault.lock()


@pytest.mark.parametrize("stop_at", ["rekey", "overwrite"])
def test_a_key_change_cut_short_is_finished_at_the_next_unlock(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore,
    monkeypatch: pytest.MonkeyPatch, stop_at: str,
) -> None:  # fmt: skip
    """As if the process died: before the rekey (old key stays) or after it (new key)."""
    vault, code = new_vault
    _cut_short_key_change(vault, monkeypatch, stop_at)
    if stop_at == "overwrite":
        assert spare_key_files(vault_folder) != []  # the new slots wait beside the old ones
        with pytest.raises(Exception, match="wrong"):
            Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
        working = NEW
    else:
        working = PASSPHRASE
    for secret in (working, code):
        with Vault.unlock(vault_folder, secret, keystore=keystore) as opened:
            assert opened.store.count_cases() == 1 and opened.verify().ok
    assert spare_key_files(vault_folder) == []
    KeySlotFile.read(vault_folder / KEYSLOTS_NAME)  # whole again


def test_a_key_change_that_cannot_be_finished_leaves_nothing_open(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The unlock that would finish a cut-short key change meets a full disk: it fails, the
    database it opened is closed again, and the next unlock (with room) finishes the job."""
    vault, _code = new_vault
    _cut_short_key_change(vault, monkeypatch, "overwrite")

    opened: list[Any] = []
    real_open = unlocking.open_database

    def recording(*args: Any, **kwargs: Any) -> Any:
        opened.append(real_open(*args, **kwargs))
        return opened[-1]

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(unlocking, "open_database", recording)
    monkeypatch.setattr(KeySlotFile, "overwrite", full)
    with pytest.raises(OSError, match="No space"):
        Vault.unlock(vault_folder, NEW, keystore=keystore)
    assert opened
    for connection in opened:
        with pytest.raises(sqlcipher3.ProgrammingError):
            connection.execute("SELECT 1")
    monkeypatch.undo()
    with Vault.unlock(vault_folder, NEW, keystore=keystore) as again:
        assert again.store.count_cases() == 1
    assert spare_key_files(vault_folder) == []


def test_key_changes_wait_for_no_one(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    """With the vault open elsewhere, a key change is refused at once, and nothing changes."""
    vault, _ = new_vault
    other = Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    before = (vault_folder / KEYSLOTS_NAME).read_bytes()
    with pytest.raises(VaultBusyError, match="open in another Satchel"):
        vault.change_passphrase(NEW)
    with pytest.raises(VaultBusyError):
        other.set_duress("grey morning tram 17")
    assert (vault_folder / KEYSLOTS_NAME).read_bytes() == before
    other.lock()
    vault.change_passphrase(NEW)  # alone now


def test_a_full_disk_at_a_key_change_leaves_the_vault_to_others_afterwards(
    new_vault: tuple[Vault, str],
    vault_folder: Path,
    keystore: Keystore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The desktop app stays open after a key change failed on a full disk: the vault must
    not stay held alone by it, or every command says "open elsewhere" until it quits."""
    vault, _ = new_vault

    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "pwrite", full)
    monkeypatch.setattr(crypto.durable, "_write_all", full)
    with pytest.raises(StorageFullError):
        vault.change_passphrase(NEW)
    monkeypatch.undo()
    Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore).lock()  # another user of it
    vault.change_passphrase(NEW)  # and the key change itself, once there is room


def test_nobody_opens_a_vault_being_sealed_for_the_border(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, _ = new_vault
    unlock_limit.set_limit(vault_folder, 3)
    vault.hold_exclusive("border")
    with pytest.raises(VaultBusyError, match="sealing this vault for the border"):
        Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    with pytest.raises(VaultBusyError):
        Vault.unlock(vault_folder, "a wrong guess", keystore=keystore)
    assert unlock_limit.read_limit(vault_folder) == unlock_limit.UnlockLimit(3, 0)  # not counted
    vault.release_exclusive()
    Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore).lock()


def test_a_damaged_key_file_is_never_a_wrong_guess(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, _ = new_vault
    vault.lock()
    unlock_limit.set_limit(vault_folder, 3)
    path = vault_folder / KEYSLOTS_NAME
    data = bytearray(path.read_bytes())
    data[20] ^= 0x04  # a bit of the header's cost, which used to read as a wrong passphrase
    path.write_bytes(bytes(data))
    for _ in range(5):  # more than the limit: nothing is counted, nothing is wiped
        with pytest.raises(Exception, match="damaged"):
            Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    assert Vault.exists(vault_folder)
    assert unlock_limit.read_limit(vault_folder) == unlock_limit.UnlockLimit(3, 0)


def test_temporary_names_differ_between_processes(tmp_path: Path) -> None:
    names = {crypto.durable.temporary_name(tmp_path / "keyslots").name for _ in range(50)}
    assert len(names) == 50
    assert all(f".tmp-{__import__('os').getpid()}-" in name for name in names)


def test_a_key_file_of_the_first_format_says_how_to_move_the_vault(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    """A version-1 key file (312 bytes, no checksum) is neither damaged nor a wrong guess."""
    vault, _ = new_vault
    vault.lock()
    unlock_limit.set_limit(vault_folder, 3)
    params = KeySlotFile.read(vault_folder / KEYSLOTS_NAME).params
    cost = (params.memory_kib, params.iterations, params.lanes)
    header = struct.pack(">8sHHIII16s16s", b"SATCHKEY", 1, 4, *cost, os.urandom(16), os.urandom(16))
    (vault_folder / KEYSLOTS_NAME).write_bytes(header + os.urandom(4 * 64))
    before = {p.name: p.read_bytes() for p in vault_folder.iterdir()}
    for _ in range(4):  # more than the limit: nothing is counted, nothing is wiped
        with pytest.raises(VaultDamagedError) as caught:
            Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
        assert "earlier Satchel" in caught.value.message
        assert "seal it for the border" in caught.value.message
    assert {p.name: p.read_bytes() for p in vault_folder.iterdir()} == before
