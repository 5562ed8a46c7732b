"""A real SQLCipher database, keyed with a random 256-bit key, for every store test.

The connection is opened in autocommit mode (``isolation_level=None``): the Store issues its
own BEGIN / COMMIT, exactly as it does on the vault's connection.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from app.store import REQUIRED_CHECKS, Store

ORIGIN = "vault-test-0001"


def open_encrypted(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


@pytest.fixture
def db_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "vault.db"


@pytest.fixture
def conn(db_path: Path, db_key: bytes) -> Iterator[Any]:
    connection = open_encrypted(db_path, db_key)
    yield connection
    connection.close()


@pytest.fixture
def store(conn: Any) -> Store:
    return Store.open(conn, ORIGIN)


@pytest.fixture
def pass_all() -> Callable[[Store, str], None]:
    """Pass every required vetting check of a case, with evidence and reviewer."""

    def run(store: Store, case_id: str) -> None:
        for check in REQUIRED_CHECKS:
            store.set_check(case_id, check, "pass", evidence="seen in person", reviewer="Aigerim")

    return run


@pytest.fixture
def reopen(db_path: Path, db_key: bytes) -> Iterator[Callable[[], Any]]:
    """Open a second connection to the same encrypted database."""
    opened: list[Any] = []

    def run() -> Any:
        opened.append(open_encrypted(db_path, db_key))
        return opened[-1]

    yield run
    for connection in opened:
        connection.close()
