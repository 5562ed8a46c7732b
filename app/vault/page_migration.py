"""Upgrade a vault database to the current page format, surviving a kill at any moment.

A vault made before 16 KiB pages (:data:`app.vault.database.LEGACY_FORMAT`) is copied into the
current format on unlock (:meth:`app.vault.Vault.unlock` runs :func:`upgrade_pages` while
it holds the vault alone). The key stays the same; only the page size and the page HMAC
change. The order keeps a whole database under the name ``vault.db`` at every moment:

1. leftovers of an earlier, interrupted upgrade are deleted, and the old database is
   checkpointed, so its whole content is in ``vault.db`` itself;
2. ``sqlcipher_export`` writes every table into ``vault.db.tmp-PID-RANDOM`` (a temporary
   name, which :mod:`app.leftovers` removes at the next start if the process died) in the
   new format, from one read transaction (:func:`app.vault.database.export_database`);
3. the copy is checked on a connection of its own: every page's HMAC
   (``cipher_integrity_check``), the b-trees (``quick_check``), the application id and the
   row count of every table against the old database, reading only (no journal is made);
   then the copy is fsynced;
4. the old connection is closed (its write-ahead log is empty and goes with it);
5. the copy is renamed over ``vault.db`` (one atomic step) and the folder is fsynced;
6. the database is opened again, now in the new format (the vault does 4 and 6).

Until step 5 the old file is untouched and is the vault; from step 5 on, the new one is.
:func:`app.vault.open_database` opens either (the file says its own format), so a kill or
a power cut anywhere leaves a vault that opens with the same passphrase; the next unlock
deletes a half-made copy and starts again. When the upgrade cannot run (too little free
space, another Satchel process has the vault open) or its copy fails a check, the vault
stays in the old format, which works as before, and the next unlock tries again.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from app.types import Connection, Progress
from app.vault.database import CURRENT_FORMAT, export_database, format_of, open_keyed
from crypto.durable import TEMPORARY_MARK, fsync_file, fsync_folder, temporary_name

_STEPS = 1000
"""``progress(done, total)`` counts in thousandths: the copy takes the first 700 (it
follows the new file's size), the checks the rest."""
_COPY_SHARE = 700


class UpgradeCheckError(Exception):
    """The upgraded copy differs from the database it was made from (it is thrown away).

    Never shown to the user: the unlock goes on with the database in its old format."""


def needs_upgrade(connection: Connection) -> bool:
    return format_of(connection) != CURRENT_FORMAT


def upgrade_leftovers(database: Path) -> list[Path]:
    """Files an interrupted upgrade left beside ``database`` (only ever called by the
    holder of the exclusive vault lock: no other process can be upgrading then)."""
    prefix = database.name + TEMPORARY_MARK
    try:
        return sorted(p for p in database.parent.iterdir() if p.name.startswith(prefix))
    except OSError:
        return []


def room_for_upgrade(database: Path) -> bool:
    """The copy needs about the database's size free, plus a margin."""
    try:
        stats = os.statvfs(database.parent)
        size = database.stat().st_size
    except (OSError, AttributeError):
        return True  # cannot tell (Windows has no statvfs): the copy says it if the disk fills
    return stats.f_bavail * stats.f_frsize >= size + size // 8 + (8 << 20)


def write_checked_copy(
    database: Path,
    connection: Connection,
    key: bytes,
    progress: Progress | None = None,
) -> Path:
    """Steps 1 to 3: the database open on ``connection``, copied into the current format
    beside it, checked and fsynced; the copy's path.

    The caller holds the vault alone. On any failure the copy is deleted, ``connection``
    stays open and unchanged, and the error is raised.
    """
    report = progress or _ignore
    copy = temporary_name(database)
    _remove(upgrade_leftovers(database))
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        size = max(database.stat().st_size, 1)
        report(0, _STEPS)
        export_database(
            connection,
            copy,
            CURRENT_FORMAT,
            progress=lambda done, total: report(done * _COPY_SHARE // total, _STEPS),
            expected_bytes=size,
        )
        report(_COPY_SHARE, _STEPS)
        _check_copy(copy, connection, key, report)
        fsync_file(copy)
        _require_empty_log(database, remove=False)
    except BaseException:
        _remove(upgrade_leftovers(database))
        raise
    report(_STEPS, _STEPS)
    return copy


def swap_in(database: Path, copy: Path) -> None:
    """Steps 4 and 5: once the old database is closed, the copy takes its name.

    The old log files go first (they are empty: checked before the close); then one atomic
    rename, and the folder is fsynced so the new name survives a power cut.
    """
    _require_empty_log(database)
    os.replace(copy, database)
    fsync_folder(database.parent)


def _check_copy(copy: Path, source: Any, key: bytes, report: Progress) -> None:
    def readable(connection: Connection) -> None:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()

    checked = open_keyed(copy, key, create=False, check=readable, formats=(CURRENT_FORMAT,))
    try:
        if _header(checked) != _header(source):
            raise UpgradeCheckError("the upgraded copy has another application id")
        if checked.execute("PRAGMA cipher_integrity_check").fetchall():
            raise UpgradeCheckError("the upgraded copy has pages that fail their HMAC")
        report(_COPY_SHARE + (_STEPS - _COPY_SHARE) // 3, _STEPS)
        if [row[0] for row in checked.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
            raise UpgradeCheckError("the upgraded copy fails SQLite's quick check")
        report(_COPY_SHARE + 2 * (_STEPS - _COPY_SHARE) // 3, _STEPS)
        if _row_counts(checked) != _row_counts(source):
            raise UpgradeCheckError("the upgraded copy has other row counts")
    finally:
        checked.close()


def _header(connection: Connection) -> tuple[int, int]:
    return (
        int(connection.execute("PRAGMA application_id").fetchone()[0]),
        int(connection.execute("PRAGMA user_version").fetchone()[0]),
    )


def _row_counts(connection: Connection) -> dict[str, int]:
    tables = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    counts = {}
    for (name,) in tables:
        quoted = '"' + str(name).replace('"', '""') + '"'
        count = connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]  # noqa: S608 - a name from sqlite_master, quoted
        counts[str(name)] = int(count)
    return counts


def _require_empty_log(database: Path, *, remove: bool = True) -> None:
    """The database's write-ahead log must hold nothing (it was checkpointed and nothing
    wrote since): a log left beside the other file would be read against it. With
    ``remove``, the empty log and its index go."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise UpgradeCheckError("a write-ahead log is not empty")
    if not remove:
        return
    for name in (database.name + "-wal", database.name + "-shm"):
        database.with_name(name).unlink(missing_ok=True)


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def _ignore(_done: int, _total: int) -> None:
    return None
