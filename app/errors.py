"""Errors the user sees, and how their sentences reach the user's language.

Every failure a person can cause or meet (a wrong passphrase, a missing vault, bad input)
is a :class:`SatchelError` whose message is one plain sentence. The command line prints that
sentence; the desktop app shows it. Messages never contain secrets or case data beyond what
the user just typed as an identifier.

The core has no Qt, yet the desktop app speaks Russian and French. So an error is built
from a *template* and its *params*::

    raise InvalidInputError(
        QT_TRANSLATE_NOOP("Core", "No case matches '{case_id}'."), case_id=shown
    )

``QT_TRANSLATE_NOOP`` below does nothing at run time; its name and the fixed context
``"Core"`` are what ``pyside6-lupdate`` looks for, so every template lands in the .ts files
for translators (the call must hold one plain string literal, or adjacent literals: lupdate
reads source text, not values). ``error.message`` is the English sentence (the template
filled in), for the command line and the tests; the desktop app translates
``error.template`` in the "Core" context and fills in ``error.params`` itself.

A param that is a word from one of the core's fixed lists (a field, a stage, a check) is a
:class:`Term`, so the screen can show its own translated word instead of the code.

A sentence the core returns rather than raises (a finding of a check, the reason a
keystore is missing) is a :class:`Sentence`, built the same way, so the desktop app can
translate it too; ``str()`` of it is the English sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

CORE_CONTEXT = "Core"
"""The one translation context of every sentence the core writes."""

TermKind = Literal[
    "field", "stage", "check", "result", "choice", "event", "referral", "record", "profile",
    "noun", "missing_checks",
]  # fmt: skip
"""Which list a :class:`Term`'s codes come from (the screen has a word for each code).

``noun`` codes are English phrases marked with ``QT_TRANSLATE_NOOP("Core", ...)``;
``missing_checks`` codes are ``check=result`` pairs.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translators and return it unchanged (nothing happens at run time).

    Spelled like Qt's own marker so ``pyside6-lupdate`` extracts it from ``app/`` without
    the core importing Qt. Always use the context ``"Core"``.
    """
    return text


@dataclass(frozen=True)
class Term:
    """Codes from one of the core's fixed lists, used as a param of an error sentence.

    In English (the command line) the codes are shown as the user types them, or as
    ``english`` when given; the desktop app shows its own translated word for each code.
    """

    kind: TermKind
    codes: tuple[str, ...]
    english: str | None = None

    def __str__(self) -> str:
        return self.english if self.english is not None else ", ".join(self.codes)


def term(kind: TermKind, code: str, english: str | None = None) -> Term:
    """One word from a fixed list, e.g. ``term("stage", "cleared")``."""
    return Term(kind, (code,), english)


def terms(kind: TermKind, codes: Iterable[str], english: str | None = None) -> Term:
    """A list of words from one fixed list, shown joined by commas."""
    return Term(kind, tuple(codes), english)


@dataclass(frozen=True)
class Sentence:
    """A sentence for the user that the core returns instead of raising (a report's finding).

    Like a :class:`SatchelError`: ``template`` is marked with ``QT_TRANSLATE_NOOP("Core",
    ...)``, ``params`` fill in its ``{placeholders}``, ``message`` is the English sentence.
    Build it with :func:`sentence`.
    """

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def __str__(self) -> str:
        return self.message


def sentence(template: str, /, **params: object) -> Sentence:
    """``Sentence(template, params)``, spelled like raising an error."""
    return Sentence(template, params)


class SatchelError(Exception):
    """A failure with a sentence a lawyer understands.

    ``template`` is the English sentence with ``{name}`` placeholders, marked for
    translation; ``params`` fill them in; ``message`` is the filled-in English sentence.
    """

    def __init__(self, template: str, /, **params: object) -> None:
        message = template.format(**params) if params else template
        super().__init__(message)
        self.template = template
        self.params = params
        self.message = message

    def __str__(self) -> str:
        return self.message


class VaultNotFoundError(SatchelError):
    """There is no vault in the given folder."""


class VaultExistsError(SatchelError):
    """A vault already exists where a new one was to be created."""


class WrongPassphraseError(SatchelError):
    """Neither the passphrase nor the recovery code opened the vault."""


class VaultDamagedError(SatchelError):
    """The vault's files are unreadable or not what they should be."""


class VaultLockedError(SatchelError):
    """The vault was used after it was locked."""


class NotFoundError(SatchelError):
    """A case, record or contact named by the user does not exist."""


class InvalidInputError(SatchelError):
    """The user gave a value that does not fit (unknown field, bad date, ...)."""


class WorkflowError(SatchelError):
    """A rule of the case workflow refuses the change (e.g. clearing before vetting passed)."""


class StorageFullError(SatchelError):
    """The disk is full; nothing was changed."""


class VaultReadOnlyError(SatchelError):
    """The vault's files cannot be written: it opens and reads, but nothing can change."""
