"""Words for the core's codes (stages, risk levels, checks, results), in the user's language.

The core stores stable English codes (``documents_requested``, ``plant_screening``); the
screen shows these labels instead. The English labels are marked with QT_TRANSLATE_NOOP so
``pyside6-lupdate`` finds them, and translated when shown; an unknown code is shown as it
is rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STAGE_LABELS = {
    "intake": QT_TRANSLATE_NOOP("Labels", "Intake"),
    "vetting": QT_TRANSLATE_NOOP("Labels", "Vetting"),
    "cleared": QT_TRANSLATE_NOOP("Labels", "Cleared"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "referred": QT_TRANSLATE_NOOP("Labels", "Referred"),
    "documents_requested": QT_TRANSLATE_NOOP("Labels", "Documents requested"),
    "entry_approved": QT_TRANSLATE_NOOP("Labels", "Entry approved"),
    "departed": QT_TRANSLATE_NOOP("Labels", "Departed"),
    "arrived": QT_TRANSLATE_NOOP("Labels", "Arrived"),
    "asylum_filed": QT_TRANSLATE_NOOP("Labels", "Asylum filed"),
    "protection_granted": QT_TRANSLATE_NOOP("Labels", "Protection granted"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
}
RISK_LABELS = {
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "critical": QT_TRANSLATE_NOOP("Labels", "Critical"),
}
CHECK_LABELS = {
    "identity_documents": QT_TRANSLATE_NOOP("Labels", "Identity documents"),
    "military_documents": QT_TRANSLATE_NOOP("Labels", "Military documents"),
    "interview_consistency": QT_TRANSLATE_NOOP("Labels", "Interview consistency"),
    "osint_crosscheck": QT_TRANSLATE_NOOP("Labels", "Open-source cross-check"),
    "plant_screening": QT_TRANSLATE_NOOP("Labels", "Plant screening"),
    "war_crimes_screening": QT_TRANSLATE_NOOP("Labels", "War-crimes screening"),
    "references": QT_TRANSLATE_NOOP("Labels", "References"),
}
RESULT_LABELS = {
    "pass": QT_TRANSLATE_NOOP("Labels", "Passed"),
    "fail": QT_TRANSLATE_NOOP("Labels", "Failed"),
    "inconclusive": QT_TRANSLATE_NOOP("Labels", "Inconclusive"),
    "not_done": QT_TRANSLATE_NOOP("Labels", "Not done"),
}


def _label(labels: Mapping[str, object], code: str | None) -> str:
    if not code:
        return ""
    english = labels.get(code)
    return code if english is None else QCoreApplication.translate("Labels", str(english))


def stage_label(stage: str | None) -> str:
    return _label(STAGE_LABELS, stage)


def risk_label(level: str | None) -> str:
    return _label(RISK_LABELS, level)


def check_label(check: str) -> str:
    return _label(CHECK_LABELS, check)


def result_label(result: str | None) -> str:
    return _label(RESULT_LABELS, result or "not_done")
