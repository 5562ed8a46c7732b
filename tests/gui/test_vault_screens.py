"""First run, unlock, the main window and Lock, against a real vault and keystore."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.vault import Vault
from crypto.recovery import normalise_recovery_code
from ui.first_run import FirstRunDialog
from ui.settings import GuiSettings, load_settings, save_settings
from ui.shell import SatchelShell
from ui.strength import Strength, strength
from ui.unlock import UnlockDialog

PASSPHRASE = "correct horse battery staple"


def create_through_dialog(qtbot: Any, db, folder: Path, keystore, kdf) -> FirstRunDialog:
    dialog = FirstRunDialog(db, folder, keystore, parent=None, kdf=kdf)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(db.opened):
        dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    return dialog


@pytest.mark.keystore
def test_first_run_creates_the_vault_and_shows_the_recovery_code_once(
    qtbot, db_thread, vault_folder, keystore, test_kdf
):
    dialog = create_through_dialog(qtbot, db_thread, vault_folder, keystore, test_kdf)
    code = dialog.code.text()
    assert normalise_recovery_code(code) == code
    assert Vault.exists(vault_folder) and db_thread.is_open
    assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""
    assert not dialog.continue_button.isEnabled()
    dialog.written_down.setChecked(True)
    dialog.last_group.setText("ZZZZ" if not code.endswith("ZZZZ") else "YYYY")
    assert not dialog.continue_button.isEnabled()
    dialog.written_down.setChecked(False)
    dialog.last_group.setText(code.rsplit("-", 1)[1].lower())
    assert not dialog.continue_button.isEnabled()
    dialog.written_down.setChecked(True)
    assert dialog.continue_button.isEnabled()
    with qtbot.waitSignal(dialog.vault_ready):
        dialog.continue_button.click()
    assert dialog.code.text() == ""


def test_first_run_refuses_short_or_different_passphrases(
    qtbot, db_thread, vault_folder, keystore, test_kdf
):
    dialog = FirstRunDialog(db_thread, vault_folder, keystore, parent=None, kdf=test_kdf)
    qtbot.addWidget(dialog)
    for first, second in [("short", "short"), (PASSPHRASE, PASSPHRASE + "x"), ("", "")]:
        dialog.passphrase.setText(first)
        dialog.repeat.setText(second)
        assert not dialog.create_button.isEnabled()
        dialog.create_vault()  # even if called directly, nothing is created
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    assert dialog.problem.text() == "The two passphrases differ."
    assert not vault_folder.exists()


def test_first_run_shows_the_core_sentence_when_the_folder_is_taken(
    qtbot, db_thread, vault_folder, keystore, test_kdf
):
    vault_folder.mkdir()
    (vault_folder / "something.txt").write_text("not a vault")
    dialog = FirstRunDialog(db_thread, vault_folder, keystore, parent=None, kdf=test_kdf)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.create_vault()
    qtbot.waitUntil(lambda: dialog.problem.text() != "")
    assert "is not empty" in dialog.problem.text()
    assert dialog.pages.currentIndex() == 0 and not db_thread.is_open


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Strength.TOO_SHORT),
        ("abc1234", Strength.TOO_SHORT),
        ("aaaaaaaaaaaa", Strength.WEAK),
        ("password", Strength.WEAK),
        ("Tr0ub4dor&3", Strength.FAIR),
        (PASSPHRASE, Strength.STRONG),
        ("красный трамвай едет домой", Strength.STRONG),
    ],
)
def test_strength_hint(text: str, expected: Strength) -> None:
    assert strength(text) is expected


@pytest.fixture
def made_vault(vault_folder: Path, keystore, test_kdf) -> str:
    vault, code = Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    vault.lock()
    return code


def unlock_with(qtbot, dialog: UnlockDialog, secret: str, signal) -> Any:
    dialog.secret.setText(secret)
    with qtbot.waitSignal(signal) as blocker:
        dialog.unlock_button.click()
    return blocker.args[0]


@pytest.mark.keystore
def test_unlock_with_passphrase_reports_the_security_status(
    qtbot, db_thread, vault_folder, keystore, made_vault
):
    dialog = UnlockDialog(db_thread, vault_folder, keystore, parent=None)
    qtbot.addWidget(dialog)
    status = unlock_with(qtbot, dialog, PASSPHRASE, dialog.unlocked)
    assert status.unlocked_with == "passphrase"
    assert status.device_secret_in_use == keystore.available
    assert db_thread.is_open and dialog.secret.text() == ""


def test_unlock_with_recovery_code(qtbot, db_thread, vault_folder, keystore, made_vault):
    dialog = UnlockDialog(db_thread, vault_folder, keystore, parent=None)
    qtbot.addWidget(dialog)
    status = unlock_with(qtbot, dialog, made_vault.lower().replace("-", " "), dialog.unlocked)
    assert status.unlocked_with == "recovery_code"


@pytest.mark.parametrize(
    ("secret", "sentence"),
    [
        ("wrong passphrase", "The passphrase or recovery code is wrong; nothing was changed."),
        ("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "This recovery code has a typo"),
        ("\u0000" * 3, "The passphrase or recovery code is wrong"),
        ("x" * 10_000, "The passphrase or recovery code is wrong"),
    ],
)
def test_a_wrong_secret_gets_a_clear_sentence_and_another_try(
    qtbot, db_thread, vault_folder, keystore, made_vault, secret, sentence
):
    dialog = UnlockDialog(db_thread, vault_folder, keystore, parent=None)
    qtbot.addWidget(dialog)
    shown = unlock_with(qtbot, dialog, secret, dialog.unlock_failed)
    assert shown.startswith(sentence)
    assert dialog.problem.text() == shown
    assert dialog.secret.text() == "" and dialog.secret.isEnabled()
    assert not db_thread.is_open


def test_unlock_without_a_vault_says_so(qtbot, db_thread, tmp_path, keystore):
    dialog = UnlockDialog(db_thread, tmp_path / "nothing", keystore, parent=None)
    qtbot.addWidget(dialog)
    shown = unlock_with(qtbot, dialog, PASSPHRASE, dialog.unlock_failed)
    assert shown.startswith("There is no Satchel vault in")


def open_main_window(qtbot, shell: SatchelShell) -> None:
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    with qtbot.waitSignal(dialog.unlocked):
        dialog.secret.setText(PASSPHRASE)
        dialog.unlock()
    assert shell.window is not None


@pytest.mark.keystore
def test_ctrl_l_locks_drops_the_window_and_asks_to_unlock_again(qtbot, shell, made_vault):
    open_main_window(qtbot, shell)
    window = shell.window
    assert window is not None
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Dashboard", "Cases", "Contacts", "Bundles", "Audit log", "Settings",
    ]  # fmt: skip
    window.show_page("cases")
    qtbot.waitUntil(lambda: window.cases.count.text() == "0 cases")
    with qtbot.waitSignal(shell.db.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.window is None and not shell.db.is_open
    assert isinstance(shell.dialog, UnlockDialog) and shell.dialog.isVisible()
    qtbot.waitUntil(lambda: window not in QApplication.topLevelWidgets())


def test_first_run_through_the_shell_reaches_the_main_window(qtbot, shell):
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.db.opened):
        dialog.create_vault()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    dialog.written_down.setChecked(True)
    dialog.last_group.setText(dialog.code.text()[-4:])
    dialog.finish()
    qtbot.waitUntil(lambda: shell.window is not None)
    assert shell.window.dashboard.security.values["kdf"].text().startswith("Argon2id, 1 MiB")


def test_auto_lock_timer_locks_the_vault(qtbot, shell, made_vault):
    open_main_window(qtbot, shell)
    assert shell.auto_lock.isActive()
    assert shell.auto_lock.interval() == shell.settings.auto_lock_minutes * 60_000
    with qtbot.waitSignal(shell.db.locked):
        shell.auto_lock.timeout.emit()
    assert shell.window is None


def test_settings_survive_a_restart_and_bad_files_mean_defaults(tmp_path):
    path = tmp_path / "conf" / "desktop.json"
    save_settings(path, GuiSettings(language="ru", auto_lock_minutes=3, clipboard_seconds=12))
    assert load_settings(path) == GuiSettings("ru", 3, 12)
    for content in ["{", "[]", '{"language": "xx", "auto_lock_minutes": 99999}', "\x00" * 9000]:
        path.write_text(content)
        loaded = load_settings(path)
        assert loaded.language == "en"
        assert 1 <= loaded.auto_lock_minutes <= 240
    path.write_text('{"auto_lock_minutes": true, "clipboard_seconds": "5"}')
    assert load_settings(path) == GuiSettings()


def test_what_a_killed_settings_save_left_goes_at_the_next_start(tmp_path):
    """A save killed before its rename leaves ``desktop.json.tmp-PID-RANDOM``: reading the
    settings at start (and the next save) removes it once its process is gone, and only
    names of exactly that form."""
    import os
    import subprocess
    import sys

    path = tmp_path / "conf" / "desktop.json"
    save_settings(path, GuiSettings(language="ru"))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    kept = ["desktop.json.tmp-notanumber", f"desktop.json.tmp-{os.getpid()}-feedf00d",
            f"other.json.tmp-{dead.pid}-0badc0de"]  # fmt: skip
    for name in [*kept, f"desktop.json.tmp-{dead.pid}-0badc0de"]:
        (path.parent / name).write_text('{"language": "fr"}')
    assert load_settings(path).language == "ru"
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([*kept, "desktop.json"])
    (path.parent / f"desktop.json.tmp-{dead.pid}-00ff00ff").write_text("{")
    save_settings(path, GuiSettings(language="de"))
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([*kept, "desktop.json"])


@pytest.mark.keystore
def test_the_organisation_named_at_first_run_is_on_the_card(qtbot, shell):
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.organisation.setText("Association Paris Refuge")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.db.opened):
        dialog.create_vault()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    dialog.written_down.setChecked(True)
    dialog.last_group.setText(dialog.code.text()[-4:])
    dialog.finish()
    qtbot.waitUntil(lambda: shell.window is not None)
    contacts = shell.window.contacts
    with qtbot.waitSignal(contacts.loaded, timeout=10_000):
        shell.window.show_page("contacts")
    assert contacts.own_name.text() == "Association Paris Refuge"


def test_a_name_the_card_refuses_creates_nothing(
    qtbot, db_thread, vault_folder, keystore, test_kdf
):
    dialog = FirstRunDialog(db_thread, vault_folder, keystore, parent=None, kdf=test_kdf)
    qtbot.addWidget(dialog)
    dialog.organisation.setText("Astana\u202e Aid")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.create_vault()
    assert "invisible" in dialog.problem.text()
    assert not vault_folder.exists() and not db_thread.is_open


@pytest.mark.keystore
def test_save_a_copy_of_the_vault_from_settings(qtbot, shell, made_vault, tmp_path, keystore):
    open_main_window(qtbot, shell)
    window = shell.window
    assert window is not None
    window.show_page("settings")
    backup = window.settings_page.backup
    assert backup.isEnabled()
    usb = tmp_path / "usb"
    usb.mkdir()
    with qtbot.waitSignal(backup.saved, timeout=20_000) as blocker:
        backup.save_into(usb)
    copy = blocker.args[0]
    assert str(copy) in backup.outcome.text() and "recovery code" in backup.outcome.text()
    opened = Vault.unlock(copy, made_vault, keystore=keystore)  # the recovery code
    assert opened.store.count_cases() == 0
    opened.lock()
    with qtbot.waitSignal(backup.failed, timeout=20_000) as refused:
        backup.save_into(tmp_path / "vault")  # the vault's own folder
    assert "outside the vault" in refused.args[0]


def test_unlock_of_an_old_vault_shows_the_upgrade_on_the_bar(qtbot, db_thread, tmp_path, test_kdf):
    from app.vault.database import CURRENT_FORMAT, format_of
    from app.vault.lock import VaultLock
    from tests.vault.conftest import PASSPHRASE as OLD_PASSPHRASE
    from tests.vault.test_page_format import KEYSTORE, legacy_vault

    folder = tmp_path / "old"
    legacy_vault(folder, test_kdf)
    dialog = UnlockDialog(db_thread, folder, KEYSTORE, parent=None)
    qtbot.addWidget(dialog)
    values: list[int] = []
    dialog.busy.valueChanged.connect(values.append)
    unlock_with(qtbot, dialog, OLD_PASSPHRASE, dialog.unlocked)
    assert values and values[-1] == 1000 and len(set(values)) > 2
    assert dialog.busy.maximum() == 0  # back to "opening" for a later unlock
    with qtbot.waitSignal(db_thread.locked):
        db_thread.lock_vault(parent=dialog).run_in_background()
    held = VaultLock.shared(folder)  # no upgrade can run now: the file shows what the GUI did
    try:
        reopened = Vault.unlock(folder, OLD_PASSPHRASE, keystore=KEYSTORE)
        assert format_of(reopened.connection) == CURRENT_FORMAT
        reopened.lock()
    finally:
        held.release()


def test_a_vault_folder_satchel_may_not_open_is_said_at_start(
    qtbot, shell, made_vault, vault_folder, monkeypatch
):
    """A vault folder whose permissions changed (copied from another account): the app
    starts and says why the vault does not open, instead of quitting without a window."""
    real_is_file = Path.is_file

    def refused(self: Path) -> bool:
        if self.parent == vault_folder:
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_file(self)

    monkeypatch.setattr(Path, "is_file", refused)
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.unlock_failed, timeout=30_000) as failed:
        dialog.secret.setText(PASSPHRASE)
        dialog.unlock()
    assert failed.args[0] == (
        "Satchel may not read or write there (the folder may be read-only); choose another place."
    )
