"""The case list's search: the plan is chosen from the match count, the answer never is."""

from __future__ import annotations

import pytest

from app.store import Store, cases, search
from app.store.cases import ORDERS, CaseFilter
from app.store.demo import generate_demo


@pytest.fixture
def filled(store: Store) -> Store:
    generate_demo(store, 400, seed=11)
    return store


def _page(store: Store, query: str, order: str, offset: int, descending: bool) -> list[str]:
    rows = store.list_cases(
        search=query, order_by=order, offset=offset, limit=25, descending=descending
    )
    return [row.id for row in rows]


@pytest.mark.parametrize("order", sorted(ORDERS))
@pytest.mark.parametrize("descending", [True, False])
def test_both_plans_list_the_same_cases(
    filled: Store, monkeypatch: pytest.MonkeyPatch, order: str, descending: bool
) -> None:
    # Queries from narrow (one person) to broad (a common first name, a unit prefix).
    for query in ("Kanareikin", "Sergei", "Сергей", "в/ч 1", "iv", "ал", "zzzqqq"):
        monkeypatch.setattr(cases, "DENSE_SHARE", 10**9)  # always walk the sort index
        walked = [_page(filled, query, order, offset, descending) for offset in (0, 25, 390)]
        monkeypatch.setattr(cases, "DENSE_SHARE", 0)  # always sort the matches
        sorted_ = [_page(filled, query, order, offset, descending) for offset in (0, 25, 390)]
        assert walked == sorted_, (query, order)


def test_the_plan_follows_the_match_count(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = filled.connection
    broad, narrow = "ал", "Kanareikin"
    total = filled.count_cases()
    assert search.count_matches(conn, broad) * cases.DENSE_SHARE > total
    assert cases._search_plan(conn, CaseFilter(search=broad), "updated") == "walk"
    assert cases._search_plan(conn, CaseFilter(search=narrow), "updated") == "sort"
    assert cases._search_plan(conn, CaseFilter(search=broad), "stage") == "sort"  # no index
    assert cases._search_plan(conn, CaseFilter(search="zzzqqq"), "updated") == "nothing"
    assert cases._search_plan(conn, CaseFilter(search="в"), "updated") == "plain"
    plans: list[str] = []
    real_where = CaseFilter.where

    def spy(self: CaseFilter, *, probe_search: bool = False) -> tuple[str, list[object]]:
        clause, args = real_where(self, probe_search=probe_search)
        plans.append(clause)
        return clause, args

    monkeypatch.setattr(CaseFilter, "where", spy)
    filled.list_cases(search=broad, limit=10, order_by="created")
    assert "SELECT k.key FROM search_keys" in plans[-1]
    filled.list_cases(search=narrow, limit=10, order_by="created")
    assert "search_keys" in plans[-1] and "SELECT k.key" not in plans[-1]
    # In the default order both plans read the list's own rows (app/store/list_rows.py).
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    filled.list_cases(search=broad, limit=10)
    walked = " ".join(statements)
    statements.clear()
    filled.list_cases(search=narrow, limit=10)
    conn.set_trace_callback(None)
    assert "FROM case_list l WHERE (SELECT k.key FROM search_keys" in walked
    assert "FROM case_list WHERE case_id IN (SELECT case_id FROM search_keys" in " ".join(
        statements
    )


def test_counting_a_search_in_the_index_agrees_with_the_rows(filled: Store) -> None:
    for query in ("Sergei", "Оренбург", "в/ч", "kanar", "zzzz"):
        counted = filled.count_cases(search=query)
        assert counted == len(filled.list_cases(search=query))
        # With another filter the count joins the case rows, and still agrees.
        staged = filled.count_cases(search=query, stage="intake")
        assert staged == len(filled.list_cases(search=query, stage="intake"))


def test_one_letter_words_narrow_nothing(filled: Store) -> None:
    assert search.query_words("в/ч 12345") == ["12345"]
    assert search.query_words("в/ч 7") == ["7"]  # a digit is a unit prefix, not a letter
    assert search.query_words("K. Kanareikin") == search.query_words("Kanareikin")
    assert search.query_words("в") == []
    # A query of one-letter words only filters nothing: the whole list, as with no query.
    assert filled.count_cases(search="в") == filled.count_cases()
    assert len(filled.list_cases(search="a b", limit=500)) == 400
    assert filled.search("в") == []
    assert [h.case_id for h in filled.search("K Kanareikin")] == [
        h.case_id for h in filled.search("Kanareikin")
    ]
