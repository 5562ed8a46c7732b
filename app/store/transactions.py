"""Statements about a connection rather than the data: a transaction opened and closed by
hand, and the file a connection has open.

The store's own transactions are ``Store.transaction()``; these are for the steps that run
on a bare connection (a border restore into a new database, a migration) and for what every
failed write does: roll back without hiding the first error, and ask :mod:`app.diskfull`
whether the disk was full or the vault's files read-only.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlcipher3

from app import diskfull
from app.errors import QT_TRANSLATE_NOOP, VaultReadOnlyError
from app.types import Connection

_SQLITE_READONLY = 8


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


def is_read_only(error: BaseException) -> bool:
    """True if SQLite refused a write because the database file cannot be written (a vault
    copied from a read-only medium, or whose files lost their write permission)."""
    code = getattr(error, "sqlite_errorcode", None)
    return (
        isinstance(error, sqlcipher3.Error) and code is not None and code & 0xFF == _SQLITE_READONLY
    )


def read_only_error() -> VaultReadOnlyError:
    """The one sentence for a vault whose files cannot be written."""
    return VaultReadOnlyError(
        QT_TRANSLATE_NOOP(
            "Core",
            "The vault's files are read-only, so nothing can be saved; nothing was changed. "
            "Let Satchel write to the vault folder (or copy the vault to this computer), then "
            "try again.",
        )
    )
