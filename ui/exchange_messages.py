"""Why adding a contact, sealing or opening a bundle failed, in the user's language.

The core's sentences are English and some carry names or paths; the screen composes its
own sentence from the error's class (and, for a few classes, from which of the core's known
sentences it is), so a Russian-speaking lawyer never meets the English original. An error
this module does not know falls back to :func:`ui.messages.user_sentence`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import bundle
from app.contacts import KeyChangedError
from app.errors import InvalidInputError, SatchelError
from app.identity import ContactCardError
from ui.messages import user_sentence

CONTEXT = "Exchange"


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def _bundle_sentences() -> list[tuple[type[SatchelError], str]]:
    return [
        (bundle.NotForThisVaultError, _tr(QT_TRANSLATE_NOOP("Exchange",
            "This bundle is not addressed to this vault; nothing was imported."))),
        (bundle.UnknownSenderError, _tr(QT_TRANSLATE_NOOP("Exchange",
            "This bundle comes from a sender you have not added as a contact. Add their "
            "contact card first; nothing was imported."))),
        (bundle.SenderKeyChangedError, _tr(QT_TRANSLATE_NOOP("Exchange",
            "The sender's keys have changed since you added them. Compare safety numbers in "
            "person and accept the new keys on the Contacts page first; nothing was imported."))),
        (bundle.BadSignatureError, _tr(QT_TRANSLATE_NOOP("Exchange",
            "This bundle's signature does not match its sender's key: it may be forged. "
            "Nothing was imported."))),
        (bundle.TamperedBundleError, _tr(QT_TRANSLATE_NOOP("Exchange",
            "This bundle was changed after it was sealed, or is incomplete; nothing was "
            "imported."))),
        (bundle.UnknownFormatError, _tr(QT_TRANSLATE_NOOP("Exchange",
            "This bundle was made by a newer Satchel; update Satchel to open it. Nothing was "
            "imported."))),
        (bundle.ReplayedBundleError, _tr(QT_TRANSLATE_NOOP("Exchange",
            "This bundle is older than one already imported from the same sender; nothing "
            "was imported."))),
        (bundle.BundleTooLargeError, _tr(QT_TRANSLATE_NOOP("Exchange",
            "This bundle holds more than Satchel accepts; nothing was imported."))),
        (bundle.MalformedBundleError, _tr(QT_TRANSLATE_NOOP("Exchange",
            "This file is damaged or is not a Satchel bundle; nothing was imported."))),
        (bundle.ConflictsNeedResolutionError, _tr(QT_TRANSLATE_NOOP("Exchange",
            "Some records were changed on both sides; choose for each what to keep. Nothing "
            "was imported."))),
    ]  # fmt: skip


def _known_sentences() -> dict[str, str]:
    """The core's fixed sentences (or their start) and the screen's words for them."""
    return {
        "This is your own vault's contact card.": _tr(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "This is your own vault's contact card; add the other person's card instead.",
            )
        ),
        "These keys already belong to the contact": _tr(
            QT_TRANSLATE_NOOP(
                "Exchange", "These keys already belong to another contact; nothing was added."
            )
        ),
        "A plain age key has no name": _tr(
            QT_TRANSLATE_NOOP("Exchange", "A plain age key has no name: type one above.")
        ),
        "There is already a file at": _tr(
            QT_TRANSLATE_NOOP(
                "Exchange", "There is already a file with that name; choose another name."
            )
        ),
        "There are no cases to export.": _tr(
            QT_TRANSLATE_NOOP("Exchange", "There are no cases to export.")
        ),
        "Name at least one contact": _tr(
            QT_TRANSLATE_NOOP("Exchange", "Choose at least one contact to seal the bundle for.")
        ),
        "One bundle cannot be sealed both": _tr(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "One bundle cannot be sealed both to Satchel contacts and to plain age keys; "
                "seal a bundle for each.",
            )
        ),
        "A case changed while it was being exported": _tr(
            QT_TRANSLATE_NOOP("Exchange", "A case changed while it was being sealed; try again.")
        ),
        "An attachment is damaged in the vault": _tr(
            QT_TRANSLATE_NOOP(
                "Exchange", "An attachment is damaged in the vault; nothing was sealed."
            )
        ),
    }


def _card_sentence(error: ContactCardError) -> str:
    message = error.message
    if "newer Satchel" in message:
        return _tr(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "This contact card was made by a newer Satchel; update Satchel to read it.",
            )
        )
    if message.startswith(("A contact's name", "The name on the contact card", "The vault's")):
        return _tr(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "The name must be 1 to 80 characters long, without control or invisible "
                "characters.",
            )
        )
    return _tr(
        QT_TRANSLATE_NOOP(
            "Exchange",
            "This is neither a Satchel contact card nor an age key, or it was not copied "
            "completely; nothing was added.",
        )
    )


def exchange_sentence(error: BaseException) -> str:
    """One translated sentence for a failure while exchanging keys or bundles."""
    if isinstance(error, KeyChangedError):
        return _tr(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "The keys of “%1” have changed. Compare safety numbers in person, then accept "
                "the new keys on the Contacts page.",
            )
        ).replace("%1", error.name)
    if isinstance(error, ContactCardError):
        return _card_sentence(error)
    for kind, sentence in _bundle_sentences():
        if isinstance(error, kind):
            return sentence
    if isinstance(error, (InvalidInputError, bundle.BundleError)):
        for start, sentence in _known_sentences().items():
            if error.message.startswith(start):
                return sentence
    return user_sentence(error)
