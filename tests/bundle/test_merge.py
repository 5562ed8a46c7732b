"""Edits on both sides: what is taken, what is skipped, and conflicts the user resolves."""

from __future__ import annotations

import io
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from app.exchange.bundle import (
    ConflictsNeedResolutionError,
    export_bundle,
    import_bundle,
    preview_bundle,
)
from app.store.records import case_part_id
from app.vault import Vault
from cli import Console, main
from tests.bundle.conftest import PASSPHRASE, Side, full_case

_names = count(1)


def send(
    sender: Side, receiver: str, tmp_path: Path, case_id: str, profile: str = "referral"
) -> Path:
    path = tmp_path / f"bundle-{next(_names)}.age"
    export_bundle(sender.store, path, to=[receiver], cases=[case_id], profile=profile)
    return path


@pytest.fixture
def shared(friends: tuple[Side, Side], tmp_path: Path) -> tuple[Side, Side, str]:
    """Astana has sent one case to Paris, which imported it."""
    astana, paris = friends
    case_id = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id))
    return astana, paris, case_id


def city(side: Side, case_id: str) -> str | None:
    return side.store.get_case(case_id)["person"]["city"]  # type: ignore[no-any-return]


def test_a_change_on_their_side_only_is_taken(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    astana, paris, case_id = shared
    astana.store.set_case_fields(case_id, {"city": "Almaty"})
    path = send(astana, "Paris", tmp_path, case_id)
    preview = preview_bundle(paris.store, path)
    assert preview.counts["changed"] == 1 and preview.counts["conflict"] == 0
    assert preview.cases[0].status == "changed"
    import_bundle(paris.store, path)
    assert city(paris, case_id) == "Almaty"


def test_an_old_version_never_overwrites_a_newer_one(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    astana, paris, case_id = shared
    paris.store.set_case_fields(case_id, {"city": "Paris"})
    path = send(astana, "Paris", tmp_path, case_id)  # Astana never changed the person
    preview = preview_bundle(paris.store, path)
    assert preview.counts["stale"] == 1 and preview.counts["conflict"] == 0
    import_bundle(paris.store, path)
    assert city(paris, case_id) == "Paris"


def _both_edit(shared: tuple[Side, Side, str], tmp_path: Path) -> tuple[Side, Side, str, Path]:
    astana, paris, case_id = shared
    astana.store.set_case_fields(case_id, {"city": "Almaty"})
    paris.store.set_case_fields(case_id, {"city": "Paris"})
    return astana, paris, case_id, send(astana, "Paris", tmp_path, case_id)


def test_both_sides_changed_is_a_conflict_that_is_never_applied_silently(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    _, paris, case_id, path = _both_edit(shared, tmp_path)
    preview = preview_bundle(paris.store, path)
    (conflict,) = preview.conflicts
    assert (conflict.table, conflict.case_id, conflict.fields) == ("persons", case_id, ("city",))
    assert preview.cases[0].status == "conflict"
    before = paris.snapshot()
    with pytest.raises(ConflictsNeedResolutionError, match="both sides"):
        import_bundle(paris.store, path)
    assert paris.snapshot() == before


def test_resolve_theirs_takes_their_version(shared: tuple[Side, Side, str], tmp_path: Path) -> None:
    _, paris, case_id, path = _both_edit(shared, tmp_path)
    result = import_bundle(paris.store, path, resolve="theirs")
    assert result.resolved == {"theirs": 1}
    assert city(paris, case_id) == "Almaty"


def test_resolve_mine_keeps_mine_and_the_other_side_then_takes_it(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    astana, paris, case_id, path = _both_edit(shared, tmp_path)
    import_bundle(paris.store, path, resolve="mine")
    assert city(paris, case_id) == "Paris"
    back = send(paris, "Astana", tmp_path, case_id)
    preview = preview_bundle(astana.store, back)
    assert preview.counts["conflict"] == 0  # Paris had seen Astana's version
    import_bundle(astana.store, back)
    assert city(astana, case_id) == "Paris"


def test_resolve_both_keeps_mine_and_their_version_as_a_note(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    _, paris, case_id, path = _both_edit(shared, tmp_path)
    import_bundle(paris.store, path, resolve={paris_conflict(paris, path): "both"})
    got = paris.store.get_case(case_id)
    assert got["person"]["city"] == "Paris"
    (note,) = got["notes"]
    assert "Conflicting version" in note["text"] and "city: Almaty" in note["text"]


def paris_conflict(paris: Side, path: Path) -> str:
    return preview_bundle(paris.store, path).conflicts[0].record_id


def test_bundles_delivered_out_of_order_are_both_taken(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    """Couriers reorder: an older bundle never seen before still imports, and record
    revisions keep the newer data."""
    astana, paris, case_id = shared
    astana.store.set_case_fields(case_id, {"city": "Almaty"})
    older = send(astana, "Paris", tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"city": "Kostanay"})
    astana.store.add_note(case_id, "only in the newer bundle")
    newer = send(astana, "Paris", tmp_path, case_id)
    assert import_bundle(paris.store, newer).applied
    result = import_bundle(paris.store, older)
    assert result.applied and result.preview.counts["stale"] == 1
    assert city(paris, case_id) == "Kostanay"
    assert not import_bundle(paris.store, older).applied  # now already imported


def test_status_flows_back_as_a_report_the_user_accepts_in_one_step(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    astana, paris, case_id = shared
    paris.store.set_case_fields(case_id, {"stage": "entry_approved"})
    paris.store.add_event(
        case_id, "decision", "Visa approved by the consulate", occurred_on="2024-08-01"
    )
    path = send(paris, "Astana", tmp_path, case_id, profile="status")

    preview = preview_bundle(astana.store, path)
    assert [(r.peer, r.stage) for r in preview.stage_reports] == [("Paris", "entry_approved")]
    import_bundle(astana.store, path)

    got = astana.store.get_case(case_id)
    assert got["stage"] == "referred"  # a report, not a command
    (report,) = got["stage_reports"]
    assert (report["peer"], report["stage"]) == ("Paris", "entry_approved")
    assert astana.store.accept_stage_report(case_id) == "entry_approved"
    got = astana.store.get_case(case_id)
    assert got["stage"] == "entry_approved" and got["stage_reports"] == []
    assert "Visa approved by the consulate" in [e["description"] for e in got["timeline"]]
    assert got["person"]["kz_address"] == "Астана, ул. Абая 1, кв. 5"  # untouched
    assert got["notes"][0]["text"].startswith("Internal")


def test_fields_redacted_on_the_way_out_are_not_erased_on_the_way_back(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    astana, paris, case_id = shared
    paris.store.set_case_fields(case_id, {"city": "Paris"})
    import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, profile="full"))
    got = astana.store.get_case(case_id)
    assert got["person"]["city"] == "Paris"
    assert got["person"]["kz_address"] == "Астана, ул. Абая 1, кв. 5"
    assert got["person"]["contacts"] == "@kanareykin"


def test_a_case_first_seen_in_a_status_bundle_reads_and_edits(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """A status bundle carries no service or risk record; the case must still work."""
    astana, paris = friends
    case_id = full_case(paris.store)
    import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, profile="status"))

    got = astana.store.get_case(case_id)
    assert got["service"]["id"] is None and got["service"]["unit"] is None
    astana.store.set_case_fields(case_id, {"unit": "в/ч 55555", "risk": "high"})
    astana.store.set_check(case_id, "references", "inconclusive", evidence="one call")
    got = astana.store.get_case(case_id)
    assert got["service"]["id"] == case_part_id("services", case_id)
    assert (got["service"]["unit"], got["risk"]["risk"]) == ("в/ч 55555", "high")

    # Both vaults name the record alike, so a full exchange merges it instead of doubling it.
    import_bundle(
        paris.store, send(astana, "Paris", tmp_path, case_id, profile="full"), resolve="both"
    )
    rows = paris.store.connection.execute(
        "SELECT count(*) FROM services WHERE case_id = ?", (case_id,)
    ).fetchone()
    assert rows == (1,)
    checks = paris.store.connection.execute(
        "SELECT count(*) FROM checks WHERE case_id = ?", (case_id,)
    ).fetchone()
    assert checks == (7,)


def test_the_command_line_accepts_a_reported_stage_in_one_step(
    shared: tuple[Side, Side, str], tmp_path: Path, keystore: Any
) -> None:
    astana, paris, case_id = shared
    paris.store.set_case_fields(case_id, {"stage": "documents_requested"})
    import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, profile="status"))
    astana.vault.lock()
    err = io.StringIO()
    console = Console(environ={"SATCHEL_PASSPHRASE": PASSPHRASE}, out=io.StringIO(), err=err)
    argv = ["--vault", str(astana.folder), "case", "accept-report", case_id, "--from", "Paris"]
    assert main(argv, console=console, keystore=keystore) == 0
    assert "documents_requested" in err.getvalue()
    vault = Vault.unlock(astana.folder, PASSPHRASE, keystore=keystore)
    try:
        assert vault.store.get_case(case_id)["stage"] == "documents_requested"
    finally:
        vault.lock()


def test_the_command_line_preview_shows_the_vetting_record_and_stage_reports(
    friends: tuple[Side, Side], tmp_path: Path, keystore: Any
) -> None:
    astana, paris = friends
    path = send(astana, "Paris", tmp_path, full_case(astana.store))
    paris.vault.lock()
    out = io.StringIO()
    console = Console(environ={"SATCHEL_PASSPHRASE": PASSPHRASE}, out=out, err=io.StringIO())
    argv = ["--vault", str(paris.folder), "import", "--dry-run", str(path)]
    assert main(argv, console=console, keystore=keystore) == 0
    text = out.getvalue()
    assert (
        "vetted by Astana: 6 of 6 required checks passed, signature valid, key verified in "
        "person" in text
    )
