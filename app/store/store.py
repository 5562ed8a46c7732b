"""The case store: every change to cases, partners and attachments goes through here.

:class:`Store` wraps an already-open, already-keyed SQLCipher connection. It takes over
transaction control (it sets ``isolation_level = None`` and issues ``BEGIN IMMEDIATE`` /
``COMMIT`` itself), so each public method that changes something is atomic: it either
completes, with its audit entry, or leaves the vault exactly as it was.

One thread only: a Store and its connection belong to the thread that opened them (the
desktop app runs all database work on one worker thread). Nothing here is thread-safe.

The methods live by concern, one mixin per module over the plumbing of :mod:`app.store.base`
(connection, transactions, audit log, case ids): cases (:mod:`app.store.case_ops`), vetting
and sign-off (:mod:`app.store.vetting_ops`), notes, statements and events
(:mod:`app.store.entry_ops`), attachments (:mod:`app.store.attachment_ops`), partners and
referrals (:mod:`app.store.partner_ops`), search and returning persons
(:mod:`app.store.search_ops`).
"""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.store.attachment_ops import AttachmentsMixin
from app.store.base import BUNDLE_CACHE_KIB, CACHE_KIB
from app.store.case_ops import CasesMixin
from app.store.chunk_layout import rebuild_chunks
from app.store.entry_ops import EVENT_KINDS, TRANSLATION_LANGUAGES, EntriesMixin
from app.store.migrations import migrate
from app.store.partner_ops import PARTNER_KINDS, REFERRAL_STATUSES, PartnersMixin
from app.store.search_ops import SearchMixin
from app.store.vetting_ops import VettingMixin
from app.types import Connection, Progress

__all__ = [
    "BUNDLE_CACHE_KIB", "CACHE_KIB", "EVENT_KINDS", "PARTNER_KINDS", "REFERRAL_STATUSES",
    "TRANSLATION_LANGUAGES", "Store",
]  # fmt: skip


class Store(
    CasesMixin, VettingMixin, EntriesMixin, AttachmentsMixin, PartnersMixin, SearchMixin
):  # fmt: skip
    """Cases, partners and attachments in one vault database (see the module docstring)."""

    @classmethod
    def open(cls, conn: Connection, origin: str, *, progress: Progress | None = None) -> Store:
        """Bring the schema up to date and return a store writing records as ``origin``.

        Attachment bytes kept in the layout of earlier versions move to the current one
        here (:mod:`app.store.chunk_layout`), with ``progress(done, total)`` in bytes.
        """
        origin = (origin or "").strip()
        if not origin or len(origin) > 100:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "The vault needs a short origin id to label its records.")
            )
        conn.isolation_level = None
        conn.execute("PRAGMA foreign_keys = ON")
        # Decrypted pages cached in memory: the case list and search on 100,000 cases
        # stay fast. Memory is outside the threat model (see DESIGN.md section 2).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        migrate(conn)
        rebuild_chunks(conn, progress)
        return cls(conn, origin)
