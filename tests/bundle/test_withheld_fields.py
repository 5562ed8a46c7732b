"""What a partner was never shown, it cannot change: a redaction profile guards both ways.

Astana referred a case to Paris under the referral profile, which keeps the address in
Kazakhstan, the contact handles, the lawyer's planning and the vetting evidence at home.
Paris may change the case (Astana sent it), but a bundle from Paris that blanks or rewrites
one of those fields, a seized laptop's or a careless one's, changes nothing of them: the
fields Paris was shown are taken as before, the rest stay as Astana has them, and the
preview says how many were left out.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from app.exchange.bundle import export_bundle, import_bundle, preview_bundle
from app.exchange.contacts import add_contact
from app.store.records import case_part_id
from cli import Console, main
from tests.bundle.conftest import PASSPHRASE, Side, full_case, make_side
from tests.bundle.hostile import Forge

_names = count(1)


def send(sender: Side, to: str, tmp_path: Path, case_id: str, profile: str = "referral") -> Path:
    path = tmp_path / f"bundle-{next(_names)}.age"
    export_bundle(sender.store, path, to=[to], cases=[case_id], profile=profile)
    return path


def from_paris(
    astana: Side,
    paris: Side,
    tmp_path: Path,
    case_id: str,
    change: Callable[[dict[str, Any]], None],
) -> Path:
    """Paris's honest bundle about the case (it moved the person to Paris), then altered."""
    paris.store.set_case_fields(case_id, {"city": "Paris"})
    forge = Forge.open(send(paris, "Astana", tmp_path, case_id), astana.identity)
    change(forge.case()["records"])
    return forge.seal(paris.identity, astana.identity, tmp_path / f"forged-{next(_names)}.age")


def _bump(row: dict[str, Any], **values: Any) -> None:
    row.update(values, revision=row["revision"] + 1)


def _record(records: dict[str, Any], table: str) -> dict[str, Any]:
    return records[table][0]  # type: ignore[no-any-return]


def _check(records: dict[str, Any], name: str) -> dict[str, Any]:
    return next(r for r in records["checks"] if r["check_name"] == name)


CHANGES = {
    "kz_address blanked": (lambda r: _bump(_record(r, "persons"), kz_address=None),
                           lambda case: case["person"]["kz_address"], "Астана, ул. Абая 1, кв. 5"),
    "contacts rewritten": (lambda r: _bump(_record(r, "persons"), contacts="@trap"),
                           lambda case: case["person"]["contacts"], "@kanareykin"),
    "lawyer changed": (lambda r: _bump(_record(r, "cases"), lawyer="Someone else"),
                       lambda case: case["lawyer"], "Aigerim"),
    "next action blanked": (lambda r: _bump(_record(r, "cases"), next_action=None),
                            lambda case: case["next_action"], "call consulate"),
    "evidence rewritten": (
        lambda r: _bump(_check(r, "plant_screening"), evidence="nothing was checked"),
        lambda case: next(c["evidence"] for c in case["checks"]
                          if c["check"] == "plant_screening"),
        "internal evidence plant_screening",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_partner_cannot_change_what_it_was_never_shown(
    friends: tuple[Side, Side], tmp_path: Path, name: str
) -> None:
    astana, paris = friends
    case_id = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id))
    change, read, kept = CHANGES[name]
    path = from_paris(astana, paris, tmp_path, case_id, change)

    preview = preview_bundle(astana.store, path)
    result = import_bundle(astana.store, path)

    assert preview.withheld == result.preview.withheld == 1
    case = astana.store.get_case(case_id)
    assert read(case) == kept
    assert case["person"]["city"] == "Paris"  # what Paris was shown, it may change
    assert case["stage"] == "referred"
    assert astana.store.verify_audit().ok


def test_a_partner_sent_only_the_status_cannot_touch_the_vetting(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """The status profile shows names, the stage and the timeline: a check row Paris was
    never sent, addressed by its derivable id, is not Paris's to change, even with a fresh
    revision."""
    astana, paris = friends
    case_id = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "status"))
    held = next(c for c in astana.store.get_case(case_id)["checks"]
                if c["check"] == "war_crimes_screening")  # fmt: skip

    def fail_a_check(records: dict[str, Any]) -> None:
        assert "checks" not in records
        records["checks"] = [{
            "id": case_part_id("checks", case_id, "war_crimes_screening"),
            "origin": held["origin"], "revision": held["revision"] + 1,
            "created_at": held["created_at"], "updated_at": "2026-12-01T10:00:00Z",
            "case_id": case_id, "check_name": "war_crimes_screening", "result": "fail",
            "evidence": "seen in a video", "reviewer": "Paris", "checked_on": "2024-07-01",
        }]  # fmt: skip

    result = import_bundle(astana.store, from_paris(astana, paris, tmp_path, case_id, fail_a_check))

    assert result.preview.withheld >= 1
    checks = {c["check"]: c for c in astana.store.get_case(case_id)["checks"]}
    assert checks["war_crimes_screening"]["result"] == "pass"
    assert checks["war_crimes_screening"]["reviewer"] == "Aigerim"
    assert astana.store.get_case(case_id)["stage"] == "referred"


def test_a_colleague_shown_everything_may_change_everything(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """The full profile (another office of the same organisation) guards nothing."""
    astana, paris = friends
    case_id = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "full"))
    paris.store.set_case_fields(case_id, {"kz_address": "Алматы, пр. Достык 5"})

    result = import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, "full"))

    assert result.preview.withheld == 0
    assert astana.store.get_case(case_id)["person"]["kz_address"] == "Алматы, пр. Достык 5"


def test_the_vault_a_case_came_from_may_change_all_of_it(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Paris's own case, sent to Astana and referred back under a narrower profile: the
    case is Paris's, so Paris's later changes are all taken."""
    astana, paris = friends
    case_id = paris.store.add_case("Парижский Иван", {"kz_address": "Астана, ул. Кенесары 2"})
    import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, "full"))
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "referral"))
    paris.store.set_case_fields(case_id, {"kz_address": "Астана, ул. Сарайшык 7"})

    result = import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, "full"))

    assert result.preview.withheld == 0
    assert astana.store.get_case(case_id)["person"]["kz_address"] == "Астана, ул. Сарайшык 7"


def test_a_send_recorded_before_the_profile_was_kept_counts_as_a_referral(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    case_id = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id))
    conn = astana.store.connection
    conn.execute("UPDATE sync_state SET profile = NULL")  # as schema 12 left it
    path = from_paris(astana, paris, tmp_path, case_id, CHANGES["kz_address blanked"][0])

    import_bundle(astana.store, path)

    assert astana.store.get_case(case_id)["person"]["kz_address"] == "Астана, ул. Абая 1, кв. 5"


def test_the_command_line_says_what_was_left_out(
    friends: tuple[Side, Side], tmp_path: Path, keystore: Any
) -> None:
    astana, paris = friends
    case_id = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id))
    path = from_paris(astana, paris, tmp_path, case_id, CHANGES["lawyer changed"][0])
    astana.vault.lock()
    out = io.StringIO()
    console = Console(environ={"SATCHEL_PASSPHRASE": PASSPHRASE}, out=out, err=io.StringIO())
    code = main(["--vault", str(astana.folder), "import", "--dry-run", str(path)],
                console=console, keystore=keystore)  # fmt: skip
    assert code == 0
    assert "1 change(s) to details you did not share with Paris" in out.getvalue()


def test_a_partner_record_is_guarded_in_the_entry_of_the_senders_own_case(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """A partner record belongs to no case: Astana's record of the Paris association, sent
    under the referral profile without its notes, stays so when Paris puts it into the
    entry of a case of its own (which is all Paris's to change)."""
    astana, paris = friends
    case_id = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id))
    own = paris.store.add_case("Парижский Иван", {"city": "Paris"})
    import_bundle(astana.store, send(paris, "Astana", tmp_path, own, "full"))
    about_ours = Forge.open(send(paris, "Astana", tmp_path, case_id, "full"), astana.identity)
    partner = _record(about_ours.case()["records"], "partners")
    _bump(partner, notes="Astana's informant is Olga")
    forge = Forge.open(send(paris, "Astana", tmp_path, own, "full"), astana.identity)
    entry = forge.case()
    entry["records"]["partners"] = [partner]
    entry["bases"][partner["id"]] = about_ours.case()["bases"][partner["id"]]
    path = forge.seal(paris.identity, astana.identity, tmp_path / f"forged-{next(_names)}.age")

    result = import_bundle(astana.store, path)

    assert result.preview.withheld == 1
    (notes,) = astana.store.connection.execute(
        "SELECT notes FROM partners WHERE id = ?", (partner["id"],)
    ).fetchone()
    assert notes == "internal remark"


def test_a_record_the_partner_made_and_this_vault_wrote_into_is_guarded_too(
    friends: tuple[Side, Side], tmp_path: Path, keystore: Any, test_kdf: Any
) -> None:
    """Berlin's case came to Astana with its status only (no checks) and went on to Paris
    the same way. Paris added the 'references' check (its id is derived from the case, so
    the record is Paris's); Astana then recorded its own evidence in it and sent the case to
    Paris under the referral profile. That evidence is Astana's: Paris, shown the check
    without it, cannot rewrite it."""
    astana, paris = friends
    berlin = make_side("Berlin group", tmp_path / "berlin", keystore, test_kdf)
    add_contact(berlin.store, astana.identity.card.to_text(), name="Astana", verified=True)
    add_contact(astana.store, berlin.identity.card.to_text(), name="Berlin", verified=True)
    case_id = berlin.store.add_case("Берлинский Олег")
    import_bundle(astana.store, send(berlin, "Astana", tmp_path, case_id, "status"))
    berlin.vault.lock()
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "status"))
    paris.store.set_check(case_id, "references", "inconclusive", evidence="a call from Lyon",
                          reviewer="Paris")  # fmt: skip
    import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id))
    astana.store.set_check(case_id, "references", "pass", evidence="two officers vouched",
                           reviewer="Aigerim")  # fmt: skip
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id))

    def rewrite(records: dict[str, Any]) -> None:
        _bump(_check(records, "references"), evidence="nobody vouched")

    result = import_bundle(astana.store, from_paris(astana, paris, tmp_path, case_id, rewrite))

    assert result.preview.withheld == 1
    checks = {c["check"]: c for c in astana.store.get_case(case_id)["checks"]}
    assert checks["references"]["evidence"] == "two officers vouched"
