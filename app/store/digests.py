"""What vetting signatures are over: the digest of a case's vetting and of its person.

An attestation (:mod:`app.store.attestations`) signs the *vetting digest*: the SHA-256 of
the canonical JSON of every check in checklist order (result, date, reviewer and the
SHA-256 of its evidence) and of the *identity digest*, who the case is about (names, birth
date and place, citizenship, passport). So a signature stops counting when a check changes,
and when another person is put on the same checks. Signatures made before schema 12 are
over a digest of the checks alone; what each such digest stood for at the upgrade is kept
(``legacy_digests``), so they count until the checks or the person change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from app.store.workflow import CHECKS
from app.types import Connection

DIGEST_FORMAT = "satchel-vetting-digest-v2"


def canonical(value: dict[str, Any]) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes whose hash is signed (vetting records too)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


IDENTITY_FIELDS = ("name", "name_latin", "name_cyrillic", "birth_date", "birth_place",
                   "citizenship", "internal_passport")  # fmt: skip
"""Who the vetting is about: a signature stops counting when any of these changes (a
cleared person cannot be swapped for another under the same signatures). Each travels in
every profile that carries vetting, so a partner computes the same digest."""


def identity_digest(conn: Connection, case_id: str) -> str:
    """The hex SHA-256 of who the case is about, as this vault holds it now."""
    row = conn.execute(
        "SELECT p.name, p.name_latin, p.name_cyrillic, p.birth_date, p.birth_place, "
        "p.citizenship, p.internal_passport FROM cases c "
        "JOIN persons p ON p.id = c.person_id WHERE c.id = ?",
        (case_id,),
    ).fetchone()
    person = {} if row is None else dict(zip(IDENTITY_FIELDS, row, strict=True))
    return identity_digest_of(case_id, person)


def identity_digest_of(case_id: str, person: Mapping[str, Any]) -> str:
    """The hex SHA-256 of ``person`` (a persons row) as the identity of ``case_id``."""
    values = {name: person.get(name) for name in IDENTITY_FIELDS}
    record = {"format": "satchel-identity-v1", "case_id": case_id, "person": values}
    return hashlib.sha256(canonical(record)).hexdigest()


def _check_list(conn: Connection, case_id: str) -> list[dict[str, Any]]:
    """Every check in checklist order as a digest names it (evidence by its hash)."""
    rows = conn.execute(
        "SELECT check_name, result, checked_on, reviewer, evidence FROM checks WHERE case_id = ?",
        (case_id,),
    ).fetchall()
    found = {str(r[0]): r for r in rows}
    checks = []
    for name in CHECKS:
        row = found.get(name)
        result, when, reviewer, evidence = (
            ("not_done", None, None, None) if row is None else (row[1], row[2], row[3], row[4])
        )
        checks.append(
            {
                "check": name,
                "result": str(result),
                "checked_on": when,
                "reviewer": reviewer,
                "evidence_sha256": None
                if evidence is None
                else hashlib.sha256(str(evidence).encode("utf-8")).hexdigest(),
            }
        )
    return checks


def vetting_digest(conn: Connection, case_id: str) -> str:
    """The hex SHA-256 of the case's vetting record as this vault holds it now: who it is
    about (:func:`identity_digest`) and every check."""
    identity = identity_digest(conn, case_id)
    record = {"format": DIGEST_FORMAT, "case_id": case_id, "identity": identity,
              "checks": _check_list(conn, case_id)}  # fmt: skip
    return hashlib.sha256(canonical(record)).hexdigest()


def legacy_vetting_digest(conn: Connection, case_id: str) -> str:
    """The digest as Satchel computed it before it covered the person (checks only): what
    signatures made before schema 12 are over."""
    record = {"format": "satchel-vetting-digest-v1", "case_id": case_id,
              "checks": _check_list(conn, case_id)}  # fmt: skip
    return hashlib.sha256(canonical(record)).hexdigest()


def remember_legacy_digests(conn: Connection) -> None:
    """Schema 12: for every case with signatures, what its checks-only digest stood for
    then, so a signature over it still counts while neither the checks nor the person
    change (:func:`equivalent_digests`)."""
    conn.execute(
        "CREATE TABLE legacy_digests (case_id TEXT PRIMARY KEY REFERENCES cases(id), "
        "v1 TEXT NOT NULL, v2 TEXT NOT NULL)"
    )
    cases = [str(r[0]) for r in conn.execute("SELECT DISTINCT case_id FROM attestations")]
    conn.executemany(
        "INSERT INTO legacy_digests (case_id, v1, v2) SELECT ?, ?, ? "
        "WHERE EXISTS (SELECT 1 FROM cases WHERE id = ?)",
        [
            (case_id, legacy_vetting_digest(conn, case_id), vetting_digest(conn, case_id), case_id)
            for case_id in cases
        ],
    )


def equivalent_digests(conn: Connection, case_id: str, digest: str) -> set[str]:
    """``digest`` and, for a case signed before schema 12, the checks-only digest that
    stood for it then: a signature over either is over the vetting as it is now."""
    row = conn.execute(
        "SELECT v1 FROM legacy_digests WHERE case_id = ? AND v2 = ?", (case_id, digest)
    ).fetchone()
    return {digest} if row is None else {digest, str(row[0])}
