"""The files of a vault folder: every name, and the one list of what a vault holds.

Creating a vault, undoing a failed create and the panic wipe all work from these names, so
a file added to a vault is added here once and every one of them knows it.
"""

from __future__ import annotations

from pathlib import Path

from crypto.keyslot_header import SPARE_PREFIX

KEYSLOTS_NAME = "keyslots"
DATABASE_NAME = "vault.db"
LOCK_NAME = "vault.lock"
LIMIT_FILE_NAME = "unlock-limit"

DATABASE_FILES = (
    DATABASE_NAME,
    DATABASE_NAME + "-wal",
    DATABASE_NAME + "-shm",
    DATABASE_NAME + "-journal",
)
"""The database and what SQLite keeps beside it."""

VAULT_FILES = (
    KEYSLOTS_NAME,
    LOCK_NAME,
    *DATABASE_FILES,
    LIMIT_FILE_NAME,
    LIMIT_FILE_NAME + ".new",  # how earlier versions wrote the limit file
)
"""Every file a vault folder holds by name; spare key files and temporary files are found
by their prefix (:func:`spare_key_files`, ``crypto.durable.TEMPORARY_MARK``)."""


def spare_key_files(folder: Path) -> list[Path]:
    """Spare key files a key change left beside the key file (see Vault._change_keys)."""
    prefix = KEYSLOTS_NAME + SPARE_PREFIX
    try:
        return sorted(p for p in Path(folder).iterdir() if p.name.startswith(prefix))
    except OSError:
        return []
