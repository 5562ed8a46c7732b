"""Why a bundle was refused, one sentence per cause (nothing was imported in every case).

Each cause has its own class so the desktop app can choose an icon and a next step (for a
changed key: compare safety numbers), and tests can tell the causes apart.
"""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP, SatchelError, term


class BundleError(SatchelError):
    """A bundle could not be written or was refused."""


class NotForThisVaultError(BundleError):
    """None of this vault's keys opens the bundle, or it does not name this vault."""


class UnknownSenderError(BundleError):
    """The signing key is not one of our contacts' keys."""


class SenderKeyChangedError(BundleError):
    """The signer is a contact whose keys changed and were not yet accepted."""


class BadSignatureError(BundleError):
    """The manifest's signature does not verify with the sender's key."""


class TamperedBundleError(BundleError):
    """The sealed file or an entry was altered or cut short."""


class UnknownFormatError(BundleError):
    """A newer (or unknown) bundle format version."""


class OldFormatError(BundleError):
    """A case bundle in a format this Satchel no longer accepts (the sender must update)."""


class UnverifiedContactError(BundleError):
    """A contact whose key was not verified in person, and the risk was not accepted."""


class ReplayedBundleError(BundleError):
    """Older than a bundle already imported from the same sender."""


class MissedBundleError(BundleError):
    """A bundle of changes whose previous bundle from the same sender was never imported."""


class BundleTooLargeError(BundleError):
    """An entry or the manifest is larger than the reader allows."""


class MalformedBundleError(BundleError):
    """The bundle's structure or contents break the format."""


class ConflictsNeedResolutionError(BundleError):
    """Records changed on both sides and the user has not chosen how to resolve them."""


def not_for_this_vault() -> NotForThisVaultError:
    return NotForThisVaultError(
        QT_TRANSLATE_NOOP(
            "Core",
            "This bundle is not addressed to this vault (or its header was damaged); "
            "nothing was imported.",
        )
    )


def tampered() -> TamperedBundleError:
    return TamperedBundleError(
        QT_TRANSLATE_NOOP(
            "Core",
            "This bundle was changed after it was sealed, or is incomplete; nothing was imported.",
        )
    )


def malformed() -> MalformedBundleError:
    return MalformedBundleError(
        QT_TRANSLATE_NOOP(
            "Core", "This bundle is damaged or was not made by Satchel; nothing was imported."
        )
    )


def too_large(what: str) -> BundleTooLargeError:
    """``what`` is a part of the bundle, marked for translation (e.g. "manifest")."""
    return BundleTooLargeError(
        QT_TRANSLATE_NOOP(
            "Core", "This bundle's {what} is larger than Satchel accepts; nothing was imported."
        ),
        what=term("noun", what),
    )


def not_a_bundle() -> MalformedBundleError:
    return MalformedBundleError(
        QT_TRANSLATE_NOOP("Core", "This file is not a Satchel bundle; nothing was imported.")
    )


def old_format() -> OldFormatError:
    return OldFormatError(
        QT_TRANSLATE_NOOP(
            "Core",
            "This bundle was made by an older Satchel whose bundles are no longer accepted; "
            "ask the sender to update Satchel and send it again. Nothing was imported.",
        )
    )


def unverified_recipients(names: str) -> UnverifiedContactError:
    return UnverifiedContactError(
        QT_TRANSLATE_NOOP(
            "Core",
            "Not verified in person: {names}. If someone swapped their key, that person could "
            "read this bundle instead of them. Compare safety numbers on the Contacts page "
            "first, or accept the risk (--accept-unverified); nothing was sealed.",
        ),
        names=names,
    )


def unverified_sender(name: str) -> UnverifiedContactError:
    return UnverifiedContactError(
        QT_TRANSLATE_NOOP(
            "Core",
            "Signed by '{name}', whose key is NOT verified: anyone who swapped their key could "
            "have made this bundle. Compare safety numbers on the Contacts page before "
            "trusting it, or accept the risk (--accept-unverified); nothing was imported.",
        ),
        name=name,
    )
