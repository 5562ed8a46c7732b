"""Whole tables, row by row, exactly as they are stored: what border mode seals and restores.

A table's shape (its columns and primary key) is read from the schema the numbered
migrations build at a given version, in an in-memory database (nothing touches the disk).
Rows are read in key order, so a table can be cut into batches and each batch read again
from its first key; they are written back with one ``executemany`` per batch. Which tables
a border bundle carries, and what their values may be, is decided in
:mod:`app.exchange.bundle.border_tables`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from app.store.migrations import MIGRATIONS, migrate
from app.types import Connection, Cursor

Row = tuple[Any, ...]


@dataclass(frozen=True)
class TableShape:
    """One table at one schema version: its columns and its primary key."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]

    def key_of(self, row: Row) -> Row:
        return tuple(row[self.columns.index(name)] for name in self.key)


def shapes_at(version: int, tables: Sequence[str]) -> dict[str, TableShape]:
    """The shapes of ``tables`` (those that exist at schema ``version``), in their order."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.isolation_level = None
        migrate(conn, MIGRATIONS[:version])
        present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
        return {t: _shape(conn, t) for t in tables if t in present}
    finally:
        conn.close()


def schema_tables(conn: Connection) -> list[str]:
    """Every table of a database (for the test that nothing is forgotten)."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [str(row[0]) for row in rows]


def _shape(conn: Connection, table: str) -> TableShape:
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    columns = tuple(str(row[1]) for row in info)
    key = tuple(str(row[1]) for row in sorted(info, key=lambda row: row[5]) if row[5])
    return TableShape(table, columns, key or columns)


def count_rows(conn: Connection, table: str) -> int:
    _check_name(table)
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def rows_in_key_order(conn: Connection, shape: TableShape) -> Cursor:
    """Every row of the table in key order, as a cursor (read as it goes, never all at once)."""
    return conn.execute(_select(shape))


def rows_from_key(conn: Connection, shape: TableShape, first_key: Row, count: int) -> list[Any]:
    """``count`` rows in key order from the row with key ``first_key`` on."""
    return conn.execute(
        _select(shape, _from_key(shape)) + " LIMIT ?", (*first_key, count)
    ).fetchall()


def insert_rows(conn: Connection, shape: TableShape, rows: Iterable[Row]) -> None:
    """Write rows as they came (every column), in one ``executemany``."""
    marks = ", ".join("?" for _ in shape.columns)
    sql = f"INSERT INTO {shape.name} ({', '.join(shape.columns)}) VALUES ({marks})"  # noqa: S608
    conn.executemany(sql, rows)


def attachment_list(conn: Connection) -> list[Any]:
    """``(id, size, sha256)`` of every attachment, by id."""
    return conn.execute("SELECT id, size, sha256 FROM attachments ORDER BY id").fetchall()


def _select(shape: TableShape, where: str = "") -> str:
    """SQL reading the rows in key order (``where`` uses :func:`_from_key`)."""
    return (
        f"SELECT {', '.join(shape.columns)} FROM {shape.name} {where} "  # noqa: S608
        f"ORDER BY {', '.join(shape.key)}"
    )


def _from_key(shape: TableShape) -> str:
    """A condition for the rows from a given key on (a row-value comparison)."""
    return f"WHERE ({', '.join(shape.key)}) >= ({', '.join('?' for _ in shape.key)})"


def _check_name(table: str) -> None:
    if not table.isidentifier():
        raise ValueError(f"not a table name: {table}")
