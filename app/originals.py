"""Deleting the original of a file after it was attached (it still carries its GPS position).

The attachment in the vault has its hidden details removed, but the file the user picked is
untouched on disk. :func:`delete_original` overwrites it once with zeros, flushes that to
the disk and removes it. What this can promise is said to the user in the same words as
here: on a hard disk the old contents are gone; on an SSD, a USB stick or a phone's memory
the drive may keep old copies in blocks the computer cannot reach, so the best protection
remains full-disk encryption and deleting the photo on the device that took it too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError

_CHUNK = 1 << 20


def delete_original(path: Path) -> None:
    """Overwrite ``path`` with zeros once, flush it to disk and remove it.

    Only a regular file is touched (never a link, which could point anywhere); anything
    else is refused with one sentence and nothing changes.
    """
    path = Path(path)
    try:
        # No following links, and no waiting on a pipe that only looks like a file.
        flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        descriptor = os.open(path, flags)
    except OSError as exc:
        raise _cannot(path) from exc
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise _cannot(path)
        zeros = bytes(min(_CHUNK, max(info.st_size, 1)))
        left = info.st_size
        while left > 0:
            left -= os.write(descriptor, zeros[: min(len(zeros), left)])
        os.fsync(descriptor)
    except OSError as exc:
        raise _cannot(path) from exc
    finally:
        os.close(descriptor)
    try:
        path.unlink()
    except OSError as exc:
        raise _cannot(path) from exc


def _cannot(path: Path) -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Core",
            "The original file {name} could not be deleted; check whether it is still there.",
        ),
        name=path.name,
    )
