"""Attachments of a case: add by file dialog or drag and drop, see what was removed, view.

The file is read from the user's disk on the database thread, cleaned of hidden details by
the core (GPS position in photos, author fields in documents) and stored inside the
encrypted vault; the screen then says, in words, what was removed from each file. Viewing
reads the verified bytes back into memory (:mod:`ui.case_detail.viewer`); nothing is ever
written out. The file dialog is Qt's own, not the system's, so the file is not added to the
desktop's list of recent documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import metadata_codes as codes
from app.errors import SatchelError
from app.originals import delete_original
from app.store.attachments import AttachmentInfo
from ui.case_detail.viewer import AttachmentViewer
from ui.file_dialogs import files_to_open
from ui.formats import date_text, size_text
from ui.i18n import is_language_change
from ui.labels import removed_label
from ui.messages import user_sentence
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import record_tree, show_sentence


def _attach(case_id: str, path: Path) -> Callable[[Any], AttachmentInfo]:
    """Work for the database thread: read the user's file and store it, cleaned."""

    def work(vault: Any) -> AttachmentInfo:
        with path.open("rb") as stream:
            info: AttachmentInfo = vault.store.add_attachment(case_id, path.name, stream)
        return info

    return work


class AttachmentsTab(QWidget):
    """Emits ``added(info)`` per stored file and ``viewer_opened(viewer)`` per view."""

    added = Signal(object)
    add_failed = Signal(str)
    originals_deleted = Signal(list)  # sentences for the files that could not be deleted
    viewer_opened = Signal(object)

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.case_id: str | None = None
        self.records: list[Mapping[str, Any]] = []
        self._reports: list[Callable[[], str]] = []  # each says itself in the current language
        self.tree = record_tree(self, 4)
        self.tree.itemActivated.connect(lambda _item, _column: self.view_selected())
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.choose_files)
        self.view_button = QPushButton(self)
        self.view_button.clicked.connect(self.view_selected)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.report = QLabel(self)
        self.report.setWordWrap(True)
        self.originals: list[Path] = []
        self.originals_box = QFrame(self)
        self.originals_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.originals_note = QLabel(self.originals_box)
        self.originals_note.setWordWrap(True)
        self.delete_button = QPushButton(self.originals_box)
        self.delete_button.clicked.connect(self.delete_originals)
        self.keep_button = QPushButton(self.originals_box)
        self.keep_button.clicked.connect(self._keep_originals)
        offer = QVBoxLayout(self.originals_box)
        offer.addWidget(self.originals_note)
        offer_buttons = QHBoxLayout()
        offer_buttons.addWidget(self.delete_button)
        offer_buttons.addWidget(self.keep_button)
        offer_buttons.addStretch(1)
        offer.addLayout(offer_buttons)
        self.originals_box.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.view_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.report)
        layout.addWidget(self.originals_box)
        self.setAcceptDrops(True)
        self.retranslate()

    def show_records(self, case_id: str, records: list[Mapping[str, Any]]) -> None:
        self.case_id = case_id
        self.records = list(records)
        self.tree.clear()
        for record in self.records:
            item = QTreeWidgetItem(
                [
                    str(record["filename"]),
                    str(record["media_type"]),
                    size_text(int(record["size"])),
                    date_text(str(record["created_at"])),
                ]
            )
            self.tree.addTopLevelItem(item)
        last = self.tree.topLevelItem(len(self.records) - 1) if self.records else None
        if last is not None:
            self.tree.setCurrentItem(last)

    # --- adding ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        self.add_files(files_to_open(self, self.tr("Attach files")))

    def add_files(self, paths: Iterable[Path]) -> list[VaultTask[AttachmentInfo]]:
        """Store each file in the vault (on the database thread); one task per file."""
        if self.case_id is None:
            return []
        self._reports = []
        tasks = []
        for path in paths:
            task = VaultTask(self._db, _attach(self.case_id, path), parent=self)
            task.success(partial(self._stored, original=path))
            task.failure(self._failed).run_in_background()
            tasks.append(task)
        return tasks

    def _stored(self, info: AttachmentInfo, original: Path | None = None) -> None:
        def report() -> str:
            removed = "; ".join(removed_label(r) for r in info.removed) or removed_label(
                codes.NOTHING
            )
            return (
                self.tr("“%1” was added. Removed from it: %2.")
                .replace("%1", info.filename)
                .replace("%2", removed)
            )

        self._report(report)
        if original is not None and original not in self.originals:
            self.originals.append(original)
            self._offer_deleting()
        self.added.emit(info)

    # --- the originals, still on disk with what was removed from the stored copy ---------------

    def _offer_deleting(self) -> None:
        self.originals_box.setVisible(bool(self.originals))
        self.delete_button.setText(
            self.tr("Delete the %Ln original file(s)", "", len(self.originals))
        )

    def delete_originals(self) -> VaultTask[list[SatchelError]] | None:
        """Overwrite and delete the files just attached (on the database thread)."""
        originals, self.originals = list(self.originals), []
        if not originals:
            return None
        self.delete_button.setEnabled(False)

        def delete(_job: int) -> Callable[[], list[SatchelError]]:
            def work() -> list[SatchelError]:
                problems = []
                for path in originals:
                    try:
                        delete_original(path)
                    except SatchelError as error:
                        problems.append(error)
                return problems

            return work

        task: VaultTask[list[SatchelError]] = VaultTask(self._db, parent=self, make_work=delete)
        task.success(self._originals_deleted).failure(self._failed)
        return task.run_in_background()

    def _originals_deleted(self, problems: list[SatchelError]) -> None:
        self.delete_button.setEnabled(True)
        self.originals_box.hide()
        # Worded here, on the GUI thread, and again in the new language after a switch.
        self._report(
            lambda: (
                " ".join(user_sentence(error) for error in problems)
                or self.tr("The original files were deleted.")
            )
        )
        self.originals_deleted.emit([user_sentence(error) for error in problems])

    def _failed(self, error: BaseException) -> None:
        def sentence() -> str:
            if isinstance(error, OSError) and error.errno != 28:
                return self.tr("The file could not be read; check that it still exists.")
            return user_sentence(error)

        self._report(sentence)
        self.add_failed.emit(sentence())

    def _report(self, sentence: Callable[[], str]) -> None:
        """One more line under the list (what was added, removed or refused)."""
        self._reports.append(sentence)
        reports = list(self._reports)
        show_sentence(self.report, lambda: "\n".join(report() for report in reports))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.case_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    # --- viewing -----------------------------------------------------------------------------

    def view_selected(self) -> VaultTask[bytes] | None:
        current = self.tree.currentItem()
        row = -1 if current is None else self.tree.indexOfTopLevelItem(current)
        if not 0 <= row < len(self.records):
            return None
        record = self.records[row]
        attachment_id = str(record["id"])
        task: VaultTask[bytes] = VaultTask(
            self._db, lambda vault: vault.store.read_attachment(attachment_id), parent=self
        )
        task.success(lambda data: self._show(record, data))
        task.failure(lambda error: show_sentence(self.report, lambda: user_sentence(error)))
        return task.run_in_background()

    def _show(self, record: Mapping[str, Any], data: bytes) -> None:
        viewer = AttachmentViewer(
            str(record["filename"]), str(record["media_type"]), data, parent=self
        )
        viewer.finished.connect(viewer.deleteLater)
        viewer.open()
        self.viewer_opened.emit(viewer)

    # --- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def _keep_originals(self) -> None:
        self.originals = []
        self.originals_box.hide()

    def retranslate(self) -> None:
        self.originals_note.setText(
            self.tr(
                "The original files are still where they were, with everything that was just "
                "removed (a photo's GPS position, a document's author). Delete them now? "
                "Satchel overwrites each file once and removes it. On a hard disk that is the "
                "end of it; on an SSD, a USB stick or a phone the drive may keep old copies "
                "where no program can reach them, so full-disk encryption remains your real "
                "protection, and delete the photo on the device that took it too."
            )
        )
        self.keep_button.setText(self.tr("Keep them"))
        self._offer_deleting()
        self.tree.setHeaderLabels(
            [self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Added")]
        )
        self.add_button.setText(self.tr("Add files…"))
        self.view_button.setText(self.tr("View"))
        self.hint.setText(
            self.tr(
                "Drop files here or use “Add files…”. Hidden details such as the GPS position "
                "of a photo or the author of a document are removed before the file is stored."
            )
        )
