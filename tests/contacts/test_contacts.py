"""Contacts: two vaults exchange cards; keys never change silently; one key, one name."""

from __future__ import annotations

import pytest

from app.errors import InvalidInputError, NotFoundError
from app.exchange.contacts import (
    KeyChangedError,
    accept_key_change,
    add_contact,
    find_by_signing_key,
    get_contact,
    list_contacts,
    verify_contact,
)
from app.exchange.identity import ContactCard, ContactCardError, VaultIdentity
from app.store import Store
from crypto.age import generate_hybrid, generate_x25519
from crypto.sign import generate_signing_key


def new_card(name: str) -> ContactCard:
    return ContactCard(name, generate_x25519()[1], generate_hybrid()[1], generate_signing_key()[1])


def test_two_vaults_exchange_cards_and_see_the_same_safety_number(
    store: Store, other_store: Store
) -> None:
    astana = VaultIdentity.rename(store, "Astana office")
    paris = VaultIdentity.rename(other_store, "Paris association")
    in_astana = add_contact(store, paris.card.to_text())
    in_paris = add_contact(other_store, astana.card.to_text())
    assert (in_astana.name, in_astana.kind, in_astana.verified) == (
        "Paris association", "satchel", False,
    )  # fmt: skip
    assert in_astana.card.keys == paris.card.keys
    assert in_paris.card.keys == astana.card.keys
    number = astana.safety_number_with(in_astana.card)
    assert number == paris.safety_number_with(in_paris.card)
    assert in_astana.status == "unverified"


def test_verify_marks_the_contact_and_is_logged(store: Store) -> None:
    card = new_card("Paris association")
    add_contact(store, card.to_text())
    contact = verify_contact(store, "  paris ASSOCIATION ")
    assert contact.verified and contact.status == "verified"
    assert get_contact(store, "Paris association").verified
    actions = [entry.action for entry in store.history()]
    assert "contact.add" in actions and "contact.verify" in actions
    assert store.verify_audit().ok


def test_the_same_card_again_is_a_no_op(store: Store) -> None:
    card = new_card("Paris association")
    first = add_contact(store, card.to_text())
    revision = store.connection.execute("SELECT revision FROM contacts").fetchone()[0]
    again = add_contact(store, card.to_text())
    assert again == first
    assert len(list_contacts(store)) == 1
    assert store.connection.execute("SELECT revision FROM contacts").fetchone()[0] == revision
    assert add_contact(store, card.to_text(), verified=True).verified


def test_a_changed_key_is_refused_kept_pending_then_accepted(store: Store) -> None:
    old = new_card("Paris association")
    add_contact(store, old.to_text(), verified=True)
    new = new_card("Paris association")

    with pytest.raises(KeyChangedError, match="keys of 'Paris association' have changed"):
        add_contact(store, new.to_text())

    contact = get_contact(store, "Paris association")
    assert contact.card.keys == old.keys  # the old keys are still the ones in use
    assert contact.key_changed and contact.status == "key changed"
    assert contact.pending_card is not None and contact.pending_card.keys == new.keys
    assert old.signing_key and new.signing_key
    assert find_by_signing_key(store, new.signing_key) is None
    with pytest.raises(KeyChangedError):
        verify_contact(store, "Paris association")
    with pytest.raises(KeyChangedError):  # refused again, and logged only once
        add_contact(store, new.to_text())
    assert [e.action for e in store.history()].count("contact.key_changed") == 1

    accepted = accept_key_change(store, "Paris association")
    assert accepted.card.keys == new.keys
    assert not accepted.verified and not accepted.key_changed
    assert find_by_signing_key(store, new.signing_key) == accepted
    assert find_by_signing_key(store, old.signing_key) is None
    assert "contact.accept" in [e.action for e in store.history()]
    with pytest.raises(InvalidInputError, match="have not changed"):
        accept_key_change(store, "Paris association")


def test_keys_known_under_another_name_are_refused(store: Store) -> None:
    card = new_card("Paris association")
    add_contact(store, card.to_text())
    with pytest.raises(InvalidInputError, match="already belong to the contact 'Paris"):
        add_contact(store, card.to_text(), name="Someone else")
    assert [c.name for c in list_contacts(store)] == ["Paris association"]


def test_pending_keys_also_count_as_taken(store: Store) -> None:
    add_contact(store, new_card("Paris").to_text())
    changed = new_card("Paris")
    with pytest.raises(KeyChangedError):
        add_contact(store, changed.to_text())
    with pytest.raises(InvalidInputError, match="already belong"):
        add_contact(store, changed.to_text(), name="Berlin")


def test_your_own_card_is_refused(store: Store) -> None:
    own = VaultIdentity.load_or_create(store)
    with pytest.raises(InvalidInputError, match="your own vault"):
        add_contact(store, own.card.to_text(), name="Me")
    assert list_contacts(store) == []


def test_a_plain_age_recipient_needs_a_name_and_cannot_sign(store: Store) -> None:
    recipient = generate_x25519()[1]
    with pytest.raises(InvalidInputError, match="--name"):
        add_contact(store, recipient)
    contact = add_contact(store, recipient + "\n", name="Berlin Flüchtlingshilfe")
    assert (contact.kind, contact.card.keys, contact.card.signing_key) == (
        "age", (recipient,), None,
    )  # fmt: skip
    pq = add_contact(store, generate_hybrid()[1], name="Berlin PQ")
    assert pq.kind == "age" and pq.card.pq_recipient is not None


def test_a_plain_key_cannot_replace_a_satchel_card_but_a_card_can_upgrade_a_key(
    store: Store,
) -> None:
    add_contact(store, new_card("Paris").to_text())
    with pytest.raises(InvalidInputError, match="cannot replace its card"):
        add_contact(store, generate_x25519()[1], name="Paris")
    add_contact(store, generate_x25519()[1], name="Berlin")
    upgrade = new_card("Berlin")
    with pytest.raises(KeyChangedError):
        add_contact(store, upgrade.to_text())
    assert accept_key_change(store, "Berlin").kind == "satchel"


def test_a_partner_address_book_entry_gets_its_keys_from_a_card(store: Store) -> None:
    partner = store.add_partner("Paris association")
    legacy = store.add_partner_contact("Claire Martin", partner_id=partner, handle="@claire")
    assert list_contacts(store) == []
    card = new_card("Claire Martin")
    contact = add_contact(store, card.to_text())
    assert contact.id == legacy and contact.kind == "satchel"
    assert store.list_partner_contacts(partner)[0]["handle"] == "@claire"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "hello", "age1notakey", "satchel-contact-card v9\nname: x\n", f"{'age1' * 3}\nx"],
)
def test_malformed_input_is_refused_and_nothing_is_added(store: Store, text: str) -> None:
    with pytest.raises(ContactCardError):
        add_contact(store, text, name="Paris")
    assert list_contacts(store) == []


def test_names_with_cyrillic_are_found_case_insensitively(store: Store) -> None:
    add_contact(store, new_card("Правозащитный центр").to_text())
    assert get_contact(store, "правозащитный ЦЕНТР").name == "Правозащитный центр"
    with pytest.raises(NotFoundError, match=r"There is no contact named 'Мемориал'\."):
        get_contact(store, "Мемориал")


def test_list_is_sorted_by_name(store: Store) -> None:
    for name in ("Paris", "Berlin", "Алматы"):
        add_contact(store, new_card(name).to_text())
    assert [c.name for c in list_contacts(store)] == ["Berlin", "Paris", "Алматы"]
