"""The hash-chained audit log: every change is logged; tampering of each kind is detected."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import InvalidInputError
from app.store import Store


@pytest.fixture
def busy(store: Store) -> Store:
    """A store with a handful of logged changes."""
    case_id = store.add_case("Канарейкин Юрий")
    store.set_case_fields(case_id, {"unit": "в/ч 11111", "risk": "high"})
    store.add_note(case_id, "Первое интервью")
    store.set_check(case_id, "plant_screening", "inconclusive")
    store.log("export.bundle", None, {"recipients": 2})
    return store


def test_every_change_writes_an_entry(busy: Store) -> None:
    actions = [e.action for e in reversed(busy.history())]
    assert actions == ["case.add", "case.set", "note.add", "check.set", "export.bundle"]
    report = busy.verify_audit()
    assert report.ok and report.entries == 5 and report.problems == []


def test_details_name_fields_not_their_contents(busy: Store) -> None:
    entry = next(e for e in busy.history() if e.action == "case.set")
    assert entry.detail == {"fields": ["risk", "unit"]}
    assert "11111" not in str(busy.history())


def test_an_altered_entry_is_detected(busy: Store) -> None:
    busy.connection.execute("UPDATE audit SET action = 'case.view' WHERE seq = 2")
    report = busy.verify_audit()
    assert not report.ok
    assert any("entry 2" in p for p in report.problems)


def test_an_altered_detail_is_detected_even_with_its_hash_recomputed(busy: Store) -> None:
    conn = busy.connection
    conn.execute("""UPDATE audit SET detail = '{"fields":["name"]}' WHERE seq = 2""")
    assert not busy.verify_audit().ok


def test_a_deleted_entry_in_the_middle_is_detected(busy: Store) -> None:
    busy.connection.execute("DELETE FROM audit WHERE seq = 3")
    report = busy.verify_audit()
    assert not report.ok
    assert any("missing" in p for p in report.problems)


def test_a_cut_off_tail_is_detected(busy: Store) -> None:
    busy.connection.execute("DELETE FROM audit WHERE seq >= 4")
    report = busy.verify_audit()
    assert not report.ok and report.entries == 3
    assert any("should have 5" in p for p in report.problems)


def test_a_renumbered_tail_is_detected(busy: Store) -> None:
    busy.connection.execute("DELETE FROM audit WHERE seq = 5")
    busy.connection.execute("UPDATE meta SET value = '4' WHERE key = 'audit_count'")
    assert not busy.verify_audit().ok  # the head hash no longer matches


def test_a_swapped_entry_is_detected(busy: Store) -> None:
    conn = busy.connection
    row2 = conn.execute(
        "SELECT at, action, record_id, detail, hash FROM audit WHERE seq = 2"
    ).fetchone()
    row3 = conn.execute(
        "SELECT at, action, record_id, detail, hash FROM audit WHERE seq = 3"
    ).fetchone()
    update = "UPDATE audit SET at=?, action=?, record_id=?, detail=?, hash=? WHERE seq=?"
    conn.execute(update, (*row3, 2))
    conn.execute(update, (*row2, 3))
    assert not busy.verify_audit().ok


def test_empty_log_verifies(store: Store) -> None:
    report = store.verify_audit()
    assert report.ok and report.entries == 0


@pytest.mark.parametrize(
    ("action", "detail"),
    [
        ("", None),
        ("drop table; --", None),
        ("x" * 65, None),
        ("case.add", {"blob": object()}),
        ("case.add", {"big": "x" * 5000}),
    ],
)
def test_bad_entries_are_refused_and_change_nothing(store: Store, action: str, detail: Any) -> None:
    with pytest.raises(InvalidInputError):
        store.log(action, None, detail)
    assert store.verify_audit().entries == 0


def test_a_failed_change_leaves_no_entry(store: Store) -> None:
    with pytest.raises(InvalidInputError):
        store.add_case("Кленов Иван", {"birth_date": "1990-02-30"})
    assert store.verify_audit().entries == 0
    assert store.count_cases() == 0
