"""The vetting workflow: who may move forward, and what must be true first.

A security-service plant who gets "cleared" can expose a whole network, so a case cannot
reach ``cleared`` or any later stage of the protection path while a required vetting check
has not passed. ``rejected`` must say why. These rules live here, in one place, and the
store calls :func:`check_stage_change` before every stage change.
"""

from __future__ import annotations

from collections.abc import Mapping

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
    if new_stage not in STAGES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "'{stage}' is not a stage; stages are: {stages}."),
            stage=new_stage,
            stages=terms("stage", STAGES),
        )
    if new_stage in PROTECTION_PATH:
        require_vetted(results, new_stage)
    if new_stage == "rejected" and not rejection_reason:
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This case cannot be rejected without a reason; set rejection_reason as well.",
            )
        )
