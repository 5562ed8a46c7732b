"""Numbered schema migrations for the case store.

``MIGRATIONS[0]`` takes an empty database to version 1, ``MIGRATIONS[1]`` takes 1 to 2, and so
on. Each runs in its own transaction together with the new ``schema_version``, so a crash
leaves the vault at the previous version, never in between. A vault whose version is higher
than the code knows was written by a newer Satchel: we refuse to touch it.

Every synchronised record table carries the same five columns (``id``, ``origin``,
``revision``, ``created_at``, ``updated_at``); bundle export and import rely on them.
"""

from __future__ import annotations

from collections.abc import Callable

from app import diskfull
from app.errors import QT_TRANSLATE_NOOP, VaultDamagedError
from app.store import transactions
from app.store.schema_steps import STEPS
from app.types import Connection

MIGRATIONS: list[Callable[[Connection], None]] = STEPS
"""The migrations in order: index ``n`` takes the schema from version ``n`` to ``n + 1``
(the steps themselves are in :mod:`app.store.schema_steps`)."""

LATEST_VERSION = len(MIGRATIONS)

_NEWER = QT_TRANSLATE_NOOP(
    "Core", "This vault was made by a newer Satchel; update Satchel to open it."
)


def schema_version(conn: Connection) -> int:
    """The vault's schema version (0 for an empty database)."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    return 0 if row is None else int(row[0])


def migrate(conn: Connection, migrations: list[Callable[[Connection], None]] | None = None) -> int:
    """Bring the schema up to date, one transaction per step; returns the final version.

    ``conn`` must be in autocommit mode (``isolation_level=None``): we open the transactions.
    """
    steps = MIGRATIONS if migrations is None else migrations
    try:
        conn.execute("BEGIN IMMEDIATE")
        version = schema_version(conn)
        conn.execute("COMMIT")
    except BaseException as error:
        transactions.rollback(conn)
        if transactions.is_full_for(conn, error):
            raise diskfull.disk_full_error() from None
        if transactions.is_read_only(error):
            raise transactions.read_only_error() from None
        raise
    if version > len(steps):
        raise VaultDamagedError(_NEWER)
    for number in range(version, len(steps)):
        _apply(conn, steps[number], number + 1)
    return len(steps)


def _apply(conn: Connection, step: Callable[[Connection], None], new_version: int) -> None:
    try:
        conn.execute("BEGIN IMMEDIATE")
        if schema_version(conn) != new_version - 1:
            raise VaultDamagedError(
                QT_TRANSLATE_NOOP(
                    "Core", "The vault changed while Satchel was updating it; try again."
                )
            )
        step(conn)
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (new_version,))
        conn.execute("COMMIT")
    except BaseException as error:
        transactions.rollback(conn)
        if transactions.is_full_for(conn, error):
            raise diskfull.disk_full_error() from None
        if transactions.is_read_only(error):
            raise transactions.read_only_error() from None
        raise
