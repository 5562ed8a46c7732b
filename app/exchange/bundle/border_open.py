"""Opening a border bundle with its border code: check everything, then (on restore) write it.

:func:`read_border_bundle` decrypts the file as a stream and checks, in order: that the code
is a border code and opens the file; the manifest (strict, profile ``border``, sealed to
exactly the code's recipient, signed by the sender key it names); then every entry's name,
size and SHA-256, the strict shape of every batch of rows, that each table's rows come in
increasing key order (so no row appears twice), that the vault's own signing key is the one
that signed the bundle, and that every attachment's bytes match an attachment row. It reads
to the end of the age stream, so a bundle cut short is refused. Nothing is written unless
the caller passes handlers; :func:`restore_rows` passes handlers that insert everything into
a brand-new vault's database in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3

from app import diskfull
from app.errors import QT_TRANSLATE_NOOP
from app.exchange.bundle import jsonstrict
from app.exchange.bundle.border_tables import CARRIED, FIRST_VERSION, decode_batch, shapes
from app.exchange.bundle.container import (
    Pieces,
    SealedBundle,
    next_entry,
    open_sealed,
    read_attachment_entry,
    read_entry,
    signed_bytes,
)
from app.exchange.bundle.errors import BadSignatureError, BundleError, malformed, tampered
from app.exchange.bundle.manifest import BORDER_PROFILE, MAX_BORDER_MANIFEST, Entry, Manifest
from app.store import transactions
from app.store.attachments import store_chunks
from app.store.chunk_layout import rebuild_chunks
from app.store.migrations import MIGRATIONS, migrate
from app.store.transactions import begin_immediate, commit
from app.store.whole_tables import Row, TableShape, insert_rows
from app.types import Connection, Progress
from crypto import age
from crypto.sign import public_key_text, verify_signature

RowsHandler = Callable[[TableShape, list[Row]], None]
AttachmentHandler = Callable[[str, Pieces], None]

_CODE_PREFIX = "AGE-SECRET-KEY-PQ-1"


class NotABorderCodeError(BundleError):
    """The text given as the border code is not one."""


class WrongBorderCodeError(BundleError):
    """A well-formed border code that does not open this bundle."""


class NotABorderBundleError(BundleError):
    """The file is a Satchel bundle, but not a border bundle."""


@dataclass
class BorderContents:
    """What a checked border bundle holds (counts, not contents)."""

    bundle_id: str
    created_at: str
    manifest_sha256: str
    schema_version: int = 0
    vault_name: str = ""
    rows: dict[str, int] = field(default_factory=dict)
    attachments: int = 0

    @property
    def cases(self) -> int:
        return self.rows.get("cases", 0)


def normalise_code(code: str) -> str:
    """The border code without spaces or line breaks, in capitals; refused if it is none."""
    text = "".join(str(code).split()).upper()
    if not text.startswith(_CODE_PREFIX):
        raise _not_a_code()
    try:
        age.recipient_from_identity(text)
    except (age.AgeError, ValueError):
        raise _not_a_code() from None
    return text


def read_border_bundle(
    path: Path,
    code: str,
    *,
    expect_manifest: str | None = None,
    on_rows: RowsHandler | None = None,
    on_attachment: AttachmentHandler | None = None,
    progress: Progress | None = None,
) -> BorderContents:
    """Check the whole bundle (see the module docstring), handing rows and bytes over.

    ``expect_manifest`` is the manifest's SHA-256 from an earlier check: a file changed in
    between is refused before any handler runs.
    """
    with _open(Path(path), normalise_code(code)) as sealed:
        if expect_manifest is not None and sealed.digest != expect_manifest:
            raise tampered()
        return _Walk(sealed, on_rows, on_attachment, progress).run()


def restore_rows(
    conn: Connection,
    path: Path,
    code: str,
    checked: BorderContents,
    progress: Progress | None = None,
) -> BorderContents:
    """Write the bundle into a new, empty vault database, in one transaction.

    The schema is first brought to the bundle's version (so the rows fit it exactly); the
    caller then opens the store, which runs the later migrations on the restored data.
    """
    conn.isolation_level = None
    migrate(conn, MIGRATIONS[: checked.schema_version])
    rebuild_chunks(conn)  # still empty: the bytes then go straight into the current layout

    def insert(shape: TableShape, rows: list[Row]) -> None:
        if shape.name != "schema_version":  # written by the migrations themselves
            insert_rows(conn, shape, rows)

    def write_bytes(attachment_id: str, pieces: Pieces) -> None:
        store_chunks(conn, attachment_id, pieces)

    begin_immediate(conn)
    try:
        contents = read_border_bundle(
            path, code, expect_manifest=checked.manifest_sha256, on_rows=insert,
            on_attachment=write_bytes, progress=progress,
        )  # fmt: skip
        commit(conn)
    except sqlcipher3.IntegrityError:
        transactions.rollback(conn)
        raise malformed() from None
    except BaseException as error:
        transactions.rollback(conn)
        if transactions.is_full_for(conn, error):
            raise diskfull.disk_full_error() from None
        raise
    return contents


# ---------------------------------------------------------------------- opening


@contextmanager
def _open(path: Path, code: str) -> Iterator[SealedBundle]:
    """Format 2, and format 1 (every earlier border bundle must keep restoring).

    The signer is the vault's own key, which the bundle itself carries (the identity table):
    the signature is checked against the key the bundle names, and :meth:`_Walk._check_identity`
    later requires that key to be the one in the carried identity. Only the holder of the
    border code can decrypt the bundle at all.
    """

    def authenticate(signer: str, data: bytes, signature: bytes) -> None:
        if not verify_signature(signer, signed_bytes(data), signature):
            raise _bad_signature()

    def legacy(parsed: Manifest, data: bytes, signature: bytes) -> None:
        if not verify_signature(parsed.sender.signing_key, data, signature):
            raise _bad_signature()

    with open_sealed(
        path, [code], _wrong_code, authenticate, limit=MAX_BORDER_MANIFEST, legacy=legacy
    ) as sealed:
        _check_manifest(sealed.manifest, code)
        yield sealed


def _wrong_code() -> WrongBorderCodeError:
    return WrongBorderCodeError(
        QT_TRANSLATE_NOOP(
            "Core", "This border code does not open this bundle; nothing was changed."
        )
    )


def _check_manifest(parsed: Manifest, code: str) -> None:
    if parsed.profile != BORDER_PROFILE:
        raise NotABorderBundleError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This is a bundle from a contact, not a border bundle: import it with "
                "'satchel import' into an unlocked vault; nothing was changed.",
            )
        )
    ours = age.recipient_from_identity(code)
    if [r.recipient for r in parsed.recipients] != [ours]:
        raise malformed()


def _bad_signature() -> BadSignatureError:
    return BadSignatureError(
        QT_TRANSLATE_NOOP(
            "Core", "This border bundle's signature does not match; nothing was changed."
        )
    )


# ---------------------------------------------------------------------- walking entries


class _Walk:
    """One pass over the entries in manifest order, checking each (see the module docstring)."""

    def __init__(
        self,
        sealed: SealedBundle,
        on_rows: RowsHandler | None,
        on_attachment: AttachmentHandler | None,
        progress: Progress | None,
    ) -> None:
        self.parsed, self.tar = sealed.manifest, sealed.tar
        self.on_rows, self.on_attachment, self.progress = on_rows, on_attachment, progress
        self.contents = BorderContents(self.parsed.bundle_id, self.parsed.created_at, sealed.digest)
        self.shapes: dict[str, TableShape] = {}
        self.table_index = -1
        self.last_key: tuple[Any, ...] | None = None
        self.pending: dict[str, tuple[int, str]] = {}  # attachment rows awaiting their bytes
        self.in_attachments = False

    def run(self) -> BorderContents:
        entries = self.parsed.entries
        for number, entry in enumerate(entries, start=1):
            next_entry(self.tar, entry)
            if entry.kind == "table":
                self._table(entry)
            else:
                self._attachment(entry)
            if self.progress:
                self.progress(number, len(entries))
        if self.pending or not self.contents.vault_name:
            raise malformed()
        self.tar.finish()
        return self.contents

    def _table(self, entry: Entry) -> None:
        if self.in_attachments:
            raise malformed()
        data = read_entry(self.tar, entry)
        shape = self._shape_of(entry.ref)
        rows = decode_batch(shape, jsonstrict.loads(data))
        self._check_order(shape, rows)
        self._note(shape, rows)
        self.contents.rows[shape.name] = self.contents.rows.get(shape.name, 0) + len(rows)
        if self.on_rows:
            self.on_rows(shape, rows)

    def _shape_of(self, table: str) -> TableShape:
        """Tables come in CARRIED order, the schema version first (it decides the shapes)."""
        if table not in CARRIED:
            raise malformed()
        index = CARRIED.index(table)
        if index < self.table_index or (index == 0) != (self.table_index == -1):
            raise malformed()
        if index != self.table_index:
            self.last_key = None
        self.table_index = index
        if table == "schema_version":
            return shapes(FIRST_VERSION)["schema_version"]
        shape = self.shapes.get(table)
        if shape is None:
            raise malformed()
        return shape

    def _check_order(self, shape: TableShape, rows: list[Row]) -> None:
        """Keys strictly increase within a table: no row can appear twice."""
        for row in rows:
            key = shape.key_of(row)
            if any(part is None for part in key):
                raise malformed()
            try:
                if self.last_key is not None and not key > self.last_key:
                    raise malformed()
            except TypeError:
                raise malformed() from None
            self.last_key = key

    def _note(self, shape: TableShape, rows: list[Row]) -> None:
        """What later entries are checked against: schema version, own key, attachments."""
        if shape.name == "schema_version":
            self._set_version(rows)
        elif shape.name == "identity":
            self._check_identity(shape, rows)
        elif shape.name == "attachments":
            id_at, size_at, sha_at = (shape.columns.index(c) for c in ("id", "size", "sha256"))
            for row in rows:
                self.pending[str(row[id_at])] = (row[size_at], row[sha_at])

    def _set_version(self, rows: list[Row]) -> None:
        if self.contents.schema_version or len(rows) != 1:
            raise malformed()
        version = rows[0][0]
        if not isinstance(version, int) or version < FIRST_VERSION:
            raise malformed()
        if version > len(MIGRATIONS):
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "This border bundle was made by a newer Satchel; update Satchel to restore it.",
                )
            )
        self.contents.schema_version = version
        self.shapes = shapes(version)

    def _check_identity(self, shape: TableShape, rows: list[Row]) -> None:
        """The vault's own key must be the one that signed the manifest."""
        if self.contents.vault_name or len(rows) != 1:
            raise malformed()
        row = dict(zip(shape.columns, rows[0], strict=True))
        try:
            signer = public_key_text(row["signing_private"])
        except (ValueError, TypeError):
            raise malformed() from None
        if signer != self.parsed.sender.signing_key or not isinstance(row["name"], str):
            raise malformed()
        self.contents.vault_name = row["name"]

    def _attachment(self, entry: Entry) -> None:
        self.in_attachments = True
        expected = self.pending.pop(entry.ref, None)
        if expected != (entry.size, entry.sha256):
            raise malformed()
        handler = self.on_attachment
        read_attachment_entry(
            self.tar, entry, None if handler is None else partial(handler, entry.ref)
        )
        self.contents.attachments += 1


def _not_a_code() -> NotABorderCodeError:
    return NotABorderCodeError(
        QT_TRANSLATE_NOOP(
            "Core",
            "This is not a border code; check it against the copy you were given. "
            "Nothing was changed.",
        )
    )
