"""The desktop app's life cycle: first run or unlock, the main window, lock, panic.

The shell owns the database thread, the translator, the clipboard guard and whichever
top-level window is up. Locking (Ctrl+L, the idle timer, the system going to sleep or
locking its screen) locks the vault on its thread, drops the main window with every case
widget and model in it, clears the clipboard if it still holds what Satchel copied, and
shows the unlock dialog again. Panic (Ctrl+Shift+Delete, held button) crypto-erases the
vault at once and starts over as on a fresh install.

Qt itself must leave no traces either: its shader cache is off, and its own user settings
(where the file dialog remembers the last folder and its history) are sent to a place that
cannot exist, so they are never written; see :func:`keep_qt_traces_off`.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.vault import SecurityStatus, Vault
from app.vault.keystore import Keystore
from app.vault.paths import app_traces
from app.vault.wipe import WipeReport, panic_wipe
from crypto.kdf import KdfParams
from ui.clipboard import ClipboardGuard
from ui.first_run import FirstRunDialog
from ui.i18n import Translations, system_language
from ui.main_window import MainWindow
from ui.messages import user_sentence
from ui.panic import PanicDialog
from ui.settings import GuiSettings, load_settings, save_settings, saved_language
from ui.system_lock import SystemLockWatcher
from ui.tasks import DatabaseThread, VaultTask
from ui.theme import apply_theme
from ui.unlock import UnlockDialog
from ui.widgets import show_sentence

_USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def keep_qt_traces_off() -> None:
    """Stop Qt from writing its own files: the shader cache and its user settings.

    Qt's file dialog saves the last folder and a folder history in Qt's user settings
    (``QtProject.conf`` on Linux). Those settings are pointed at a folder inside the Python
    executable's *file*, which can never be created, so nothing is written. Windows and
    macOS keep those settings in the registry and in preferences, which cannot be
    redirected; :func:`forget_file_dialog_history` deletes them at lock and exit there.
    """
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DisableShaderDiskCache, True)
    nowhere = str(Path(sys.executable or __file__).resolve() / "qt-settings")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, nowhere)


def forget_file_dialog_history() -> None:
    """Delete what Qt's file dialog remembered (last folder, history), wherever it is kept."""
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt_settings.remove("FileDialog")
    qt_settings.sync()


class SatchelShell(QObject):
    """Everything between start and exit; ``start()`` shows the first window."""

    def __init__(
        self,
        app: QApplication,
        folder: Path,
        *,
        keystore: Keystore,
        settings_file: Path,
        translations_folder: Path | None = None,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(app)
        keep_qt_traces_off()
        # Windows replace each other here (first run, unlock, main window, panic): for a
        # moment none may be visible, and Qt must not take that for the user quitting.
        # The app quits when the user closes the main window or cancels the first dialog.
        app.setQuitOnLastWindowClosed(False)
        apply_theme(app)
        self._app = app
        self.folder = folder
        self._keystore = keystore
        self._settings_file = settings_file
        self._kdf = kdf  # None in production: calibrated when the vault is created
        self.settings = load_settings(settings_file)
        self.db = DatabaseThread(self)
        self.translations = Translations(self, translations_folder)
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None
        self.panic_dialog: PanicDialog | None = None
        self.auto_lock = QTimer(self)
        self.auto_lock.setSingleShot(True)
        self.auto_lock.timeout.connect(self.lock)
        self.clipboard = ClipboardGuard(
            app.clipboard(), self.settings.clipboard_seconds, parent=self
        )
        self.system_lock = SystemLockWatcher(app, parent=self)
        self.system_lock.lock_now.connect(lambda _reason: self.lock())
        self.db.unhandled_failure.connect(self._show_failure)
        app.installEventFilter(self)

    def start(self) -> None:
        if saved_language(self._settings_file) is None:
            # A first start (or a settings file that names no language, damaged, from
            # elsewhere): speak the system's language rather than English.
            language = system_language(self.translations.available())
            self.settings = replace(self.settings, language=language)
        self.translations.switch(self.settings.language)
        self._apply_camouflage()
        try:
            exists = Vault.exists(self.folder)
        except OSError:  # the folder may not be looked into: unlocking says why
            exists = True
        if exists:
            self._show_unlock()
        else:
            self._show_first_run()

    def shutdown(self) -> None:
        """Lock the vault and stop its thread (the app is quitting)."""
        self._app.removeEventFilter(self)
        self.auto_lock.stop()
        self.system_lock.stop()
        self.clipboard.clear_if_ours()
        if self.window is not None and self.db.is_running():
            self.window.save_before_leaving()  # queued before the lock that stop() adds
        self.db.stop()
        forget_file_dialog_history()

    # --- windows ---------------------------------------------------------------------------

    def _show_dialog(self, dialog: QDialog) -> None:
        old, self.dialog = self.dialog, dialog
        self._dress(dialog)
        dialog.rejected.connect(self._app.quit)
        dialog.open()
        if old is not None:
            old.rejected.disconnect(self._app.quit)
            old.hide()
            old.deleteLater()

    def _show_first_run(self, problem: Callable[[], str] | None = None) -> None:
        dialog = FirstRunDialog(
            self.db, self.folder, self._keystore, parent=None, kdf=self._kdf,
            languages=self.translations.available(), language=self.translations.language,
        )  # fmt: skip
        dialog.vault_ready.connect(self._after_first_run)
        dialog.language_chosen.connect(self._language_chosen)
        if problem is not None:
            show_sentence(dialog.problem, problem)
        self._show_dialog(dialog)

    def _show_unlock(self) -> None:
        dialog = UnlockDialog(
            self.db, self.folder, self._keystore, parent=None,
            languages=self.translations.available(), language=self.translations.language,
        )  # fmt: skip
        dialog.language_chosen.connect(self._language_chosen)
        dialog.unlocked.connect(self._show_main_window)
        dialog.vault_wiped.connect(self._after_limit_wipe)
        dialog.panic_requested.connect(self.confirm_panic)
        self._show_dialog(dialog)

    def _language_chosen(self, language: str) -> None:
        """The language picked on the first-run or unlock dialog: used from now on, and kept."""
        self.apply_settings(replace(self.settings, language=language))

    def _after_limit_wipe(self, error: BaseException) -> None:
        """The last allowed wrong passphrase wiped the vault: start over, say nothing more."""
        self._show_first_run(problem=lambda: user_sentence(error))

    def _after_first_run(self) -> None:
        """The new vault is open: the main window replaces the first-run dialog.

        The dialog stays on screen until then (see ``FirstRunDialog._recovery_confirmed``)
        and says why if the main window cannot open.
        """
        dialog = self.dialog
        task = VaultTask(self.db, lambda vault: vault.security_status(), parent=self)
        task.success(self._show_main_window)
        if isinstance(dialog, FirstRunDialog):
            task.failure(lambda error: dialog.opening_failed(user_sentence(error)))
        else:
            task.failure(self._show_failure)
        task.run_in_background()

    def _show_main_window(self, status: SecurityStatus) -> None:
        window = MainWindow(self.db, status, self.settings)
        window.lock_requested.connect(self.lock)
        window.panic_requested.connect(self.confirm_panic)
        window.copy_requested.connect(self.clipboard.copy)
        window.settings_page.settings_changed.connect(self.apply_settings)
        window.settings_page.attach_vault(self.db)
        window.closed_by_user.connect(self._app.quit)
        window.cases.apply_filters()
        window.dashboard.refresh()
        self._dress(window)
        window.show()
        self.window = window
        if self.dialog is not None:
            self.dialog.rejected.disconnect(self._app.quit)
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self._restart_auto_lock()

    def lock(self) -> None:
        """Lock now: close the vault on its thread, drop the window, ask to unlock again."""
        self.auto_lock.stop()
        self.clipboard.clear_if_ours()
        if self.window is None:
            return
        self.window.save_before_leaving()  # queued first: the thread runs jobs in order
        self.db.lock_vault(parent=self).failure(self._show_failure).run_in_background()
        self._drop_window()
        self._show_unlock()
        forget_file_dialog_history()

    def _drop_window(self) -> None:
        """Hide the main window and let Qt delete it with every case widget and model."""
        window, self.window = self.window, None
        if window is None:
            return
        window.hide()
        window.deleteLater()
        del window
        gc.collect()  # Python objects that held case text go now, not at some later point

    # --- panic -------------------------------------------------------------------------------

    def confirm_panic(self) -> PanicDialog:
        """Ask for the held button; a wipe follows only if it is held long enough."""
        if self.panic_dialog is not None:
            self.panic_dialog.raise_()
            return self.panic_dialog
        parent: QWidget | None = self.window if self.window is not None else self.dialog
        dialog = PanicDialog(parent=parent)
        dialog.confirmed.connect(self.panic)
        dialog.finished.connect(self._panic_dialog_closed)
        self.panic_dialog = dialog
        dialog.open()
        return dialog

    def _panic_dialog_closed(self) -> None:
        dialog, self.panic_dialog = self.panic_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def panic(self) -> WipeReport:
        """Crypto-erase now, then drop everything and start as on a fresh install.

        The key file is destroyed on this thread before anything else happens: the database
        thread may be busy with a long job, and the key must not wait for it. Large files
        are only renamed to the trash here; once that thread has closed the database, it
        deletes the trash and whatever files the closing left behind (on Windows, open
        files cannot be deleted before), and the app waits for it before it exits.
        """
        self.auto_lock.stop()
        self.clipboard.clear_if_ours()
        report = panic_wipe(self.folder, self._keystore, app_traces(), sweep=False)
        with contextlib.suppress(OSError):  # held open elsewhere: the cases still go away
            self._settings_file.unlink(missing_ok=True)
        self._drop_window()
        folder, keystore = self.folder, self._keystore
        self.db.lock_vault(parent=self).run_in_background()
        sweep: VaultTask[WipeReport] = VaultTask(
            self.db, parent=self, make_work=lambda _id: lambda: panic_wipe(folder, keystore)
        )
        sweep.failure(lambda _error: None).run_in_background()
        forget_file_dialog_history()
        # Settings go back to the defaults, except the language: the person at the screen
        # still reads it (it is written again only if they create a vault).
        self.settings = GuiSettings(language=self.translations.language)
        self.clipboard.set_seconds(self.settings.clipboard_seconds)
        self._apply_camouflage()
        self._show_first_run()
        return report

    # --- settings, camouflage and auto-lock --------------------------------------------------

    def apply_settings(self, settings: GuiSettings) -> None:
        language_changed = settings.language != self.settings.language
        self.settings = settings.normalised()
        if language_changed:
            self.translations.switch(self.settings.language)
        self.clipboard.set_seconds(self.settings.clipboard_seconds)
        self._apply_camouflage()
        self._restart_auto_lock()
        try:
            save_settings(self._settings_file, self.settings)
        except OSError as error:
            self._show_failure(error)

    def neutral_title(self) -> str:
        return self.tr("Notes")

    def _dress(self, widget: QWidget) -> None:
        """Keep the window's title neutral while camouflage is on, whatever sets it later."""
        widget.windowTitleChanged.connect(lambda _title, w=widget: self._camouflage_title(w))
        self._camouflage_title(widget)

    def _camouflage_title(self, widget: QWidget) -> None:
        if self.settings.camouflage and widget.windowTitle() != self.neutral_title():
            widget.setWindowTitle(self.neutral_title())

    def _apply_camouflage(self) -> None:
        """Title and icon of every open window follow the setting at once."""
        icon = "neutral.png" if self.settings.camouflage else "satchel.png"
        self._app.setWindowIcon(QIcon(str(ICONS / icon)))
        for widget in (self.window, self.dialog):
            if widget is None:
                continue
            if self.settings.camouflage:
                self._camouflage_title(widget)
            else:
                widget.retranslate()  # type: ignore[union-attr] # every window has one

    def _restart_auto_lock(self) -> None:
        if self.window is not None:
            self.auto_lock.start(self.settings.auto_lock_minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT and self.window is not None:
            self._restart_auto_lock()
        return False

    def _show_failure(self, error: BaseException) -> None:
        if self.window is not None:
            show_sentence(self.window.statusBar(), lambda: user_sentence(error))
        elif isinstance(self.dialog, UnlockDialog):  # the window went with a lock
            show_sentence(self.dialog.problem, lambda: user_sentence(error))
