"""What a killed Satchel leaves behind, recognised and removed at the next start.

Every temporary name carries the process id that made it (``NAME.tmp-PID-RANDOM``, a
spare key file ``keyslots.next-PID-RANDOM``, a case bundle, border bundle, dossier or copy
of the vault being written outside the vault folder ``NAME.partial-PID-RANDOM``, a vault
being restored ``.NAME.restore-PID-RANDOM`` beside the vault folder). So two processes
never share one, and a name whose process no longer runs is a leftover:
:func:`clean_vault_leftovers` removes it. Key material is never just deleted: spare key
files and half-restored vaults are panic-wiped (overwritten, their keystore secret
deleted). A spare key file is left alone while the key file beside it might still need it;
the next unlock settles it (see ``app.vault``).

What is written outside the vault folder (``NAME.partial-PID-RANDOM``, RANDOM being eight
lowercase hex digits) is found two ways, so a kill never leaves it for good: a note in the
vault folder names its folder while it is written (:func:`record_output`), which the next
start follows, and every write into a folder first removes the partial files of processes
that no longer run there (:func:`remove_stale_partials`). Only names of exactly that form
are ever removed, and never one whose process still runs (or cannot be told: Windows).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from app.vault.files import DATABASE_FILES, KEYSLOTS_NAME
from app.vault.keystore import Keystore
from crypto.durable import temporary_name, write_new

_PID = re.compile(r"(?:\.tmp-|\.next-|\.partial-|\.restore-)(\d+)-[0-9a-f]+(?:\.partial)?$")
_PARTIAL = re.compile(r".+\.partial-([0-9]{1,10})-[0-9a-f]{8}")
"""Exactly what ``temporary_name(path, PARTIAL_MARK)`` makes (a border bundle's is that of a
name of that form, as it is sealed under its pending name)."""
_COPY_NAMES = frozenset({KEYSLOTS_NAME, *DATABASE_FILES})
"""What a copy of the vault being written holds (``app.backup``)."""
RESTORE_MARK = ".restore-"
PARTIAL_MARK = ".partial-"
OUTPUT_RECORD = "border-output"
"""While a case or border bundle, a dossier or a copy of the vault is written outside the
vault folder, ``border-output.tmp-PID-R`` in the vault folder names the folder it is
written into (never the file: a name the user chose may be a person's, and the note is
outside the encrypted database), so the next start can remove what a killed process was
writing there. It goes as soon as the file is renamed or deleted (and, after a kill, once
the next start has removed the partial files: it stays while the folder cannot be
reached)."""


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


def partial_process(name: str) -> int | None:
    """The process id in the name of a file Satchel writes outside the vault folder
    (``NAME.partial-PID-RANDOM``), or None if ``name`` is not exactly of that form."""
    match = _PARTIAL.fullmatch(name)
    return int(match.group(1)) if match else None


def _is_stale_partial(path: Path) -> bool:
    pid = partial_process(path.name)
    return pid is not None and not path.is_symlink() and not is_running(pid)


def remove_stale_partials(folder: Path) -> int:
    """Before writing into ``folder``: remove every partial file (or copy of the vault)
    a killed process left there, whatever name it was written for; returns how many.

    Only names of exactly our form whose process no longer runs; anything else in the
    folder, a user's ``x.partial-notanumber`` included, is left alone.
    """
    try:
        found = [p for p in Path(folder).iterdir() if _is_stale_partial(p)]
    except OSError:
        return 0
    return sum(_remove_partial(path) for path in found)


def _remove_partial(path: Path) -> bool:
    """Delete a stale partial file; a partial copy of the vault (a folder) only when it
    holds nothing but what a copy writes, its key file overwritten first."""
    try:
        if not path.is_dir():
            path.unlink(missing_ok=True)
            return True
        entries = list(path.iterdir())
        if any(e.name not in _COPY_NAMES or e.is_symlink() or not e.is_file() for e in entries):
            return False  # not what a copy of the vault writes: not ours to delete
        for entry in entries:
            if entry.name == KEYSLOTS_NAME:
                _overwrite_and_remove(entry)
            else:
                entry.unlink(missing_ok=True)
        path.rmdir()
    except OSError:  # a read-only or vanished folder: the next start tries again
        return False
    return True


def remove_stale_temporaries(path: Path) -> int:
    """Remove what killed atomic writes of ``path`` left beside it (``NAME.tmp-PID-RANDOM``,
    exactly, the process gone): for files kept outside the vault folder, such as the
    desktop app's settings. Returns how many."""
    path = Path(path)
    form = re.compile(re.escape(path.name) + r"\.tmp-([0-9]{1,10})-[0-9a-f]{8}")
    try:
        found = [(p, form.fullmatch(p.name)) for p in path.parent.iterdir()]
    except OSError:
        return 0
    removed = 0
    for leftover, match in found:
        if match is None or leftover.is_symlink() or not leftover.is_file():
            continue
        if not is_running(int(match.group(1))):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed


def clean_vault_leftovers(folder: Path, keystore: Callable[[], Keystore]) -> int:
    """Remove what killed processes left in and beside the vault folder; returns how many.

    Cheap when there is nothing: two folder listings. The keystore is opened only when a
    half-restored vault must be wiped.
    """
    from app.vault.files import spare_key_files
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
                followed = _remove_recorded_partials(entry)
                if followed is None:
                    continue
                removed += followed
            entry.unlink(missing_ok=True)
            removed += 1
    if not (folder / KEYSLOTS_NAME).is_file():
        for spare in spare_key_files(folder):
            if is_stale(spare):  # slots with no vault beside them: destroy, never keep
                _overwrite_and_remove(spare)
                removed += 1
    return removed


def record_output(folder: Path, output: Path) -> Path:
    """Write the record of a bundle, dossier or copy of the vault being written to
    ``output`` (see OUTPUT_RECORD)."""
    record = temporary_name(Path(folder) / OUTPUT_RECORD)
    folder_text = os.path.join(Path(output).absolute().parent, "")  # ends with a separator
    write_new(record, os.fsencode(folder_text))  # any name the system allows
    return record


def _remove_recorded_partials(record: Path) -> int | None:
    """Remove what killed processes were writing into the folder ``record`` names; None
    while that folder cannot be reached (a USB stick taken out): the record is kept, so a
    later start removes them once it can. A partial copy holding files that are not a
    copy's is left alone (not ours to delete)."""
    try:
        text = os.fsdecode(record.read_bytes())
    except (OSError, UnicodeDecodeError, ValueError):
        return 0
    # A folder ends with a separator; a note an earlier Satchel wrote names the file.
    folder = Path(text) if text.endswith(os.sep) else Path(text).parent
    try:
        found = [p for p in folder.iterdir() if _is_stale_partial(p)]
    except OSError:
        return None
    return sum(_remove_partial(path) for path in found)


def _overwrite_and_remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as handle:
            handle.write(os.urandom(size))
            os.fsync(handle.fileno())
    path.unlink(missing_ok=True)
