"""Migration v4 (the case's risk rank, kept by triggers) on top of a v3 vault with data."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.store import Store
from app.store.migrations import MIGRATIONS, migrate
from app.store.records import insert_record, utc_now


def test_v3_vault_with_data_migrates_to_v4_and_sorts_by_risk(
    tmp_path: Path, open_encrypted: Any
) -> None:
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:3]) == 3

    def old_case(name: str, risk: str | None = None) -> str:
        """A case as a version 3 vault holds it (today's Store writes today's schema)."""
        person = insert_record(conn, "persons", "vault-old", {"name": name})
        fields = {"person_id": person, "stage": "intake", "touched_at": utc_now()}
        case_id = insert_record(conn, "cases", "vault-old", fields)
        insert_record(conn, "risks", "vault-old", {"case_id": case_id, "risk": risk})
        return case_id

    high = old_case("Канарейкин Юрий", "high")
    low = old_case("Снегирёв Павел", "low")
    unknown = old_case("Рябинин Олег")

    assert migrate(conn, MIGRATIONS[:4]) == 4

    store = Store.open(conn, "vault-old")
    assert [r.id for r in store.list_cases(order_by="risk")] == [high, low, unknown]
    assert store.get_case(high)["person"]["name"] == "Канарейкин Юрий"


def test_the_rank_follows_every_change_of_the_risk_record(store: Store) -> None:
    first = store.add_case("Щеглов Антон", {"risk": "medium"})
    second = store.add_case("Клестов Иван", {"risk": "low"})
    store.set_case_fields(second, {"risk": "critical"})
    assert [r.id for r in store.list_cases(order_by="risk")] == [second, first]
    # A write that bypasses the store (as an import or a restore does) is followed too.
    store.connection.execute("UPDATE risks SET risk = NULL WHERE case_id = ?", (second,))
    assert [r.id for r in store.list_cases(order_by="risk")] == [first, second]
    assert [r.id for r in store.list_cases(order_by="risk", descending=False)] == [second, first]


def test_the_risk_sort_uses_the_index(store: Store) -> None:
    store.add_case("Щеглов Антон", {"risk": "medium"})
    plan = " ".join(
        str(row)
        for row in store.connection.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM cases c ORDER BY c.risk_rank DESC, "
            "c.touched_at DESC LIMIT 200"
        )
    )
    assert "cases_risk_rank" in plan and "TEMP B-TREE" not in plan
