"""Reading cases: the whole case as a dictionary, and the filtered, sorted case list.

Writing lives in :mod:`app.store.store`; this module only reads, so the list view and the
case view can be optimised without touching the rules that guard changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotFoundError, term, terms
from app.store import search
from app.store.attachments import case_attachments
from app.store.fields import LEVELS, STAGES, date_text, fields_of
from app.store.records import read_record
from app.store.reports import reports_of
from app.store.vetting import vetting_summary
from app.store.workflow import CHECK_LABELS, CHECKS, REQUIRED_CHECKS, missing_checks

Connection = Any  # a sqlcipher3 connection (the module ships no type information)


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: str
    name: str
    name_latin: str | None
    name_cyrillic: str | None
    stage: str
    risk: str | None
    lawyer: str | None
    deadline: str | None
    next_action: str | None
    updated_at: str
    created_at: str


ORDERS = {
    "updated": "c.touched_at",
    "created": "c.created_at",
    "name": "p.name COLLATE NOCASE",
    "deadline": "c.deadline",
    "stage": "CASE c.stage " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STAGES))
    + " END",
    "risk": "c.risk_rank, c.touched_at",  # kept by triggers (migration v4), indexed
}  # fmt: skip

_ROW_SQL = (
    "SELECT c.id, p.name, p.name_latin, p.name_cyrillic, c.stage, r.risk, c.lawyer, "
    "c.deadline, c.next_action, c.touched_at, c.created_at "
    "FROM cases c JOIN persons p ON p.id = c.person_id LEFT JOIN risks r ON r.case_id = c.id"
)


@dataclass(frozen=True)
class CaseFilter:
    """The filters shared by :func:`list_cases` and :func:`count_cases`."""

    stage: str | Iterable[str] | None = None
    risk: str | Iterable[str] | None = None
    lawyer: str | None = None
    due_before: date | str | None = None
    search: str | None = None

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        args: list[object] = []
        for column, value, allowed in (
            ("c.stage", self.stage, STAGES),
            ("r.risk", self.risk, LEVELS),
        ):
            if value is not None:
                chosen = _choices(value, allowed, column.split(".")[1])
                clauses.append(f"{column} IN ({', '.join('?' for _ in chosen)})")
                args.extend(chosen)
        if self.lawyer:
            clauses.append("c.lawyer = ? COLLATE NOCASE")
            args.append(self.lawyer.strip())
        if self.due_before is not None:
            clauses.append("c.deadline IS NOT NULL AND c.deadline < ?")
            args.append(date_text(self.due_before, term("field", "deadline")))
        if self.search and self.search.strip():
            found = search.matching_cases_sql(self.search)
            clauses.append(f"c.id IN ({found[0]})" if found else "0")
            args.extend(found[1] if found else [])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def _choices(value: str | Iterable[str], allowed: tuple[str, ...], what: str) -> list[str]:
    chosen = [value] if isinstance(value, str) else list(value)
    bad = [v for v in chosen if v not in allowed]
    if bad or not chosen:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "'{value}' is not a valid {what}; choose from: {choices}."),
            value=(bad or [""])[0][:40],
            what=term("field", what),
            choices=terms("choice", allowed),
        )
    return chosen


def list_cases(
    conn: Connection,
    where: CaseFilter,
    *,
    order_by: str = "updated",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[CaseRow]:
    if order_by not in ORDERS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core", "Cases cannot be sorted by '{order}'; choose from: {choices}."
            ),
            order=order_by[:40],
            choices=", ".join(ORDERS),
        )
    if offset < 0 or (limit is not None and limit < 0):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "The list offset and limit cannot be negative.")
        )
    clause, args = where.where()
    direction = "DESC" if descending else "ASC"
    order = ", ".join(f"{part} {direction}" for part in ORDERS[order_by].split(", "))
    sql = f"{_ROW_SQL}{clause} ORDER BY {order}, c.id {direction} LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*args, -1 if limit is None else limit, offset)).fetchall()
    return [CaseRow(*row) for row in rows]


def count_cases(conn: Connection, where: CaseFilter) -> int:
    clause, args = where.where()
    join = " LEFT JOIN risks r ON r.case_id = c.id" if "r.risk" in clause else ""
    sql = f"SELECT count(*) FROM cases c{join}{clause}"  # noqa: S608
    return int(conn.execute(sql, args).fetchone()[0])


def case_record(conn: Connection, case_id: str) -> dict[str, Any]:
    rows = read_record(conn, "cases", "id = ?", (case_id,))
    if not rows:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Core", "No case matches '{case_id}'."), case_id=case_id[:40]
        )
    return rows[0]


def check_results(conn: Connection, case_id: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT check_name, result FROM checks WHERE case_id = ?", (case_id,)
    ).fetchall()
    return {name: result for name, result in rows}


def get_case(conn: Connection, case_id: str) -> dict[str, Any]:
    """The whole case as plain, JSON-ready data (attachments described, not included)."""
    case = case_record(conn, case_id)
    case["last_activity"] = case.pop("touched_at")
    person_id = case.pop("person_id")
    case["person"] = read_record(conn, "persons", "id = ?", (person_id,))[0]
    case["service"] = _one(conn, "services", case_id)
    case["risk"] = _one(conn, "risks", case_id)
    checks = _checks(conn, case_id)
    case["checks"] = checks
    case["required_checks_missing"] = missing_checks({c["check"]: c["result"] for c in checks})
    case["statements"] = _many(conn, "statements", case_id, "stated_on IS NULL, stated_on")
    case["timeline"] = _many(conn, "events", case_id, "occurred_on IS NULL, occurred_on")
    case["notes"] = _many(conn, "notes", case_id, "created_at")
    case["attachments"] = [a.as_dict() for a in case_attachments(conn, case_id)]
    case["referrals"] = _many(conn, "referrals", case_id, "created_at")
    case["stage_reports"] = [
        {"peer": r.peer, "peer_key": r.peer_key, "stage": r.stage, "reported_at": r.reported_at,
         "received_at": r.received_at}
        for r in reports_of(conn, case_id)
    ]  # fmt: skip
    summary = vetting_summary(conn, case_id)
    case["vetting_record"] = None if summary is None else {
        "signer": summary.signer, "passed": summary.passed, "required": summary.required,
        "signature_valid": summary.signature_valid, "key_verified": summary.key_verified,
    }  # fmt: skip
    return case


def _one(conn: Connection, table: str, case_id: str) -> dict[str, Any]:
    """The case's service or risk record; empty fields if the case arrived without one."""
    records = read_record(conn, table, "case_id = ?", (case_id,))
    if not records:
        return {"id": None, **dict.fromkeys(fields_of(table))}
    record = records[0]
    record.pop("case_id")
    return record


def _many(conn: Connection, table: str, case_id: str, order: str) -> list[dict[str, Any]]:
    records = read_record(conn, table, f"case_id = ? ORDER BY {order}, created_at, id", (case_id,))
    for record in records:
        record.pop("case_id")
    return records


def _checks(conn: Connection, case_id: str) -> list[dict[str, Any]]:
    records = {r["check_name"]: r for r in read_record(conn, "checks", "case_id = ?", (case_id,))}
    ordered = []
    for name in CHECKS:
        # A case that arrived without its checks (a status bundle) shows them as not done.
        record = records.get(name) or {
            "id": None, "check_name": name, "result": "not_done", "evidence": None,
            "reviewer": None, "checked_on": None, "case_id": None,
        }  # fmt: skip
        record.pop("case_id")
        record["check"] = record.pop("check_name")
        record["label"] = CHECK_LABELS[name]
        record["required"] = name in REQUIRED_CHECKS
        ordered.append(record)
    return ordered
