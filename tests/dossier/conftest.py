"""Dossier tests run on a real SQLCipher database with demo-like cases."""

from __future__ import annotations

from typing import Any

import pytest

from app.store import Store


@pytest.fixture
def store(conn: Any) -> Store:
    return Store.open(conn, "vault-dossier-test")
