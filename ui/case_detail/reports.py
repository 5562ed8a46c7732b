"""What other vaults say about a case, shown beside it and never applied by themselves.

- **Stage reports**: "Reported by Paris on 2025-03-01: entry approved", each with an
  "Accept" button that moves the case through this vault's own workflow rule in one step.
- **The origin's vetting record** for a case that came from elsewhere: "Vetted by Astana:
  6 of 6 required checks passed, signature valid, key verified in person" in green, or a
  loud warning naming what does not hold (a check not passed, a broken signature, a key
  not verified in person, a sender no longer among the contacts).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.formats import date_text
from ui.i18n import is_language_change
from ui.labels import stage_label
from ui.theme import good_style
from ui.widgets import LOUD_WARNING_STYLE


class ReportsPanel(QFrame):
    """Emits ``accept_requested(peer_key)`` when the user accepts a reported stage."""

    accept_requested = Signal(str)

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._case: Mapping[str, Any] = {}
        self.vetting = QLabel(self)
        self.vetting.setWordWrap(True)
        self.rows: list[tuple[QLabel, QPushButton]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.vetting)
        self.hide()

    def show_case(self, case: Mapping[str, Any]) -> None:
        self._case = case
        for label, button in self.rows:
            label.deleteLater()
            button.deleteLater()
        self.rows = []
        for report in case.get("stage_reports") or []:
            self._add_row(report)
        self._fill()

    def _add_row(self, report: Mapping[str, Any]) -> None:
        row = QHBoxLayout()
        label = QLabel(self)
        label.setWordWrap(True)
        button = QPushButton(self)
        key = str(report["peer_key"])
        button.clicked.connect(lambda _checked=False, key=key: self.accept_requested.emit(key))
        row.addWidget(label, 1)
        row.addWidget(button)
        self._layout.addLayout(row)
        self.rows.append((label, button))

    def _fill(self) -> None:
        reports = list(self._case.get("stage_reports") or [])
        for (label, button), report in zip(self.rows, reports, strict=True):
            label.setText(
                self.tr("Reported by %1 on %2: %3 (not applied until you accept it).")
                .replace("%1", str(report["peer"]))
                .replace("%2", date_text(str(report["reported_at"])))
                .replace("%3", stage_label(str(report["stage"])))
            )
            button.setText(self.tr("Accept"))
        record = self._case.get("vetting_record")
        self.vetting.setVisible(record is not None)
        if record is not None:
            self._show_vetting(record)
        self.setVisible(bool(reports) or record is not None)

    def _show_vetting(self, record: Mapping[str, Any]) -> None:
        signer = record.get("signer") or self.tr("a vault that is no longer a contact")
        counts = (
            self.tr("%1 of %2 required checks passed")
            .replace("%1", str(record["passed"]))
            .replace("%2", str(record["required"]))
        )
        sound = (
            record.get("signer") is not None
            and record["signature_valid"]
            and record["key_verified"]
            and record["identity_matches"]
            and record["passed"] == record["required"]
        )
        if sound:
            self.vetting.setStyleSheet(good_style())
            self.vetting.setText(
                self.tr("Vetted by %1: %2, signature valid, key verified in person.")
                .replace("%1", str(signer))
                .replace("%2", counts)
            )
            return
        problems = []
        if record["passed"] != record["required"]:
            problems.append(counts)
        if not record["signature_valid"]:
            problems.append(self.tr("the signature is NOT valid"))
        if not record["key_verified"]:
            problems.append(self.tr("the key is NOT verified in person"))
        if not record["identity_matches"]:
            problems.append(self.tr("it does NOT vouch for the person as this case now names them"))
        self.vetting.setStyleSheet(LOUD_WARNING_STYLE)
        self.vetting.setText(
            self.tr(
                "Warning: the vetting record from %1 cannot be relied on: %2. This case "
                "cannot be cleared or moved on the protection path on its strength."
            )
            .replace("%1", str(signer))
            .replace("%2", "; ".join(problems))
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._fill()
        super().changeEvent(event)
