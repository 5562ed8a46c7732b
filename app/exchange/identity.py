"""The vault's own identity and the contact cards vaults exchange.

Each vault has three key pairs, created on first use and kept only in the encrypted
database's ``identity`` table: an age X25519 key and an age hybrid post-quantum key (what
partners seal bundles to) and an Ed25519 key (what signs the bundles this vault sends).

A contact card is the public half, as a few lines of text short enough to paste into a
message or put in a QR code::

    satchel-contact-card v1
    name: Astana office
    age: age1...
    age-pq: age1pq1...
    sign: ed25519:...

Parsing is strict, because a card arrives from outside: the first line names the format
version, every other line is one known field given once, keys are checked for what they
claim to be, and the whole card is size-bounded. Any deviation is refused with a sentence.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, VaultDamagedError, term
from app.store import Store
from app.store.identity_keys import ensure_identity, rename_identity
from crypto import sign as signatures
from crypto.age import AgeError, recipient_from_identity
from crypto.age.keys import parse_recipient

CARD_HEADER = "satchel-contact-card"
CARD_VERSION = "v1"
MAX_CARD_CHARS = 8192
MAX_NAME_CHARS = 80

_FIELDS = {
    "name": "name",
    "age": "x25519_recipient",
    "age-pq": "pq_recipient",
    "sign": "signing_key",
}
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# The last line of a card: the start of a SHA-256 over the lines above it. A signing key is
# base64 without a checksum of its own, so a changed or mistyped character in it would
# otherwise read as a different, valid key.
CHECK_LABEL = "check"
CHECK_CHARS = 12


class ContactCardError(InvalidInputError):
    """A contact card (or a plain age key) that cannot be read; nothing was changed."""


_A_CONTACTS_NAME = QT_TRANSLATE_NOOP("Core", "A contact's name")


def clean_name(text: object, what: str = _A_CONTACTS_NAME) -> str:
    """A display name: trimmed, NFC, 1 to 80 characters, no control or invisible characters.

    Invisible formatting characters (such as right-to-left overrides) are refused because
    they can make two different names look the same on screen. ``what`` names the name in
    the sentences, marked for translation.
    """
    subject = term("noun", what)
    if not isinstance(text, str):
        raise ContactCardError(QT_TRANSLATE_NOOP("Core", "{what} must be text."), what=subject)
    name = unicodedata.normalize("NFC", text).strip()
    if not name:
        raise ContactCardError(QT_TRANSLATE_NOOP("Core", "{what} is empty."), what=subject)
    if len(name) > MAX_NAME_CHARS:
        raise ContactCardError(
            QT_TRANSLATE_NOOP("Core", "{what} is longer than {limit} characters."),
            what=subject,
            limit=MAX_NAME_CHARS,
        )
    if any(unicodedata.category(c) in _INVISIBLE for c in name):
        raise ContactCardError(
            QT_TRANSLATE_NOOP("Core", "{what} contains control or invisible characters."),
            what=subject,
        )
    return name


def check_x25519_recipient(text: str) -> str:
    """``text`` if it is a classic ``age1...`` recipient in its canonical spelling."""
    return _check_recipient(text, post_quantum=False)


def check_pq_recipient(text: str) -> str:
    """``text`` if it is a hybrid post-quantum ``age1pq1...`` recipient, canonically spelled."""
    return _check_recipient(text, post_quantum=True)


def _check_recipient(text: str, *, post_quantum: bool) -> str:
    try:
        parsed = parse_recipient(text)
    except (AgeError, ValueError):
        raise _not_a_recipient(post_quantum) from None
    if parsed.post_quantum != post_quantum or parsed.encode() != text:
        raise _not_a_recipient(post_quantum)
    return text


def _not_a_recipient(post_quantum: bool) -> ContactCardError:
    if post_quantum:
        return ContactCardError(
            QT_TRANSLATE_NOOP("Core", "The post-quantum age key is not a valid age recipient.")
        )
    return ContactCardError(QT_TRANSLATE_NOOP("Core", "The age key is not a valid age recipient."))


def _check_signing_key(text: str) -> str:
    if not signatures.is_public_key(text):
        raise ContactCardError(
            QT_TRANSLATE_NOOP("Core", "The signing key is not a valid Ed25519 key.")
        )
    return text


@dataclass(frozen=True)
class ContactCard:
    """A name and public keys: what one vault tells another about itself."""

    name: str
    x25519_recipient: str | None
    pq_recipient: str | None
    signing_key: str | None

    @property
    def keys(self) -> tuple[str, ...]:
        """The public keys, in a fixed order (classic age, post-quantum age, signing)."""
        found = (self.x25519_recipient, self.pq_recipient, self.signing_key)
        return tuple(key for key in found if key)

    @property
    def is_satchel(self) -> bool:
        """True for a full Satchel card; False for a plain age recipient."""
        return self.signing_key is not None

    def with_name(self, name: str) -> ContactCard:
        return ContactCard(clean_name(name), self.x25519_recipient, self.pq_recipient,
                           self.signing_key)  # fmt: skip

    def to_text(self) -> str:
        """The card as text (also what goes into its QR code)."""
        values = {label: getattr(self, attribute) for label, attribute in _FIELDS.items()}
        lines = _card_lines(values)
        return "\n".join([*lines, f"{CHECK_LABEL}: {_card_check(lines)}"]) + "\n"

    @classmethod
    def from_text(cls, text: str) -> ContactCard:
        """Read a full Satchel card; ContactCardError (one sentence) on anything else."""
        values = _card_fields(text)
        missing = [label for label in (*_FIELDS, CHECK_LABEL) if label not in values]
        if missing:
            raise ContactCardError(
                QT_TRANSLATE_NOOP("Core", "The contact card has no '{label}' line."),
                label=missing[0],
            )
        card = cls(
            name=clean_name(
                values["name"], QT_TRANSLATE_NOOP("Core", "The name on the contact card")
            ),
            x25519_recipient=check_x25519_recipient(values["age"]),
            pq_recipient=check_pq_recipient(values["age-pq"]),
            signing_key=_check_signing_key(values["sign"]),
        )
        # Last, so that a key or name that is plainly wrong is named as such.
        if values[CHECK_LABEL].lower() != _card_check(_card_lines(values)):
            raise ContactCardError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The contact card's check does not match: a character was changed or "
                    "mistyped. Ask for the card again.",
                )
            )
        return card

    @classmethod
    def from_age_recipient(cls, recipient: str, name: str) -> ContactCard:
        """A partner without Satchel: one plain ``age1...`` or ``age1pq1...`` recipient."""
        recipient = recipient.strip()
        post_quantum = recipient.lower().startswith("age1pq1")
        checked = _check_recipient(recipient, post_quantum=post_quantum)
        return cls(
            name=clean_name(name),
            x25519_recipient=None if post_quantum else checked,
            pq_recipient=checked if post_quantum else None,
            signing_key=None,
        )


def _card_lines(values: Mapping[str, str | None]) -> list[str]:
    """The card's lines before the check, in their fixed order; absent fields left out."""
    lines = [f"{CARD_HEADER} {CARD_VERSION}"]
    lines += [f"{label}: {values[label]}" for label in _FIELDS if values.get(label) is not None]
    return lines


def _card_check(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:CHECK_CHARS]


def looks_like_card(text: str) -> bool:
    return text.lstrip().startswith(CARD_HEADER)


def _card_fields(text: object) -> dict[str, str]:
    if not isinstance(text, str):
        raise ContactCardError(QT_TRANSLATE_NOOP("Core", "A contact card must be text."))
    if len(text) > MAX_CARD_CHARS:
        raise ContactCardError(QT_TRANSLATE_NOOP("Core", "This is too long to be a contact card."))
    lines = [line.strip() for line in text.strip().replace("\r\n", "\n").split("\n")]
    _check_header(lines[0])
    values: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        label, separator, value = line.partition(":")
        label = label.strip()
        if not separator or label not in (*_FIELDS, CHECK_LABEL):
            raise ContactCardError(
                QT_TRANSLATE_NOOP(
                    "Core", "Line {number} of the contact card is not a known field."
                ),
                number=number,
            )
        if label in values:
            raise ContactCardError(
                QT_TRANSLATE_NOOP("Core", "The contact card gives '{label}' twice."), label=label
            )
        values[label] = value.strip()
    return values


def _check_header(first: str) -> None:
    header, _, version = first.partition(" ")
    if header != CARD_HEADER:
        raise ContactCardError(QT_TRANSLATE_NOOP("Core", "This is not a Satchel contact card."))
    if version != CARD_VERSION:
        raise ContactCardError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This contact card was made by a newer Satchel (or is damaged); "
                "update Satchel to read it.",
            )
        )


@dataclass(frozen=True)
class VaultIdentity:
    """This vault's keys. The secret halves stay out of reprs, logs and errors."""

    card: ContactCard
    _x25519_identity: str = field(repr=False)
    _pq_identity: str = field(repr=False)
    _signing_private: bytes = field(repr=False)

    @classmethod
    def load_or_create(cls, store: Store) -> VaultIdentity:
        """The vault's identity, creating its keys (inside the database) on first use."""
        with store.transaction():
            row = ensure_identity(store.connection)
        return cls._from_row(row)

    @classmethod
    def rename(cls, store: Store, name: str) -> VaultIdentity:
        """Change the display name other vaults see on this vault's card."""
        name = clean_name(name, QT_TRANSLATE_NOOP("Core", "The vault's name"))
        with store.transaction():
            cls.load_or_create(store)
            rename_identity(store.connection, name)
            store.log("identity.rename", None, {})
        return cls.load_or_create(store)

    @property
    def age_identities(self) -> list[str]:
        """Secret age identities for :func:`crypto.age.decrypt` (classic first)."""
        return [self._x25519_identity, self._pq_identity]

    def sign(self, data: bytes) -> bytes:
        return signatures.sign(self._signing_private, data)

    def safety_number_with(self, other: ContactCard) -> str:
        """The number both people see and compare in person."""
        return signatures.safety_number(self.card.keys, other.keys)

    @classmethod
    def _from_row(cls, row: tuple[Any, ...] | None) -> VaultIdentity:
        if row is None:
            raise VaultDamagedError(QT_TRANSLATE_NOOP("Core", "The vault's own keys are missing."))
        name, x25519_identity, pq_identity, signing_private = row
        try:
            card = ContactCard(
                name=str(name),
                x25519_recipient=recipient_from_identity(x25519_identity),
                pq_recipient=recipient_from_identity(pq_identity),
                signing_key=signatures.public_key_text(bytes(signing_private)),
            )
        except (AgeError, ValueError, TypeError):
            raise VaultDamagedError(
                QT_TRANSLATE_NOOP("Core", "The vault's own keys are damaged.")
            ) from None
        return cls(card, x25519_identity, pq_identity, bytes(signing_private))
