"""The import writes in batches and checks each entry once, yet does exactly what it showed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.exchange.bundle import (
    BundleError,
    ConflictsNeedResolutionError,
    export_bundle,
    import_bundle,
    importer,
    preview_bundle,
)
from app.exchange.bundle.errors import malformed
from tests.bundle.conftest import Side, full_case


def _three_cases(astana: Side) -> list[str]:
    return [full_case(astana.store, name) for name in ("Иванов Иван", "Петров Пётр", "Ли Анна")]


def test_many_cases_arrive_whole_with_their_sync_state(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    case_ids = _three_cases(astana)
    path = tmp_path / "three.age"
    export_bundle(astana.store, path, to=["Paris"], profile="full")
    preview = preview_bundle(paris.store, path)
    assert sorted(preview.plan) == sorted(case_ids)
    assert all(len(digest) == 16 for digest in preview.plan.values())  # no per-record list
    import_bundle(paris.store, path)
    conn = paris.store.connection
    for table in ("cases", "persons", "notes", "attachments", "referrals"):
        theirs = astana.store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == theirs
    ids = {r[0] for r in conn.execute("SELECT id FROM cases UNION ALL SELECT id FROM notes")}
    synced = {r[0] for r in conn.execute("SELECT record_id FROM sync_state WHERE source = 1")}
    assert ids <= synced
    for case_id in case_ids:
        assert paris.store.list_attachments(case_id)[0].size > 0
    again = import_bundle(paris.store, path)
    assert not again.applied


def test_an_import_parses_each_entry_once_and_strictly(
    friends: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    astana, paris = friends
    _three_cases(astana)
    path = tmp_path / "three.age"
    export_bundle(astana.store, path, to=["Paris"], profile="full")
    calls: list[str] = []
    strict = importer.parse_case_entry

    def counted(data: bytes, case_id: str) -> Any:
        calls.append(case_id)
        return strict(data, case_id)

    monkeypatch.setattr(importer, "parse_case_entry", counted)
    import_bundle(paris.store, path)
    assert len(calls) == 3  # one walk: checked, shown and written together


def test_a_plan_the_vault_no_longer_matches_imports_nothing(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    case_id = full_case(astana.store)
    first = tmp_path / "first.age"
    export_bundle(astana.store, first, to=["Paris"], cases=[case_id], profile="referral")
    import_bundle(paris.store, first)
    astana.store.set_case_fields(case_id, {"city": "Almaty"})
    second = tmp_path / "second.age"
    export_bundle(astana.store, second, to=["Paris"], cases=[case_id], profile="referral")
    shown = preview_bundle(paris.store, second)
    assert shown.counts["changed"] == 1
    paris.store.set_case_fields(case_id, {"city": "Lyon"})  # now a conflict, not a change
    with pytest.raises(BundleError, match="changed since this bundle was checked"):
        import_bundle(paris.store, second, expected=shown, resolve="theirs")
    assert paris.store.get_case(case_id)["person"]["city"] == "Lyon"


def test_decisions_that_differ_from_the_preview_roll_everything_back(
    friends: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    astana, paris = friends
    _three_cases(astana)
    path = tmp_path / "three.age"
    export_bundle(astana.store, path, to=["Paris"], profile="full")
    shown = preview_bundle(paris.store, path)
    digests: list[bytes] = []
    real = importer._plan_digest

    def drifting(entry: Any, plan: Any) -> bytes:
        digest = real(entry, plan)
        digests.append(digest)
        return digest if len(digests) != 3 else bytes(16)  # the import's last case

    monkeypatch.setattr(importer, "_plan_digest", drifting)
    monkeypatch.setattr(importer, "_PENDING_WRITES", 1)  # the first two cases are written
    with pytest.raises(BundleError, match="changed since this bundle was checked"):
        import_bundle(paris.store, path, expected=shown)
    assert paris.store.connection.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_a_bad_last_entry_undoes_the_entries_already_written(
    friends: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    astana, paris = friends
    tables = ("cases", "persons", "notes", "attachments", "attachment_chunks", "sync_state",
              "search_keys", "case_list", "received_bundles", "bundle_log")  # fmt: skip
    _three_cases(astana)
    path = tmp_path / "three.age"
    export_bundle(astana.store, path, to=["Paris"], profile="full")
    conn = paris.store.connection
    before = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    strict = importer.parse_case_entry
    written: list[int] = []

    def refused_third(data: bytes, case_id: str) -> Any:
        if len(written) == 2:
            written.append(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
            raise malformed()
        written.append(0)
        return strict(data, case_id)

    monkeypatch.setattr(importer, "parse_case_entry", refused_third)
    monkeypatch.setattr(importer, "_PENDING_WRITES", 1)
    with pytest.raises(BundleError):
        import_bundle(paris.store, path)
    assert written[-1] == 2  # the first two cases were in the vault when the third failed
    after = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    assert after == before
    monkeypatch.undo()
    assert import_bundle(paris.store, path).applied  # the refused bundle left no trace
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 3


def test_conflicts_left_open_are_all_counted_and_nothing_stays_written(
    friends: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    astana, paris = friends
    shared = _three_cases(astana)
    first = tmp_path / "first.age"
    export_bundle(astana.store, first, to=["Paris"], cases=shared, profile="referral")
    import_bundle(paris.store, first)
    fresh = full_case(astana.store, "Сидоров Семён")  # new to Paris: written before the conflicts
    for case_id in shared[1:]:  # both sides change the same field of two cases
        astana.store.set_case_fields(case_id, {"city": "Almaty"})
        paris.store.set_case_fields(case_id, {"city": "Lyon"})
    second = tmp_path / "second.age"
    export_bundle(astana.store, second, to=["Paris"], cases=[fresh, *shared], profile="referral")
    conn = paris.store.connection
    before = [conn.execute(f"SELECT * FROM {t}").fetchall() for t in ("cases", "sync_state")]
    monkeypatch.setattr(importer, "_PENDING_WRITES", 1)
    counted = importer._needs_resolution
    cases_then: list[int] = []

    def needs_resolution(count: int) -> Exception:
        cases_then.append(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        return counted(count)

    monkeypatch.setattr(importer, "_needs_resolution", needs_resolution)
    with pytest.raises(ConflictsNeedResolutionError, match="2 records"):
        import_bundle(paris.store, second)
    assert cases_then == [4]  # the new case was in the vault when the import stopped
    one = preview_bundle(paris.store, second).conflicts[0].record_id
    with pytest.raises(ConflictsNeedResolutionError, match="1 record was"):
        import_bundle(paris.store, second, resolve={one: "mine"})
    after = [conn.execute(f"SELECT * FROM {t}").fetchall() for t in ("cases", "sync_state")]
    assert after == before
    result = import_bundle(paris.store, second, resolve="theirs")
    assert result.resolved == {"theirs": 2}
    assert paris.store.get_case(fresh)["person"]["name"] == "Сидоров Семён"
