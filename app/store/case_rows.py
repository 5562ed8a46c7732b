"""A case's records as bundles read and write them: many cases at once, and the few single
facts the bundle code asks about one case.

The bundle code (:mod:`app.exchange.bundle`) decides what to send and what to take; the SQL
it needs is here. Reading for an export is batched: :func:`rows_of_cases` reads one table's
rows of a whole group of cases with one SELECT.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.store.records import RECORD_TABLES
from app.types import Connection

_CASE_ROWS = {
    "cases": "SELECT c.id, c.* FROM cases c WHERE c.id IN ({marks})",
    "persons": "SELECT c.id, p.* FROM cases c JOIN persons p ON p.id = c.person_id "
    "WHERE c.id IN ({marks})",
    "partners": "SELECT r.case_id, p.* FROM (SELECT DISTINCT case_id, partner_id FROM referrals "
    "WHERE case_id IN ({marks})) r JOIN partners p ON p.id = r.partner_id ORDER BY r.case_id, p.id",
}
_CASE_ROWS_OF_TABLE = (
    "SELECT t.case_id, t.* FROM {table} t WHERE t.case_id IN ({marks}) ORDER BY t.case_id, t.id"
)


def rows_of_cases(
    conn: Connection, table: str, case_ids: Sequence[str]
) -> dict[str, list[dict[str, Any]]]:
    """``{case id: rows}`` of ``table`` for these cases (one SELECT: the caller keeps the group
    small), each case's rows by id, each row a dict of every column."""
    marks = ", ".join("?" for _ in case_ids)
    if table not in _CASE_ROWS and (table not in RECORD_TABLES or not table.isidentifier()):
        raise ValueError(f"not a bundle table: {table}")
    sql = _CASE_ROWS.get(table, _CASE_ROWS_OF_TABLE).format(table=table, marks=marks)
    cursor = conn.execute(sql, tuple(case_ids))
    names = [d[0] for d in cursor.description][1:]
    found: dict[str, list[dict[str, Any]]] = {}
    for case_id, *values in cursor.fetchall():
        found.setdefault(case_id, []).append(dict(zip(names, values, strict=True)))
    return found


def all_case_ids(conn: Connection) -> list[str]:
    """Every case, oldest first."""
    rows = conn.execute("SELECT id FROM cases ORDER BY created_at, id").fetchall()
    return [str(row[0]) for row in rows]


def case_origin(conn: Connection, case_id: str) -> str | None:
    """The id of the vault that created the case, None if there is no such case."""
    row = conn.execute("SELECT origin FROM cases WHERE id = ?", (case_id,)).fetchone()
    return None if row is None else str(row[0])


def case_stage(conn: Connection, case_id: str) -> str | None:
    """The case's stage here, None if the case is not in this vault."""
    row = conn.execute("SELECT stage FROM cases WHERE id = ?", (case_id,)).fetchone()
    return None if row is None else str(row[0])


def person_has_case(conn: Connection, person_id: Any) -> bool:
    """Whether a case of this vault already belongs to the person."""
    taken = conn.execute("SELECT 1 FROM cases WHERE person_id = ?", (person_id,)).fetchone()
    return taken is not None


def case_person_name(conn: Connection, case_id: str) -> str | None:
    """The name of the case's person here, None if the case is not in this vault."""
    row = conn.execute(
        "SELECT p.name FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id = ?",
        (case_id,),
    ).fetchone()
    return None if row is None else str(row[0])


def touch_case(conn: Connection, case_id: str, when: str) -> None:
    """Mark the case as changed at ``when`` (lists sort by it)."""
    conn.execute("UPDATE cases SET touched_at = ? WHERE id = ?", (when, case_id))
