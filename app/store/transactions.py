"""Statements about a connection rather than the data: a transaction opened and closed by
hand, and the file a connection has open.

The store's own transactions are ``Store.transaction()``; these are for the steps that run
on a bare connection (a border restore into a new database) and for the error handling of
:mod:`app.diskfull`, which decides what a failure means and calls these.
"""

from __future__ import annotations

from typing import Any

from app.types import Connection


def begin_immediate(conn: Connection) -> None:
    """Start a write transaction now (a busy database fails here, not halfway through)."""
    conn.execute("BEGIN IMMEDIATE")


def commit(conn: Connection) -> None:
    conn.execute("COMMIT")


def rollback(conn: Any) -> None:
    """ROLLBACK; raises like the statement (no transaction, or a full disk)."""
    conn.execute("ROLLBACK")


def database_files(conn: Any) -> list[str]:
    """The files of the databases ``conn`` has open, the main one first (none in memory)."""
    rows = conn.execute("PRAGMA database_list").fetchall()
    return [str(row[2]) for row in rows if len(row) > 2 and row[2]]
