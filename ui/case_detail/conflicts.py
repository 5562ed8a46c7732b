"""Edits from a partner kept beside ours ("keep both"), shown on the case until reconciled.

When an import met a record both sides had changed and the user chose "keep both", the core
kept our version and added theirs to the case as a note
(``app.exchange.bundle.merge.conflict_note``):

    Conflicting version of this case's persons record received from Paris:
    - city: Lyon
    - unit: в/ч 2

:func:`kept_conflicts` reads those notes back and sets each of their values beside ours as
the case holds it now; :class:`ConflictBanner` shows them above the tabs, naming the partner
and the fields, theirs against ours, so the lawyer can reconcile by editing. A field whose
value is now the same on both sides no longer counts; a conflict with nothing left to
reconcile is not shown. Our value is known for the case, the person, the military service
and the risk; for other records (a vetting check, a statement...) the note does not say
which one, so only their value is shown and the tab to look at is named.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.formats import date_text
from ui.i18n import is_language_change
from ui.labels import choice_label, record_field_label, record_label, stage_label
from ui.theme import NOTICE_STYLE

_HEAD = re.compile(r"^Conflicting version of this case's ([a-z_]+) record received from (.*):$")
_FIELD = re.compile(r"^- ([a-z_][a-z0-9_]*): ?(.*)$")
# Where each table's record lives in ``store.get_case``: a single record per case.
_MINE = {"cases": None, "persons": "person", "services": "service", "risks": "risk"}
_SHOWN_CHARS = 160


@dataclass(frozen=True)
class FieldConflict:
    """One field: their value from the note, ours as the case holds it (None: not known)."""

    name: str
    theirs: str
    mine: str | None

    @property
    def reconciled(self) -> bool:
        return self.mine is not None and self.mine == self.theirs


@dataclass(frozen=True)
class KeptConflict:
    """One note holding a partner's version of one record."""

    note_id: str
    table: str
    partner: str
    received_at: str
    fields: tuple[FieldConflict, ...]

    def open_fields(self) -> tuple[FieldConflict, ...]:
        """The fields still to reconcile."""
        return tuple(f for f in self.fields if not f.reconciled)


def parse_conflict_note(text: str) -> tuple[str, str, list[tuple[str, str]]] | None:
    """The table, partner and (field, their value) pairs of a conflict note; None if ``text``
    is an ordinary note. A value that ran over several lines is joined back together."""
    lines = str(text).split("\n")
    head = _HEAD.match(lines[0]) if lines else None
    if head is None:
        return None
    pairs: list[tuple[str, str]] = []
    for line in lines[1:]:
        found = _FIELD.match(line)
        if found is not None:
            pairs.append((found.group(1), found.group(2)))
        elif pairs:
            name, value = pairs[-1]
            pairs[-1] = (name, f"{value}\n{line}")
        else:
            return None  # not the shape the core writes: treat it as an ordinary note
    if not pairs:
        return None
    return head.group(1), head.group(2), pairs


def kept_conflicts(case: Mapping[str, Any]) -> list[KeptConflict]:
    """Every conflict note of ``case`` (as ``store.get_case`` returns it), oldest first."""
    found = []
    for note in case.get("notes") or []:
        parsed = parse_conflict_note(str(note.get("text") or ""))
        if parsed is None:
            continue
        table, partner, pairs = parsed
        fields = tuple(
            FieldConflict(name, theirs, _mine(case, table, name)) for name, theirs in pairs
        )
        found.append(
            KeptConflict(
                str(note.get("id") or ""), table, partner, str(note.get("created_at") or ""),
                fields,
            )
        )  # fmt: skip
    return found


def _mine(case: Mapping[str, Any], table: str, name: str) -> str | None:
    if table not in _MINE:
        return None
    part = _MINE[table]
    record = case if part is None else (case.get(part) or {})
    value = record.get(name)
    return "" if value is None else str(value)


def shown_value(name: str, value: str | None) -> str:
    """A value as the case screen words it (stages and choices in the user's language)."""
    if not value:
        return "—"
    if name == "stage":
        return stage_label(value)
    shown = choice_label(value)
    return shown if len(shown) <= _SHOWN_CHARS else shown[: _SHOWN_CHARS - 1] + "…"


def conflict_note_text(text: str) -> str | None:
    """A conflict note as the Notes tab shows it, in the user's words; None for an ordinary
    note. The core keeps the note in English with its field codes ("- birth_date: ..."), the
    same in every vault; the screen names the record and the fields in its own language."""
    parsed = parse_conflict_note(text)
    if parsed is None:
        return None
    table, partner, pairs = parsed
    head = (
        QCoreApplication.translate(
            "ConflictNote", "The version of this case's “%1” that “%2” sent, kept beside yours:"
        )
        .replace("%1", record_label(table))
        .replace("%2", partner)
    )
    lines = [f"- {record_field_label(name)}: {_word(name, value)}" for name, value in pairs]
    return "\n".join([head, *lines])


def _word(name: str, value: str) -> str:
    """A stage or a choice in the user's words; any other value whole, as it came."""
    return stage_label(value) if name == "stage" else choice_label(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ConflictBanner(QFrame):
    """Above the case's tabs: what partners sent that differs from ours, field by field."""

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.conflicts: list[KeptConflict] = []
        self.setObjectName("conflictBanner")
        self.setStyleSheet("#conflictBanner " + NOTICE_STYLE)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.hide()

    def show_case(self, case: Mapping[str, Any]) -> None:
        self.conflicts = [c for c in kept_conflicts(case) if c.open_fields()]
        self._show_words()

    def _show_words(self) -> None:
        self.setVisible(bool(self.conflicts))
        if not self.conflicts:
            self.text.clear()
            return
        parts = [f"<b>{_escape(self._headline())}</b>"]
        parts.extend(self._describe(conflict) for conflict in self.conflicts)
        parts.append(f"<i>{_escape(self._advice())}</i>")
        self.text.setText("".join(parts))

    def _headline(self) -> str:
        return self.tr(
            "%Ln edit(s) from partners were kept beside yours. Compare and edit the fields "
            "below; each disappears once both versions agree.",
            "",
            sum(len(c.open_fields()) for c in self.conflicts),
        )

    def _advice(self) -> str:
        return self.tr("Their full version stays on the Notes tab.")

    def _describe(self, conflict: KeptConflict) -> str:
        title = (
            self.tr("From “%1”, %2 (%3):")
            .replace("%1", conflict.partner)
            .replace("%2", record_label(conflict.table))
            .replace("%3", date_text(conflict.received_at))
        )
        titles = (self.tr("Field"), self.tr("Theirs"), self.tr("Yours"))
        head = "<tr>" + "".join(f"<th align='left'>{_escape(t)}</th>" for t in titles) + "</tr>"
        rows = [head]
        for field in conflict.open_fields():
            mine = (
                shown_value(field.name, field.mine)
                if field.mine is not None
                else self._where_to_look(conflict.table)
            )
            rows.append(
                f"<tr><td>{_escape(record_field_label(field.name))}</td>"
                f"<td><b>{_escape(shown_value(field.name, field.theirs))}</b></td>"
                f"<td>{_escape(mine)}</td></tr>"
            )
        table = "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"
        return f"<p>{_escape(title)}</p>{table}"

    def _where_to_look(self, table: str) -> str:
        return self.tr("see the “%1” tab").replace("%1", self._tab_name(table))

    def _tab_name(self, table: str) -> str:
        names = {
            "checks": self.tr("Vetting"),
            "statements": self.tr("Statements"),
            "events": self.tr("Timeline"),
            "notes": self.tr("Notes"),
            "attachments": self.tr("Attachments"),
            "referrals": self.tr("Referrals"),
        }
        return names.get(table, record_label(table))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._show_words()
        super().changeEvent(event)
