"""Border-safety test set-up: private platform folders, a vault, and a CLI runner."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.cli import Console, main
from app.keystore import Keystore
from app.paths import AppTraces, app_traces
from app.vault import Vault
from crypto.kdf import KdfParams

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


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class Cli:
    """Runs `satchel --vault DIR ...` in-process with a given environment."""

    folder: Path
    keystore: Keystore
    env: dict[str, str] = field(default_factory=dict)

    def __call__(self, *argv: str, **env: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        console = Console(environ={**self.env, **env}, out=out, err=err)
        code = main(["--vault", str(self.folder), *argv], console=console, keystore=self.keystore)
        return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(vault_folder: Path, keystore: Keystore) -> Cli:
    return Cli(vault_folder, keystore, {"SATCHEL_PASSPHRASE": PASSPHRASE})


def one_sentence(result: Result) -> str:
    """The single line a failing command printed (asserts there is exactly one)."""
    assert result.code != 0
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    return lines[0]
