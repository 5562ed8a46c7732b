"""The case store: cases, vetting, search and attachments inside the encrypted vault.

``Store.open(conn, origin)`` on an open, keyed SQLCipher connection is the entry point.
"""

from app.store.attachments import AttachmentInfo
from app.store.audit import AuditEntry, AuditReport
from app.store.cases import CaseRow
from app.store.duplicates import PersonMatch
from app.store.fields import STAGES, FieldSpec
from app.store.search import SearchHit
from app.store.store import EVENT_KINDS, REFERRAL_STATUSES, TRANSLATION_LANGUAGES, Store
from app.store.workflow import CHECKS, PROTECTION_PATH, REQUIRED_CHECKS, RESULTS

__all__ = [
    "CHECKS", "EVENT_KINDS", "PROTECTION_PATH", "REFERRAL_STATUSES", "REQUIRED_CHECKS",
    "RESULTS", "STAGES", "TRANSLATION_LANGUAGES", "AttachmentInfo", "AuditEntry", "AuditReport",
    "CaseRow", "FieldSpec", "PersonMatch", "SearchHit", "Store",
]  # fmt: skip
