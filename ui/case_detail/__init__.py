"""The case screen: one case, every section, vetting rules and attachments."""

from ui.case_detail.page import CaseDetailPage

__all__ = ["CaseDetailPage"]
