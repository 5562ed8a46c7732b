"""Attachments: files kept inside the vault, in chunks, with their hidden details removed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from app.store import attachments, audit
from app.store.attachments import AttachmentInfo
from app.store.base import StoreBase
from app.store.records import utc_now
from app.types import Progress


class AttachmentsMixin(StoreBase):
    """Adding and reading a case's attachments."""

    def add_attachment(
        self,
        case_id: str,
        filename: str,
        data: bytes | BinaryIO,
        *,
        progress: Progress | None = None,
    ) -> AttachmentInfo:
        """Attach a file, with hidden details removed; ``removed`` says what went, as codes
        (:mod:`app.metadata_codes`)."""
        case_id = self.resolve_case_id(case_id)
        raw = attachments.read_input(data, progress)
        with self.transaction():
            info = attachments.store_attachment(
                self._conn, self.origin, case_id, filename, raw, progress
            )
            self._touch(case_id)
            detail = {"case": case_id, "size": info.size, "media_type": info.media_type}
            audit.append(self._conn, "attachment.add", info.id, detail, utc_now())
        return info

    def attachment_info(self, attachment_id: str) -> AttachmentInfo:
        return attachments.attachment_info(self._conn, attachment_id)

    def list_attachments(self, case_id: str) -> list[AttachmentInfo]:
        return attachments.case_attachments(self._conn, self.resolve_case_id(case_id))

    def read_attachment(self, attachment_id: str) -> bytes:
        return attachments.read_attachment(self._conn, attachment_id)

    def iter_attachment(self, attachment_id: str) -> Iterator[bytes]:
        return attachments.iter_attachment(self._conn, attachment_id)
