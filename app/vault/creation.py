"""Creating a vault: what is refused before any slow work, the tables a new vault gets, and
the undo of a create that failed half-way (:meth:`app.vault.Vault.create` runs the steps)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, SatchelError, VaultExistsError
from app.types import Connection
from app.vault.database import checkpoint
from app.vault.files import KEYSLOTS_NAME, LOCK_NAME, VAULT_FILES, spare_key_files
from app.vault.keystore import Keystore
from app.vault.lock import lock_for_panic

MIN_PASSPHRASE_CHARS = 8


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect anything (asked before any slow work)."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "The passphrase must be at least {count} characters long."),
            count=MIN_PASSPHRASE_CHARS,
        )


def check_free(folder: Path) -> None:
    """Refuse a folder holding a vault, or anything else (a panic wipe empties the folder).

    What a create killed before its key file was written left is not "anything else": it is
    removed first (:func:`remove_killed_create`).
    """
    if (folder / KEYSLOTS_NAME).is_file():
        raise VaultExistsError(
            QT_TRANSLATE_NOOP("Core", "There is already a Satchel vault in {folder}."),
            folder=folder,
        )
    remove_killed_create(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExistsError(
            QT_TRANSLATE_NOOP(
                "Core",
                "The folder {folder} is not empty; choose an empty or new folder for the vault.",
            ),
            folder=folder,
        )


def remove_killed_create(folder: Path) -> None:
    """Remove what a create killed (or cut by a power loss) before its key file left: only
    a vault's own files, without the key file, so a database no key can ever open.

    Left alone when anything else is in the folder, or when another process holds the lock
    file (it may be creating the vault right now).
    """
    try:
        names = {entry.name for entry in Path(folder).iterdir()}
    except OSError:
        return
    if not names or not names <= set(VAULT_FILES) - {KEYSLOTS_NAME}:
        return
    held = lock_for_panic(folder) if LOCK_NAME in names else None
    if LOCK_NAME in names and held is None:
        return
    try:
        for name in names - {LOCK_NAME}:
            (folder / name).unlink(missing_ok=True)
    finally:
        if held is not None:
            held.release()
    with contextlib.suppress(OSError):
        (folder / LOCK_NAME).unlink(missing_ok=True)


def create_tables(connection: Connection, origin: str) -> None:
    """Run every migration now, so a new vault is whole (a full disk fails here, not later)."""
    from app.store import Store

    Store.open(connection, origin=origin)
    checkpoint(connection)


def remove_half_vault(folder: Path, made_folder: bool) -> None:
    """Undo a failed create: delete only the files a create writes, then the new folder."""
    for name in VAULT_FILES:
        (folder / name).unlink(missing_ok=True)
    for leftover in [*spare_key_files(folder), *_temporaries(folder)]:
        leftover.unlink(missing_ok=True)
    if made_folder and folder.is_dir():
        with contextlib.suppress(OSError):
            folder.rmdir()


def _temporaries(folder: Path) -> list[Path]:
    try:
        return [p for p in Path(folder).iterdir() if ".tmp-" in p.name]
    except OSError:
        return []


def forget_quietly(keystore: Keystore, account: str) -> None:
    """Remove a new vault's device secret again; a keystore that refuses changes nothing."""
    with contextlib.suppress(SatchelError):
        keystore.delete(account)
