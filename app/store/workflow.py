"""The vetting workflow: who may move forward, and what must be true first.

A security-service plant who gets "cleared" can expose a whole network, so a case cannot
reach ``cleared`` or any later stage of the protection path while a required vetting check
has not passed. ``rejected`` must say why. These rules live here, in one place, and the
store calls :func:`check_stage_change` before every stage change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, WorkflowError, term, terms
from app.store.fields import STAGES

REQUIRED_CHECKS = (
    "identity_documents", "military_documents", "interview_consistency",
    "osint_crosscheck", "plant_screening", "war_crimes_screening",
)  # fmt: skip
OPTIONAL_CHECKS = ("references",)
CHECKS = REQUIRED_CHECKS + OPTIONAL_CHECKS
RESULTS = ("pass", "fail", "inconclusive", "not_done")

CHECK_LABELS = {
    "identity_documents": "identity documents",
    "military_documents": "military documents",
    "interview_consistency": "interview consistency",
    "osint_crosscheck": "open-source cross-check",
    "plant_screening": "plant screening",
    "war_crimes_screening": "war-crimes screening",
    "references": "references",
}
RESULT_LABELS = {
    "pass": "passed",
    "fail": "failed",
    "inconclusive": "inconclusive",
    "not_done": "not done",
}

PROTECTION_PATH = (
    "cleared", "referred", "documents_requested", "entry_approved", "departed", "arrived",
    "asylum_filed", "protection_granted",
)  # fmt: skip
"""Stages that only a vetted case may reach."""


def check_name(text: str) -> str:
    name = text.strip().lower().replace("-", "_").replace(" ", "_")
    if name not in CHECKS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core", "There is no vetting check called '{name}'; the checks are: {checks}."
            ),
            name=text[:40],
            checks=terms("check", CHECKS),
        )
    return name


def result_name(text: str) -> str:
    name = text.strip().lower().replace("-", "_").replace(" ", "_")
    if name in ("passed", "ok"):
        name = "pass"
    if name not in RESULTS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "'{value}' is not a check result; use one of: {results}."),
            value=text[:40],
            results=terms("result", RESULTS),
        )
    return name


def missing_checks(results: Mapping[str, str]) -> list[str]:
    """Required checks that have not passed, in checklist order."""
    return [c for c in REQUIRED_CHECKS if results.get(c, "not_done") != "pass"]


def blocking_checks(stage: str, results: Mapping[str, str]) -> list[str]:
    """The required checks that stop a case from entering ``stage`` (none off the
    protection path)."""
    return missing_checks(results) if stage in PROTECTION_PATH else []


UNKNOWN_STAGE = "unknown_stage"
CHECKS_MISSING = "checks_missing"
REASON_MISSING = "reason_missing"


@dataclass(frozen=True)
class Problem:
    """Why a case may not be at a stage: a code the screens word, and for
    ``checks_missing`` the required checks that have not passed."""

    code: str
    checks: tuple[str, ...] = ()


def problems(stage: str, results: Mapping[str, str], reason: str | None) -> list[Problem]:
    """Everything that stops a case with these check results and rejection reason from
    being at ``stage``; empty when it may. The one statement of the workflow rule: the
    store refuses on it (:func:`check_stage_change`) and the screens word it."""
    if stage not in STAGES:
        return [Problem(UNKNOWN_STAGE)]
    found = []
    blocking = blocking_checks(stage, results)
    if blocking:
        found.append(Problem(CHECKS_MISSING, tuple(blocking)))
    if stage == "rejected" and not (reason or "").strip():
        found.append(Problem(REASON_MISSING))
    return found


def describe_missing(results: Mapping[str, str]) -> str:
    return ", ".join(
        f"{CHECK_LABELS[c]} ({RESULT_LABELS[results.get(c, 'not_done')]})"
        for c in missing_checks(results)
    )


def require_vetted(results: Mapping[str, str], stage: str) -> None:
    """Refuse moving a case to ``stage`` (or referring it: "referred") until vetting passed."""
    if not missing_checks(results):
        return
    missing = terms(
        "missing_checks",
        [f"{c}={results.get(c, 'not_done')}" for c in missing_checks(results)],
        describe_missing(results),
    )
    if stage == "cleared":
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This case cannot be cleared: these required checks have not passed: {missing}.",
            ),
            missing=missing,
        )
    if stage == "referred":
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This case cannot be referred: these required checks have not passed: {missing}.",
            ),
            missing=missing,
        )
    raise WorkflowError(
        QT_TRANSLATE_NOOP(
            "Core",
            "This case cannot be moved to {stage}: these required checks have not passed: "
            "{missing}.",
        ),
        stage=term("stage", stage, stage.replace("_", " ")),
        missing=missing,
    )


def check_stage_change(
    new_stage: str, results: Mapping[str, str], rejection_reason: str | None
) -> None:
    """Raise WorkflowError if a case with these check results may not enter ``new_stage``."""
    for problem in problems(new_stage, results, rejection_reason):
        if problem.code == UNKNOWN_STAGE:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "'{stage}' is not a stage; stages are: {stages}."),
                stage=new_stage,
                stages=terms("stage", STAGES),
            )
        if problem.code == CHECKS_MISSING:
            require_vetted(results, new_stage)
        if problem.code == REASON_MISSING:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "This case cannot be rejected without a reason; set rejection_reason as well.",
                )
            )
