"""Open a received bundle: check it, show what it would change, resolve conflicts, apply.

1. The file is checked completely on the database thread
   (:func:`app.exchange.bundle.preview_bundle`: signature, hashes, sender), with a progress
   bar; nothing is written.
2. The preview says who signed it, loudly if their key is not verified (importing then needs
   a tick), how many records are new, changed, unchanged or conflicting, case by case.
3. Each conflict (both sides changed a record) gets a choice: keep mine, take theirs, or
   keep both (mine stays; theirs is added to the case as a note). "Apply to all" sets them
   at once. Nothing is overwritten without a choice.
4. Import applies everything in one transaction (:func:`app.exchange.bundle.import_bundle`), with
   progress, and says what was done. Any failure leaves the vault as it was.

The dialog opens with ``open()``; tests call :meth:`ImportDialog.check` and
:meth:`ImportDialog.apply` and set the choices directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.exchange.bundle import (
    BundlePreview,
    ImportResult,
    import_bundle,
    preview_bundle,
    returning_persons,
)
from app.store import PersonMatch
from app.types import Progress
from app.vault import Vault
from ui.exchange_messages import exchange_sentence
from ui.file_dialogs import file_to_open
from ui.formats import number_text
from ui.i18n import is_language_change
from ui.import_preview import PreviewPanel
from ui.tasks import DatabaseThread, VaultTask
from ui.theme import good_style
from ui.widgets import PROBLEM_TEXT, resize_within_screen, show_sentence

ERROR_STYLE = f"color: {PROBLEM_TEXT}; font-weight: bold;"
Returning = dict[str, list[PersonMatch]]
"""Imported cases that look like a person already in the vault, with the earlier cases."""


class ImportDialog(QDialog):
    """Emits ``previewed(preview)``, then ``imported(result)``; ``failed(sentence)`` on errors."""

    previewed = Signal(object)
    imported = Signal(object)
    failed = Signal(str)

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.preview: BundlePreview | None = None
        self.outcome: ImportResult | None = None
        self.returning: Returning = {}
        self._checked_path: Path | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.textChanged.connect(lambda _text: self._forget_preview())
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.check)
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.panel = PreviewPanel(parent=self)
        self.panel.hide()
        self.trust = QCheckBox(self)
        self.trust.toggled.connect(lambda _on: self._update_buttons())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.returning_label = QLabel(self)
        self.returning_label.setWordWrap(True)
        self.returning_label.setStyleSheet(ERROR_STYLE)
        self.returning_label.hide()
        self.stopped_label = QLabel(self)
        self.stopped_label.setWordWrap(True)
        self.stopped_label.setStyleSheet(ERROR_STYLE)
        self.stopped_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = QPushButton(self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._update_buttons()
        resize_within_screen(self, 900, 680)
        self.retranslate()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.trust)
        layout.addWidget(self.message)
        layout.addWidget(self.returning_label)
        layout.addWidget(self.stopped_label)
        layout.addWidget(self.buttons)

    # --- 1. choosing and checking -------------------------------------------------------------

    def choose_file(self) -> None:
        path = file_to_open(
            self,
            self.tr("Open a received bundle"),
            self.tr("Satchel bundles (*.age);;All files (*)"),
        )
        if path is not None:
            self.path.setText(str(path))
            self.check()

    def check(self) -> VaultTask[BundlePreview] | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text)
        self._forget_preview()
        self._busy(True)
        task: VaultTask[BundlePreview] = VaultTask.with_progress(
            self._db,
            lambda vault, progress: preview_bundle(vault.store, path, progress=progress),
            parent=self,
        )
        task.on_progress(self._progressed).success(
            lambda preview: self._previewed(path, preview)
        ).failure(self._failed)
        return task.run_in_background()

    def _previewed(self, path: Path, preview: BundlePreview) -> None:
        self._busy(False)
        self.preview, self._checked_path = preview, path
        self.panel.show_preview(preview)
        self.panel.show()
        self.trust.setVisible(not preview.sender_verified and not preview.already_imported)
        self._update_buttons()
        self.previewed.emit(preview)

    def _forget_preview(self) -> None:
        self.preview, self._checked_path, self.outcome = None, None, None
        self.panel.hide()
        self.trust.setChecked(False)
        self.trust.hide()
        self.message.clear()
        self.returning = {}
        self.returning_label.hide()
        self.stopped_label.hide()
        self._update_buttons()

    # --- 2. choosing and applying ---------------------------------------------------------------

    def choices(self) -> dict[str, str]:
        return self.panel.choices()

    def set_all(self, choice: str) -> None:
        self.panel.set_all(choice)

    def can_import(self) -> bool:
        preview = self.preview
        return (
            preview is not None
            and self.outcome is None
            and not preview.already_imported
            and (preview.sender_verified or self.trust.isChecked())
        )

    def apply(self) -> VaultTask[tuple[ImportResult, Returning]] | None:
        if not self.can_import() or self._checked_path is None:
            return None
        path, choices, shown = self._checked_path, self.choices(), self.preview
        accept_unverified = self.trust.isChecked()  # read here, on the GUI thread
        self._busy(True)

        def run(vault: Vault, progress: Progress) -> tuple[ImportResult, Returning]:
            result = import_bundle(
                vault.store,
                path,
                resolve=choices,
                progress=progress,
                expected=shown,
                # Verified then, but maybe not now: only the user's tick accepts the risk.
                accept_unverified=accept_unverified,
            )
            return result, returning_persons(vault.store, result)

        task: VaultTask[tuple[ImportResult, Returning]] = VaultTask.with_progress(
            self._db, run, parent=self
        )
        task.on_progress(self._progressed).success(self._imported).failure(self._failed)
        return task.run_in_background()

    def _imported(self, done: tuple[ImportResult, Returning]) -> None:
        result, self.returning = done
        self._busy(False)
        self.outcome = result
        self.message.setStyleSheet(good_style())
        self._show_result()
        self._update_buttons()
        self.imported.emit(result)

    def _show_result(self) -> None:
        result = self.outcome
        if result is None:
            return
        counts = result.preview.counts
        self.message.setText(
            self.tr("Imported from %1: %Ln case(s).", "", len(result.preview.cases)).replace(
                "%1", result.preview.sender
            )
            + " "
            + self.tr("New records: %1, changed: %2, conflicts resolved: %3.")
            .replace("%1", number_text(counts.get("new", 0)))
            .replace("%2", number_text(counts.get("changed", 0)))
            .replace("%3", number_text(sum(result.resolved.values())))
        )
        # A person may come back through another office: said loudly, as at intake.
        self.returning_label.setVisible(bool(self.returning))
        self.returning_label.setText(
            self.tr(
                "%Ln imported case(s) look like a person already in the vault, rejected cases "
                "included. Open them to see the earlier case before going on.",
                "",
                len(self.returning),
            )
        )
        # A case this vault had cleared may have gone back to vetting: said as loudly.
        self.stopped_label.setVisible(bool(result.stopped))
        self.stopped_label.setText(
            self.tr(
                "%Ln case(s) went back to vetting: this bundle changed a check or the person, "
                "or brought a signed rejection from someone you verified. Look at their "
                "history before going on.",
                "",
                len(result.stopped),
            )
        )

    # --- shared ---------------------------------------------------------------------------------

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)
        for widget in (self.check_button, self.choose_button, self.import_button, self.path):
            widget.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        sentence = exchange_sentence(error)
        self.message.setStyleSheet(ERROR_STYLE)
        show_sentence(self.message, lambda: exchange_sentence(error))
        self.failed.emit(sentence)

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self.can_import())
        self.check_button.setEnabled(bool(self.path.text().strip()))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a received bundle"))
        self.intro.setText(
            self.tr(
                "Choose the bundle file. Satchel checks the signature and every part of it "
                "first and shows what it would change; nothing is imported until you press "
                "Import."
            )
        )
        self.choose_button.setText(self.tr("Choose…"))
        self.check_button.setText(self.tr("Check the bundle"))
        self.trust.setText(self.tr("I understand the risk and want to import it anyway"))
        self.import_button.setText(self.tr("Import"))
        self._show_result()
