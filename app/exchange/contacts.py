"""The vaults and people we exchange bundles with, and whether their keys were verified.

A contact comes from a contact card (kind ``satchel``: age keys and a signing key) or from a
plain ``age1...`` recipient (kind ``age``: a partner without Satchel, who can receive but
not sign). Its keys are ``unverified`` until the user compares safety numbers in person.

Keys never change silently. A card under a known name with different keys is kept aside as
*pending* and refused with :class:`KeyChangedError`; pending keys are never used, to seal
or to trust, until the user runs ``satchel contact accept NAME``, which makes them the
contact's keys and marks it unverified again. A card whose keys already belong to another
contact is refused, so one key never has two names.

Contacts live in the ``contacts`` table; rows without a ``kind`` are address-book entries
of partners (written by :meth:`Store.add_contact`) and are not correspondents. Adding a card
under the name of such an entry gives that entry its keys.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotFoundError, SatchelError
from app.exchange.identity import (
    ContactCard,
    ContactCardError,
    VaultIdentity,
    clean_name,
    looks_like_card,
)
from app.store import Store
from app.store.records import insert_record, read_record, update_record, utc_now

KINDS = ("satchel", "age")
_KEY_COLUMNS = ("age_recipient", "pq_recipient", "signing_key")
_PENDING_COLUMNS = ("pending_age_recipient", "pending_pq_recipient", "pending_signing_key")


class KeyChangedError(SatchelError):
    """A known contact's keys differ from the ones on file; the new ones wait for acceptance."""

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Core",
                "The keys of '{name}' have changed; compare safety numbers in person, "
                "then run 'satchel contact accept \"{name}\"'.",
            ),
            name=name,
        )
        self.name = name


@dataclass(frozen=True)
class Contact:
    """One correspondent as the vault knows it."""

    id: str
    name: str
    card: ContactCard
    verified: bool
    kind: str
    key_changed: bool
    pending_card: ContactCard | None = None

    @property
    def status(self) -> str:
        """In the users' words: verified, unverified or key changed."""
        if self.key_changed:
            return "key changed"
        return "verified" if self.verified else "unverified"


def add_contact(
    store: Store, text: str, *, name: str | None = None, verified: bool = False
) -> Contact:
    """Add a contact from a card or a plain age recipient (see the module docstring).

    ``name`` replaces the name on the card (how this vault calls the contact). Adding the same
    keys under the same name again changes nothing, except that ``verified=True`` marks them
    verified.
    """
    card = read_card(text, name)
    own = VaultIdentity.load_or_create(store)
    if set(card.keys) & set(own.card.keys):
        raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "This is your own vault's contact card."))
    with store.transaction():
        row = _row_by_name(store, card.name)
        store.refuse_look_alike_contact(card.name)
        _refuse_keys_of_others(store, card, None if row is None else row["id"])
        if row is None or row["kind"] is None:
            contact_id = _insert_or_adopt(store, card, verified, row)
        elif _same_keys(row, card):
            contact_id = _confirm_known(store, row, verified)
        else:
            _set_pending(store, row, card)
            changed_name = str(row["name"])
            contact_id = ""
    if not contact_id:  # committed: the pending keys are kept, and the user is told
        raise KeyChangedError(changed_name)
    return _contact_by_id(store, contact_id)


def read_card(text: str, name: str | None = None) -> ContactCard:
    """A card from its text, or from a plain age recipient (which then needs ``name``)."""
    if not isinstance(text, str) or not text.strip():
        raise ContactCardError(
            QT_TRANSLATE_NOOP("Core", "There is no contact card or age key to add.")
        )
    if looks_like_card(text):
        card = ContactCard.from_text(text)
        return card if name is None else card.with_name(name)
    if "\n" in text.strip() or not text.strip().lower().startswith("age1"):
        raise ContactCardError(
            QT_TRANSLATE_NOOP("Core", "This is neither a Satchel contact card nor an age key.")
        )
    if name is None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "A plain age key has no name: give one with --name.")
        )
    return ContactCard.from_age_recipient(text, name)


def get_contact(store: Store, name: str) -> Contact:
    """The contact called ``name`` (case and surrounding spaces do not matter)."""
    row = _row_by_name(store, name)
    if row is None or row["kind"] is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Core", "There is no contact named '{name}'."),
            name=str(name).strip()[:80],
        )
    return _contact(row)


def list_contacts(store: Store) -> list[Contact]:
    """Every correspondent, by name."""
    rows = read_record(
        store.connection, "contacts", "kind IS NOT NULL ORDER BY name COLLATE NOCASE, id", ()
    )
    return [_contact(row) for row in rows]


def verify_contact(store: Store, name: str) -> Contact:
    """Record that the safety number was compared in person and matched."""
    with store.transaction():
        contact = get_contact(store, name)
        if contact.key_changed:
            raise KeyChangedError(contact.name)
        if not contact.verified:
            update_record(store.connection, "contacts", contact.id, {"key_verified": 1})
            store.log("contact.verify", contact.id, {"verified": True})
    return get_contact(store, name)


def accept_key_change(store: Store, name: str) -> Contact:
    """Make a contact's pending keys its keys; the contact is unverified again."""
    with store.transaction():
        contact = get_contact(store, name)
        pending = contact.pending_card
        if pending is None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "The keys of '{name}' have not changed."),
                name=contact.name,
            )
        _refuse_keys_of_others(store, pending, contact.id)
        values: dict[str, object] = dict(zip(_KEY_COLUMNS, _key_values(pending), strict=True))
        values.update(dict.fromkeys(_PENDING_COLUMNS))
        values.update(kind=_kind(pending), key_verified=0, pending_since=None)
        update_record(store.connection, "contacts", contact.id, values)
        store.log("contact.accept", contact.id, {"kind": _kind(pending)})
    return get_contact(store, name)


def find_by_signing_key(store: Store, key: str) -> Contact | None:
    """The contact whose current (not pending) signing key is ``key``, if any."""
    rows = read_record(store.connection, "contacts", "kind IS NOT NULL AND signing_key = ?", (key,))
    return _contact(rows[0]) if rows else None


# ---------------------------------------------------------------------- internals


def _insert_or_adopt(
    store: Store, card: ContactCard, verified: bool, row: dict[str, Any] | None
) -> str:
    values: dict[str, object] = dict(zip(_KEY_COLUMNS, _key_values(card), strict=True))
    values.update(kind=_kind(card), key_verified=int(verified), name=card.name)
    if row is None:
        contact_id = insert_record(store.connection, "contacts", store.origin, values)
    else:
        contact_id = str(row["id"])
        update_record(store.connection, "contacts", contact_id, values)
    store.log("contact.add", contact_id, {"kind": _kind(card), "verified": verified})
    return contact_id


def _same_keys(row: dict[str, Any], card: ContactCard) -> bool:
    return _card_of(row, _KEY_COLUMNS).keys == card.keys


def _confirm_known(store: Store, row: dict[str, Any], verified: bool) -> str:
    """The same keys again: nothing changes, unless the user now vouches for them."""
    contact_id = str(row["id"])
    if verified and not row["key_verified"]:
        update_record(store.connection, "contacts", contact_id, {"key_verified": 1})
        store.log("contact.verify", contact_id, {"verified": True})
    return contact_id


def _set_pending(store: Store, row: dict[str, Any], card: ContactCard) -> None:
    """Keep changed keys aside (never used) until the user accepts them."""
    if _card_of(row, _KEY_COLUMNS).is_satchel and not card.is_satchel:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core", "'{name}' is a Satchel contact; a plain age key cannot replace its card."
            ),
            name=row["name"],
        )
    pending = _card_of(row, _PENDING_COLUMNS) if row["pending_since"] else None
    if pending is not None and pending.keys == card.keys:
        return
    values: dict[str, object] = dict(zip(_PENDING_COLUMNS, _key_values(card), strict=True))
    values["pending_since"] = utc_now()
    update_record(store.connection, "contacts", str(row["id"]), values)
    store.log("contact.key_changed", str(row["id"]), {"kind": _kind(card)})


def _refuse_keys_of_others(store: Store, card: ContactCard, own_id: str | None) -> None:
    for row in read_record(store.connection, "contacts", "kind IS NOT NULL", ()):
        if row["id"] == own_id:
            continue
        theirs = {row[c] for c in (*_KEY_COLUMNS, *_PENDING_COLUMNS) if row[c]}
        if theirs & set(card.keys):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Core", "These keys already belong to the contact '{name}'; nothing was added."
                ),
                name=row["name"],
            )


def _row_by_name(store: Store, name: str) -> dict[str, Any] | None:
    wanted = _fold(name)
    rows = read_record(store.connection, "contacts", "1 ORDER BY kind IS NULL, id", ())
    for row in rows:
        if _fold(row["name"]) == wanted:
            return row
    return None


def _fold(name: object) -> str:
    return unicodedata.normalize("NFC", str(name)).strip().casefold()


def _contact_by_id(store: Store, contact_id: str) -> Contact:
    return _contact(read_record(store.connection, "contacts", "id = ?", (contact_id,))[0])


def _contact(row: dict[str, Any]) -> Contact:
    pending = _card_of(row, _PENDING_COLUMNS) if row["pending_since"] else None
    return Contact(
        id=str(row["id"]),
        name=str(row["name"]),
        card=_card_of(row, _KEY_COLUMNS),
        verified=bool(row["key_verified"]),
        kind=str(row["kind"]),
        key_changed=pending is not None,
        pending_card=pending,
    )


def _card_of(row: dict[str, Any], columns: tuple[str, str, str]) -> ContactCard:
    x25519, pq, signing = (row[c] or None for c in columns)
    return ContactCard(str(row["name"]), x25519, pq, signing)


def _key_values(card: ContactCard) -> tuple[str | None, str | None, str | None]:
    return card.x25519_recipient, card.pq_recipient, card.signing_key


def _kind(card: ContactCard) -> str:
    return "satchel" if card.is_satchel else "age"


__all__ = [
    "KINDS",
    "Contact",
    "KeyChangedError",
    "accept_key_change",
    "add_contact",
    "clean_name",
    "find_by_signing_key",
    "get_contact",
    "list_contacts",
    "read_card",
    "verify_contact",
]
