"""The parts of the vault that need app.store: the store itself, passphrase change, verify."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import InvalidInputError, WrongPassphraseError
from app.vault import DeviceSecretMissingError, Vault
from app.vault.files import DATABASE_NAME, KEYSLOTS_NAME
from app.vault.keystore import Keystore, no_keystore
from tests.vault.conftest import PASSPHRASE, folder_bytes
from tests.vault.test_vault import needs_session

NEW = "a brand new passphrase"


def test_store_opens_once_per_unlock(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    assert vault.store is vault.store


def test_change_passphrase(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, code = new_vault
    entries_before = vault.store.verify_audit().entries
    vault.change_passphrase(NEW)
    assert vault.store.verify_audit().entries == entries_before + 1
    vault.lock()
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    Vault.unlock(vault_folder, NEW, keystore=keystore).lock()
    Vault.unlock(vault_folder, code, keystore=keystore).lock()


@pytest.mark.parametrize("bad", ["short", ""])
def test_change_to_a_short_passphrase_changes_nothing(
    new_vault: tuple[Vault, str], vault_folder: Path, bad: str
) -> None:
    vault, _ = new_vault
    before = (vault_folder / KEYSLOTS_NAME).read_bytes()
    with pytest.raises(InvalidInputError):
        vault.change_passphrase(bad)
    assert (vault_folder / KEYSLOTS_NAME).read_bytes() == before


def test_the_recovery_code_cannot_become_the_passphrase(
    new_vault: tuple[Vault, str], vault_folder: Path
) -> None:
    vault, code = new_vault
    before = (vault_folder / KEYSLOTS_NAME).read_bytes()
    with pytest.raises(InvalidInputError):
        vault.change_passphrase(code)
    assert (vault_folder / KEYSLOTS_NAME).read_bytes() == before


@pytest.mark.keystore
@needs_session
def test_new_laptop_gets_a_fresh_device_secret(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, code = new_vault
    vault.lock()
    old_secret = keystore.get(vault.vault_id)
    keystore.delete(vault.vault_id)  # as if the folder were copied to another laptop
    opened = Vault.unlock(vault_folder, code, keystore=keystore)
    assert not opened.security_status().device_secret_in_use
    opened.change_passphrase(NEW)
    fresh = keystore.get(vault.vault_id)
    assert fresh is not None and fresh != old_secret
    status = opened.security_status()
    assert status.device_secret_in_use and status.unlocked_with == "passphrase"
    opened.lock()
    Vault.unlock(vault_folder, NEW, keystore=keystore).lock()
    with pytest.raises(DeviceSecretMissingError):
        Vault.unlock(vault_folder, NEW, keystore=no_keystore("Copied elsewhere."))


def test_verify_a_healthy_vault(new_vault: tuple[Vault, str]) -> None:
    report = new_vault[0].verify()
    assert report.ok
    assert report.cipher_problems == []
    assert report.audit.ok


def test_verify_finds_a_damaged_page(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, _ = new_vault
    conn = vault.connection
    conn.execute("CREATE TABLE filler (body BLOB)")
    conn.executemany("INSERT INTO filler VALUES (randomblob(3000))", [()] * 20)
    conn.commit()
    vault.store  # noqa: B018 - migrations run, so the schema is complete
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    db = vault_folder / DATABASE_NAME
    data = bytearray(db.read_bytes())
    data[-100] ^= 0xFF  # inside the last page, far from the schema on page 1
    db.write_bytes(bytes(data))
    reopened = Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    report = reopened.verify()
    assert not report.ok
    assert report.cipher_problems
    reopened.lock()


def test_a_wrong_passphrase_leaves_a_used_vault_untouched(
    new_vault: tuple[Vault, str], vault_folder: Path, keystore: Keystore
) -> None:
    vault, _ = new_vault
    vault.store.log("test_entry")
    vault.lock()
    before = folder_bytes(vault_folder)
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_folder, "not the passphrase", keystore=keystore)
    assert folder_bytes(vault_folder) == before


READ_ONLY = (
    "The vault's files are read-only, so nothing can be saved; nothing was changed. "
    "Let Satchel write to the vault folder (or copy the vault to this computer), then try again."
)


def test_a_read_only_vault_is_said_and_reads_on(new_vault: tuple[Vault, str]) -> None:
    """A vault folder copied from a read-only medium (or whose database lost its write
    permission) opens and reads; every change is refused with one sentence, not as an
    internal error."""
    from app.errors import VaultReadOnlyError

    vault, _ = new_vault
    case_id = vault.store.add_case("Иван Канарейкин")
    vault.connection.execute("PRAGMA query_only = ON")  # what SQLite says for a read-only file
    with pytest.raises(VaultReadOnlyError) as info:
        vault.store.add_case("Пётр Снегирёв")
    assert info.value.message == READ_ONLY
    with pytest.raises(VaultReadOnlyError):
        vault.store.set_case_fields(case_id, {"city": "Астана"})
    assert [c.name for c in vault.store.list_cases()] == ["Иван Канарейкин"]


DONE_UNLOGGED = (
    "The change was made, but the disk is full, so the audit log could not note it. "
    "Free some space."
)


def test_a_key_change_made_but_not_logged_is_never_called_unchanged(
    new_vault: tuple[Vault, str],
    vault_folder: Path,
    keystore: Keystore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The audit entry is written after the key change and the unlock limit; a full disk
    there must not say "nothing was changed" about a passphrase or limit now in force."""
    from app.diskfull import disk_full_error
    from app.store import Store
    from app.vault import unlock_limit

    vault, _ = new_vault
    new = "a brand new passphrase"

    def full(*_args: object, **_kwargs: object) -> None:
        raise disk_full_error()

    monkeypatch.setattr(Store, "log", full)
    with pytest.raises(Exception) as info:
        vault.change_passphrase(new)
    assert str(info.value) == DONE_UNLOGGED
    with pytest.raises(Exception) as info:
        vault.change_limit(3)
    assert str(info.value) == DONE_UNLOGGED
    assert unlock_limit.read_limit(vault_folder) == unlock_limit.UnlockLimit(3)
    monkeypatch.undo()
    vault.lock()
    Vault.unlock(vault_folder, new, keystore=keystore).lock()
