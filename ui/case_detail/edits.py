"""What the user changed on a case, and how it is written: all at once, or as much as can be.

The case screen collects its edits into a :class:`CaseEdits` and hands it to the database
thread. An explicit Save writes everything in one transaction or nothing (the user sees
why and can fix it). Locking or closing the app cannot ask anything, so it writes as much as
the store accepts (:func:`save_what_can_be_saved`): a half-typed date is dropped, the rest
of the work is kept. No Qt here, so these rules are tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app import diskfull
from app.errors import SatchelError
from app.store.fields import FIELDS_BY_NAME, validate_value


@dataclass(frozen=True)
class CheckEdit:
    """A vetting check as the form shows it now (empty text means "not given")."""

    check: str
    result: str
    evidence: str = ""
    reviewer: str = ""
    checked_on: str = ""


@dataclass(frozen=True)
class CaseEdits:
    """Changed fields and checks of one case (repr hides the values: they are case data)."""

    case_id: str
    fields: dict[str, str] = field(default_factory=dict, repr=False)
    checks: tuple[CheckEdit, ...] = field(default=(), repr=False)

    def is_empty(self) -> bool:
        return not self.fields and not self.checks


def apply_check(store: Any, case_id: str, edit: CheckEdit) -> None:
    store.set_check(
        case_id,
        edit.check,
        edit.result,
        evidence=edit.evidence or None,
        reviewer=edit.reviewer,
        checked_on=edit.checked_on or None,
    )


def save_edits(store: Any, edits: CaseEdits) -> dict[str, Any]:
    """Write every edit in one transaction (checks first, so a stage can rely on them).

    Returns the case as stored afterwards; raises the store's error and changes nothing
    if any edit is refused.
    """
    with store.transaction():
        for check in edits.checks:
            apply_check(store, edits.case_id, check)
        if edits.fields:
            store.set_case_fields(edits.case_id, edits.fields)
    return dict(store.get_case(edits.case_id))


def save_what_can_be_saved(store: Any, edits: CaseEdits) -> list[str]:
    """Write what the store accepts, one piece at a time; the names of what was refused.

    Used when the vault locks or the app closes with unsaved edits: losing a whole
    afternoon's notes because one date was half typed would be worse than keeping the rest.
    A full disk refuses everything, not one value: its error is raised, to be said.
    """
    try:
        save_edits(store, edits)
        return []
    except SatchelError as error:
        _raise_if_disk_full(error)
    refused: list[str] = []
    for check in edits.checks:
        try:
            apply_check(store, edits.case_id, check)
        except SatchelError as error:
            _raise_if_disk_full(error)
            refused.append(check.check)
    valid = {}
    for name, value in edits.fields.items():
        try:
            validate_value(FIELDS_BY_NAME[name], value)
            valid[name] = value
        except (SatchelError, KeyError):
            refused.append(name)
    later = {k: valid.pop(k) for k in ("stage", "rejection_reason") if k in valid}
    for part in (valid, later):
        if not part:
            continue
        try:
            store.set_case_fields(edits.case_id, part)
        except SatchelError as error:
            _raise_if_disk_full(error)
            refused.extend(part)
    return refused


def _raise_if_disk_full(error: SatchelError) -> None:
    if diskfull.is_disk_full(error):
        raise error
