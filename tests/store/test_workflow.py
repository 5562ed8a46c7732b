"""The vetting workflow: no clearing, referring or later stage until required checks pass."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.errors import InvalidInputError, WorkflowError
from app.store import PROTECTION_PATH, REQUIRED_CHECKS, STAGES, Store

PassAll = Callable[[Store, str], None]


@pytest.fixture
def case_id(store: Store) -> str:
    return store.add_case("Канарейкин Юрий")


def _pass(store: Store, case_id: str, check: str) -> None:
    store.set_check(case_id, check, "pass", evidence="documents seen", reviewer="Aigerim")


@pytest.mark.parametrize("stage", PROTECTION_PATH)
def test_a_new_case_cannot_enter_the_protection_path(
    store: Store, case_id: str, stage: str
) -> None:
    with pytest.raises(WorkflowError) as error:
        store.set_case_fields(case_id, {"stage": stage})
    message = str(error.value)
    assert "these required checks have not passed" in message
    assert "plant screening (not done)" in message and "war-crimes screening (not done)" in message
    assert store.get_case(case_id)["stage"] == "intake"


def test_the_message_names_exactly_the_missing_checks(store: Store, case_id: str) -> None:
    for check in REQUIRED_CHECKS[:4]:
        _pass(store, case_id, check)
    store.set_check(case_id, "war_crimes_screening", "inconclusive")
    with pytest.raises(WorkflowError) as error:
        store.set_case_fields(case_id, {"stage": "cleared"})
    assert str(error.value) == (
        "This case cannot be cleared: these required checks have not passed: "
        "plant screening (not done), war-crimes screening (inconclusive)."
    )


@pytest.mark.parametrize("missing", REQUIRED_CHECKS)
@pytest.mark.parametrize("result", ["fail", "inconclusive", "not_done"])
def test_any_one_required_check_blocks_clearing(
    store: Store, case_id: str, missing: str, result: str
) -> None:
    for check in REQUIRED_CHECKS:
        if check != missing:
            _pass(store, case_id, check)
    store.set_check(case_id, missing, result)
    with pytest.raises(WorkflowError):
        store.set_case_fields(case_id, {"stage": "cleared"})
    with pytest.raises(WorkflowError):
        store.set_case_fields(case_id, {"stage": "protection_granted"})


def test_the_optional_check_does_not_block(store: Store, case_id: str, pass_all: PassAll) -> None:
    pass_all(store, case_id)
    store.set_check(case_id, "references", "fail")
    store.set_case_fields(case_id, {"stage": "cleared"})
    store.set_case_fields(case_id, {"stage": "protection_granted"})
    assert store.get_case(case_id)["stage"] == "protection_granted"


def test_a_cleared_case_walks_the_whole_path(store: Store, case_id: str, pass_all: PassAll) -> None:
    pass_all(store, case_id)
    for stage in (*PROTECTION_PATH, "closed"):
        store.set_case_fields(case_id, {"stage": stage})
        assert store.get_case(case_id)["stage"] == stage
    stage_entries = [e for e in store.history() if e.action == "case.stage"]
    assert len(stage_entries) == len(PROTECTION_PATH) + 1
    assert stage_entries[0].detail["to"] == "closed"


@pytest.mark.parametrize("stage", ["intake", "vetting", "closed"])
def test_stages_off_the_path_need_no_checks(store: Store, case_id: str, stage: str) -> None:
    store.set_case_fields(case_id, {"stage": stage})
    assert store.get_case(case_id)["stage"] == stage


def test_add_case_cannot_start_cleared(store: Store) -> None:
    with pytest.raises(WorkflowError, match="cannot be cleared"):
        store.add_case("Рябинин Олег", {"stage": "cleared"})
    assert store.count_cases() == 0


def test_a_case_opened_as_rejected_is_signed_as_one_rejected_later(store: Store) -> None:
    """Rejecting is attested, whether the case is rejected later or opened as rejected."""
    case_id = store.add_case(
        "Рябинин Олег", {"stage": "rejected", "rejection_reason": "came back as a plant"}
    )
    (signature,) = store.sign_off(case_id).signatures
    assert (signature.decision, signature.signer, signature.counts) == ("rejected", "", True)
    assert "attestation.sign" in [e.action for e in store.history(limit=10)]


def test_rejection_needs_a_reason(store: Store, case_id: str) -> None:
    with pytest.raises(WorkflowError, match="without a reason"):
        store.set_case_fields(case_id, {"stage": "rejected"})
    store.set_case_fields(case_id, {"stage": "rejected", "rejection_reason": "plant suspected"})
    case = store.get_case(case_id)
    assert (case["stage"], case["rejection_reason"]) == ("rejected", "plant suspected")
    with pytest.raises(WorkflowError, match="must keep its rejection reason"):
        store.set_case_fields(case_id, {"rejection_reason": ""})
    with pytest.raises(WorkflowError):
        store.add_case("Вязов Глеб", {"stage": "rejected"})


def test_a_doubt_after_clearing_sends_the_case_back_to_vetting(
    store: Store, case_id: str, pass_all: PassAll
) -> None:
    pass_all(store, case_id)
    store.set_case_fields(case_id, {"stage": "referred"})
    store.set_check(case_id, "plant_screening", "fail", evidence="contradicts unit records")
    case = store.get_case(case_id)
    assert case["stage"] == "vetting"
    assert case["required_checks_missing"] == ["plant_screening"]
    entry = store.history(case_id, limit=1)[0]
    assert entry.action == "case.stage" and entry.detail["to"] == "vetting"


def test_a_check_passes_only_with_evidence_and_reviewer(store: Store, case_id: str) -> None:
    with pytest.raises(WorkflowError, match="evidence and reviewer"):
        store.set_check(case_id, "plant_screening", "pass", reviewer="Aigerim")
    with pytest.raises(WorkflowError, match="evidence and reviewer"):
        store.set_check(case_id, "plant_screening", "pass", evidence="interview")
    store.set_check(case_id, "plant_screening", "inconclusive", evidence="interview 1")
    store.set_check(case_id, "plant_screening", "pass", reviewer="Aigerim", checked_on="2024-02-01")
    check = next(c for c in store.get_case(case_id)["checks"] if c["check"] == "plant_screening")
    assert (check["result"], check["evidence"], check["reviewer"]) == (
        "pass",
        "interview 1",
        "Aigerim",
    )
    assert check["checked_on"] == "2024-02-01" and check["revision"] == 3


def test_a_check_records_a_date_by_default(store: Store, case_id: str) -> None:
    store.set_check(case_id, "identity_documents", "fail", note="forged stamp")
    check = store.get_case(case_id)["checks"][0]
    assert check["checked_on"] is not None and check["evidence"] == "forged stamp"


@pytest.mark.parametrize(
    ("check", "result", "message"),
    [
        ("dna_test", "pass", "no vetting check called 'dna_test'"),
        ("plant_screening", "maybe", "not a check result"),
        ("", "pass", "no vetting check"),
    ],
)
def test_unknown_checks_and_results_are_refused(
    store: Store, case_id: str, check: str, result: str, message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        store.set_check(case_id, check, result, evidence="e", reviewer="r")


def test_check_names_and_results_accept_readable_spellings(store: Store, case_id: str) -> None:
    store.set_check(case_id, "War-crimes screening", "Not done")
    store.set_check(case_id, "plant screening", "PASSED", evidence="e", reviewer="r")
    results = {c["check"]: c["result"] for c in store.get_case(case_id)["checks"]}
    assert results["plant_screening"] == "pass"


def test_referral_needs_a_vetted_case(store: Store, case_id: str, pass_all: PassAll) -> None:
    partner_id = store.add_partner("Verein Berlin", country="Germany")
    with pytest.raises(WorkflowError, match="cannot be referred"):
        store.add_referral(case_id, partner_id)
    pass_all(store, case_id)
    referral_id = store.add_referral(case_id, partner_id, sent_on="2024-03-01", note="urgent")
    store.set_referral_status(referral_id, "accepted")
    referral = store.get_case(case_id)["referrals"][0]
    assert (referral["id"], referral["status"], referral["revision"]) == (
        referral_id,
        "accepted",
        2,
    )
    with pytest.raises(InvalidInputError, match="not a referral status"):
        store.set_referral_status(referral_id, "lost")


def test_every_stage_is_known(store: Store, case_id: str) -> None:
    assert len(STAGES) == 12 and set(PROTECTION_PATH) < set(STAGES)


def test_the_rule_is_stated_once_as_codes_the_screens_word() -> None:
    from app.store import workflow

    passed = dict.fromkeys(workflow.REQUIRED_CHECKS, "pass")
    doubtful = {**passed, "plant_screening": "inconclusive"}
    assert workflow.problems("cleared", passed, None) == []
    assert workflow.problems("intake", doubtful, None) == []
    assert workflow.problems("cleared", doubtful, None) == [
        workflow.Problem(workflow.CHECKS_MISSING, ("plant_screening",))
    ]
    assert workflow.problems("rejected", doubtful, "  ") == [
        workflow.Problem(workflow.REASON_MISSING)
    ]
    assert workflow.problems("rejected", doubtful, "plant") == []
    assert workflow.problems("granted_by_fsb", passed, None) == [
        workflow.Problem(workflow.UNKNOWN_STAGE)
    ]
    assert workflow.blocking_checks("referred", {}) == list(workflow.REQUIRED_CHECKS)
    assert workflow.blocking_checks("vetting", {}) == []
