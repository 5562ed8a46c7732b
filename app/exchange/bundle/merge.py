"""How one incoming record meets the local one: new, changed, unchanged, stale or conflict.

Both vaults number a record's revisions the same way (a copy keeps the revision it was
received with, and each edit adds one). For every record and peer this vault records what
it knows itself (``sync_state``): the revision it took at its last import from that peer
(``base``), the revision it last sent them (``sent``), and whether the record came from
them. The bundle's own claim (``bases``: the latest revision the sender exchanged with us)
never makes anything true; it only decides, when our latest exchange was a revision we
*sent*, whether the sender had seen it. With ``m`` ours, ``t`` theirs, ``e`` the latest
revision exchanged with that peer:

- no local record: **new** (inside an existing case only from a peer allowed to change it);
- same content: **unchanged**;
- a sender that is neither the peer the record came from nor one this vault sent it to
  may not change it: the whole bundle is refused;
- ``t <= base <= m``: **stale**, an older bundle (perhaps arriving late) never overwrites
  newer data;
- ``m = e < t``, and ``e`` is what we took from them or they say they had ``e`` (the
  revision we sent): **changed**, theirs is taken;
- otherwise (we changed it since, or they may have edited an older copy): **conflict**,
  resolved by the user with ``mine``, ``theirs`` or ``both`` (keep mine and add theirs to
  the case as a conflict note). Never a silent overwrite.

Taking theirs copies only the fields the bundle carries: fields the sender's profile left
out keep their local values. A case's stage is never among them: an incoming stage is a
report (see :mod:`app.exchange.bundle.reports`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.exchange.bundle.errors import malformed
from app.exchange.bundle.profiles import FIELDS, REFERENCES, TABLES
from app.exchange.bundle.records import REQUIRED, Row
from app.store.records import RECORD_COLUMNS, insert_copies, read_record, utc_now
from app.store.sync import (
    PeerState,
    add_gaps,
    peer_state,
    set_base,
    set_bases,
    set_revision,
    set_revisions,
    take_fields,
)
from app.types import Connection

NEW, CHANGED, UNCHANGED, STALE, CONFLICT = "new", "changed", "unchanged", "stale", "conflict"
ACTIONS = (NEW, CHANGED, UNCHANGED, STALE, CONFLICT)
RESOLUTIONS = ("mine", "theirs", "both")
_FIXED = {  # an attachment's bytes never change, nor which check a check record is
    "attachments": ("size", "sha256"),
    "checks": ("check_name",),
}
MAX_REVISION_STEP = 1_000_000
"""How far a received revision may be ahead of the latest this vault knows of the record
(one per edit: no record is edited a million times between two bundles). Without a bound
a peer could take a record to the end of the range a bundle may carry, and this vault's
next edit of it would be refused by every partner."""


@dataclass(frozen=True)
class Decision:
    action: str
    table: str
    record_id: str
    fields: tuple[str, ...]  # the fields that differ (changed or conflicting)
    local: Row | None
    aligns: bool = False  # unchanged, from a peer allowed to change it: revisions aligned

    @property
    def key(self) -> tuple[str, str, tuple[str, ...]]:
        """What the preview showed for this record; the apply step must find the same."""
        return (self.action, self.table, self.fields)


def decide(
    conn: Connection,
    table: str,
    incoming: Row,
    peer_key: str,
    claimed: int | None,
    may_change_case: bool,
) -> Decision:
    """Classify ``incoming`` against the local record (see the module docstring).

    ``may_change_case``: the sender may change the case this record belongs to (it came
    from them, or this vault sent it to them); False also for a case that does not exist
    here yet. Raises :class:`NotYoursError` for a change the sender may not make.
    """
    record_id = incoming["id"]
    rows = read_record(conn, table, "id = ?", (record_id,))
    local = rows[0] if rows else None
    state = peer_state(conn, record_id, peer_key) if local is not None else _NEVER
    return classify(table, incoming, local, state, claimed, may_change_case)


_NEVER = PeerState(None, None, False)


def classify(
    table: str,
    incoming: Row,
    local: Row | None,
    state: PeerState | None,
    claimed: int | None,
    may_change_case: bool,
) -> Decision:
    """:func:`decide` with the local record and this vault's sync state for it (None: never
    exchanged with that peer) already read, so that a whole case is looked up at once."""
    record_id = incoming["id"]
    if local is None:
        missing = REQUIRED[table] - set(incoming)
        if missing or incoming["revision"] > MAX_REVISION_STEP:
            raise malformed()
        return Decision(NEW, table, record_id, (), None)
    _check_same_references(table, local, incoming)
    known = max([int(local["revision"]), *(state.known if state else ())])
    if incoming["revision"] > known + MAX_REVISION_STEP:
        raise malformed()
    differs = tuple(differing_fields(table, incoming, local, _fields(incoming)))
    state = state or _NEVER
    allowed = state.may_change or (may_change_case and table != "partners")
    if not differs:
        return Decision(UNCHANGED, table, record_id, (), local, aligns=allowed)
    if not allowed:
        raise NotYoursError(table, record_id)
    mine, theirs = int(local["revision"]), int(incoming["revision"])
    base, sent = state.base, state.sent
    if base is not None and theirs <= base and mine >= base:
        return Decision(STALE, table, record_id, differs, local)  # an older bundle, late
    exchanged = max(b for b in (base, sent, 0) if b is not None)
    if mine != exchanged or theirs <= exchanged:
        return Decision(CONFLICT, table, record_id, differs, local)
    if exchanged == base or claimed == sent:
        return Decision(CHANGED, table, record_id, differs, local)
    return Decision(CONFLICT, table, record_id, differs, local)


class NotYoursError(Exception):
    """A record the sender may not change (the importer words it with the sender's name)."""

    def __init__(self, table: str, record_id: str) -> None:
        super().__init__(table)
        self.table = table
        self.record_id = record_id


def differing_fields(table: str, incoming: Row, local: Row, names: Iterable[str]) -> list[str]:
    """Which of ``names`` (fields of ``incoming``) differ from the record as stored."""
    return [f for f in names if _stored(table, f, incoming[f]) != local[f]]


def _fields(row: Row) -> list[str]:
    return [name for name in row if name not in RECORD_COLUMNS]


def _stored(table: str, field: str, value: Any) -> Any:
    """The value as the database column holds it."""
    if (table, field) == ("attachments", "removed"):
        return json.dumps(value, ensure_ascii=False)
    return value


def _check_same_references(table: str, local: Row, incoming: Row) -> None:
    """A record never moves to another case, person or partner, nor changes its bytes or
    (a check) which check it is."""
    for name in (*REFERENCES, *_FIXED.get(table, ())):
        if name in incoming and name in FIELDS[table] and incoming[name] != local[name]:
            raise malformed()


# ---------------------------------------------------------------------- applying


def apply(
    conn: Connection,
    decision: Decision,
    incoming: Row,
    peer_key: str,
    resolution: str | None,
) -> Row | None:
    """Write what ``decision`` says; returns the losing version for a ``both`` conflict note."""
    batch = Batch(conn, peer_key)
    theirs = batch.apply(decision, incoming, resolution)
    batch.flush()
    return theirs


class Batch:
    """The writes of many decisions, grouped: new records by table (one ``executemany`` each,
    tables in the order of :data:`TABLES`, which is the order the foreign keys need: a new
    case's person before the case, the case before its notes, even when an earlier entry of
    a bundle of changes brought only a note), revisions, sync state and gaps at once when
    :meth:`flush` runs. A change to a record we hold (taken or resolved, the rare case) is
    written at once."""

    def __init__(self, conn: Connection, peer_key: str) -> None:
        self.conn = conn
        self.peer_key = peer_key
        self.inserts: dict[str, list[tuple[Row, dict[str, object]]]] = {}
        self.revisions: dict[str, list[tuple[int, str]]] = {}
        self.bases: list[tuple[str, int, bool]] = []
        self.gaps: list[tuple[str, set[str]]] = []

    def apply(self, decision: Decision, incoming: Row, resolution: str | None) -> Row | None:
        """Queue (or write) what ``decision`` says; the losing version for a ``both`` note."""
        action, table, record_id = decision.action, decision.table, decision.record_id
        theirs = int(incoming["revision"])
        if action == NEW:
            self.inserts.setdefault(table, []).append((incoming, _new_values(table, incoming)))
            self.bases.append((record_id, theirs, True))
            gaps = set(FIELDS[table]) - set(incoming)
            if gaps:  # a new record has no gaps row to clear: records are never deleted
                self.gaps.append((record_id, gaps))
        elif action == UNCHANGED:
            mine = int(decision.local["revision"])  # type: ignore[index]
            if decision.aligns:
                aligned = max(theirs, mine)
                self.revisions.setdefault(table, []).append((aligned, record_id))
                self.bases.append((record_id, aligned, False))
        elif action == CHANGED:
            _update(self.conn, table, incoming, theirs, incoming["updated_at"])
            self.bases.append((record_id, theirs, False))
        elif action == CONFLICT:
            return _resolve(self.conn, decision, incoming, self.peer_key, resolution)
        return None

    @property
    def pending(self) -> int:
        """How many records wait to be written."""
        return len(self.bases)

    def flush(self) -> None:
        conn = self.conn
        for table in sorted(self.inserts, key=TABLES.index):
            insert_copies(conn, table, self.inserts[table])
        for table, revisions in self.revisions.items():
            set_revisions(conn, table, revisions)
        set_bases(conn, self.peer_key, self.bases)
        add_gaps(conn, self.gaps)
        self.inserts, self.revisions, self.bases, self.gaps = {}, {}, [], []


def _new_values(table: str, incoming: Row) -> dict[str, object]:
    values = {name: _stored(table, name, incoming[name]) for name in _fields(incoming)}
    if table == "cases":
        values["touched_at"] = utc_now()
    if table == "attachments":
        values["chunk_count"] = 0  # set when its bytes are written
    if table == "checks":
        values["received"] = 1  # shown, but counts for nothing here (see own_check_results)
    return values


def _resolve(
    conn: Connection, decision: Decision, incoming: Row, peer_key: str, resolution: str | None
) -> Row | None:
    if resolution not in RESOLUTIONS:
        raise ValueError("a conflict needs a resolution")
    theirs = int(incoming["revision"])
    after = max(theirs, int(decision.local["revision"])) + 1  # type: ignore[index]
    if resolution == "theirs":
        _update(conn, decision.table, incoming, after, utc_now())
    else:
        set_revision(conn, decision.table, decision.record_id, after, touch=True)
    set_base(conn, decision.record_id, peer_key, theirs)
    return incoming if resolution == "both" else None


def _update(conn: Connection, table: str, incoming: Row, revision: int, updated_at: str) -> None:
    values = {name: _stored(table, name, incoming[name]) for name in _fields(incoming)}
    if table == "checks":
        values["received"] = 1  # their version now: shown, never this vault's own check
    take_fields(conn, table, incoming["id"], values, revision, updated_at)


def conflict_note(
    table: str, incoming: Mapping[str, Any], sender: str, fields: tuple[str, ...]
) -> str:
    """The text of the note that keeps their version when the user chose ``both``."""
    lines = [f"Conflicting version of this case's {table} record received from {sender}:"]
    for name in fields:
        value = incoming.get(name)
        lines.append(f"- {name}: {'' if value is None else value}")
    return "\n".join(lines)[:20_000]
