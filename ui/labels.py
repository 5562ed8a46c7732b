"""Words for the core's codes (stages, risk levels, checks, results), in the user's language.

The core stores stable English codes (``documents_requested``, ``plant_screening``); the
screen shows these labels instead. The English labels are marked with QT_TRANSLATE_NOOP so
``pyside6-lupdate`` finds them, and translated when shown; an unknown code is shown as it
is rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import metadata_codes as codes

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


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Labels", "Full name"),
    "name_latin": QT_TRANSLATE_NOOP("Labels", "Name in Latin letters"),
    "name_cyrillic": QT_TRANSLATE_NOOP("Labels", "Name in Cyrillic letters"),
    "aliases": QT_TRANSLATE_NOOP("Labels", "Other names and spellings"),
    "birth_date": QT_TRANSLATE_NOOP("Labels", "Date of birth"),
    "birth_place": QT_TRANSLATE_NOOP("Labels", "Place of birth"),
    "citizenship": QT_TRANSLATE_NOOP("Labels", "Citizenship"),
    "internal_passport": QT_TRANSLATE_NOOP("Labels", "Internal passport number"),
    "passport_status": QT_TRANSLATE_NOOP("Labels", "International passport"),
    "passport_expiry": QT_TRANSLATE_NOOP("Labels", "Passport expiry date"),
    "contacts": QT_TRANSLATE_NOOP("Labels", "How to reach the person"),
    "city": QT_TRANSLATE_NOOP("Labels", "Current city"),
    "kz_address": QT_TRANSLATE_NOOP("Labels", "Address in Kazakhstan"),
    "service_status": QT_TRANSLATE_NOOP("Labels", "Kind of service"),
    "rank": QT_TRANSLATE_NOOP("Labels", "Rank"),
    "branch": QT_TRANSLATE_NOOP("Labels", "Branch"),
    "unit": QT_TRANSLATE_NOOP("Labels", "Military unit"),
    "service_from": QT_TRANSLATE_NOOP("Labels", "Service start date"),
    "service_to": QT_TRANSLATE_NOOP("Labels", "Service end date"),
    "deployed_ukraine": QT_TRANSLATE_NOOP("Labels", "Deployed to Ukraine"),
    "deployment_places": QT_TRANSLATE_NOOP("Labels", "Where deployed"),
    "desertion_date": QT_TRANSLATE_NOOP("Labels", "Date of desertion"),
    "desertion_route": QT_TRANSLATE_NOOP("Labels", "Route after deserting"),
    "criminal_article": QT_TRANSLATE_NOOP("Labels", "Criminal code article"),
    "criminal_case_number": QT_TRANSLATE_NOOP("Labels", "Criminal case number"),
    "wanted": QT_TRANSLATE_NOOP("Labels", "On a wanted list"),
    "detention_risk": QT_TRANSLATE_NOOP("Labels", "Risk of detention"),
    "deportation_risk": QT_TRANSLATE_NOOP("Labels", "Risk of deportation"),
    "family_pressure": QT_TRANSLATE_NOOP("Labels", "Pressure on the family"),
    "risk": QT_TRANSLATE_NOOP("Labels", "Overall risk"),
    "stage": QT_TRANSLATE_NOOP("Labels", "Stage"),
    "lawyer": QT_TRANSLATE_NOOP("Labels", "Lawyer in charge"),
    "next_action": QT_TRANSLATE_NOOP("Labels", "Next action"),
    "deadline": QT_TRANSLATE_NOOP("Labels", "Deadline"),
    "rejection_reason": QT_TRANSLATE_NOOP("Labels", "Reason for rejection"),
}
CHOICE_LABELS = {
    "has": QT_TRANSLATE_NOOP("Labels", "Has a valid one"),
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
    "none": QT_TRANSLATE_NOOP("Labels", "None"),
    "career": QT_TRANSLATE_NOOP("Labels", "Career officer"),
    "contract": QT_TRANSLATE_NOOP("Labels", "Contract soldier"),
    "mobilized": QT_TRANSLATE_NOOP("Labels", "Mobilized"),
    "conscript": QT_TRANSLATE_NOOP("Labels", "Conscript"),
    "reservist": QT_TRANSLATE_NOOP("Labels", "Reservist"),
    "yes": QT_TRANSLATE_NOOP("Labels", "Yes"),
    "no": QT_TRANSLATE_NOOP("Labels", "No"),
    **RISK_LABELS,
    **STAGE_LABELS,
}
EVENT_LABELS = {
    "interview": QT_TRANSLATE_NOOP("Labels", "Interview"),
    "document_received": QT_TRANSLATE_NOOP("Labels", "Document received"),
    "referral_sent": QT_TRANSLATE_NOOP("Labels", "Referral sent"),
    "decision": QT_TRANSLATE_NOOP("Labels", "Decision"),
    "travel": QT_TRANSLATE_NOOP("Labels", "Travel"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
REFERRAL_LABELS = {
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
}
ACTION_LABELS = {
    "case.add": QT_TRANSLATE_NOOP("Labels", "Case opened"),
    "case.set": QT_TRANSLATE_NOOP("Labels", "Case edited"),
    "case.stage": QT_TRANSLATE_NOOP("Labels", "Stage changed"),
    "check.set": QT_TRANSLATE_NOOP("Labels", "Vetting check recorded"),
    "note.add": QT_TRANSLATE_NOOP("Labels", "Note added"),
    "statement.add": QT_TRANSLATE_NOOP("Labels", "Statement added"),
    "statement.translate": QT_TRANSLATE_NOOP("Labels", "Statement translation changed"),
    "event.add": QT_TRANSLATE_NOOP("Labels", "Timeline event added"),
    "attachment.add": QT_TRANSLATE_NOOP("Labels", "Attachment added"),
    "partner.add": QT_TRANSLATE_NOOP("Labels", "Partner added"),
    "contact.add": QT_TRANSLATE_NOOP("Labels", "Contact added"),
    "contact.verify": QT_TRANSLATE_NOOP("Labels", "Contact key verification changed"),
    "referral.add": QT_TRANSLATE_NOOP("Labels", "Case referred"),
    "referral.status": QT_TRANSLATE_NOOP("Labels", "Referral status changed"),
    "demo.generate": QT_TRANSLATE_NOOP("Labels", "Demo cases added"),
    "bundle.import": QT_TRANSLATE_NOOP("Labels", "Bundle imported"),
    "stage.accept": QT_TRANSLATE_NOOP("Labels", "Reported stage accepted"),
    "bundle.export": QT_TRANSLATE_NOOP("Labels", "Bundle sealed"),
    "passphrase_changed": QT_TRANSLATE_NOOP("Labels", "Passphrase changed"),
    "identity.create": QT_TRANSLATE_NOOP("Labels", "Own keys created"),
    "identity.rename": QT_TRANSLATE_NOOP("Labels", "Own card renamed"),
    "contact.key_changed": QT_TRANSLATE_NOOP("Labels", "Contact sent changed keys"),
    "contact.accept": QT_TRANSLATE_NOOP("Labels", "Contact's new keys accepted"),
    "unlock_limit.set": QT_TRANSLATE_NOOP("Labels", "Wipe after failed unlocks turned on"),
    "unlock_limit.off": QT_TRANSLATE_NOOP("Labels", "Wipe after failed unlocks turned off"),
    "border.seal": QT_TRANSLATE_NOOP("Labels", "Vault sealed for a border crossing"),
    "border.restore": QT_TRANSLATE_NOOP("Labels", "Vault restored after a border crossing"),
    "vault.copy": QT_TRANSLATE_NOOP("Labels", "Copy of the vault saved"),
    "person.same": QT_TRANSLATE_NOOP("Labels", "Two cases linked as the same person"),
    "person.distinct": QT_TRANSLATE_NOOP("Labels", "Two cases marked as different people"),
    "dossier.export": QT_TRANSLATE_NOOP("Labels", "Dossier written as a PDF for the authorities"),
    "attestation.sign": QT_TRANSLATE_NOOP("Labels", "Vetting signed"),
    "attestation.invalidated": QT_TRANSLATE_NOOP(
        "Labels", "Vetting signatures voided: a check changed after signing"
    ),
    "setting.two_person_rule": QT_TRANSLATE_NOOP("Labels", "Two-person rule turned on or off"),
}
REMOVED_LABELS = {
    codes.NOTHING: QT_TRANSLATE_NOOP("Labels", "nothing: no hidden details were found"),
    codes.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Labels", "nothing: Satchel cannot remove hidden details from this kind of file"
    ),
    codes.COMMENT: QT_TRANSLATE_NOOP("Labels", "a text comment"),
    codes.IPTC: QT_TRANSLATE_NOOP(
        "Labels", "Photoshop/IPTC details, which can include the author, captions and places"
    ),
    codes.EXIF_GPS: QT_TRANSLATE_NOOP(
        "Labels", "camera details (EXIF) including the GPS location where the photo was taken"
    ),
    codes.EXIF: QT_TRANSLATE_NOOP(
        "Labels", "camera details (EXIF: camera model, date and settings)"
    ),
    codes.XMP_EDITING: QT_TRANSLATE_NOOP(
        "Labels", "editing details (XMP), which can include the author and software used"
    ),
    codes.APP1: QT_TRANSLATE_NOOP("Labels", "other embedded details (APP1 block)"),
    codes.PNG_EXIF: QT_TRANSLATE_NOOP(
        "Labels", "camera details (EXIF), which can include the GPS location"
    ),
    codes.PNG_TIME: QT_TRANSLATE_NOOP("Labels", "the time the picture was last changed"),
    codes.TEXT_NOTES: QT_TRANSLATE_NOOP("Labels", "text notes"),
    codes.DAMAGED_IMAGE: QT_TRANSLATE_NOOP(
        "Labels",
        "this picture looks damaged (perhaps cut short): Satchel removed what it could find, "
        "but some hidden details may remain",
    ),
    codes.PDF_UNSURE: QT_TRANSLATE_NOOP(
        "Labels",
        "Satchel could not check every part of this PDF (parts of it are compressed or "
        "encrypted), so author or software details may remain",
    ),
    codes.DAMAGED_DOCUMENT: QT_TRANSLATE_NOOP(
        "Labels",
        "this document could not be unpacked (it looks damaged or is too large), so it was "
        "stored unchanged and author details may remain",
    ),
    codes.UNCHECKED: QT_TRANSLATE_NOOP(
        "Labels",
        "Satchel could not read this file's structure, so it was stored unchanged and hidden "
        "details (such as an author or a location) may remain",
    ),
    codes.PDF_XMP: QT_TRANSLATE_NOOP(
        "Labels", "embedded XMP details, which can include the author and software used"
    ),
}
"""Every code of :mod:`app.metadata_codes` without details, in words."""
REMOVED_DETAIL_WORDS = {
    "author": QT_TRANSLATE_NOOP("Labels", "author"),
    "creator-program": QT_TRANSLATE_NOOP("Labels", "program that created it"),
    "producer-program": QT_TRANSLATE_NOOP("Labels", "program that produced it"),
    "title": QT_TRANSLATE_NOOP("Labels", "title"),
    "subject": QT_TRANSLATE_NOOP("Labels", "subject"),
    "keywords": QT_TRANSLATE_NOOP("Labels", "keywords"),
    "last-editor": QT_TRANSLATE_NOOP("Labels", "last person who edited it"),
    "company": QT_TRANSLATE_NOOP("Labels", "company name"),
    "manager": QT_TRANSLATE_NOOP("Labels", "manager name"),
    "original-author": QT_TRANSLATE_NOOP("Labels", "original author"),
    "printed-by": QT_TRANSLATE_NOOP("Labels", "who printed it"),
}
"""The document details a ``details:`` code names, in words."""


def field_label(name: str) -> str:
    return _label(FIELD_LABELS, name)


def choice_label(value: str | None) -> str:
    return _label(CHOICE_LABELS, value)


def event_label(kind: str | None) -> str:
    return _label(EVENT_LABELS, kind)


def referral_label(status: str | None) -> str:
    return _label(REFERRAL_LABELS, status)


def action_label(action: str) -> str:
    return _label(ACTION_LABELS, action)


def removed_label(code: str) -> str:
    """What the core says it removed from a file (a code of :mod:`app.metadata_codes`), in
    the user's language; a sentence stored by an earlier Satchel and never converted is
    shown as it is."""
    head, details = codes.split(code)
    if head == codes.DETAILS and details:
        words = [_label(REMOVED_DETAIL_WORDS, w) for w in details.split(",")]
        prefix = QCoreApplication.translate("Labels", "document details: %1")
        return prefix.replace("%1", ", ".join(words))
    if head == codes.TEXT_NOTES and details:
        notes = QCoreApplication.translate("Labels", "text notes (%1)")
        return str(notes).replace("%1", details)
    return _label(REMOVED_LABELS, code)


PROFILE_LABELS = {
    "referral": QT_TRANSLATE_NOOP("Labels", "Referral to a partner"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status update back"),
    "full": QT_TRANSLATE_NOOP("Labels", "Everything (same organisation)"),
}
PROFILE_DESCRIPTIONS = {
    "referral": QT_TRANSLATE_NOOP(
        "Labels",
        "What a partner pleading for entry documents needs: identity, service, desertion, "
        "risk, statements, vetting results with their dates and reviewers (signed by this "
        "vault), timeline and documents. Leaves out the address in Kazakhstan, contact "
        "handles, internal notes, vetting evidence, and the lawyer's own planning.",
    ),
    "status": QT_TRANSLATE_NOOP(
        "Labels",
        "What a partner sends back: the stage, the timeline and the referral status, with the "
        "person's name so the case can be recognised.",
    ),
    "full": QT_TRANSLATE_NOOP(
        "Labels",
        "Everything, including internal notes and the address in Kazakhstan: only for another "
        "office of the same organisation.",
    ),
}
RECORD_LABELS = {
    "partners": QT_TRANSLATE_NOOP("Labels", "Partner organisation"),
    "persons": QT_TRANSLATE_NOOP("Labels", "Person"),
    "cases": QT_TRANSLATE_NOOP("Labels", "Case"),
    "services": QT_TRANSLATE_NOOP("Labels", "Military service"),
    "risks": QT_TRANSLATE_NOOP("Labels", "Risk"),
    "checks": QT_TRANSLATE_NOOP("Labels", "Vetting check"),
    "statements": QT_TRANSLATE_NOOP("Labels", "Statement"),
    "events": QT_TRANSLATE_NOOP("Labels", "Timeline event"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Note"),
    "attachments": QT_TRANSLATE_NOOP("Labels", "Attachment"),
    "referrals": QT_TRANSLATE_NOOP("Labels", "Referral"),
}
PREVIEW_LABELS = {
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "changed": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "unchanged": QT_TRANSLATE_NOOP("Labels", "Unchanged"),
    "stale": QT_TRANSLATE_NOOP("Labels", "Older than mine (skipped)"),
    "conflict": QT_TRANSLATE_NOOP("Labels", "Conflict"),
}
DIRECTION_LABELS = {
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
}


def profile_label(name: str | None) -> str:
    return _label(PROFILE_LABELS, name)


def profile_description(name: str | None) -> str:
    return _label(PROFILE_DESCRIPTIONS, name) if name in PROFILE_DESCRIPTIONS else ""


def record_label(table: str | None) -> str:
    return _label(RECORD_LABELS, table)


def preview_label(status: str | None) -> str:
    return _label(PREVIEW_LABELS, status)


def direction_label(direction: str | None) -> str:
    return _label(DIRECTION_LABELS, direction)


RECORD_FIELD_LABELS = {
    "case_id": QT_TRANSLATE_NOOP("Labels", "Case"),
    "person_id": QT_TRANSLATE_NOOP("Labels", "Person"),
    "partner_id": QT_TRANSLATE_NOOP("Labels", "Partner organisation"),
    "check_name": QT_TRANSLATE_NOOP("Labels", "Check"),
    "result": QT_TRANSLATE_NOOP("Labels", "Result"),
    "evidence": QT_TRANSLATE_NOOP("Labels", "Evidence"),
    "reviewer": QT_TRANSLATE_NOOP("Labels", "Reviewer"),
    "checked_on": QT_TRANSLATE_NOOP("Labels", "Date checked"),
    "text": QT_TRANSLATE_NOOP("Labels", "Text"),
    "stated_on": QT_TRANSLATE_NOOP("Labels", "Date of the statement"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "description": QT_TRANSLATE_NOOP("Labels", "Description"),
    "occurred_on": QT_TRANSLATE_NOOP("Labels", "Date"),
    "filename": QT_TRANSLATE_NOOP("Labels", "File name"),
    "media_type": QT_TRANSLATE_NOOP("Labels", "File type"),
    "size": QT_TRANSLATE_NOOP("Labels", "Size"),
    "sha256": QT_TRANSLATE_NOOP("Labels", "Fingerprint (SHA-256)"),
    "original_size": QT_TRANSLATE_NOOP("Labels", "Original size"),
    "removed": QT_TRANSLATE_NOOP("Labels", "Hidden details removed"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "sent_on": QT_TRANSLATE_NOOP("Labels", "Date sent"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "translation": QT_TRANSLATE_NOOP("Labels", "Translation"),
    "translation_lang": QT_TRANSLATE_NOOP("Labels", "Language of the translation"),
    "translator": QT_TRANSLATE_NOOP("Labels", "Translated by"),
}


LANGUAGE_LABELS = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "de": QT_TRANSLATE_NOOP("Labels", "German"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
    "uk": QT_TRANSLATE_NOOP("Labels", "Ukrainian"),
    "kk": QT_TRANSLATE_NOOP("Labels", "Kazakh"),
}
"""The languages a statement's translation can be in (``app.store.TRANSLATION_LANGUAGES``)."""


def language_label(code: str | None) -> str:
    return _label(LANGUAGE_LABELS, code)


def record_field_label(name: str) -> str:
    """A field of any record a bundle carries (case fields, checks, notes, referrals...)."""
    if name in FIELD_LABELS:
        return field_label(name)
    return _label(RECORD_FIELD_LABELS, name)
