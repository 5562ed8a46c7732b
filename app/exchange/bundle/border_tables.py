"""What a border bundle carries: the vault's tables, row by row, exactly as they are stored.

A border bundle is the whole vault, so it does not go through redaction profiles or the
merge rules: it carries every row of every table listed in :data:`CARRIED`, with every
column, so a restore gives back the same ids, revisions, times, audit chain and keys.

The columns of each table are not written down here: they are read from the schema that
the numbered migrations build at the bundle's schema version, in an in-memory database
(nothing touches the disk; the SQL is :mod:`app.store.whole_tables`). A bundle whose
columns differ from that schema is refused, and a table added by a future migration must be
named either in :data:`CARRIED` or in :data:`LEFT_OUT` (a test checks this), so nothing is
ever left behind by accident.

A batch of rows is one tar entry (``tables/NNNNNN.json``)::

    {"columns": ["id", "origin", ...], "rows": [["…", "…", ...], ...], "table": "cases"}

Values are JSON strings, integers or null; binary columns (:data:`BLOBS`) are lower-case hex.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.exchange.bundle.errors import BundleError, malformed
from app.store.migrations import MIGRATIONS
from app.store.whole_tables import Row, TableShape, shapes_at

CARRIED = (
    "schema_version", "partners", "persons", "cases", "services", "risks", "checks",
    "statements", "events", "notes", "attachments", "contacts", "referrals", "identity",
    "bundle_log", "sync_state", "record_gaps", "audit", "meta", "received_bundles",
    "stage_reports", "vetting_records", "person_links", "attestations", "vault_settings",
    "legacy_digests",
)  # fmt: skip
"""The tables a border bundle carries, in the order they are written and restored: every
row comes after the rows it refers to (persons before cases, partners before contacts)."""

LEFT_OUT = {
    "attachment_chunks": "carried as attachment entries (the bytes), chunked again on restore",
    "search_keys": "the search index: rebuilt from the cases on restore",
    "search_fts": "the search index: rebuilt from the cases on restore",
    "person_keys": "the returning-person index: rebuilt from the cases on restore",
    "case_list": "the case list's rows in its order: kept by triggers as the cases are restored",
    "case_count": "the number of cases: kept by triggers as the cases are restored",
}
"""Tables deliberately not carried, and why (``search_fts`` stands for its shadow tables)."""

BLOBS = frozenset({("identity", "signing_private")})
"""Binary columns, written as hex."""

FIRST_VERSION = 3
"""The oldest schema a border bundle can come from (border mode arrived with version 3)."""

BATCH_BYTES = 1024 * 1024
BATCH_ROWS = 10_000
_INT64 = 2**63
_HEX = re.compile(r"(?:[0-9a-f]{2}){1,512}")


@cache
def shapes(version: int) -> dict[str, TableShape]:
    """The carried tables as the migrations shape them at schema ``version``, in order."""
    if not FIRST_VERSION <= version <= len(MIGRATIONS):
        raise ValueError("no such schema version")
    return shapes_at(version, CARRIED)


# ---------------------------------------------------------------------- rows as JSON


def encode_row(shape: TableShape, row: Sequence[Any]) -> list[Any]:
    """A database row as JSON values (binary columns as hex)."""
    out: list[Any] = []
    for name, value in zip(shape.columns, row, strict=True):
        if isinstance(value, bytes):
            if (shape.name, name) not in BLOBS:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The vault holds data Satchel does not recognise; nothing was sealed.",
                    )
                )
            value = value.hex()
        out.append(value)
    return out


def decode_batch(shape: TableShape, value: Any) -> list[Row]:
    """Check one table entry strictly and return its rows as database values."""
    if not isinstance(value, dict) or set(value) != {"table", "columns", "rows"}:
        raise malformed()
    if value["table"] != shape.name or value["columns"] != list(shape.columns):
        raise malformed()
    rows = value["rows"]
    if not isinstance(rows, list) or not 0 < len(rows) <= BATCH_ROWS:
        raise malformed()
    return [_decode_row(shape, row) for row in rows]


def _decode_row(shape: TableShape, row: Any) -> Row:
    if not isinstance(row, list) or len(row) != len(shape.columns):
        raise malformed()
    return tuple(_decode_value(shape.name, n, v) for n, v in zip(shape.columns, row, strict=True))


def _decode_value(table: str, column: str, value: Any) -> Any:
    if (table, column) in BLOBS:
        if not isinstance(value, str) or not _HEX.fullmatch(value):
            raise malformed()
        return bytes.fromhex(value)
    if value is None:
        return value
    if isinstance(value, str):
        _check_encodable(value)
        return value
    if isinstance(value, int) and not isinstance(value, bool) and -_INT64 <= value < _INT64:
        return value
    raise malformed()


def _check_encodable(text: str) -> None:
    """JSON can spell lone surrogates, which the database cannot store: refuse them now."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise malformed() from None
