"""The core's sentences for the user, in the user's language.

The core (``app``) has no Qt and speaks English: every SatchelError carries one plain
sentence. The sentences a person meets at the door of the app (wrong passphrase, a typo
in the recovery code, a damaged vault) are listed here and translated; any other sentence
is shown as the core wrote it, which is still one clear English sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import SatchelError

KNOWN_SENTENCES = frozenset(
    {
        QT_TRANSLATE_NOOP(
            "Messages", "The passphrase or recovery code is wrong; nothing was changed."
        ),
        QT_TRANSLATE_NOOP(
            "Messages",
            "This recovery code has a typo; check each group against your copy. "
            "Nothing was changed.",
        ),
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's key file is damaged or from a newer Satchel; nothing was changed.",
        ),
        QT_TRANSLATE_NOOP(
            "Messages", "The vault's database is damaged or does not match its key file."
        ),
        QT_TRANSLATE_NOOP("Messages", "The passphrase must be at least 8 characters long."),
        QT_TRANSLATE_NOOP("Messages", "The vault is locked; unlock it first."),
        QT_TRANSLATE_NOOP(
            "Messages", "This vault was made by a newer Satchel; update Satchel to open it."
        ),
        QT_TRANSLATE_NOOP("Messages", "The disk is full; nothing was changed."),
    }
)


def user_sentence(error: BaseException) -> str:
    """The sentence to show for ``error``: translated when known, never a traceback."""
    if isinstance(error, SatchelError):
        if error.message in KNOWN_SENTENCES:
            return QCoreApplication.translate("Messages", error.message)
        return error.message
    if isinstance(error, OSError) and error.errno == 28:
        return QCoreApplication.translate("Messages", "The disk is full; nothing was changed.")
    return QCoreApplication.translate(
        "Messages", "Satchel hit an internal error; the step that failed was not saved."
    )
