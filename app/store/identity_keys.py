"""The vault's own key pairs, as rows of the ``identity`` table (one row, id 1).

:mod:`app.exchange.identity` turns them into the vault's identity and contact card; the store reads
and writes them here, so the SQL stays in the store and the store itself can sign (a
vetting attestation, :mod:`app.store.attestations`) without a circle back to the identity.
"""

from __future__ import annotations

from typing import Any

from app.store import audit
from app.store.records import utc_now
from app.types import Connection
from crypto import sign as signatures
from crypto.age import generate_hybrid, generate_x25519

DEFAULT_NAME = "Satchel vault"


def read_identity(conn: Connection) -> tuple[Any, ...] | None:
    """(name, x25519 identity, post-quantum identity, Ed25519 private key), or None."""
    row = conn.execute(
        "SELECT name, x25519_identity, pq_identity, signing_private FROM identity WHERE id = 1"
    ).fetchone()
    return None if row is None else tuple(row)


def create_identity(conn: Connection) -> None:
    """Make the vault's three key pairs (inside the database); the caller holds a transaction."""
    x25519_identity, _ = generate_x25519()
    pq_identity, _ = generate_hybrid()
    signing_private, _ = signatures.generate_signing_key()
    conn.execute(
        "INSERT INTO identity (id, name, x25519_identity, pq_identity, signing_private, "
        "created_at) VALUES (1, ?, ?, ?, ?, ?)",
        (DEFAULT_NAME, x25519_identity, pq_identity, signing_private, utc_now()),
    )
    audit.append(conn, "identity.create", None, {}, utc_now())


def ensure_identity(conn: Connection) -> tuple[Any, ...]:
    """The identity row, created on first use; the caller holds a transaction."""
    row = read_identity(conn)
    if row is None:
        create_identity(conn)
        row = read_identity(conn)
    assert row is not None
    return row


def rename_identity(conn: Connection, name: str) -> None:
    conn.execute("UPDATE identity SET name = ? WHERE id = 1", (name,))
