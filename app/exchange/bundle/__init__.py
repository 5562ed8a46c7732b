"""Sealed case bundles: cases moved between vaults as signed, age-encrypted tar streams.

``export_bundle`` seals chosen cases (through a redaction profile) to one or more contacts;
``preview_bundle`` checks a received bundle completely and says what it would change;
``import_bundle`` applies it in one transaction. ``export_bundle(..., changed=True)`` seals
only what one contact has not yet received (``previous_bundle`` is what it follows). The
format is in docs/bundle-format.md.

The names below are loaded when first used, so that reading a profile
(``from app.exchange.bundle.profiles import PROFILES``, which runs this module first) does not load
the sealing code: the command line starts faster, and panic above all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.exchange.bundle.errors import (
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
    from app.exchange.bundle.export import ExportSummary, export_bundle, previous_bundle
    from app.exchange.bundle.importer import (
        ImportResult,
        import_bundle,
        preview_bundle,
        returning_persons,
    )
    from app.exchange.bundle.merge import RESOLUTIONS
    from app.exchange.bundle.preview import BundlePreview, CasePreview, Conflict
    from app.exchange.bundle.profiles import PROFILES, Profile, get_profile
    from app.store.sync import BundleLogEntry, SentBundle, bundle_log

_HOMES: dict[str, tuple[str, ...]] = {
    "app.exchange.bundle.errors": (
        "BadSignatureError", "BundleError", "BundleTooLargeError", "ConflictsNeedResolutionError",
        "MalformedBundleError", "MissedBundleError", "NotForThisVaultError",
        "ReplayedBundleError", "SenderKeyChangedError", "TamperedBundleError",
        "UnknownFormatError", "UnknownSenderError", "UnverifiedContactError",
    ),
    "app.exchange.bundle.export": ("ExportSummary", "export_bundle", "previous_bundle"),
    "app.exchange.bundle.importer": (
        "ImportResult", "import_bundle", "preview_bundle", "returning_persons",
    ),
    "app.exchange.bundle.merge": ("RESOLUTIONS",),
    "app.exchange.bundle.preview": ("BundlePreview", "CasePreview", "Conflict"),
    "app.exchange.bundle.profiles": ("PROFILES", "Profile", "get_profile"),
    "app.store.sync": ("BundleLogEntry", "SentBundle", "bundle_log"),
}  # fmt: skip
_HOME = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'app.exchange.bundle' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
    "returning_persons",
]
