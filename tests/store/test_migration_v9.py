"""Migration v9: what the metadata stripper removed is stored as codes, not sentences."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.store import Store
from app.store.migrations import MIGRATIONS, migrate
from app.store.records import insert_record, utc_now


def test_a_v8_vault_stores_what_was_removed_as_codes(tmp_path: Path, open_encrypted: Any) -> None:
    """Migration v9: the sentences earlier versions stored become codes; an unknown one stays."""
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:8]) == 8
    person = insert_record(conn, "persons", "vault-old", {"name": "Канарейкин Илья"})
    case_id = insert_record(
        conn,
        "cases",
        "vault-old",
        {"person_id": person, "stage": "intake", "touched_at": utc_now()},
    )
    sentences = [
        "camera details (EXIF) including the GPS location where the photo was taken",
        "document details: author, last person who edited it",
        "text notes (Author)",
        "a sentence no Satchel wrote",
    ]
    attachment = insert_record(
        conn, "attachments", "vault-old",
        {"case_id": case_id, "filename": "a.jpg", "media_type": "image/jpeg", "size": 1,
         "sha256": "0" * 64, "original_size": 1, "removed": json.dumps(sentences),
         "chunk_count": 0},
    )  # fmt: skip
    Store.open(conn, "vault-old")
    (stored,) = conn.execute("SELECT removed FROM attachments WHERE id = ?", (attachment,))
    assert json.loads(stored[0]) == [
        "exif-gps", "details:author,last-editor", "text-notes:Author", sentences[-1],
    ]  # fmt: skip
