"""Panic wipe: make a vault unrecoverable in well under a second, whatever its size.

This is crypto-erase. The database is encrypted under a random key that exists only inside
the key-slot file, wrapped by the passphrase and recovery code. Overwriting that small file
and deleting the device secret destroys every copy of the key, so the database (deleted
too, but not overwritten: that would take time proportional to its size) is noise. On SSDs
an overwrite is not guaranteed to reach the old flash cells; the device secret in the OS
keystore and full-disk encryption cover that gap, which the user guide says plainly.

**Done once the key material is gone.** Deleting a large file frees its blocks, and that
takes time in proportion to its size (0.24 s per GiB measured here), though the vault is
already unrecoverable once the key slots are overwritten and the keystore secret deleted.
So the wipe renames every large file to a trash name first (``wiped.tmp-PID-RANDOM``: one
O(1) rename each, and a name the leftover sweep of the next start removes if this process
dies), removes the small files and the traces, tells ``on_unrecoverable`` that it is done
and only then deletes the trash, in the same call: files never outlive a process that
returns from here. A caller that must not wait for the deletion at all (the desktop app,
on its GUI thread) passes ``sweep=False`` and deletes the trash on another thread with a
second ``panic_wipe`` of the same folder, which the app waits for before it exits.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import SatchelError
from app.vault.files import KEYSLOTS_NAME, VAULT_FILES, spare_key_files
from app.vault.keystore import Keystore
from app.vault.lock import lock_for_panic
from app.vault.paths import AppTraces
from crypto.durable import TEMPORARY_MARK, temporary_name
from crypto.keyslot_header import KEY_FILE_BYTES, checked_vault_id, damaged_vault_id

_VAULT_FILES = tuple(name for name in VAULT_FILES if name != KEYSLOTS_NAME)
"""Removed after the key slots are destroyed (which is done first, on its own)."""
TRASH_NAME = "wiped"
_TRASH_FROM_BYTES = 16 << 20
"""Files at least this large (deleting 16 MiB takes about 4 ms here) are renamed to the
trash and deleted after ``on_unrecoverable``; smaller ones are deleted at once."""


@dataclass
class WipeReport:
    """What the wipe did; ``problems`` are plain sentences, empty when all went well."""

    key_file_destroyed: bool = False
    keystore_secret_deleted: bool = False
    files_removed: int = 0
    problems: list[str] = field(default_factory=list)
    trash: list[Path] = field(default_factory=list)  # renamed, not yet deleted (sweep=False)

    @property
    def ok(self) -> bool:
        return self.key_file_destroyed and not self.problems


def panic_wipe(
    folder: Path,
    keystore: Keystore | Callable[[], Keystore],
    traces: AppTraces | None = None,
    *,
    on_unrecoverable: Callable[[WipeReport], object] | None = None,
    sweep: bool = True,
) -> WipeReport:
    """Destroy the vault in ``folder``: key slots first, then the keystore secret, then files.

    ``on_unrecoverable(report)`` is called once the key material is gone and every file is
    gone from its name (large ones renamed to the trash), before the trash is deleted;
    with ``sweep=False`` the trash is left for a later ``panic_wipe`` of the same folder
    and listed in ``report.trash`` (see the module docstring).

    ``keystore`` may be given as a function that opens it: opening the system keystore takes
    a noticeable fraction of a second, and the key-slot file is destroyed before that.

    Each step runs even if an earlier one failed, so a stuck step never saves the rest.
    A folder without a key file only loses Satchel's own file names, never anything else.
    ``traces`` (see ``app.vault.paths.app_traces``) are the settings and caches to delete too, so
    the app then starts as on a fresh install; a duress unlock leaves them alone.
    """
    folder = Path(folder)
    report = WipeReport()
    held = lock_for_panic(folder)  # taken when free; panic never waits for it
    try:
        _wipe_vault(folder, keystore, report)
    finally:
        if held is not None:
            held.release()
    if traces is not None:
        _remove_traces(traces, report)
    try:
        if on_unrecoverable is not None:
            on_unrecoverable(report)
    finally:  # a failing callback never keeps the files
        if sweep:
            for trash in report.trash:
                _remove(trash, report)
            report.trash = []
            with contextlib.suppress(OSError):
                folder.rmdir()
    return report


def _wipe_vault(
    folder: Path, keystore: Keystore | Callable[[], Keystore], report: WipeReport
) -> None:
    keyslots = folder / KEYSLOTS_NAME
    spares = spare_key_files(folder)
    was_vault = _may_be_file(keyslots) or bool(spares)
    vault_id = _vault_id(keyslots, spares)
    report.key_file_destroyed = _destroy_key_file(keyslots, report)
    for spare in spares:  # a key change cut short left a second set of slots
        report.key_file_destroyed &= _destroy_key_file(spare, report)
    if vault_id is not None:
        opened = keystore() if callable(keystore) else keystore
        report.keystore_secret_deleted = _delete_device_secret(opened, vault_id, report)
    names = [p.name for p in _entries(folder)] if was_vault else _ours(folder)
    for name in names:
        if name.startswith(TRASH_NAME + TEMPORARY_MARK):
            report.trash.append(folder / name)
        elif not _to_trash(folder / name, report):
            _remove(folder / name, report)
    if was_vault and not report.trash:
        with contextlib.suppress(OSError):
            folder.rmdir()


def _ours(folder: Path) -> list[str]:
    """In a folder without a key file: Satchel's file names and an earlier wipe's trash."""
    trash = [p.name for p in _entries(folder) if p.name.startswith(TRASH_NAME + TEMPORARY_MARK)]
    return [*_VAULT_FILES, *trash]


def _to_trash(path: Path, report: WipeReport) -> bool:
    """Rename a large regular file to a trash name (O(1)); False when it stays for _remove."""
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size < _TRASH_FROM_BYTES:
            return False
        trash = temporary_name(path.with_name(TRASH_NAME))
        os.rename(path, trash)
    except OSError:
        return False  # Windows cannot rename an open file: deleted now, or by the sweep
    report.trash.append(trash)
    return True


def _remove_traces(traces: AppTraces, report: WipeReport) -> None:
    """Settings files and caches go; the per-user folders go only when left empty."""
    for path in (*traces.files, *traces.folders):
        _remove(path, report)
    for parent in traces.parents:
        with contextlib.suppress(OSError):
            parent.rmdir()


def _vault_id(keyslots: Path, spares: list[Path]) -> str | None:
    """The vault id, from the first undamaged key file, else from where it sits in a damaged
    one (so its keystore secret still goes). Read without ``crypto.keyslots``: loading the
    cipher code would delay the overwrite below by tens of milliseconds."""
    headers = [_head(path) for path in (keyslots, *spares)]
    for data in headers:
        if (vault_id := checked_vault_id(data)) is not None:
            return vault_id
    return damaged_vault_id(headers[0])


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(KEY_FILE_BYTES + 1)
    except OSError:
        return b""


def _may_be_file(path: Path) -> bool:
    """True if ``path`` is a file, or if that cannot be told (a drive pulled out): a wipe
    goes on as if it were, and says what it could not do, rather than stop."""
    try:
        return path.is_file()
    except OSError:
        return True


def _destroy_key_file(keyslots: Path, report: WipeReport) -> bool:
    """Overwrite the key-slot file in place with random bytes, flush it, delete it."""
    try:
        if not keyslots.exists():
            return True
        size = max(keyslots.stat().st_size, KEY_FILE_BYTES)
        with open(keyslots, "r+b", buffering=0) as handle:
            handle.write(os.urandom(size))
            os.fsync(handle.fileno())
        keyslots.unlink()
    except OSError:
        report.problems.append("The key file could not be overwritten and deleted.")
        return False
    report.files_removed += 1
    return True


def _delete_device_secret(keystore: Keystore, vault_id: str, report: WipeReport) -> bool:
    if not keystore.available:
        return False
    try:
        keystore.delete(vault_id)
    except SatchelError:
        report.problems.append("The system keystore did not delete Satchel's key.")
        return False
    return True


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _remove(path: Path, report: WipeReport) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()
        else:
            return
    except OSError:
        report.problems.append(f"Satchel could not delete {path.name}.")
        return
    report.files_removed += 1
