"""The Bundles page: what was sealed for whom and what was received from whom.

The list comes from the vault's bundle log (newest first): direction, the other side, the
profile, how many cases, the sender's sequence number. The two buttons open the export
wizard and the import dialog; the main window's Export and Import actions use the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.bundle import BundleLogEntry, bundle_log
from ui.exchange_messages import exchange_sentence
from ui.export_wizard import ExportWizard
from ui.formats import datetime_text, number_text
from ui.i18n import is_language_change
from ui.import_dialog import ImportDialog
from ui.labels import direction_label, profile_label
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import record_tree, show_sentence


class BundlesPage(QWidget):
    """Emits ``loaded(count)`` after each refresh and ``imported()`` after an import."""

    loaded = Signal(int)
    imported = Signal()

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.entries: list[BundleLogEntry] = []
        self.wizard: ExportWizard | None = None
        self.import_dialog: ImportDialog | None = None
        self.title = QLabel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tree = record_tree(self, 6, alternating=True)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda: self.export_cases([]))
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_bundle)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.problem)
        self.retranslate()

    def refresh(self) -> VaultTask[list[BundleLogEntry]]:
        task: VaultTask[list[BundleLogEntry]] = VaultTask(
            self._db, lambda vault: bundle_log(vault.store), parent=self
        )
        task.success(self.show_entries).failure(
            lambda error: show_sentence(self.problem, lambda: exchange_sentence(error))
        )
        return task.run_in_background()

    def show_entries(self, entries: list[BundleLogEntry]) -> None:
        self.entries = list(entries)
        self._fill()
        self.loaded.emit(len(self.entries))

    def _fill(self) -> None:
        self.tree.clear()
        for entry in self.entries:
            item = QTreeWidgetItem(
                [datetime_text(entry.logged_at, utc=True), direction_label(entry.direction),
                 entry.peer, profile_label(entry.profile),
                 number_text(entry.counts.get("cases", 0)), str(entry.sequence)]
            )  # fmt: skip
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight)
            self.tree.addTopLevelItem(item)

    def export_cases(self, case_ids: list[str]) -> ExportWizard:
        """Open the export wizard with ``case_ids`` ticked (none: the user ticks some)."""
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = ExportWizard(self._db, case_ids, parent=self)
        self.wizard.exported.connect(lambda _summary: self.refresh())
        self.wizard.load()
        self.wizard.open()
        return self.wizard

    def import_bundle(self) -> ImportDialog:
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
        self.import_dialog = ImportDialog(self._db, parent=self)
        self.import_dialog.imported.connect(self._imported)
        self.import_dialog.open()
        return self.import_dialog

    def _imported(self, _result: object) -> None:
        self.refresh()
        self.imported.emit()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("<h2>Bundles</h2>"))
        self.intro.setText(
            self.tr(
                "Cases travel between vaults as sealed bundles: files only the chosen "
                "contacts can open, signed by the vault that sealed them. Carry them on a USB "
                "stick or send them any way you like."
            )
        )
        self.tree.setHeaderLabels(
            [self.tr("When (UTC)"), self.tr("Direction"), self.tr("Contact"),
             self.tr("Profile"), self.tr("Cases"), self.tr("No.")]
        )  # fmt: skip
        self.export_button.setText(self.tr("Seal cases for a contact…"))
        self.import_button.setText(self.tr("Open a received bundle…"))
        self._fill()
