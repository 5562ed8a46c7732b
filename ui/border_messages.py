"""Why sealing for the border, or restoring after it, failed, in the user's language.

The border dialog and the restore dialog share these. Where the core's sentence says it
well (a wrong border code, a bundle that did not check out) it is shown as it is, through
:func:`ui.messages.user_sentence`. The screen words a few failures its own way, chosen by
the error's class: the core names the command to use instead (``satchel import``) or a
whole folder path, and a damaged border bundle must not be mistaken for a contact's.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import VaultExistsError
from app.exchange import bundle
from app.exchange.bundle.border_open import (
    NotABorderBundleError,
    NotABorderCodeError,
    WrongBorderCodeError,
)
from ui.messages import user_sentence

CONTEXT = "BorderMessages"

_BY_CLASS: tuple[tuple[type[BaseException], object], ...] = (
    (NotABorderBundleError, QT_TRANSLATE_NOOP("BorderMessages",
        "This is a bundle from a contact, not a border bundle: open the vault and use "
        "Import for it. Nothing was changed.")),
    (bundle.TamperedBundleError, QT_TRANSLATE_NOOP("BorderMessages",
        "This border bundle was changed after it was sealed, or is incomplete; nothing "
        "was changed.")),
    (VaultExistsError, QT_TRANSLATE_NOOP("BorderMessages",
        "There is already a vault here; nothing was changed.")),
    (FileNotFoundError, QT_TRANSLATE_NOOP("BorderMessages", "There is no such file.")),
    (PermissionError, QT_TRANSLATE_NOOP("BorderMessages",
        "Satchel may not write or read there; choose another place.")),
)  # fmt: skip

# Any other bundle failure the core words for contacts' bundles ("nothing was imported").
_OTHER_BUNDLE_FAILURE = QT_TRANSLATE_NOOP(
    "BorderMessages",
    "This file is damaged, was not made by Satchel, or comes from a newer Satchel; "
    "nothing was changed.",
)

# Bundle failures whose core sentence is already about the border bundle and its code.
_SAID_BY_THE_CORE = (NotABorderCodeError, WrongBorderCodeError, bundle.BadSignatureError)


def border_sentence(error: BaseException) -> str:
    """Why sealing, checking or restoring failed, in the user's language; nothing changed."""
    for kind, sentence in _BY_CLASS:
        if isinstance(error, kind):
            return QCoreApplication.translate(CONTEXT, str(sentence))
    if isinstance(error, bundle.BundleError) and not isinstance(error, _SAID_BY_THE_CORE):
        return QCoreApplication.translate(CONTEXT, str(_OTHER_BUNDLE_FAILURE))
    return user_sentence(error)
