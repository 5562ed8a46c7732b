"""Contact names that look alike are refused; keys of small order are refused in cards."""

from __future__ import annotations

import base64

import pytest

from app.confusables import confusable, skeleton
from app.errors import InvalidInputError
from app.exchange.contacts import add_contact, list_contacts
from app.exchange.identity import ContactCard, ContactCardError
from app.store import Store
from crypto.age import generate_hybrid, generate_x25519
from crypto.sign import generate_signing_key, is_public_key, verify_signature

SMALL_ORDER = [
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0000000000000000000000000000000000000000000000000000000000000080",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
]


def _card(name: str, signing_key: str | None = None) -> ContactCard:
    return ContactCard(name, generate_x25519()[1], generate_hybrid()[1],
                       signing_key or generate_signing_key()[1])  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second"),
    [("Ay", "Аy"), ("Paris", "Рaris"), ("mike", "rnike"), ("Ivan", "lvan"),
     ("Berlin group", "Berlin  grоup"), ("Astana", "АSTАNА")],
)  # fmt: skip
def test_a_name_that_looks_like_another_contact_is_refused(
    store: Store, first: str, second: str
) -> None:
    add_contact(store, _card(first).to_text())
    before = list_contacts(store)
    with pytest.raises(InvalidInputError, match="looks like the contact") as caught:
        add_contact(store, _card(second).to_text())
    assert caught.value.message.endswith(".") and "\n" not in caught.value.message
    assert list_contacts(store) == before
    add_contact(store, _card(second).to_text(), name=f"{first} (second office)")


def test_every_way_of_adding_a_contact_refuses_a_look_alike(store: Store) -> None:
    """A partner's contact person (no keys) and a keyed contact share one set of names."""
    partner = store.add_partner("Avocats sans frontières", country="FR")
    store.add_partner_contact("Ay", partner_id=partner)
    before = store.list_partner_contacts()
    with pytest.raises(InvalidInputError, match="looks like the contact"):
        add_contact(store, _card("Аy").to_text())  # Cyrillic А
    with pytest.raises(InvalidInputError, match="looks like the contact"):
        store.add_partner_contact("АY", partner_id=partner)
    assert store.list_partner_contacts() == before
    add_contact(store, _card("Paris office").to_text())
    with pytest.raises(InvalidInputError, match="looks like the contact"):
        store.add_partner_contact("Раris office")  # Cyrillic Р and а
    store.add_partner_contact("Ay")  # the very same name is the same person, not a look-alike


def test_different_names_in_different_scripts_are_not_confused() -> None:
    assert not confusable("Астана", "Astana")  # not look-alikes: т, н differ from t, n
    assert not confusable("Paris", "Berlin")
    assert confusable("Paris", "PARIS") and skeleton("Ivan") == skeleton("lvan")


@pytest.mark.parametrize("encoded", SMALL_ORDER)
def test_the_eight_small_order_keys_are_refused_everywhere(store: Store, encoded: str) -> None:
    text = "ed25519:" + base64.b64encode(bytes.fromhex(encoded)).decode()
    assert not is_public_key(text)
    # The identity point would "verify" (R = identity, S = 0) for every message.
    assert not verify_signature(text, b"anything", bytes.fromhex(SMALL_ORDER[0]) + bytes(32))
    card = ContactCard(
        "Forger", generate_x25519()[1], generate_hybrid()[1], generate_signing_key()[1]
    )
    forged = card.to_text().replace(str(card.signing_key), text)
    with pytest.raises(ContactCardError):
        add_contact(store, forged)
