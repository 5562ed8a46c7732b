"""Migration v5 (received bundles, sync roles, stage reports, vetting records) on a v4 vault
with data in it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.store import Store
from app.store.migrations import MIGRATIONS, migrate, schema_version
from app.store.sync import log_bundle, peer_state, received_digest
from tests.helpers import old_schema_case


def test_v4_vault_with_bundles_migrates_to_v5(tmp_path: Path, open_encrypted: Any) -> None:
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:4]) == 4
    case_id = old_schema_case(conn, "vault-old", "Канарейкин Юрий")
    for direction, bundle_id in (("received", "b-1"), ("sent", "b-2")):
        log_bundle(
            conn, bundle_id=bundle_id, direction=direction, peer="Paris", peer_key="ed25519:k",
            sequence=7, profile="referral", created_at="2025-01-01T00:00:00Z", counts={"cases": 1},
        )  # fmt: skip
    conn.execute(
        "INSERT INTO sync_state (record_id, peer_key, base) VALUES (?, 'ed25519:k', 3)", (case_id,)
    )

    assert migrate(conn, MIGRATIONS[:5]) == 5

    assert schema_version(conn) == 5
    assert Store.open(conn, "vault-old").get_case(case_id)["stage_reports"] == []
    assert received_digest(conn, "ed25519:k", "b-1") == ""  # received before digests were kept
    assert received_digest(conn, "ed25519:k", "b-2") is None  # sent, not received
    assert [r[0] for r in conn.execute("SELECT id FROM bundle_log ORDER BY seq")] == ["b-1", "b-2"]
    state = peer_state(conn, case_id, "ed25519:k")
    assert (state.base, state.sent, state.source, state.may_change) == (3, None, True, True)
    # Two senders may use the same bundle id: the log no longer refuses the second one.
    log_bundle(
        conn, bundle_id="b-1", direction="received", peer="Berlin", peer_key="ed25519:other",
        sequence=1, profile="status", created_at="2025-01-02T00:00:00Z", counts={},
    )  # fmt: skip
    assert Store.open(conn, "vault-old").verify_audit().ok
