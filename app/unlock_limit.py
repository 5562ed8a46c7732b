"""Optional wipe after N failed unlocks in a row (off by default).

The limit and the count of failures must be known before the vault opens, so they live in
a small plain file in the vault folder, ``unlock-limit``, 16 bytes::

    magic "SATCHLIM" | version u16 | limit u16 | failures u16 | zero u16

What the file says, honestly: that a limit is set, what it is, and how many wrong attempts
were made since the last good one. It says nothing about a duress passphrase: it is written
the same way whether one exists or not, and a duress unlock resets the count exactly like
a good unlock. The file is not protected against someone who holds the folder: they can
reset or delete it, but they can also copy the vault and guess offline, which only Argon2id
and the device secret slow down. The limit stops guessing through Satchel itself.

Each attempt is counted BEFORE the key derivation starts and forgiven after it succeeds,
so killing Satchel in the middle of an attempt still spends it. On the Nth wrong attempt the
vault is wiped (see ``app.vault``). Reading and writing the count happen under an OS lock on
the vault folder, so attempts made by several processes at once are each counted: running
guesses in parallel buys no extra ones. (On Windows only one process at a time may have a
vault open at all, see ``app.vault_lock``.)
"""

from __future__ import annotations

import contextlib
import os
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app import diskfull
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, SatchelError
from app.vault_files import LIMIT_FILE_NAME
from crypto.durable import write_atomically

MIN_LIMIT = 3
MAX_LIMIT = 100
_MAGIC = b"SATCHLIM"
_VERSION = 1
_LAYOUT = struct.Struct(">8sHHHH")
FILE_BYTES = _LAYOUT.size


class UnlockLimitError(SatchelError):
    """The failed-unlock counter cannot be read or saved, so the vault stays shut."""


def _damaged() -> UnlockLimitError:
    return UnlockLimitError(
        QT_TRANSLATE_NOOP(
            "Core",
            "The vault's failed-unlock counter is damaged; nothing was opened "
            "(delete the file {file} in the vault folder to switch the limit off).",
        ),
        file=LIMIT_FILE_NAME,
    )


@dataclass(frozen=True)
class UnlockLimit:
    """The limit chosen by the user and the wrong attempts counted since the last good one."""

    limit: int
    failures: int = 0

    @property
    def exhausted(self) -> bool:
        """True once the failures reach the limit: the attempt that did it wipes the vault."""
        return self.failures >= self.limit

    @property
    def attempts_left(self) -> int:
        return max(0, self.limit - self.failures)


def check_limit(limit: int) -> int:
    """The limit if it is one Satchel accepts; 1 or 2 would wipe a vault over a typo."""
    if not MIN_LIMIT <= limit <= MAX_LIMIT:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core", "The number of failed unlocks must be between {min_limit} and {max_limit}."
            ),
            min_limit=MIN_LIMIT,
            max_limit=MAX_LIMIT,
        )
    return limit


def read_limit(folder: Path) -> UnlockLimit | None:
    """The limit in force for the vault in ``folder``, or None when it is off."""
    path = Path(folder) / LIMIT_FILE_NAME
    try:
        with open(path, "rb") as handle:
            data = handle.read(FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _damaged() from exc
    return parse(data)


def parse(data: bytes) -> UnlockLimit:
    """Read the file's bytes strictly: any surprise means damaged, never "limit off"."""
    if len(data) != FILE_BYTES:
        raise _damaged()
    magic, version, limit, failures, zero = _LAYOUT.unpack(data)
    if magic != _MAGIC or version != _VERSION or zero != 0:
        raise _damaged()
    if not MIN_LIMIT <= limit <= MAX_LIMIT or failures > limit:
        raise _damaged()
    return UnlockLimit(limit, failures)


def to_bytes(state: UnlockLimit) -> bytes:
    return _LAYOUT.pack(_MAGIC, _VERSION, state.limit, state.failures, 0)


def write_limit(folder: Path, state: UnlockLimit) -> None:
    """Save the limit and count atomically and durably (fsync) before going on."""
    try:
        write_atomically(Path(folder) / LIMIT_FILE_NAME, to_bytes(state))
    except OSError as exc:
        if diskfull.is_disk_full(exc):
            raise diskfull.disk_full_error() from exc
        raise UnlockLimitError(
            QT_TRANSLATE_NOOP(
                "Core",
                "The failed-unlock counter could not be saved; nothing was opened or changed.",
            )
        ) from exc


def set_limit(folder: Path, limit: int) -> UnlockLimit:
    """Switch the limit on (or change it), with the count back at zero."""
    state = UnlockLimit(check_limit(limit))
    write_limit(folder, state)
    return state


def remove_limit(folder: Path) -> None:
    """Switch the limit off: the file goes, as on a vault that never had one."""
    (Path(folder) / LIMIT_FILE_NAME).unlink(missing_ok=True)


def count_attempt(folder: Path) -> UnlockLimit | None:
    """Spend one attempt before trying the secret; returns the new state (None when off)."""
    with _counting(folder):
        state = read_limit(folder)
        if state is None:
            return None
        spent = UnlockLimit(state.limit, min(state.limit, state.failures + 1))
        write_limit(folder, spent)
        return spent


def forgive_attempts(folder: Path, state: UnlockLimit | None) -> None:
    """After a good unlock the count starts again from zero."""
    if state is not None:
        with _counting(folder):
            write_limit(folder, UnlockLimit(state.limit))


@contextlib.contextmanager
def _counting(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on the vault folder while the count is read and written.

    The count file is replaced by a rename, so the lock is on the folder, which stays. It is
    held for one small write and fsync; a second process waits that long, never more.
    """
    if sys.platform == "win32":
        yield
        return
    import fcntl

    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except FileNotFoundError:
        fd = -1  # no folder, no vault and no count: read_limit says so
    except OSError as exc:
        raise _damaged() from exc
    if fd < 0:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
