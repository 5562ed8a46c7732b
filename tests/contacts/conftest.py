"""A real SQLCipher database for every contacts test, as in tests/store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from app.store import Store


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
    return Store.open(conn, "vault-astana")


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    """A second vault: the partner on the other side of the card exchange."""
    connection = open_encrypted(tmp_path / "partner.db", os.urandom(32))
    yield Store.open(connection, "vault-paris")
    connection.close()


@pytest.fixture
def reopen(db_path: Path, db_key: bytes) -> Iterator[Any]:
    """Open a second connection to the same encrypted database."""
    opened: list[Any] = []

    def run() -> Any:
        opened.append(open_encrypted(db_path, db_key))
        return opened[-1]

    yield run
    for connection in opened:
        connection.close()
