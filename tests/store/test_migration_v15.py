"""Schema v15: the search index gains the sound keys of each case's names.

A vault from before v15 finds ``Жуков`` when ``Zhukov`` is typed, but not when a lawyer in
Paris types ``Joukov`` or one in Berlin ``Schukow``; after the step it does, and what it
found before it still finds."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.store import Store
from app.store.migrations import MIGRATIONS, migrate
from app.translit import fold


def test_a_v14_vault_finds_a_partners_spelling(tmp_path: Path, open_encrypted: Any) -> None:
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    store = Store.open(conn, "vault-old")
    zhukov = store.add_case("Жуков Сергей Петрович", {"unit": "в/ч 12345"})
    other = store.add_case("Шуваев Олег")
    # The index as v14 wrote it: the folded names only.
    conn.execute("BEGIN")
    for key, name, latin, cyrillic in conn.execute(
        "SELECT key, name, name_latin, name_cyrillic FROM search_keys"
    ).fetchall():
        names = fold(" ".join(dict.fromkeys((name, latin, cyrillic))))
        conn.execute("UPDATE search_fts SET names = ? WHERE rowid = ?", (names, key))
    conn.execute("UPDATE schema_version SET version = 14")
    conn.execute("COMMIT")
    assert store.search("Joukov") == []

    assert migrate(conn) == len(MIGRATIONS)

    assert [h.case_id for h in store.search("Joukov")] == [zhukov]
    assert [h.case_id for h in store.search("Schukow Sergej")] == [zhukov]
    assert [h.case_id for h in store.search("Zhukov 12345")] == [zhukov]
    assert [h.case_id for h in store.search("Шуваев")] == [other]
