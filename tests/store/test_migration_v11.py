"""Schema v11: whether a check's current version was taken from a bundle.

Only checks recorded in this vault count for the workflow rule; a vault from before v11
knew only revisions, so the step marks a check received where a peer's base is its current
revision, unless the check did not come from that peer and this vault had sent it that very
revision (it merely came back)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.store.migrations import MIGRATIONS, migrate
from app.store.records import insert_record
from app.store.workflow import CHECKS
from tests.helpers import old_schema_case

PEER = "ed25519:peer"


def test_a_v10_vault_marks_the_checks_it_took_from_a_bundle(
    tmp_path: Path, open_encrypted: Any
) -> None:
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:10]) == 10
    case_id = old_schema_case(conn, "vault-old", "Снегирёв Павел")
    ids = {
        name: insert_record(
            conn,
            "checks",
            "vault-old",
            {"case_id": case_id, "check_name": name, "result": "pass"},
        )
        for name in CHECKS[:5]
    }
    # (base, sent, source) of each check with the peer; every check is at revision 1
    states = {
        CHECKS[0]: (1, None, 0),  # taken from the peer
        CHECKS[1]: (1, 0, 0),  # taken from the peer, which had been sent an older one
        CHECKS[2]: (1, 1, 1),  # came from the peer, and was sent back to it since
        CHECKS[3]: (1, 1, 0),  # ours, sent to the peer, which sent it back unchanged
        CHECKS[4]: (0, 1, 0),  # ours, changed here since the last exchange
    }
    conn.executemany(
        "INSERT INTO sync_state (record_id, peer_key, base, sent, source) VALUES (?, ?, ?, ?, ?)",
        [(ids[name], PEER, *state) for name, state in states.items()],
    )
    assert migrate(conn) == len(MIGRATIONS)
    received = dict(conn.execute("SELECT check_name, received FROM checks").fetchall())
    assert received == {CHECKS[0]: 1, CHECKS[1]: 1, CHECKS[2]: 1, CHECKS[3]: 0, CHECKS[4]: 0}
