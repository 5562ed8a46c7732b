"""Unlock: one field that takes the passphrase or the recovery code.

The core tries the text both ways, so the user does not have to say which it is. The key
derivation takes about a second on purpose; it runs on the database thread and the dialog
says it is working. A wrong passphrase gets the core's sentence, in the user's language,
and the field is cleared and focused for another try. Shown with ``open()``; tests drive it
through ``secret``, ``unlock()`` and the ``unlocked`` / ``unlock_failed`` signals.

A vault made by an earlier version is upgraded to the current database format during the
unlock (see ``app.vault.page_migration``); the bar then shows how far it is.

Border safety: a duress passphrase opens a fresh vault exactly like a normal unlock (the
core does the wipe; nothing here may differ). When a failed-unlock limit wiped the vault,
the dialog shows the ordinary wrong-passphrase sentence and emits ``vault_wiped`` so the
shell can start over as on a fresh install. Panic (Ctrl+Shift+Delete, or the small button)
works here too, with the vault locked: no passphrase is needed to destroy it.

The language can be changed here as on the first run (someone else may sit at the laptop
after a lock): ``language_chosen`` asks the shell to switch, which retranslates the dialog
at once and keeps the choice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import WrongPassphraseError
from app.vault import SecurityStatus, Vault
from app.vault.keystore import Keystore
from ui.i18n import LANGUAGES, is_language_change
from ui.messages import user_sentence
from ui.panic import panic_shortcut, panic_tooltip
from ui.tasks import DatabaseThread, Progress
from ui.theme import DANGER_STYLE
from ui.widgets import keep_place_when_hidden, problem_label, secret_field, show_sentence

UNLOCK_MIN_WIDTH = 520
"""Room for the title ("Разблокировать Satchel") and the intro on one or two lines."""


class UnlockDialog(QDialog):
    """Ask for the passphrase or recovery code and open the vault on the database thread."""

    unlocked = Signal(object)  # the vault's SecurityStatus
    unlock_failed = Signal(str)  # the sentence shown
    vault_wiped = Signal(object)  # the failed-unlock limit wiped the vault; the error shown
    panic_requested = Signal()
    language_chosen = Signal(str)  # a code from ui.i18n.LANGUAGES; the shell switches to it

    def __init__(
        self,
        db: DatabaseThread,
        folder: Path,
        keystore: Keystore,
        *,
        parent: QWidget | None,
        languages: list[str] | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._folder = folder
        self._keystore = keystore
        self.language = QComboBox(self)
        for code in languages if languages is not None else list(LANGUAGES):
            self.language.addItem(LANGUAGES[code], code)
        # By default the language on screen (switching sets Qt's default locale to it).
        shown = language or QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(0, self.language.findData(shown)))
        self.language.currentIndexChanged.connect(
            lambda _index: self.language_chosen.emit(str(self.language.currentData()))
        )
        self._language_label = QLabel(self)
        self._language_label.setBuddy(self.language)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.secret = secret_field(self)
        self.problem = problem_label(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        keep_place_when_hidden(self.busy)
        self.busy.hide()
        self.unlock_button = QPushButton(self)
        self.unlock_button.setDefault(True)
        self.panic_button = QPushButton(self)
        self.panic_button.setAutoDefault(False)
        self.panic_button.setStyleSheet(DANGER_STYLE)
        self.panic_button.clicked.connect(self.panic_requested)
        self.panic_shortcut = QShortcut(panic_shortcut(), self)
        self.panic_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.panic_shortcut.activated.connect(self.panic_requested)
        layout = QVBoxLayout(self)
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self._language_label)
        language_row.addWidget(self.language)
        layout.addLayout(language_row)
        for widget in (self.intro, self.secret, self.problem, self.busy, self.unlock_button):
            layout.addWidget(widget)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.panic_button)
        layout.addLayout(corner)
        self.unlock_button.clicked.connect(self.unlock)
        self.secret.returnPressed.connect(self.unlock)
        self.secret.textChanged.connect(self._update_button)
        self.setMinimumWidth(UNLOCK_MIN_WIDTH)
        self.retranslate()
        self._update_button()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(bool(self.secret.text()) and not self.busy.isVisible())

    def unlock(self) -> None:
        """Try the typed secret; answers come back as ``unlocked`` or ``unlock_failed``."""
        secret = self.secret.text()
        if not secret or self.busy.isVisible():
            return
        folder, keystore = self._folder, self._keystore

        def open_vault(progress: Progress) -> tuple[Vault, SecurityStatus]:
            vault = Vault.unlock(folder, secret, keystore=keystore, progress=progress)
            try:
                return vault, vault.security_status()
            except BaseException:
                vault.lock()
                raise

        self._set_busy(True)
        task = self._db.open_vault_reporting(open_vault, parent=self)
        task.on_progress(self._progressed)
        task.success(self._succeeded).failure(self._failed).run_in_background()

    def _progressed(self, done: int, total: int) -> None:
        """A vault made by an earlier version is being upgraded (app.vault.page_migration)."""
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(min(done, total))
        self._show_busy_words()

    def _show_busy_words(self) -> None:
        """ "Opening", or how far the upgrade of an earlier vault's format is (a range)."""
        if self.busy.maximum() > 0:
            self.busy.setFormat(self.tr("Updating the vault's storage format… %p%"))
        else:
            self.busy.setFormat(self.tr("Opening the vault…"))

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.busy.setRange(0, 0)  # the next attempt starts as "opening" again
            self._show_busy_words()
        self.busy.setVisible(busy)
        self.secret.setEnabled(not busy)
        self._update_button()

    def _succeeded(self, status: Any) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.problem.clear()
        self.unlocked.emit(status)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        sentence = user_sentence(error)
        show_sentence(self.problem, lambda: user_sentence(error))
        self.secret.clear()
        self.secret.setFocus()
        self.unlock_failed.emit(sentence)
        if isinstance(error, WrongPassphraseError) and not Vault.exists(self._folder):
            self.vault_wiped.emit(error)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock Satchel"))
        self._language_label.setText(self.tr("&Language:"))
        # Follow a switch made elsewhere (it sets Qt's default locale), without asking again.
        shown = self.language.findData(QLocale().name().split("_")[0])
        if shown >= 0 and shown != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(shown)
            self.language.blockSignals(False)
        self.intro.setText(
            self.tr("Enter your passphrase, or your recovery code, to open the vault.")
        )
        self.secret.setPlaceholderText(self.tr("Passphrase or recovery code"))
        self.unlock_button.setText(self.tr("Unlock"))
        self._show_busy_words()
        self.panic_button.setText(self.tr("Panic"))
        self.panic_button.setToolTip(panic_tooltip())
