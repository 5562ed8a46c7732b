"""First run: create the vault, then show the recovery code once and make sure it was copied.

Two pages in one dialog. On the first the user chooses a passphrase (twice, with a strength
hint); the vault is then created on the database thread, which also tunes the key
derivation to this computer (a few seconds, so the window shows that it is working). On the
second page the recovery code is shown exactly once, in large letters, never on the
clipboard; "Continue" stays disabled until the user ticks "I have written it down" and
types the code's last group from their copy. Then ``vault_ready`` is emitted and the code
is forgotten by the dialog.

Tests drive the dialog through its widgets and signals; it is shown with ``open()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.keystore import Keystore
from app.vault import MIN_PASSPHRASE_CHARS, Vault
from crypto.kdf import KdfParams
from ui.i18n import is_language_change
from ui.messages import user_sentence
from ui.strength import Strength, strength
from ui.tasks import DatabaseThread


class FirstRunDialog(QDialog):
    """Create a vault in ``folder``; ``vault_ready`` once it is open and the code was copied."""

    vault_ready = Signal()

    def __init__(
        self,
        db: DatabaseThread,
        folder: Path,
        keystore: Keystore,
        *,
        parent: QWidget | None,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._folder = folder
        self._keystore = keystore
        self._kdf = kdf  # None in production: calibrate on this computer
        self._last_group = ""
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_passphrase_page())
        self.pages.addWidget(self._build_recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate()
        self._update_create_button()

    # --- page 1: the passphrase ----------------------------------------------------------

    def _build_passphrase_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit(page)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(page)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_hint = QLabel(page)
        self.strength_hint.setWordWrap(True)
        self.problem = QLabel(page)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.create_button = QPushButton(page)
        self.create_button.setDefault(True)
        self._passphrase_label = QLabel(page)
        self._repeat_label = QLabel(page)
        form = QFormLayout()
        form.addRow(self._passphrase_label, self.passphrase)
        form.addRow(self._repeat_label, self.repeat)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        for widget in (self.strength_hint, self.problem, self.busy, self.create_button):
            layout.addWidget(widget)
        self.passphrase.textChanged.connect(self._update_create_button)
        self.repeat.textChanged.connect(self._update_create_button)
        self.create_button.clicked.connect(self.create_vault)
        return page

    def _update_create_button(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        self.strength_hint.setText(self._strength_sentence(strength(first)))
        ready = len(first) >= MIN_PASSPHRASE_CHARS and first == second
        self.create_button.setEnabled(ready and not self.busy.isVisible())
        if second and first != second and len(second) >= len(first):
            self.problem.setText(self.tr("The two passphrases differ."))
        else:
            self.problem.clear()

    def _strength_sentence(self, level: Strength) -> str:
        if level is Strength.TOO_SHORT:
            return self.tr("Too short: use at least %n characters.", "", MIN_PASSPHRASE_CHARS)
        if level is Strength.WEAK:
            return self.tr("Weak: easy to guess. Use several unrelated words.")
        if level is Strength.FAIR:
            return self.tr("Fair: longer is better; add another word or two.")
        return self.tr("Strong.")

    def create_vault(self) -> None:
        """Create the vault on the database thread; the window keeps responding meanwhile."""
        passphrase = self.passphrase.text()
        if len(passphrase) < MIN_PASSPHRASE_CHARS or passphrase != self.repeat.text():
            return
        folder, keystore, kdf = self._folder, self._keystore, self._kdf

        def create() -> tuple[Vault, str]:
            return Vault.create(folder, passphrase, keystore=keystore, kdf=kdf)

        self._set_busy(True)
        task = self._db.open_vault(create, parent=self)
        task.success(self._show_recovery_code).failure(self._creation_failed)
        task.run_in_background()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.repeat):
            widget.setEnabled(not busy)
        self._update_create_button()

    def _creation_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.problem.setText(user_sentence(error))

    # --- page 2: the recovery code -------------------------------------------------------

    def _build_recovery_page(self) -> QWidget:
        page = QWidget(self)
        self.code_intro = QLabel(page)
        self.code_intro.setWordWrap(True)
        self.code = QLabel(page)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.written_down = QCheckBox(page)
        self._last_group_label = QLabel(page)
        self._last_group_label.setWordWrap(True)
        self.last_group = QLineEdit(page)
        self.last_group.setMaxLength(9)
        self.continue_button = QPushButton(page)
        self.continue_button.setEnabled(False)
        layout = QVBoxLayout(page)
        for widget in (
            self.code_intro,
            self.code,
            self.written_down,
            self._last_group_label,
            self.last_group,
            self.continue_button,
        ):
            layout.addWidget(widget)
        self.written_down.toggled.connect(self._update_continue_button)
        self.last_group.textChanged.connect(self._update_continue_button)
        self.continue_button.clicked.connect(self.finish)
        return page

    def _show_recovery_code(self, recovery_code: Any) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self._set_busy(False)
        code = str(recovery_code)
        self._last_group = code.rsplit("-", 1)[-1]
        self.code.setText(code)
        self.pages.setCurrentIndex(1)
        self.last_group.setFocus()

    def _update_continue_button(self) -> None:
        typed = self.last_group.text().strip().upper().replace("O", "0")
        typed = typed.replace("I", "1").replace("L", "1")
        matches = bool(self._last_group) and typed == self._last_group
        self.continue_button.setEnabled(matches and self.written_down.isChecked())

    def finish(self) -> None:
        """Forget the code and hand over to the main window."""
        if not self.continue_button.isEnabled():
            return
        self.code.clear()
        self._last_group = ""
        self.last_group.clear()
        self.vault_ready.emit()
        self.accept()

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create your Satchel vault"))
        self.intro.setText(
            self.tr(
                "Satchel keeps your cases in an encrypted vault on this computer. Choose a "
                "passphrase: a phrase of several words you will remember. Without it or the "
                "recovery code nobody can open the vault, including you."
            )
        )
        self._passphrase_label.setText(self.tr("Passphrase:"))
        self._repeat_label.setText(self.tr("The same passphrase again:"))
        self.create_button.setText(self.tr("Create vault"))
        self.busy.setFormat(self.tr("Creating the vault…"))
        self.code_intro.setText(
            self.tr(
                "This is your recovery code. It is shown only this once. Write it on paper and "
                "keep it apart from the laptop: it opens the vault if you forget the "
                "passphrase or move to a new computer."
            )
        )
        self.written_down.setText(self.tr("I have written the recovery code down"))
        self._last_group_label.setText(
            self.tr("To confirm, type the last group of the code from your paper copy:")
        )
        self.continue_button.setText(self.tr("Continue"))
        self._update_create_button()
