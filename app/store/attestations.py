"""Vetting attestations: who vouched for a case's vetting, over exactly which vetting.

The judgement that a person is a real deserter, not a plant and not suspected of war
crimes, is signed. Clearing or rejecting a case makes an *attestation*: the vault's
Ed25519 identity signs ``"satchel-attestation-v1\\0"`` and the SHA-256 of the canonical
JSON of::

    {"format": "satchel-attestation-v1", "case_id": ..., "decision": "cleared" | "rejected",
     "digest": <hex SHA-256 of the case's vetting record>, "signer": "ed25519:...",
     "signed_at": "2026-12-01T10:00:00Z"}

The *vetting record* behind the digest is who the case is about (names, birth date and
place, citizenship, passport) and every check in checklist order with its result, date,
reviewer and the SHA-256 of its evidence text (:mod:`app.store.digests`). So any change
after signing, to a check (a result, a date, a reviewer, a word of the evidence) or to the
person (another name or passport on the same checks), gives another digest, and every
earlier signature stops counting: visibly, as "signed over earlier checks", and in the
audit log.

**The two-person rule** (a vault setting, off by default): a case reaches ``cleared`` only
when two different identities have signed ``cleared`` over the case's current digest, each
either this vault or a contact whose key was verified in person and has not changed since.
The second lawyer works on her own laptop: the case travels to her in a full-profile bundle
(which carries the checks and their evidence, so her vault computes the same digest), she
signs there, and her attestation comes back in any bundle about the case. With the rule
off, clearing still makes this vault's own attestation.

Attestations travel in every bundle that carries the case, and a receiving vault keeps
them as received after checking each signature (a bad one refuses the bundle). Whether one
*counts* is decided again each time it is shown or relied on, against the contacts as they
are then: a stranger's signature is kept and shown as "unknown key", never counted. A
signer's word is the decision signed last over the current vetting: a clearing followed
by a rejection of the same checks is withdrawn, and counts no more. A rejection that
counts is a doubt: it sends a case on the protection path back to ``vetting``
(:meth:`app.store.vetting_ops.VettingMixin.received_rejection`).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from app.store import audit
from app.store.digests import (
    canonical,
    equivalent_digests,
    vetting_digest,
)
from app.store.identity_keys import ensure_identity, read_identity
from app.store.records import is_time_text, utc_now
from app.types import Connection
from crypto import sign as signatures

FORMAT = "satchel-attestation-v1"
DOMAIN = FORMAT.encode("ascii") + b"\0"
DECISIONS = ("cleared", "rejected")
MAX_PER_CASE = 32
"""At most this many attestations per case are carried or kept: enough for any real
office, and a bound on what a bundle can make this vault store and check."""
RULE_SETTING = "two_person_rule"
_KEYS = {"format", "case_id", "decision", "digest", "signer", "signed_at"}
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
_HEX_SIGNATURE = re.compile(r"[0-9a-f]{128}")


@dataclass(frozen=True)
class Attestation:
    """One signed decision about one case's vetting, exactly as signed."""

    case_id: str
    decision: str
    digest: str
    signer: str
    signed_at: str
    signature: str

    def statement(self) -> dict[str, Any]:
        return {"format": FORMAT, "case_id": self.case_id, "decision": self.decision,
                "digest": self.digest, "signer": self.signer,
                "signed_at": self.signed_at}  # fmt: skip

    def signed_bytes(self) -> bytes:
        return DOMAIN + hashlib.sha256(canonical(self.statement())).digest()

    def to_json(self) -> dict[str, Any]:
        return {**self.statement(), "signature": self.signature}

    @property
    def signature_valid(self) -> bool:
        return signatures.verify_signature(
            self.signer, self.signed_bytes(), bytes.fromhex(self.signature)
        )


def parse(value: Any, case_id: str) -> Attestation | None:
    """An attestation from a bundle, for ``case_id``, in its strict shape; None if not.

    Only the shape is checked here; the caller checks the signature (and refuses the
    bundle when it does not verify).
    """
    if not isinstance(value, dict) or set(value) != _KEYS | {"signature"}:
        return None
    if value["format"] != FORMAT or value["case_id"] != case_id:
        return None
    if value["decision"] not in DECISIONS:
        return None
    fields = (value["digest"], value["signer"], value["signed_at"], value["signature"])
    if not all(isinstance(f, str) for f in fields):
        return None
    digest, signer, signed_at, signature = fields
    if not (_HEX_DIGEST.fullmatch(digest) and is_time_text(signed_at)):
        return None
    if not (_HEX_SIGNATURE.fullmatch(signature) and signatures.is_public_key(signer)):
        return None
    return Attestation(case_id, value["decision"], digest, signer, signed_at, signature)


def own_signer(conn: Connection) -> str | None:
    """This vault's signing key, as attestations name their signer; None while the vault
    has no keys yet (reading never writes)."""
    row = read_identity(conn)
    return None if row is None else signatures.public_key_text(bytes(row[3]))


def ensure_own_signer(conn: Connection) -> str:
    """This vault's signing key, its keys made first if need be (in the caller's
    transaction)."""
    return signatures.public_key_text(bytes(ensure_identity(conn)[3]))


def sign(conn: Connection, case_id: str, decision: str) -> Attestation:
    """This vault's attestation of ``decision`` over the case's current vetting, kept and
    audited; signing the same decision over the same vetting again changes nothing."""
    _name, _x25519, _pq, private = ensure_identity(conn)
    signer = signatures.public_key_text(bytes(private))
    digest = vetting_digest(conn, case_id)
    existing = conn.execute(
        "SELECT signed_at, signature FROM attestations WHERE case_id = ? AND signer = ? "
        "AND decision = ? AND digest = ?",
        (case_id, signer, decision, digest),
    ).fetchone()
    if existing is not None and _latest_decision(conn, case_id, signer, digest) == decision:
        return Attestation(case_id, decision, digest, signer, str(existing[0]), str(existing[1]))
    unsigned = Attestation(case_id, decision, digest, signer, utc_now(), "")
    signature = signatures.sign(bytes(private), unsigned.signed_bytes()).hex()
    attestation = Attestation(**{**unsigned.__dict__, "signature": signature})
    keep(conn, attestation)
    audit.append(conn, "attestation.sign", case_id,
                 {"decision": decision, "digest": digest[:16]}, utc_now())  # fmt: skip
    return attestation


def _latest_decision(conn: Connection, case_id: str, signer: str, digest: str) -> str | None:
    """The decision ``signer`` signed last over ``digest`` (a rejection on a tie)."""
    row = conn.execute(
        "SELECT decision FROM attestations WHERE case_id = ? AND signer = ? AND digest = ? "
        "ORDER BY signed_at DESC, decision DESC LIMIT 1",
        (case_id, signer, digest),
    ).fetchone()
    return None if row is None else str(row[0])


def keep(conn: Connection, attestation: Attestation) -> bool:
    """Store an attestation (already checked); False if it was known or did not fit.

    A signer's later signature of the same decision over the same vetting replaces the
    earlier one: it is how a decision withdrawn (by signing the other one) is given again.

    A case keeps at most :data:`MAX_PER_CASE`. When full, the one that matters least goes:
    a stranger's key before this vault's or a contact's, a signature over earlier checks
    before one over the current checks, the oldest first. So a sender who may change the
    case cannot crowd out a colleague's signature with junk signed by made-up keys.
    """
    cursor = conn.execute(
        "INSERT INTO attestations (case_id, signer, decision, digest, signed_at, signature) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, signer, decision, digest) DO UPDATE "
        "SET signed_at = excluded.signed_at, signature = excluded.signature "
        "WHERE excluded.signed_at > attestations.signed_at",
        (attestation.case_id, attestation.signer, attestation.decision, attestation.digest,
         attestation.signed_at, attestation.signature),
    )  # fmt: skip
    if not cursor.rowcount:
        return False
    rows = attestations_of(conn, attestation.case_id)
    if len(rows) <= MAX_PER_CASE:
        return True
    known = {own_signer(conn)} | {
        str(r[0])
        for r in conn.execute("SELECT signing_key FROM contacts WHERE signing_key IS NOT NULL")
    }
    current = equivalent_digests(
        conn, attestation.case_id, reference_digest(conn, attestation.case_id)
    )
    least = min(rows, key=lambda a: (a.signer in known, a.digest in current, a.signed_at))
    conn.execute(
        "DELETE FROM attestations WHERE case_id = ? AND signer = ? AND decision = ? AND digest = ?",
        (least.case_id, least.signer, least.decision, least.digest),
    )
    return least != attestation


def attestations_of(conn: Connection, case_id: str) -> list[Attestation]:
    rows = conn.execute(
        "SELECT decision, digest, signer, signed_at, signature FROM attestations "
        "WHERE case_id = ? ORDER BY signed_at, signer",
        (case_id,),
    ).fetchall()
    return [Attestation(case_id, str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]))
            for r in rows]  # fmt: skip


def current_count(conn: Connection, case_id: str) -> int:
    """How many attestations are over the case's current vetting (before a check changes)."""
    digests = equivalent_digests(conn, case_id, vetting_digest(conn, case_id))
    return sum(1 for a in attestations_of(conn, case_id) if a.digest in digests)


@dataclass(frozen=True)
class Signature:
    """One attestation as this vault weighs it now."""

    decision: str
    signer_key: str
    signer: str | None  # "" for this vault, a contact's name, None for an unknown key
    signed_at: str
    signature_valid: bool
    current: bool  # over the case's vetting as it is now
    key_verified: bool  # this vault, or a contact verified in person with no pending key
    withdrawn: bool = False  # the signer signed the other decision over this vetting since

    @property
    def counts(self) -> bool:
        return self.signature_valid and self.current and self.key_verified and not self.withdrawn

    @property
    def problem(self) -> str | None:
        """Why it does not count (the first reason), or None when it counts:
        ``"bad_signature"``, ``"earlier_checks"``, ``"withdrawn"``, ``"unknown_key"`` or
        ``"unverified"``."""
        if not self.signature_valid:
            return "bad_signature"
        if not self.current:
            return "earlier_checks"
        if self.withdrawn:
            return "withdrawn"
        if self.signer is None:
            return "unknown_key"
        return None if self.key_verified else "unverified"


@dataclass(frozen=True)
class SignOff:
    """Who has signed a case's vetting, and whether the two-person rule is met."""

    digest: str
    signatures: tuple[Signature, ...]
    rule_on: bool

    def clearing_signers(self) -> set[str]:
        """Distinct keys whose ``cleared`` attestation counts."""
        return {s.signer_key for s in self.signatures if s.decision == "cleared" and s.counts}

    @property
    def two_person_met(self) -> bool:
        return len(self.clearing_signers()) >= 2

    @property
    def missing(self) -> int:
        """How many more clearing signatures that count the two-person rule needs."""
        return max(0, 2 - len(self.clearing_signers()))

    @property
    def invalidated(self) -> int:
        """Signatures made over earlier checks: a check changed after they were given."""
        return sum(1 for s in self.signatures if not s.current)

    def as_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data (what ``get_case`` and ``satchel vetting show`` give)."""
        return {
            "digest": self.digest, "rule_on": self.rule_on,
            "two_person_met": self.two_person_met, "missing": self.missing,
            "invalidated": self.invalidated,
            "signatures": [
                {"decision": s.decision, "signer": s.signer, "signer_key": s.signer_key,
                 "signed_at": s.signed_at, "counts": s.counts, "problem": s.problem}
                for s in self.signatures
            ],
        }  # fmt: skip


def reference_digest(conn: Connection, case_id: str) -> str:
    """The vetting an attestation must be over to count here.

    Where this vault holds the checks with their evidence (its own cases, or a case that
    came in a full-profile bundle) it is the vetting as this vault holds it now. A case
    that came in a referral carries no evidence: there it is the digest named in the
    origin's signed vetting record (:mod:`app.store.vetting`), when there is one.
    """
    local = vetting_digest(conn, case_id)
    evidence = conn.execute(
        "SELECT 1 FROM checks WHERE case_id = ? AND evidence IS NOT NULL LIMIT 1", (case_id,)
    ).fetchone()
    if evidence is not None:
        return local
    row = conn.execute(
        "SELECT record FROM vetting_records WHERE case_id = ?", (case_id,)
    ).fetchone()
    if row is None:
        return local
    try:
        named = json.loads(str(row[0])).get("digest")
    except (ValueError, AttributeError):
        return local
    return named if isinstance(named, str) and _HEX_DIGEST.fullmatch(named) else local


def sign_off(conn: Connection, case_id: str) -> SignOff:
    digest = reference_digest(conn, case_id)
    own_key = own_signer(conn)
    contacts = {
        str(r[0]): (str(r[1]), bool(r[2]) and r[3] is None)
        for r in conn.execute(
            "SELECT signing_key, name, key_verified, pending_since FROM contacts "
            "WHERE kind IS NOT NULL AND signing_key IS NOT NULL"
        )
    }
    over_now = equivalent_digests(conn, case_id, digest)
    items = [(item, item.signature_valid) for item in attestations_of(conn, case_id)]
    # Each signer's word on the vetting as it is now is the decision signed last over it
    # (a rejection on a tie): a yes followed by a no is withdrawn.
    last: dict[str, tuple[str, bool]] = {}
    for item, valid in items:
        if valid and item.digest in over_now:
            moment = (item.signed_at, item.decision == "rejected")
            if item.signer not in last or moment > last[item.signer]:
                last[item.signer] = moment
    seen: list[Signature] = []
    for item, valid in items:
        if item.signer == own_key:
            name, verified = "", True
        elif item.signer in contacts:
            name, verified = contacts[item.signer]
        else:
            name, verified = None, False
        current = item.digest in over_now
        latest = last.get(item.signer)
        withdrawn = current and latest is not None and latest[1] != (item.decision == "rejected")
        seen.append(Signature(item.decision, item.signer, name, item.signed_at, valid, current,
                              verified, withdrawn))  # fmt: skip
    return SignOff(digest, tuple(seen), two_person_rule(conn))


def two_person_rule(conn: Connection) -> bool:
    row = conn.execute("SELECT value FROM vault_settings WHERE key = ?", (RULE_SETTING,)).fetchone()
    return row is not None and row[0] == "on"


def set_two_person_rule(conn: Connection, on: bool) -> None:
    conn.execute(
        "INSERT INTO vault_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (RULE_SETTING, "on" if on else "off"),
    )
    audit.append(conn, "setting.two_person_rule", None, {"on": on}, utc_now())
