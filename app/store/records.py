"""What every synchronised record has: a stable id, its origin vault, a revision and times.

Bundle export and import compare ``(id, revision, updated_at)`` to decide what is new, so
every change to a record goes through :func:`insert_record` or :func:`update_record`, which
keep these consistent.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from app.types import Connection

RECORD_COLUMNS = ("id", "origin", "revision", "created_at", "updated_at")

RECORD_TABLES = frozenset(
    {
        "persons", "cases", "services", "risks", "checks", "statements", "events", "notes",
        "attachments", "partners", "contacts", "referrals",
    }
)  # fmt: skip


def utc_now() -> str:
    """The current time as UTC ISO 8601 with microseconds, e.g. 2025-01-31T08:15:00.000000Z."""
    return utc_text(datetime.now(UTC))


def utc_text(moment: datetime) -> str:
    """A UTC moment as the vault writes times (see :func:`utc_now`)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?Z")


def is_time_text(value: object) -> bool:
    """Whether ``value`` is a UTC time as vaults write them (:func:`utc_text`, the fraction
    optional), and a real moment: what arrives from outside follows the same rule."""
    if not isinstance(value, str) or _TIME.fullmatch(value) is None:
        return False
    try:
        datetime.fromisoformat(value[:-1])
    except ValueError:
        return False
    return True


def new_id() -> str:
    return str(uuid.uuid4())


# Namespace for the ids of a case's one-per-case parts (generated once, fixed forever).
_PART_NAMESPACE = uuid.UUID("6f1d3c2a-8b4e-4f5a-9c7d-2e8b1a0f4d63")
CASE_PARTS = ("services", "risks")


def case_part_id(table: str, case_id: str, check: str = "") -> str:
    """The id of a case's military-service or risk record, or of one vetting check.

    Derived from the case id (and the check's name), so every vault computes the same id for
    the same case: when one of them has to create the record later (a case that arrived
    without it, e.g. through a status bundle), the two copies are one record to the merge,
    never two.
    """
    if table not in (*CASE_PARTS, "checks") or (table == "checks") != bool(check):
        raise ValueError(f"not a one-per-case record: {table} {check}")
    return str(uuid.uuid5(_PART_NAMESPACE, f"{table}:{case_id}:{check}"))


def _check_table(table: str) -> None:
    if table not in RECORD_TABLES:
        raise ValueError(f"not a record table: {table}")


def _check_columns(columns: Mapping[str, object]) -> None:
    for name in columns:
        if not name.isidentifier() or name in RECORD_COLUMNS:
            raise ValueError(f"not a writable column: {name}")


def insert_record(
    conn: Connection,
    table: str,
    origin: str,
    values: Mapping[str, object],
    *,
    record_id: str | None = None,
    now: str | None = None,
) -> str:
    """Insert a new record (revision 1) and return its id."""
    rid = record_id or new_id()
    stamp = now or utc_now()
    _insert(conn, table, (rid, origin, 1, stamp, stamp), values)
    return rid


def insert_copy(
    conn: Connection, table: str, record: Mapping[str, Any], values: Mapping[str, object]
) -> None:
    """Insert a record received from another vault as it was there: its id, origin,
    revision and times from ``record`` (the merge relies on revisions matching), fields
    from ``values``."""
    _insert(conn, table, tuple(record[name] for name in RECORD_COLUMNS), values)


def _insert(
    conn: Connection, table: str, sync: tuple[object, ...], values: Mapping[str, object]
) -> None:
    _check_table(table)
    _check_columns(values)
    columns = [*RECORD_COLUMNS, *values]
    marks = ", ".join("?" for _ in columns)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
        (*sync, *values.values()),
    )


def update_record(
    conn: Connection, table: str, record_id: str, values: Mapping[str, object]
) -> bool:
    """Change some columns of a record, bumping its revision; False if nothing changed."""
    _check_table(table)
    _check_columns(values)
    current = read_columns(conn, table, record_id, list(values))
    changed = {k: v for k, v in values.items() if current.get(k) != v}
    if not changed:
        return False
    assignments = ", ".join(f"{name} = ?" for name in changed)
    conn.execute(
        f"UPDATE {table} SET {assignments}, revision = revision + 1, updated_at = ? "  # noqa: S608
        "WHERE id = ?",
        (*changed.values(), utc_now(), record_id),
    )
    return True


def read_columns(
    conn: Connection, table: str, record_id: str, columns: list[str]
) -> dict[str, Any]:
    """The named columns of one record (empty dict if it does not exist)."""
    _check_table(table)
    if not all(name.isidentifier() for name in columns):
        raise ValueError("not a column name")
    if not columns:
        return {}
    row = conn.execute(
        f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?",  # noqa: S608
        (record_id,),
    ).fetchone()
    return {} if row is None else dict(zip(columns, row, strict=True))


def read_record(
    conn: Connection, table: str, where: str, args: tuple[object, ...]
) -> list[dict[str, Any]]:
    """All rows of ``table`` matching ``where`` as dicts (record columns first)."""
    _check_table(table)
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {where}", args)  # noqa: S608
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


_BATCH = 400
"""Ids per ``IN (...)`` lookup: well under SQLite's limit on bound parameters."""


def read_records(conn: Connection, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The rows of ``table`` with these ids, by id, as :func:`read_record` gives them: one
    SELECT for up to ``_BATCH`` ids instead of one per record."""
    _check_table(table)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        marks = ", ".join("?" for _ in batch)
        cursor = conn.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", tuple(batch))  # noqa: S608
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            record = dict(zip(names, row, strict=True))
            found[record["id"]] = record
    return found


def held_records(
    conn: Connection, ids: Mapping[str, Sequence[str]]
) -> dict[str, dict[str, dict[str, Any]]]:
    """``{table: {id: row}}`` of the records this vault holds among ``ids`` (``{table: ids}``):
    which of them exist is asked in one statement (a ``UNION ALL`` of one lookup per table),
    and only tables with a hit are read, so a case new here costs one SELECT."""
    hits: dict[str, list[str]] = {}
    parts: list[tuple[str, Sequence[str]]] = []
    for table, wanted in ids.items():
        _check_table(table)
        parts += [(table, wanted[i : i + _BATCH]) for i in range(0, len(wanted), _BATCH)]
    while parts:
        group: list[tuple[str, Sequence[str]]] = []
        size = 0
        while parts and (not group or size + len(parts[0][1]) <= _BATCH):
            group.append(parts.pop(0))
            size += len(group[-1][1])
        sql = " UNION ALL ".join(
            f"SELECT '{table}', id FROM {table} WHERE id IN ({', '.join('?' for _ in batch)})"  # noqa: S608
            for table, batch in group
        )
        args = tuple(record_id for _table, batch in group for record_id in batch)
        for table, record_id in conn.execute(sql, args).fetchall():
            hits.setdefault(table, []).append(record_id)
    return {table: read_records(conn, table, found) for table, found in hits.items()}


def insert_copies(
    conn: Connection,
    table: str,
    copies: Sequence[tuple[Mapping[str, Any], Mapping[str, object]]],
) -> None:
    """:func:`insert_copy` for many ``(record, values)`` at once, in their order: one
    ``executemany`` for each run of records with the same columns."""
    _check_table(table)
    start = 0
    while start < len(copies):
        columns = tuple(copies[start][1])
        end = start + 1
        while end < len(copies) and tuple(copies[end][1]) == columns:
            end += 1
        _check_columns(copies[start][1])
        names = [*RECORD_COLUMNS, *columns]
        marks = ", ".join("?" for _ in names)
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",  # noqa: S608
            [
                (*(record[name] for name in RECORD_COLUMNS), *values.values())
                for record, values in copies[start:end]
            ],
        )
        start = end
