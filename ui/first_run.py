"""First run: create the vault, then show the recovery code once and make sure it was copied.

Two pages in one dialog. On the first the user chooses a passphrase (twice, with a strength
hint); the vault is then created on the database thread, which also tunes the key
derivation to this computer (a few seconds, so the window shows that it is working). On the
second page the recovery code is shown exactly once, in large letters, never on the
clipboard; "Continue" stays disabled until the user ticks "I have written it down" and
types the code's last group from their copy. Then ``vault_ready`` is emitted and the code
is forgotten by the dialog. The recovery page is :class:`ui.recovery_code.RecoveryCodePage`,
which the restore dialog shows too; "Restore from a border bundle…" on the first page opens
that dialog (:mod:`ui.restore_dialog`) instead of creating an empty vault.

Tests drive the dialog through its widgets and signals; it is shown with ``open()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP, SatchelError
from app.exchange.identity import VaultIdentity, clean_name
from app.vault import MIN_PASSPHRASE_CHARS, Vault
from app.vault.keystore import Keystore
from crypto.kdf import KdfParams
from ui.i18n import LANGUAGES, SOURCE_LANGUAGE, is_language_change
from ui.messages import user_sentence
from ui.recovery_code import RecoveryCodePage
from ui.restore_dialog import RestoreDialog
from ui.strength import Strength, strength
from ui.tasks import DatabaseThread
from ui.widgets import keep_place_when_hidden, problem_label, secret_field, show_sentence

VAULT_NAME = QT_TRANSLATE_NOOP("Core", "The vault's name")  # as app.exchange.identity names it
WINDOW_MIN_WIDTH = 620
"""Wide enough for the intro, the passphrase fields and a long title in any language."""


class FirstRunDialog(QDialog):
    """Create a vault in ``folder``; ``vault_ready`` once it is open and the code was copied."""

    vault_ready = Signal()
    language_chosen = Signal(str)  # a code from ui.i18n.LANGUAGES; the shell switches to it

    def __init__(
        self,
        db: DatabaseThread,
        folder: Path,
        keystore: Keystore,
        *,
        parent: QWidget | None,
        kdf: KdfParams | None = None,
        languages: list[str] | None = None,
        language: str = SOURCE_LANGUAGE,
    ) -> None:
        super().__init__(parent)
        self._languages = languages if languages is not None else list(LANGUAGES)
        self._language = language
        self._db = db
        self._folder = folder
        self._keystore = keystore
        self._kdf = kdf  # None in production: calibrate on this computer
        self.restore_dialog: RestoreDialog | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_passphrase_page())
        self.pages.addWidget(self._build_recovery_page())
        self.pages.addWidget(self._build_opening_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(WINDOW_MIN_WIDTH)
        self.retranslate()
        self._update_create_button()

    # --- page 1: the passphrase ----------------------------------------------------------

    def _build_language_row(self, page: QWidget) -> QHBoxLayout:
        """The language, first: every later word on screen is in it."""
        self.language = QComboBox(page)
        for code in self._languages:
            self.language.addItem(LANGUAGES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._language)))
        self.language.currentIndexChanged.connect(
            lambda _index: self.language_chosen.emit(str(self.language.currentData()))
        )
        self._language_label = QLabel(page)
        self._language_label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._language_label)
        row.addWidget(self.language)
        return row

    def _build_passphrase_page(self) -> QWidget:
        page = QWidget(self)
        self.welcome = QLabel(page)
        self.welcome.setWordWrap(True)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.organisation = QLineEdit(page)
        self.organisation.setMaxLength(80)
        self.passphrase = secret_field(page)
        self.repeat = secret_field(page)
        self.strength_hint = QLabel(page)
        self.strength_hint.setWordWrap(True)
        self.problem = problem_label(page)
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)
        keep_place_when_hidden(self.busy)
        self.busy.hide()
        self.create_button = QPushButton(page)
        self.create_button.setDefault(True)
        self.restore_button = QPushButton(page)
        self.restore_button.setAutoDefault(False)
        self._organisation_label = QLabel(page)
        self._organisation_label.setBuddy(self.organisation)
        self._passphrase_label = QLabel(page)
        self._repeat_label = QLabel(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._organisation_label, self.organisation)
        form.addRow(self._passphrase_label, self.passphrase)
        form.addRow(self._repeat_label, self.repeat)
        layout = QVBoxLayout(page)
        layout.addLayout(self._build_language_row(page))
        layout.addWidget(self.welcome)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        for widget in (self.strength_hint, self.problem, self.busy, self.create_button):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.restore_button)
        self.passphrase.textChanged.connect(self._update_create_button)
        self.repeat.textChanged.connect(self._update_create_button)
        self.create_button.clicked.connect(self.create_vault)
        self.restore_button.clicked.connect(self.restore_from_border)
        return page

    def _update_create_button(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        self._show_strength()
        ready = len(first) >= MIN_PASSPHRASE_CHARS and first == second
        self.create_button.setEnabled(ready and not self.busy.isVisible())
        if second and first != second and len(second) >= len(first):
            show_sentence(self.problem, lambda: self.tr("The two passphrases differ."))
        else:
            self.problem.clear()

    def _show_strength(self) -> None:
        self.strength_hint.setText(self._strength_sentence(strength(self.passphrase.text())))

    def _strength_sentence(self, level: Strength) -> str:
        if level is Strength.TOO_SHORT:
            return self.tr("Too short: use at least %Ln characters.", "", MIN_PASSPHRASE_CHARS)
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
        organisation = self.organisation.text().strip()
        if organisation:
            try:  # checked before anything is created: a refused name creates nothing
                organisation = clean_name(organisation, VAULT_NAME)
            except SatchelError as error:
                refusal = error  # the name "error" is gone once the except block ends
                show_sentence(self.problem, lambda: user_sentence(refusal))
                return

        def create() -> tuple[Vault, str]:
            vault, code = Vault.create(folder, passphrase, keystore=keystore, kdf=kdf)
            if organisation:  # the name partners see on this vault's contact card
                VaultIdentity.rename(vault.store, organisation)
            return vault, code

        self._set_busy(True)
        task = self._db.open_vault(create, parent=self)
        task.success(self._show_recovery_code).failure(self._creation_failed)
        task.run_in_background()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.organisation, self.passphrase, self.repeat, self.restore_button):
            widget.setEnabled(not busy)
        self._update_create_button()

    def _creation_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_sentence(self.problem, lambda: user_sentence(error))

    # --- page 2: the recovery code -------------------------------------------------------

    def _build_recovery_page(self) -> QWidget:
        self.recovery = RecoveryCodePage(parent=self)
        self.recovery.confirmed.connect(self._recovery_confirmed)
        # The page's widgets under their old names: tests and the shell's callers use them.
        self.code = self.recovery.code
        self.written_down = self.recovery.written_down
        self.last_group = self.recovery.last_group
        self.continue_button = self.recovery.continue_button
        return self.recovery

    def _show_recovery_code(self, recovery_code: Any) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self._set_busy(False)
        self.recovery.show_code(str(recovery_code))
        self.pages.setCurrentIndex(1)

    def finish(self) -> None:
        """Forget the code and hand over to the main window."""
        self.recovery.finish()

    def _recovery_confirmed(self) -> None:
        """Say the vault is ready, and stay on screen until the main window replaces us.

        This dialog is the only window. Closing it here, while the main window still waits
        for the database thread, would leave no window at all, and Qt would quit: the app
        vanished silently whenever that thread was slower than the event loop. The shell
        hides this dialog once the main window is up, or shows here why it is not.
        """
        self.opening_problem.clear()
        self.opening_busy.show()
        self.pages.setCurrentIndex(2)
        self.vault_ready.emit()

    # --- page 3: opening the main window ---------------------------------------------------

    def _build_opening_page(self) -> QWidget:
        page = QWidget(self)
        self.opening_label = QLabel(page)
        self.opening_label.setWordWrap(True)
        self.opening_busy = QProgressBar(page)
        self.opening_busy.setRange(0, 0)
        self.opening_busy.setTextVisible(False)
        self.opening_problem = problem_label(page)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (self.opening_label, self.opening_busy, self.opening_problem):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def opening_failed(self, sentence: str) -> None:
        """The vault was made but the main window could not open: say why, here."""
        self.opening_busy.hide()
        self.opening_problem.setText(sentence)

    # --- restoring from a border bundle ----------------------------------------------------

    def restore_from_border(self) -> RestoreDialog:
        """Rebuild the vault from a border bundle instead; the vault opens once it is back."""
        dialog = RestoreDialog(self._db, self._folder, self._keystore, parent=self, kdf=self._kdf)
        dialog.restored.connect(self._recovery_confirmed)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create your Satchel vault"))
        self._language_label.setText(self.tr("&Language:"))
        self.welcome.setText(self.tr("<h2>Welcome to Satchel</h2>"))
        self.intro.setText(
            self.tr(
                "Satchel keeps your cases in an encrypted vault on this computer. Choose a "
                "passphrase: a phrase of several words you will remember. Without it or the "
                "recovery code nobody can open the vault, including you."
            )
        )
        self._organisation_label.setText(self.tr("Your organisation:"))
        self.organisation.setPlaceholderText(self.tr("as partners will see it on your card"))
        self._passphrase_label.setText(self.tr("Passphrase:"))
        self._repeat_label.setText(self.tr("The same passphrase again:"))
        self.create_button.setText(self.tr("Create vault"))
        self.busy.setFormat(self.tr("Creating the vault…"))
        self.restore_button.setText(self.tr("Restore from a border bundle…"))
        self.opening_label.setText(self.tr("Opening your vault…"))
        self.restore_button.setToolTip(
            self.tr("After a trip: rebuild the vault from a border bundle and its border code")
        )
        self._show_strength()  # what the problem line says follows the switch by itself
