"""What the vault remembers about bundles (tables of migration v3).

- ``bundle_log``: every bundle sent or received, for the "Bundles" page, for "already
  imported" and for refusing replays (a sender's sequence numbers only go up).
- ``sync_state``: per record and peer (their signing key), the revision both sides agreed
  on at the last exchange; :mod:`app.bundle.merge` compares against it.
- ``record_gaps``: fields a record arrived without (redacted by the sender), never sent
  back as empty values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.store import Store
from app.store.records import utc_now

Connection = Any  # a sqlcipher3 connection (the module ships no type information)
_BATCH = 400


@dataclass(frozen=True)
class BundleLogEntry:
    """One bundle sent or received, as the "Bundles" page lists it."""

    bundle_id: str
    direction: str  # "sent" or "received"
    peer: str
    sequence: int
    profile: str
    created_at: str
    logged_at: str
    counts: dict[str, int]


def bundle_log(store: Store, limit: int = 200) -> list[BundleLogEntry]:
    """The latest bundles sent and received, newest first."""
    rows = store.connection.execute(
        "SELECT id, direction, peer, sequence, profile, created_at, logged_at, counts "
        "FROM bundle_log ORDER BY logged_at DESC, id LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        BundleLogEntry(str(i), str(d), str(p), int(n), str(f), str(c), str(at), json.loads(k))
        for i, d, p, n, f, c, at, k in rows
    ]


def log_bundle(
    conn: Connection,
    *,
    bundle_id: str,
    direction: str,
    peer: str,
    peer_key: str,
    sequence: int,
    profile: str,
    created_at: str,
    counts: Mapping[str, int],
) -> None:
    conn.execute(
        "INSERT INTO bundle_log (id, direction, peer, peer_key, sequence, profile, created_at, "
        "logged_at, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (bundle_id, direction, peer, peer_key, sequence, profile, created_at, utc_now(),
         json.dumps(dict(counts), sort_keys=True)),
    )  # fmt: skip


def next_sequence(conn: Connection) -> int:
    row = conn.execute("SELECT max(sequence) FROM bundle_log WHERE direction = 'sent'").fetchone()
    return int(row[0] or 0) + 1


def already_received(conn: Connection, bundle_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM bundle_log WHERE id = ? AND direction = 'received'", (bundle_id,)
    ).fetchone()
    return row is not None


def last_received_sequence(conn: Connection, peer_key: str) -> int:
    row = conn.execute(
        "SELECT max(sequence) FROM bundle_log WHERE direction = 'received' AND peer_key = ?",
        (peer_key,),
    ).fetchone()
    return int(row[0] or 0)


def base_of(conn: Connection, record_id: str, peer_key: str) -> int | None:
    row = conn.execute(
        "SELECT base FROM sync_state WHERE record_id = ? AND peer_key = ?", (record_id, peer_key)
    ).fetchone()
    return None if row is None else int(row[0])


def set_base(conn: Connection, record_id: str, peer_key: str, base: int) -> None:
    conn.execute(
        "INSERT INTO sync_state (record_id, peer_key, base) VALUES (?, ?, ?) "
        "ON CONFLICT(record_id, peer_key) DO UPDATE SET base = excluded.base",
        (record_id, peer_key, base),
    )


def bases_for(
    conn: Connection, record_ids: list[str], peer_keys: list[str]
) -> dict[str, dict[str, int]]:
    """``{record id: {peer key: base}}`` for the records and peers that have one."""
    found: dict[str, dict[str, int]] = {}
    if not record_ids or not peer_keys:
        return found
    peers = ", ".join("?" for _ in peer_keys)
    for start in range(0, len(record_ids), _BATCH):
        batch = record_ids[start : start + _BATCH]
        marks = ", ".join("?" for _ in batch)
        rows = conn.execute(
            f"SELECT record_id, peer_key, base FROM sync_state "  # noqa: S608
            f"WHERE record_id IN ({marks}) AND peer_key IN ({peers})",
            (*batch, *peer_keys),
        ).fetchall()
        for record_id, peer_key, base in rows:
            found.setdefault(record_id, {})[peer_key] = int(base)
    return found


def gaps_of(conn: Connection, record_id: str) -> set[str]:
    row = conn.execute(
        "SELECT fields FROM record_gaps WHERE record_id = ?", (record_id,)
    ).fetchone()
    return set() if row is None else set(json.loads(row[0]))


def set_gaps(conn: Connection, record_id: str, fields: Iterable[str]) -> None:
    names = sorted(set(fields))
    if not names:
        conn.execute("DELETE FROM record_gaps WHERE record_id = ?", (record_id,))
        return
    conn.execute(
        "INSERT INTO record_gaps (record_id, fields) VALUES (?, ?) "
        "ON CONFLICT(record_id) DO UPDATE SET fields = excluded.fields",
        (record_id, json.dumps(names)),
    )
