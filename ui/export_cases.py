"""The export wizard's first page: which cases go into the bundle.

All cases, only what changed since the last bundle for the contact chosen next, or the
cases ticked in a list that searches by name on the database thread. Next is enabled once
at least one case is chosen (``completeChanged``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.i18n import is_language_change
from ui.names import both_spellings
from ui.tasks import DatabaseThread, VaultTask

SHOWN_CASES = 300
SEARCH_PAUSE_MS = 250
ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CaseChoice:
    case_id: str
    name: str


def case_choices(store: Any, search: str, keep: list[str]) -> tuple[int, list[CaseChoice]]:
    """How many cases there are, and the ones to offer: ``keep`` first, then matches by name."""
    rows = store.list_cases(search=search or None, order_by="name", descending=False,
                            limit=SHOWN_CASES)  # fmt: skip
    found = {
        row.id: CaseChoice(row.id, both_spellings(row.name, row.name_latin, row.name_cyrillic))
        for row in rows
    }
    kept = [cid for cid in keep if cid not in found]
    for case_id in kept:
        person = store.get_case(case_id)["person"]
        name = both_spellings(str(person["name"]), person.get("name_latin"),
                              person.get("name_cyrillic"))  # fmt: skip
        found[case_id] = CaseChoice(case_id, name)
    ordered = [found[c] for c in keep if c in found]
    ordered += [c for c in found.values() if c.case_id not in keep]
    return store.count_cases(), ordered


class CasesPage(QWizardPage):
    """All cases, or the ticked ones (the cases selected when the wizard opened are ticked)."""

    loaded = Signal(int)

    def __init__(self, db: DatabaseThread, chosen: list[str], *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.chosen: dict[str, str] = dict.fromkeys(chosen, "")
        self.total = 0
        self.all_cases = QRadioButton(self)
        self.changed_cases = QRadioButton(self)
        self.some_cases = QRadioButton(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.list.itemChanged.connect(self._ticked)
        # Never "all" by itself: two clicks on Next must not send the whole caseload abroad.
        # The open or selected case is ticked; otherwise the user ticks or chooses "all".
        self.some_cases.setChecked(True)
        self.all_cases.toggled.connect(self._mode_changed)
        self.changed_cases.toggled.connect(self._mode_changed)
        layout = QVBoxLayout(self)
        for widget in (self.all_cases, self.changed_cases, self.some_cases, self.search):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        self._mode_changed()
        self.retranslate()

    def load(self) -> VaultTask[tuple[int, list[CaseChoice]]]:
        search, keep = self.search.text().strip(), list(self.chosen)
        task: VaultTask[tuple[int, list[CaseChoice]]] = VaultTask(
            self._db, lambda vault: case_choices(vault.store, search, keep), parent=self
        )
        return task.success(self._show).run_in_background()

    def _show(self, answer: tuple[int, list[CaseChoice]]) -> None:
        self.total, choices = answer
        self.list.blockSignals(True)
        self.list.clear()
        for choice in choices:
            item = QListWidgetItem(choice.name, self.list)
            item.setData(ID, choice.case_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = choice.case_id in self.chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if ticked:
                self.chosen[choice.case_id] = choice.name
        self.list.blockSignals(False)
        self.retranslate()
        self.loaded.emit(len(choices))

    def tick(self, case_id: str, ticked: bool = True) -> bool:
        """Tick or untick a listed case (what a click does); False if it is not listed."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID) == case_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                return True
        return False

    def _ticked(self, item: QListWidgetItem) -> None:
        case_id = str(item.data(ID))
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[case_id] = item.text()
            self.some_cases.setChecked(True)
        else:
            self.chosen.pop(case_id, None)
        self.completeChanged.emit()

    def _mode_changed(self) -> None:
        """The list chooses only in "the cases ticked below": greyed out otherwise, so a
        ticked case never looks as if it alone were sent with "all" or "what changed"."""
        picking = not (self.all_cases.isChecked() or self.changed_cases.isChecked())
        self.search.setEnabled(picking)
        self.list.setEnabled(picking)
        self.completeChanged.emit()

    def case_ids(self) -> list[str] | None:
        """The chosen cases; None means every case in the vault (or, with
        :meth:`changes_only`, the cases the contact has not yet received as they are)."""
        if self.all_cases.isChecked() or self.changes_only():
            return None
        return list(self.chosen)

    def changes_only(self) -> bool:
        return self.changed_cases.isChecked()

    def isComplete(self) -> bool:
        whole = self.all_cases.isChecked() or self.changes_only()
        return (whole and self.total > 0) or bool(self.case_ids())

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which cases?"))
        self.setSubTitle(self.tr("Tick the cases to seal into the bundle."))
        self.all_cases.setText(self.tr("All cases in the vault (%Ln)", "", self.total))
        self.changed_cases.setText(
            self.tr("Only what changed since the last bundle for the contact chosen next")
        )
        self.some_cases.setText(self.tr("Only the cases ticked below"))
        self.search.setPlaceholderText(self.tr("Find a person by name, in Cyrillic or Latin"))
