"""One way to recognise a full disk, and the one sentence every command and screen says.

A full disk shows up in many shapes: ``OSError`` with ``ENOSPC`` (no space) or ``EDQUOT``
(quota reached), SQLite's ``SQLITE_FULL`` ("database or disk is full"), and sometimes only
as a COMMIT that fails followed by a ROLLBACK that fails too ("cannot rollback - no
transaction is active"), because SQLite already rolled back on its own. :func:`is_disk_full`
looks at the error and at what caused it. This module only judges errors: the statements
(a ROLLBACK that keeps the first error, the folder of a connection's database) are the
store's, in :mod:`app.store.transactions`.

A full disk is never reported as "damaged": nothing was written, and the vault is whole.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import sqlcipher3

from app.errors import QT_TRANSLATE_NOOP, StorageFullError

DISK_FULL = QT_TRANSLATE_NOOP(
    "Core", "The disk is full; nothing was changed. Free some space and try again."
)
_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)
_SQLITE_FULL = 13
_SQLITE_FULL_WORDS = ("database or disk is full", "disk is full", "disk i/o error")


def disk_full_error() -> StorageFullError:
    """The one error (and sentence) for a full disk."""
    return StorageFullError(DISK_FULL)


def is_disk_full(error: BaseException | None) -> bool:
    """True if ``error``, or anything that caused it, says the disk (or quota) is full."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if _says_full(error):
            return True
        error = error.__cause__ or error.__context__
    return False


def _says_full(error: BaseException) -> bool:
    if isinstance(error, StorageFullError):
        return True
    if isinstance(error, OSError):
        return error.errno in _FULL_ERRNOS
    if isinstance(error, sqlcipher3.Error):
        if getattr(error, "sqlite_errorcode", None) == _SQLITE_FULL:
            return True
        text = str(error).lower()
        return "full" in text and any(words in text for words in _SQLITE_FULL_WORDS)
    return False


_SQLITE_IOERR, _SQLITE_CANTOPEN = 10, 14
NEARLY_FULL_BYTES = 1 << 20


def is_full_at(error: BaseException, folder: Path) -> bool:
    """True if ``error`` is a full disk, said outright or only as "cannot open" / "I/O
    error" from SQLite while the file system holding ``folder`` has (almost) no room left.

    Opening a vault needs room for its WAL and shared-memory files; without it SQLite does
    not say SQLITE_FULL but fails to open or read, which must not read as "damaged".
    """
    if is_disk_full(error):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(error, sqlcipher3.Error) or code is None:
        return False
    if code & 0xFF not in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return False
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES


def translate(error: BaseException) -> BaseException:
    """``error`` itself, or the disk-full error when that is what it really is."""
    if is_disk_full(error) and not isinstance(error, StorageFullError):
        return disk_full_error()
    return error
