"""The case fields a user can set by name: the command-line contract.

``satchel case add --name NAME birth_date=1995-04-02 unit="в/ч 12345"`` and
``satchel case set ID stage=cleared`` both use these names. Each field knows where it lives
(person, case, military service or risk record), what kind of value it takes and, for
choices, which values are allowed. :func:`validate_fields` checks a whole set of changes
before anything is written, so one bad value changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Term, term, terms

MAX_TEXT = 20_000
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YES = ("yes", "true", "1", "да")
_NO = ("no", "false", "0", "нет")

STAGES = (
    "intake", "vetting", "cleared", "rejected", "referred", "documents_requested",
    "entry_approved", "departed", "arrived", "asylum_filed", "protection_granted", "closed",
)  # fmt: skip
LEVELS = ("low", "medium", "high", "critical")


@dataclass(frozen=True)
class FieldSpec:
    """One settable case field: its name, what it means, its kind and where it is stored."""

    name: str
    description: str
    kind: str  # "text", "date", "choice" or "bool"
    table: str
    choices: tuple[str, ...] = ()


def _f(
    name: str, table: str, description: str, kind: str = "text", choices: tuple[str, ...] = ()
) -> FieldSpec:
    return FieldSpec(name, description, kind, table, choices)


_P, _C, _S, _R = "persons", "cases", "services", "risks"

FIELDS: tuple[FieldSpec, ...] = (
    _f("name", _P, "Full name as the person gives it (Cyrillic or Latin)"),
    _f("name_latin", _P, "Name in Latin letters (computed from Cyrillic as in a Russian passport)"),
    _f("name_cyrillic", _P, "Name in Cyrillic letters (guessed from Latin; correct it if needed)"),
    _f("aliases", _P, "Other names and spellings, separated by commas"),
    _f("birth_date", _P, "Date of birth (YYYY-MM-DD)", "date"),
    _f("birth_place", _P, "Place of birth"),
    _f("citizenship", _P, "Citizenship"),
    _f("internal_passport", _P, "Internal (Russian) passport number"),
    _f("passport_status", _P, "International passport", "choice", ("has", "expired", "none")),
    _f("passport_expiry", _P, "International passport expiry date (YYYY-MM-DD)", "date"),
    _f("contacts", _P, "How to reach the person (messenger handles, phone)"),
    _f("city", _P, "City where the person is now"),
    _f("kz_address", _P, "Address in Kazakhstan"),
    _f("service_status", _S, "Kind of service", "choice",
       ("career", "contract", "mobilized", "conscript", "reservist")),
    _f("rank", _S, "Military rank"),
    _f("branch", _S, "Branch of the armed forces"),
    _f("unit", _S, "Military unit (e.g. в/ч 12345)"),
    _f("service_from", _S, "Service start date (YYYY-MM-DD)", "date"),
    _f("service_to", _S, "Service end date (YYYY-MM-DD)", "date"),
    _f("deployed_ukraine", _S, "Was the person deployed to Ukraine (yes/no)", "bool"),
    _f("deployment_places", _S, "Where the person was deployed"),
    _f("desertion_date", _S, "Date of desertion (YYYY-MM-DD)", "date"),
    _f("desertion_route", _S, "Route taken after deserting"),
    _f("criminal_article", _R, "Criminal code article of the case at home (e.g. 338)"),
    _f("criminal_case_number", _R, "Number of the criminal case at home"),
    _f("wanted", _R, "Is the person on a wanted list (yes/no)", "bool"),
    _f("detention_risk", _R, "Risk of detention in Kazakhstan", "choice", LEVELS),
    _f("deportation_risk", _R, "Risk of deportation from Kazakhstan", "choice", LEVELS),
    _f("family_pressure", _R, "Pressure on the family at home"),
    _f("risk", _R, "Overall risk level", "choice", LEVELS),
    _f("stage", _C, "Stage of the case", "choice", STAGES),
    _f("lawyer", _C, "Lawyer in charge"),
    _f("next_action", _C, "Next thing to do"),
    _f("deadline", _C, "Deadline for the next action (YYYY-MM-DD)", "date"),
    _f("rejection_reason", _C, "Why the case was rejected"),
)  # fmt: skip

FIELDS_BY_NAME: dict[str, FieldSpec] = {spec.name: spec for spec in FIELDS}


def fields_of(table: str) -> list[str]:
    return [spec.name for spec in FIELDS if spec.table == table]


_A_DATE = QT_TRANSLATE_NOOP("Core", "date")


def parse_date(text: str, what: str | Term = _A_DATE) -> date:
    """A strict ISO date (YYYY-MM-DD); anything else is a plain-sentence error.

    ``what`` names the date in that sentence: a field, or words marked for translation.
    """
    value = text.strip()
    day = _real_date(value)
    if day is not None:
        return day
    raise InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Core", "The {what} '{value}' is not a real date in the form YYYY-MM-DD."
        ),
        what=_subject(what),
        value=_short(value),
    )


def is_date_text(value: object) -> bool:
    """Whether ``value`` is a date as this vault stores one: a real date, written YYYY-MM-DD
    (for what arrives from outside, which must follow the same rule as what is typed here)."""
    if not isinstance(value, str):
        return False
    day = _real_date(value)
    return day is not None and day.isoformat() == value


def _real_date(value: str) -> date | None:
    if not _DATE_RE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def date_text(value: date | str | None, what: str | Term = _A_DATE) -> str | None:
    """A date given as ``date`` or ISO text, as stored text (None stays None)."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return parse_date(value, what).isoformat()


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def _subject(what: str | Term) -> Term:
    """What a sentence is about: a field as it is, or words marked for translation."""
    return what if isinstance(what, Term) else term("noun", what)


def check_text(value: str, what: str | Term, *, required: bool = False) -> str | None:
    """Trim text; an empty value means 'clear this' unless it is required.

    ``what`` names the value in error sentences: a field, or words marked for translation.
    """
    what = _subject(what)
    if not isinstance(value, str):
        raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "The {what} must be text."), what=what)
    text = value.strip()
    if "\x00" in text:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "The {what} contains an invalid character."), what=what
        )
    if len(text) > MAX_TEXT:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "The {what} is too long (at most {limit} characters)."),
            what=what,
            limit=MAX_TEXT,
        )
    if not text:
        if required:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "The {what} cannot be empty."), what=what
            )
        return None
    return text


def validate_value(spec: FieldSpec, raw: str) -> str | None:
    """The value to store for ``spec`` (None clears it), or an error sentence."""
    field = term("field", spec.name, f"field '{spec.name}'")
    text = check_text(raw, field, required=spec.name in ("name", "stage"))
    if text is None:
        return None
    if spec.kind == "date":
        return parse_date(text, term("field", spec.name, spec.name.replace("_", " "))).isoformat()
    if spec.kind == "bool":
        return _yes_no(spec, text)
    if spec.kind == "choice":
        choice = text.lower().replace("-", "_").replace(" ", "_")
        if choice not in spec.choices:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Core", "'{value}' is not a valid {what}; choose one of: {choices}."
                ),
                value=_short(text),
                what=term("field", spec.name, spec.name.replace("_", " ")),
                choices=terms("choice", spec.choices),
            )
        return choice
    return text


def _yes_no(spec: FieldSpec, text: str) -> str:
    lowered = text.lower()
    if lowered in _YES:
        return "yes"
    if lowered in _NO:
        return "no"
    raise InvalidInputError(
        QT_TRANSLATE_NOOP("Core", "The field '{field}' takes yes or no, not '{value}'."),
        field=term("field", spec.name),
        value=_short(text),
    )


def validate_fields(fields: Mapping[str, str]) -> dict[str, str | None]:
    """Check every field name and value; returns the values to store."""
    unknown = sorted(name for name in fields if name not in FIELDS_BY_NAME)
    if unknown:
        raise _unknown_fields(unknown)
    return {name: validate_value(FIELDS_BY_NAME[name], value) for name, value in fields.items()}


def _unknown_fields(unknown: list[str]) -> InvalidInputError:
    names = terms("field", [spec.name for spec in FIELDS])
    typed = ", ".join(repr(u) for u in unknown)
    if len(unknown) == 1:
        return InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "Unknown field {unknown}; valid fields are: {names}."),
            unknown=typed,
            names=names,
        )
    return InvalidInputError(
        QT_TRANSLATE_NOOP("Core", "Unknown fields {unknown}; valid fields are: {names}."),
        unknown=typed,
        names=names,
    )
