"""The vault folder: create, unlock, lock, recovery, wrong secrets, encryption at rest."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

import crypto.durable
from app.errors import (
    InvalidInputError,
    StorageFullError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from app.vault import DeviceSecretMissingError, Vault
from app.vault.files import DATABASE_NAME, KEYSLOTS_NAME
from app.vault.keystore import Keystore, no_keystore
from crypto.kdf import KdfParams
from crypto.recovery import normalise_recovery_code
from tests.vault.conftest import PASSPHRASE, folder_bytes

IN_SESSION = bool(os.environ.get("SATCHEL_IN_KEYRING_SESSION"))
needs_session = pytest.mark.skipif(
    not IN_SESSION, reason="run through tests/keyring-session.sh for a real Secret Service"
)
WRONG = "The passphrase or recovery code is wrong; nothing was changed."
MARKER = "Ivanov Aleksei Petrovich, unit 12345"


def _write_marker(vault: Vault) -> None:
    conn = vault.connection
    conn.execute("CREATE TABLE marker (body TEXT)")
    conn.execute("INSERT INTO marker VALUES (?)", (MARKER,))
    conn.commit()


def _read_marker(vault: Vault) -> str:
    return str(vault.connection.execute("SELECT body FROM marker").fetchone()[0])


# -- create ----------------------------------------------------------------------------------


def test_create_makes_a_private_folder_with_two_files(
    new_vault: tuple[Vault, str], vault_folder: Path
) -> None:
    vault, code = new_vault
    assert Vault.exists(vault_folder)
    assert {p.name for p in vault_folder.iterdir()} >= {KEYSLOTS_NAME, DATABASE_NAME}
    assert stat.S_IMODE(vault_folder.stat().st_mode) == 0o700
    assert normalise_recovery_code(code) == code
    assert vault.unlocked_with == "passphrase"
    assert len(bytes.fromhex(vault.vault_id)) == 16
    assert vault.folder == vault_folder


@pytest.mark.keystore
@needs_session
def test_create_stores_a_device_secret(new_vault: tuple[Vault, str], keystore: Keystore) -> None:
    vault, _ = new_vault
    secret = keystore.get(vault.vault_id)
    assert secret is not None and len(secret) == 32
    assert vault.security_status().device_secret_in_use


def test_create_refuses_an_existing_vault(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    before = folder_bytes(vault_folder)
    with pytest.raises(VaultExistsError):
        Vault.create(vault_folder, "another passphrase", keystore=keystore, kdf=test_kdf)
    assert folder_bytes(vault_folder) == before


def test_create_refuses_a_folder_with_other_files(
    vault_folder: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    vault_folder.mkdir()
    (vault_folder / "thesis.docx").write_bytes(b"my thesis")
    with pytest.raises(VaultExistsError):
        Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    assert [p.name for p in vault_folder.iterdir()] == ["thesis.docx"]


@pytest.mark.parametrize("short", ["", "1234567", "пароль7"])
def test_short_passphrase_is_refused(
    vault_folder: Path, keystore: Keystore, test_kdf: KdfParams, short: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        Vault.create(vault_folder, short, keystore=keystore, kdf=test_kdf)
    assert "at least 8 characters" in caught.value.message
    assert not vault_folder.exists()


def test_disk_full_during_create_leaves_no_half_vault(
    vault_folder: Path, keystore: Keystore, test_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(crypto.durable, "_write_all", full_disk)
    with pytest.raises(StorageFullError):
        Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    assert not vault_folder.exists()


def test_disk_full_in_an_existing_empty_folder_keeps_the_folder(
    vault_folder: Path, keystore: Keystore, test_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault_folder.mkdir()

    def full_disk(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(crypto.durable, "_write_all", full_disk)
    with pytest.raises(StorageFullError):
        Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    assert vault_folder.is_dir() and list(vault_folder.iterdir()) == []


def test_a_create_killed_before_the_key_file_does_not_block_the_next_one(
    vault_folder: Path, keystore: Keystore, test_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill (or power cut) during the first run leaves the database and the lock file but
    no key file: the database can never be opened, and creating the vault again there
    (the app's first run shows again) must not answer "the folder is not empty"."""
    import app.vault.vault as vault_module
    from crypto.keyslots import KeySlotFile

    def killed(*_args: object) -> None:
        raise SystemExit("killed")

    monkeypatch.setattr(KeySlotFile, "write", killed)
    monkeypatch.setattr(vault_module, "remove_half_vault", lambda *_args: None)  # no cleanup
    with pytest.raises(SystemExit):
        Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    monkeypatch.undo()
    assert (vault_folder / DATABASE_NAME).exists() and not Vault.exists(vault_folder)
    vault, _ = Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    vault.lock()
    Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore).lock()


def test_a_database_beside_other_files_is_never_taken_for_a_killed_create(
    vault_folder: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    vault_folder.mkdir()
    (vault_folder / DATABASE_NAME).write_bytes(b"not ours to delete")
    (vault_folder / "notes.txt").write_text("the user's own file")
    with pytest.raises(VaultExistsError):
        Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    assert (vault_folder / DATABASE_NAME).read_bytes() == b"not ours to delete"


# -- unlock and lock -------------------------------------------------------------------------


def test_data_survives_lock_and_unlock(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, _ = new_vault
    _write_marker(vault)
    vault.lock()
    again = Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    assert _read_marker(again) == MARKER
    assert again.unlocked_with == "passphrase"
    assert again.vault_id == vault.vault_id
    again.lock()


def test_lock_closes_and_forgets(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    connection = vault.connection
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLockedError):
        vault.connection  # noqa: B018
    with pytest.raises(VaultLockedError):
        vault.security_status()
    with pytest.raises(VaultLockedError):
        vault.change_passphrase("a new passphrase")
    with pytest.raises(Exception, match="closed"):
        connection.execute("SELECT 1")
    assert not any(vault._key)
    vault.lock()  # twice is fine


def test_context_manager_locks(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    new_vault[0].lock()
    with Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore) as vault:
        assert not vault.is_locked
    assert vault.is_locked


def test_recovery_code_opens_in_any_hand_copied_form(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, code = new_vault
    _write_marker(vault)
    vault.lock()
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    for typed in (code, sloppy, code.replace("-", "")):
        opened = Vault.unlock(vault_folder, typed, keystore=keystore)
        assert opened.unlocked_with == "recovery_code"
        assert _read_marker(opened) == MARKER
        opened.lock()


def test_recovery_code_typo_is_named_as_such(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, code = new_vault
    vault.lock()
    first = code[0]
    typo = ("Z" if first != "Z" else "Y") + code[1:]
    before = folder_bytes(vault_folder)
    with pytest.raises(WrongPassphraseError) as caught:
        Vault.unlock(vault_folder, typo, keystore=keystore)
    assert "typo" in caught.value.message
    assert folder_bytes(vault_folder) == before


@pytest.mark.parametrize(
    "wrong",
    ["correct horse batterY", "", " correct horse battery", "0000-0000-0000-0000-0000-0000-0000"],
)
def test_wrong_passphrase_changes_nothing(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore, wrong: str
) -> None:
    vault, _ = new_vault
    _write_marker(vault)
    vault.lock()
    before = folder_bytes(vault_folder)
    with pytest.raises(WrongPassphraseError) as caught:
        Vault.unlock(vault_folder, wrong, keystore=keystore)
    assert caught.value.message == WRONG
    assert folder_bytes(vault_folder) == before


def test_unlock_where_there_is_no_vault(tmp_path: Path, keystore: Keystore) -> None:
    with pytest.raises(VaultNotFoundError) as caught:
        Vault.unlock(tmp_path / "nowhere", PASSPHRASE, keystore=keystore)
    assert caught.value.message == f"There is no Satchel vault in {tmp_path / 'nowhere'}."
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.keystore
@needs_session
def test_copied_folder_needs_the_device_secret(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore, tmp_path: Path
) -> None:
    vault, code = new_vault
    _write_marker(vault)
    vault.lock()
    copy = tmp_path / "other-laptop"
    shutil.copytree(vault_folder, copy)
    other_laptop = no_keystore("The other laptop has no keystore.")
    # Not a wrong passphrase: without the device secret it cannot be checked at all, so
    # the sentence says to use the recovery code, and no failed-unlock attempt is spent.
    with pytest.raises(DeviceSecretMissingError, match="recovery code"):
        Vault.unlock(copy, PASSPHRASE, keystore=other_laptop)
    keystore.delete(vault.vault_id)  # the same, on a laptop with a keystore but no secret
    with pytest.raises(DeviceSecretMissingError):
        Vault.unlock(copy, PASSPHRASE, keystore=keystore)
    with pytest.raises(DeviceSecretMissingError):
        Vault.unlock(copy, "a wrong guess entirely", keystore=keystore)
    opened = Vault.unlock(copy, code, keystore=keystore)
    assert opened.unlocked_with == "recovery_code"
    assert _read_marker(opened) == MARKER
    assert not opened.security_status().device_secret_in_use
    opened.lock()


def test_vault_without_keystore_works_by_passphrase(
    vault_folder: Path, test_kdf: KdfParams
) -> None:
    none = no_keystore("This computer has no secure keystore.")
    vault, _ = Vault.create(vault_folder, PASSPHRASE, keystore=none, kdf=test_kdf)
    status = vault.security_status()
    assert not status.device_secret_in_use
    assert str(status.keystore_reason) == "This computer has no secure keystore."
    vault.lock()
    Vault.unlock(vault_folder, PASSPHRASE, keystore=none).lock()


# -- status, encryption, damage --------------------------------------------------------------


def test_security_status(
    new_vault: tuple[Vault, str], test_kdf: KdfParams, keystore: Keystore
) -> None:
    status = new_vault[0].security_status()
    assert status.kdf == test_kdf
    assert status.cipher_version.startswith("4.")
    assert status.unlocked_with == "passphrase"
    assert status.keystore_backend == keystore.backend_name
    assert status.device_secret_in_use == keystore.available


def test_connection_pragmas(new_vault: tuple[Vault, str]) -> None:
    conn = new_vault[0].connection

    def pragma(name: str) -> object:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("secure_delete") == 1
    assert pragma("temp_store") == 2  # MEMORY
    assert str(pragma("cipher_memory_security")) == "0"  # a measured choice: see app/vault/vault.py


def test_database_is_encrypted_at_rest(new_vault: tuple[Vault, str], vault_folder: Path) -> None:
    vault, _ = new_vault
    _write_marker(vault)
    vault.connection.execute("PRAGMA wal_checkpoint(FULL)")
    raw = (vault_folder / DATABASE_NAME).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for content in folder_bytes(vault_folder).values():
        assert MARKER.encode() not in content
    plain = sqlite3.connect(vault_folder / DATABASE_NAME)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_repr_shows_no_key(new_vault: tuple[Vault, str]) -> None:
    vault, code = new_vault
    text = repr(vault)
    assert vault._key.hex() not in text and code not in text
    assert vault.vault_id in text


@pytest.mark.parametrize(
    "damage",
    [
        lambda f: (f / KEYSLOTS_NAME).write_bytes((f / KEYSLOTS_NAME).read_bytes()[:-1]),
        lambda f: (f / KEYSLOTS_NAME).write_bytes(b"\x00" * 312),
        lambda f: (f / KEYSLOTS_NAME).write_bytes(b""),
    ],
    ids=["truncated", "zeroed", "empty"],
)
def test_damaged_key_file(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore, damage
) -> None:  # type: ignore[no-untyped-def]
    new_vault[0].lock()
    damage(vault_folder)
    with pytest.raises(VaultDamagedError):
        Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)


def test_missing_database(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    new_vault[0].lock()
    (vault_folder / DATABASE_NAME).unlink()
    with pytest.raises(VaultDamagedError):
        Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    assert not (vault_folder / DATABASE_NAME).exists()


def test_database_from_another_vault(
    new_vault: tuple[Vault, str],
    vault_folder: Path,
    keystore: Keystore,
    test_kdf: KdfParams,
    tmp_path: Path,
) -> None:
    new_vault[0].lock()
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, keystore=keystore, kdf=test_kdf)
    other.lock()
    shutil.copy(tmp_path / "other" / DATABASE_NAME, vault_folder / DATABASE_NAME)
    with pytest.raises(VaultDamagedError) as caught:
        Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    assert "damaged" in caught.value.message


def test_garbage_database(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    new_vault[0].lock()
    (vault_folder / DATABASE_NAME).write_bytes(os.urandom(8192))
    with pytest.raises(VaultDamagedError):
        Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
