"""Migration v2 (identity table, contact key columns) applied to a v1 vault with data in it."""

from __future__ import annotations

from typing import Any

import pytest
import sqlcipher3

from app.store import Store
from app.store.migrations import MIGRATIONS, migrate, schema_version
from tests.helpers import old_schema_case


def _columns(conn: Any, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _v1_vault_with_data(conn: Any) -> dict[str, str]:
    assert migrate(conn, MIGRATIONS[:1]) == 1
    store = Store(conn, "vault-v1")
    case_id = old_schema_case(conn, "vault-v1", "Канарейкин Юрий")
    partner_id = store.add_partner("Paris association", country="France")
    contact_id = store.add_partner_contact(
        "Claire", partner_id=partner_id, handle="@claire", age_recipient="age1xyz"
    )
    store.set_contact_key_verified(contact_id, True)
    return {"case": case_id, "partner": partner_id, "contact": contact_id}


def test_v1_to_v2_keeps_cases_partners_contacts_and_the_audit_chain(conn: Any) -> None:
    ids = _v1_vault_with_data(conn)
    assert "identity" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}

    assert migrate(conn, MIGRATIONS[:2]) == 2

    assert schema_version(conn) == 2
    store = Store(conn, "vault-v1")
    name = conn.execute(
        "SELECT p.name FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id = ?",
        (ids["case"],),
    ).fetchone()
    assert name == ("Канарейкин Юрий",)
    contact = store.list_partner_contacts(ids["partner"])[0]
    assert (contact["name"], contact["handle"], contact["age_recipient"]) == (
        "Claire",
        "@claire",
        "age1xyz",
    )
    assert contact["key_verified"] == 1
    # A contact from before v2 is an address-book entry: no kind, nothing pending.
    assert contact["kind"] is None
    assert contact["pending_signing_key"] is None
    assert store.verify_audit().ok


def test_v2_adds_the_identity_table_and_contact_columns(conn: Any) -> None:
    _v1_vault_with_data(conn)
    migrate(conn, MIGRATIONS[:2])
    assert {"name", "x25519_identity", "pq_identity", "signing_private"} <= _columns(
        conn, "identity"
    )
    assert {"kind", "pq_recipient", "pending_age_recipient", "pending_pq_recipient"} <= _columns(
        conn, "contacts"
    )
    assert conn.execute("SELECT count(*) FROM identity").fetchone()[0] == 0


def test_the_identity_table_holds_one_row_only(conn: Any) -> None:
    migrate(conn, MIGRATIONS[:2])
    insert = (
        "INSERT INTO identity (id, name, x25519_identity, pq_identity, signing_private, "
        "created_at) VALUES (?, 'n', 'x', 'p', x'00', 't')"
    )
    conn.execute(insert, (1,))
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(insert, (2,))
    assert conn.execute("SELECT count(*) FROM identity").fetchone()[0] == 1
