"""A case's records as one bundle entry: deterministic JSON bytes, through a profile.

One entry holds one case: its person, case, service, risk, checks, statements, events,
notes, attachment descriptions, referrals and the partners those referrals name::

    {"case_id": "...", "records": {"persons": [{...}], "cases": [{...}], ...},
     "bases": {"<record id>": {"<recipient signing key>": 3}}}

Every record carries ``id``, ``origin``, ``revision``, ``created_at`` and ``updated_at``
plus the fields its profile sends. ``bases`` tells each recipient which revision of the
record the sender last agreed on with it (see :mod:`app.exchange.bundle.merge`). Serialisation is
deterministic, so the exporter can hash an entry in one pass and write it in the next. The
strict check of an entry that comes in is :mod:`app.exchange.bundle.records`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.exchange.bundle import jsonstrict
from app.exchange.bundle.profiles import TABLES, Profile
from app.exchange.bundle.records import Row
from app.store.attestations import attestations_of
from app.store.case_rows import rows_of_cases
from app.store.records import RECORD_COLUMNS
from app.store.sync import bases_for, gaps_for
from app.types import Connection


def case_entry(
    conn: Connection,
    case_id: str,
    profile: Profile,
    peer_keys: Iterable[str],
    vetting: Mapping[str, Any] | None = None,
    *,
    changes_for: str | None = None,
) -> bytes:
    """One case's records as deterministic JSON bytes, through ``profile``; ``vetting`` is
    this vault's signed vetting record of its own case (``{"record": ..., "signature": ...}``).

    ``changes_for`` (a peer's signing key): only the records that peer has not seen at their
    current revision, plus the case record itself (see :func:`only_changes`)."""
    (entry,) = case_entries(
        conn, [case_id], profile, peer_keys, lambda _case_id: vetting, changes_for=changes_for
    )
    return entry.data


def only_changes(
    records: Mapping[str, list[Row]], bases: Mapping[str, Mapping[str, int]], peer_key: str
) -> dict[str, list[Row]]:
    """The records newer than the revision last exchanged with ``peer_key``. The case record
    always stays (every entry names its case), and so does each partner a kept referral
    names (an entry never points outside itself)."""

    def newer(row: Row) -> bool:
        return int(row["revision"]) > bases.get(row["id"], {}).get(peer_key, 0)

    kept = {
        table: [row for row in rows if table == "cases" or newer(row)]
        for table, rows in records.items()
        if table != "partners"
    }
    named = {row.get("partner_id") for row in kept.get("referrals", [])}
    kept["partners"] = [
        row for row in records.get("partners", []) if newer(row) or row["id"] in named
    ]
    return {table: rows for table, rows in kept.items() if rows}


@dataclass(frozen=True)
class CaseEntry:
    """A case entry's bytes, the revision of every record in it and its attachments
    (``(id, size, sha256)``, in entry order)."""

    case_id: str
    data: bytes
    revisions: dict[str, int]
    attachments: tuple[tuple[str, int, str], ...] = ()


CASES_PER_READ = 100
"""Cases whose rows :func:`case_entries` reads with one SELECT per table."""


def case_entries(
    conn: Connection,
    case_ids: Sequence[str],
    profile: Profile,
    peer_keys: Iterable[str],
    vetting_of: Callable[[str], Mapping[str, Any] | None],
    *,
    changes_for: str | None = None,
) -> Iterator[CaseEntry]:
    """:func:`case_entry` for many cases, in their order, with the same bytes: the rows of up
    to :data:`CASES_PER_READ` cases are read with one SELECT per table, their gaps and bases
    with one more each."""
    keys = list(peer_keys)
    for start in range(0, len(case_ids), CASES_PER_READ):
        group = list(case_ids[start : start + CASES_PER_READ])
        rows = {
            table: rows_of_cases(conn, table, group)
            for table in TABLES
            if profile.columns(table) is not None
        }
        ids = [
            row["id"] for by_case in rows.values() for found in by_case.values() for row in found
        ]
        gaps = gaps_for(conn, ids)
        bases = bases_for(conn, ids, keys)
        for case_id in group:
            records: dict[str, list[Row]] = {}
            for table, by_case in rows.items():
                columns = profile.columns(table)
                found = by_case.get(case_id)
                if found and columns is not None:
                    records[table] = [_export_row(table, row, columns, gaps) for row in found]
            if changes_for is not None:
                records = only_changes(records, bases, changes_for)
            revisions = {row["id"]: int(row["revision"]) for rs in records.values() for row in rs}
            entry: dict[str, Any] = {
                "case_id": case_id,
                "records": records,
                "bases": {i: bases[i] for i in revisions if i in bases},
            }
            vetting = vetting_of(case_id)
            if vetting is not None:
                entry["vetting"] = dict(vetting)
            signed = attestations_of(conn, case_id)
            if signed:
                entry["attestations"] = [a.to_json() for a in signed]
            attached = tuple(
                (row["id"], int(row["size"]), str(row["sha256"]))
                for row in records.get("attachments", [])
            )
            yield CaseEntry(case_id, jsonstrict.dumps(entry), revisions, attached)


def _export_row(
    table: str, row: Row, columns: tuple[str, ...], gaps: Mapping[str, set[str]]
) -> Row:
    """The record's sync columns and sent fields; fields it arrived without stay out."""
    missing = gaps.get(row["id"], set())
    out = {name: row[name] for name in RECORD_COLUMNS}
    for name in columns:
        if name in missing and row[name] is None:
            continue
        out[name] = (
            json.loads(row[name]) if (table, name) == ("attachments", "removed") else row[name]
        )
    return out
