"""The vault's own keys: created once inside the database, used, never shown."""

from __future__ import annotations

import io
from typing import Any

import pytest

from app.errors import VaultDamagedError
from app.exchange.identity import ContactCard, ContactCardError, VaultIdentity
from app.store import Store
from crypto import age
from crypto.sign import verify_signature


def test_the_identity_is_created_once_and_stays_the_same(store: Store, reopen: Any) -> None:
    first = VaultIdentity.load_or_create(store)
    again = VaultIdentity.load_or_create(Store.open(reopen(), "vault-astana"))
    assert again.card == first.card
    assert first.card.name == "Satchel vault"
    assert ContactCard.from_text(first.card.to_text()) == first.card
    actions = [entry.action for entry in store.history()]
    assert actions.count("identity.create") == 1


def test_the_identity_signs_and_opens_what_is_sealed_to_its_card(store: Store) -> None:
    identity = VaultIdentity.load_or_create(store)
    signature = identity.sign(b"manifest")
    assert identity.card.signing_key is not None
    assert verify_signature(identity.card.signing_key, b"manifest", signature)
    for recipient in (identity.card.x25519_recipient, identity.card.pq_recipient):
        assert recipient is not None
        sealed, opened = io.BytesIO(), io.BytesIO()
        age.encrypt(io.BytesIO(b"case file"), sealed, [recipient])
        sealed.seek(0)
        age.decrypt(sealed, opened, identity.age_identities)
        assert opened.getvalue() == b"case file"


def test_secrets_never_appear_in_the_repr(store: Store) -> None:
    identity = VaultIdentity.load_or_create(store)
    shown = repr(identity) + str(identity)
    for secret in identity.age_identities:
        assert secret not in shown and secret[:30] not in shown
    assert "AGE-SECRET-KEY" not in shown
    assert identity._signing_private.hex() not in shown


def test_renaming_changes_the_card_name_only(store: Store) -> None:
    before = VaultIdentity.load_or_create(store)
    after = VaultIdentity.rename(store, "  Астана офис ")
    assert after.card.name == "Астана офис"
    assert after.card.keys == before.card.keys
    assert VaultIdentity.load_or_create(store).card.name == "Астана офис"
    with pytest.raises(ContactCardError):
        VaultIdentity.rename(store, "")
    assert VaultIdentity.load_or_create(store).card.name == "Астана офис"
    assert store.verify_audit().ok


def test_damaged_keys_in_the_database_are_reported_not_used(store: Store) -> None:
    VaultIdentity.load_or_create(store)
    store.connection.execute("UPDATE identity SET signing_private = x'0102'")
    with pytest.raises(VaultDamagedError, match="own keys are damaged"):
        VaultIdentity.load_or_create(store)


def test_the_safety_number_is_the_same_from_both_vaults(store: Store, other_store: Store) -> None:
    mine = VaultIdentity.load_or_create(store)
    theirs = VaultIdentity.load_or_create(other_store)
    assert mine.card.keys != theirs.card.keys
    assert mine.safety_number_with(theirs.card) == theirs.safety_number_with(mine.card)
