"""A seized partner's laptop: hostile bundles signed with a real, verified contact's key.

Every attack is refused with one sentence and every table left as it was, or lands as a
report beside the case with the local state untouched. The bundles are built with the
project's own crypto (:mod:`tests.bundle.hostile`), signed by Astana, whom Paris verified.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from app.errors import WorkflowError
from app.exchange.bundle import (
    BundleError,
    BundleTooLargeError,
    ConflictsNeedResolutionError,
    MalformedBundleError,
    ReplayedBundleError,
    TamperedBundleError,
    UnknownSenderError,
    UnverifiedContactError,
    export_bundle,
    import_bundle,
    importer,
    preview_bundle,
    returning_persons,
)
from app.exchange.bundle.errors import OldFormatError
from app.exchange.contacts import add_contact
from app.store.vetting import signed_bytes
from app.store.workflow import REQUIRED_CHECKS
from cli import Console, main
from tests.bundle import craft
from tests.bundle.conftest import PASSPHRASE, Side, full_case, make_side
from tests.bundle.hostile import Forge

_names = count(1)


@pytest.fixture
def berlin(tmp_path: Path, keystore: Any, test_kdf: Any) -> Iterator[Side]:
    """A third vault, a verified contact of Paris, that never received Astana's cases."""
    side = make_side("Berlin group", tmp_path / "berlin", keystore, test_kdf)
    yield side
    side.vault.lock()


def send(sender: Side, to: str, tmp_path: Path, case_id: str, profile: str = "referral") -> Path:
    path = tmp_path / f"honest-{next(_names)}.age"
    export_bundle(sender.store, path, to=[to], cases=[case_id], profile=profile)
    return path


def test_an_unverified_sender_or_recipient_needs_the_risk_accepted(
    astana: Side, paris: Side, tmp_path: Path
) -> None:
    add_contact(astana.store, paris.identity.card.to_text(), name="Paris")
    add_contact(paris.store, astana.identity.card.to_text(), name="Astana")
    case_id = astana.store.add_case("Непроверенный")
    path = tmp_path / "unverified.age"
    with pytest.raises(UnverifiedContactError, match="Not verified in person: Paris"):
        export_bundle(astana.store, path, to=["Paris"], cases=[case_id])
    assert not path.exists()
    export_bundle(astana.store, path, to=["Paris"], cases=[case_id], accept_unverified=True)
    message = refused(paris, path, UnverifiedContactError)
    assert "'Astana', whose key is NOT verified" in message
    assert import_bundle(paris.store, path, accept_unverified=True).applied


def forged_path(tmp_path: Path) -> Path:
    return tmp_path / f"forged-{next(_names)}.age"


def refused(side: Side, path: Path, error: type[BundleError] = BundleError) -> str:
    """Import fails with ``error``, one sentence, and no table changes."""
    before = side.snapshot()
    with pytest.raises(error) as caught:
        import_bundle(side.store, path)
    assert side.snapshot() == before
    message = caught.value.message
    assert message.endswith(".") and "\n" not in message
    return message


def stage(side: Side, case_id: str) -> str:
    return side.store.get_case(case_id)["stage"]  # type: ignore[no-any-return]


@pytest.fixture
def shared(friends: tuple[Side, Side], tmp_path: Path) -> tuple[Side, Side, str]:
    """Astana referred a vetted case to Paris, which imported it."""
    astana, paris = friends
    case_id = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id))
    return astana, paris, case_id


# ---------------------------------------------------------------------- vetting bypass


@pytest.mark.parametrize("claimed", ["cleared", "protection_granted"])
def test_a_new_case_claimed_cleared_without_checks_arrives_at_intake_with_a_report(
    friends: tuple[Side, Side], tmp_path: Path, claimed: str
) -> None:
    astana, paris = friends
    case_id = astana.store.add_case("Плант Пётр")  # no check passed
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id), paris.identity)
    forge.case()["records"]["cases"][0]["stage"] = claimed
    result = import_bundle(
        paris.store, forge.seal(astana.identity, paris.identity, forged_path(tmp_path))
    )
    assert result.applied
    got = paris.store.get_case(case_id)
    assert got["stage"] == "intake"
    assert [(r["peer"], r["stage"]) for r in got["stage_reports"]] == [("Astana", claimed)]
    with pytest.raises(WorkflowError, match="came from another vault"):
        paris.store.accept_stage_report(case_id)
    assert stage(paris, case_id) == "intake"


def test_forged_passing_checks_without_the_origins_signature_do_not_clear(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Check rows saying "pass" count for nothing without a valid signed vetting record."""
    astana, paris = friends
    case_id = astana.store.add_case("Плант Пётр")
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id), paris.identity)
    entry = forge.case()
    for check in entry["records"]["checks"]:
        check.update(result="pass", reviewer="nobody", checked_on="2024-01-01")
    entry["records"]["cases"][0]["stage"] = "cleared"
    entry.pop("vetting", None)
    import_bundle(paris.store, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)))
    assert stage(paris, case_id) == "intake"
    assert paris.store.get_case(case_id)["vetting_record"] is None
    with pytest.raises(WorkflowError):
        paris.store.set_case_fields(case_id, {"stage": "cleared"})


def test_a_vetting_record_with_a_broken_signature_is_refused(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    astana, paris, _ = shared
    case_id = full_case(astana.store, "Другой Человек")
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id), paris.identity)
    vetting = forge.case()["vetting"]
    vetting["record"]["checks"][0]["reviewer"] = "someone else"  # the signature no longer fits
    message = refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)))
    assert "not validly signed by 'Astana'" in message


def test_a_case_from_an_unverified_origin_is_not_cleared_by_its_record(
    astana: Side, paris: Side, tmp_path: Path
) -> None:
    add_contact(astana.store, paris.identity.card.to_text(), name="Paris", verified=True)
    add_contact(paris.store, astana.identity.card.to_text(), name="Astana")  # not verified
    case_id = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id), accept_unverified=True)
    got = paris.store.get_case(case_id)
    assert got["stage"] == "intake"
    assert got["vetting_record"]["signature_valid"] and not got["vetting_record"]["key_verified"]
    with pytest.raises(WorkflowError):
        paris.store.set_case_fields(case_id, {"stage": "cleared"})


def test_an_existing_case_is_never_moved_by_an_incoming_stage(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    """Paris (a partner Astana sent the case to) reports "protection granted": a report."""
    astana, paris, case_id = shared
    astana.store.set_check(case_id, "plant_screening", "fail", evidence="doubt", reviewer="A")
    assert stage(astana, case_id) == "vetting"
    forge = Forge.open(send(paris, "Astana", tmp_path, case_id, "status"), astana.identity)
    forge.case()["records"]["cases"][0]["stage"] = "protection_granted"
    import_bundle(astana.store, forge.seal(paris.identity, astana.identity, forged_path(tmp_path)))
    assert stage(astana, case_id) == "vetting"
    with pytest.raises(WorkflowError):
        astana.store.accept_stage_report(case_id)
    assert stage(astana, case_id) == "vetting"


# ---------------------------------------------------------------------- who may change what


@pytest.fixture
def berlin_has_the_case(
    shared: tuple[Side, Side, str], berlin: Side, tmp_path: Path
) -> tuple[Side, Side, Side, str]:
    """Astana also sent the case to Berlin; Paris and Berlin are verified contacts, but
    Paris never exchanged this case with Berlin."""
    astana, paris, case_id = shared
    for a, b, name in ((astana, berlin, "Berlin"), (berlin, astana, "Astana"),
                       (paris, berlin, "Berlin"), (berlin, paris, "Paris")):  # fmt: skip
        add_contact(a.store, b.identity.card.to_text(), name=name, verified=True)
    import_bundle(berlin.store, send(astana, "Berlin", tmp_path, case_id, "full"))
    return astana, paris, berlin, case_id


def test_a_contact_that_never_received_a_case_from_us_cannot_change_it(
    berlin_has_the_case: tuple[Side, Side, Side, str], tmp_path: Path
) -> None:
    _, paris, berlin, case_id = berlin_has_the_case
    berlin.store.set_case_fields(case_id, {"city": "Moscow"})
    message = refused(paris, send(berlin, "Paris", tmp_path, case_id, "full"))
    assert "'Berlin' sent changes to a case or record that this vault never exchanged" in message


def test_a_contact_that_never_received_a_case_from_us_cannot_add_to_it(
    berlin_has_the_case: tuple[Side, Side, Side, str], tmp_path: Path
) -> None:
    _, paris, berlin, case_id = berlin_has_the_case
    berlin.store.add_event(case_id, "decision", "planted event")
    refused(paris, send(berlin, "Paris", tmp_path, case_id, "status"))


def _sender(side: Side) -> dict[str, Any]:
    card = side.identity.card
    return {"name": card.name, "signing_key": card.signing_key,
            "age_recipient": card.x25519_recipient, "pq_recipient": card.pq_recipient}  # fmt: skip


def test_a_claimed_base_never_overwrites_a_local_edit(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    """Astana claims Paris's current revision as its base: a conflict, not an overwrite."""
    astana, paris, case_id = shared
    paris.store.set_case_fields(case_id, {"city": "Paris"})
    mine = paris.store.get_case(case_id)["person"]["revision"]
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id), paris.identity)
    entry = forge.case()
    person = entry["records"]["persons"][0]
    person.update(city="Moscow", revision=mine + 1)
    entry["bases"][person["id"]] = {paris.identity.card.signing_key: mine}
    path = forge.seal(astana.identity, paris.identity, forged_path(tmp_path))
    assert [c.fields for c in preview_bundle(paris.store, path).conflicts] == [("city",)]
    refused(paris, path, ConflictsNeedResolutionError)
    assert paris.store.get_case(case_id)["person"]["city"] == "Paris"


# ---------------------------------------------------------------------- replay


def test_a_co_recipient_cannot_pre_empt_a_bundle_by_its_id(
    friends: tuple[Side, Side], berlin: Side, tmp_path: Path
) -> None:
    astana, paris = friends
    add_contact(paris.store, berlin.identity.card.to_text(), name="Berlin", verified=True)
    add_contact(berlin.store, paris.identity.card.to_text(), name="Paris", verified=True)
    real = send(astana, "Paris", tmp_path, full_case(astana.store))
    real_id = craft.manifest_of(craft.unpack(real, paris.identity))["bundle_id"]
    forge = Forge.open(send(berlin, "Paris", tmp_path, berlin.store.add_case("Иванов")),
                       paris.identity)  # fmt: skip
    forge.manifest["bundle_id"] = real_id
    assert import_bundle(
        paris.store, forge.seal(berlin.identity, paris.identity, forged_path(tmp_path))
    ).applied
    assert import_bundle(paris.store, real).applied  # not "already imported"


def test_a_changed_copy_of_an_imported_bundle_is_tampering(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    case_id = full_case(astana.store)
    astana.store.add_attachment(case_id, "scan.bin", bytes(range(256)) * 6000)  # 1.5 MB
    real = send(astana, "Paris", tmp_path, case_id)
    assert import_bundle(paris.store, real).applied
    forge = Forge.open(real, paris.identity)
    forge.case()["records"]["persons"][0]["city"] = "elsewhere"
    message = refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
                      TamperedBundleError)  # fmt: skip
    assert "already imported, but this copy differs" in message
    # The same manifest with the last attachment byte flipped: read to the end, refused.
    data = bytearray(real.read_bytes())
    data[-1] ^= 1
    cut = tmp_path / "flipped.age"
    cut.write_bytes(bytes(data))
    refused(paris, cut, TamperedBundleError)


def test_a_reused_sequence_number_and_a_very_old_one_are_replays(
    shared: tuple[Side, Side, str], tmp_path: Path
) -> None:
    astana, paris, case_id = shared
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id), paris.identity)
    forge.manifest["bundle_id"] = "0b3c8f0e-8a8e-4a55-9f3e-1f6f1d0c2a99"
    forge.manifest["sequence"] = 1  # the sequence number of the bundle already imported
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            ReplayedBundleError)  # fmt: skip
    far = Forge.open(send(astana, "Paris", tmp_path, case_id), paris.identity)
    far.manifest["sequence"] = 10_000
    assert import_bundle(
        paris.store, far.seal(astana.identity, paris.identity, forged_path(tmp_path))
    ).applied
    refused(paris, send(astana, "Paris", tmp_path, case_id), ReplayedBundleError)


# ---------------------------------------------------------------------- preview = apply


def test_the_same_case_twice_in_one_bundle_is_refused(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    first, second = astana.store.add_case("Первый"), astana.store.add_case("Второй")
    path = tmp_path / "two.age"
    export_bundle(astana.store, path, to=["Paris"], cases=[first, second])
    forge = Forge.open(path, paris.identity)
    forge.manifest["entries"][1]["case_id"] = first
    forge.case(2)["case_id"] = first
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


def test_the_same_record_in_two_cases_is_refused(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    first, second = astana.store.add_case("Первый"), astana.store.add_case("Второй")
    astana.store.add_note(first, "a note")
    astana.store.add_note(second, "another note")
    path = tmp_path / "two.age"
    export_bundle(astana.store, path, to=["Paris"], cases=[first, second], profile="full")
    forge = Forge.open(path, paris.identity)
    forge.case(2)["records"]["notes"][0]["id"] = forge.case(1)["records"]["notes"][0]["id"]
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


# ---------------------------------------------------------------------- parsing


def test_a_huge_manifest_from_a_stranger_is_refused_before_parsing(
    friends: tuple[Side, Side], berlin: Side, tmp_path: Path
) -> None:
    _, paris = friends
    big = b'{"entries":[' + b"[" * 100 + b"0" * (2 * 1024 * 1024) + b"]"
    signed = craft.signed([("manifest.json", big)], berlin.identity)
    path = craft.seal(
        craft.tar_bytes(signed), [craft.recipient_of(paris.identity)], forged_path(tmp_path)
    )
    refused(paris, path, BundleTooLargeError)
    small = craft.signed([("manifest.json", big[:1000])], berlin.identity)
    path = craft.seal(
        craft.tar_bytes(small), [craft.recipient_of(paris.identity)], forged_path(tmp_path)
    )
    refused(paris, path, UnknownSenderError)  # never parsed: the signer is unknown


@pytest.mark.parametrize(
    "mangle",
    [
        lambda m: m["entries"][0].update(kind=[]),
        lambda m: m["entries"][0].update(kind={"a": 1}),
        lambda m: m.update(version="2"),
        lambda m: m.update(recipients={"a": 1}),
        lambda m: m["sender"].update(name=["x"]),
        lambda m: m.update(sequence=1.5),
    ],
)
def test_wrong_json_types_in_a_signed_manifest_are_one_sentence(
    friends: tuple[Side, Side], tmp_path: Path, mangle: Any
) -> None:
    astana, paris = friends
    forge = Forge.open(
        send(astana, "Paris", tmp_path, astana.store.add_case("Тип")), paris.identity
    )
    mangle(forge.manifest)
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


def test_a_format_1_case_bundle_asks_the_sender_to_update(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    entries = craft.unpack(send(astana, "Paris", tmp_path, astana.store.add_case("Старый")),
                           paris.identity)  # fmt: skip
    manifest = craft.manifest_of(entries)
    manifest["version"] = 1
    data = craft.manifest_bytes(manifest)
    old = [("manifest.json", data), ("manifest.sig", astana.identity.sign(data)), *entries[2:]]
    path = craft.seal(
        craft.tar_bytes(old), [craft.recipient_of(paris.identity)], forged_path(tmp_path)
    )
    message = refused(paris, path, OldFormatError)
    assert "ask the sender to update Satchel" in message


def test_a_small_order_signing_key_never_verifies_anything(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """The identity point as key and (R = identity, S = 0) as signature: refused."""
    astana, paris = friends
    entries = craft.unpack(send(astana, "Paris", tmp_path, astana.store.add_case("Ноль")),
                           paris.identity)  # fmt: skip
    identity = bytes([1]) + bytes(31)
    forged = identity + identity + bytes(32)
    entries[0] = ("manifest.sig", forged)
    path = craft.seal(
        craft.tar_bytes(entries), [craft.recipient_of(paris.identity)], forged_path(tmp_path)
    )
    refused(paris, path, MalformedBundleError)


@pytest.mark.parametrize(
    "text",
    ["Иван\x1b]0;owned\x07", "Ivan\u202egnp.exe", "zero\u200bwidth", "bell\x07", "line\u2028sep"],
)
def test_control_and_format_characters_in_record_text_are_refused(
    friends: tuple[Side, Side], tmp_path: Path, text: str
) -> None:
    astana, paris = friends
    forge = Forge.open(
        send(astana, "Paris", tmp_path, astana.store.add_case("Текст")), paris.identity
    )
    forge.case()["records"]["persons"][0]["name"] = text
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


def test_the_command_line_refuses_a_hostile_bundle_in_one_sentence_without_traceback(
    shared: tuple[Side, Side, str], tmp_path: Path, keystore: Any
) -> None:
    _, paris, case_id = shared
    astana = shared[0]
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id), paris.identity)
    forge.manifest["entries"][0]["kind"] = []
    path = forge.seal(astana.identity, paris.identity, forged_path(tmp_path))
    out, err = io.StringIO(), io.StringIO()
    paris.vault.lock()
    console = Console(environ={"SATCHEL_PASSPHRASE": PASSPHRASE}, out=out, err=err)
    code = main(["--vault", str(paris.folder), "import", str(path)], console=console,
                keystore=keystore)  # fmt: skip
    assert code != 0
    assert "Traceback" not in err.getvalue() and "internal error" not in err.getvalue().lower()
    assert err.getvalue().strip().splitlines() == [
        "This bundle is damaged or was not made by Satchel; nothing was imported."
    ]


def test_the_command_line_gates_unverified_contacts_with_the_guis_words(
    astana: Side, paris: Side, tmp_path: Path, keystore: Any
) -> None:
    add_contact(astana.store, paris.identity.card.to_text(), name="Paris")
    add_contact(paris.store, astana.identity.card.to_text(), name="Astana")
    case_id = astana.store.add_case("Непроверенный")
    path = tmp_path / "cli.age"

    def cli(side: Side, *argv: str) -> tuple[int, str]:
        err = io.StringIO()
        console = Console(environ={"SATCHEL_PASSPHRASE": PASSPHRASE}, out=io.StringIO(), err=err)
        side.vault.lock()
        code = main(["--vault", str(side.folder), *argv], console=console, keystore=keystore)
        return code, err.getvalue()

    export = ["export", "--to", "Paris", "--case", case_id, "-o", str(path)]
    code, err = cli(astana, *export)
    assert code != 0 and not path.exists()
    assert err.strip().startswith("Not verified in person: Paris. If someone swapped their key")
    assert cli(astana, *export, "--accept-unverified")[0] == 0
    code, err = cli(paris, "import", str(path))
    assert code != 0 and "'Astana', whose key is NOT verified" in err and "Traceback" not in err
    assert cli(paris, "import", str(path), "--accept-unverified")[0] == 0


def test_a_case_from_elsewhere_may_be_cleared_on_this_vaults_own_checks(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Paris vets the person itself: its own results count, the imported ones never did."""
    astana, paris = friends
    case_id = astana.store.add_case("Сам Проверенный")
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "full"))
    checks = [c for c in REQUIRED_CHECKS if c != "war_crimes_screening"]
    for check in checks:
        paris.store.set_check(case_id, check, "pass", evidence="seen in Paris", reviewer="Claire")
    with pytest.raises(WorkflowError):
        paris.store.set_case_fields(case_id, {"stage": "cleared"})
    paris.store.set_check(case_id, "war_crimes_screening", "pass", evidence="db", reviewer="C")
    paris.store.set_case_fields(case_id, {"stage": "cleared"})
    assert stage(paris, case_id) == "cleared"


# ---------------------------------------------------------------------- this vault's own rules


@pytest.mark.parametrize(
    ("field", "value"),
    [("birth_date", "2024-02-30"), ("birth_date", "2024-13-01"), ("birth_date", "2024-1-05"),
     ("name", "   "), ("city", "\n\t "), ("updated_at", "2024-02-30T10:00:00.000000Z"),
     ("created_at", "2024-01-01T24:00:00Z")],
)  # fmt: skip
def test_values_this_vault_would_never_store_are_refused(
    friends: tuple[Side, Side], tmp_path: Path, field: str, value: str
) -> None:
    """A signed bundle still meets this vault's rules: real dates and times, no blank text."""
    astana, paris = friends
    forge = Forge.open(
        send(astana, "Paris", tmp_path, astana.store.add_case("Дата Дмитрий")), paris.identity
    )
    forge.case()["records"]["persons"][0][field] = value
    before = paris.snapshot()
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip
    assert paris.snapshot() == before


@pytest.mark.parametrize(("checked_on", "accepted"), [("2024-02-29", True), ("2024-02-30", False)])
def test_a_signed_vetting_record_must_carry_real_dates(
    friends: tuple[Side, Side], tmp_path: Path, checked_on: str, accepted: bool
) -> None:
    astana, paris = friends
    case_id = full_case(astana.store, "Другой Человек")
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id), paris.identity)
    vetting = forge.case()["vetting"]
    vetting["record"]["checks"][0]["checked_on"] = checked_on
    vetting["signature"] = astana.identity.sign(signed_bytes(vetting["record"])).hex()
    path = forge.seal(astana.identity, paris.identity, forged_path(tmp_path))
    if accepted:  # re-signed by the origin: only the date decides
        assert import_bundle(paris.store, path).applied
    else:
        refused(paris, path, MalformedBundleError)


def test_a_signed_manifest_with_an_impossible_time_is_refused(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    forge = Forge.open(
        send(astana, "Paris", tmp_path, astana.store.add_case("Время Вера")), paris.identity
    )
    forge.manifest["created_at"] = "2024-13-01T00:00:00Z"
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


# ---------------------------------------------------------------------- whose checks count


def _vetted_in(side: Side, case_id: str) -> None:
    for check in REQUIRED_CHECKS:
        side.store.set_check(case_id, check, "pass", evidence=f"{side.name} saw it",
                             reviewer=side.name)  # fmt: skip


def test_a_partner_cannot_pass_the_checks_of_this_vaults_own_case(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Astana sent its own unvetted case to Paris; Paris (seized) passes every check and
    sends it back. Astana keeps the rows to read, but only its own checks clear a case."""
    astana, paris = friends
    case_id = astana.store.add_case("Плант Пётр")
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "full"))
    _vetted_in(paris, case_id)
    result = import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, "full"))
    assert result.preview.counts["changed"] == len(REQUIRED_CHECKS)
    checks = {c["check"]: c["result"] for c in astana.store.get_case(case_id)["checks"]}
    assert all(checks[name] == "pass" for name in REQUIRED_CHECKS)
    for move in ({"stage": "cleared"}, {"stage": "referred"}):
        with pytest.raises(WorkflowError, match="recorded in another vault"):
            astana.store.set_case_fields(case_id, move)
    partner = astana.store.add_partner("Somewhere")
    with pytest.raises(WorkflowError, match="recorded in another vault"):
        astana.store.add_referral(case_id, partner)
    assert stage(astana, case_id) == "intake"
    _vetted_in(astana, case_id)  # Astana records them itself: now they count
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    assert stage(astana, case_id) == "cleared"


def test_taking_theirs_in_a_conflict_does_not_make_their_checks_this_vaults(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    case_id = astana.store.add_case("Плант Пётр")
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "full"))
    _vetted_in(paris, case_id)
    astana.store.set_check(case_id, "plant_screening", "inconclusive", evidence="doubt")
    path = send(paris, "Astana", tmp_path, case_id, "full")
    assert import_bundle(astana.store, path, resolve="theirs").resolved == {"theirs": 1}
    with pytest.raises(WorkflowError, match="recorded in another vault"):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})
    assert stage(astana, case_id) == "intake"


def test_this_vaults_own_checks_still_count_after_a_partner_sends_them_back(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """The same checks coming back unchanged (revisions aligned) stay this vault's own, for
    its own cases and for the checks it recorded on a case from elsewhere."""
    astana, paris = friends
    own = astana.store.add_case("Свой Случай")
    _vetted_in(astana, own)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, own, "full"))
    import_bundle(astana.store, send(paris, "Astana", tmp_path, own, "referral"))
    astana.store.set_case_fields(own, {"stage": "cleared"})
    theirs = paris.store.add_case("Чужой Случай")
    import_bundle(astana.store, send(paris, "Astana", tmp_path, theirs, "full"))
    _vetted_in(astana, theirs)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, theirs, "full"))
    forge = Forge.open(send(paris, "Astana", tmp_path, theirs, "full"), astana.identity)
    forge.case().pop("vetting")  # Paris's own word aside: Astana's checks are what count
    import_bundle(astana.store, forge.seal(paris.identity, astana.identity, forged_path(tmp_path)))
    astana.store.set_case_fields(theirs, {"stage": "cleared"})
    assert (stage(astana, own), stage(astana, theirs)) == ("cleared", "cleared")


@pytest.mark.parametrize("left_out", ["reviewer", "checked_on"])
def test_a_signed_vetting_record_passes_a_check_only_with_its_reviewer_and_date(
    friends: tuple[Side, Side], tmp_path: Path, left_out: str
) -> None:
    """This vault never records a passed check without a reviewer and a date; a vetting
    record saying so, even validly signed by the origin, is refused."""
    astana, paris = friends
    case_id = full_case(astana.store, "Другой Человек")
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id), paris.identity)
    vetting = forge.case()["vetting"]
    vetting["record"]["checks"][0][left_out] = None
    vetting["signature"] = astana.identity.sign(signed_bytes(vetting["record"])).hex()
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


@pytest.mark.parametrize("left_out", ["reviewer", "evidence", "checked_on"])
def test_a_check_row_passes_only_with_what_this_vault_requires(
    friends: tuple[Side, Side], tmp_path: Path, left_out: str
) -> None:
    """A passed check sent without its reviewer, date or (in a profile that sends it) its
    evidence is a check this vault would never store."""
    astana, paris = friends
    case_id = full_case(astana.store, "Другой Человек")
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id, "full"), paris.identity)
    (check,) = [
        c for c in forge.case()["records"]["checks"] if c["check_name"] == "osint_crosscheck"
    ]
    assert check["result"] == "pass"
    check[left_out] = None
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


@pytest.mark.parametrize(
    "name", ["../../.bashrc", "C:\\Users\\x\\evil.exe", ".hidden", "scan.pdf" + " " * 300 + "x"]
)
def test_an_attachment_name_this_vault_would_not_give_is_refused(
    friends: tuple[Side, Side], tmp_path: Path, name: str
) -> None:
    """Attaching keeps only a file's own name (no folders, no leading dot, 200 characters at
    most); a received name follows the same rule."""
    astana, paris = friends
    case_id = astana.store.add_case("Файлов Фёдор")
    astana.store.add_attachment(case_id, "scan.txt", b"a scan\n")
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id), paris.identity)
    forge.case()["records"]["attachments"][0]["filename"] = name
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


# ---------------------------------------------------------------------- this vault's own word


def test_a_new_case_cannot_claim_to_have_been_created_by_this_vault(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Paris's records carry its origin; a case new to Paris that claims it was made there
    would pass for Paris's own (its vetting Paris's to sign), so it is refused."""
    astana, paris = friends
    case_id = astana.store.add_case("Плант Пётр")
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id, "full"), paris.identity)
    entry = forge.case()
    for rows in entry["records"].values():
        for row in rows:
            row["origin"] = paris.store.origin
    entry.pop("vetting", None)
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


def test_this_vault_never_vouches_for_checks_a_partner_recorded(
    friends: tuple[Side, Side], berlin: Side, tmp_path: Path
) -> None:
    """Paris passed the checks of Astana's own case; Astana then refers the case to Berlin.
    Astana's signed vetting record shows only what Astana recorded, so Berlin cannot clear
    the case on Astana's word."""
    astana, paris = friends
    add_contact(astana.store, berlin.identity.card.to_text(), name="Berlin", verified=True)
    add_contact(berlin.store, astana.identity.card.to_text(), name="Astana", verified=True)
    case_id = astana.store.add_case("Плант Пётр")
    astana.store.set_check(case_id, "identity_documents", "pass", evidence="passport",
                           reviewer="Aigerim")  # fmt: skip
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "full"))
    for check in REQUIRED_CHECKS[1:]:
        paris.store.set_check(case_id, check, "pass", evidence="trust me", reviewer="Paris")
    import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, "full"))
    forge = Forge.open(send(astana, "Berlin", tmp_path, case_id), berlin.identity)
    checks = {c["check"]: c for c in forge.case()["vetting"]["record"]["checks"]}
    assert checks["identity_documents"]["reviewer"] == "Aigerim"
    assert checks["plant_screening"] == {
        "check": "plant_screening", "result": "not_done", "checked_on": None, "reviewer": None,
    }  # fmt: skip
    import_bundle(berlin.store, send(astana, "Berlin", tmp_path, case_id))
    assert berlin.store.vetting_record(case_id).passed == 1  # type: ignore[union-attr]
    with pytest.raises(WorkflowError):
        berlin.store.set_case_fields(case_id, {"stage": "cleared"})


def test_a_rejected_case_keeps_its_reason_whatever_a_partner_sends(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Here a rejected case must say why; a partner's copy, moved on there and with its
    reason cleared, does not clear the reason of this vault's rejected case."""
    astana, paris = friends
    case_id = astana.store.add_case("Отказ Олег")
    astana.store.set_case_fields(
        case_id, {"stage": "rejected", "rejection_reason": "story contradicts documents"}
    )
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "full"))
    paris.store.set_case_fields(case_id, {"stage": "intake"})
    paris.store.set_case_fields(case_id, {"rejection_reason": "", "lawyer": "Claire"})
    import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, "full"))
    got = astana.store.get_case(case_id)
    assert (got["stage"], got["rejection_reason"]) == ("rejected", "story contradicts documents")
    assert got["lawyer"] == "Claire"  # the rest of the change is taken


def test_a_contact_that_never_received_a_case_from_us_cannot_report_its_stage(
    berlin_has_the_case: tuple[Side, Side, Side, str], tmp_path: Path
) -> None:
    """Berlin holds the same case (from Astana) but never exchanged it with Paris: its stage
    for the case is not a report Paris shows, even when every record it sends is the same."""
    _, paris, berlin, case_id = berlin_has_the_case
    forge = Forge.open(send(berlin, "Paris", tmp_path, case_id, "status"), paris.identity)
    forge.case()["records"]["cases"][0]["stage"] = "entry_approved"
    forge.case().pop("attestations", None)  # only a peer of the case may bring them
    message = refused(paris, forge.seal(berlin.identity, paris.identity, forged_path(tmp_path)))
    assert "'Berlin' sent changes to a case or record that this vault never exchanged" in message
    assert paris.store.stage_reports(case_id) == []


# ---------------------------------------------------------------------- huge numbers


@pytest.mark.parametrize("table", ["persons", "notes"])
def test_a_partner_cannot_push_a_revision_to_the_end_of_the_range(
    friends: tuple[Side, Side], tmp_path: Path, table: str
) -> None:
    """Revisions grow by one per edit. A revision near the largest a bundle may carry, taken
    (or aligned to) here, would make this vault's next edit one that every partner refuses,
    so the case could never be sent again."""
    astana, paris = friends
    case_id = astana.store.add_case("Ревизия Роман")
    astana.store.add_note(case_id, "first interview done")
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "full"))
    forge = Forge.open(send(paris, "Astana", tmp_path, case_id, "full"), astana.identity)
    forge.case()["records"][table][0]["revision"] = 2**53 - 1
    refused(astana, forge.seal(paris.identity, astana.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


def test_a_new_record_cannot_start_at_the_end_of_the_range(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    forge = Forge.open(
        send(astana, "Paris", tmp_path, astana.store.add_case("Ревизия Роман")), paris.identity
    )
    forge.case()["records"]["persons"][0]["revision"] = 2**53 - 1
    refused(paris, forge.seal(astana.identity, paris.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


def test_clearing_on_the_origins_word_is_not_signed_as_this_vaults_vetting(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Paris clears Astana's case on Astana's signed vetting record; the checks it holds
    are Astana's, so Paris's own signature (which partners would count as a reviewer's)
    is not made. Once Paris records the checks itself, clearing signs."""
    astana, paris = friends
    case_id = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "full"))
    paris.store.set_case_fields(case_id, {"stage": "vetting"})
    paris.store.set_case_fields(case_id, {"stage": "cleared"})
    assert [s.signer for s in paris.store.sign_off(case_id).signatures] == ["Astana"]
    paris.store.set_case_fields(case_id, {"stage": "vetting"})
    _vetted_in(paris, case_id)
    paris.store.set_case_fields(case_id, {"stage": "cleared"})
    assert "" in [s.signer for s in paris.store.sign_off(case_id).signatures]


def test_a_check_never_changes_which_check_it_is(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """A check record is one check of its case for good (this vault finds it by name);
    a change that renames it is malformed, like one that moves a record to another case."""
    astana, paris = friends
    case_id = paris.store.add_case("Чеков Иван")
    import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, "status"))
    astana.store.set_check(case_id, "references", "inconclusive", evidence="one call")
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "full"), resolve="both")
    forge = Forge.open(send(paris, "Astana", tmp_path, case_id, "full"), astana.identity)
    entry = forge.case()
    (check,) = [c for c in entry["records"]["checks"] if c["check_name"] == "references"]
    entry["records"]["checks"] = [check]  # the checks Astana never had stay out
    kept = {row["id"] for rows in entry["records"].values() for row in rows}
    entry["bases"] = {k: v for k, v in entry["bases"].items() if k in kept}
    check.update(
        check_name="plant_screening",
        result="pass",
        reviewer="P",
        evidence="e",
        checked_on="2024-05-01",
    )
    check["revision"] = 3
    entry["bases"][check["id"]] = {astana.identity.card.signing_key: 2}
    entry.pop("vetting", None)
    refused(astana, forge.seal(paris.identity, astana.identity, forged_path(tmp_path)),
            MalformedBundleError)  # fmt: skip


# ---------------------------------------------------------------------- returning persons


def test_a_person_rejected_here_never_arrives_cleared(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Paris rejected a plant; Astana (seized, or fooled) opens a new case for the same
    person, vets it and vouches for it. At Paris it starts at intake with Astana's report,
    so a person rejected here moves on only when someone here decides."""
    astana, paris = friends
    facts = {"birth_date": "1990-01-02", "internal_passport": "4512 123456"}
    rejected = paris.store.add_case("Плантов Пётр", facts)
    paris.store.set_case_fields(rejected, {"stage": "rejected", "rejection_reason": "a plant"})
    case_id = full_case(astana.store, "Плантов Пётр")
    astana.store.set_case_fields(case_id, facts)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id))
    got = paris.store.get_case(case_id)
    assert got["stage"] == "intake"
    assert [(r["peer"], r["stage"]) for r in got["stage_reports"]] == [("Astana", "referred")]
    assert got["vetting_record"]["passed"] == len(REQUIRED_CHECKS)
    assert paris.store.accept_stage_report(case_id) == "referred"  # a decision made here


@pytest.mark.parametrize(
    ("cyrillic", "written", "born"),
    [
        ("Жуков Сергей Петрович", "Sergueï Joukov", "1995-04-02"),  # French
        ("Жуков Сергей Петрович", "Joukov Sergueï Petrovitch", None),
        ("Хрущёв Юрий", "Juri Chruschtschow", "1995-04-02"),  # German
        ("Жуков Сергей Петрович", "Schukow Sergej Petrowitsch", None),
        ("Ковалёв Фёдор", "Fyodor Kovalyov", "1995-04-02"),  # English
        ("Ковалёв Фёдор Петрович", "Kovalyov Fyodor Petrovich", None),
    ],
)
def test_a_person_rejected_here_is_known_as_a_partner_writes_him(
    friends: tuple[Side, Side], tmp_path: Path, cyrillic: str, written: str, born: str | None
) -> None:
    """Astana rejected a plant, written in Cyrillic. Paris meets him later, vets him and
    refers him back under the name it writes him by, with his birth date or without: the
    import shows him as the person rejected here, and his case waits at intake."""
    astana, paris = friends
    rejected = astana.store.add_case(cyrillic, {"birth_date": "1995-04-02"})
    astana.store.set_case_fields(rejected, {"stage": "rejected", "rejection_reason": "a plant"})
    case_id = full_case(paris.store, written)
    if born is None:
        paris.store.set_case_fields(case_id, {"birth_date": ""})

    result = import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id))

    got = astana.store.get_case(case_id)
    assert got["stage"] == "intake"
    assert [(r["peer"], r["stage"]) for r in got["stage_reports"]] == [("Paris", "referred")]
    found = returning_persons(astana.store, result)
    assert [(m.case_id, m.stage) for m in found[case_id]] == [(rejected, "rejected")]


def test_a_case_rejected_in_the_same_bundle_decides_as_the_preview_did(
    friends: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only cases rejected here before the import count: a person rejected in the bundle
    itself, written a moment earlier in the same walk, must not change the plan the user
    saw, or the import refuses what the preview showed."""
    astana, paris = friends
    facts = {"birth_date": "1990-01-02", "internal_passport": "4512 123456"}
    rejected = astana.store.add_case("Плантов Пётр", facts)
    astana.store.set_case_fields(rejected, {"stage": "rejected", "rejection_reason": "a plant"})
    vouched = full_case(astana.store, "Плантов Пётр")
    astana.store.set_case_fields(vouched, facts)
    path = tmp_path / "both.age"
    export_bundle(astana.store, path, to=["Paris"], cases=[rejected, vouched], profile="referral")
    shown = preview_bundle(paris.store, path)
    monkeypatch.setattr(importer, "_PENDING_WRITES", 1)  # each case written before the next
    import_bundle(paris.store, path, expected=shown)
    assert paris.store.get_case(rejected)["stage"] == "rejected"
    assert paris.store.get_case(vouched)["stage"] == "referred"  # as the preview planned
    # Rejected here now: the next new case of that person waits at intake.
    again = full_case(astana.store, "Плантов Пётр")
    astana.store.set_case_fields(again, facts)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, again))
    assert paris.store.get_case(again)["stage"] == "intake"


def test_a_partner_cannot_rename_a_person_rejected_here(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Astana sent Paris a case, then found the man a plant and rejected him. Paris (seized)
    may still change that case, but a new name, birth date, passport or unit for him would
    hide him from the returning-person check: the plant, sent again under his own name,
    would arrive on the protection path. Who a rejected person is stays as rejected here."""
    astana, paris = friends
    facts = {"birth_date": "1990-01-02", "internal_passport": "4512 123456"}
    plant = full_case(astana.store, "Плантов Пётр")
    astana.store.set_case_fields(plant, facts)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, plant))
    astana.store.set_case_fields(plant, {"stage": "rejected", "rejection_reason": "a plant"})
    paris.store.set_case_fields(
        plant,
        {"name": "Другов Иван", "aliases": "Ivan", "birth_date": "1971-05-06",
         "internal_passport": "9999 000000", "unit": "в/ч 99999"},
    )  # fmt: skip
    renamed = import_bundle(astana.store, send(paris, "Astana", tmp_path, plant), resolve="theirs")
    # name (and both scripts), aliases, birth date, passport and unit: said, not taken
    assert renamed.preview.kept_rejected == 7
    person = astana.store.get_case(plant)["person"]
    assert (person["name"], person["birth_date"], person["internal_passport"]) == (
        "Плантов Пётр", "1990-01-02", "4512 123456",
    )  # fmt: skip

    again = full_case(paris.store, "Плантов Пётр")
    paris.store.set_case_fields(again, facts)
    result = import_bundle(astana.store, send(paris, "Astana", tmp_path, again))

    assert astana.store.get_case(again)["stage"] == "intake"
    assert [m.case_id for m in returning_persons(astana.store, result)[again]] == [plant]
