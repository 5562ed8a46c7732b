"""The audit log: every change, newest first, and a check of its hash chain.

The log says what changed and when, never the values (they stay in the records), so the
details column names fields and checks in the user's language. "Check the chain" walks the
whole SHA-256 chain on the database thread and says whether anything was altered or removed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.store.audit import AuditEntry, AuditReport
from ui.formats import datetime_text
from ui.i18n import is_language_change
from ui.labels import action_label, check_label, field_label, result_label, stage_label
from ui.messages import core_sentence, user_sentence
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import record_tree, show_sentence

SHOWN_ENTRIES = 500


def describe_detail(detail: Mapping[str, Any]) -> str:
    """The entry's details in words: field names, check and result, stages."""
    parts: list[str] = []
    fields = detail.get("fields")
    if isinstance(fields, list):
        parts.append(", ".join(field_label(str(f)) for f in fields))
    if "check" in detail:
        result = result_label(str(detail.get("result")))
        parts.append(f"{check_label(str(detail['check']))}: {result}")
    if "from" in detail and "to" in detail:
        parts.append(f"{stage_label(str(detail['from']))} → {stage_label(str(detail['to']))}")
    if "cases" in detail:
        parts.append(str(detail["cases"]))
    return "; ".join(p for p in parts if p)


class AuditLogPage(QWidget):
    """Emits ``loaded(count)`` after each refresh and ``verified(report)`` after a check."""

    loaded = Signal(int)
    verified = Signal(object)

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.entries: list[AuditEntry] = []
        self.title = QLabel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tree = record_tree(self, 5, alternating=True)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self._report: AuditReport | None = None
        self.retranslate()

    def refresh(self) -> VaultTask[list[AuditEntry]]:
        task: VaultTask[list[AuditEntry]] = VaultTask(
            self._db, lambda vault: vault.store.history(limit=SHOWN_ENTRIES), parent=self
        )
        task.success(self.show_entries).failure(self._failed)
        return task.run_in_background()

    def show_entries(self, entries: list[AuditEntry]) -> None:
        self.entries = list(entries)
        self._fill()
        self.loaded.emit(len(self.entries))

    def _fill(self) -> None:
        self.tree.clear()
        for entry in self.entries:
            self.tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        str(entry.seq),
                        datetime_text(entry.at, utc=True, seconds=True),
                        action_label(entry.action),
                        (entry.record_id or "")[:8],
                        describe_detail(entry.detail),
                    ]
                )
            )

    def verify(self) -> VaultTask[AuditReport]:
        self.verify_button.setEnabled(False)
        task: VaultTask[AuditReport] = VaultTask(
            self._db, lambda vault: vault.store.verify_audit(), parent=self
        )
        task.success(self._verified).failure(self._failed)
        return task.run_in_background()

    def _verified(self, report: AuditReport) -> None:
        self.verify_button.setEnabled(True)
        self._report = report
        self._show_report()
        self.verified.emit(report)

    def _show_report(self) -> None:
        report = self._report
        if report is None:
            self.result.clear()
        elif report.ok:
            self.result.setText(
                self.tr("The audit log is intact: %Ln entries checked.", "", report.entries)
            )
        else:
            self.result.setText(
                self.tr("The audit log was tampered with or damaged:")
                + "\n"
                + "\n".join(core_sentence(finding) for finding in report.findings)
            )

    def _failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        show_sentence(self.result, lambda: user_sentence(error))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("<h2>Audit log</h2>"))
        self.intro.setText(
            self.tr(
                "Every change, import and export, newest first. The log records what changed "
                "and when, not the values. Each entry is chained to the one before, so "
                "altering or removing one shows."
            )
        )
        self.tree.setHeaderLabels(
            [self.tr("No."), self.tr("Time (UTC)"), self.tr("What happened"),
             self.tr("Record"), self.tr("Details")]
        )  # fmt: skip
        self.refresh_button.setText(self.tr("Refresh"))
        self.verify_button.setText(self.tr("Check the chain"))
        self._fill()
        self._show_report()
