"""Schema v10: what the case list and a search show first, from a few pages.

The case list's own rows and count are always what the cases, persons and risks say,
whoever writes them, and are what the list reads when it shows the whole list; a search hit
is shown from its index key's row, which follows every rename."""

from __future__ import annotations

import os
from dataclasses import astuple
from pathlib import Path
from typing import Any

from app.store import Store, search
from app.store.cases import _ROW_SQL, CaseFilter, _search_plan
from app.store.demo import generate_demo
from app.store.migrations import MIGRATIONS, migrate
from app.translit import fold
from tests.helpers import case_list_drift, old_schema_case


def _joined_order(store: Store, descending: bool = True) -> list[tuple[Any, ...]]:
    """The whole list as the join gives it, in the list's default order."""
    way = "DESC" if descending else "ASC"
    sql = f"{_ROW_SQL} ORDER BY c.touched_at {way}, c.id {way}"
    return [tuple(row) for row in store.connection.execute(sql)]


def test_every_edit_through_the_store_keeps_the_rows_and_count(store: Store) -> None:
    generate_demo(store, 40, seed=11)
    first = store.add_case("Щеглов Антон", {"risk": "medium", "lawyer": "Айгерим"})
    second = store.add_case("Клестов Иван", {})
    store.set_case_fields(first, {"name": "Щеглов Антон Петрович", "deadline": "2027-01-15"})
    store.set_case_fields(second, {"risk": "critical", "next_action": "Позвонить"})
    store.set_case_fields(first, {"risk": "low", "lawyer": ""})
    assert case_list_drift(store.connection) == []
    assert store.count_cases() == 42
    shown = [astuple(row) for row in store.list_cases()]
    assert shown == _joined_order(store)
    assert shown[0][0] == first  # the case changed last comes first
    assert [astuple(r) for r in store.list_cases(descending=False)] == _joined_order(store, False)
    assert [astuple(r) for r in store.list_cases(offset=5, limit=7)] == _joined_order(store)[5:12]


def test_writes_that_bypass_the_store_are_followed_too(store: Store) -> None:
    """An import, a border restore or demo data write the tables directly."""
    generate_demo(store, 12, seed=3)
    conn = store.connection
    case_id, person_id = conn.execute("SELECT id, person_id FROM cases LIMIT 1").fetchone()
    conn.execute("UPDATE persons SET name = 'Новое Имя', name_latin = 'Novoe' WHERE id = ?",
                 (person_id,))  # fmt: skip
    conn.execute("UPDATE risks SET risk = 'high' WHERE case_id = ?", (case_id,))
    conn.execute("UPDATE cases SET stage = 'vetting', touched_at = '2030-01-01T00:00:00Z' "
                 "WHERE id = ?", (case_id,))  # fmt: skip
    assert case_list_drift(conn) == []
    assert store.list_cases(limit=1)[0].name == "Новое Имя"
    conn.execute("DELETE FROM risks WHERE case_id = ?", (case_id,))
    assert case_list_drift(conn) == []
    assert store.list_cases(limit=1)[0].risk is None
    old_schema_case(conn, "elsewhere", "Дроздов Олег")  # a person, then a case, bare
    assert case_list_drift(conn) == []
    conn.execute("DELETE FROM person_keys")
    for table in (
        "checks",
        "statements",
        "events",
        "notes",
        "search_keys",
        "stage_reports",
        "vetting_records",
        "attestations",
        "services",
        "risks",
        "person_links",
    ):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    assert case_list_drift(conn) == []
    assert store.count_cases() == 12


def test_a_v9_vault_with_cases_gets_its_rows_and_count(tmp_path: Path, open_encrypted: Any) -> None:
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:9]) == 9
    made = [old_schema_case(conn, "vault-old", name) for name in ("Снегирёв Павел", "Рябинин Олег")]
    assert migrate(conn) == len(MIGRATIONS)
    assert case_list_drift(conn) == []
    store = Store.open(conn, "vault-old")
    assert store.count_cases() == 2
    assert sorted(row.id for row in store.list_cases()) == sorted(made)


def test_the_first_page_reads_only_the_list_rows(store: Store) -> None:
    generate_demo(store, 5, seed=1)
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    store.count_cases()
    store.list_cases(limit=200)
    store.connection.set_trace_callback(None)
    plans = " ".join(
        str(row)
        for sql in statements
        for row in store.connection.execute(f"EXPLAIN QUERY PLAN {sql}")
    )
    assert statements == [
        "SELECT n FROM case_count",
        "SELECT case_id, name, name_latin, name_cyrillic, stage, risk, lawyer, deadline, "
        "next_action, touched_at, created_at FROM case_list ORDER BY touched_at DESC, "
        "case_id DESC LIMIT 200 OFFSET 0",
    ]
    assert "case_list" in plans and "TEMP B-TREE" not in plans
    assert " cases" not in plans and "persons" not in plans and "risks" not in plans


def test_a_filter_or_another_order_still_reads_the_cases(store: Store) -> None:
    first = store.add_case("Щеглов Антон", {"risk": "high"})
    store.add_case("Клестов Иван", {"risk": "low"})
    assert [r.id for r in store.list_cases(risk="high")] == [first]
    assert store.count_cases(risk="high") == 1
    assert store.list_cases(order_by="risk")[0].id == first
    assert store.count_cases(search="щеглов") == 1


def test_a_v9_vault_with_an_indexed_case_shows_its_hit_after_migrating(
    tmp_path: Path, open_encrypted: Any
) -> None:
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:9]) == 9
    case_id = old_schema_case(conn, "vault-old", "Канарейкин Юрий", aliases="Юра")
    key = conn.execute("INSERT INTO search_keys (case_id) VALUES (?)", (case_id,)).lastrowid
    conn.execute(
        "INSERT INTO search_fts (rowid, names, aliases, unit, statements, notes) "
        "VALUES (?, ?, ?, '', '', '')",
        (key, fold("Канарейкин Юрий Kanareikin Iurii"), fold("Юра")),
    )
    assert migrate(conn) == len(MIGRATIONS)
    store = Store.open(conn, "vault-old")
    hits = store.search("Канарейк")
    assert [(h.case_id, h.name, h.field) for h in hits] == [(case_id, "Канарейкин Юрий", "name")]
    assert [h.field for h in store.search("юра")] == ["aliases"]


def test_a_hit_follows_a_rename_and_reads_no_case_rows(store: Store) -> None:
    case_id = store.add_case("Щеглов Антон", {"unit": "в/ч 12345"})
    store.add_note(case_id, "Встреча с адвокатом в Алматы.")
    store.set_case_fields(case_id, {"name": "Щеглов Антон Петрович"})
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    hits = store.search("Щеглов") + store.search("12345")
    store.connection.set_trace_callback(None)
    statements = [sql for sql in statements if sql.startswith("SELECT")]
    assert statements
    assert [(h.name, h.field) for h in hits] == [
        ("Щеглов Антон Петрович", "name"), ("Щеглов Антон Петрович", "unit"),
    ]  # fmt: skip
    plans = " ".join(
        str(row)
        for sql in statements
        for row in store.connection.execute(f"EXPLAIN QUERY PLAN {sql}")
    )
    assert "SEARCH k USING INTEGER PRIMARY KEY" in plans  # the key's row: search_keys
    assert " cases" not in plans and "persons" not in plans and "services" not in plans
    note = store.search("адвокат")
    assert [(h.field, h.snippet) for h in note] == [("note", "Встреча с адвокатом в Алматы.")]


def test_a_searched_list_from_the_list_rows_is_the_joined_list(store: Store) -> None:
    """Both plans (a few matches sorted, many matches walked) give the page the join gives."""
    generate_demo(store, 300, seed=5)
    conn = store.connection
    people = [str(row[0]) for row in conn.execute("SELECT name FROM persons LIMIT 40")]
    queries = [name.split()[0] for name in people] + [n[:3] for n in people] + ["в/ч 1", "Ка"]
    plans: set[str] = set()
    for query in queries:
        plans.add(_search_plan(conn, CaseFilter(search=query), "updated"))
        found = search.matching_cases_sql(query)
        assert found is not None
        joined = [
            tuple(row)
            for row in conn.execute(
                f"{_ROW_SQL} WHERE c.id IN ({found[0]}) ORDER BY c.touched_at DESC, c.id DESC",
                found[1],
            )
        ]
        for offset, limit in ((0, 200), (3, 5)):
            shown = [astuple(r) for r in store.list_cases(search=query, offset=offset, limit=limit)]
            assert shown == joined[offset : offset + limit], query
        ascending = [astuple(r) for r in store.list_cases(search=query, descending=False)]
        assert ascending == joined[::-1]
        assert store.count_cases(search=query) == len(joined)
    assert {"sort", "walk"} <= plans
