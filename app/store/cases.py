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
from app.store import attestations, search
from app.store.attachments import case_attachments
from app.store.fields import LEVELS, STAGES, date_text, fields_of
from app.store.records import read_record
from app.store.reports import reports_of
from app.store.vetting import vetting_summary
from app.store.workflow import CHECK_LABELS, CHECKS, REQUIRED_CHECKS, missing_checks
from app.types import Connection


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

_LIST_SQL = (
    "SELECT case_id, name, name_latin, name_cyrillic, stage, risk, lawyer, deadline, "
    "next_action, touched_at, created_at FROM case_list"
)
"""The same columns as ``_ROW_SQL``, from the rows the triggers keep in the list's order."""


@dataclass(frozen=True)
class CaseFilter:
    """The filters shared by :func:`list_cases` and :func:`count_cases`."""

    stage: str | Iterable[str] | None = None
    risk: str | Iterable[str] | None = None
    lawyer: str | None = None
    due_before: date | str | None = None
    search: str | None = None

    @property
    def only_search(self) -> bool:
        """True when the search is the one filter set (it can be counted in the index)."""
        return (self.stage, self.risk, self.lawyer, self.due_before) == (None,) * 4

    @property
    def searching(self) -> bool:
        """True when the search has words that narrow the list."""
        return bool(self.search and search.query_words(self.search))

    def where(self, *, probe_search: bool = False) -> tuple[str, list[object]]:
        """The WHERE clause and its arguments.

        ``probe_search`` writes the search as a test on each case row (is its search key
        among the matches, a set built once from the search index), which SQLite cannot use
        to drive the query: it then walks the sort order's index and stops at the page's
        end. Right for a search that matches much of the vault; for a narrow one, driving
        from the few matches and sorting them is faster (see :func:`list_cases`).
        """
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
        if self.search and probe_search:
            keys = search.matching_keys_sql(self.search)
            if keys is not None:
                probe = "(SELECT k.key FROM search_keys k WHERE k.case_id = c.id)"
                clauses.append(f"{probe} IN ({keys[0]})")
                args.extend(keys[1])
        elif self.search:
            found = search.matching_cases_sql(self.search)
            if found is not None:  # a query of one-letter words only filters nothing
                clauses.append(f"c.id IN ({found[0]})")
                args.extend(found[1])
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
    direction = "DESC" if descending else "ASC"
    order = ", ".join(f"{part} {direction}" for part in ORDERS[order_by].split(", "))
    order = f"{order}, c.id {direction}"
    page = (-1 if limit is None else limit, offset)
    plan = _search_plan(conn, where, order_by)
    if plan == "nothing":
        return []
    if order_by == "updated" and where.only_search:
        return _from_list_rows(conn, where, plan, direction, page)
    clause, args = where.where(probe_search=plan == "walk")
    if plan == "sort":
        # Sort the matching cases on the case rows alone, then join the page's 200. Every
        # part is this module's own SQL text; values are bound parameters.
        joins = _joins(clause, order_by)
        top = "SELECT c.id FROM cases c" + joins + clause  # noqa: S608
        top += f" ORDER BY {order} LIMIT ? OFFSET ?"
        sql = f"{_ROW_SQL} WHERE c.id IN ({top}) ORDER BY {order}"
    else:
        sql = f"{_ROW_SQL}{clause} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*args, *page)).fetchall()
    return [CaseRow(*row) for row in rows]


def _from_list_rows(
    conn: Connection, where: CaseFilter, plan: str, direction: str, page: tuple[int, int]
) -> list[CaseRow]:
    """The list in its default order, whole or searched, from the rows kept in that order
    (:mod:`app.store.list_rows`): no case, person or risk row is read.

    "walk" goes down the rows in order and tests each case's search key; "sort" finds the
    matches' places through the index on the case id (which holds the place, so no row is
    read), sorts those, and reads the rows of the page alone. Every part is this module's
    own SQL text or :mod:`app.store.search`'s; values are bound parameters.
    """
    order = f"touched_at {direction}, case_id {direction}"
    if plan == "walk":
        keys = search.matching_keys_sql(where.search or "")
        assert keys is not None  # "walk" is only chosen for a search with words
        probe = "(SELECT k.key FROM search_keys k WHERE k.case_id = l.case_id)"
        sql = f"{_LIST_SQL} l WHERE {probe} IN ({keys[0]}) ORDER BY {order} LIMIT ? OFFSET ?"
        args: list[object] = list(keys[1])
    elif plan == "sort":
        found = search.matching_cases_sql(where.search or "")
        assert found is not None
        places = (
            f"SELECT touched_at, case_id FROM case_list WHERE case_id IN ({found[0]}) "  # noqa: S608
            f"ORDER BY {order} LIMIT ? OFFSET ?"
        )
        sql = f"{_LIST_SQL} WHERE (touched_at, case_id) IN ({places}) ORDER BY {order}"
        args = list(found[1])
    else:  # no search words: the whole list
        sql = f"{_LIST_SQL} ORDER BY {order} LIMIT ? OFFSET ?"
        args = []
    return [CaseRow(*row) for row in conn.execute(sql, (*args, *page)).fetchall()]


def _joins(clause: str, order_by: str) -> str:
    """Only the joins a filter or a sort order needs (each costs a lookup per case)."""
    joins = ""
    if order_by == "name":
        joins += " JOIN persons p ON p.id = c.person_id"
    if "r.risk" in clause:
        joins += " LEFT JOIN risks r ON r.case_id = c.id"
    return joins


INDEXED_ORDERS = frozenset({"updated", "created", "name", "deadline", "risk"})
"""Sort orders an index can walk in order (the stage order is computed per row)."""

DENSE_SHARE = 25
"""A search matching more than one case in ``DENSE_SHARE`` is listed by walking the sort
order; a narrower one by sorting its matches. Measured at 100,000 cases (bench/bench_search.py
queries and their typed prefixes), in the default order on the list's own rows (schema v10):
sorting takes a median 1.3 ms below 100 matches, 4.8 ms at 1,000-2,000, 7.4 ms at
2,000-4,000, 12 ms at 4,000-8,000 and 16-30 ms above; the walk 89 ms below 100, 15 ms at
1,000-2,000, 7.6 ms at 2,000-4,000, 5.6 ms at 4,000-8,000 and 5-7 ms above. Through the case
rows (another order or filter) the two crossed at the same place: 19 against 33 ms at
2,000-4,000, 31 against 20 ms at 4,000-8,000. So near one case in 25."""


def _search_plan(conn: Connection, where: CaseFilter, order_by: str) -> str:
    """How to list: "plain" (no search), "nothing" (no match), "sort" the few matches,
    or "walk" the sort index testing each case (a search matching much of the vault)."""
    if not where.searching:
        return "plain"
    assert where.search is not None
    matches = search.count_matches(conn, where.search)
    if matches == 0:
        return "nothing"
    if order_by not in INDEXED_ORDERS:
        return "sort"
    return "walk" if matches * DENSE_SHARE > total_cases(conn) else "sort"


def total_cases(conn: Connection) -> int:
    """How many cases the vault holds, from the count the triggers keep (migration v10)."""
    return int(conn.execute("SELECT n FROM case_count").fetchone()[0])


def count_cases(conn: Connection, where: CaseFilter) -> int:
    if where.searching and where.only_search:
        assert where.search is not None
        return search.count_matches(conn, where.search)
    clause, args = where.where()
    if not clause:
        return total_cases(conn)
    sql = f"SELECT count(*) FROM cases c{_joins(clause, 'updated')}{clause}"  # noqa: S608
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


def own_check_results(conn: Connection, case_id: str) -> dict[str, str]:
    """The results of the checks whose current version this vault wrote itself: never one
    taken from a bundle (``received``, set by the merge and cleared by ``set_check``)."""
    rows = conn.execute(
        "SELECT check_name, result FROM checks WHERE case_id = ? AND NOT received", (case_id,)
    ).fetchall()
    return {str(name): str(result) for name, result in rows}


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
        "identity_matches": summary.identity_matches,
    }  # fmt: skip
    case["sign_off"] = attestations.sign_off(conn, case_id).as_dict()
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
        record.pop("received", None)
        record["check"] = record.pop("check_name")
        record["label"] = CHECK_LABELS[name]
        record["required"] = name in REQUIRED_CHECKS
        ordered.append(record)
    return ordered
