"""What every part of :class:`app.store.store.Store` stands on: the connection, the origin that
labels new records, transactions, the page cache, the audit log and case ids.

Each concern's mixin (:mod:`app.store.case_ops`, :mod:`app.store.vetting_ops`,
:mod:`app.store.entry_ops`, :mod:`app.store.attachment_ops`, :mod:`app.store.partner_ops`,
:mod:`app.store.search_ops`) derives from :class:`StoreBase`. The few methods one concern calls
on another are declared here as abstract, so each module is type-checked on its own and a
store cannot be built while one of them is missing.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from app import diskfull
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotFoundError
from app.store import audit, transactions
from app.store.audit import AuditEntry, AuditReport
from app.store.records import utc_now
from app.types import Connection

CACHE_KIB = 128 * 1024
BUNDLE_CACHE_KIB = 8 * 1024
"""The page cache while a bundle streams many attachment bytes (more than this): each of
their pages is passed once, so a large cache only holds memory (a 1 GiB bundle would fill
all 128 MiB of it). With 1,000 cases and 1 GiB of attachments, export peaks at 87 MiB and
import at 84 MiB with 8 MiB, against 96 and 92 MiB with 16 MiB, in the same time (both
runs on one machine, December 2026). Capping costs time only where SQLCipher must spill dirty
pages more often (1 GiB of attachments imported in 17 s against 11 s with the whole cache,
an earlier measurement); and record pages are read twice
(export) or looked up and written (import), so bundles of records keep the full cache."""


class StoreBase(ABC):
    """The connection and its plumbing, shared by the concerns of a store (module docstring)."""

    def __init__(self, conn: Connection, origin: str) -> None:
        self._conn = conn
        self.origin = origin
        self._depth = 0

    def __repr__(self) -> str:
        return f"Store(origin={self.origin!r})"

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: nested uses join the outermost transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            self._conn.execute("BEGIN IMMEDIATE")  # a read-only file may refuse already here
            yield
            self._conn.execute("COMMIT")
        except BaseException as error:
            transactions.rollback(self._conn)
            if transactions.is_full_for(self._conn, error):
                raise diskfull.disk_full_error() from None
            if transactions.is_read_only(error):
                raise transactions.read_only_error() from None
            raise
        finally:
            self._depth = 0

    @contextmanager
    def capped_cache(self, kib: int = BUNDLE_CACHE_KIB, *, when: bool = True) -> Iterator[None]:
        """Hold the page cache to at most ``kib`` KiB for a while (``when``: only if so), then
        give back the size it had; lowering it also releases the pages above it. Bundle work
        does this while it streams many attachment bytes, which would otherwise fill it."""
        if not when:
            yield
            return
        before = int(self._conn.execute("PRAGMA cache_size").fetchone()[0])
        limit = -int(kib)
        if limit < before < 0:  # already smaller (negative sizes are in KiB)
            limit = before
        self._conn.execute(f"PRAGMA cache_size = {limit}")
        try:
            yield
        finally:
            self._conn.execute(f"PRAGMA cache_size = {before}")

    @property
    def connection(self) -> Connection:
        """The underlying connection, for modules (bundles, demo data) that write in bulk."""
        return self._conn

    # ------------------------------------------------------------------ audit

    def log(
        self, action: str, record_id: str | None = None, detail: dict[str, Any] | None = None
    ) -> None:
        """Add an audit entry (joins the current transaction if there is one)."""
        with self.transaction():
            audit.append(self._conn, action, record_id, detail, utc_now())

    def verify_audit(self) -> AuditReport:
        return audit.verify(self._conn)

    def history(self, record_id: str | None = None, limit: int = 100) -> list[AuditEntry]:
        """The latest audit entries, newest first."""
        return audit.entries(self._conn, record_id=record_id, limit=limit)

    # ------------------------------------------------------------------ case ids and bookkeeping

    def resolve_case_id(self, text: str) -> str:
        """A full case id from a full id or a unique prefix of at least 4 characters."""
        wanted = (text or "").strip().lower()
        shown = wanted[:40]
        if len(wanted) < 4:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "Type at least the first 4 characters of the case id.")
            )
        if wanted.strip("0123456789abcdef-"):
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Core", "No case matches '{shown}'."), shown=shown
            )
        rows = self._conn.execute(
            "SELECT id FROM cases WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            (wanted, wanted + "~"),
        ).fetchall()
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Core", "No case matches '{shown}'."), shown=shown
            )
        if rows[0][0] == wanted:
            return wanted
        if len(rows) > 1:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Core", "More than one case starts with '{shown}'; type more of the id."
                ),
                shown=shown,
            )
        return str(rows[0][0])

    def _touch(self, case_id: str) -> None:
        self._conn.execute("UPDATE cases SET touched_at = ? WHERE id = ?", (utc_now(), case_id))

    def _log_stage(self, case_id: str, old: str, new: str, reason: str) -> None:
        detail = {"from": old, "to": new, "reason": reason}
        audit.append(self._conn, "case.stage", case_id, detail, utc_now())

    # ------------------------------------------------------------------ between concerns

    @abstractmethod
    def set_case_fields(
        self, case_id: str, fields: Mapping[str, str], *, actor: str | None = None
    ) -> None:
        """Change fields of a case (:mod:`app.store.case_ops`); accepting a reported stage
        goes through it."""

    @abstractmethod
    def _insert_check(self, case_id: str, check: str, now: str | None = None) -> str:
        """Add a not-done check to a case (:mod:`app.store.vetting_ops`); a new case gets
        every check."""

    @abstractmethod
    def _check_stage_rules(self, case_id: str, values: Mapping[str, str | None]) -> str:
        """Refuse a stage change the workflow forbids, or return the stage before it
        (:mod:`app.store.vetting_ops`)."""

    @abstractmethod
    def _attest_stage(self, case_id: str, old_stage: str, new_stage: str) -> None:
        """Sign a clearing or a rejection (:mod:`app.store.vetting_ops`)."""

    @abstractmethod
    def _require_referable(self, case_id: str) -> None:
        """Refuse referring a case the workflow rule does not let onto the protection path,
        the two-person rule included (:mod:`app.store.vetting_ops`)."""
