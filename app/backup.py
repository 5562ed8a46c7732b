"""Save a copy of the vault: a folder that opens like the vault, with the recovery code.

"Save a copy of the vault" writes a new folder inside the one the user chose, named
``Satchel copy YYYY-MM-DD`` (``(2)``, ``(3)``... when taken), holding the key-slot file and
an encrypted, consistent copy of the database (:func:`app.store.backup.copy_database`).
Nothing in it is plaintext. The copy opens with the recovery code on any computer (that
slot needs no device secret) and with the passphrase on this one. It is made on the
database thread, so no key change can happen half-way; if anything fails, the half-made
folder is removed and the sentence says what to do. It is built under a temporary name
(``Satchel copy YYYY-MM-DD.partial-PID-RANDOM``) and renamed once complete, so what a killed
process left is recognised and removed (:mod:`app.leftovers`).
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, SatchelError, StorageFullError
from app.leftovers import PARTIAL_MARK, record_output, remove_stale_partials
from app.store.backup import copy_database
from app.vault import Vault
from app.vault.files import DATABASE_NAME, KEYSLOTS_NAME
from app.vault.paths import app_traces, safe_mkdir
from crypto.durable import fsync_file, fsync_folder, temporary_name

COPY_NAME = "Satchel copy {day}"
_MAX_TRIES = 100


def save_vault_copy(vault: Vault, into: Path) -> Path:
    """Write a copy of the open ``vault`` into a new folder inside ``into``; that folder.

    The copy is built in ``NAME.partial-PID-RANDOM`` and renamed once complete, so a copy
    cut short never carries the name of a saved one. A note in the vault folder names it
    while it is built: what a killed process left is removed at the next start, or by the
    next copy into the same folder (:mod:`app.leftovers`).
    """
    into = Path(into).expanduser().absolute()
    _check_place(into, vault.folder)
    remove_stale_partials(into)
    folder = into / _free_name(into)
    building = safe_mkdir(into, temporary_name(folder, PARTIAL_MARK).name)  # refused: said as is
    record: Path | None = None
    try:
        record = record_output(vault.folder, folder)
        _build(vault, building)
        os.rename(building, folder)
        fsync_folder(into)  # the name, before the copy is said to be saved
    except SatchelError:
        shutil.rmtree(building, ignore_errors=True)
        raise
    except Exception as exc:  # the file system or SQLite could not write the copy
        shutil.rmtree(building, ignore_errors=True)
        raise StorageFullError(
            QT_TRANSLATE_NOOP(
                "Core",
                "The copy could not be written there (the disk may be full or read-only); "
                "nothing was saved.",
            )
        ) from exc
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    finally:
        if record is not None:
            record.unlink(missing_ok=True)
    try:
        vault.store.log("vault.copy", None, {})
    except BaseException:  # "nothing was saved" stays true: no copy the log does not know
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def _check_place(into: Path, vault_folder: Path) -> None:
    if not into.is_dir():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "Choose an existing folder for the copy; nothing was saved.")
        )
    target = into.resolve()
    for folder in (Path(vault_folder), *app_traces().folders):
        folder = folder.expanduser().absolute().resolve()
        if target == folder or folder in target.parents:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Save the copy outside the vault's own folders (a panic wipe would take it "
                    "too), for example on a USB stick; nothing was saved.",
                )
            )


def _build(vault: Vault, building: Path) -> None:
    """The key file and the database, each synced, then the folder that names them."""
    shutil.copyfile(vault.folder / KEYSLOTS_NAME, building / KEYSLOTS_NAME)
    fsync_file(building / KEYSLOTS_NAME)
    copy_database(vault.store, building / DATABASE_NAME)
    fsync_file(building / DATABASE_NAME)  # the export writes without syncing: once, here
    fsync_folder(building)  # both names, before the folder is renamed into place


def _free_name(into: Path) -> str:
    base = COPY_NAME.format(day=date.today().isoformat())
    for number in range(1, _MAX_TRIES + 1):
        name = base if number == 1 else f"{base} ({number})"
        if not (into / name).exists():
            return name
    raise InvalidInputError(
        QT_TRANSLATE_NOOP("Core", "There are too many copies in that folder; choose another.")
    )
