"""Why adding a contact, sealing or opening a bundle failed, in the user's language.

Most of these failures already have a good sentence from the core, shown by
:func:`ui.messages.user_sentence`. The screen words a few differently on purpose: each
bundle failure says plainly that nothing was imported and what to do on which page, and a
malformed card gets one sentence whatever line of it is wrong. Those are chosen by the
error's class, or for a few general classes by its template; never by its English text.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import SatchelError
from app.exchange import bundle
from app.exchange.contacts import KeyChangedError
from app.exchange.identity import ContactCardError
from ui.messages import user_sentence

CONTEXT = "Exchange"

_BY_CLASS: tuple[tuple[type[SatchelError], object], ...] = (
    (bundle.UnknownSenderError, QT_TRANSLATE_NOOP("Exchange",
        "This bundle comes from a sender you have not added as a contact. Add their "
        "contact card first; nothing was imported.")),
    (bundle.SenderKeyChangedError, QT_TRANSLATE_NOOP("Exchange",
        "The sender's keys have changed since you added them. Compare safety numbers in "
        "person and accept the new keys on the Contacts page first; nothing was imported.")),
    (bundle.MalformedBundleError, QT_TRANSLATE_NOOP("Exchange",
        "This file is damaged or is not a Satchel bundle; nothing was imported.")),
    (bundle.ConflictsNeedResolutionError, QT_TRANSLATE_NOOP("Exchange",
        "Some records were changed on both sides; choose for each what to keep. Nothing "
        "was imported.")),
)  # fmt: skip

_NAME_RULE = QT_TRANSLATE_NOOP(
    "Exchange",
    "The name must be 1 to 80 characters long, without control or invisible characters.",
)

# The core's template -> the screen's sentence, where the core's speaks of the command line
# or leaves out what to do next on this screen.
_BY_TEMPLATE: Mapping[str, object] = {
    "This is your own vault's contact card.": QT_TRANSLATE_NOOP(
        "Exchange", "This is your own vault's contact card; add the other person's card instead."
    ),
    "Name at least one contact to seal the bundle for.": QT_TRANSLATE_NOOP(
        "Exchange", "Choose at least one contact to seal the bundle for."
    ),
    "One bundle cannot be sealed both to Satchel contacts (post-quantum keys) and to plain "
    "age keys; export to them separately.": QT_TRANSLATE_NOOP(
        "Exchange",
        "One bundle cannot be sealed both to Satchel contacts and to plain age keys; "
        "seal a bundle for each.",
    ),
}

# A contact's name, typed or on a card (``app.exchange.identity.clean_name``): one rule, one
# sentence.
_NAME_TEMPLATES = frozenset(
    {
        "{what} must be text.",
        "{what} is empty.",
        "{what} is longer than {limit} characters.",
        "{what} contains control or invisible characters.",
    }
)

# Card failures the core's sentence already says well; any other is a damaged card.
_CARD_TEMPLATES_SHOWN = frozenset(
    {
        "This contact card was made by a newer Satchel (or is damaged); update Satchel to read it.",
    }
)

_DAMAGED_CARD = QT_TRANSLATE_NOOP(
    "Exchange",
    "This is neither a Satchel contact card nor an age key, or it was not copied "
    "completely; nothing was added.",
)

_KEYS_CHANGED = QT_TRANSLATE_NOOP(
    "Exchange",
    "The keys of “%1” have changed. Compare safety numbers in person, then accept "
    "the new keys on the Contacts page.",
)


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def _card_words(error: ContactCardError) -> str | None:
    if error.template in _NAME_TEMPLATES:
        return _tr(_NAME_RULE)
    return None if error.template in _CARD_TEMPLATES_SHOWN else _tr(_DAMAGED_CARD)


def _screen_words(error: SatchelError) -> str | None:
    """The screen's own sentence for ``error``, or None where the core's is shown."""
    if isinstance(error, KeyChangedError):
        return _tr(_KEYS_CHANGED).replace("%1", error.name)
    if error.template in _BY_TEMPLATE:
        return _tr(_BY_TEMPLATE[error.template])
    if isinstance(error, ContactCardError):
        return _card_words(error)
    for kind, sentence in _BY_CLASS:
        if isinstance(error, kind):
            return _tr(sentence)
    return None


def exchange_sentence(error: BaseException) -> str:
    """One translated sentence for a failure while exchanging keys or bundles."""
    if isinstance(error, SatchelError):
        words = _screen_words(error)
        if words is not None:
            return words
    return user_sentence(error)
