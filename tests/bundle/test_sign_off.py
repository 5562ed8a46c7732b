"""Two-person sign-off across real vaults: Astana clears only with a colleague's signature
made on her own laptop; every way around it is refused; the partner sees the proof.

Aigerim (the Astana vault) and her colleague Dana (another vault, a contact verified in
person) vet the same case: it travels to Dana in a full-profile bundle, Dana signs there,
and her attestation comes back in a bundle about the case.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from app.errors import WorkflowError
from app.exchange.bundle import BundleError, export_bundle, import_bundle
from app.exchange.contacts import add_contact
from app.store import REQUIRED_CHECKS, Store
from app.store.attestations import Attestation
from app.store.digests import vetting_digest
from app.store.migrations import MIGRATIONS, migrate
from cli import Console, main
from tests.bundle.conftest import PASSPHRASE, Side, make_side
from tests.bundle.hostile import Forge
from tests.helpers import old_schema_case

_names = count(1)


@pytest.fixture
def dana(tmp_path: Path, keystore: Any, test_kdf: Any) -> Iterator[Side]:
    side = make_side("Astana colleague", tmp_path / "dana", keystore, test_kdf)
    yield side
    side.vault.lock()


@pytest.fixture
def office(friends: tuple[Side, Side], dana: Side) -> tuple[Side, Side, Side]:
    """Astana (two-person rule on), its colleague Dana and Paris; Astana and Dana verified
    each other in person. Paris knows Astana only."""
    astana, paris = friends
    add_contact(astana.store, dana.identity.card.to_text(), name="Dana", verified=True)
    add_contact(dana.store, astana.identity.card.to_text(), name="Aigerim", verified=True)
    astana.store.set_two_person_rule(True)
    return astana, dana, paris


def vetted_case(store: Store, name: str = "Канарейкин Юрий Петрович") -> str:
    case_id = store.add_case(name, {"birth_date": "1995-04-02", "lawyer": "Aigerim"})
    for check in REQUIRED_CHECKS:
        store.set_check(case_id, check, "pass", evidence=f"evidence for {check}",
                        reviewer="Aigerim")  # fmt: skip
    return case_id


def send(sender: Side, to: str, tmp_path: Path, case_id: str, profile: str = "full") -> Path:
    path = tmp_path / f"bundle-{next(_names)}.age"
    export_bundle(sender.store, path, to=[to], cases=[case_id], profile=profile)
    return path


def dana_signs(astana: Side, dana: Side, tmp_path: Path, case_id: str) -> None:
    """The case goes to Dana in full, she signs, and it comes back."""
    import_bundle(dana.store, send(astana, "Dana", tmp_path, case_id))
    dana.store.sign_vetting(case_id)
    import_bundle(astana.store, send(dana, "Aigerim", tmp_path, case_id))


def stage(side: Side, case_id: str) -> str:
    return str(side.store.get_case(case_id)["stage"])


def test_the_rule_is_off_by_default_and_clearing_still_signs(astana: Side) -> None:
    assert not astana.store.two_person_rule
    case_id = vetted_case(astana.store)
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    (own,) = astana.store.sign_off(case_id).signatures
    assert (own.decision, own.signer, own.counts) == ("cleared", "", True)
    assert "attestation.sign" in [e.action for e in astana.store.history(limit=1000)]


def test_two_people_on_two_laptops_clear_a_case(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    with pytest.raises(WorkflowError, match="two-person rule"):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})
    assert stage(astana, case_id) != "cleared"

    dana_signs(astana, dana, tmp_path, case_id)
    before = astana.store.sign_off(case_id)
    assert [(s.signer, s.counts) for s in before.signatures] == [("Dana", True)]
    astana.store.set_case_fields(case_id, {"stage": "cleared"})

    after = astana.store.sign_off(case_id)
    assert stage(astana, case_id) == "cleared"
    assert after.two_person_met
    assert sorted(str(s.signer) for s in after.signatures) == ["", "Dana"]
    actions = [e.action for e in astana.store.history(limit=1000)]
    assert "attestation.sign" in actions and "setting.two_person_rule" in actions
    assert astana.store.verify_audit().ok


def test_one_signature_is_not_enough(office: tuple[Side, Side, Side]) -> None:
    astana, _, _ = office
    case_id = vetted_case(astana.store)
    astana.store.sign_vetting(case_id)
    with pytest.raises(WorkflowError, match=r"signatures that count: 1"):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})
    assert stage(astana, case_id) != "cleared"


def test_the_same_person_twice_counts_once(office: tuple[Side, Side, Side]) -> None:
    astana, _, _ = office
    case_id = vetted_case(astana.store)
    first = astana.store.sign_vetting(case_id)
    assert astana.store.sign_vetting(case_id) == first  # the same signature, not a second one
    assert len(astana.store.sign_off(case_id).clearing_signers()) == 1
    with pytest.raises(WorkflowError, match="two-person rule"):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})


def test_a_check_changed_after_signing_voids_the_signatures_visibly(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    assert astana.store.sign_off(case_id).clearing_signers()

    astana.store.set_check(case_id, REQUIRED_CHECKS[0], "pass", evidence="other evidence",
                           reviewer="Aigerim")  # fmt: skip

    sign_off = astana.store.sign_off(case_id)
    assert sign_off.invalidated == 1 and not sign_off.clearing_signers()
    assert "attestation.invalidated" in [e.action for e in astana.store.history(limit=1000)]
    with pytest.raises(WorkflowError, match="two-person rule"):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})


def test_a_signature_dana_made_over_other_checks_does_not_count(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """Dana signs what she saw; Astana changed a check meanwhile: it is shown, not counted."""
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    import_bundle(dana.store, send(astana, "Dana", tmp_path, case_id))
    dana.store.sign_vetting(case_id)
    astana.store.set_check(case_id, REQUIRED_CHECKS[1], "pass", evidence="re-checked",
                           reviewer="Aigerim")  # fmt: skip
    import_bundle(astana.store, send(dana, "Aigerim", tmp_path, case_id), resolve="mine")
    (theirs,) = astana.store.sign_off(case_id).signatures
    assert (theirs.signer, theirs.current, theirs.counts) == ("Dana", False, False)
    with pytest.raises(WorkflowError):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})


def forged(dana: Side, astana: Side, tmp_path: Path, case_id: str, change: Any) -> Path:
    forge = Forge.open(send(dana, "Aigerim", tmp_path, case_id), astana.identity)
    change(forge.case().setdefault("attestations", []))
    return forge.seal(dana.identity, astana.identity, tmp_path / f"forged-{next(_names)}.age")


def test_a_forged_signature_refuses_the_bundle_and_changes_nothing(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    import_bundle(dana.store, send(astana, "Dana", tmp_path, case_id))
    dana.store.sign_vetting(case_id)

    def flip(items: list[dict[str, Any]]) -> None:
        signature = bytearray.fromhex(items[-1]["signature"])
        signature[0] ^= 1
        items[-1]["signature"] = signature.hex()

    before = astana.snapshot()
    with pytest.raises(BundleError, match="does not verify"):
        import_bundle(astana.store, forged(dana, astana, tmp_path, case_id, flip))
    assert astana.snapshot() == before
    assert astana.table("attestations") == []


def test_signers_astana_does_not_know_or_did_not_verify_never_count(
    office: tuple[Side, Side, Side], tmp_path: Path, keystore: Any, test_kdf: Any
) -> None:
    """A valid signature by a stranger's key, or by a contact not verified in person, is
    kept and shown (as an unknown key, or unverified) but never counts."""
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    import_bundle(dana.store, send(astana, "Dana", tmp_path, case_id))
    digest = vetting_digest(dana.store.connection, case_id)
    stranger = make_side("Stranger", tmp_path / "stranger", keystore, test_kdf)
    unverified = make_side("Unverified", tmp_path / "unverified", keystore, test_kdf)
    add_contact(astana.store, unverified.identity.card.to_text(), name="Unverified")

    def signed_by(side: Side) -> dict[str, Any]:
        key = str(side.identity.card.signing_key)
        unsigned = Attestation(case_id, "cleared", digest, key, "2026-11-30T10:00:00Z", "")
        return {
            **unsigned.to_json(),
            "signature": side.identity.sign(unsigned.signed_bytes()).hex(),
        }

    def add_two(items: list[dict[str, Any]]) -> None:
        items.extend([signed_by(stranger), signed_by(unverified)])

    import_bundle(astana.store, forged(dana, astana, tmp_path, case_id, add_two))
    stranger.vault.lock()
    unverified.vault.lock()
    seen = {(s.signer, s.key_verified, s.counts) for s in astana.store.sign_off(case_id).signatures}
    assert seen == {(None, False, False), ("Unverified", False, False)}
    with pytest.raises(WorkflowError, match=r"signatures that count: 1"):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})


def test_a_contact_that_may_not_change_the_case_cannot_bring_signatures(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """Paris never received this case from Astana: its attestations about it are refused."""
    astana, dana, paris = office
    add_contact(paris.store, dana.identity.card.to_text(), name="Dana", verified=True)
    case_id = vetted_case(astana.store)
    import_bundle(dana.store, send(astana, "Dana", tmp_path, case_id))
    dana.store.sign_vetting(case_id)
    add_contact(dana.store, paris.identity.card.to_text(), name="Paris", verified=True)
    import_bundle(paris.store, send(dana, "Paris", tmp_path, case_id))  # a new case at Paris
    before = astana.snapshot()
    with pytest.raises(BundleError, match="never exchanged with them"):
        import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id))
    assert astana.snapshot() == before


def test_the_partner_sees_who_vouched_and_can_check_it(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    astana, dana, paris = office
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    astana.store.set_case_fields(case_id, {"stage": "referred"})

    result = import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "referral"))
    assert result.preview.attestations == 2
    seen = {(s.signer, s.counts) for s in paris.store.sign_off(case_id).signatures}
    assert seen == {("Astana", True), (None, False)}  # Paris has never met Dana

    add_contact(paris.store, dana.identity.card.to_text(), name="Dana", verified=True)
    sign_off = paris.store.sign_off(case_id)
    assert {(s.signer, s.counts) for s in sign_off.signatures} == {("Astana", True), ("Dana", True)}
    assert sign_off.two_person_met


def test_a_v6_vault_gains_attestations_and_settings(tmp_path: Path, open_encrypted: Any) -> None:
    import os

    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:6]) == 6
    case_id = old_schema_case(conn, "vault-old", "Канарейкин Юрий")
    assert migrate(conn, MIGRATIONS[:7]) == 7
    store = Store.open(conn, "vault-old")
    assert not store.two_person_rule
    assert store.sign_off(case_id).signatures == ()
    store.set_two_person_rule(True)
    assert store.two_person_rule and store.verify_audit().ok


def test_junk_signatures_cannot_crowd_out_a_colleagues(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """A sender that may change the case fills it with validly signed attestations by
    made-up keys: the colleague's signature still gets in and stays."""
    from app.store import attestations
    from crypto import sign as signatures

    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    digest = vetting_digest(astana.store.connection, case_id)

    def made_up(second: int) -> Attestation:
        private, public = signatures.generate_signing_key()
        when = f"2026-11-30T10:00:{second:02d}Z"
        unsigned = Attestation(case_id, "cleared", digest, public, when, "")
        signature = signatures.sign(private, unsigned.signed_bytes()).hex()
        return Attestation(case_id, "cleared", digest, public, when, signature)

    with astana.store.transaction():
        for second in range(attestations.MAX_PER_CASE):
            assert attestations.keep(astana.store.connection, made_up(second))
    dana_signs(astana, dana, tmp_path, case_id)
    with astana.store.transaction():
        attestations.keep(astana.store.connection, made_up(59))  # junk only displaces junk

    sign_off = astana.store.sign_off(case_id)
    assert len(sign_off.signatures) == attestations.MAX_PER_CASE
    assert [s.signer for s in sign_off.signatures if s.counts] == ["Dana"]
    astana.store.set_case_fields(case_id, {"stage": "cleared"})  # Aigerim's own gets in too
    assert {s.signer for s in astana.store.sign_off(case_id).signatures if s.counts} == {"", "Dana"}


def test_a_partner_under_the_rule_relies_on_two_signers_it_verified_never_on_itself(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """Paris (rule on) clears a referred case on Astana's vetting: its own act of clearing
    signs nothing (it did not do the checks), so Astana and Dana must both count there."""
    astana, dana, paris = office
    paris.store.set_two_person_rule(True)
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "referral"))
    assert stage(paris, case_id) == "intake"  # the rule: the user accepts the report

    with pytest.raises(WorkflowError, match=r"signatures that count: 1"):
        paris.store.accept_stage_report(case_id)
    add_contact(paris.store, dana.identity.card.to_text(), name="Dana", verified=True)
    assert paris.store.accept_stage_report(case_id) == "cleared"
    assert {s.signer for s in paris.store.sign_off(case_id).signatures} == {"Astana", "Dana"}


def test_under_the_rule_a_case_is_referred_only_with_two_signatures(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """Referring is entering the protection path: the rule holds there as for clearing."""
    astana, dana, _ = office
    partner = astana.store.add_partner("Paris partner", country="FR")
    case_id = vetted_case(astana.store)
    astana.store.sign_vetting(case_id)
    with pytest.raises(WorkflowError, match="two-person rule"):
        astana.store.add_referral(case_id, partner)
    assert astana.store.get_case(case_id)["referrals"] == []

    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.add_referral(case_id, partner)
    assert astana.store.sign_off(case_id).two_person_met


def test_a_doubt_that_arrives_in_a_bundle_stops_the_case_as_one_typed_here(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """Dana finds the person may be a plant and sends her check back: Astana's cleared case
    goes back to vetting, and the void sign-off is in the audit log, as when Aigerim types
    the same result herself."""
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    import_bundle(dana.store, send(astana, "Dana", tmp_path, case_id))
    dana.store.set_check(case_id, "plant_screening", "fail", evidence="his unit says otherwise",
                         reviewer="Dana")  # fmt: skip

    result = import_bundle(astana.store, send(dana, "Aigerim", tmp_path, case_id))

    assert result.stopped == [case_id]
    case = astana.store.get_case(case_id)
    assert {c["check"]: c["result"] for c in case["checks"]}["plant_screening"] == "fail"
    assert case["stage"] == "vetting"
    actions = [e.action for e in astana.store.history(limit=1000)]
    assert "attestation.invalidated" in actions
    assert astana.store.verify_audit().ok
    with pytest.raises(WorkflowError):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})


def test_a_doubt_from_the_origin_stops_the_case_at_the_partner(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Paris took the case onto the protection path on Astana's signed record; Astana then
    finds a failed check and says so in its next bundle: Paris's case stops too."""
    astana, paris = friends
    case_id = vetted_case(astana.store)
    astana.store.set_case_fields(case_id, {"stage": "referred"})
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "referral"))
    assert stage(paris, case_id) == "referred"

    astana.store.set_check(case_id, "war_crimes_screening", "fail",
                           evidence="seen in a video from Bucha", reviewer="Aigerim")  # fmt: skip
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "referral"))

    assert paris.store.vetting_record(case_id).passed == len(REQUIRED_CHECKS) - 1
    assert stage(paris, case_id) == "vetting"
    assert paris.store.verify_audit().ok


def test_a_colleague_who_then_rejects_no_longer_vouches(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """Dana signed the clearing, then signed a rejection of the same vetting: her word now
    is no, and her earlier yes cannot make the second signature."""
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    dana.store.sign_vetting(case_id, "rejected")
    assert not dana.store.sign_off(case_id).clearing_signers()
    import_bundle(astana.store, send(dana, "Aigerim", tmp_path, case_id))

    sign_off = astana.store.sign_off(case_id)
    assert not sign_off.clearing_signers()
    assert {s.problem for s in sign_off.signatures if s.decision == "cleared"} == {"withdrawn"}
    with pytest.raises(WorkflowError, match="two-person rule"):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})

    # Signing the clearing again is her yes once more.
    dana.store.sign_vetting(case_id)
    assert dana.store.sign_off(case_id).clearing_signers()


def test_a_rejected_case_keeps_its_reason_whatever_a_bundle_says(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """The reason is what the returning-person warning shows ("rejected as a suspected
    plant"): a colleague who reopened her copy and cleared the reason does not erase it."""
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    astana.store.set_case_fields(
        case_id, {"stage": "rejected", "rejection_reason": "suspected plant"}
    )
    import_bundle(dana.store, send(astana, "Dana", tmp_path, case_id))
    assert stage(dana, case_id) == "rejected"
    dana.store.set_case_fields(case_id, {"stage": "intake"})
    dana.store.set_case_fields(case_id, {"rejection_reason": ""})

    import_bundle(astana.store, send(dana, "Aigerim", tmp_path, case_id))

    case = astana.store.get_case(case_id)
    assert (case["stage"], case["rejection_reason"]) == ("rejected", "suspected plant")
    assert [r["stage"] for r in case["stage_reports"]] == ["intake"]  # her word, beside it


def test_a_check_of_our_case_passes_here_only_with_its_evidence(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Paris did the plant screening of Astana's case and sends it back under the referral
    profile, which leaves the evidence at home: Astana would hold a passed check with no
    evidence, and clear on it. The bundle is refused; nothing changes."""
    astana, paris = friends
    case_id = astana.store.add_case("Канарейкин Юрий Петрович", {"birth_date": "1995-04-02"})
    for check in REQUIRED_CHECKS:
        if check != "plant_screening":
            astana.store.set_check(case_id, check, "pass", evidence=f"seen {check}",
                                   reviewer="Aigerim")  # fmt: skip
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "referral"))
    paris.store.set_check(case_id, "plant_screening", "pass", evidence="our own look",
                          reviewer="Claire")  # fmt: skip

    with pytest.raises(BundleError, match="evidence"):
        import_bundle(astana.store, send(paris, "Astana", tmp_path, case_id, "referral"))

    checks = {c["check"]: c for c in astana.store.get_case(case_id)["checks"]}
    assert checks["plant_screening"]["result"] == "not_done"
    with pytest.raises(WorkflowError):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})


def test_a_cleared_case_whose_sign_off_a_change_voided_is_not_referred(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """Under the rule, referring sends the case abroad on the signatures: a check changed
    after clearing voids them, and the case waits for them again, as a referral does."""
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    astana.store.set_check(case_id, "plant_screening", "pass", evidence="looked again",
                           reviewer="Aigerim")  # fmt: skip

    with pytest.raises(WorkflowError, match="two-person rule"):
        astana.store.set_case_fields(case_id, {"stage": "referred"})
    assert stage(astana, case_id) == "cleared"

    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": "referred"})
    assert astana.store.sign_off(case_id).two_person_met


# ---------------------------------------------------------------------- who the vetting is about

IDENTITY_CHANGES = [
    {"name": "Подменов Иван Сергеевич"},
    {"name_latin": "Kanareikin Iurii"},
    {"birth_date": "1990-01-01"},
    {"birth_place": "Омск"},
    {"citizenship": "Беларусь"},
    {"internal_passport": "4510 654321"},
]


@pytest.mark.parametrize("change", IDENTITY_CHANGES, ids=lambda change: next(iter(change)))
def test_a_person_changed_after_signing_voids_the_signatures(
    office: tuple[Side, Side, Side], tmp_path: Path, change: dict[str, str]
) -> None:
    """The signatures vouch for a person: put another name, birth date or passport on a
    cleared case and they vouch for no one, so the case is not referred on them."""
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    assert astana.store.sign_off(case_id).two_person_met

    astana.store.set_case_fields(case_id, change)

    sign_off = astana.store.sign_off(case_id)
    assert sign_off.invalidated == 2 and not sign_off.clearing_signers()
    invalidated = [e for e in astana.store.history(limit=1000)
                   if e.action == "attestation.invalidated"]  # fmt: skip
    assert len(invalidated) == 1
    with pytest.raises(WorkflowError, match="two-person rule"):
        astana.store.set_case_fields(case_id, {"stage": "referred"})
    assert stage(astana, case_id) == "cleared"


def test_other_fields_leave_the_signatures_counting(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    astana.store.set_case_fields(case_id, {"city": "Алматы", "next_action": "call Paris"})
    assert astana.store.sign_off(case_id).two_person_met
    astana.store.set_case_fields(case_id, {"stage": "referred"})


def test_a_person_changed_in_a_colleagues_bundle_stops_the_case(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """A bundle that puts another person on a cleared case, even from a verified colleague
    who may change it, sends the case back to vetting: the vetting was of someone else."""
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    import_bundle(dana.store, send(astana, "Dana", tmp_path, case_id))
    dana.store.set_case_fields(case_id, {"birth_date": "1988-11-30"})

    result = import_bundle(astana.store, send(dana, "Aigerim", tmp_path, case_id))

    assert result.stopped == [case_id]
    assert astana.store.get_case(case_id)["person"]["birth_date"] == "1988-11-30"
    assert stage(astana, case_id) == "vetting"
    assert not astana.store.sign_off(case_id).clearing_signers()
    assert "attestation.invalidated" in [e.action for e in astana.store.history(limit=1000)]
    assert astana.store.verify_audit().ok
    with pytest.raises(WorkflowError):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})


def test_the_origins_vetting_record_vouches_for_one_person(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Paris relies on Astana's signed record only for the person Astana vetted: a name
    changed at Paris afterwards is not vouched for; Astana's own correction, sent with a
    new record, is."""
    astana, paris = friends
    case_id = vetted_case(astana.store)
    astana.store.set_case_fields(case_id, {"stage": "referred"})
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "referral"))
    assert stage(paris, case_id) == "referred" and paris.store.vetting_record(case_id).sound

    paris.store.set_case_fields(case_id, {"stage": "vetting"})
    paris.store.set_case_fields(case_id, {"internal_passport": "4510 000001"})
    record = paris.store.vetting_record(case_id)
    assert not record.identity_matches and not record.sound
    with pytest.raises(WorkflowError, match="name, birth date or passport changed"):
        paris.store.set_case_fields(case_id, {"stage": "referred"})
    assert not paris.store.get_case(case_id)["vetting_record"]["identity_matches"]

    astana.store.set_case_fields(case_id, {"internal_passport": "4510 000002"})
    import_bundle(
        paris.store, send(astana, "Paris", tmp_path, case_id, "referral"), resolve="theirs"
    )
    assert paris.store.vetting_record(case_id).sound
    paris.store.set_case_fields(case_id, {"stage": "referred"})


def test_the_origin_changing_the_person_stops_the_case_at_the_partner(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    case_id = vetted_case(astana.store)
    astana.store.set_case_fields(case_id, {"stage": "referred"})
    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "referral"))
    astana.store.set_case_fields(case_id, {"name": "Подменов Иван Сергеевич"})

    import_bundle(paris.store, send(astana, "Paris", tmp_path, case_id, "referral"))

    assert stage(paris, case_id) == "vetting"
    assert paris.store.vetting_record(case_id).sound  # Astana vouches for the new name
    paris.store.set_case_fields(case_id, {"stage": "referred"})


def test_a_new_case_whose_record_vouches_for_someone_else_starts_at_intake(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """A record signed for one person, sent with another person's details (a plant on a
    real deserter's vetting), does not carry the case onto the protection path."""
    astana, paris = friends
    case_id = vetted_case(astana.store)
    astana.store.set_case_fields(case_id, {"stage": "referred"})
    forge = Forge.open(send(astana, "Paris", tmp_path, case_id, "referral"), paris.identity)
    forge.case()["records"]["persons"][0]["birth_date"] = "1979-06-15"
    path = forge.seal(astana.identity, paris.identity, tmp_path / "swapped.age")

    result = import_bundle(paris.store, path)

    (seen,) = result.preview.vetting
    assert not seen.identity_matches and not seen.sound
    assert stage(paris, case_id) == "intake"
    with pytest.raises(WorkflowError):
        paris.store.set_case_fields(case_id, {"stage": "referred"})


def test_signatures_made_before_they_covered_the_person_still_count(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """A vault signed before schema 12 (over the checks only): after the upgrade those
    signatures count while the checks and the person are as they were, and stop counting
    once the person changes."""
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    conn = astana.store.connection
    _as_signed_before_schema_12(conn, case_id, {"Aigerim": astana, "Dana": dana})

    assert migrate(conn) == len(MIGRATIONS)

    counted = [s.signer for s in astana.store.sign_off(case_id).signatures if s.counts]
    assert counted == ["Dana"]
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    assert astana.store.sign_off(case_id).two_person_met
    astana.store.set_case_fields(case_id, {"birth_date": "1991-02-03"})
    assert not astana.store.sign_off(case_id).clearing_signers()


def _as_signed_before_schema_12(conn: Any, case_id: str, signers: dict[str, Side]) -> None:
    """Rewrite the case's attestations as Satchel signed them before schema 12 (over the
    checks-only digest), and the vault as at schema 11."""
    from app.store.digests import legacy_vetting_digest

    legacy = legacy_vetting_digest(conn, case_id)
    keys = {side.identity.card.signing_key: side for side in signers.values()}
    rows = conn.execute("SELECT signer, decision, signed_at FROM attestations").fetchall()
    conn.execute("BEGIN")
    conn.execute("DELETE FROM attestations")
    for signer, decision, signed_at in rows:
        unsigned = Attestation(case_id, decision, legacy, signer, signed_at, "")
        signature = keys[signer].identity.sign(unsigned.signed_bytes()).hex()
        conn.execute(
            "INSERT INTO attestations (case_id, signer, decision, digest, signed_at, signature) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (case_id, signer, decision, legacy, signed_at, signature),
        )
    conn.execute("DROP TABLE legacy_digests")
    conn.execute("ALTER TABLE sync_state DROP COLUMN profile")
    conn.execute("UPDATE schema_version SET version = 11")
    conn.execute("COMMIT")


def stage_changes(side: Side, case_id: str) -> list[dict[str, Any]]:
    """The case's stage changes in the audit log, oldest first."""
    found = side.store.history(case_id, limit=1000)
    return [e.detail for e in reversed(found) if e.action == "case.stage"]


@pytest.mark.parametrize("reached", ["cleared", "referred"])
def test_a_verified_colleagues_rejection_sends_the_case_back_to_vetting(
    office: tuple[Side, Side, Side], tmp_path: Path, reached: str
) -> None:
    """Dana signed the clearing, then looks again and signs a rejection of the same checks:
    her no is a reason to stop. Astana's case goes back to vetting (not to rejected: that
    is Astana's own decision, with its own reason), the audit log says why, and it cannot
    be cleared or referred again on her withdrawn yes."""
    astana, dana, _ = office
    partner = astana.store.add_partner("Paris partner", country="FR")
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": reached})
    dana.store.sign_vetting(case_id, "rejected")

    result = import_bundle(astana.store, send(dana, "Aigerim", tmp_path, case_id))

    assert result.stopped == [case_id]
    assert stage(astana, case_id) == "vetting"
    last = stage_changes(astana, case_id)[-1]
    assert (last["from"], last["to"]) == (reached, "vetting")
    assert "rejected" in last["reason"] and "Dana" in last["reason"]
    assert astana.store.verify_audit().ok
    with pytest.raises(WorkflowError, match="two-person rule"):
        astana.store.set_case_fields(case_id, {"stage": "cleared"})
    with pytest.raises(WorkflowError, match="two-person rule"):
        astana.store.add_referral(case_id, partner)
    assert stage(astana, case_id) == "vetting"


def test_only_a_rejection_that_counts_stops_a_cleared_case(
    office: tuple[Side, Side, Side], tmp_path: Path, keystore: Any, test_kdf: Any
) -> None:
    """A rejection by a stranger's key, by a contact not verified in person, or by Dana over
    checks that have changed since, is kept and shown but moves nothing; Dana's rejection of
    the checks as they are now does."""
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    earlier = vetting_digest(astana.store.connection, case_id)
    astana.store.set_check(case_id, REQUIRED_CHECKS[0], "pass", evidence="looked again",
                           reviewer="Aigerim")  # fmt: skip
    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    digest = vetting_digest(astana.store.connection, case_id)
    stranger = make_side("Stranger", tmp_path / "stranger", keystore, test_kdf)
    unverified = make_side("Unverified", tmp_path / "unverified", keystore, test_kdf)
    add_contact(astana.store, unverified.identity.card.to_text(), name="Unverified")

    def rejection(side: Side, over: str) -> dict[str, Any]:
        key = str(side.identity.card.signing_key)
        unsigned = Attestation(case_id, "rejected", over, key, "2026-11-30T10:00:00Z", "")
        signature = side.identity.sign(unsigned.signed_bytes()).hex()
        return {**unsigned.to_json(), "signature": signature}

    def add_three(items: list[dict[str, Any]]) -> None:
        items.extend([rejection(stranger, digest), rejection(unverified, digest),
                      rejection(dana, earlier)])  # fmt: skip

    assert not import_bundle(
        astana.store, forged(dana, astana, tmp_path, case_id, add_three)
    ).stopped
    stranger.vault.lock()
    unverified.vault.lock()
    problems = {s.problem for s in astana.store.sign_off(case_id).signatures
                if s.decision == "rejected"}  # fmt: skip
    assert problems == {"unknown_key", "unverified", "earlier_checks"}
    assert stage(astana, case_id) == "cleared"
    assert stage_changes(astana, case_id)[-1]["to"] == "cleared"

    dana.store.sign_vetting(case_id, "rejected")
    import_bundle(astana.store, send(dana, "Aigerim", tmp_path, case_id))
    assert stage(astana, case_id) == "vetting"


def test_this_vaults_own_rejection_of_a_cleared_case(
    office: tuple[Side, Side, Side], tmp_path: Path
) -> None:
    """Aigerim rejecting a cleared case through the stage (with a reason) rejects it and
    signs her no. Signing a rejection without changing the stage (``satchel vetting sign
    --reject``) is a no that counts all the same: the case goes back to vetting, as for a
    colleague's, and stays off the protection path until someone decides."""
    astana, dana, _ = office
    rejected = vetted_case(astana.store, "Первый Иван")
    dana_signs(astana, dana, tmp_path, rejected)
    astana.store.set_case_fields(rejected, {"stage": "cleared"})
    astana.store.set_case_fields(rejected, {"stage": "rejected",
                                            "rejection_reason": "suspected plant"})  # fmt: skip
    assert stage(astana, rejected) == "rejected"
    own = [s for s in astana.store.sign_off(rejected).signatures if s.signer == ""]
    assert {(s.decision, s.counts) for s in own} == {("cleared", False), ("rejected", True)}

    signed = vetted_case(astana.store, "Второй Пётр")
    dana_signs(astana, dana, tmp_path, signed)
    astana.store.set_case_fields(signed, {"stage": "cleared"})
    astana.store.sign_vetting(signed, "rejected")
    assert stage(astana, signed) == "vetting"
    last = stage_changes(astana, signed)[-1]
    assert (last["from"], last["to"]) == ("cleared", "vetting") and "rejected" in last["reason"]
    assert astana.store.verify_audit().ok


def test_the_command_line_says_which_cases_went_back_to_vetting(
    office: tuple[Side, Side, Side], tmp_path: Path, keystore: Any
) -> None:
    astana, dana, _ = office
    case_id = vetted_case(astana.store)
    dana_signs(astana, dana, tmp_path, case_id)
    astana.store.set_case_fields(case_id, {"stage": "cleared"})
    import_bundle(dana.store, send(astana, "Dana", tmp_path, case_id))
    dana.store.set_case_fields(case_id, {"internal_passport": "4510 111222"})
    path = send(dana, "Aigerim", tmp_path, case_id)
    astana.vault.lock()
    err = io.StringIO()
    console = Console(environ={"SATCHEL_PASSPHRASE": PASSPHRASE}, out=io.StringIO(), err=err)
    code = main(["--vault", str(astana.folder), "import", str(path)], console=console,
                keystore=keystore)  # fmt: skip
    assert code == 0
    assert (
        f"WARNING: case {case_id[:8]} (Канарейкин Юрий Петрович) went back to vetting"
        in err.getvalue()
    )
