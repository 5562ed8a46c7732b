"""Export from one vault, preview and import into another: every kind of record arrives."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import InvalidInputError
from app.exchange.bundle import export_bundle, import_bundle, preview_bundle
from app.exchange.bundle.errors import BundleError
from app.exchange.contacts import add_contact
from app.store.sync import bundle_log
from crypto.age import generate_x25519
from tests.bundle.conftest import Side, full_case


def _export(side: Side, tmp_path: Path, name: str = "b.age", **kwargs: object) -> Path:
    out = tmp_path / name
    kwargs.setdefault("to", ["Paris"])
    export_bundle(side.store, out, **kwargs)  # type: ignore[arg-type]
    return out


def test_round_trip_of_every_kind_of_record_with_referral_redaction(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    case_id = full_case(astana.store)
    progress: list[tuple[int, int]] = []
    path = _export(astana, tmp_path, cases=[case_id], progress=lambda d, t: progress.append((d, t)))
    assert progress[-1] == (2, 2)

    result = import_bundle(paris.store, path)

    assert result.applied
    got, sent = paris.store.get_case(case_id), astana.store.get_case(case_id)
    assert got["person"]["name"] == sent["person"]["name"]
    assert got["person"]["birth_date"] == "1995-04-02"
    assert got["service"]["unit"] == "в/ч 12345" and got["risk"]["risk"] == "high"
    assert got["stage"] == "referred"
    assert [s["text"] for s in got["statements"]] == ["Я против войны."]
    assert [e["description"] for e in got["timeline"]] == ["First interview in Astana"]
    assert {c["check"]: c["result"] for c in got["checks"]} == {
        c["check"]: c["result"] for c in sent["checks"]
    }
    assert got["referrals"][0]["status"] == "sent"
    # the referral profile leaves out what only the Astana office may see
    assert got["person"]["kz_address"] is None and got["person"]["contacts"] is None
    assert got["notes"] == [] and got["lawyer"] is None and got["next_action"] is None
    # Checks travel with their result, date and reviewer, never their evidence...
    assert all(c["evidence"] is None for c in got["checks"])
    assert {c["reviewer"] for c in got["checks"] if c["required"]} == {"Aigerim"}
    # ...and with Astana's signature over that vetting record, which Paris can weigh.
    assert got["vetting_record"] == {
        "signer": "Astana", "passed": 6, "required": 6, "signature_valid": True,
        "key_verified": True, "identity_matches": True,
    }  # fmt: skip
    assert got["referrals"][0]["note"] is None
    partner = paris.store.get_partner(got["referrals"][0]["partner_id"])
    assert partner["notes"] is None and partner["country"] == "France"
    # the attachment's bytes, checked against its hash by the store
    (attachment,) = paris.store.list_attachments(case_id)
    assert paris.store.read_attachment(attachment.id) == b"signed statement text\n" * 50
    # the imported case is searchable, in either script, and the audit chain holds
    assert [hit.case_id for hit in paris.store.search("Kanareikin")] == [case_id]
    assert paris.store.verify_audit().ok
    assert paris.store.history(limit=1)[0].action == "bundle.import"
    assert astana.store.history(limit=1)[0].action == "bundle.export"


def test_full_profile_carries_everything(friends: tuple[Side, Side], tmp_path: Path) -> None:
    astana, paris = friends
    case_id = full_case(astana.store)
    import_bundle(paris.store, _export(astana, tmp_path, cases=[case_id], profile="full"))
    got = paris.store.get_case(case_id)
    assert got["person"]["kz_address"] == "Астана, ул. Абая 1, кв. 5"
    assert got["notes"][0]["text"].startswith("Internal")
    assert got["checks"][0]["evidence"].startswith("internal evidence")


def test_preview_counts_and_writes_nothing(friends: tuple[Side, Side], tmp_path: Path) -> None:
    astana, paris = friends
    first, second = full_case(astana.store), astana.store.add_case("Рябинин Олег")
    path = _export(astana, tmp_path, cases=None)
    before = paris.snapshot()

    preview = preview_bundle(paris.store, path)

    assert paris.snapshot() == before
    assert preview.sender == "Astana" and preview.sender_verified
    assert preview.profile == "referral" and preview.sequence == 1
    assert {c.case_id: c.status for c in preview.cases} == {first: "new", second: "new"}
    # first case: person, case, service, risk, 7 checks, statement, event, attachment,
    # partner, referral = 16; second: person, case, service, risk, 7 checks = 11
    assert preview.counts["new"] == 27 and preview.attachments == 1
    assert not preview.conflicts


def test_importing_the_same_bundle_twice_changes_nothing(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    path = _export(astana, tmp_path, cases=[full_case(astana.store)])
    import_bundle(paris.store, path)
    before = paris.snapshot()

    again = import_bundle(paris.store, path)

    assert not again.applied and again.preview.already_imported
    assert paris.snapshot() == before


def test_bundle_log_lists_both_directions(friends: tuple[Side, Side], tmp_path: Path) -> None:
    astana, paris = friends
    import_bundle(paris.store, _export(astana, tmp_path, cases=[full_case(astana.store)]))
    (sent,) = bundle_log(astana.store)
    (received,) = bundle_log(paris.store)
    assert (sent.direction, sent.peer, sent.sequence) == ("sent", "Paris", 1)
    assert (received.direction, received.peer, received.bundle_id) == (
        "received", "Astana", sent.bundle_id,
    )  # fmt: skip
    assert received.counts["cases"] == 1 and received.counts["new"] == 16


def test_sequence_numbers_go_up_per_sender(friends: tuple[Side, Side], tmp_path: Path) -> None:
    astana, _ = friends
    case_id = full_case(astana.store)
    _export(astana, tmp_path, "1.age", cases=[case_id])
    _export(astana, tmp_path, "2.age", cases=[case_id])
    assert [e.sequence for e in bundle_log(astana.store)] == [2, 1]


def test_export_refuses_to_mix_post_quantum_and_plain_age_recipients(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, _ = friends
    _, plain = generate_x25519()
    add_contact(astana.store, plain, name="Berlin lawyer")
    with pytest.raises(BundleError, match="separately"):
        _export(astana, tmp_path, to=["Paris", "Berlin lawyer"], cases=[full_case(astana.store)])
    assert not (tmp_path / "b.age").exists()
    assert not list(tmp_path.glob("*.partial*"))
    assert bundle_log(astana.store) == []


def test_export_never_overwrites_a_file(friends: tuple[Side, Side], tmp_path: Path) -> None:
    astana, _ = friends
    (tmp_path / "b.age").write_bytes(b"keep me")
    with pytest.raises(InvalidInputError, match="already a file"):
        _export(astana, tmp_path, cases=[full_case(astana.store)])
    assert (tmp_path / "b.age").read_bytes() == b"keep me"


def test_unknown_profile_is_one_sentence(friends: tuple[Side, Side], tmp_path: Path) -> None:
    astana, _ = friends
    with pytest.raises(InvalidInputError, match="no profile 'gossip'"):
        _export(astana, tmp_path, cases=[full_case(astana.store)], profile="gossip")


def test_a_killed_exports_partial_file_is_removed_and_never_blocks_the_next(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """A killed export leaves ``b.age.partial-PID-RANDOM``; the next export to ``b.age`` works,
    and removes that leftover (its process is gone), while a running process's file stays."""
    astana, _ = friends
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = tmp_path / f"b.age.partial-{dead.pid}-0badc0de"
    leftover.write_bytes(b"half a bundle")
    running = tmp_path / f"b.age.partial-{os.getpid()}-feedf00d"
    running.write_bytes(b"another export of this process, still being written")
    out = _export(astana, tmp_path, cases=[full_case(astana.store)])
    assert out.is_file() and out.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.glob("b.age.partial*")) == [running.name]
