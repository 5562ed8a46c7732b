"""Returning persons: other cases that look like this person, shown loudly above the tabs.

The core finds them (``store.find_matches``: the same passport number however typed, the
name in either script with a letter swapped or missing, the birth date, an alias, the unit
and rank) among all cases, rejected and closed ones included. The banner names each one
with its stage and, for a rejected case, why it was rejected, and says what matched. The
lawyer checks, then records the answer: "Same person" links the cases, "Different
people" hides this match for good; both go into the audit log. Linked cases are listed
quietly, without the warning colours.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.store import PersonMatch
from ui.i18n import is_language_change
from ui.labels import stage_label
from ui.widgets import LOUD_WARNING_STYLE


class MatchRow(QWidget):
    """One other case: who, where it stands, what matched, and the three answers."""

    def __init__(self, match: PersonMatch, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.match = match
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.same_button = QPushButton(self)
        self.different_button = QPushButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        if not match.linked:
            row.addWidget(self.same_button)
            row.addWidget(self.different_button)
        else:
            self.same_button.hide()
            self.different_button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        match = self.match
        why = ", ".join(self._reason(r) for r in match.reasons)
        text = self.tr("%1 — stage: %2 — matched: %3").replace("%1", match.name)
        text = text.replace("%2", stage_label(match.stage)).replace("%3", why)
        if match.rejection_reason:
            text += " — " + self.tr("rejected: %1").replace("%1", match.rejection_reason)
        if match.linked:
            text += " — " + self.tr("linked as the same person")
        self.text.setText(text)
        self.open_button.setText(self.tr("Open"))
        self.same_button.setText(self.tr("Same person"))
        self.different_button.setText(self.tr("Different people"))

    def _reason(self, code: str) -> str:
        words = {
            "passport": self.tr("passport number"),
            "name": self.tr("name"),
            "birth_date": self.tr("birth date"),
            "alias": self.tr("alias"),
            "unit_rank": self.tr("unit and rank"),
        }
        return words.get(code, code)


class PersonMatchesBanner(QFrame):
    """``show_matches(list)``; ``open_requested(case_id)``, ``decided(case_id, same)``."""

    open_requested = Signal(str)
    decided = Signal(str, bool)

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.rows: list[MatchRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._unlinked = 0
        self.hide()
        self.retranslate()

    def show_matches(self, matches: list[PersonMatch]) -> None:
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for match in matches:
            row = MatchRow(match, parent=self)
            row.open_button.clicked.connect(
                lambda _=False, m=match: self.open_requested.emit(m.case_id)
            )
            row.same_button.clicked.connect(
                lambda _=False, m=match: self.decided.emit(m.case_id, True)
            )
            row.different_button.clicked.connect(
                lambda _=False, m=match: self.decided.emit(m.case_id, False)
            )
            self._layout.addWidget(row)
            self.rows.append(row)
        self._unlinked = sum(1 for m in matches if not m.linked)
        self.title.setStyleSheet(LOUD_WARNING_STYLE if self._unlinked else "font-weight: bold;")
        self.retranslate()
        self.setVisible(bool(matches))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self._unlinked:
            self.title.setText(
                self.tr(
                    "This person may already have %Ln other case(s) in the vault. Check before "
                    "going on: a person rejected once can come back under another spelling.",
                    "",
                    self._unlinked,
                )
            )
        else:
            self.title.setText(self.tr("The same person's other cases:"))
        for row in self.rows:
            row.retranslate()
