"""Commands about keys: identity (this vault's card) and contact (the vaults we trust).

Safety numbers are per contact: ``contact list`` and ``contact show NAME`` print the number
both people read aloud when they meet; ``contact verify NAME`` records that it matched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.exchange.contacts import (
    Contact,
    accept_key_change,
    add_contact,
    get_contact,
    list_contacts,
    verify_contact,
)
from app.exchange.identity import MAX_CARD_CHARS, VaultIdentity
from cli.console import (
    Commands,
    Console,
    Session,
    add_json_option,
    print_json,
    print_rows,
)


def register(commands: Commands) -> None:
    identity = commands.add_parser("identity", help="show this vault's contact card")
    identity.add_argument("--name", help="change the name partners see on the card")
    add_json_option(identity)
    identity.set_defaults(handler=cmd_identity)

    contact = commands.add_parser("contact", help="add, list and verify contacts' keys")
    actions = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a contact card or a plain age1... key")
    add.add_argument("file", metavar="FILE", help="the card or key in a file; - reads stdin")
    add.add_argument("--name", help="what to call the contact (required for a plain age key)")
    add.add_argument("--verified", action="store_true", help="safety number already compared")
    add.set_defaults(handler=cmd_contact_add)

    lst = actions.add_parser("list", help="list contacts with their safety numbers")
    add_json_option(lst)
    lst.set_defaults(handler=cmd_contact_list)

    for action, text, handler in (
        ("show", "show a contact and the safety number to compare", cmd_contact_show),
        ("verify", "record that the safety number matched in person", cmd_contact_verify),
        ("accept", "use a contact's changed keys (unverified again)", cmd_contact_accept),
    ):
        sub = actions.add_parser(action, help=text)
        sub.add_argument("name", metavar="NAME")
        if action == "show":
            add_json_option(sub)
        sub.set_defaults(handler=handler)


def cmd_identity(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        if args.name is not None:
            identity = VaultIdentity.rename(vault.store, args.name)
        else:
            identity = VaultIdentity.load_or_create(vault.store)
    card = identity.card
    if args.json:
        print_json(session.console, {"name": card.name, "card": card.to_text(),
                                     "keys": list(card.keys)})  # fmt: skip
    else:
        session.console.print(card.to_text().rstrip("\n"))
    return 0


def cmd_contact_add(session: Session, args: argparse.Namespace) -> int:
    text = _read_card_text(args.file)
    with session.vault() as vault:
        before = {c.id for c in list_contacts(vault.store)}
        contact = add_contact(vault.store, text, name=args.name, verified=args.verified)
        number = _safety_number(vault.store, contact)
    known = "is already known" if contact.id in before else "was added"
    session.console.say(f"'{contact.name}' {known} ({contact.status}).")
    session.console.print(f"Safety number: {number}")
    return 0


def cmd_contact_list(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        identity = VaultIdentity.load_or_create(vault.store)
        rows = [_describe(identity, c) for c in list_contacts(vault.store)]
    if args.json:
        print_json(session.console, rows)
        return 0
    if not rows:
        session.console.say("There are no contacts yet; add one with 'satchel contact add'.")
    print_rows(session.console, rows, ("name", "kind", "status", "safety_number"), separator="\t")
    return 0


def cmd_contact_show(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        identity = VaultIdentity.load_or_create(vault.store)
        row = _describe(identity, get_contact(vault.store, args.name))
    if args.json:
        print_json(session.console, row)
        return 0
    _print_contact(session.console, row)
    return 0


def cmd_contact_verify(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        contact = verify_contact(vault.store, args.name)
    session.console.say(f"'{contact.name}' is verified.")
    return 0


def cmd_contact_accept(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        contact = accept_key_change(vault.store, args.name)
        number = _safety_number(vault.store, contact)
    session.console.say(
        f"The new keys of '{contact.name}' are in use; compare safety numbers in person, "
        f"then run 'satchel contact verify'."
    )
    session.console.print(f"Safety number: {number}")
    return 0


def _read_card_text(source: str) -> str:
    """The card or key text from a file or stdin, bounded so a wrong file is refused fast."""
    if source == "-":
        text = sys.stdin.read(MAX_CARD_CHARS + 1)
    else:
        with Path(source).open("rb") as handle:
            data = handle.read(4 * MAX_CARD_CHARS + 1)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "This file is not a contact card or an age key.")
            ) from None
    if len(text) > MAX_CARD_CHARS:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "This is too long to be a contact card."))
    return text


def _safety_number(store: Any, contact: Contact) -> str:
    return VaultIdentity.load_or_create(store).safety_number_with(contact.card)


def _describe(identity: VaultIdentity, contact: Contact) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": contact.id,
        "name": contact.name,
        "kind": contact.kind,
        "status": contact.status,
        "verified": contact.verified,
        "key_changed": contact.key_changed,
        "keys": list(contact.card.keys),
        "safety_number": identity.safety_number_with(contact.card),
    }
    if contact.pending_card is not None:
        row["new_keys"] = list(contact.pending_card.keys)
        row["new_safety_number"] = identity.safety_number_with(contact.pending_card)
    return row


def _print_contact(console: Console, row: dict[str, Any]) -> None:
    console.print(f"name: {row['name']}")
    console.print(f"kind: {row['kind']}")
    console.print(f"status: {row['status']}")
    console.print(f"safety number: {row['safety_number']}")
    if "new_safety_number" in row:
        console.print(f"new safety number (if you accept the new keys): {row['new_safety_number']}")
