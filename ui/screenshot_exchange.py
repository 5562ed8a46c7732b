"""Screenshots of exchanging cases: contacts with the QR code, the export wizard, the import
preview with a conflict, and the Bundles page (used by :mod:`ui.screenshots`).

A second throw-away vault plays the partner in Paris: cards are exchanged and verified, the
demo vault sends it a case, both sides then edit the same person and Paris sends the case
back, so the import preview has a real conflict to show. Both vaults live in the
screenshots' temporary folder and are wiped with it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.exchange.bundle import export_bundle, import_bundle
from app.exchange.contacts import add_contact
from app.exchange.identity import ContactCard, VaultIdentity
from app.vault import Vault
from app.vault.keystore import Keystore
from app.vault.wipe import panic_wipe
from crypto.age import generate_hybrid, generate_x25519, recipient_from_identity
from crypto.sign import generate_signing_key, public_key_text

OWN_NAME = "Бюро «Убежище», Астана"
PARTNER = "Association d’aide aux exilés (Paris)"
OTHER = "Hilfsnetzwerk Berlin"


@dataclass
class Exchange:
    """What the exchange screenshots need: the partner's vault and the bundle it sent back."""

    partner_folder: Path
    partner: Vault
    case_id: str
    incoming: Path


def invented_card(name: str) -> str:
    """A contact card with fresh keys nobody holds: an unverified contact to show."""
    x25519, _ = generate_x25519()
    hybrid, _ = generate_hybrid()
    signing, _ = generate_signing_key()
    card = ContactCard(name, recipient_from_identity(x25519), recipient_from_identity(hybrid),
                       public_key_text(signing))  # fmt: skip
    return card.to_text()


def befriend(own: Any, partner_folder: Path, keystore: Keystore) -> Vault:
    """Make the partner vault; both sides add each other's card, verified in person."""
    partner, _code = Vault.create(partner_folder, secrets.token_urlsafe(24), keystore=keystore)
    theirs = VaultIdentity.rename(partner.store, PARTNER).card.to_text()
    ours = VaultIdentity.rename(own.store, OWN_NAME).card.to_text()
    add_contact(own.store, theirs, name=PARTNER, verified=True)
    add_contact(own.store, invented_card(OTHER))
    add_contact(partner.store, ours, name="Astana", verified=True)
    return partner


def send_and_conflict(own: Any, partner: Vault, case_id: str, scratch: Path) -> Path:
    """Send a case to Paris, edit it on both sides, and let Paris send it back."""
    outgoing = scratch / "to-paris.age"
    export_bundle(own.store, outgoing, to=[PARTNER], cases=[case_id], profile="referral")
    import_bundle(partner.store, outgoing)
    own.store.set_case_fields(case_id, {"city": "Алматы"})
    partner.store.set_case_fields(case_id, {"city": "Paris"})
    incoming = scratch / "from-paris.age"
    export_bundle(partner.store, incoming, to=["Astana"], cases=[case_id], profile="full")
    return incoming


def prepare(own: Any, case_id: str, scratch: Path, keystore: Keystore) -> Exchange:
    """Runs on the database thread of the demo vault (``own`` is its open vault)."""
    folder = scratch / "partner"
    partner = befriend(own, folder, keystore)
    incoming = send_and_conflict(own, partner, case_id, scratch)
    return Exchange(folder, partner, case_id, incoming)


def close(exchange: Exchange, keystore: Keystore) -> None:
    exchange.partner.lock()
    panic_wipe(exchange.partner_folder, keystore)
