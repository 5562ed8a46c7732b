"""The core's sentences for the user, in the user's language.

The core (``app``) has no Qt and speaks English, but every SatchelError carries its sentence
as a template marked for translation in the "Core" context, with named params (see
``app/errors.py``). Here the template is translated and filled in; a param that is a word
from one of the core's lists (a field, a stage, a check) is shown in the screen's own
translated word from ``ui.labels``. The English sentence is shown only if a translation
cannot be filled in (a translator dropped or renamed a ``{placeholder}``).

A few core sentences are written for the command line: they name a flag (``--name``) or
the whole path the user typed. The screen says those its own way, chosen by the error's
template (never by its English text), in :data:`SCREEN_WORDS`. Screens that word a whole
family of errors differently (bundles, border mode) choose by error class in
:mod:`ui.exchange_messages` and :mod:`ui.border_messages`, and fall back to
:func:`user_sentence`.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import diskfull
from app.errors import CORE_CONTEXT, SatchelError, Sentence, Term
from ui import labels

# Sentences the screens themselves raise as a SatchelError (ui/tasks.py), kept in the
# "Messages" context where they were translated before the core had its own.
UNSAVED_ON_LEAVING = QT_TRANSLATE_NOOP(
    "Messages",
    "The last changes to the case could not be saved: the disk is full. Free some space, "
    "then enter them again.",
)
UI_SENTENCES = frozenset(
    {QT_TRANSLATE_NOOP("Messages", "The vault is locked; unlock it first."), UNSAVED_ON_LEAVING}
)

FILE_TAKEN = QT_TRANSLATE_NOOP(
    "Messages", "There is already a file with that name; choose another name."
)

# The core's template -> the screen's sentence ("Messages" context), for sentences that
# make sense only on the command line.
SCREEN_WORDS: Mapping[str, object] = {
    "There is already a file at {output}; choose another name.": FILE_TAKEN,
    "A plain age key has no name: give one with --name.": QT_TRANSLATE_NOOP(
        "Messages", "A plain age key has no name: type one above."
    ),
}


# The file system refused (a read-only or forbidden folder, a file moved away, a folder
# chosen as a file): said as such, never as an internal error.
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Messages",
    "Satchel may not read or write there (the folder may be read-only); choose another place.",
)
NO_SUCH_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "There is no such file or folder; it may have been moved, renamed or deleted.",
)
A_FOLDER = QT_TRANSLATE_NOOP("Messages", "That is a folder, not a file; choose a file.")
FILE_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "A file could not be read or written; the step that failed was not saved."
)
_NOT_ALLOWED_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def file_sentence(error: OSError) -> str:
    """Why the file system refused, in the user's language (a full disk is said elsewhere)."""
    if isinstance(error, PermissionError) or error.errno in _NOT_ALLOWED_ERRNOS:
        words = NOT_ALLOWED
    elif isinstance(error, FileNotFoundError | NotADirectoryError):
        words = NO_SUCH_FILE
    elif isinstance(error, IsADirectoryError):
        words = A_FOLDER
    elif isinstance(error, FileExistsError):
        words = FILE_TAKEN
    else:
        words = FILE_FAILED
    return QCoreApplication.translate("Messages", str(words))


def file_taken_sentence() -> str:
    """The screens' one sentence for "that file exists already" (the core's names the path)."""
    return QCoreApplication.translate("Messages", str(FILE_TAKEN))


def _core_word(code: str) -> str:
    return QCoreApplication.translate(CORE_CONTEXT, code)


def _missing_check(code: str) -> str:
    """``plant_screening=not_done`` -> "Plant screening (Not done)", translated."""
    check, _, result = code.partition("=")
    return f"{labels.check_label(check)} ({labels.result_label(result)})"


_WORDS: Mapping[str, Callable[[str], str]] = {
    "field": labels.field_label,
    "stage": labels.stage_label,
    "check": labels.check_label,
    "result": labels.result_label,
    "choice": labels.choice_label,
    "event": labels.event_label,
    "referral": labels.referral_label,
    "record": labels.record_label,
    "profile": labels.profile_label,
    "noun": _core_word,
    "missing_checks": _missing_check,
}


def term_words(value: Term) -> str:
    """A term's codes in the user's language, joined by commas."""
    word = _WORDS.get(value.kind)
    if word is None:
        return str(value)
    return ", ".join(word(code) for code in value.codes)


def _shown(value: object) -> object:
    return term_words(value) if isinstance(value, Term) else value


def core_sentence(error: SatchelError | Sentence) -> str:
    """``error``'s sentence translated, its params filled in (words from lists translated).

    Also for a :class:`~app.errors.Sentence` the core returns (a report's finding).
    """
    screen_words = SCREEN_WORDS.get(error.template)
    if screen_words is not None:
        return QCoreApplication.translate("Messages", str(screen_words))
    if error.template in UI_SENTENCES:
        return QCoreApplication.translate("Messages", error.template)
    translated = QCoreApplication.translate(CORE_CONTEXT, error.template)
    if not error.params:
        return translated
    params = {name: _shown(value) for name, value in error.params.items()}
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return error.message


def user_sentence(error: BaseException) -> str:
    """The sentence to show for ``error``: translated, never a traceback."""
    if diskfull.is_disk_full(error):
        return core_sentence(diskfull.disk_full_error())  # one sentence, whatever the shape
    if isinstance(error, SatchelError):
        return core_sentence(error)
    if isinstance(error, OSError):
        return file_sentence(error)
    return QCoreApplication.translate(
        "Messages", "Satchel hit an internal error; the step that failed was not saved."
    )
