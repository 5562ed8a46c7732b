"""What a whole vault holds, counted: for checking a restored vault against its bundle."""

from __future__ import annotations

from collections.abc import Iterable

from app.types import Connection


def table_counts(conn: Connection, tables: Iterable[str]) -> dict[str, int]:
    """The number of rows of each of ``tables`` that exists in this database."""
    present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
    return {
        table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
        for table in tables
        if table in present
    }


def complete_attachments(conn: Connection) -> int:
    """How many attachments have all their bytes (their chunks add up to their size)."""
    row = conn.execute(
        "SELECT count(*) FROM attachments a WHERE (SELECT coalesce(sum(length(data)), 0) "
        "FROM attachment_chunks c WHERE c.attachment_id = a.id) = a.size"
    ).fetchone()
    return int(row[0])


def case_ids(conn: Connection) -> list[str]:
    """Every case's id."""
    return [str(row[0]) for row in conn.execute("SELECT id FROM cases")]
