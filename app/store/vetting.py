"""Signed vetting records: how a case's origin vouches for its vetting to a partner.

A referral carries, for each vetting check, its result, date and reviewer (never the
evidence, which stays home), and the origin vault's Ed25519 signature over
``"satchel-vetting-v1\\0"`` and the SHA-256 of the canonical JSON of that record. Since
schema 7 the record also names the digest of the full vetting record, evidence hashes
included, that vetting attestations sign (:mod:`app.store.attestations`), so a partner
who never sees the evidence can still tell whether an attestation is over the vetting the
origin vouched for; a record without it (from an earlier Satchel) is still read. The
receiving vault keeps the record and signature as received (``vetting_records``) and
checks them again every time its workflow rule asks: a case that came from elsewhere
moves onto the protection path only if the record's signature is valid, its signer is the
contact the case came from, that contact's key was verified in person and has not
changed since, and every required check in the record passed.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from app.store.digests import canonical, identity_digest, vetting_digest
from app.store.fields import is_date_text
from app.store.records import utc_now
from app.store.workflow import CHECKS, REQUIRED_CHECKS, RESULTS
from app.text import is_clean
from app.types import Connection
from crypto.sign import is_public_key, verify_signature

FORMAT = "satchel-vetting-v1"
DOMAIN = FORMAT.encode("ascii") + b"\0"
_HEX_SIGNATURE = re.compile(r"[0-9a-f]{128}")
_CHECK_KEYS = {"check", "result", "checked_on", "reviewer"}
_RECORD_KEYS = {"format", "case_id", "signer", "checks"}
_OPTIONAL_KEYS = {"digest", "identity"}
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
MAX_REVIEWER = 200


def signed_bytes(record: dict[str, Any]) -> bytes:
    """What the signature covers: the domain, then the SHA-256 of the canonical record."""
    return DOMAIN + hashlib.sha256(canonical(record)).digest()


def build_record(conn: Connection, case_id: str, signer: str) -> dict[str, Any]:
    """This vault's vetting record of one of its own cases (results, dates, reviewers).

    It vouches only for what this vault recorded: a check whose current version was taken
    from a bundle (a partner's) is signed as not done."""
    rows = conn.execute(
        "SELECT check_name, result, checked_on, reviewer FROM checks "
        "WHERE case_id = ? AND NOT received",
        (case_id,),
    ).fetchall()
    found = {str(r[0]): r for r in rows}
    checks = []
    for name in CHECKS:
        row = found.get(name)
        checks.append(
            {
                "check": name,
                "result": "not_done" if row is None else str(row[1]),
                "checked_on": None if row is None else row[2],
                "reviewer": None if row is None or row[3] is None else str(row[3])[:MAX_REVIEWER],
            }
        )
    return {"format": FORMAT, "case_id": case_id, "signer": signer, "checks": checks,
            "digest": vetting_digest(conn, case_id),
            "identity": identity_digest(conn, case_id)}  # fmt: skip


def named_identity(record: dict[str, Any]) -> str | None:
    """Who a (valid) record vouches for: the identity digest it names, or None for a record
    from a Satchel before schema 12, which vouched for checks without saying whose."""
    value = record.get("identity")
    return value if isinstance(value, str) else None


def is_valid_record(value: Any, case_id: str, signer: str) -> bool:
    """The strict shape of a received record, for ``case_id``, naming ``signer``."""
    if not isinstance(value, dict) or set(value) - _OPTIONAL_KEYS != _RECORD_KEYS:
        return False
    for key in _OPTIONAL_KEYS & set(value):
        if not (isinstance(value[key], str) and _HEX_DIGEST.fullmatch(value[key])):
            return False
    if value["format"] != FORMAT or value["case_id"] != case_id or value["signer"] != signer:
        return False
    checks = value["checks"]
    if not isinstance(checks, list) or len(checks) != len(CHECKS):
        return False
    for name, item in zip(CHECKS, checks, strict=True):
        if not isinstance(item, dict) or set(item) != _CHECK_KEYS or item["check"] != name:
            return False
        if not isinstance(item["result"], str) or item["result"] not in RESULTS:
            return False
        when, reviewer = item["checked_on"], item["reviewer"]
        if when is not None and not is_date_text(when):
            return False
        if reviewer is not None and not (
            isinstance(reviewer, str)
            and 0 < len(reviewer) <= MAX_REVIEWER
            and not reviewer.isspace()
            and is_clean(reviewer)
        ):
            return False
        if item["result"] == "pass" and (when is None or reviewer is None):
            return False  # this vault's rule: a check passes with its reviewer and date
    return is_public_key(signer)


def is_valid_signature(record: dict[str, Any], signature: Any) -> bool:
    if not isinstance(signature, str) or not _HEX_SIGNATURE.fullmatch(signature):
        return False
    return verify_signature(record["signer"], signed_bytes(record), bytes.fromhex(signature))


def keep_record(conn: Connection, case_id: str, record: dict[str, Any], signature: str) -> None:
    conn.execute(
        "INSERT INTO vetting_records (case_id, peer_key, record, signature, received_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET peer_key = excluded.peer_key, "
        "record = excluded.record, signature = excluded.signature, "
        "received_at = excluded.received_at",
        (case_id, record["signer"], canonical(record).decode(), signature, utc_now()),
    )


@dataclass(frozen=True)
class VettingSummary:
    """What a partner sees about the vetting of a case that came from elsewhere."""

    signer: str | None  # the contact's name in this vault, None if no longer a contact
    passed: int
    required: int
    signature_valid: bool
    key_verified: bool
    results: dict[str, str]
    identity_matches: bool = True  # the record names the person the case is about now

    @property
    def sound(self) -> bool:
        """Everything holds: the local workflow rule may rely on this record."""
        return (
            self.signature_valid
            and self.key_verified
            and self.identity_matches
            and self.signer is not None
            and self.passed == self.required
        )


def vetting_summary(conn: Connection, case_id: str) -> VettingSummary | None:
    """The received vetting record of ``case_id`` checked again now; None if there is none."""
    row = conn.execute(
        "SELECT peer_key, record, signature FROM vetting_records WHERE case_id = ?", (case_id,)
    ).fetchone()
    if row is None:
        return None
    peer_key, text, signature = str(row[0]), str(row[1]), str(row[2])
    record = json.loads(text)
    valid = is_valid_record(record, case_id, peer_key) and is_valid_signature(record, signature)
    contact = conn.execute(
        "SELECT name, key_verified, pending_since FROM contacts "
        "WHERE kind IS NOT NULL AND signing_key = ?",
        (peer_key,),
    ).fetchone()
    results = {c["check"]: c["result"] for c in record.get("checks", []) if isinstance(c, dict)}
    passed = sum(1 for name in REQUIRED_CHECKS if results.get(name) == "pass")
    return VettingSummary(
        signer=None if contact is None else str(contact[0]),
        passed=passed,
        required=len(REQUIRED_CHECKS),
        signature_valid=valid,
        key_verified=contact is not None and bool(contact[1]) and contact[2] is None,
        results=results,
        identity_matches=named_identity(record) == identity_digest(conn, case_id),
    )
