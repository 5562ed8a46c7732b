"""What can go wrong when sealing or opening an age file.

Every failure is an :class:`AgeError` whose message is one plain sentence. Messages never
contain key material, file keys or plaintext: they name what was wrong, not what it held.
The subclasses follow the failure kinds of the age conformance vectors (header, HMAC,
payload, no matching identity, armor), so a caller can tell a damaged file from a file
that simply was not sealed for this person.
"""

from __future__ import annotations


class AgeError(Exception):
    """An age file could not be written or read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class HeaderError(AgeError):
    """The file's header is malformed, of an unknown version, or carries a bad stanza."""


class HMACError(AgeError):
    """The header was unwrapped but its MAC does not match: it was altered."""


class PayloadError(AgeError):
    """The encrypted body is truncated, altered, or has data after its end."""


class NoIdentityMatchError(AgeError):
    """None of the given secret keys can open the file."""


class ArmorError(AgeError):
    """The text (ASCII-armored) form of the file is malformed."""


class InvalidKeyError(AgeError):
    """A recipient or identity string is not a valid age key, or keys cannot be combined."""
