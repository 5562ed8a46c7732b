"""Migration v3 (bundle log, sync state, record gaps) applies on top of a v2 vault with data."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.store import Store
from app.store.migrations import MIGRATIONS, migrate, schema_version
from tests.helpers import old_schema_case


def test_v2_vault_with_data_migrates_to_v3(tmp_path: Path, open_encrypted: Any) -> None:
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:2]) == 2
    store = Store(conn, "vault-old")
    case_id = old_schema_case(conn, "vault-old", "Канарейкин Юрий")
    tables_before = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "bundle_log" not in tables_before

    assert migrate(conn, MIGRATIONS[:3]) == 3

    assert schema_version(conn) == 3
    assert Store.open(conn, "vault-old").get_case(case_id)["person"]["name"] == "Канарейкин Юрий"
    for table in ("bundle_log", "sync_state", "record_gaps"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    assert store.verify_audit().ok
