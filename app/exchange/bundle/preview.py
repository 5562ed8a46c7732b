"""What a bundle would change, shown before anything is written."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.exchange.bundle.merge import ACTIONS, CONFLICT, NEW, UNCHANGED


@dataclass(frozen=True)
class Conflict:
    """A record both sides changed since the last exchange: the user picks what stays."""

    record_id: str
    table: str
    case_id: str
    person: str | None
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ReportedStage:
    """A stage the sender reports for a case: shown beside it, never applied by itself."""

    case_id: str
    peer: str
    stage: str
    reported_at: str


@dataclass(frozen=True)
class VettingSeen:
    """The case origin's signed vetting record, as the partner weighs it."""

    case_id: str
    signer: str
    passed: int
    required: int
    signature_valid: bool
    key_verified: bool
    record: dict[str, Any] = field(repr=False, compare=False)
    signature: str = field(repr=False, compare=False)
    identity_matches: bool = True  # the record names the person the bundle describes

    @property
    def sound(self) -> bool:
        return (
            self.signature_valid
            and self.key_verified
            and self.identity_matches
            and self.passed == self.required
        )


MAX_SHOWN_CHANGES = 40
"""Field changes kept per case for the preview (the counts still count them all)."""
MAX_SHOWN_VALUE = 200
"""Characters of a changed value kept for the preview; longer text is cut with "…"."""


@dataclass(frozen=True)
class FieldChange:
    """One field a bundle would change on a record we hold: ours, then theirs."""

    table: str
    field: str
    before: str | None
    after: str | None


def shown_value(value: object) -> str | None:
    """A value as the preview shows it: text, at most MAX_SHOWN_VALUE characters."""
    if value is None:
        return None
    text = str(value)
    return text if len(text) <= MAX_SHOWN_VALUE else text[: MAX_SHOWN_VALUE - 1] + "…"


@dataclass
class CasePreview:
    """One case of the bundle: whether it is new, and what happens to its records."""

    case_id: str
    person: str | None
    is_new: bool = False
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ACTIONS, 0))
    changes: list[FieldChange] = field(default_factory=list)  # changed and conflicting fields

    def note_changes(
        self,
        table: str,
        fields: tuple[str, ...],
        ours: Mapping[str, Any] | None,
        theirs: Mapping[str, Any],
    ) -> None:
        """Keep what ``fields`` would become, up to MAX_SHOWN_CHANGES per case."""
        for name in fields:
            if len(self.changes) >= MAX_SHOWN_CHANGES:
                return
            before = shown_value(ours.get(name)) if ours is not None else None
            self.changes.append(FieldChange(table, name, before, shown_value(theirs.get(name))))

    @property
    def status(self) -> str:
        """In one word: new, conflict, changed (something taken), or unchanged."""
        if self.counts[CONFLICT]:
            return CONFLICT
        if self.is_new:
            return NEW
        if self.counts[NEW] or self.counts["changed"]:
            return "changed"
        return UNCHANGED


@dataclass
class BundlePreview:
    """Who sent the bundle, whether their key is verified, and what it would change."""

    bundle_id: str
    sender: str
    sender_verified: bool
    profile: str
    created_at: str
    sequence: int
    already_imported: bool = False
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ACTIONS, 0))
    cases: list[CasePreview] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    attachments: int = 0
    manifest_sha256: str = ""
    stage_reports: list[ReportedStage] = field(default_factory=list)
    vetting: list[VettingSeen] = field(default_factory=list)
    attestations: int = 0
    """Vetting attestations (signed decisions) the bundle carries, each signature checked."""
    withheld: int = 0
    kept_rejected: int = 0
    """Changes to who a person rejected here is (names, birth date, passport, unit) left out:
    he stays findable when he comes back."""
    """Changed fields left out: this vault never showed them to the sender (its redaction
    profile kept them home), so they stay as this vault has them."""
    changes_only: bool = False
    """A bundle of changes (format 3): only what changed since ``follows``."""
    follows: int | None = None
    """The sequence number of the sender's bundle this one holds the changes since."""
    plan: dict[str, bytes] = field(default_factory=dict, repr=False)
    """Per case id, a 16-byte digest of the entry's SHA-256 and of every record's decision
    (:attr:`Decision.key`, in order): what the apply step must find again."""

    def as_dict(self) -> dict[str, object]:
        return {
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "sender_verified": self.sender_verified,
            "profile": self.profile,
            "created_at": self.created_at,
            "sequence": self.sequence,
            "changes_only": self.changes_only,
            "follows": self.follows,
            "already_imported": self.already_imported,
            "records": dict(self.counts),
            "attachments": self.attachments,
            "attestations": self.attestations,
            "withheld": self.withheld,
            "kept_rejected": self.kept_rejected,
            "cases": [
                {"case_id": c.case_id, "person": c.person, "status": c.status,
                 "records": dict(c.counts)}
                for c in self.cases
            ],
            "stage_reports": [
                {"case_id": r.case_id, "peer": r.peer, "stage": r.stage,
                 "reported_at": r.reported_at}
                for r in self.stage_reports
            ],
            "vetting": [
                {"case_id": v.case_id, "signer": v.signer, "passed": v.passed,
                 "required": v.required, "signature_valid": v.signature_valid,
                 "key_verified": v.key_verified, "identity_matches": v.identity_matches}
                for v in self.vetting
            ],
            "conflicts": [
                {"record_id": c.record_id, "table": c.table, "case_id": c.case_id,
                 "person": c.person, "fields": list(c.fields)}
                for c in self.conflicts
            ],
        }  # fmt: skip
