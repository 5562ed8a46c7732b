"""Border safety in the desktop app: panic, duress, unlock limit, auto-lock on screen lock,
clipboard clearing and camouflage, against a real vault, keystore and D-Bus session."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication, QLineEdit

from app.vault import Vault, unlock_limit
from app.vault.paths import AppTraces, app_traces
from ui.clipboard import ClipboardGuard, focused_field_text
from ui.first_run import FirstRunDialog
from ui.panic import PanicDialog
from ui.settings import GuiSettings, load_settings
from ui.shell import SatchelShell
from ui.system_lock import SCREEN_SAVERS, SystemLockWatcher
from ui.unlock import UnlockDialog

from .conftest import PASSPHRASE, unlock

DURESS = "grey morning tram 17"
WRONG = "not the passphrase at all"


@pytest.fixture(autouse=True)
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
def made_vault(vault_folder: Path, keystore, test_kdf) -> str:
    vault, code = Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    vault.store.add_case("Иван Канарейкин")
    vault.lock()
    return code


def wait_for_cases(qtbot: Any, shell: SatchelShell, expected: str) -> None:
    window = shell.window
    assert window is not None
    window.show_page("cases")
    window.cases.apply_filters()
    qtbot.waitUntil(lambda: window.cases.count.text() == expected, timeout=10_000)


# --- panic ------------------------------------------------------------------------------------


def test_holding_the_button_long_enough_confirms_and_letting_go_does_not(qtbot):
    dialog = PanicDialog(parent=None, hold_ms=300)
    qtbot.addWidget(dialog)
    dialog.open()
    confirmed: list[bool] = []
    dialog.confirmed.connect(lambda: confirmed.append(True))
    button = dialog.hold_button
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.progress > 0)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    assert button.progress == 0 and not confirmed and dialog.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a click is no hold
    assert not confirmed and dialog.isVisible()
    with qtbot.waitSignal(dialog.confirmed, timeout=5_000):
        qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    assert confirmed == [True] and not dialog.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape])
def test_enter_and_escape_never_confirm(qtbot, key):
    dialog = PanicDialog(parent=None, hold_ms=300)
    qtbot.addWidget(dialog)
    dialog.open()
    confirmed: list[bool] = []
    dialog.confirmed.connect(lambda: confirmed.append(True))
    for widget in (dialog, dialog.hold_button, dialog.cancel_button):
        widget.setFocus()
        qtbot.keyClick(widget, key)
    assert not confirmed
    assert not dialog.hold_button.isDefault() and not dialog.hold_button.autoDefault()
    assert dialog.hold_button.progress == 0


def test_space_held_down_confirms_like_the_mouse(qtbot):
    dialog = PanicDialog(parent=None, hold_ms=200)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hold_button.setFocus()
    with qtbot.waitSignal(dialog.confirmed, timeout=5_000):
        qtbot.keyPress(dialog.hold_button, Qt.Key.Key_Space)


@pytest.mark.keystore
def test_panic_from_the_main_window_wipes_everything_and_starts_fresh(
    qtbot, shell, made_vault, vault_folder, keystore, platform_folders, settings_file
):
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text('{"language": "en", "auto_lock_minutes": 7, "camouflage": true}')
    cache = platform_folders.folders[0]
    cache.mkdir(parents=True)
    (cache / "something").write_bytes(b"cached")
    shell.settings = load_settings(settings_file)
    shell.start()
    probe = Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    probe.lock()
    unlock(qtbot, shell)
    window = shell.window
    assert window is not None and window.panic_action in window.toolbar.actions()
    assert window.panic_action.shortcut().toString() == "Ctrl+Shift+Del"
    window.panic_action.trigger()
    dialog = shell.panic_dialog
    assert isinstance(dialog, PanicDialog) and dialog.isVisible()
    assert Vault.exists(vault_folder)  # nothing happens before the hold
    with qtbot.waitSignal(shell.db.locked, timeout=10_000):
        dialog.hold_button.held.emit()
    assert shell.window is None
    assert isinstance(shell.dialog, FirstRunDialog) and shell.dialog.isVisible()
    assert not vault_folder.exists() or not any(vault_folder.iterdir())
    assert not settings_file.exists() and not cache.exists()
    assert keystore.get(probe.vault_id) is None
    assert shell.settings == GuiSettings()
    assert shell.dialog.windowTitle() != "Notes"  # camouflage went with the settings


@pytest.mark.keystore
def test_panic_clears_the_screen_even_when_the_settings_file_cannot_be_deleted(
    qtbot, shell, made_vault, vault_folder, settings_file, monkeypatch
):
    """On Windows another program (an antivirus) may hold the settings file open: deleting
    it fails, and the wipe says so, but the cases must still leave the screen at once."""
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text('{"language": "en"}')
    shell.start()
    unlock(qtbot, shell)
    window = shell.window
    assert window is not None
    real_unlink = Path.unlink

    def held_open(self: Path, missing_ok: bool = False) -> None:
        if self == settings_file:
            raise PermissionError(13, "The file is in use by another process", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", held_open)
    window.panic_action.trigger()
    dialog = shell.panic_dialog
    assert isinstance(dialog, PanicDialog)
    dialog.hold_button.held.emit()
    assert not Vault.exists(vault_folder)
    assert shell.window is None
    assert isinstance(shell.dialog, FirstRunDialog) and shell.dialog.isVisible()


@pytest.mark.keystore
def test_panic_on_a_large_vault_leaves_the_deletion_to_the_database_thread(
    qtbot, shell, made_vault, vault_folder
):
    with open(vault_folder / "vault.db", "r+b") as handle:
        handle.truncate(64 << 20)  # large enough to go to the trash (sparse: no real blocks)
    shell.start()
    unlock(qtbot, shell)
    window = shell.window
    assert window is not None
    window.panic_action.trigger()
    dialog = shell.panic_dialog
    assert isinstance(dialog, PanicDialog)
    dialog.hold_button.held.emit()
    assert not Vault.exists(vault_folder)  # unrecoverable before the hold's handler returns
    assert not (vault_folder / "vault.db").exists()
    qtbot.waitUntil(lambda: not vault_folder.exists(), timeout=10_000)


@pytest.mark.keystore
def test_panic_works_at_the_unlock_dialog_with_its_shortcut(qtbot, shell, made_vault, vault_folder):
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    assert dialog.panic_button.isVisible() or not dialog.isVisible()
    dialog.activateWindow()
    dialog.panic_shortcut.activated.emit()
    panic = shell.panic_dialog
    assert isinstance(panic, PanicDialog)
    panic.cancel_button.click()
    assert shell.panic_dialog is None and Vault.exists(vault_folder)
    dialog.panic_button.click()
    panic = shell.panic_dialog
    assert panic is not None
    panic.hold_button.held.emit()
    assert not Vault.exists(vault_folder)
    assert isinstance(shell.dialog, FirstRunDialog)


# --- duress and unlock limit through Settings ---------------------------------------------------


@pytest.mark.keystore
def test_duress_set_in_settings_opens_an_ordinary_empty_vault(
    qtbot, shell, made_vault, vault_folder
):
    shell.start()
    unlock(qtbot, shell)
    wait_for_cases(qtbot, shell, "1 case")
    border = shell.window.settings_page.border
    assert border.isEnabled()
    border.duress.setText(DURESS)
    border.duress_repeat.setText(DURESS + "x")
    border.set_duress_button.click()
    assert border.outcome.text() == "The two duress passphrases differ."
    border.duress.setText(PASSPHRASE)
    border.duress_repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(border.refused, timeout=30_000) as refused:
        border.set_duress_button.click()
    assert refused.args[0].startswith("The duress passphrase must differ")
    border.duress.setText(DURESS)
    border.duress_repeat.setText(DURESS)
    with qtbot.waitSignal(border.changed, timeout=30_000):
        border.set_duress_button.click()
    assert border.duress.text() == "" and border.duress_repeat.text() == ""
    shell.lock()
    unlock(qtbot, shell, DURESS)
    wait_for_cases(qtbot, shell, "0 cases")
    assert shell.window.dashboard.security.values  # the ordinary main window
    shell.lock()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    with qtbot.waitSignal(dialog.unlock_failed, timeout=30_000) as failed:
        dialog.secret.setText(PASSPHRASE)
        dialog.unlock()
    assert failed.args[0].startswith("The passphrase or recovery code is wrong")


@pytest.mark.keystore
def test_duress_can_be_removed_again(qtbot, shell, made_vault, vault_folder, keystore):
    shell.start()
    unlock(qtbot, shell)
    border = shell.window.settings_page.border
    border.duress.setText(DURESS)
    border.duress_repeat.setText(DURESS)
    with qtbot.waitSignal(border.changed, timeout=30_000):
        border.set_duress_button.click()
    with qtbot.waitSignal(border.changed, timeout=30_000):
        border.clear_duress_button.click()
    shell.lock()
    dialog = shell.dialog
    with qtbot.waitSignal(dialog.unlock_failed, timeout=30_000):
        dialog.secret.setText(DURESS)
        dialog.unlock()
    assert Vault.exists(vault_folder)


@pytest.mark.keystore
def test_unlock_limit_set_in_settings_wipes_and_shows_first_run(
    qtbot, shell, made_vault, vault_folder
):
    shell.start()
    unlock(qtbot, shell)
    border = shell.window.settings_page.border
    qtbot.waitUntil(lambda: not border.limit.isEnabled())  # off by default, read from vault
    assert not border.limit_on.isChecked()
    border.limit_on.setChecked(True)
    border.limit.setValue(1)  # below the minimum: the spin box keeps it at 3
    assert border.limit.value() == 3
    with qtbot.waitSignal(border.changed, timeout=30_000) as saved:
        border.save_limit_button.click()
    assert saved.args[0] == "3 failed unlocks in a row will wipe the vault."
    assert unlock_limit.read_limit(vault_folder) == unlock_limit.UnlockLimit(3)
    shell.lock()
    for attempt in range(3):
        dialog = shell.dialog
        assert isinstance(dialog, UnlockDialog), attempt
        with qtbot.waitSignal(dialog.unlock_failed, timeout=30_000) as failed:
            dialog.secret.setText(WRONG)
            dialog.unlock()
        assert failed.args[0] == "The passphrase or recovery code is wrong; nothing was changed."
    assert not Vault.exists(vault_folder)
    first_run = shell.dialog
    assert isinstance(first_run, FirstRunDialog)
    assert first_run.problem.text() == failed.args[0]


@pytest.mark.keystore
def test_switching_the_limit_off_again(qtbot, shell, made_vault, vault_folder):
    unlock_limit.set_limit(vault_folder, 5)
    shell.start()
    unlock(qtbot, shell)
    border = shell.window.settings_page.border
    qtbot.waitUntil(lambda: border.limit_on.isChecked())
    assert border.limit.value() == 5
    border.limit_on.setChecked(False)
    with qtbot.waitSignal(border.changed, timeout=30_000) as saved:
        border.save_limit_button.click()
    assert saved.args[0] == "Failed unlocks no longer wipe the vault."
    assert unlock_limit.read_limit(vault_folder) is None


# --- auto-lock -----------------------------------------------------------------------------------


def test_auto_lock_defaults_to_five_minutes():
    assert GuiSettings().auto_lock_minutes == 5
    assert GuiSettings(auto_lock_minutes="x").normalised().auto_lock_minutes == 5  # type: ignore[arg-type]


def emit_screen_saver(active: bool, interface: str) -> None:
    """A fake screen saver on the test's private session bus, from its own connection."""
    bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "fake-screensaver")
    assert bus.isConnected()
    path = "/" + interface.replace(".", "/")
    message = QDBusMessage.createSignal(path, interface, "ActiveChanged")
    message.setArguments([active])
    assert bus.send(message)


needs_session_bus = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="needs the private session bus of tests/keyring-session.sh",
)


@needs_session_bus
@pytest.mark.parametrize("interface", SCREEN_SAVERS)
def test_screen_lock_on_the_session_bus_is_heard(qtbot, owner, qapp, interface):
    watcher = SystemLockWatcher(qapp, parent=owner)
    assert interface in watcher.listening
    heard: list[str] = []
    watcher.lock_now.connect(heard.append)
    emit_screen_saver(False, interface)  # the screen saver going away locks nothing
    with qtbot.waitSignal(watcher.lock_now, timeout=10_000):
        emit_screen_saver(True, interface)
    assert heard == ["screen_locked"]
    watcher.stop()
    assert watcher.listening == []


@needs_session_bus
@pytest.mark.keystore
def test_the_screen_locking_locks_the_vault(qtbot, shell, made_vault):
    shell.start()
    unlock(qtbot, shell)
    with qtbot.waitSignal(shell.db.locked, timeout=10_000):
        emit_screen_saver(True, SCREEN_SAVERS[0])
    assert shell.window is None and isinstance(shell.dialog, UnlockDialog)


def test_being_suspended_by_the_platform_locks(qtbot, owner, qapp):
    watcher = SystemLockWatcher(qapp, parent=owner)
    heard: list[str] = []
    watcher.lock_now.connect(heard.append)
    watcher._state_changed(Qt.ApplicationState.ApplicationInactive)
    watcher._state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert heard == ["app_state"]
    watcher.stop()


# --- clipboard -------------------------------------------------------------------------------


@pytest.fixture
def clipboard(qapp):
    board = qapp.clipboard()
    board.clear()
    yield board
    board.clear()


def test_copied_text_is_cleared_when_the_time_is_up(qtbot, owner, clipboard):
    guard = ClipboardGuard(clipboard, 30, parent=owner)
    guard.copy("Канарейкин, passport 4509 123456")
    assert clipboard.text() == "Канарейкин, passport 4509 123456"
    assert guard.timer.isActive() and guard.timer.interval() == 30_000
    with qtbot.waitSignal(guard.cleared):
        guard.timer.timeout.emit()
    assert clipboard.text() == ""


def test_what_someone_copied_afterwards_is_left_alone(qtbot, owner, clipboard):
    guard = ClipboardGuard(clipboard, 30, parent=owner)
    guard.copy("secret value")
    guard.set_seconds(5)
    clipboard.setText("the user's own text")  # offscreen: as if typed into another field
    guard.copy("secret value")
    clipboard.setText("")
    assert not guard.clear_if_ours() and clipboard.text() == ""
    guard.copy("secret value")
    assert guard.timer.interval() == 5_000
    guard._ours = b"\x00" * 32  # the clipboard now holds something that is not our copy
    assert not guard.clear_if_ours()
    assert clipboard.text() == "secret value"


def test_ctrl_c_in_a_field_arms_the_timer_too(qtbot, owner, clipboard):
    guard = ClipboardGuard(clipboard, 12, parent=owner)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setText("+7 701 555 0101")
    field.selectAll()
    field.copy()
    assert guard.holds_our_copy and guard.timer.interval() == 12_000
    assert guard.clear_if_ours() and clipboard.text() == ""


def test_empty_and_odd_text(qtbot, owner, clipboard):
    guard = ClipboardGuard(clipboard, 30, parent=owner)
    guard.copy("")
    assert not guard.timer.isActive()
    for text in ["\u0000", "x" * 100_000, "\ud800", "emoji 🙂 and ё"]:
        guard.copy(text)
        assert guard.timer.isActive()
        guard.clear_if_ours()
        assert clipboard.text() == ""


@pytest.mark.keystore
def test_copy_field_goes_through_the_guard_and_lock_clears_it(qtbot, shell, made_vault, qapp):
    shell.start()
    unlock(qtbot, shell)
    window = shell.window
    field = QLineEdit(window)
    field.setText("Канарейкин")
    assert focused_field_text(field) == "Канарейкин"
    window.copy_requested.emit(focused_field_text(field))
    assert qapp.clipboard().text() == "Канарейкин" and shell.clipboard.timer.isActive()
    assert window.copy_action in window.toolbar.actions()
    assert shell.clipboard.seconds == shell.settings.clipboard_seconds
    shell.lock()
    assert qapp.clipboard().text() == ""


# --- camouflage and Qt's own files ---------------------------------------------------------------


@pytest.mark.keystore
def test_camouflage_switches_title_and_icon_live_and_survives_language_changes(
    qtbot, shell, made_vault, compiled_translations, qapp
):
    shell.translations = compiled_translations
    shell.start()
    unlock(qtbot, shell)
    window = shell.window
    plain_icon = qapp.windowIcon().cacheKey()
    assert window.windowTitle() == "Satchel"
    window.settings_page.camouflage.setChecked(True)
    assert window.windowTitle() == "Notes"
    assert qapp.windowIcon().cacheKey() != plain_icon and not qapp.windowIcon().isNull()
    window.settings_page.language.setCurrentIndex(window.settings_page.language.findData("ru"))
    assert window.windowTitle() == "Заметки"
    shell.lock()
    assert shell.dialog.windowTitle() == "Заметки"
    assert load_settings(shell._settings_file).camouflage is True
    unlock(qtbot, shell)
    shell.window.settings_page.camouflage.setChecked(False)
    assert shell.window.windowTitle() == "Satchel"
    shell.window.settings_page.language.setCurrentIndex(0)


def test_settings_file_camouflage_is_strict(tmp_path):
    path = tmp_path / "desktop.json"
    for raw, expected in [('{"camouflage": true}', True), ('{"camouflage": 1}', False),
                          ('{"camouflage": "yes"}', False), ("{}", False)]:  # fmt: skip
        path.write_text(raw)
        assert load_settings(path).camouflage is expected


def test_qt_user_settings_go_nowhere(shell):
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt_settings.setValue("FileDialog/lastVisited", "file:///home/someone/Канарейкин")
    qt_settings.sync()
    assert qt_settings.status() == QSettings.Status.AccessError
    assert not Path(qt_settings.fileName()).exists()
    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DisableShaderDiskCache)
