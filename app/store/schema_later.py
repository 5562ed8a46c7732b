"""The schema steps from v11 on (:mod:`app.store.schema_steps` lists them all in order).

Each is a function of the connection, run by :mod:`app.store.migrations` in its own
transaction together with the new version number.
"""

from __future__ import annotations

from app.store.digests import remember_legacy_digests
from app.store.duplicates import rebuild_keys
from app.store.search import sound_words
from app.types import Connection


def v11(conn: Connection) -> None:
    """v11: whether a check's current version was taken from a bundle (1) or recorded here
    (0): only checks recorded here count for the workflow rule unless the case's origin
    vouches. Earlier vaults knew only the revisions: a check is marked received where a
    peer's base is its revision, unless the check did not come from that peer and this
    vault had sent it that very revision (it merely came back)."""
    conn.execute("ALTER TABLE checks ADD COLUMN received INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        "UPDATE checks SET received = 1 WHERE EXISTS ("
        "SELECT 1 FROM sync_state s WHERE s.record_id = checks.id AND s.base = checks.revision "
        "AND (s.source OR s.sent IS NULL OR s.sent < s.base))"
    )


def v12(conn: Connection) -> None:
    """v12: vetting signatures cover who the case is about as well as the checks
    (``satchel-vetting-digest-v2``). What each case's checks-only digest stood for is kept,
    so a signature made before still counts until the checks or the person change."""
    remember_legacy_digests(conn)


def v13(conn: Connection) -> None:
    """v13: the redaction profile each record was last sent to each peer under: a peer may
    change only the fields it was shown (app/exchange/bundle/planning.py). Sends before it
    are taken as the default profile."""
    conn.execute("ALTER TABLE sync_state ADD COLUMN profile TEXT")


def v14(conn: Connection) -> None:
    """v14: person keys of a new kind, ``sound`` and ``sound_pair`` (a name however a
    partner in France or Germany transliterated it: Joukov, Schukow for Жуков), for the
    cases already in the vault. The keys are rebuilt whole, not added to: the keys of cases
    not edited since earlier changes to how keys are made (look-alike letters, birth dates
    written another way) were still the old ones, and would have hidden a person. A vault
    coming from before v6 builds its keys twice; that happens once."""
    conn.execute("DROP INDEX person_keys_key")
    conn.execute("DROP INDEX person_keys_case")
    conn.execute("DELETE FROM person_keys")
    rebuild_keys(conn)


def v15(conn: Connection) -> None:
    """v15: the search index holds the sound keys of each case's names (``zzshukov``), so a
    search typed the way a partner in France or Germany spells a name (``Joukov``,
    ``Schukow``) finds ``Жуков``. Only the names column of each row gains them."""
    rows = conn.execute("SELECT key, name, name_latin, name_cyrillic FROM search_keys").fetchall()
    updates = []
    for key, *names in rows:
        words = sound_words(dict.fromkeys(str(n) for n in names if n))
        if words:
            updates.append((" " + " ".join(words), key))
    conn.executemany("UPDATE search_fts SET names = names || ? WHERE rowid = ?", updates)
