"""Border-safety test set-up: private platform folders, a vault, and a CLI runner.

``Cli`` and ``one_sentence`` come from :mod:`tests.helpers` (re-exported for the tests here).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.vault import Vault
from app.vault.keystore import Keystore
from app.vault.paths import AppTraces, app_traces
from crypto.kdf import KdfParams
from tests.helpers import Cli, one_sentence

PASSPHRASE = "violet harbour lantern 42"
DURESS = "grey morning tram 17"


@pytest.fixture(autouse=True)
def platform_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTraces:
    """Point Satchel's config, cache and data folders into the test's own folder.

    Panic deletes them, so no test here may ever reach the real user's folders.
    """
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    traces = app_traces()
    assert all(str(tmp_path) in str(p) for p in (*traces.files, *traces.folders))
    return traces


@pytest.fixture
def installed_app(platform_folders: AppTraces) -> AppTraces:
    """Settings and a cache as the desktop app leaves them after some use."""
    settings = platform_folders.files[0]
    settings.parent.mkdir(parents=True)
    settings.write_text('{"language": "ru", "auto_lock_minutes": 5}')
    cache = platform_folders.folders[0]
    cache.mkdir(parents=True)
    (cache / "thumbnail.bin").write_bytes(b"\x89PNG cached")
    return platform_folders


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def real_vault(vault_folder: Path, keystore: Keystore, test_kdf: KdfParams) -> Iterator[str]:
    """A locked vault with one case in it; yields its recovery code."""
    vault, code = Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    vault.store.add_case("Иван Канарейкин")
    vault.lock()
    yield code


@pytest.fixture
def cli(vault_folder: Path, keystore: Keystore) -> Cli:
    return Cli(vault_folder, keystore, {"SATCHEL_PASSPHRASE": PASSPHRASE})


__all__ = ["DURESS", "PASSPHRASE", "Cli", "one_sentence"]
