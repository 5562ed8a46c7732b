"""Demo data: invented, workflow-consistent, repeatable, one audit entry per run."""

from __future__ import annotations

import pytest

from app.errors import InvalidInputError
from app.store import PROTECTION_PATH, REQUIRED_CHECKS, Store
from app.store.demo import generate_demo
from app.translit import is_cyrillic


@pytest.fixture
def demo(store: Store) -> Store:
    calls: list[tuple[int, int]] = []
    assert generate_demo(store, 300, seed=7, progress=lambda d, t: calls.append((d, t))) == 300
    assert calls[-1] == (300, 300)
    return store


def test_generated_cases_obey_the_workflow(demo: Store) -> None:
    stages = set()
    for row in demo.list_cases():
        case = demo.get_case(row.id)
        stages.add(case["stage"])
        results = {c["check"]: c for c in case["checks"]}
        assert set(results) >= set(REQUIRED_CHECKS)
        if case["stage"] in PROTECTION_PATH:
            assert case["required_checks_missing"] == []
            assert all(results[c]["evidence"] and results[c]["reviewer"] for c in REQUIRED_CHECKS)
        if case["stage"] == "rejected":
            assert case["rejection_reason"]
        assert case["statements"] and case["timeline"]
        assert case["service"]["unit"].startswith("в/ч ")
        assert case["person"]["name_latin"] and case["person"]["name_cyrillic"]
    assert len(stages) >= 8  # spread over the workflow


def test_some_names_are_latin_only_and_all_are_searchable(demo: Store) -> None:
    rows = demo.list_cases()
    latin = [r for r in rows if not is_cyrillic(r.name)]
    assert 0 < len(latin) < len(rows) / 3
    row = latin[0]
    surname = row.name.split()[0]
    assert row.id in [h.case_id for h in demo.search(surname, limit=300)]


def test_one_audit_entry_for_the_whole_run(demo: Store) -> None:
    report = demo.verify_audit()
    assert report.ok and report.entries == 1
    assert demo.history()[0].detail == {"cases": 300, "seed": 7}


def test_records_carry_origin_and_revision(demo: Store) -> None:
    case = demo.get_case(demo.list_cases(limit=1)[0].id)
    for record in (case, case["person"], case["service"], *case["checks"], *case["notes"]):
        assert record["origin"] == "vault-test-0001" and record["revision"] == 1


def test_the_same_seed_gives_the_same_people(store: Store) -> None:
    generate_demo(store, 20, seed=3)
    first = sorted(r.name for r in store.list_cases())
    generate_demo(store, 20, seed=3)
    second = sorted(r.name for r in store.list_cases())
    assert second == sorted(first * 2)
    assert store.count_cases() == 40  # ids still unique


def test_demo_data_can_be_edited_like_any_case(demo: Store) -> None:
    row = demo.list_cases(stage="intake", limit=1)[0]
    demo.set_case_fields(row.id, {"city": "Алматы"})
    assert demo.get_case(row.id)["person"]["revision"] == 2
    demo.add_note(row.id, "edited after the demo")
    assert demo.verify_audit().ok


@pytest.mark.parametrize("count", [0, -1, 1_000_001])
def test_silly_sizes_are_refused(store: Store, count: int) -> None:
    with pytest.raises(InvalidInputError):
        generate_demo(store, count)
    assert store.count_cases() == 0
