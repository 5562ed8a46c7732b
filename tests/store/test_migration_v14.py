"""Schema v14: the person keys are rebuilt with sound keys, for the cases already there.

A vault from before v14 holds the keys its Satchel made: no sound keys (a person rejected in
Cyrillic and written ``Joukov`` by a partner was not found), and, for cases not edited
since, keys made before later fixes (a birth date kept as typed, ``02.04.1996``). The step
rebuilds them all, as :class:`app.store.duplicates.PersonFacts` makes them today."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.store import Store
from app.store.duplicates import facts_of_case
from app.store.migrations import MIGRATIONS, migrate
from tests.helpers import old_schema_case

_KEY = "INSERT INTO person_keys (kind, key, case_id, born) VALUES (?, ?, ?, ?)"


def test_a_v11_vault_gets_sound_keys_and_fresh_keys(tmp_path: Path, open_encrypted: Any) -> None:
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:11]) == 11
    zhukov = old_schema_case(conn, "vault-old", "Жуков Сергей Петрович", birth_date="02.04.1996")
    other = old_schema_case(conn, "vault-old", "Снегирёв Павел", birth_date="1990-01-01")
    # The keys as the Satchel of that time wrote them: no sound keys, the date as typed.
    conn.executemany(_KEY, [
        ("anagram", "hkouvz", zhukov, "02.04.1996"), ("anagram", "eegirs", zhukov, "02.04.1996"),
        ("pair", "eegirs hkouvz", zhukov, "02.04.1996"), ("birth", "02.04.1996", zhukov, None),
        ("anagram", "aelpv", other, "1990-01-01"),
    ])  # fmt: skip

    assert migrate(conn) == len(MIGRATIONS)

    for case_id in (zhukov, other):
        facts = facts_of_case(conn, case_id)
        assert facts is not None
        expected = sorted((kind, key, facts.birth_date) for kind, key in facts.keys())  # noqa: SIM118
        rows = conn.execute(
            "SELECT kind, key, born FROM person_keys WHERE case_id = ?", (case_id,)
        ).fetchall()
        assert sorted(rows) == expected
    kinds = {row[0] for row in conn.execute("SELECT kind FROM person_keys")}
    assert {"sound", "sound_pair"} <= kinds
    stale = "SELECT count(*) FROM person_keys WHERE born = '02.04.1996' OR key = '02.04.1996'"
    assert conn.execute(stale).fetchone()[0] == 0
    indexes = {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert {"person_keys_key", "person_keys_case"} <= indexes

    store = Store.open(conn, "vault-old")
    for name, fields in [
        ("Sergueï Joukov", {"birth_date": "1996-04-02"}),
        ("Joukov Sergueï Petrovitch", {}),  # found through the sound keys alone
        ("Schukow Sergej", {"birth_date": "2.4.1996"}),
    ]:
        assert [m.case_id for m in store.matches_for(name, fields)] == [zhukov], name
