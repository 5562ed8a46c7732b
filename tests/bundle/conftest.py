"""Two real vaults (Astana and Paris) that have exchanged and verified contact cards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.exchange.contacts import add_contact
from app.exchange.identity import VaultIdentity
from app.store import REQUIRED_CHECKS, Store
from app.vault import Vault

PASSPHRASE = "violet harbour lantern 42"


@dataclass
class Side:
    """One vault in a test: its folder, unlocked vault, store and identity."""

    name: str
    folder: Path
    vault: Vault
    identity: VaultIdentity

    @property
    def store(self) -> Store:
        return self.vault.store  # type: ignore[no-any-return]

    def table(self, table: str) -> list[tuple[Any, ...]]:
        """Every row of ``table`` (sorted), to compare a vault before and after."""
        rows = self.store.connection.execute(f"SELECT * FROM {table}").fetchall()
        return sorted(tuple(row) for row in rows)

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        tables = [
            "persons",
            "cases",
            "services",
            "risks",
            "checks",
            "statements",
            "events",
            "notes",
            "attachments",
            "attachment_chunks",
            "referrals",
            "partners",
            "contacts",
            "audit",
            "bundle_log",
            "sync_state",
            "record_gaps",
            "meta",
            "received_bundles",
            "stage_reports",
            "vetting_records",
        ]
        return {t: self.table(t) for t in tables}


def make_side(name: str, folder: Path, keystore: Any, kdf: Any) -> Side:
    vault, _ = Vault.create(folder, PASSPHRASE, keystore=keystore, kdf=kdf)
    identity = VaultIdentity.rename(vault.store, name)
    return Side(name, folder, vault, identity)


@pytest.fixture
def astana(tmp_path: Path, keystore: Any, test_kdf: Any) -> Iterator[Side]:
    side = make_side("Astana office", tmp_path / "astana", keystore, test_kdf)
    yield side
    side.vault.lock()


@pytest.fixture
def paris(tmp_path: Path, keystore: Any, test_kdf: Any) -> Iterator[Side]:
    side = make_side("Paris association", tmp_path / "paris", keystore, test_kdf)
    yield side
    side.vault.lock()


@pytest.fixture
def friends(astana: Side, paris: Side) -> tuple[Side, Side]:
    """Astana and Paris have each other's cards, verified in person."""
    add_contact(astana.store, paris.identity.card.to_text(), name="Paris", verified=True)
    add_contact(paris.store, astana.identity.card.to_text(), name="Astana", verified=True)
    return astana, paris


def full_case(store: Store, name: str = "Канарейкин Юрий Петрович") -> str:
    """A vetted, referred case with one record of every kind and a small attachment."""
    case_id = store.add_case(
        name,
        {
            "birth_date": "1995-04-02", "kz_address": "Астана, ул. Абая 1, кв. 5",
            "contacts": "@kanareykin", "unit": "в/ч 12345", "rank": "sergeant",
            "service_status": "mobilized", "deployed_ukraine": "no", "risk": "high",
            "criminal_article": "338", "lawyer": "Aigerim", "next_action": "call consulate",
        },
    )  # fmt: skip
    for check in REQUIRED_CHECKS:
        store.set_check(case_id, check, "pass", evidence=f"internal evidence {check}",
                        reviewer="Aigerim")  # fmt: skip
    store.add_statement(case_id, "Я против войны.", stated_on="2024-05-01", source="interview")
    store.add_event(case_id, "interview", "First interview in Astana", occurred_on="2024-05-01")
    store.add_note(case_id, "Internal: the informant Olga vouched for him.")
    store.add_attachment(case_id, "statement.txt", b"signed statement text\n" * 50)
    partner = store.add_partner("Paris association", country="France", notes="internal remark")
    store.add_referral(case_id, partner, sent_on="2024-06-01", note="internal referral note")
    store.set_case_fields(case_id, {"stage": "referred"})
    return case_id
