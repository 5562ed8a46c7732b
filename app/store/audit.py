"""The audit log: every change, chained by SHA-256 so tampering shows.

Entry ``n`` stores ``hash_n = SHA-256(hash_{n-1} || canonical(entry_n))`` where the first
``hash_0`` is 32 zero bytes and ``canonical`` is compact, key-sorted JSON of the entry's seq,
time, action, record id and detail. The number of entries and the latest hash are also kept
in the ``meta`` table, written in the same transaction as the entry, so a log cut short at
the end no longer matches them.

Details stay small and hold no case contents (field names, not values): the log says *what*
changed and *when*, the records say *to what*.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Sentence, sentence
from app.types import Connection

_GENESIS = bytes(32)
_MAX_DETAIL_BYTES = 4096
_HEAD_KEY = "audit_head"
_COUNT_KEY = "audit_count"


@dataclass(frozen=True)
class AuditReport:
    """The result of checking the chain: ``ok`` is True only when ``findings`` is empty.

    Each finding is a translatable :class:`~app.errors.Sentence` (the desktop app shows it
    in the user's language); ``problems`` are the same sentences in English.
    """

    ok: bool
    entries: int
    findings: list[Sentence] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return [finding.message for finding in self.findings]


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    record_id: str | None
    detail: dict[str, Any]


def canonical_detail(detail: Mapping[str, Any] | None) -> str:
    try:
        text = json.dumps(dict(detail or {}), sort_keys=True, separators=(",", ":"))
    except (TypeError, ValueError):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "An audit entry's details must be plain text and numbers.")
        ) from None
    if len(text.encode()) > _MAX_DETAIL_BYTES:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "An audit entry's details are too long."))
    return text


def entry_hash(
    prev_hash: bytes, seq: int, at: str, action: str, record_id: str | None, detail: str
) -> bytes:
    entry = {"seq": seq, "at": at, "action": action, "record_id": record_id, "detail": detail}
    canonical = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(prev_hash + canonical.encode()).digest()


def _meta(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def append(
    conn: Connection,
    action: str,
    record_id: str | None,
    detail: Mapping[str, Any] | None,
    at: str,
) -> int:
    """Add one entry to the chain; the caller holds the transaction. Returns its seq."""
    if not action or len(action) > 64 or not action.replace(".", "").replace("_", "").isalnum():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "An audit action must be a short word such as 'case.add'.")
        )
    text = canonical_detail(detail)
    head = _meta(conn, _HEAD_KEY)
    count = int(_meta(conn, _COUNT_KEY) or 0)
    prev = bytes.fromhex(head) if head else _GENESIS
    seq = count + 1
    digest = entry_hash(prev, seq, at, action, record_id, text)
    conn.execute(
        "INSERT INTO audit (seq, at, action, record_id, detail, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, at, action, record_id, text, digest.hex()),
    )
    _set_meta(conn, _HEAD_KEY, digest.hex())
    _set_meta(conn, _COUNT_KEY, str(seq))
    return seq


def verify(conn: Connection) -> AuditReport:
    """Walk the whole chain and report every break: altered, missing or cut-off entries."""
    problems: list[Sentence] = []
    prev = _GENESIS
    expected_seq = 1
    entries = 0
    rows = conn.execute("SELECT seq, at, action, record_id, detail, hash FROM audit ORDER BY seq")
    for seq, at, action, record_id, detail, stored in rows:
        entries += 1
        if seq == expected_seq + 1:
            problems.append(
                sentence(
                    QT_TRANSLATE_NOOP("Core", "Audit entry {seq} is missing."), seq=expected_seq
                )
            )
        elif seq != expected_seq:
            problems.append(
                sentence(
                    QT_TRANSLATE_NOOP("Core", "Audit entries {first} to {last} are missing."),
                    first=expected_seq,
                    last=seq - 1,
                )
            )
        digest = entry_hash(prev, seq, at, action, record_id, detail)
        if digest.hex() != stored:
            problems.append(
                sentence(
                    QT_TRANSLATE_NOOP(
                        "Core", "Audit entry {seq} was altered or does not follow the one before."
                    ),
                    seq=seq,
                )
            )
        prev = bytes.fromhex(stored) if _is_hex(stored) else digest
        expected_seq = seq + 1
    problems.extend(_check_tail(conn, entries, expected_seq - 1, prev))
    return AuditReport(ok=not problems, entries=entries, findings=problems)


def _check_tail(conn: Connection, entries: int, last_seq: int, last_hash: bytes) -> list[Sentence]:
    count = int(_meta(conn, _COUNT_KEY) or 0)
    head = _meta(conn, _HEAD_KEY)
    problems = []
    if last_seq != count or entries != count:
        problems.append(
            sentence(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The audit log should have {count} entries but {found} were found; "
                    "entries were removed.",
                ),
                count=count,
                found=entries,
            )
        )
    elif count and head != last_hash.hex():
        problems.append(
            sentence(
                QT_TRANSLATE_NOOP(
                    "Core", "The last audit entry does not match the recorded head of the log."
                )
            )
        )
    return problems


def _is_hex(text: object) -> bool:
    if not isinstance(text, str) or len(text) != 64:
        return False
    try:
        bytes.fromhex(text)
    except ValueError:
        return False
    return True


def entries(
    conn: Connection, *, record_id: str | None = None, limit: int = 100
) -> list[AuditEntry]:
    """The latest audit entries, newest first (optionally only those about one record)."""
    where, args = ("WHERE record_id = ?", (record_id,)) if record_id else ("", ())
    rows = conn.execute(
        f"SELECT seq, at, action, record_id, detail FROM audit {where} "  # noqa: S608
        "ORDER BY seq DESC LIMIT ?",
        (*args, limit),
    ).fetchall()
    return [AuditEntry(s, a, act, r, json.loads(d)) for s, a, act, r, d in rows]
