"""Attachment bytes in a rowid table: the layout vaults made before it get when they open.

Vaults up to schema version 10 keep ``attachment_chunks`` as a ``WITHOUT ROWID`` table.
Such a table is a b-tree keyed by the whole row, and SQLite compares an overflowing row by
reading all of it: every chunk written reads about log2(chunks in the vault) other 256 KiB
chunks back, which slowed attachment writes the more the vault held (measured on 512 MiB
of attachments arriving in one bundle, with the bundle's capped page cache: 222,420 page
reads from the log for 34,117 pages written; a rowid table writes the same bytes about
2.4 times faster). In a rowid table the chunks sit in row order and a separate index on
``(attachment_id, seq)`` holds only the keys.

The layout is storage, not meaning: every statement reads and writes both alike, so the
schema version does not change. :func:`rebuild_chunks` copies the chunks into the new
table in one transaction (a crash or a kill leaves the old table, whole) and reports
progress in bytes. Like the page-format upgrade, it never stops a vault from opening: when
the disk lacks room for the copy, or the copy fails, the old table stays and the next
opening tries again.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import sqlcipher3

from app.store import transactions
from app.types import Connection, Progress

_OLD_LAYOUT = re.compile(r"\bWITHOUT\s+ROWID\b", re.IGNORECASE)
_NEW_TABLE = """
CREATE TABLE attachment_chunks_rowid (
    attachment_id TEXT NOT NULL REFERENCES attachments(id),
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
)"""
_ROOM_FACTOR = 2  # the write-ahead log holds the copied pages and the freed ones until the commit
_ROOM_MARGIN = 64 * 1024 * 1024


def needs_rebuild(conn: Connection) -> bool:
    """True while ``attachment_chunks`` still has the layout of earlier versions."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'attachment_chunks'"
    ).fetchone()
    return row is not None and bool(_OLD_LAYOUT.search(str(row[0])))


def has_room(conn: Connection) -> bool:
    """Room on the vault's disk for a copy of the whole database and its log (a database in
    memory always has room)."""
    files = transactions.database_files(conn)
    if not files:
        return True
    database = Path(files[0])
    try:
        needed = _ROOM_FACTOR * database.stat().st_size + _ROOM_MARGIN
        return shutil.disk_usage(database.parent).free >= needed
    except OSError:
        return False


def rebuild_chunks(conn: Connection, progress: Progress | None = None) -> bool:
    """Move the chunks into a rowid table if they are not there yet; True once they are.

    ``conn`` is in autocommit mode (the store's). ``progress(done, total)`` counts the
    attachment bytes copied. False when the disk lacks room or the copy failed: the vault
    keeps the old layout, which works as before.
    """
    if not needs_rebuild(conn):
        return True
    if not has_room(conn):
        return False
    transactions.begin_immediate(conn)
    try:
        _copy(conn, progress)
        transactions.commit(conn)
    except (sqlcipher3.Error, OSError):
        transactions.rollback(conn)
        return False
    except BaseException:
        transactions.rollback(conn)
        raise
    return True


def _copy(conn: Connection, progress: Progress | None) -> None:
    """Attachment by attachment: copy its chunks, then delete them from the old table, so
    the new rows reuse the freed pages and the file does not grow by a second copy."""
    conn.execute(_NEW_TABLE)
    sizes = conn.execute(
        "SELECT attachment_id, count(*), sum(length(data)) FROM attachment_chunks "
        "GROUP BY attachment_id ORDER BY attachment_id"
    ).fetchall()
    total, done = sum(int(size) for _, _, size in sizes), 0
    if progress is not None:
        progress(0, total)
    for attachment_id, count, size in sizes:
        copied = conn.execute(
            "INSERT INTO attachment_chunks_rowid (attachment_id, seq, data) "
            "SELECT attachment_id, seq, data FROM attachment_chunks "
            "WHERE attachment_id = ? ORDER BY seq",
            (attachment_id,),
        ).rowcount
        removed = conn.execute(
            "DELETE FROM attachment_chunks WHERE attachment_id = ?", (attachment_id,)
        ).rowcount
        if not copied == removed == count:
            raise sqlcipher3.DatabaseError("the attachment chunks did not all copy")
        done += int(size)
        if progress is not None:
            progress(done, total)
    if conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0]:
        raise sqlcipher3.DatabaseError("the attachment chunks did not all copy")
    conn.execute("DROP TABLE attachment_chunks")
    conn.execute("ALTER TABLE attachment_chunks_rowid RENAME TO attachment_chunks")
