"""Numbered migrations: from an empty vault, idempotent on re-open, refusing newer vaults."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.errors import VaultDamagedError
from app.store import Store
from app.store.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version

ORIGIN = "vault-a"


def _tables(conn: Any) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    return {r[0] for r in rows}


def test_empty_database_is_version_zero(conn: Any) -> None:
    assert schema_version(conn) == 0


def test_open_migrates_an_empty_database_to_the_latest_version(conn: Any) -> None:
    Store.open(conn, ORIGIN)
    assert schema_version(conn) == LATEST_VERSION == len(MIGRATIONS)
    assert {"cases", "persons", "checks", "audit", "search_fts", "attachments"} <= _tables(conn)


def test_reopening_is_idempotent_and_keeps_data(conn: Any, reopen: Callable[[], Any]) -> None:
    store = Store.open(conn, ORIGIN)
    case_id = store.add_case("Канарейкин Юрий")
    before = _tables(conn)
    again = Store.open(reopen(), ORIGIN)
    assert again.get_case(case_id)["person"]["name"] == "Канарейкин Юрий"
    assert _tables(again.connection) == before
    assert schema_version(again.connection) == LATEST_VERSION
    assert again.verify_audit().ok


def test_a_newer_vault_is_refused_and_left_untouched(conn: Any, reopen: Callable[[], Any]) -> None:
    store = Store.open(conn, ORIGIN)
    store.add_case("Рябинин Олег")
    conn.execute("UPDATE schema_version SET version = ?", (LATEST_VERSION + 1,))
    other = reopen()
    with pytest.raises(VaultDamagedError, match="newer Satchel"):
        Store.open(other, ORIGIN)
    assert schema_version(other) == LATEST_VERSION + 1
    assert other.execute("SELECT count(*) FROM cases").fetchone()[0] == 1


def test_each_step_runs_in_one_transaction(conn: Any) -> None:
    """A step that fails half-way leaves the previous version and none of its changes."""

    def next_creates_then_fails(c: Any) -> None:
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        migrate(conn, [*MIGRATIONS, next_creates_then_fails])
    assert schema_version(conn) == LATEST_VERSION
    assert "half_done" not in _tables(conn)


def test_a_later_migration_applies_on_top_of_data(conn: Any) -> None:
    store = Store.open(conn, ORIGIN)
    case_id = store.add_case("Ольхович Денис")

    def next_adds_a_column(c: Any) -> None:
        c.execute("ALTER TABLE cases ADD COLUMN priority TEXT")
        c.execute("UPDATE cases SET priority = 'normal'")

    assert migrate(conn, [*MIGRATIONS, next_adds_a_column]) == LATEST_VERSION + 1
    row = conn.execute("SELECT priority FROM cases WHERE id = ?", (case_id,)).fetchone()
    assert row == ("normal",)
    assert migrate(conn, [*MIGRATIONS, next_adds_a_column]) == LATEST_VERSION + 1  # once only


def test_the_database_on_disk_is_encrypted(conn: Any, db_path: Any) -> None:
    store = Store.open(conn, ORIGIN)
    store.add_case("Канарейкин Юрий", {"unit": "в/ч 54321"})
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "Канарейкин".encode() not in raw and b"Kanareikin" not in raw
