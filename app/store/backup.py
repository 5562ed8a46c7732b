"""A consistent copy of the vault's database, encrypted with the same key.

SQLite's ``VACUUM INTO`` writes a new database file from one read transaction, so the copy
is consistent even while the app keeps working; under SQLCipher the new file is encrypted
with the open database's key (checked by tests/test_backup.py: no plaintext header, and
the copy opens with the vault's key slots).
"""

from __future__ import annotations

from pathlib import Path

from app.store.store import Store


def copy_database(store: Store, target: Path) -> None:
    """Write the whole database to ``target`` (a new file), encrypted like the original."""
    store.connection.execute("VACUUM INTO ?", (str(target),))
