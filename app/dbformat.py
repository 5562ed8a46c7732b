"""The vault database's page format: SQLCipher's page size and page HMAC.

New vaults use :data:`CURRENT_FORMAT`: 16 KiB pages authenticated with HMAC-SHA256. Vaults
made before use :data:`LEGACY_FORMAT`, SQLCipher 4's defaults (4 KiB pages, HMAC-SHA512),
until the unlock that upgrades them (:mod:`app.page_migration`). Nothing else differs:
the same raw 256-bit key, AES-256-CBC with a fresh random IV per page write, and the key
slots and their KDF are untouched. docs/threat-model.md gives the security argument.

**Where the format is recorded: in the file itself.** Each format authenticates page 1 with
its own HMAC over its own page size, so keying a connection with the right key and the
wrong format fails at once on page 1 (a forgery chance of 2^-256), exactly as a wrong key
does. :func:`open_keyed` therefore tries the current format, then the legacy one, on a
fresh connection each: the first that reads page 1 *is* the file's format, proven by the
HMAC, and costs one page read more only for a legacy file. A separate record (a flag in the
key-slot header, a marker file) would be a second truth that has to change together with
the database file: an upgrade swaps the database by one atomic rename, and no second file
can change in the same instant, so a kill between the two would leave a record that lies
(and every path that copies a database, a saved copy or a restore, would have to carry it
along). With the file as its own record, every moment of an upgrade opens, whatever the
reader. Per-connection pragmas only: ``cipher_default_*`` would change every connection in
the process.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from app.types import Progress


@dataclass(frozen=True)
class PageFormat:
    """SQLCipher settings that must be given before a database's first page is read."""

    page_size: int
    hmac: str  # a value of SQLCipher's ``cipher_hmac_algorithm``

    def apply(self, connection: Any, schema: str = "main") -> None:
        """Set this format on ``schema`` of a keyed connection, before its first read."""
        connection.execute(f"PRAGMA {schema}.cipher_page_size = {self.page_size}")
        connection.execute(f"PRAGMA {schema}.cipher_hmac_algorithm = {self.hmac}")


CURRENT_FORMAT = PageFormat(16384, "HMAC_SHA256")
LEGACY_FORMAT = PageFormat(4096, "HMAC_SHA512")
FORMATS = (CURRENT_FORMAT, LEGACY_FORMAT)
"""Tried in this order when a database is opened (see the module docstring)."""


def format_of(connection: Any) -> PageFormat:
    """The format of an open connection's main database."""
    page_size = int(connection.execute("PRAGMA cipher_page_size").fetchone()[0])
    hmac = str(connection.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0])
    return PageFormat(page_size, hmac)


def open_keyed(
    path: Path,
    key: bytes,
    *,
    create: bool,
    check: Callable[[Any], None],
    formats: tuple[PageFormat, ...] = FORMATS,
) -> Any:
    """Connect to ``path`` with ``key`` in the first of ``formats`` whose ``check`` passes.

    A new file (``create``) always gets the first format. ``check`` reads the database
    (page 1 at least) and raises ``sqlcipher3.DatabaseError`` when the key or the format
    does not fit; the last such error is raised when none fits. Anything else ``check``
    raises (a full disk, an application id that is not ours) ends the search at once.
    """
    mode = "rwc" if create else "rw"
    tried = formats[:1] if create else formats
    failure: BaseException | None = None
    for page_format in tried:
        connection = sqlcipher3.connect(f"file:{path}?mode={mode}", uri=True)
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
            page_format.apply(connection)
            check(connection)
        except sqlcipher3.DatabaseError as exc:
            connection.close()
            failure = exc
            continue
        except BaseException:
            connection.close()
            raise
        return connection
    assert failure is not None
    raise failure


def export_database(
    connection: Any,
    target: Path,
    page_format: PageFormat = CURRENT_FORMAT,
    *,
    progress: Progress | None = None,
    expected_bytes: int = 0,
) -> None:
    """Write the whole database of ``connection`` into the new file ``target``.

    ``sqlcipher_export`` into an attached database keyed like the main one (SQLCipher uses
    the main key when ATTACH names none) in ``page_format``, from one read transaction, so
    the copy is consistent while others write. The export leaves the header values alone,
    so the application id and user version are copied after it. The connection must not
    be inside a transaction (SQLite attaches only outside one). The target has no journal
    while it is written (a half-made copy is thrown away, never repaired) and is not
    fsynced here: the caller does that once the copy is checked. ``progress(done, total)``
    follows the target's size against ``expected_bytes`` (the source's size).

    ``VACUUM INTO`` is not used: under SQLCipher 4.19 it writes the copy with the default
    cipher settings but the source's page size, a file no format opens.
    """
    foreign_keys = int(connection.execute("PRAGMA foreign_keys").fetchone()[0])
    # A copy of a consistent database: the tables may be filled in any order (SQLCipher
    # 4.19's export already ignores foreign keys, as VACUUM does; this does not rely on it).
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        connection.execute("ATTACH DATABASE ? AS export", (str(target),))
        try:
            _export_attached(connection, page_format, target, progress, expected_bytes)
        finally:
            connection.set_progress_handler(None, 0)
            connection.execute("DETACH DATABASE export")
    finally:
        connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")


def _export_attached(
    connection: Any,
    page_format: PageFormat,
    target: Path,
    progress: Progress | None,
    expected_bytes: int,
) -> None:
    page_format.apply(connection, "export")
    connection.execute("PRAGMA export.journal_mode = OFF").fetchall()
    connection.execute("PRAGMA export.synchronous = OFF")
    header = [
        connection.execute(f"PRAGMA main.{name}").fetchone()[0]
        for name in ("application_id", "user_version")
    ]
    if progress is not None:
        _follow_size(connection, target, expected_bytes, progress)
    connection.execute("BEGIN")
    try:
        connection.execute("SELECT sqlcipher_export('export')").fetchall()
        connection.execute(f"PRAGMA export.application_id = {int(header[0])}")
        connection.execute(f"PRAGMA export.user_version = {int(header[1])}")
        connection.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            connection.execute("ROLLBACK")
        raise


_PROGRESS_EVERY = 1000
"""SQLite VM steps between two looks at the target's size: a 256 KiB attachment chunk is
only a few dozen steps, and a look (one stat) costs about a microsecond."""


def _follow_size(connection: Any, target: Path, total: int, progress: Progress) -> None:
    total = max(total, 1)

    shown = [-1]

    def look() -> int:
        with contextlib.suppress(OSError):
            done = min(os.stat(target).st_size, total)
            if done * 1000 // total != shown[0]:  # at most a thousand calls
                shown[0] = done * 1000 // total
                progress(done, total)
        return 0  # go on

    connection.set_progress_handler(look, _PROGRESS_EVERY)
