"""Attachments: files kept inside the encrypted database, in chunks, never on disk.

A file is read into memory, cleaned of hidden details (:mod:`app.metadata`), hashed, and
written as rows of at most :data:`CHUNK_SIZE` bytes. Reading checks the SHA-256 again, so a
damaged attachment is reported instead of handed out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, BinaryIO

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotFoundError, VaultDamagedError
from app.metadata import strip_metadata
from app.store.records import insert_record
from app.types import Connection, Progress

CHUNK_SIZE = 256 * 1024
MAX_ATTACHMENT = 512 * 1024 * 1024
_MAX_NAME = 200


@dataclass(frozen=True)
class AttachmentInfo:
    """What the vault knows about an attachment (not its bytes)."""

    id: str
    case_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    original_size: int
    removed: list[str]
    created_at: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "case_id": self.case_id, "filename": self.filename,
            "media_type": self.media_type, "size": self.size, "sha256": self.sha256,
            "original_size": self.original_size, "removed": list(self.removed),
            "created_at": self.created_at,
        }  # fmt: skip


def clean_filename(name: str) -> str:
    """Only the last part of a path, without control characters; never empty."""
    base = PureWindowsPath(PurePosixPath(name).name).name
    cleaned = "".join(ch for ch in base if ch.isprintable()).strip().lstrip(".")
    if not cleaned:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "The attachment needs a file name."))
    return cleaned[:_MAX_NAME]


def read_input(data: bytes | BinaryIO, progress: Progress | None) -> bytes:
    """All bytes of ``data`` (bounded), reporting progress while a stream is read."""
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if len(raw) > MAX_ATTACHMENT:
            raise _too_large()
        return raw
    buffer = bytearray()
    while chunk := data.read(CHUNK_SIZE):
        buffer += chunk
        if len(buffer) > MAX_ATTACHMENT:
            raise _too_large()
        if progress:
            progress(len(buffer), 0)
    return bytes(buffer)


def _too_large() -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP("Core", "This file is too large to attach (the limit is {limit} MB)."),
        limit=MAX_ATTACHMENT // (1024 * 1024),
    )


def store_attachment(
    conn: Connection,
    origin: str,
    case_id: str,
    filename: str,
    raw: bytes,
    progress: Progress | None,
) -> AttachmentInfo:
    """Clean, hash and write one attachment; the caller holds the transaction."""
    name = clean_filename(filename)
    cleaned = strip_metadata(raw)
    data = cleaned.data
    digest = hashlib.sha256(data).hexdigest()
    chunks = max(1, -(-len(data) // CHUNK_SIZE))
    values = {
        "case_id": case_id, "filename": name, "media_type": cleaned.media_type,
        "size": len(data), "sha256": digest, "original_size": len(raw),
        "removed": json.dumps(cleaned.removed, ensure_ascii=False), "chunk_count": chunks,
    }  # fmt: skip
    attachment_id = insert_record(conn, "attachments", origin, values)
    for seq in range(chunks):
        _insert_chunk(conn, attachment_id, seq, data[seq * CHUNK_SIZE : (seq + 1) * CHUNK_SIZE])
        if progress:
            progress(min((seq + 1) * CHUNK_SIZE, len(data)), len(data))
    return attachment_info(conn, attachment_id)


def store_chunks(conn: Connection, attachment_id: str, pieces: Iterator[bytes]) -> None:
    """Write bytes that arrive in pieces of any size (a bundle) in the vault's chunk size.

    The attachment row exists already; its ``chunk_count`` is set once all bytes are in.
    """
    buffer = bytearray()
    seq = 0
    for piece in pieces:
        buffer += piece
        while len(buffer) >= CHUNK_SIZE:
            _insert_chunk(conn, attachment_id, seq, bytes(buffer[:CHUNK_SIZE]))
            del buffer[:CHUNK_SIZE]
            seq += 1
    if buffer or seq == 0:
        _insert_chunk(conn, attachment_id, seq, bytes(buffer))
        seq += 1
    conn.execute("UPDATE attachments SET chunk_count = ? WHERE id = ?", (seq, attachment_id))


def _insert_chunk(conn: Connection, attachment_id: str, seq: int, data: bytes) -> None:
    conn.execute(
        "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
        (attachment_id, seq, data),
    )


_INFO_COLUMNS = (
    "id, case_id, filename, media_type, size, sha256, original_size, removed, created_at"
)


def attachment_info(conn: Connection, attachment_id: str) -> AttachmentInfo:
    row = conn.execute(
        f"SELECT {_INFO_COLUMNS} FROM attachments WHERE id = ?",  # noqa: S608
        (attachment_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Core", "No attachment matches '{attachment_id}'."),
            attachment_id=attachment_id[:40],
        )
    return _info(row)


def _info(row: tuple[Any, ...]) -> AttachmentInfo:
    aid, case_id, filename, media_type, size, sha, original, removed, created = row
    return AttachmentInfo(
        aid, case_id, filename, media_type, size, sha, original, json.loads(removed), created
    )


def case_attachments(conn: Connection, case_id: str) -> list[AttachmentInfo]:
    rows = conn.execute(
        f"SELECT {_INFO_COLUMNS} FROM attachments WHERE case_id = ? "  # noqa: S608
        "ORDER BY created_at, id",
        (case_id,),
    ).fetchall()
    return [_info(row) for row in rows]


def iter_attachment(conn: Connection, attachment_id: str) -> Iterator[bytes]:
    """The attachment's bytes chunk by chunk; raises at the end if they do not match the hash.

    A caller that must not use unverified bytes should use :func:`read_attachment`.
    """
    info = attachment_info(conn, attachment_id)
    expected = conn.execute(
        "SELECT chunk_count FROM attachments WHERE id = ?", (attachment_id,)
    ).fetchone()[0]
    digest = hashlib.sha256()
    seen = 0
    cursor = conn.execute(
        "SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
        (attachment_id,),
    )
    for seq, piece in cursor:
        if seq != seen:
            raise _damaged(info)
        seen += 1
        digest.update(piece)
        yield bytes(piece)
    if seen != expected or digest.hexdigest() != info.sha256:
        raise _damaged(info)


def read_attachment(conn: Connection, attachment_id: str) -> bytes:
    """The whole attachment, verified against its SHA-256 before it is returned."""
    return b"".join(iter_attachment(conn, attachment_id))


def stored_pieces(conn: Connection, attachment_id: str) -> Iterator[Any]:
    """The attachment's chunks as stored, in order and unchecked: for a caller that checks
    them against a hash of its own (a bundle entry's)."""
    cursor = conn.execute(
        "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq", (attachment_id,)
    )
    for (piece,) in cursor:
        yield piece


def _damaged(info: AttachmentInfo) -> VaultDamagedError:
    del info  # the file name is case data: it stays out of error messages
    return VaultDamagedError(
        QT_TRANSLATE_NOOP("Core", "This attachment is damaged in the vault and cannot be read.")
    )
