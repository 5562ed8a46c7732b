"""Writing files so that a crash or a kill leaves either the old file or the new one.

The one place Satchel writes a file durably: key slots, the unlock limit, settings, the
dossier and the records of what a killed process left behind all use these. A temporary
name is never shared by two processes (``NAME.tmp-PID-RANDOM``), so a leftover of a
process that no longer runs is recognised and removed at the next start
(:mod:`app.leftovers`).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

TEMPORARY_MARK = ".tmp-"
"""Temporary files are ``NAME.tmp-PID-RANDOM``: never shared by two processes, and a
leftover of a process that no longer runs is recognised and removed at the next start."""


def temporary_name(path: Path, mark: str = TEMPORARY_MARK) -> Path:
    """A sibling of ``path`` no other process will pick: ``NAME<mark>PID-RANDOM``."""
    return path.with_name(f"{path.name}{mark}{os.getpid()}-{secrets.token_hex(4)}")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a crash leaves either the old or the new file whole."""
    temporary = temporary_name(path)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, path)  # refused, e.g. while another program holds ``path``
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def write_new(path: Path, data: bytes) -> None:
    """Create ``path`` (it must not exist) with ``data``, durably: file and folder fsynced."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    os.close(fd)
    fsync_folder(path.parent)


def overwrite_in_place(path: Path, data: bytes) -> None:
    """Write ``data`` over the bytes of the existing ``path`` of the same size, then fsync."""
    fd = os.open(path, os.O_RDWR)
    try:
        if os.fstat(fd).st_size != len(data):
            os.ftruncate(fd, len(data))
        os.lseek(fd, 0, os.SEEK_SET)
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut."""
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Make a file's bytes durable. Opened for writing: Windows flushes only handles that
    may write."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
