"""What the vault remembers about bundles (tables of migration v3), and the writes of a merge.

- ``bundle_log``: every bundle sent or received, for the "Bundles" page.
- ``received_bundles``: every bundle received, keyed on (sender key, bundle id) with its
  manifest's SHA-256: "already imported" only for the same sender, id and manifest; a
  different manifest under a known id is tampering; sequence numbers far below the highest
  seen are replays (the rules are :mod:`app.exchange.bundle.importer`'s).
- ``sync_state``: per record and peer (their signing key), the revision agreed at this
  vault's last import from them (``base``), the revision last sent to them (``sent``) and
  whether the record came from them (``source``); :mod:`app.exchange.bundle.merge` decides
  from these only.
- ``record_gaps``: fields a record arrived without (redacted by the sender), never sent
  back as empty values.

The bundle code decides; this module only reads and writes, in the batches the bundle code
asks for (one statement per ``_BATCH`` ids, one ``executemany`` per group of writes).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.store import Store
from app.store.records import RECORD_COLUMNS, RECORD_TABLES, utc_now
from app.types import Connection

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
        "FROM bundle_log ORDER BY logged_at DESC, seq DESC LIMIT ?",
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


def received_digest(conn: Connection, peer_key: str, bundle_id: str) -> str | None:
    """The manifest SHA-256 of the bundle ``bundle_id`` received from ``peer_key`` (``""``
    if it was received before digests were kept), None if never received."""
    row = conn.execute(
        "SELECT manifest_sha256 FROM received_bundles WHERE peer_key = ? AND bundle_id = ?",
        (peer_key, bundle_id),
    ).fetchone()
    return None if row is None else str(row[0])


def highest_received_sequence(conn: Connection, peer_key: str) -> int:
    row = conn.execute(
        "SELECT max(sequence) FROM received_bundles WHERE peer_key = ?", (peer_key,)
    ).fetchone()
    return int(row[0] or 0)


def sequence_seen(conn: Connection, peer_key: str, sequence: int) -> bool:
    row = conn.execute(
        "SELECT 1 FROM received_bundles WHERE peer_key = ? AND sequence = ?", (peer_key, sequence)
    ).fetchone()
    return row is not None


def record_received(
    conn: Connection, peer_key: str, bundle_id: str, digest: str, sequence: int
) -> None:
    conn.execute(
        "INSERT INTO received_bundles (peer_key, bundle_id, manifest_sha256, sequence, "
        "received_at) VALUES (?, ?, ?, ?, ?)",
        (peer_key, bundle_id, digest, sequence, utc_now()),
    )


@dataclass(frozen=True)
class PeerState:
    """What this vault recorded about one record and one peer."""

    base: int | None  # the revision both sides held after this vault's last import from them
    sent: int | None  # the revision this vault last sent them
    source: bool  # the record first arrived from them
    profile: str | None = None  # the redaction profile it was last sent under (schema 13)

    @property
    def known(self) -> set[int]:
        return {b for b in (self.base, self.sent) if b is not None}

    @property
    def may_change(self) -> bool:
        """Only the peer a record came from, or one this vault sent it to, may change it."""
        return self.source or self.sent is not None


def peer_state(conn: Connection, record_id: str, peer_key: str) -> PeerState:
    row = conn.execute(
        "SELECT base, sent, source, profile FROM sync_state WHERE record_id = ? AND peer_key = ?",
        (record_id, peer_key),
    ).fetchone()
    if row is None:
        return PeerState(None, None, False)
    return PeerState(row[0], row[1], bool(row[2]), row[3])


def peer_states(conn: Connection, record_ids: list[str], peer_key: str) -> dict[str, PeerState]:
    """:func:`peer_state` of many records at once (records never exchanged are left out)."""
    found: dict[str, PeerState] = {}
    for start in range(0, len(record_ids), _BATCH):
        batch = record_ids[start : start + _BATCH]
        marks = ", ".join("?" for _ in batch)
        rows = conn.execute(
            f"SELECT record_id, base, sent, source, profile FROM sync_state "  # noqa: S608
            f"WHERE peer_key = ? AND record_id IN ({marks})",
            (peer_key, *batch),
        ).fetchall()
        for record_id, base, sent, source, profile in rows:
            found[record_id] = PeerState(base, sent, bool(source), profile)
    return found


def set_base(
    conn: Connection, record_id: str, peer_key: str, base: int, *, source: bool = False
) -> None:
    set_bases(conn, peer_key, [(record_id, base, source)])


def set_bases(conn: Connection, peer_key: str, bases: Iterable[tuple[str, int, bool]]) -> None:
    """:func:`set_base` for many ``(record id, base, source)`` at once."""
    conn.executemany(
        "INSERT INTO sync_state (record_id, peer_key, base, source) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(record_id, peer_key) DO UPDATE SET base = excluded.base, "
        "source = max(source, excluded.source)",
        [(record_id, peer_key, base, int(source)) for record_id, base, source in bases],
    )


def set_sent(
    conn: Connection, revisions: Mapping[str, int], peer_keys: Iterable[str], profile: str
) -> None:
    """Record, at export, the revision of each record sent to each peer, and under which
    redaction profile (what the peer was shown is what it may change)."""
    for peer_key in peer_keys:
        conn.executemany(
            "INSERT INTO sync_state (record_id, peer_key, sent, profile) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(record_id, peer_key) DO UPDATE SET sent = excluded.sent, "
            "profile = excluded.profile",
            [(record_id, peer_key, revision, profile) for record_id, revision in revisions.items()],
        )


def bases_for(
    conn: Connection, record_ids: list[str], peer_keys: list[str]
) -> dict[str, dict[str, int]]:
    """``{record id: {peer key: base}}``: the latest revision this vault holds in common with
    each peer (received from it or sent to it), what a bundle claims as its base."""
    found: dict[str, dict[str, int]] = {}
    if not record_ids or not peer_keys:
        return found
    peers = ", ".join("?" for _ in peer_keys)
    for start in range(0, len(record_ids), _BATCH):
        batch = record_ids[start : start + _BATCH]
        marks = ", ".join("?" for _ in batch)
        rows = conn.execute(
            f"SELECT record_id, peer_key, max(coalesce(base, 0), coalesce(sent, 0)) "  # noqa: S608
            f"FROM sync_state WHERE record_id IN ({marks}) AND peer_key IN ({peers})",
            (*batch, *peer_keys),
        ).fetchall()
        for record_id, peer_key, base in rows:
            if base:
                found.setdefault(record_id, {})[peer_key] = int(base)
    return found


def gaps_of(conn: Connection, record_id: str) -> set[str]:
    row = conn.execute(
        "SELECT fields FROM record_gaps WHERE record_id = ?", (record_id,)
    ).fetchone()
    return set() if row is None else set(json.loads(row[0]))


def gaps_for(conn: Connection, record_ids: list[str]) -> dict[str, set[str]]:
    """:func:`gaps_of` of many records at once (records without gaps are left out)."""
    found: dict[str, set[str]] = {}
    for start in range(0, len(record_ids), _BATCH):
        batch = record_ids[start : start + _BATCH]
        marks = ", ".join("?" for _ in batch)
        rows = conn.execute(
            f"SELECT record_id, fields FROM record_gaps WHERE record_id IN ({marks})",  # noqa: S608
            tuple(batch),
        ).fetchall()
        for record_id, fields in rows:
            found[record_id] = set(json.loads(fields))
    return found


def add_gaps(conn: Connection, gaps: Iterable[tuple[str, Iterable[str]]]) -> None:
    """Record the gaps of new records, ``(record id, fields)``, at once (none may be empty)."""
    conn.executemany(
        "INSERT INTO record_gaps (record_id, fields) VALUES (?, ?) "
        "ON CONFLICT(record_id) DO UPDATE SET fields = excluded.fields",
        [(record_id, json.dumps(sorted(set(fields)))) for record_id, fields in gaps],
    )


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


# ---------------------------------------------------------------------- sync by difference


@dataclass(frozen=True)
class SentBundle:
    """The latest bundle this vault sealed for one contact."""

    bundle_id: str
    sequence: int
    profile: str
    created_at: str


def last_sent_to(conn: Connection, peer_key: str) -> SentBundle | None:
    """The latest bundle sealed for the vault with ``peer_key`` (alone or among others)."""
    row = conn.execute(
        "SELECT id, sequence, profile, created_at FROM bundle_log WHERE direction = 'sent' "
        "AND instr(' ' || peer_key || ' ', ' ' || ? || ' ') > 0 ORDER BY seq DESC LIMIT 1",
        (peer_key,),
    ).fetchone()
    return None if row is None else SentBundle(str(row[0]), int(row[1]), str(row[2]), str(row[3]))


_CASE_OF = {
    "cases": ("cases r", "r.id"),
    "persons": ("persons r JOIN cases c ON c.person_id = r.id", "c.id"),
    "partners": ("partners r JOIN referrals c ON c.partner_id = r.id", "c.case_id"),
}
"""How a table's records (``r``) lead to their case; the others have a ``case_id``."""


def _changed_in(table: str) -> str:
    """The cases of ``table``'s records newer than what was exchanged with ``:peer``."""
    source, case = _CASE_OF.get(table, (f"{table} r", "r.case_id"))
    return (
        f"SELECT {case} FROM {source} "  # noqa: S608 (the bundle format's own table names)
        "LEFT JOIN sync_state s ON s.record_id = r.id AND s.peer_key = :peer "
        "WHERE s.record_id IS NULL "
        "OR r.revision > max(coalesce(s.base, 0), coalesce(s.sent, 0))"
    )


def changed_case_ids(conn: Connection, peer_key: str, tables: Iterable[str]) -> list[str]:
    """Cases with a record in ``tables`` that the vault with ``peer_key`` has not seen at its
    current revision (never exchanged with it, or changed here since), oldest case first."""
    union = " UNION ".join(_changed_in(table) for table in tables)
    rows = conn.execute(
        f"SELECT id FROM cases WHERE id IN ({union}) ORDER BY created_at, id",  # noqa: S608
        {"peer": peer_key},
    ).fetchall()
    return [str(row[0]) for row in rows]


# ---------------------------------------------------------------------- senders


def pending_key_holder(conn: Connection, key: str) -> str | None:
    """The name of a contact who holds ``key`` as a pending (not accepted) signing key."""
    row = conn.execute(
        "SELECT name FROM contacts WHERE kind IS NOT NULL AND pending_signing_key = ? LIMIT 1",
        (key,),
    ).fetchone()
    return None if row is None else str(row[0])


# ---------------------------------------------------------------------- merge writes


def take_fields(
    conn: Connection,
    table: str,
    record_id: str,
    values: Mapping[str, object],
    revision: int,
    updated_at: str,
) -> None:
    """Write a record's incoming fields (``values``, as the columns hold them) with the
    revision and time the merge chose; its gaps keep only the fields still missing."""
    _check_names(table, values)
    assignments = "".join(f"{name} = ?, " for name in values)
    conn.execute(
        f"UPDATE {table} SET {assignments}revision = ?, updated_at = ? WHERE id = ?",  # noqa: S608
        (*values.values(), revision, updated_at, record_id),
    )
    set_gaps(conn, record_id, gaps_of(conn, record_id) - set(values))


def set_revision(
    conn: Connection, table: str, record_id: str, revision: int, *, touch: bool = False
) -> None:
    """A record's revision (and, with ``touch``, its update time: now)."""
    _check_names(table, ())
    stamp = ", updated_at = ?" if touch else ""
    args: tuple[object, ...] = (revision, utc_now(), record_id) if touch else (revision, record_id)
    conn.execute(f"UPDATE {table} SET revision = ?{stamp} WHERE id = ?", args)  # noqa: S608


def set_revisions(conn: Connection, table: str, revisions: Iterable[tuple[int, str]]) -> None:
    """:func:`set_revision` of many ``(revision, record id)`` of one table at once."""
    _check_names(table, ())
    conn.executemany(f"UPDATE {table} SET revision = ? WHERE id = ?", revisions)  # noqa: S608


def _check_names(table: str, columns: Iterable[str]) -> None:
    """Names go into the SQL text: only record tables and their writable columns."""
    if table not in RECORD_TABLES or any(
        not name.isidentifier() or name in RECORD_COLUMNS for name in columns
    ):
        raise ValueError(f"not a record table or writable column: {table}")
