"""GUI test set-up: a database thread per test, stopped afterwards; vaults at low KDF cost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject

from ui.tasks import DatabaseThread


@pytest.fixture
def owner(qapp) -> Iterator[QObject]:
    """A parent for the objects a test makes, deleted at the end of the test."""
    parent = QObject()
    yield parent
    parent.deleteLater()


@pytest.fixture
def db_thread(owner: QObject) -> Iterator[DatabaseThread]:
    db = DatabaseThread(owner)
    yield db
    db.stop()


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def open_vault(db_thread: DatabaseThread, owner: QObject, qtbot, vault_folder, keystore, test_kdf):
    """A new, empty vault opened on the test's database thread; its security status."""
    from app.vault import Vault

    def create() -> tuple[Vault, object]:
        vault, _code = Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
        return vault, vault.security_status()

    task = db_thread.open_vault(create, parent=owner)
    with qtbot.waitSignal(task.succeeded, timeout=60_000) as blocker:
        task.run_in_background()
    return blocker.args[0]


def unlock(qtbot: Any, shell: Any, secret: str = PASSPHRASE) -> None:
    """Type ``secret`` into the shell's unlock dialog and wait for the main window."""
    from ui.unlock import UnlockDialog

    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    with qtbot.waitSignal(dialog.unlocked, timeout=30_000):
        dialog.secret.setText(secret)
        dialog.unlock()
    assert shell.window is not None


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    """Where the desktop settings go (tests that meet Panic keep them in the platform folders)."""
    return tmp_path / "desktop.json"


@pytest.fixture
def shell(qapp, vault_folder, keystore, test_kdf, settings_file):
    """The whole app on a fresh vault folder, shut down with its windows afterwards, and
    English again (a language it chose would stay Qt's default for the next test)."""
    from ui.shell import SatchelShell

    shell = SatchelShell(
        qapp, vault_folder, keystore=keystore, settings_file=settings_file, kdf=test_kdf
    )
    yield shell
    for widget in (shell.window, shell.dialog):
        if widget is not None:
            widget.deleteLater()
    shell.translations.switch("en")
    shell.shutdown()
    shell.deleteLater()


@pytest.fixture
def compiled_translations(qapp, tmp_path_factory):
    """Translations built from the .ts sources into a temporary folder; English afterwards."""
    import subprocess
    import sys

    from ui.i18n import LANGUAGES, Translations

    root = Path(__file__).resolve().parents[2] / "resources" / "i18n"
    folder = tmp_path_factory.mktemp("qm")
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    for language in LANGUAGES:
        subprocess.run(
            [str(tool), "-silent", str(root / f"satchel_{language}.ts"),
             "-qm", str(folder / f"satchel_{language}.qm")],
            check=True, capture_output=True,
        )  # fmt: skip
    holder = QObject()
    translations = Translations(holder, folder)
    yield translations
    translations.switch("en")
    holder.deleteLater()
