"""The vault database's page format: SQLCipher's page size and page HMAC.

New vaults use :data:`CURRENT_FORMAT`: 16 KiB pages authenticated with HMAC-SHA256. Vaults
made before use :data:`LEGACY_FORMAT`, SQLCipher 4's defaults (4 KiB pages, HMAC-SHA512),
until the unlock that upgrades them (:mod:`app.vault.page_migration`). Nothing else differs:
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

import sqlcipher3

from app import diskfull
from app.errors import QT_TRANSLATE_NOOP, VaultDamagedError
from app.types import Connection, Progress


@dataclass(frozen=True)
class PageFormat:
    """SQLCipher settings that must be given before a database's first page is read."""

    page_size: int
    hmac: str  # a value of SQLCipher's ``cipher_hmac_algorithm``

    def apply(self, connection: Connection, schema: str = "main") -> None:
        """Set this format on ``schema`` of a keyed connection, before its first read."""
        connection.execute(f"PRAGMA {schema}.cipher_page_size = {self.page_size}")
        connection.execute(f"PRAGMA {schema}.cipher_hmac_algorithm = {self.hmac}")


CURRENT_FORMAT = PageFormat(16384, "HMAC_SHA256")
LEGACY_FORMAT = PageFormat(4096, "HMAC_SHA512")
FORMATS = (CURRENT_FORMAT, LEGACY_FORMAT)
"""Tried in this order when a database is opened (see the module docstring)."""


def format_of(connection: Connection) -> PageFormat:
    """The format of an open connection's main database."""
    page_size = int(connection.execute("PRAGMA cipher_page_size").fetchone()[0])
    hmac = str(connection.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0])
    return PageFormat(page_size, hmac)


def open_keyed(
    path: Path,
    key: bytes,
    *,
    create: bool,
    check: Callable[[Connection], None],
    formats: tuple[PageFormat, ...] = FORMATS,
) -> Connection:
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
        opened: Connection = connection
        return opened
    assert failure is not None
    raise failure


def export_database(
    connection: Connection,
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
    connection: Connection,
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


def _follow_size(connection: Connection, target: Path, total: int, progress: Progress) -> None:
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


# -- the one way to open a vault database ----------------------------------------------------

APPLICATION_ID = 0x53415443  # "SATC" in the SQLite header, to recognise our database
DATABASE_PRAGMAS = ("journal_mode = WAL", "temp_store = MEMORY", "secure_delete = ON",
                    "foreign_keys = ON", "cipher_memory_security = OFF")  # fmt: skip
"""Set on every vault connection after the key.

``cipher_memory_security`` is off on purpose. It makes SQLCipher lock and wipe its own
allocations, which slows everything about fourfold (measured at 20,000 cases: search p95
2.2 ms off, 12.6 ms on; filling 5 s off, 22 s on), yet cannot keep case data out of swap
or a memory image: Python holds the same text in its own, unlocked memory while the vault
is open. Live memory capture is outside the threat model, and swap and hibernation files
are what full-disk encryption (the README's border checklist) covers.
"""
DAMAGED_DB = QT_TRANSLATE_NOOP(
    "Core", "The vault's database is damaged or does not match its key file."
)


def open_database(
    path: Path, key: bytes, *, create: bool, formats: tuple[PageFormat, ...] = FORMATS
) -> Connection:
    """Open SQLCipher with the raw key, prove the key fits, then set the safe pragmas.

    The one way to open a vault database (the vault, the tests and the benchmarks use it),
    so every connection has the same protections. A new database gets the current page
    format; an existing one opens in whichever of ``formats`` it has, the file itself
    saying which (:mod:`app.vault.database`). A full disk is said as such, never as "damaged".
    """
    if not create and not path.is_file():
        raise VaultDamagedError(DAMAGED_DB)
    folder = path.parent

    def check(connection: Connection) -> None:
        _check_ours(connection, create=create, folder=folder)

    try:
        connection: Connection = open_keyed(path, key, create=create, check=check, formats=formats)
    except sqlcipher3.DatabaseError as exc:
        if diskfull.is_full_at(exc, folder):
            raise diskfull.disk_full_error() from exc
        raise VaultDamagedError(DAMAGED_DB) from exc
    except BaseException as exc:
        if diskfull.is_full_at(exc, folder):
            raise diskfull.disk_full_error() from exc
        raise
    try:
        for pragma in DATABASE_PRAGMAS:
            connection.execute(f"PRAGMA {pragma}").fetchall()
    except BaseException as exc:
        connection.close()
        if diskfull.is_full_at(exc, folder):
            raise diskfull.disk_full_error() from exc
        raise
    return connection


def _check_ours(connection: Connection, *, create: bool, folder: Path) -> None:
    """Read page 1 (a wrong key or page format fails here) and check the application id."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if create:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        if diskfull.is_full_at(exc, folder):
            raise diskfull.disk_full_error() from exc
        raise
    if app_id != APPLICATION_ID:
        raise VaultDamagedError(DAMAGED_DB)


def room_for_rekey(database: Path) -> bool:
    """A re-key writes every page once more into the WAL before the checkpoint: it needs
    about the database's size free (plus a margin), or it would fail half-way."""
    try:
        stats = os.statvfs(database.parent)
        size = database.stat().st_size
    except (OSError, AttributeError):
        return True  # cannot tell (Windows has no statvfs): let SQLite say it
    return stats.f_bavail * stats.f_frsize >= size + size // 8 + (1 << 20)


def rekey_database(connection: Connection, new_key: bytes) -> None:
    """Give the open database a new key: every page rewritten, in one WAL transaction.

    Measured against copying into a new file under the new key (``sqlcipher_export``) on a
    515 MiB vault: rekey 6.4 s, copy 5.1 s. The copy is a little faster but needs a second
    file, its own rename and the old file's WAL handled; ``PRAGMA rekey`` changes the file
    in place, and a kill at any moment leaves the old key or the new one (tested by the
    reliability suite). The checkpoint then writes the new pages over the old ones.
    """
    connection.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def checkpoint(connection: Connection) -> None:
    """Write the WAL into the database file and empty it (before a rename or a first use)."""
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def cipher_version(connection: Connection) -> str:
    """The SQLCipher version the connection runs on, for the security status."""
    return str(connection.execute("PRAGMA cipher_version").fetchone()[0])


def cipher_integrity_problems(connection: Connection) -> list[str]:
    """Every database page whose HMAC does not verify (SQLCipher's own words); empty when
    every page reads back."""
    rows = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    return [" ".join(str(part) for part in row) for row in rows]
