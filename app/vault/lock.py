"""One writer for destructive work: an operating-system lock on a file in the vault folder.

Every process that opens a vault holds a *shared* lock on ``vault.lock`` for as long as the
vault is unlocked. Border mode, restore, passphrase and duress changes take it *exclusive*
for their whole length: the upgrade succeeds only when no other process has the vault
open, and while it is held no other process can open the vault. So another window or
command never saves work that border mode is about to seal and wipe, and never holds a
database key that a re-key is about to replace: it gets a sentence saying Satchel is busy,
and nothing it did is acknowledged and then lost.

Nobody ever waits on the lock: a busy vault is a clear error at once. The holder of the
exclusive lock writes what it is doing (a short code) into the file, so the sentence can
say why. Panic takes the lock when it can but never waits for it: it must finish in well
under a second whatever else runs, and what it destroys cannot be brought back, because key
files are only ever overwritten in place after creation (see ``app.vault``).

The locks are ``flock`` locks on POSIX (macOS, Linux). On Windows, ``msvcrt.locking`` has
only exclusive locks, so there one process at a time may have a vault open.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, SatchelError, VaultNotFoundError
from app.vault.files import LOCK_NAME

_PURPOSE_BYTES = 16
PURPOSES = ("border", "restore", "keys", "upgrade", "panic")


class VaultBusyError(SatchelError):
    """Another Satchel process is using the vault in a way that cannot be shared."""


_BUSY_BORDER = QT_TRANSLATE_NOOP(
    "Core",
    "Satchel is busy sealing this vault for the border; nothing was changed. "
    "Once it is done, the vault is gone from this computer.",
)
_BUSY_RESTORE = QT_TRANSLATE_NOOP(
    "Core", "Satchel is busy restoring this vault; nothing was changed. Try again shortly."
)
_BUSY_KEYS = QT_TRANSLATE_NOOP(
    "Core", "Satchel is busy changing this vault's keys; nothing was changed. Try again shortly."
)
_BUSY_UPGRADE = QT_TRANSLATE_NOOP(
    "Core",
    "Satchel is busy updating this vault's database format; nothing was changed. "
    "Try again shortly.",
)
_BUSY_PANIC = QT_TRANSLATE_NOOP("Core", "Satchel is wiping this vault; nothing was changed.")
_OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Core",
    "The vault is open in another Satchel window or command; close it, then try again. "
    "Nothing was changed.",
)


class VaultLock:
    """An open ``vault.lock`` and the lock this process holds on it (shared or exclusive)."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path
        self.mode = "shared"

    def __repr__(self) -> str:
        return f"VaultLock({str(self.path)!r}, {self.mode})"

    @classmethod
    def shared(cls, folder: Path, *, create: bool = False) -> VaultLock:
        """Lock the vault in ``folder`` for use; VaultBusyError if a destructive step runs.

        ``create``: make ``vault.lock`` when missing (a new vault, or one made before the
        lock existed while its key file is there). A vault wiped meanwhile is not found.
        """
        folder = Path(folder)
        path = folder / LOCK_NAME
        fd = _open(path, folder, create)
        try:
            if not _try_lock(fd, exclusive=False):
                raise _busy_error(fd)
            if not _same_file(fd, path):
                raise _gone(folder)
        except BaseException:
            os.close(fd)
            raise
        return cls(fd, path)

    @contextlib.contextmanager
    def exclusive(self, purpose: str) -> Iterator[None]:
        """Hold the lock alone while the block runs; VaultBusyError if anyone else has it.

        Already held alone (an outer block), it stays so and the outer block lets go.
        """
        if self.mode == "exclusive":
            yield
            return
        self.acquire_exclusive(purpose)
        try:
            yield
        finally:
            self.release_exclusive()

    def acquire_exclusive(self, purpose: str) -> None:
        """Upgrade to the exclusive lock now; VaultBusyError if another process has the vault."""
        fd = self._require()
        if self.mode == "exclusive":
            return
        if sys.platform != "win32" and not _try_lock(fd, exclusive=True):
            # flock may drop the shared lock while it tries to convert it: take it again.
            _try_lock(fd, exclusive=False)
            raise VaultBusyError(_OPEN_ELSEWHERE)
        self.mode = "exclusive"
        with contextlib.suppress(OSError):  # only what others are told; a full disk must
            _write_purpose(fd, purpose)  # not leave the vault held alone after a failure

    def release_exclusive(self) -> None:
        """Back to the shared lock (the vault stays open in this process)."""
        if self._fd is None or self.mode != "exclusive":
            return
        with contextlib.suppress(OSError):
            _write_purpose(self._fd, "")
            if sys.platform != "win32":
                _try_lock(self._fd, exclusive=False)
        self.mode = "shared"

    def release(self) -> None:
        """Let go of the lock and close the file; safe to call twice."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)

    def _require(self) -> int:
        if self._fd is None:
            raise ValueError("the vault lock was released")
        return self._fd


def lock_for_panic(folder: Path) -> VaultLock | None:
    """The exclusive lock if it is free right now, else None: panic never waits."""
    path = Path(folder) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    if not _try_lock(fd, exclusive=True):
        os.close(fd)
        return None
    lock = VaultLock(fd, path)
    lock.mode = "exclusive"
    with contextlib.suppress(OSError):
        _write_purpose(fd, "panic")
    return lock


def _open(path: Path, folder: Path, create: bool) -> int:
    flags = os.O_RDWR | (os.O_CREAT if create else 0)
    try:
        return os.open(path, flags, 0o600)
    except FileNotFoundError:
        if not create and (folder / "keyslots").is_file():
            return os.open(path, flags | os.O_CREAT, 0o600)  # a vault older than the lock
        raise _gone(folder) from None


def _gone(folder: Path) -> VaultNotFoundError:
    return VaultNotFoundError(
        QT_TRANSLATE_NOOP("Core", "There is no Satchel vault in {folder}."), folder=folder
    )


def _same_file(fd: int, path: Path) -> bool:
    """True while ``path`` is still the file we locked (a wipe removes it)."""
    try:
        now = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


def _busy_error(fd: int) -> VaultBusyError:
    """Why the vault is busy, from what the exclusive holder wrote into the lock file."""
    try:
        purpose = os.pread(fd, _PURPOSE_BYTES, 0).rstrip(b"\0 \n").decode("ascii", "replace")
    except (OSError, AttributeError):
        purpose = ""
    if purpose == "border":
        return VaultBusyError(_BUSY_BORDER)
    if purpose == "restore":
        return VaultBusyError(_BUSY_RESTORE)
    if purpose == "keys":
        return VaultBusyError(_BUSY_KEYS)
    if purpose == "upgrade":
        return VaultBusyError(_BUSY_UPGRADE)
    if purpose == "panic":
        return VaultBusyError(_BUSY_PANIC)
    return VaultBusyError(_OPEN_ELSEWHERE)


def _write_purpose(fd: int, purpose: str) -> None:
    """Say what the exclusive holder does; an empty purpose leaves the file empty again, so
    the folder looks the same whatever was done (a duress change included)."""
    if sys.platform == "win32":
        return  # the locked byte range cannot be read by others on Windows anyway
    if not purpose:
        os.ftruncate(fd, 0)
        return
    os.pwrite(fd, purpose.encode("ascii")[:_PURPOSE_BYTES], 0)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int, *, exclusive: bool) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int, *, exclusive: bool) -> bool:
        operation = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        try:
            fcntl.flock(fd, operation)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
