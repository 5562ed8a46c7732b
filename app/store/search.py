"""Full-text search that finds a person however the name was spelled.

Each case has one row in the FTS5 table ``search_fts`` holding the *folded* form
(:func:`app.translit.fold`) of its names, aliases, unit, statements and notes, one column
each. A query is folded the same way and every word is matched as a prefix, so
``Kanareyk``, ``Kanareikin`` and ``Канарейкин`` all find the same person while the user is
still typing. All words must match within one case, in any of its fields. The names column
also holds the names' sound keys (:func:`sound_words`), so a whole word typed the way a
partner in France or Germany spells the name (``Joukov``, ``Schukow``) finds ``Жуков``.

Speed: queries never rank the whole match set. Name matches are fetched first, newest case
first, and the search stops as soon as it has enough; other fields fill any remaining room.
Nothing is scanned in Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.store.duplicates import rekey_case
from app.translit import fold, fold_tokens, is_cyrillic, name_words
from app.types import Connection

MAX_QUERY_WORDS = 8
COLUMNS = ("names", "aliases", "unit", "statements", "notes")
FIELD_NAMES = {
    "names": "name", "aliases": "aliases", "unit": "unit",
    "statements": "statement", "notes": "note",
}  # fmt: skip
_SNIPPET_CHARS = 80


@dataclass(frozen=True)
class SearchHit:
    """One case found by a search: the person's name, the field that matched, a snippet."""

    case_id: str
    name: str
    field: str
    snippet: str


def reindex_case(conn: Connection, case_id: str) -> None:
    """Rebuild the case's search row from its current names, unit, statements and notes,
    and its person keys (:mod:`app.store.duplicates`), which follow the same writes."""
    rekey_case(conn, case_id)
    key = _key(conn, case_id)
    person = conn.execute(_PERSON_SQL, (case_id,)).fetchone()
    texts = case_texts(conn, case_id, person)
    # What a hit shows comes from here, so a search never reads the case's other rows.
    conn.execute(
        "UPDATE search_keys SET name = ?, name_latin = ?, name_cyrillic = ?, aliases = ?, "
        "unit = ? WHERE key = ?",
        (*person, key),
    )
    conn.execute("DELETE FROM search_fts WHERE rowid = ?", (key,))
    folded = [fold(" ".join(texts[column])) for column in COLUMNS]
    folded[0] = with_sounds(folded[0], texts["names"])
    conn.execute(
        "INSERT INTO search_fts (rowid, names, aliases, unit, statements, notes) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (key, *folded),
    )


def _key(conn: Connection, case_id: str) -> int:
    row = conn.execute("SELECT key FROM search_keys WHERE case_id = ?", (case_id,)).fetchone()
    if row is not None:
        return int(row[0])
    key = conn.execute("INSERT INTO search_keys (case_id) VALUES (?)", (case_id,)).lastrowid
    assert key is not None  # an INSERT into a rowid table always sets it
    return key


def case_texts(conn: Connection, case_id: str, person: tuple[Any, ...]) -> dict[str, list[str]]:
    """The original searchable texts of a case, by search column; ``person`` is its row of
    ``_PERSON_SQL``."""
    return {
        **_person_texts(person),
        "statements": _table_texts(conn, "statements", case_id),
        "notes": _table_texts(conn, "notes", case_id),
    }


_PERSON_SQL = (
    "SELECT p.name, p.name_latin, p.name_cyrillic, p.aliases, s.unit FROM cases c "
    "JOIN persons p ON p.id = c.person_id LEFT JOIN services s ON s.case_id = c.id "
    "WHERE c.id = ?"
)


def _person_texts(person: tuple[Any, ...]) -> dict[str, list[str]]:
    """The names, aliases and unit columns from ``name, latin, cyrillic, aliases, unit``."""
    name, latin, cyrillic, aliases, unit = person
    return {
        "names": [t for t in dict.fromkeys((name, latin, cyrillic)) if t],
        "aliases": [aliases] if aliases else [],
        "unit": [unit] if unit else [],
    }


def _table_texts(conn: Connection, table: str, case_id: str) -> list[str]:
    """The statements' texts and translations, or the notes' texts, oldest first."""
    extra = ", translation" if table == "statements" else ", NULL"
    rows = conn.execute(
        f"SELECT text{extra} FROM {table} WHERE case_id = ? ORDER BY created_at",  # noqa: S608
        (case_id,),
    )
    return [str(text) for row in rows for text in row if text]


_WORD_RE = re.compile(r"\w+")

SOUND_MARK = "zz"
"""Before each sound key in the index (``zzshukov``): a partner's spelling (``Joukov``,
``Schukow``) finds ``Жуков`` through the keys, and the keys never mix with the folded
words typed prefixes match."""
MIN_SOUND_WORD = 4
MAX_SOUND_WORD = 40
"""Typed Latin words this long or longer also look for their sound keys (whole keys, not
prefixes: a word being typed would match far too much)."""


def sound_words(names: Iterable[str]) -> list[str]:
    """The marked sound keys (:func:`app.translit.sound_keys`) of every word of ``names``."""
    keys = {key for text in names for _folded, sounds in name_words(text) for key in sounds}
    marked = (SOUND_MARK + token for key in sorted(keys) for token in fold_tokens(key))
    return list(dict.fromkeys(marked))


def with_sounds(folded_names: str, names: Iterable[str]) -> str:
    """The names column of the index: the folded names, then their marked sound keys."""
    return " ".join([folded_names, *sound_words(names)]).strip()


def query_words(query: str) -> list[str]:
    """The folded words of ``query`` that narrow a search, at most eight.

    Words of one letter are left out, judged as typed (``ч`` folds to ``ch``): as prefixes
    they match nearly every case (the "в/ч" of "в/ч 12345", an initial), so they cost a
    scan of everything and narrow nothing. A single digit stays: "в/ч 7" looks for units
    starting with 7. A query of one-letter words only has no words.
    """
    typed = [w for w in _WORD_RE.findall(query) if len(w) > 1 or w.isdigit()]
    words = dict.fromkeys(token for word in typed for token in fold_tokens(word))
    return list(words)[:MAX_QUERY_WORDS]


def match_expression(query: str, columns: Iterable[str] | None = None) -> str | None:
    """An FTS5 query: every folded word as a quoted prefix term (no FTS syntax leaks in); a
    whole Latin word of a name also as its sound keys, so a partner's spelling finds it."""
    words = query_words(query)
    if not words:
        return None
    sounds = _sound_terms(query)
    terms = " AND ".join(
        f'("{word}"* OR {" OR ".join(sounds[word])})' if word in sounds else f'"{word}"*'
        for word in words
    )
    if columns is None:
        return terms
    return "{" + " ".join(columns) + "} : (" + terms + ")"


def _sound_terms(query: str) -> dict[str, list[str]]:
    """Per folded query word typed in Latin letters (:data:`MIN_SOUND_WORD` to
    :data:`MAX_SOUND_WORD` letters, no name is longer), its marked sound keys as exact FTS
    terms. Only the first words are read: a search uses at most eight."""
    found: dict[str, list[str]] = {}
    for word in _WORD_RE.findall(query)[: MAX_QUERY_WORDS * 2]:  # no more than are searched
        if not MIN_SOUND_WORD <= len(word) <= MAX_SOUND_WORD:
            continue
        if not word.isalpha() or is_cyrillic(word):
            continue
        tokens = fold_tokens(word)
        marked = sound_words([word])
        if len(tokens) == 1 and marked:
            found[tokens[0]] = [f'"{token}"' for token in marked]
    return found


_MATCHING_IDS = (
    "SELECT case_id FROM search_keys WHERE key IN "
    "(SELECT rowid FROM search_fts WHERE search_fts MATCH ?)"
)


_MATCHING_KEYS = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?"


def matching_cases_sql(query: str) -> tuple[str, list[str]] | None:
    """SQL selecting the ids of cases matching every word of ``query`` (None: no words)."""
    expression = match_expression(query)
    if expression is None:
        return None
    return _MATCHING_IDS, [expression]


def matching_keys_sql(query: str) -> tuple[str, list[str]] | None:
    """SQL selecting the search keys (``search_keys.key``) of matching cases."""
    expression = match_expression(query)
    if expression is None:
        return None
    return _MATCHING_KEYS, [expression]


def count_matches(conn: Connection, query: str) -> int:
    """How many cases match ``query``, counted in the search index alone (no case rows)."""
    expression = match_expression(query)
    if expression is None:
        return 0
    row = conn.execute(
        "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (expression,)
    ).fetchone()
    return int(row[0])


def search(conn: Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Cases matching ``query``: name matches first, then the rest; at most ``limit``."""
    names_only = match_expression(query, ("names", "aliases"))
    anywhere = match_expression(query)
    if names_only is None or anywhere is None or limit <= 0:
        return []
    tokens = query_words(query)
    found = _matching_keys(conn, names_only, limit, ())
    if len(found) < limit:
        found += _matching_keys(conn, anywhere, limit - len(found), [k for k, *_ in found])
    return [_hit(conn, row, tokens) for row in found]


_ROW_SQL = (
    "SELECT f.rowid, k.case_id, k.name, k.name_latin, k.name_cyrillic, k.aliases, k.unit "
    "FROM search_fts f JOIN search_keys k ON k.key = f.rowid WHERE search_fts MATCH ?"
)
"""Each match with the names, aliases and unit its index row was built from (kept beside
its key, schema v10): one small row per hit, where a hit there (the common case) needs no
query of its own. The index's own copy of a case's texts, statements and notes included, is
never read; statements and notes are read only for a hit in them."""


def _matching_keys(
    conn: Connection, expression: str, limit: int, exclude: Iterable[int]
) -> list[tuple[Any, ...]]:
    skip = list(exclude)
    marks = ", ".join("?" for _ in skip)
    not_in = f" AND f.rowid NOT IN ({marks})" if skip else ""
    sql = _ROW_SQL + not_in + " ORDER BY f.rowid DESC LIMIT ?"
    return list(conn.execute(sql, (expression, *skip, limit)).fetchall())


def _hit(conn: Connection, row: tuple[Any, ...], tokens: list[str]) -> SearchHit:
    """The hit for one matching row, with the texts of the column that matched: the first
    column, in the index's order, whose folded text has a word starting with a token."""
    _, case_id, name, *rest = row
    person = _person_texts((name, *rest))
    for column in COLUMNS:
        texts = person[column] if column in person else _table_texts(conn, column, case_id)
        if _matches(fold(" ".join(texts)), tokens):
            text = next((t for t in texts if _matches(fold(t), tokens)), " ".join(texts))
            return SearchHit(case_id, name, FIELD_NAMES[column], snippet(text, tokens))
    return SearchHit(case_id, name, "name", name)


def _matches(folded: str, tokens: list[str]) -> bool:
    words = folded.split()
    return any(word.startswith(token) for token in tokens for word in words)


def snippet(text: str, tokens: list[str]) -> str:
    """A short piece of ``text`` around the first word that matched one of ``tokens``."""
    words = text.split()
    for index, word in enumerate(words):
        if _matches(fold(word), tokens):
            start = max(0, index - 4)
            piece = " ".join(words[start : index + 8])
            prefix = "…" if start else ""
            if len(piece) > _SNIPPET_CHARS:
                piece = piece[:_SNIPPET_CHARS] + "…"
            elif index + 8 < len(words):
                piece += " …"
            return prefix + piece
    return text[:_SNIPPET_CHARS] + ("…" if len(text) > _SNIPPET_CHARS else "")
