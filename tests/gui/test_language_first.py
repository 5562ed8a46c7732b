"""The language comes first: a first start speaks the system's language, the first-run
dialog lets the user choose another, and that language stays through the recovery code, the
main window, unlock, and the first-run dialog after a panic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.vault.paths import AppTraces, app_traces
from ui.first_run import FirstRunDialog
from ui.shell import SatchelShell
from ui.unlock import UnlockDialog

PASSPHRASE = "correct horse battery staple"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ru_RU.UTF-8", "ru"),
        ("ru_KZ.UTF-8", "ru"),
        ("fr_FR.UTF-8", "fr"),
        ("de_DE.UTF-8", "de"),
        ("de_AT.UTF-8", "de"),
        ("kk_KZ.UTF-8", "kk"),
        ("ja_JP.UTF-8", "en"),
    ],
)
def test_the_first_language_is_the_systems_when_satchel_offers_it(lang: str, expected: str):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen")
    found = subprocess.run(
        [sys.executable, "-c", "from ui.i18n import system_language; print(system_language())"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert found.stdout.strip() == expected


@pytest.fixture
def platform_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTraces:
    """Panic deletes the app's settings and caches: keep them inside the test's folder."""
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    traces = app_traces()
    assert all(str(tmp_path) in str(p) for p in (*traces.files, *traces.folders))
    return traces


@pytest.fixture
def settings_file(platform_folders: AppTraces) -> Path:
    return platform_folders.files[0]


@pytest.fixture
def russian_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """A laptop in Astana: the system asks for Russian."""
    monkeypatch.setattr("ui.shell.system_language", lambda offered: "ru")


def create_vault(qtbot: Any, shell: SatchelShell) -> FirstRunDialog:
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.db.opened, timeout=30_000):
        dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    return dialog


@pytest.mark.keystore
def test_a_first_start_speaks_russian_and_the_choice_of_french_carries_through(
    qtbot, shell, russian_system, settings_file, vault_folder
):
    assert not settings_file.exists()
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog)
    assert shell.translations.language == "ru"
    assert dialog.language.currentData() == "ru"
    assert dialog.windowTitle() == "Создание хранилища Satchel"
    assert dialog.create_button.text() == "Создать хранилище"

    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert shell.translations.language == "fr"
    assert json.loads(settings_file.read_text())["language"] == "fr"
    assert dialog.windowTitle() == "Créer votre coffre Satchel"

    create_vault(qtbot, shell)
    assert dialog.continue_button.text() == "Continuer"
    assert dialog.written_down.text() != "I have written the recovery code down"
    dialog.written_down.setChecked(True)
    dialog.last_group.setText(dialog.code.text()[-4:])
    dialog.continue_button.click()
    assert dialog.opening_label.text() == "Ouverture de votre coffre…"
    qtbot.waitUntil(lambda: shell.window is not None, timeout=30_000)
    window = shell.window
    assert window is not None
    assert window.nav.item(1).text() == "Dossiers"

    with qtbot.waitSignal(shell.db.locked):
        window.lock_action.trigger()
    unlock = shell.dialog
    assert isinstance(unlock, UnlockDialog)
    assert unlock.unlock_button.text() == "Déverrouiller"
    # The unlock dialog offers the language too, starting from the saved one.
    assert unlock.language.currentData() == "fr"
    unlock.secret.setText("typed before the switch")
    unlock.language.setCurrentIndex(unlock.language.findData("ru"))
    assert shell.translations.language == "ru"
    assert json.loads(settings_file.read_text())["language"] == "ru"
    assert unlock.unlock_button.text() == "Разблокировать"
    assert unlock.windowTitle() != "Unlock Satchel" and shell.dialog is unlock
    assert unlock.secret.text() == "typed before the switch"  # nothing typed is lost


@pytest.mark.keystore
def test_after_a_panic_the_first_run_dialog_keeps_the_language_on_screen(
    qtbot, shell, settings_file, vault_folder
):
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text('{"language": "ru"}')
    from ui.settings import load_settings

    shell.settings = load_settings(settings_file)
    shell.start()
    create_vault(qtbot, shell)
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.written_down.setChecked(True)
    dialog.last_group.setText(dialog.code.text()[-4:])
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=30_000)
    with qtbot.waitSignal(shell.db.locked, timeout=10_000):
        shell.panic()
    after = shell.dialog
    assert isinstance(after, FirstRunDialog) and after is not dialog
    assert not settings_file.exists()  # the panic took the settings file with it
    assert shell.translations.language == "ru"
    assert after.language.currentData() == "ru"
    assert after.create_button.text() == "Создать хранилище"
    assert after.windowTitle() != "Create your Satchel vault"


@pytest.mark.parametrize(
    "content",
    ['{"language": "ru", "auto_lock', "\x00\x00\x00", '{"auto_lock_minutes": 10}',
     '{"language": "ja"}', "[]"],
    ids=["cut-short", "zeros", "no-language", "unknown-language", "not-an-object"],
)  # fmt: skip
def test_a_settings_file_that_names_no_language_still_starts_in_the_systems(
    shell, russian_system, settings_file, content
):
    """A damaged or foreign settings file must not make the first window English."""
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(content)
    from ui.settings import load_settings

    shell.settings = load_settings(settings_file)
    shell.start()
    assert shell.translations.language == "ru"
    assert shell.dialog is not None
    assert shell.dialog.windowTitle() == "Создание хранилища Satchel"


def test_a_language_chosen_before_is_kept_over_the_systems(shell, russian_system, settings_file):
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text('{"language": "en"}')
    from ui.settings import load_settings

    shell.settings = load_settings(settings_file)
    shell.start()
    assert shell.translations.language == "en"
