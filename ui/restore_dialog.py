"""Restore after a trip: rebuild the vault from a border bundle and its border code.

Offered by the first-run dialog ("Restore from a border bundle…"). The user chooses the
file, types the border code (hidden as it is typed; capitals, spaces and line breaks do not
matter) and a new passphrase twice. ``app.exchange.border.restore_from_border`` then runs on the
database thread with a progress bar: it checks the whole bundle before creating anything,
and either the whole vault comes back or nothing does. A wrong code or an altered file is
one sentence in the user's language, and the folder stays empty.

Then, as at first run, the vault's new recovery code is shown once and must be confirmed
(the old recovery code opens nothing any more); ``restored`` follows and the vault opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
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

from app.exchange.border import restore_from_border
from app.vault import MIN_PASSPHRASE_CHARS, Vault
from app.vault.keystore import Keystore
from crypto.kdf import KdfParams
from ui.border_messages import border_sentence
from ui.file_dialogs import file_to_open
from ui.i18n import is_language_change
from ui.recovery_code import RecoveryCodePage
from ui.tasks import DatabaseThread, Progress
from ui.widgets import (
    PROGRESS_STEPS,
    problem_label,
    resize_within_screen,
    secret_field,
    show_progress,
    show_sentence,
)


class RestoreDialog(QDialog):
    """Restore into ``folder``; ``restored`` once the vault is open and its code was copied."""

    restored = Signal()
    refused = Signal(str)  # the sentence shown when restoring failed (nothing was created)
    progressed = Signal(int, int)  # the core's progress, re-emitted from the database thread

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
        self.setModal(True)
        self._db = db
        self._folder = folder
        self._keystore = keystore
        self._kdf = kdf  # None in production: calibrated on this computer
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_form_page())
        self.recovery = RecoveryCodePage(parent=self, intro=self._recovery_intro)
        self.recovery.confirmed.connect(self._confirmed)
        self.pages.addWidget(self.recovery)
        self.progressed.connect(self._show_progress)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        resize_within_screen(self, 720, 480)
        self.retranslate()
        self._update_restore_button()

    # --- page 1: file, code, new passphrase -----------------------------------------------------

    def _build_form_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.bundle = QLineEdit(page)
        self.choose_button = QPushButton(page)
        self.choose_button.setAutoDefault(False)
        self.code = secret_field(page)
        self.passphrase = secret_field(page)
        self.repeat = secret_field(page)
        self.problem = problem_label(page)
        self.progress = QProgressBar(page)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.hide()
        self.cancel_button = QPushButton(page)
        self.cancel_button.setAutoDefault(False)
        self.restore_button = QPushButton(page)
        self.restore_button.setDefault(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.bundle, 1)
        file_row.addWidget(self.choose_button)
        self._labels = [QLabel(page) for _ in range(4)]
        form = QFormLayout()
        form.addRow(self._labels[0], file_row)
        form.addRow(self._labels[1], self.code)
        form.addRow(self._labels[2], self.passphrase)
        form.addRow(self._labels[3], self.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for field in (self.bundle, self.code, self.passphrase, self.repeat):
            field.textChanged.connect(self._update_restore_button)
        self.choose_button.clicked.connect(self.choose_file)
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self.restore)
        return page

    def choose_file(self) -> None:
        path = file_to_open(
            self,
            self.tr("Open the border bundle"),
            self.tr("Satchel bundles (*.age);;All files (*)"),
        )
        if path is not None:
            self.bundle.setText(str(path))

    def _update_restore_button(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        ready = (
            bool(self.bundle.text().strip())
            and bool(self.code.text().strip())
            and len(first) >= MIN_PASSPHRASE_CHARS
            and first == second
        )
        self.restore_button.setEnabled(ready and self.progress.isHidden())
        if second and first != second and len(second) >= len(first):
            show_sentence(self.problem, lambda: self.tr("The two passphrases differ."))
        elif len(first) < MIN_PASSPHRASE_CHARS and first == second and first:
            show_sentence(
                self.problem,
                lambda: self.tr(
                    "Too short: use at least %Ln characters.", "", MIN_PASSPHRASE_CHARS
                ),
            )
        elif self.progress.isHidden():
            self.problem.clear()

    def restore(self) -> None:
        """Check the bundle and rebuild the vault on the database thread."""
        if not self.restore_button.isEnabled():
            return
        bundle = Path(self.bundle.text().strip()).expanduser()
        code, passphrase = self.code.text(), self.passphrase.text()
        folder, keystore, kdf = self._folder, self._keystore, self._kdf
        progress_signal = self._progress_reporter()

        def rebuild() -> tuple[Vault, str]:
            if not bundle.is_file():
                raise FileNotFoundError(bundle.name)
            return restore_from_border(
                folder, bundle, code, passphrase,
                keystore=keystore, kdf=kdf, progress=progress_signal,
            )  # fmt: skip

        self._set_busy(True)
        task = self._db.open_vault(rebuild, parent=self)
        task.success(self._show_recovery_code).failure(self._failed)
        task.run_in_background()

    def _progress_reporter(self) -> Progress:
        """The core's ``progress(done, total)``: called on the database thread, shown here.

        ``open_vault`` tasks have no progress hook, so the calls cross to the GUI thread as
        this dialog's own queued signal.
        """
        signal = self.progressed

        def report(done: int, total: int) -> None:
            signal.emit(done, total)

        return report

    def _show_progress(self, done: int, total: int) -> None:
        show_progress(self.progress, done, total)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        for widget in (self.bundle, self.choose_button, self.code, self.passphrase, self.repeat):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_restore_button()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        sentence = border_sentence(error)
        show_sentence(self.problem, lambda: border_sentence(error))
        self.refused.emit(sentence)

    # --- page 2: the new recovery code ----------------------------------------------------------

    def _show_recovery_code(self, recovery_code: Any) -> None:
        for field in (self.code, self.passphrase, self.repeat):
            field.clear()
        self._set_busy(False)
        self.recovery.show_code(str(recovery_code))
        self.pages.setCurrentIndex(1)

    def _confirmed(self) -> None:
        self.restored.emit()
        self.accept()

    # --- language -------------------------------------------------------------------------------

    def _recovery_intro(self) -> str:
        return self.tr(
            "The vault is back. This is its new recovery code, shown only this once: the old "
            "recovery code opens nothing any more. Write it on paper and keep it apart from "
            "the laptop."
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a border bundle"))
        self.intro.setText(
            self.tr(
                "Choose the border bundle made before the trip and type the border code your "
                "colleague kept (capitals and spaces do not matter). Then choose a new "
                "passphrase for the restored vault. Nothing is created unless the whole "
                "bundle opens and checks out."
            )
        )
        self._labels[0].setText(self.tr("Border bundle:"))
        self._labels[1].setText(self.tr("Border code:"))
        self._labels[2].setText(self.tr("New passphrase:"))
        self._labels[3].setText(self.tr("The same passphrase again:"))
        self.choose_button.setText(self.tr("Choose…"))
        self.progress.setFormat(self.tr("Checking and restoring… %p%"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.restore_button.setText(self.tr("Restore"))
        self.recovery.retranslate()
