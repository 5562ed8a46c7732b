"""Redaction profiles: which tables and fields each kind of partner receives.

A profile is an allow-list per table, so a field added to the schema later is left out
until someone decides who may see it. Reference columns (``case_id``, ``person_id``,
``partner_id``) are part of every table a profile sends; without them nothing can be put
back together. The receiver records the profile's name but trusts it for nothing: what a
bundle may change is decided by the merge rules, not by the label.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, terms

FIELDS: dict[str, tuple[str, ...]] = {
    "partners": ("name", "country", "kind", "notes"),
    "persons": (
        "name", "name_latin", "name_cyrillic", "aliases", "birth_date", "birth_place",
        "citizenship", "internal_passport", "passport_status", "passport_expiry", "contacts",
        "city", "kz_address",
    ),
    "cases": ("person_id", "stage", "lawyer", "next_action", "deadline", "rejection_reason"),
    "services": (
        "case_id", "service_status", "rank", "branch", "unit", "service_from", "service_to",
        "deployed_ukraine", "deployment_places", "desertion_date", "desertion_route",
    ),
    "risks": (
        "case_id", "criminal_article", "criminal_case_number", "wanted", "detention_risk",
        "deportation_risk", "family_pressure", "risk",
    ),
    "checks": ("case_id", "check_name", "result", "evidence", "reviewer", "checked_on"),
    "statements": (
        "case_id", "text", "stated_on", "source", "translation", "translation_lang", "translator",
    ),
    "events": ("case_id", "kind", "description", "occurred_on"),
    "notes": ("case_id", "text"),
    "attachments": (
        "case_id", "filename", "media_type", "size", "sha256", "original_size", "removed",
    ),
    "referrals": ("case_id", "partner_id", "status", "sent_on", "note"),
}  # fmt: skip
"""Every field a bundle (format 1) can carry, per table: the format's contract."""

TABLES = tuple(FIELDS)
"""Tables in the order a case entry lists them and the importer writes them."""

REFERENCES = frozenset({"case_id", "person_id", "partner_id"})


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    fields: Mapping[str, frozenset[str]]

    def columns(self, table: str) -> tuple[str, ...] | None:
        """The fields of ``table`` this profile sends, in format order; None: not the table."""
        allowed = self.fields.get(table)
        if allowed is None:
            return None
        return tuple(f for f in FIELDS[table] if f in allowed or f in REFERENCES)

    @property
    def sends_attachments(self) -> bool:
        return "attachments" in self.fields


def _all(table: str) -> frozenset[str]:
    return frozenset(FIELDS[table])


def _without(table: str, *left_out: str) -> frozenset[str]:
    unknown = set(left_out) - set(FIELDS[table])
    assert not unknown, unknown
    return frozenset(FIELDS[table]) - set(left_out)


def _only(table: str, *kept: str) -> frozenset[str]:
    assert set(kept) <= set(FIELDS[table]), kept
    return frozenset(kept)


FULL = Profile(
    "full",
    "Everything, for another office of the same organisation (and for border mode).",
    {table: _all(table) for table in TABLES},
)

REFERRAL = Profile(
    "referral",
    "What a partner pleading for entry documents needs: identity, service, desertion, risk, "
    "statements, vetting results with their dates and reviewers (signed by this vault), "
    "timeline and documents. Leaves out the address in Kazakhstan, contact handles, internal "
    "notes, vetting evidence, and the lawyer's own planning.",
    {
        "partners": _without("partners", "notes"),
        "persons": _without("persons", "kz_address", "contacts"),
        "cases": _without("cases", "lawyer", "next_action", "deadline"),
        "services": _all("services"),
        "risks": _all("risks"),
        "checks": _without("checks", "evidence"),
        "statements": _all("statements"),
        "events": _all("events"),
        "attachments": _all("attachments"),
        "referrals": _without("referrals", "note"),
    },
)

STATUS = Profile(
    "status",
    "What a partner sends back: the stage, the timeline and the referral status, with the "
    "person's name so the case can be recognised.",
    {
        "partners": _only("partners", "name", "country", "kind"),
        "persons": _only("persons", "name", "name_latin", "name_cyrillic"),
        "cases": _only("cases", "stage"),
        "events": _all("events"),
        "referrals": _without("referrals", "note"),
    },
)

PROFILES: dict[str, Profile] = {p.name: p for p in (REFERRAL, STATUS, FULL)}
DEFAULT_PROFILE = REFERRAL.name


def get_profile(name: str) -> Profile:
    profile = PROFILES.get((name or "").strip().lower())
    if profile is None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "There is no profile '{name}'; choose one of: {choices}."),
            name=name[:40],
            choices=terms("profile", PROFILES),
        )
    return profile
