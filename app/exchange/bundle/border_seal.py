"""Writing a border bundle: every carried table and every attachment, sealed to a one-time key.

The same container as a case bundle (see :mod:`app.exchange.bundle.export`): a signed manifest, then
the entries, in a tar stream inside age. The entries are batches of table rows in the order
of :data:`app.exchange.bundle.border_tables.CARRIED` (the schema version first), then each
attachment's bytes. Two passes inside the caller's transaction: the first reads every
table in key order, cuts it into batches of about a megabyte and hashes them (the manifest
keeps only each batch's first key and row count); the second reads each batch again from its
first key, checks its hash and streams it out. Memory stays flat in the size of the vault.

The container (tar inside age, ``NAME.partial-PID-RANDOM`` renamed when complete) is
:mod:`app.exchange.bundle.container`, shared with case bundles.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.exchange.bundle import jsonstrict
from app.exchange.bundle.border_tables import BATCH_BYTES, BATCH_ROWS, encode_row, shapes
from app.exchange.bundle.container import (
    Pieces,
    refuse_existing,
    seal_to_file,
    sender_of,
    sha256_hex,
    stored_attachment,
    tar_stream,
)
from app.exchange.bundle.errors import BundleError
from app.exchange.bundle.manifest import BORDER_PROFILE, Entry, Manifest, Recipient
from app.exchange.identity import VaultIdentity
from app.store.migrations import schema_version
from app.store.records import new_id, utc_now
from app.store.whole_tables import (
    TableShape,
    attachment_list,
    count_rows,
    rows_from_key,
    rows_in_key_order,
)
from app.types import Connection, Progress


@dataclass(frozen=True)
class _Batch:
    """Where one table entry's rows start, and how many there are."""

    shape: TableShape
    first_key: tuple[Any, ...]
    count: int


def write_border_bundle(
    conn: Connection,
    identity: VaultIdentity,
    output: Path,
    recipient: str,
    progress: Progress | None = None,
) -> Manifest:
    """Seal the whole vault for ``recipient`` into ``output``; the caller holds a transaction.

    ``progress(done, total)`` counts rows and attachments, once per pass.
    """
    output = Path(output)
    refuse_existing(output)
    plan = _BorderPlan(conn, identity, recipient, progress)
    seal_to_file(output, [recipient], tar_stream(plan.manifest, identity, plan.content))
    return plan.manifest


class _BorderPlan:
    """The two passes of one border export (see the module docstring)."""

    def __init__(
        self, conn: Connection, identity: VaultIdentity, recipient: str, progress: Progress | None
    ) -> None:
        self.conn = conn
        self.identity = identity
        self.progress = progress
        self.shapes = shapes(schema_version(conn))
        self.total = 2 * (self._count_rows() + self._count("attachments"))
        self.done = 0
        self.batches: dict[str, _Batch] = {}  # by entry name
        self.manifest = self._manifest(recipient)

    def _count(self, table: str) -> int:
        return count_rows(self.conn, table)

    def _count_rows(self) -> int:
        return sum(self._count(table) for table in self.shapes)

    def _manifest(self, recipient: str) -> Manifest:
        entries: list[Entry] = []
        for shape in self.shapes.values():
            for batch, data in self._plan_table(shape):
                name = Entry.name_for("table", len(entries) + 1)
                entries.append(Entry(name, "table", shape.name, len(data), sha256_hex(data)))
                self.batches[name] = batch
        for attachment_id, size, sha in attachment_list(self.conn):
            name = Entry.name_for("attachment", len(entries) + 1)
            entries.append(Entry(name, "attachment", str(attachment_id), int(size), str(sha)))
            self._report(1)
        return Manifest(
            bundle_id=new_id(), created_at=utc_now(), sequence=1, profile=BORDER_PROFILE,
            sender=sender_of(self.identity), recipients=(Recipient(recipient, None),),
            entries=tuple(entries),
        )  # fmt: skip

    def _plan_table(self, shape: TableShape) -> Iterator[tuple[_Batch, bytes]]:
        """Cut the table into batches of about BATCH_BYTES, in key order."""
        rows: list[list[Any]] = []
        first: tuple[Any, ...] = ()
        size = 0
        for row in rows_in_key_order(self.conn, shape):
            if not rows:
                first = shape.key_of(tuple(row))
            encoded = encode_row(shape, row)
            rows.append(encoded)
            size += len(jsonstrict.dumps(encoded)) + 1
            if size >= BATCH_BYTES or len(rows) >= BATCH_ROWS:
                yield _Batch(shape, first, len(rows)), _batch_bytes(shape, rows)
                self._report(len(rows))
                rows, size = [], 0
        if rows:
            yield _Batch(shape, first, len(rows)), _batch_bytes(shape, rows)
            self._report(len(rows))

    def content(self, entry: Entry) -> Pieces:
        """Pass 2: an entry's bytes again, checked against the hash pass 1 wrote down."""
        if entry.kind == "table":
            yield self._batch_again(self.batches[entry.name], entry)
        else:
            yield from stored_attachment(self.conn, entry, _damaged_attachment)
            self._report(1)

    def _batch_again(self, batch: _Batch, entry: Entry) -> bytes:
        shape = batch.shape
        rows = rows_from_key(self.conn, shape, batch.first_key, batch.count)
        data = _batch_bytes(shape, [encode_row(shape, row) for row in rows])
        if sha256_hex(data) != entry.sha256:
            raise BundleError(
                QT_TRANSLATE_NOOP("Core", "The vault changed while it was being sealed; try again.")
            )
        self._report(batch.count)
        return data

    def _report(self, count: int) -> None:
        self.done += count
        if self.progress:
            self.progress(min(self.done, self.total), self.total)


def _batch_bytes(shape: TableShape, rows: list[list[Any]]) -> bytes:
    return jsonstrict.dumps({"table": shape.name, "columns": list(shape.columns), "rows": rows})


def _damaged_attachment() -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP("Core", "An attachment is damaged in the vault; nothing was sealed.")
    )
