"""What a bundle would change, shown before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.bundle.merge import ACTIONS, CONFLICT, NEW, UNCHANGED


@dataclass(frozen=True)
class Conflict:
    """A record both sides changed since the last exchange: the user picks what stays."""

    record_id: str
    table: str
    case_id: str
    person: str | None
    fields: tuple[str, ...]


@dataclass
class CasePreview:
    """One case of the bundle: whether it is new, and what happens to its records."""

    case_id: str
    person: str | None
    is_new: bool = False
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ACTIONS, 0))

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

    def as_dict(self) -> dict[str, object]:
        return {
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "sender_verified": self.sender_verified,
            "profile": self.profile,
            "created_at": self.created_at,
            "sequence": self.sequence,
            "already_imported": self.already_imported,
            "records": dict(self.counts),
            "attachments": self.attachments,
            "cases": [
                {"case_id": c.case_id, "person": c.person, "status": c.status,
                 "records": dict(c.counts)}
                for c in self.cases
            ],
            "conflicts": [
                {"record_id": c.record_id, "table": c.table, "case_id": c.case_id,
                 "person": c.person, "fields": list(c.fields)}
                for c in self.conflicts
            ],
        }  # fmt: skip
