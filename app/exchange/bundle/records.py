"""The strict check of a case entry when it comes in (its writing is
:mod:`app.exchange.bundle.entries`).

The entry's shape (one case's records and their ``bases``) is described there. Nothing
out of place gets in: every table, field, value, reference and size is checked before the
importer classifies a record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from app.errors import InvalidInputError
from app.exchange.bundle import jsonstrict
from app.exchange.bundle.errors import malformed
from app.exchange.bundle.manifest import is_uuid
from app.exchange.bundle.profiles import FIELDS, REFERENCES, TABLES
from app.metadata_codes import from_legacy, is_code
from app.store.attachments import clean_filename
from app.store.attestations import MAX_PER_CASE, Attestation
from app.store.attestations import parse as parse_attestation
from app.store.fields import FIELDS_BY_NAME, MAX_TEXT, STAGES, is_date_text
from app.store.records import RECORD_COLUMNS, is_time_text
from app.store.store import (
    EVENT_KINDS,
    PARTNER_KINDS,
    REFERRAL_STATUSES,
    TRANSLATION_LANGUAGES,
)
from app.store.workflow import CHECKS, RESULTS
from app.text import is_clean

Row = dict[str, Any]

MAX_ORIGIN = 100
_SHA256 = re.compile(r"[0-9a-f]{64}")
_MEDIA_TYPE = re.compile(r"[a-z]{1,20}/[a-z0-9][a-z0-9.+-]{0,100}")
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("cases", "stage"): STAGES,
    ("checks", "check_name"): CHECKS,
    ("checks", "result"): RESULTS,
    ("events", "kind"): EVENT_KINDS,
    ("referrals", "status"): REFERRAL_STATUSES,
    ("partners", "kind"): PARTNER_KINDS,
    ("statements", "translation_lang"): TRANSLATION_LANGUAGES,
}
_DATES = {
    ("checks", "checked_on"), ("statements", "stated_on"), ("events", "occurred_on"),
    ("referrals", "sent_on"),
}  # fmt: skip
_INTEGERS = {("attachments", "size"), ("attachments", "original_size")}
REQUIRED: dict[str, frozenset[str]] = {
    "partners": frozenset({"name", "kind"}),
    "persons": frozenset({"name"}),
    "cases": frozenset({"person_id", "stage"}),
    "services": frozenset({"case_id"}),
    "risks": frozenset({"case_id"}),
    "checks": frozenset({"case_id", "check_name", "result"}),
    "statements": frozenset({"case_id", "text", "source"}),
    "events": frozenset({"case_id", "kind", "description"}),
    "notes": frozenset({"case_id", "text"}),
    "attachments": frozenset(FIELDS["attachments"]),
    "referrals": frozenset({"case_id", "partner_id", "status"}),
}
"""Fields a record must carry to be created (the database's NOT NULL columns)."""
_SINGLE = {"persons", "cases", "services", "risks"}


@dataclass(frozen=True)
class CaseRecords:
    """A checked case entry: records by table (in write order) and the sender's bases."""

    case_id: str
    records: dict[str, list[Row]]
    bases: dict[str, dict[str, int]]
    vetting: dict[str, Any] | None = None  # shape checked; the signature by the importer
    attestations: tuple[Attestation, ...] = ()  # shape checked; the signatures by the importer

    def all_records(self) -> Iterable[tuple[str, Row]]:
        for table in TABLES:
            for row in self.records.get(table, []):
                yield table, row

    @property
    def person_name(self) -> str | None:
        persons = self.records.get("persons") or [{}]
        name = persons[0].get("name")
        return name if isinstance(name, str) else None


def parse_case_entry(data: bytes, case_id: str) -> CaseRecords:
    """Check a case entry completely; MalformedBundleError on anything out of place."""
    value = jsonstrict.loads(data)
    try:
        return _parse_case(value, case_id)
    except (TypeError, KeyError, AttributeError, ValueError):  # a check missed: still refused
        raise malformed() from None


def _parse_case(value: Any, case_id: str) -> CaseRecords:
    optional = {"vetting", "attestations"}
    if not isinstance(value, dict) or set(value) - optional != {"case_id", "records", "bases"}:
        raise malformed()
    if value["case_id"] != case_id or not isinstance(value["records"], dict):
        raise malformed()
    records = value["records"]
    if set(records) - set(TABLES):
        raise malformed()
    checked = {table: _rows_of(table, records[table]) for table in TABLES if table in records}
    _check_structure(case_id, checked)
    vetting = value.get("vetting")
    if vetting is not None and not (
        isinstance(vetting, dict) and set(vetting) == {"record", "signature"}
        and isinstance(vetting["record"], dict) and isinstance(vetting["signature"], str)
    ):  # fmt: skip
        raise malformed()
    signed = _attestations(value.get("attestations", []), case_id)
    return CaseRecords(case_id, checked, _bases(value["bases"], checked), vetting, signed)


def _attestations(items: Any, case_id: str) -> tuple[Attestation, ...]:
    """Attestations in their strict shape, for this case, each once, at most MAX_PER_CASE."""
    if not isinstance(items, list) or len(items) > MAX_PER_CASE:
        raise malformed()
    parsed = tuple(parse_attestation(item, case_id) for item in items)
    if any(a is None for a in parsed) or len(set(parsed)) != len(parsed):
        raise malformed()
    return tuple(a for a in parsed if a is not None)


def _rows_of(table: str, rows: Any) -> list[Row]:
    if not isinstance(rows, list) or not rows:
        raise malformed()
    if table in _SINGLE and len(rows) != 1:
        raise malformed()
    return [_row(table, row) for row in rows]


_RECORD_SET = frozenset(RECORD_COLUMNS)
_ALLOWED = {table: _RECORD_SET | frozenset(fields) for table, fields in FIELDS.items()}


def _row(table: str, row: Any) -> Row:
    if not isinstance(row, dict):
        raise malformed()
    names = set(row)
    if not names >= _RECORD_SET or not names <= _ALLOWED[table]:
        raise malformed()
    _check_record_columns(row)
    _codes_for_sentences(table, row)
    for name in names - _RECORD_SET:
        _check_field(table, name, row[name])
    return row


def _codes_for_sentences(table: str, row: Row) -> None:
    """A sender from before the codes wrote sentences for what was removed from an
    attachment: each known one becomes its code, whether the bundle is previewed or imported."""
    if table == "attachments" and isinstance(row.get("removed"), list):
        row["removed"] = [from_legacy(v) or v if isinstance(v, str) else v for v in row["removed"]]


def _check_record_columns(row: Row) -> None:
    origin, revision = row["origin"], row["revision"]
    if not is_uuid(row["id"]):
        raise malformed()
    if not _is_text(origin, MAX_ORIGIN) or "\n" in origin or "\t" in origin:
        raise malformed()
    if isinstance(revision, bool) or not isinstance(revision, int) or not 0 < revision < 2**53:
        raise malformed()
    if not (is_time_text(row["created_at"]) and is_time_text(row["updated_at"])):
        raise malformed()


def _check_field(table: str, name: str, value: Any) -> None:
    if value is None:
        if name in REQUIRED[table]:
            raise malformed()
        return
    if not _FIELD_CHECKS[table, name](value):
        raise malformed()


def _is_text(value: Any, limit: int) -> bool:
    """Text within ``limit`` that is not blank (this vault stores blank text as no value, and
    never a blank required one), without control or format characters (newline and tab
    allowed): no terminal escapes, bidi overrides or zero-width tricks get in."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= limit
        and not value.isspace()
        and is_clean(value)
    )


def _field_check(table: str, name: str) -> Callable[[Any], bool]:
    """The check of a field's value (not None), chosen once per field of every table."""
    key = (table, name)
    if name in REFERENCES:
        return is_uuid
    if key in _INTEGERS:
        return _is_count
    if key == ("attachments", "removed"):
        return _is_code_list
    if key == ("attachments", "sha256"):
        return partial(_is_match, _SHA256)
    if key == ("attachments", "media_type"):
        return partial(_is_match, _MEDIA_TYPE)
    if key == ("attachments", "filename"):
        return _is_file_name
    spec = FIELDS_BY_NAME.get(name)
    if spec is not None and spec.table != table:
        spec = None
    kind = None if spec is None else spec.kind
    choices = _CHOICES.get(key)
    if choices is None and key not in _DATES and spec is not None:
        if spec.kind == "choice":
            choices = spec.choices
        elif spec.kind == "bool":
            choices = ("yes", "no")
    if choices is not None:
        return partial(_is_choice, frozenset(c for c in choices if _is_text(c, MAX_TEXT)))
    if key in _DATES or kind == "date":
        return is_date_text
    return partial(_is_text, limit=MAX_TEXT)


def _is_file_name(value: Any) -> bool:
    """A name attaching here would keep as it is (:func:`clean_filename`): a file's own name,
    no folders, no leading dot, at most 200 characters."""
    if not _is_text(value, MAX_TEXT):
        return False
    try:
        return bool(clean_filename(value) == value)
    except InvalidInputError:
        return False


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53


def _is_code_list(value: Any) -> bool:
    return isinstance(value, list) and len(value) < 50 and all(is_code(v) for v in value)


def _is_match(pattern: re.Pattern[str], value: Any) -> bool:
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def _is_choice(allowed: frozenset[str], value: Any) -> bool:
    return isinstance(value, str) and value in allowed


_FIELD_CHECKS = {
    (table, name): _field_check(table, name) for table, names in FIELDS.items() for name in names
}


def _check_structure(case_id: str, records: Mapping[str, list[Row]]) -> None:
    """One case, its own sub-records, each record once: nothing points elsewhere."""
    cases = records.get("cases")
    if not cases or cases[0]["id"] != case_id:
        raise malformed()
    persons = records.get("persons")
    if persons and cases[0].get("person_id") not in (None, persons[0]["id"]):
        raise malformed()
    partner_ids = {row["id"] for row in records.get("partners", [])}
    ids: set[str] = set()
    for table, rows in records.items():
        for row in rows:
            if row["id"] in ids:
                raise malformed()
            ids.add(row["id"])
            if "case_id" in FIELDS[table] and row.get("case_id", case_id) != case_id:
                raise malformed()
            if table == "referrals" and row.get("partner_id") not in partner_ids | {None}:
                raise malformed()
    names = [row.get("check_name") for row in records.get("checks", [])]
    if len(names) != len(set(names)):
        raise malformed()
    if not all(_check_whole(row) for row in records.get("checks", [])):
        raise malformed()
    if not all(_translation_whole(row) for row in records.get("statements", [])):
        raise malformed()


_PASSED_WITH = ("evidence", "reviewer", "checked_on")


def _check_whole(row: Row) -> bool:
    """This vault's rule for a check (``Store.set_check``): it passes only with its evidence,
    reviewer and date recorded. A field the sender's profile leaves out (the evidence, in a
    referral) is not sent, which is not the same as sent empty."""
    return row.get("result") != "pass" or all(
        row.get(name, "") is not None for name in _PASSED_WITH
    )


_TRANSLATION = ("translation", "translation_lang", "translator")


def _translation_whole(row: Row) -> bool:
    """This vault's rule for a statement's translation (``Store.translate_statement``): the
    three fields travel together, and a translation says its language and who made it."""
    present = [name in row for name in _TRANSLATION]
    if not any(present):
        return True  # a sender from before translations
    if not all(present):
        return False
    values = [row[name] for name in _TRANSLATION]
    return all(v is None for v in values) or all(v is not None for v in values)


def _bases(value: Any, records: Mapping[str, list[Row]]) -> dict[str, dict[str, int]]:
    ids = {row["id"] for rows in records.values() for row in rows}
    if not isinstance(value, dict) or set(value) - ids:
        raise malformed()
    for peers in value.values():
        if not isinstance(peers, dict) or len(peers) > 64:
            raise malformed()
        for key, base in peers.items():
            if not isinstance(key, str) or len(key) > 200:
                raise malformed()
            if isinstance(base, bool) or not isinstance(base, int) or not 0 < base < 2**53:
                raise malformed()
    return value
