"""GUI test set-up: a database thread per test, stopped afterwards; vaults at low KDF cost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from ui.tasks import DatabaseThread


@pytest.fixture
def owner(qapp) -> Iterator[QObject]:
    """A parent for the objects a test makes, deleted at the end of the test."""
    parent = QObject()
    yield parent
    parent.deleteLater()


@pytest.fixture
def db_thread(owner: QObject) -> Iterator[DatabaseThread]:
    db = DatabaseThread(owner)
    yield db
    db.stop()


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"
