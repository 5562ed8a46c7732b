"""Sealed case bundles: cases moved between vaults as signed, age-encrypted tar streams.

``export_bundle`` seals chosen cases (through a redaction profile) to one or more contacts;
``preview_bundle`` checks a received bundle completely and says what it would change;
``import_bundle`` applies it in one transaction. ``export_bundle(..., changed=True)`` seals
only what one contact has not yet received (``previous_bundle`` is what it follows). The
format is in docs/bundle-format.md.
"""

from app.bundle.errors import (
    BadSignatureError,
    BundleError,
    BundleTooLargeError,
    ConflictsNeedResolutionError,
    MalformedBundleError,
    MissedBundleError,
    NotForThisVaultError,
    ReplayedBundleError,
    SenderKeyChangedError,
    TamperedBundleError,
    UnknownFormatError,
    UnknownSenderError,
    UnverifiedContactError,
)
from app.bundle.export import ExportSummary, export_bundle, previous_bundle
from app.bundle.importer import ImportResult, import_bundle, preview_bundle
from app.bundle.merge import RESOLUTIONS
from app.bundle.preview import BundlePreview, CasePreview, Conflict
from app.bundle.profiles import PROFILES, Profile, get_profile
from app.bundle.state import BundleLogEntry, SentBundle, bundle_log

__all__ = [
    "PROFILES",
    "RESOLUTIONS",
    "BadSignatureError",
    "BundleError",
    "BundleLogEntry",
    "BundlePreview",
    "BundleTooLargeError",
    "CasePreview",
    "Conflict",
    "ConflictsNeedResolutionError",
    "ExportSummary",
    "ImportResult",
    "MalformedBundleError",
    "MissedBundleError",
    "NotForThisVaultError",
    "Profile",
    "ReplayedBundleError",
    "SenderKeyChangedError",
    "SentBundle",
    "TamperedBundleError",
    "UnknownFormatError",
    "UnknownSenderError",
    "UnverifiedContactError",
    "bundle_log",
    "export_bundle",
    "get_profile",
    "import_bundle",
    "preview_bundle",
    "previous_bundle",
]
