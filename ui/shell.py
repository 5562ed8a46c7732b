"""The desktop app's life cycle: first run or unlock, the main window, lock, auto-lock.

The shell owns the database thread, the translator and whichever top-level window is up.
Locking (Ctrl+L, or the idle timer) locks the vault on its thread, drops the main window
with every case widget and model in it, and shows the unlock dialog again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.keystore import Keystore
from app.vault import SecurityStatus, Vault
from crypto.kdf import KdfParams
from ui.first_run import FirstRunDialog
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.messages import user_sentence
from ui.settings import GuiSettings, load_settings, save_settings
from ui.tasks import DatabaseThread, VaultTask
from ui.unlock import UnlockDialog

_USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


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
        self.auto_lock = QTimer(self)
        self.auto_lock.setSingleShot(True)
        self.auto_lock.timeout.connect(self.lock)
        self.db.unhandled_failure.connect(self._show_failure)
        app.installEventFilter(self)

    def start(self) -> None:
        self.translations.switch(self.settings.language)
        if Vault.exists(self.folder):
            self._show_unlock()
        else:
            dialog = FirstRunDialog(
                self.db, self.folder, self._keystore, parent=None, kdf=self._kdf
            )
            dialog.vault_ready.connect(self._after_first_run)
            self._show_dialog(dialog)

    def shutdown(self) -> None:
        """Lock the vault and stop its thread (the app is quitting)."""
        self._app.removeEventFilter(self)
        self.auto_lock.stop()
        if self.window is not None and self.db.is_running():
            self.window.save_before_leaving()  # queued before the lock that stop() adds
        self.db.stop()

    # --- windows ---------------------------------------------------------------------------

    def _show_dialog(self, dialog: QDialog) -> None:
        old, self.dialog = self.dialog, dialog
        dialog.rejected.connect(self._app.quit)
        dialog.open()
        if old is not None:
            old.rejected.disconnect(self._app.quit)
            old.deleteLater()

    def _show_unlock(self) -> None:
        dialog = UnlockDialog(self.db, self.folder, self._keystore, parent=None)
        dialog.unlocked.connect(self._show_main_window)
        self._show_dialog(dialog)

    def _after_first_run(self) -> None:
        task = VaultTask(self.db, lambda vault: vault.security_status(), parent=self)
        task.success(self._show_main_window).failure(self._show_failure).run_in_background()

    def _show_main_window(self, status: SecurityStatus) -> None:
        window = MainWindow(self.db, status, self.settings)
        window.lock_requested.connect(self.lock)
        window.settings_page.settings_changed.connect(self.apply_settings)
        window.cases.apply_filters()
        window.dashboard.refresh()
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
        if self.window is None:
            return
        self.window.save_before_leaving()  # queued first: the thread runs jobs in order
        self.db.lock_vault(parent=self).failure(self._show_failure).run_in_background()
        window, self.window = self.window, None
        self._show_unlock()
        window.hide()
        window.deleteLater()

    # --- settings and auto-lock --------------------------------------------------------------

    def apply_settings(self, settings: GuiSettings) -> None:
        language_changed = settings.language != self.settings.language
        self.settings = settings.normalised()
        if language_changed:
            self.translations.switch(self.settings.language)
        self._restart_auto_lock()
        try:
            save_settings(self._settings_file, self.settings)
        except OSError as error:
            self._show_failure(error)

    def _restart_auto_lock(self) -> None:
        if self.window is not None:
            self.auto_lock.start(self.settings.auto_lock_minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT and self.window is not None:
            self._restart_auto_lock()
        return False

    def _show_failure(self, error: BaseException) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(user_sentence(error))
