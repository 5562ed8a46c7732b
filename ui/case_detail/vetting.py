"""The vetting checklist: each check's result, evidence, reviewer and date, and below it
who has signed the vetting (:mod:`ui.case_detail.sign_off`).

A plant who gets cleared can expose a whole network, so the screen makes the rule visible:
required checks are marked, the summary at the top names every required check that has not
passed yet, and a row set to "Passed" without evidence or reviewer says so before saving.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.store.workflow import CHECKS, REQUIRED_CHECKS, RESULTS, missing_checks
from ui.case_detail.edits import CheckEdit
from ui.case_detail.field_form import is_valid_date
from ui.case_detail.sign_off import SignOffBox
from ui.date_field import DateField, date_example, date_placeholder
from ui.i18n import is_language_change
from ui.labels import check_label, result_label
from ui.widgets import problem_label


def describe_checks(checks: list[str], results: Mapping[str, str]) -> str:
    """'Identity documents (Not done), Plant screening (Failed)' in the user's language."""
    return ", ".join(f"{check_label(c)} ({result_label(results.get(c))})" for c in checks)


class _NameLabel(QLabel):
    """A check's name: wrapped when the tab is narrow, its height set by
    :meth:`VettingTab._fit_names` (the grid would spread the rows unevenly if it asked the
    label for its height at each width itself)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def hasHeightForWidth(self) -> bool:
        return False


class CheckRow:
    """The widgets of one check in the grid."""

    def __init__(self, check: str, parent: QWidget) -> None:
        self.check = check
        self.name = _NameLabel(parent)
        self.result = QComboBox(parent)
        for result in RESULTS:
            self.result.addItem("", result)
        self.result.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.evidence = QLineEdit(parent)
        self.reviewer = QLineEdit(parent)
        self.checked_on = DateField(parent)
        self.evidence.setMinimumWidth(self.evidence.fontMetrics().horizontalAdvance("M" * 10))
        self.reviewer.setMinimumWidth(self.reviewer.fontMetrics().horizontalAdvance("M" * 8))
        self.loaded = CheckEdit(check, "not_done")

    def load(self, record: Mapping[str, Any]) -> None:
        edit = CheckEdit(
            self.check,
            str(record.get("result") or "not_done"),
            str(record.get("evidence") or ""),
            str(record.get("reviewer") or ""),
            str(record.get("checked_on") or ""),
        )
        self.loaded = edit
        for widget in (self.result, self.evidence, self.reviewer, self.checked_on):
            widget.blockSignals(True)
        self.result.setCurrentIndex(max(0, self.result.findData(edit.result)))
        self.evidence.setText(edit.evidence)
        self.reviewer.setText(edit.reviewer)
        self.checked_on.setText(edit.checked_on)
        for line in (self.evidence, self.reviewer):
            line.setCursorPosition(0)  # a long text shows its start, not its end
        for widget in (self.result, self.evidence, self.reviewer, self.checked_on):
            widget.blockSignals(False)

    def current(self) -> CheckEdit:
        return CheckEdit(
            self.check,
            str(self.result.currentData()),
            self.evidence.text().strip(),
            self.reviewer.text().strip(),
            self.checked_on.text().strip(),
        )

    def set(self, result: str, evidence: str = "", reviewer: str = "", on: str = "") -> None:
        """Fill the row as a user would (tests and the screenshot tour use this)."""
        self.evidence.setText(evidence)
        self.reviewer.setText(reviewer)
        self.checked_on.setText(on)
        self.result.setCurrentIndex(self.result.findData(result))


class VettingTab(QWidget):
    """Emits ``edited`` on any change; ``edits()`` lists the checks that changed."""

    edited = Signal()

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.row_problem = problem_label(self)
        self.rows = {check: CheckRow(check, self) for check in CHECKS}
        self._headers = [QLabel(self) for _ in range(5)]
        self.legend = QLabel(self)
        self.sign_off = SignOffBox(parent=self)
        grid = QGridLayout()
        for column, header in enumerate(self._headers):
            grid.addWidget(header, 0, column)
        for line, row in enumerate(self.rows.values(), start=1):
            widgets = (row.name, row.result, row.evidence, row.reviewer, row.checked_on)
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, line, column)
            row.result.currentIndexChanged.connect(self._changed)
            for edit in (row.evidence, row.reviewer, row.checked_on):
                edit.textChanged.connect(self._changed)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.row_problem)
        layout.addWidget(self.legend)
        layout.addWidget(self.sign_off)
        layout.addStretch(1)
        self.retranslate()

    def load(
        self, checks: list[Mapping[str, Any]], sign_off: Mapping[str, Any] | None = None
    ) -> None:
        self.sign_off.show_sign_off(sign_off)
        by_name = {str(c.get("check")): c for c in checks}
        for name, row in self.rows.items():
            row.load(by_name.get(name, {}))
        self._changed()

    def results(self) -> dict[str, str]:
        """Each check's result as the form shows it now (saved or not)."""
        return {name: row.current().result for name, row in self.rows.items()}

    def edits(self) -> tuple[CheckEdit, ...]:
        return tuple(row.current() for row in self.rows.values() if row.current() != row.loaded)

    def problems(self) -> list[str]:
        """Rows that the store would refuse, as sentences for the user."""
        found = []
        for row in self.rows.values():
            now = row.current()
            if now == row.loaded:
                continue
            if now.result == "pass" and not (now.evidence and now.reviewer):
                found.append(
                    self.tr("“%1” can only pass with its evidence and reviewer filled in.").replace(
                        "%1", check_label(row.check)
                    )
                )
            if not is_valid_date(now.checked_on):
                found.append(
                    self.tr(
                        "The date of “%1” could not be read: type it like %2 or pick it from "
                        "the calendar."
                    )
                    .replace("%1", check_label(row.check))
                    .replace("%2", date_example())
                )
        return found

    def missing(self) -> list[str]:
        return missing_checks(self.results())

    def _changed(self) -> None:
        self._show_summary()
        self.row_problem.setText(" ".join(self.problems()))
        self.sign_off.set_form_state(unsaved=bool(self.edits()), complete=not self.missing())
        self.edited.emit()

    def _show_summary(self) -> None:
        missing = self.missing()
        if not missing:
            self.summary.setText(self.tr("Every required check has passed."))
        else:
            self.summary.setText(
                self.tr(
                    "Before this case can be cleared, these required checks must pass: %1."
                ).replace("%1", describe_checks(missing, self.results()))
            )

    def _fit_names(self) -> None:
        """The names' column as wide as the longest name, up to a quarter of what can be seen (never
        under about 24 letters); a longer name wraps, and its row is made as tall as its
        lines, since the grid would not ask."""
        labels = [row.name for row in self.rows.values()]
        metrics = labels[0].fontMetrics()
        letter = metrics.averageCharWidth()
        widest = max(metrics.horizontalAdvance(label.text()) for label in labels) + letter
        shown = self.parentWidget() or self  # a scroll area's viewport: what can be seen
        width = min(widest, max(24 * letter, shown.width() // 4))
        for label in labels:
            label.setFixedWidth(width)
            label.setMinimumHeight(label.heightForWidth(width))

    def event(self, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.ParentChange and parent is not None:
            parent.installEventFilter(self)  # its size is what can be seen
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit_names()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        headers = (
            self.tr("Check"), self.tr("Result"), self.tr("Evidence"), self.tr("Reviewer"),
            self.tr("Date"),
        )  # fmt: skip
        for label, text in zip(self._headers, headers, strict=True):
            label.setText(f"<b>{text}</b>")
        for name, row in self.rows.items():
            marker = " *" if name in REQUIRED_CHECKS else ""
            row.name.setText(check_label(name) + marker)
            row.name.setTextFormat(Qt.TextFormat.PlainText)
            for i, result in enumerate(RESULTS):
                row.result.setItemText(i, result_label(result))
            row.result.setMinimumWidth(row.result.sizeHint().width())  # never clip a result
            row.evidence.setPlaceholderText(self.tr("What was seen or checked"))
            row.checked_on.setPlaceholderText(date_placeholder())
            row.checked_on.fit_to_date()  # the rest goes to the evidence and the reviewer
        self._fit_names()
        self.legend.setText(self.tr("* required before a case can be cleared or referred"))
        self._show_summary()
        self.row_problem.setText(" ".join(self.problems()))
