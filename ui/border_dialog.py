"""Border mode in the app: seal the whole vault, show the border code once, then wipe.

Three steps in one dialog, each only after the one before succeeded:

1. The dialog says in plain words what will happen and asks where to save the border
   bundle (Qt's own file dialog: the system's would add the file to recent documents).
2. The vault is sealed on the database thread with a progress bar
   (``app.exchange.border.seal_for_border``, after ``check_bundle_location`` refused a place
   the wipe would empty): every record, attachment, contact and key, under a fresh key,
   then the file is opened again and checked against the vault. If anything fails, the
   dialog says why in one sentence and nothing is wiped.
3. The border code is shown once, as large grouped text and as a QR code, for a trusted
   colleague. Once the user ticks that the code was handed over or written down, "Wipe the
   vault now…" asks for the same held button as Panic (``wipe_requested``: the main window
   passes it to the shell's Panic path), and the app starts again as on a fresh install.

The code lives only in this dialog's widgets: never on the clipboard, in settings or in a
log, and it is cleared from them when the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import SatchelError
from app.exchange.border import (
    BorderResult,
    check_bundle_location,
    publish_border_bundle,
    seal_for_border,
)
from app.vault import Vault
from ui.border_messages import border_sentence
from ui.file_dialogs import file_to_save
from ui.formats import size_text
from ui.i18n import is_language_change
from ui.qr import QrCodeWidget
from ui.tasks import DatabaseThread, Progress, VaultTask
from ui.widgets import (
    PROBLEM_TEXT,
    PROGRESS_STEPS,
    code_label,
    problem_label,
    resize_within_screen,
    show_progress,
    show_sentence,
)

CODE_PREFIX = "AGE-SECRET-KEY-PQ-1"
GROUP = 5  # characters per group of the code on screen
GROUPS_PER_LINE = 4
DEFAULT_NAME = "satchel-border.age"


def grouped_code(code: str) -> str:
    """The code as it is best read aloud or copied by hand: its fixed prefix on one line,
    then groups of five characters, four groups a line. Spaces and line breaks do not
    matter when the code is typed back."""
    text = "".join(code.split()).upper()
    head, body = (
        (CODE_PREFIX, text[len(CODE_PREFIX) :]) if text.startswith(CODE_PREFIX) else ("", text)
    )
    groups = [body[i : i + GROUP] for i in range(0, len(body), GROUP)]
    lines = [
        " ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]
    return "\n".join([head, *lines] if head else lines)


class BorderDialog(QDialog):
    """Seal, show the code, then ``wipe_requested`` (the shell asks for the held button)."""

    sealed = Signal(object)  # BorderResult, once the bundle was written and checked
    refused = Signal(str)  # the sentence shown when sealing failed (nothing was wiped)
    wipe_requested = Signal()

    def __init__(self, db: DatabaseThread, *, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._db = db
        self.border_result: BorderResult | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_seal_page())
        self.pages.addWidget(self._build_code_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.finished.connect(lambda _result: self.forget_code())
        resize_within_screen(self, 900, 640)
        self.retranslate()
        self._update_seal_button()

    # --- page 1: what will happen, and where the bundle goes ------------------------------------

    def _build_seal_page(self) -> QWidget:
        page = QWidget(self)
        self.explanation = QLabel(page)
        self.explanation.setWordWrap(True)
        self._output_label = QLabel(page)
        self.output = QLineEdit(page)
        self.choose_button = QPushButton(page)
        self.choose_button.setAutoDefault(False)
        self.output_hint = QLabel(page)
        self.output_hint.setWordWrap(True)
        self.problem = problem_label(page, bold=True)
        self.progress = QProgressBar(page)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.hide()
        self.cancel_button = QPushButton(page)
        self.cancel_button.setAutoDefault(False)
        self.seal_button = QPushButton(page)
        self.seal_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.seal_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.explanation)
        layout.addWidget(self._output_label)
        layout.addLayout(row)
        for widget in (self.output_hint, self.problem, self.progress):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.output.textChanged.connect(self._update_seal_button)
        self.choose_button.clicked.connect(self.choose_file)
        self.cancel_button.clicked.connect(self.reject)
        self.seal_button.clicked.connect(self.seal)
        return page

    def choose_file(self) -> None:
        path = file_to_save(
            self, self.tr("Save the border bundle as"), DEFAULT_NAME,
            self.tr("Satchel bundles (*.age)"),
        )  # fmt: skip
        if path is not None:
            self.output.setText(str(path))

    def _update_seal_button(self) -> None:
        busy = not self.progress.isHidden()
        self.seal_button.setEnabled(bool(self.output.text().strip()) and not busy)

    def seal(self) -> VaultTask[BorderResult] | None:
        """Seal and check on the database thread; nothing is wiped here, whatever happens."""
        text = self.output.text().strip()
        if not text:
            return None
        output = Path(text).expanduser()

        def work(vault: Vault, progress: Progress) -> BorderResult:
            check_bundle_location(output, vault.folder)  # before anything is written
            # No other Satchel process may open the vault from the seal to the wipe (or
            # until this dialog closes): its work would be missing from the bundle.
            vault.hold_exclusive("border")
            try:
                return seal_for_border(
                    vault.store, output, progress=progress, hold=True, record_in=vault.folder
                )
            except BaseException:
                vault.release_exclusive()
                raise

        self._set_busy(True)
        self.problem.clear()
        task = VaultTask.with_progress(self._db, work, parent=self)
        task.on_progress(self._show_progress).success(self._show_code).failure(self._failed)
        return task.run_in_background()

    def _show_progress(self, done: int, total: int) -> None:
        show_progress(self.progress, done, total)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        for widget in (self.output, self.choose_button, self.cancel_button):
            widget.setEnabled(not busy)
        self._update_seal_button()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        sentence = border_sentence(error)
        show_sentence(self.problem, lambda: border_sentence(error))
        self.refused.emit(sentence)

    # --- page 2: the border code, once; then the wipe ------------------------------------------

    def _build_code_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.code_intro = QLabel(page)
        self.code_intro.setWordWrap(True)
        self.code = code_label(page)
        self.qr = QrCodeWidget(parent=page)
        self.handed_over = QCheckBox(page)
        self.not_yet_wiped = QLabel(page)
        self.not_yet_wiped.setWordWrap(True)
        self.close_button = QPushButton(page)
        self.close_button.setAutoDefault(False)
        self.wipe_button = QPushButton(page)
        self.wipe_button.setAutoDefault(False)
        self.wipe_button.setEnabled(False)
        self.wipe_button.setStyleSheet(f"font-weight: bold; color: {PROBLEM_TEXT};")
        shown = QHBoxLayout()
        shown.addWidget(self.code, 1)
        shown.addWidget(self.qr)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.wipe_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.code_intro)
        layout.addLayout(shown, 1)
        layout.addWidget(self.handed_over)
        layout.addWidget(self.not_yet_wiped)
        layout.addLayout(buttons)
        self.handed_over.toggled.connect(self.wipe_button.setEnabled)
        self.close_button.clicked.connect(self.reject)
        self.wipe_button.clicked.connect(self.request_wipe)
        return page

    def _show_code(self, result: BorderResult) -> None:
        self._set_busy(False)
        self.code.setText(grouped_code(result.code))
        self.qr.set_text(result.code)
        try:
            publish_border_bundle(result)  # the file gets its name only once its code shows
        except (SatchelError, OSError) as error:  # a stick pulled out, a read-only folder
            self.code.clear()
            self.qr.set_text("")
            self._release_vault()
            self._failed(error)
            return
        self.border_result = result
        self.handed_over.setChecked(False)
        self.pages.setCurrentIndex(1)
        self._show_summary()
        self.sealed.emit(result)

    def _release_vault(self) -> None:
        """Let other Satchel processes open the vault again (it was not wiped)."""
        task: VaultTask[None] = VaultTask(
            self._db, lambda vault: vault.release_exclusive(), parent=self
        )
        task.failure(lambda _error: None).run_in_background()

    def request_wipe(self) -> None:
        """The code is safe with someone else: ask for the held button, then wipe."""
        if self.border_result is None or not self.handed_over.isChecked():
            return
        self.wipe_requested.emit()

    def forget_code(self) -> None:
        """Clear the code from every widget and from this dialog (it is never stored); the
        next time the dialog opens, it starts from the first step."""
        if self.border_result is not None:
            self._release_vault()
        self.border_result = None
        self.pages.setCurrentIndex(0)
        self.problem.clear()
        self.code.clear()
        self.qr.set_text("")
        self.handed_over.setChecked(False)

    def shown_code(self) -> str:
        """The code as shown on screen, without its spacing (what a colleague types back)."""
        return "".join(self.code.text().split())

    # --- language -------------------------------------------------------------------------------

    def _show_summary(self) -> None:
        result = self.border_result
        if result is None:
            self.summary.clear()
            return
        cases = self.tr("%Ln case(s)", "", result.cases)
        attachments = self.tr("%Ln attachment(s)", "", result.attachments)
        size = size_text(result.size)
        self.summary.setText(
            self.tr("Sealed %1 and %2 into %3 (%4); the file was opened again and checked.")
            .replace("%1", cases)
            .replace("%2", attachments)
            .replace("%3", str(result.path))
            .replace("%4", size)
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Border mode"))
        self.explanation.setText(
            self.tr(
                "Border mode prepares this laptop for a border crossing. Satchel seals the whole "
                "vault (every case, attachment, contact and key) into one file under a new key, "
                "opens the file again to check it, and shows that key once as a border code, in "
                "letters and as a QR code. Hand the code to a trusted colleague who is not "
                "travelling. Then the vault is wiped from this computer. After the crossing, "
                "choose “Restore from a border bundle…” when Satchel starts, with the file and "
                "the code."
            )
        )
        self._output_label.setText(self.tr("Save the border bundle to:"))
        self.choose_button.setText(self.tr("Choose…"))
        self.output_hint.setText(
            self.tr(
                "Choose a place outside the vault folder, for example a USB stick. Without the "
                "code the file cannot be opened; with it, anyone can open it."
            )
        )
        self.progress.setFormat(self.tr("Sealing and checking… %p%"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.seal_button.setText(self.tr("Seal the vault"))
        self.code_intro.setText(
            self.tr(
                "This is the border code, shown only this once. Give it to a trusted colleague "
                "who is not travelling (they can photograph the QR code), or write it down and "
                "keep it apart from the laptop. Without it the bundle cannot be opened."
            )
        )
        self.handed_over.setText(
            self.tr("I have handed the code to a colleague or written it down")
        )
        self.not_yet_wiped.setText(
            self.tr(
                "Nothing has been wiped yet. If you close this window instead, the vault stays "
                "as it is and this bundle can never be opened: the code is not shown again."
            )
        )
        self.close_button.setText(self.tr("Close without wiping"))
        self.wipe_button.setText(self.tr("Wipe the vault now…"))
        self._show_summary()
