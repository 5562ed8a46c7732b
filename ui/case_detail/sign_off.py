"""Who vouched for this case's vetting, and what the two-person rule still needs.

Each signature is one line: who signed (this vault, a contact, or a key nobody here
knows), the decision and the date, and whether it counts. One that no longer counts says
why in words: signed over earlier checks (a check or the person changed since), withdrawn
(the same person signed the other decision since), a key not verified in person, a key
that is not a contact, or a signature that does not verify. Under the rule, the last line
says whether it is met or how many signatures are missing.

"Sign the vetting" signs the checks as they are saved; it waits while checks have unsaved
edits, so a person never signs something other than what she sees, and while a required
check has not passed.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.formats import date_text
from ui.i18n import is_language_change
from ui.theme import good_colour


class SignOffBox(QFrame):
    """Emits ``sign_requested`` when the user signs the vetting as saved."""

    sign_requested = Signal()

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._data: Mapping[str, Any] | None = None
        self._unsaved = False
        self._complete = False
        self.title = QLabel(self)
        self.lines = QLabel(self)
        self.lines.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.sign_button = QPushButton(self)
        self.sign_button.clicked.connect(self.sign_requested)
        row = QHBoxLayout()
        row.addWidget(self.sign_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.retranslate()

    def show_sign_off(self, data: Mapping[str, Any] | None) -> None:
        self._data = data
        self._fill()

    def set_form_state(self, *, unsaved: bool, complete: bool) -> None:
        """Signing waits while checks have unsaved edits or a required check has not passed
        (the store would refuse it; the summary above names the checks)."""
        self._unsaved, self._complete = unsaved, complete
        self._fill()

    def _fill(self) -> None:
        data = self._data or {}
        signatures = list(data.get("signatures") or [])
        self.lines.setText("<br>".join(self._line(s) for s in signatures))
        self.lines.setVisible(bool(signatures))
        self.status.setText(self._status(data, signatures))
        self.sign_button.setEnabled(self._data is not None and self._complete and not self._unsaved)
        if self._unsaved:
            hint = self.tr("Save the checks first: you sign them as they are saved.")
        elif not self._complete:
            hint = self.tr("Every required check must pass before you can sign.")
        else:
            hint = ""
        self.sign_button.setToolTip(hint)

    def _line(self, item: Mapping[str, Any]) -> str:
        signer = item.get("signer")
        if signer == "":
            who = self.tr("This vault")
        elif signer is None:
            who = self.tr("An unknown key (%1…)").replace("%1", str(item["signer_key"])[8:20])
        else:
            who = str(signer)
        decision = self.tr("cleared") if item.get("decision") == "cleared" else self.tr("rejected")
        text = (
            self.tr("%1 signed: %2, on %3")
            .replace("%1", escape(who))
            .replace("%2", decision)
            .replace("%3", date_text(str(item.get("signed_at") or "")))
        )
        problem = item.get("problem")
        if problem is None:
            return f'<span style="color: {good_colour()};">✓ {text}</span>'
        why = {
            "bad_signature": self.tr("the signature does not verify"),
            "earlier_checks": self.tr(
                "signed over earlier checks or details: a check, the name, the birth date or "
                "the passport changed since"
            ),
            "withdrawn": self.tr("withdrawn: the same person signed the other decision since"),
            "unknown_key": self.tr("the key is not among your contacts"),
            "unverified": self.tr("the key was not verified in person"),
        }[str(problem)]
        return (
            f'<span style="color: {self._problem_colour()};">✗ {text}; '
            + self.tr("does not count: %1").replace("%1", why)
            + "</span>"
        )

    def _problem_colour(self) -> str:
        """The palette's problem red (BrightText, see ui.theme): readable on light and dark."""
        return self.palette().color(QPalette.ColorRole.BrightText).name()

    def _status(self, data: Mapping[str, Any], signatures: list[Any]) -> str:
        if not data:
            return ""
        if data.get("rule_on"):
            if data.get("two_person_met"):
                return self.tr("Two-person rule: met, two different people signed these checks.")
            return self.tr(
                "Two-person rule: %Ln more signature(s) needed from people whose keys you "
                "verified in person.",
                "",
                int(data.get("missing") or 0),
            )
        if not signatures:
            return self.tr("Nobody has signed this vetting yet.")
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText("<b>" + self.tr("Sign-off") + "</b>")
        self.sign_button.setText(self.tr("Sign the vetting as cleared"))
        self._fill()
