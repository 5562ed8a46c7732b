"""Vault test set-up: a fresh vault per test, at the low test KDF cost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.vault import Vault
from app.vault.keystore import Keystore
from crypto.kdf import KdfParams

PASSPHRASE = "correct horse battery"


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(
    vault_folder: Path, keystore: Keystore, test_kdf: KdfParams
) -> Iterator[tuple[Vault, str]]:
    """A vault just created with PASSPHRASE, and its recovery code; locked afterwards."""
    vault, code = Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    yield vault, code
    vault.lock()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file in the folder by name, for 'nothing changed on disk' checks."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
