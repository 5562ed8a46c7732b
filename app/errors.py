"""Errors the user sees.

Every failure a person can cause or meet (a wrong passphrase, a missing vault, bad input)
is a :class:`SatchelError` whose message is one plain sentence. The command line prints that
sentence; the desktop app shows it. Messages never contain secrets or case data beyond what
the user just typed as an identifier.
"""

from __future__ import annotations


class SatchelError(Exception):
    """A failure with a sentence a lawyer understands."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
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
