"""A consistent copy of the vault's database, encrypted with the same key.

:func:`app.vault.database.export_database` writes a new database file from one read transaction,
so the copy is consistent even while the app keeps working; it is encrypted with the open
database's key in the current page format (checked by tests/test_backup.py: no plaintext
header, and the copy opens with the vault's key slots).
"""

from __future__ import annotations

from pathlib import Path

from app.store.store import Store
from app.vault.database import export_database


def copy_database(store: Store, target: Path) -> None:
    """Write the whole database to ``target`` (a new file), encrypted like the original."""
    export_database(store.connection, target)
