"""Statements about a connection rather than the data: a transaction opened and closed by
hand, and the file a connection has open.

The store's own transactions are ``Store.transaction()``; these are for the steps that run
on a bare connection (a border restore into a new database, a migration) and for what every
failed write does: roll back without hiding the first error, and ask :mod:`app.diskfull`
whether the disk was full.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlcipher3

from app import diskfull
from app.types import Connection


def begin_immediate(conn: Connection) -> None:
    """Start a write transaction now (a busy database fails here, not halfway through)."""
    conn.execute("BEGIN IMMEDIATE")


def commit(conn: Connection) -> None:
    conn.execute("COMMIT")


def rollback(conn: Connection) -> None:
    """ROLLBACK after a failed step. A ROLLBACK that fails too (SQLite already rolled back,
    or the disk is full) is ignored, so the first error is the one raised."""
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("ROLLBACK")


def database_files(conn: Connection) -> list[str]:
    """The files of the databases ``conn`` has open, the main one first (none in memory)."""
    rows = conn.execute("PRAGMA database_list").fetchall()
    return [str(row[2]) for row in rows if len(row) > 2 and row[2]]


def is_full_for(conn: Connection, error: BaseException) -> bool:
    """:func:`app.diskfull.is_full_at` for the folder of the database ``conn`` has open."""
    if diskfull.is_disk_full(error):
        return True
    try:
        files = database_files(conn)
    except sqlcipher3.Error:
        return False
    return bool(files) and diskfull.is_full_at(error, Path(files[0]).parent)
