"""A real SQLCipher database for every contacts test, as in tests/store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.store import Store


@pytest.fixture
def store(conn: Any) -> Store:
    return Store.open(conn, "vault-astana")


@pytest.fixture
def other_store(tmp_path: Path, open_encrypted: Any) -> Store:
    """A second vault: the partner on the other side of the card exchange."""
    return Store.open(open_encrypted(tmp_path / "partner.db", os.urandom(32)), "vault-paris")
