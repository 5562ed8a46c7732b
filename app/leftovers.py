"""What a killed Satchel leaves behind, recognised and removed at the next start.

Every temporary name carries the process id that made it (``NAME.tmp-PID-RANDOM``, a
spare key file ``keyslots.next-PID-RANDOM``, a border bundle being written
``FILE.partial-PID-RANDOM``, a vault being restored ``.NAME.restore-PID-RANDOM`` beside the
vault folder). So two processes never share one, and a name whose process no longer runs
is a leftover: :func:`clean_vault_leftovers` removes it. Key material is never just
deleted: spare key files and half-restored vaults are panic-wiped (overwritten, their
keystore secret deleted). A spare key file is left alone while the key file beside it
might still need it; the next unlock settles it (see ``app.vault``).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from app.vault.keystore import Keystore
from crypto.durable import temporary_name, write_new

_PID = re.compile(r"(?:\.tmp-|\.next-|\.partial-|\.restore-)(\d+)-[0-9a-f]+(?:\.partial)?$")
RESTORE_MARK = ".restore-"
PARTIAL_MARK = ".partial-"
OUTPUT_RECORD = "border-output"
"""While border mode writes its bundle (or a dossier is written) outside the vault folder,
``border-output.tmp-PID-R`` in the vault folder names that file (its path only), so the
next start can remove what a killed process was writing. It goes as soon as the file is
renamed or deleted."""


def process_id(name: str) -> int | None:
    """The process id in a temporary name, or None if ``name`` is not one of ours."""
    match = _PID.search(name)
    return int(match.group(1)) if match else None


def is_running(pid: int) -> bool:
    """True if process ``pid`` exists (this process included)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return True  # no safe probe there: a leftover is removed only once it can be
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_stale(path: Path) -> bool:
    pid = process_id(path.name)
    return pid is not None and not is_running(pid)


def restore_folders(folder: Path) -> list[Path]:
    """Folders where a restore into ``folder`` builds the vault (beside it)."""
    prefix = f".{folder.name}{RESTORE_MARK}"
    try:
        return [p for p in folder.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return []


def stale_partials(output: Path) -> list[Path]:
    """Border bundles or dossiers a killed process was writing to ``output``."""
    prefix = output.name + PARTIAL_MARK
    try:
        return [p for p in output.parent.iterdir() if p.name.startswith(prefix) and is_stale(p)]
    except OSError:
        return []


def clean_vault_leftovers(folder: Path, keystore: Callable[[], Keystore]) -> int:
    """Remove what killed processes left in and beside the vault folder; returns how many.

    Cheap when there is nothing: two folder listings. The keystore is opened only when a
    half-restored vault must be wiped.
    """
    from app.vault.files import KEYSLOTS_NAME, spare_key_files
    from app.vault.wipe import panic_wipe

    folder = Path(folder)
    removed = 0
    for built in restore_folders(folder):
        if is_stale(built):
            panic_wipe(built, keystore)
            with contextlib.suppress(OSError):
                built.rmdir()
            removed += 1
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if ".tmp-" in entry.name and is_stale(entry):
            if entry.name.startswith(OUTPUT_RECORD + ".tmp-"):
                removed += _remove_recorded_partials(entry)
            entry.unlink(missing_ok=True)
            removed += 1
    if not (folder / KEYSLOTS_NAME).is_file():
        for spare in spare_key_files(folder):
            if is_stale(spare):  # slots with no vault beside them: destroy, never keep
                _overwrite_and_remove(spare)
                removed += 1
    return removed


def record_output(folder: Path, output: Path) -> Path:
    """Write the record of a border bundle or dossier being written to ``output`` (see
    OUTPUT_RECORD)."""
    record = temporary_name(Path(folder) / OUTPUT_RECORD)
    write_new(record, os.fsencode(Path(output).absolute()))  # any name the system allows
    return record


def _remove_recorded_partials(record: Path) -> int:
    try:
        output = Path(os.fsdecode(record.read_bytes()))
    except (OSError, UnicodeDecodeError, ValueError):
        return 0
    stale = stale_partials(output)
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def _overwrite_and_remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as handle:
            handle.write(os.urandom(size))
            os.fsync(handle.fileno())
    path.unlink(missing_ok=True)
