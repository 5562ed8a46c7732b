"""Evict files from the operating system's page cache, for figures with a truly cold start.

A new connection only empties SQLite's own cache: the vault's pages stay in the kernel's
cache after the bench wrote them, so a "cold" figure would still read memory. Here each
file is flushed (``fsync``: dirty pages cannot be dropped) and then dropped with
``posix_fadvise(POSIX_FADV_DONTNEED)``, which needs no privileges. On systems without it
(macOS, Windows) nothing is dropped and :func:`drop_from_os_cache` says so.
"""

from __future__ import annotations

import os
from pathlib import Path


def drop_from_os_cache(folder: Path) -> bool:
    """Flush and drop every file under ``folder`` from the page cache; False if unsupported."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    return True
