"""The duress passphrase: a silent wipe and an ordinary empty vault, with no tell in the files."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from app.errors import InvalidInputError, VaultLockedError, WrongPassphraseError
from app.keystore import Keystore, no_keystore
from app.vault import Vault
from app.vault_files import KEYSLOTS_NAME
from crypto.kdf import KdfParams
from crypto.keyslots import HEADER_BYTES, SLOT_BYTES, SLOT_COUNT, KeySlotFile
from tests.border.conftest import DURESS, PASSPHRASE, Cli, one_sentence


def _with_duress(folder: Path, keystore: Keystore) -> None:
    vault = Vault.unlock(folder, PASSPHRASE, keystore=keystore)
    vault.set_duress(DURESS)
    vault.lock()


def _shape(folder: Path) -> dict[str, tuple[int, int]]:
    """What someone holding the files sees without keys: names, sizes and modes."""
    shape = {".": (0, stat.S_IMODE(folder.stat().st_mode))}
    for path in sorted(folder.iterdir()):
        info = path.stat()
        shape[path.name] = (info.st_size, stat.S_IMODE(info.st_mode))
    return shape


def test_duress_opens_an_empty_ordinary_vault_and_the_real_one_is_gone(
    real_vault: str, vault_folder: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    real_id = KeySlotFile.read(vault_folder / KEYSLOTS_NAME).vault_id_hex
    _with_duress(vault_folder, keystore)
    decoy = Vault.unlock(vault_folder, DURESS, keystore=keystore)
    try:
        assert decoy.unlocked_with == "passphrase"
        assert decoy.vault_id != real_id
        assert decoy.store.list_cases() == []
        assert decoy.verify().ok
        status = decoy.security_status()
        assert status.kdf == test_kdf  # the real vault's cost, not a new calibration
        assert status.device_secret_in_use == keystore.available
    finally:
        decoy.lock()
    assert keystore.get(real_id) is None
    for secret in (PASSPHRASE, real_vault):
        with pytest.raises(WrongPassphraseError):
            Vault.unlock(vault_folder, secret, keystore=keystore)
    Vault.unlock(vault_folder, DURESS, keystore=keystore).lock()  # the decoy stays usable


def test_the_decoy_looks_like_a_vault_just_created_with_that_passphrase(
    real_vault: str, vault_folder: Path, tmp_path: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    _with_duress(vault_folder, keystore)
    Vault.unlock(vault_folder, DURESS, keystore=keystore).lock()
    fresh = tmp_path / "fresh"
    Vault.create(fresh, DURESS, keystore=keystore, kdf=test_kdf)[0].lock()
    assert _shape(vault_folder) == _shape(fresh)
    decoy_header = KeySlotFile.read(vault_folder / KEYSLOTS_NAME)
    assert decoy_header.params == KeySlotFile.read(fresh / KEYSLOTS_NAME).params


def test_vaults_with_and_without_duress_look_the_same_file_by_file(
    tmp_path: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    plain, armed = tmp_path / "plain", tmp_path / "armed"
    for folder in (plain, armed):
        vault, _ = Vault.create(folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
        vault.store.add_case("Пётр Снегирёв")
        if folder == armed:
            vault.set_duress(DURESS)
        vault.lock()
    assert _shape(plain) == _shape(armed)
    a = (plain / KEYSLOTS_NAME).read_bytes()
    b = (armed / KEYSLOTS_NAME).read_bytes()
    # Same header layout, KDF cost and flags; salt, vault id and the recovery code's
    # public key differ.
    assert a[:24] == b[:24]
    assert a[56:60] == b[56:60]
    ids = [KeySlotFile.read(f / KEYSLOTS_NAME).vault_id_hex for f in (plain, armed)]
    assert [keystore.get(i) is not None for i in ids] == [keystore.available] * 2


def _slot_bits(folders: list[Path], index: int) -> list[list[int]]:
    """For each of the slot's 512 bit positions, its value in every vault."""
    rows = []
    for folder in folders:
        data = (folder / KEYSLOTS_NAME).read_bytes()
        slot = data[HEADER_BYTES + index * SLOT_BYTES : HEADER_BYTES + (index + 1) * SLOT_BYTES]
        rows.append([(byte >> bit) & 1 for byte in slot for bit in range(8)])
    return [list(column) for column in zip(*rows, strict=True)]


def test_every_slot_looks_random_with_or_without_duress(
    tmp_path: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    """32 vaults each way. A slot with any fixed structure (a marker, a zeroed field, a
    plaintext kind byte) would show bit positions that never change; random bytes have
    such a position with probability about 2^-31 each. The share of ones stays near half."""
    groups: dict[str, list[Path]] = {"plain": [], "armed": []}
    for number in range(32):
        for name, folder_list in groups.items():
            folder = tmp_path / f"{name}{number}"
            vault, _ = Vault.create(folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
            if name == "armed":
                vault.set_duress(DURESS)
            vault.lock()
            folder_list.append(folder)
    for name, folders in groups.items():
        for index in range(SLOT_COUNT):
            columns = _slot_bits(folders, index)
            constant = [i for i, column in enumerate(columns) if len(set(column)) == 1]
            assert constant == [], (name, index, constant)
            ones = sum(sum(column) for column in columns) / (len(columns) * len(folders))
            assert 0.47 < ones < 0.53, (name, index, ones)


def test_set_duress_refuses_the_real_secrets_and_short_ones(
    real_vault: str, vault_folder: Path, keystore: Keystore
) -> None:
    vault = Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    before = (vault_folder / KEYSLOTS_NAME).read_bytes()
    try:
        for bad in (PASSPHRASE, real_vault, "short", ""):
            with pytest.raises(InvalidInputError):
                vault.set_duress(bad)
    finally:
        vault.lock()
    assert (vault_folder / KEYSLOTS_NAME).read_bytes() == before
    with pytest.raises(VaultLockedError):
        vault.set_duress(DURESS)


def test_the_passphrase_cannot_become_the_duress_one(
    real_vault: str, vault_folder: Path, keystore: Keystore
) -> None:
    _with_duress(vault_folder, keystore)
    vault = Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    try:
        with pytest.raises(InvalidInputError):
            vault.change_passphrase(DURESS)
    finally:
        vault.lock()


def test_clear_duress_makes_it_an_ordinary_wrong_passphrase(
    real_vault: str, vault_folder: Path, keystore: Keystore
) -> None:
    _with_duress(vault_folder, keystore)
    vault = Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    vault.clear_duress()
    vault.lock()
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_folder, DURESS, keystore=keystore)
    with Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore) as again:
        assert len(again.store.list_cases()) == 1


def test_duress_without_a_system_keystore(tmp_path: Path, test_kdf: KdfParams) -> None:
    none = no_keystore("no keystore in this test")
    folder = tmp_path / "v"
    vault, _ = Vault.create(folder, PASSPHRASE, keystore=none, kdf=test_kdf)
    vault.set_duress(DURESS)
    vault.lock()
    with Vault.unlock(folder, DURESS, keystore=none) as decoy:
        assert decoy.store.list_cases() == []
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(folder, PASSPHRASE, keystore=none)


def test_cli_duress_set_then_unlocking_with_it(real_vault: str, cli: Cli) -> None:
    result = cli("duress", "set", SATCHEL_DURESS_PASSPHRASE=DURESS)
    assert result.code == 0, result.err
    listed = cli("case", "list", "--json", SATCHEL_PASSPHRASE=DURESS)
    assert listed.code == 0, listed.err
    assert json.loads(listed.out) == []
    assert "Traceback" not in listed.err and listed.err == ""
    status = cli("status", SATCHEL_PASSPHRASE=DURESS)
    assert json.loads(status.out)["unlocked_with"] == "passphrase"
    assert "wrong" in one_sentence(cli("case", "list"))


def test_cli_duress_refusals_are_one_sentence(real_vault: str, cli: Cli) -> None:
    assert "differ" in one_sentence(cli("duress", "set", SATCHEL_DURESS_PASSPHRASE=PASSPHRASE))
    assert "at least" in one_sentence(cli("duress", "set", SATCHEL_DURESS_PASSPHRASE="abc"))
    sentence = one_sentence(
        cli("duress", "set", SATCHEL_DURESS_PASSPHRASE=DURESS, SATCHEL_PASSPHRASE="nope nope")
    )
    assert "wrong" in sentence
    assert cli("duress", "clear").code == 0
    assert one_sentence(cli("duress")).startswith("The following arguments are required")
