"""Store tests run on a real SQLCipher database (fixtures `conn`, `reopen` in tests/conftest.py).

The connection is opened in autocommit mode (``isolation_level=None``): the Store issues its
own BEGIN / COMMIT, exactly as it does on the vault's connection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.store import REQUIRED_CHECKS, Store

ORIGIN = "vault-test-0001"


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
