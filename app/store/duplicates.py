"""Returning persons: the same person, or the same plant, under another spelling.

A person rejected as a suspected plant may come back through another lawyer, another office
or a partner's bundle, with the name spelled from his international passport instead of
his internal one, a transposed letter, a passport number typed with spaces. Intake, every
edit of an identifying field and every import look for him among all cases, rejected and
closed ones included, and the front ends show what they find loudly.

How, inside the encrypted database and fast at 100,000 cases:

1. **Keys.** Each case has a few *person keys* in ``person_keys`` (kept up to date with
   the search index, on every path that writes a case): its normalised passport number,
   its birth date, its military unit number, and the words of its names and aliases,
   folded by :func:`app.translit.fold` (so Cyrillic and Latin, ё and е, й, i and y are one
   word, and a word typed with look-alike letters of another script is read as it looks)
   and written with their letters in order (``anagram``: a transposed pair of letters
   gives the same key), alone and two by two (``pair``). Beside them, the words' *sound
   keys* (:func:`app.translit.sound_keys`), alone and two by two (``sound``,
   ``sound_pair``): partners in France and Germany write Жуков as ``Joukov`` and
   ``Schukow``, which no folding of letters joins to ``Zhukov``, so a Latin word is read
   back into Russian once per convention (English and the passport, French, German, ISO)
   and each reading, like a Cyrillic word, reduced to the letters the conventions cannot
   tell apart.
2. **Candidates.** The cases that share a key with the person looked for, found through
   the key index. A key shared by very many cases (a common surname or first name alone)
   says little and is skipped; the pair of a common surname and a common first name is
   rare again, and finds him.
3. **Judgement.** Each candidate is compared field by field (names word by word, a word
   in all the spellings the name fields give it: two words agree when they sound alike,
   or when their folded forms are an edit distance apart that counts a transposition as
   one edit; an alias counts as a name). The same passport number is a match.
   Otherwise: two words of the name and the same birth date; or one word and the same
   unit and rank; or, with no birth date on one side, every word of the name and no
   other unit. Different known birth dates rule a name match out: common surnames are
   common, one shared word (a surname, a first name and patronymic that thousands share)
   is not a person, and names that merely sound alike (Жуков and Шуков, both ``Schukow``
   in German) are different people.

The result is a list of :class:`PersonMatch` with the earlier case's stage and rejection
reason, and the reasons as codes (the front ends word them). A user can link two cases as
the same person or mark them as different people (``person_links``); a pair marked
different is not shown again, and both decisions go into the audit log.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.store.names import (
    NameWord,
    agreeing,
    sound_key_pairs,
    words_of_aliases,
    words_of_name,
)
from app.translit import fold_tokens
from app.types import Connection

COMMON_KEY = 400
"""A key shared by more cases than this is too common to look candidates up by alone."""
MAX_CANDIDATES = 2000
NAME_FIELDS = ("name", "name_latin", "name_cyrillic")
IDENTIFYING_FIELDS = frozenset(
    {*NAME_FIELDS, "aliases", "birth_date", "internal_passport", "unit", "rank"}
)
"""Fields whose change makes the front ends look for the person again."""

REASONS = ("passport", "name", "birth_date", "alias", "unit_rank")
"""Why two cases look like one person (codes; the front ends word them)."""

_PASSPORT_RE = re.compile(r"[^0-9A-Z]")
_DIGITS_RE = re.compile(r"\d+")
_DATE_PARTS_RE = re.compile(r"(\d{1,4})[-./ ](\d{1,2})[-./ ](\d{1,4})")


@dataclass(frozen=True)
class PersonFacts:
    """What identifies a person, normalised for comparison."""

    names: tuple[str, ...]  # folded words of the name in every script (anagram keys)
    aliases: tuple[str, ...]  # folded words of the aliases (anagram keys)
    birth_date: str | None
    passport: str | None
    unit: str | None
    rank: str | None
    name_words: tuple[NameWord, ...]  # the words of the name, each in all its spellings
    alias_words: tuple[NameWord, ...]

    @classmethod
    def of(cls, fields: Mapping[str, Any]) -> PersonFacts:
        texts = tuple(str(fields.get(f) or "") for f in NAME_FIELDS)
        aliases = str(fields.get("aliases") or "")
        rank = fields.get("rank")
        return cls(
            names=_words(texts),
            aliases=_words([aliases]),
            birth_date=normal_birth_date(fields.get("birth_date")),
            passport=normal_passport(fields.get("internal_passport")),
            unit=normal_unit(fields.get("unit")),
            rank=" ".join(fold_tokens(str(rank))) if rank else None,
            name_words=words_of_name(texts),
            alias_words=words_of_aliases(aliases),
        )

    def keys(self) -> set[tuple[str, str]]:
        """The person keys stored for this person (see the module docstring)."""
        words = sorted({anagram(w) for w in (*self.names, *self.aliases) if len(w) >= 3})
        found = {("anagram", word) for word in words}
        found |= {("pair", f"{a} {b}") for i, a in enumerate(words) for b in words[i + 1 :]}
        found |= sound_key_pairs((*self.name_words, *self.alias_words))
        if self.birth_date:
            found.add(("birth", self.birth_date))
        if self.passport:
            found.add(("passport", self.passport))
        if self.unit:
            found.add(("unit", self.unit))
        return found


def anagram(word: str) -> str:
    """A word's letters in order: equal for a word and its transposed-letters typo."""
    return "".join(sorted(word))


def _words(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word for text in texts for word in fold_tokens(text)))


def normal_passport(value: object) -> str | None:
    """A passport number without spaces, dashes or "№", in capitals, look-alike digits
    (fullwidth ``６``) as digits (None if too short)."""
    if not value:
        return None
    text = unicodedata.normalize("NFKC", str(value).replace("№", "")).upper()
    text = _PASSPORT_RE.sub("", text)
    return text if len(text) >= 6 else None


def normal_birth_date(value: object) -> str | None:
    """A birth date as ISO text however it was written (``2.4.1996``, ``02/04/1996``,
    ``1996-4-2``): the same day must never look like two days and rule a person out.
    Text that is no date is kept as it is (trimmed); None without one."""
    text = str(value).strip() if value else ""
    if not text:
        return None
    numbers = _DATE_PARTS_RE.fullmatch(text)
    if numbers is None:
        return text
    first, second, third = (int(n) for n in numbers.groups())
    year, month, day = (first, second, third) if first > 31 else (third, second, first)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return text


def normal_unit(value: object) -> str | None:
    """A military unit as its number (``в/ч 54321`` -> ``54321``), None without one."""
    if not value:
        return None
    numbers = _DIGITS_RE.findall(str(value))
    return max(numbers, key=len) if numbers and len(max(numbers, key=len)) >= 3 else None


@dataclass(frozen=True)
class PersonMatch:
    """An existing case that looks like the same person."""

    case_id: str
    name: str
    stage: str
    rejection_reason: str | None
    reasons: tuple[str, ...]
    linked: bool  # the user already linked the two cases as the same person


# -- keeping the keys --------------------------------------------------------------------------


def facts_of_case(conn: Connection, case_id: str) -> PersonFacts | None:
    row = conn.execute(
        "SELECT p.name, p.name_latin, p.name_cyrillic, p.aliases, p.birth_date, "
        "p.internal_passport, s.unit, s.rank FROM cases c JOIN persons p ON p.id = c.person_id "
        "LEFT JOIN services s ON s.case_id = c.id WHERE c.id = ?",
        (case_id,),
    ).fetchone()
    if row is None:
        return None
    names = ("name", "name_latin", "name_cyrillic", "aliases", "birth_date",
             "internal_passport", "unit", "rank")  # fmt: skip
    return PersonFacts.of(dict(zip(names, row, strict=True)))


_INSERT_KEY = "INSERT INTO person_keys (kind, key, case_id, born) VALUES (?, ?, ?, ?)"


def rekey_case(conn: Connection, case_id: str) -> None:
    """Store the case's person keys afresh (called wherever the search index is).

    A database older than schema version 6 has no key table yet: there is nothing to keep,
    and migration v6 computes the keys of every case that exists by then (and v14 again,
    with the sound keys).
    """
    if not _has_keys(conn):
        return
    conn.execute("DELETE FROM person_keys WHERE case_id = ?", (case_id,))
    facts = facts_of_case(conn, case_id)
    if facts is None:
        return
    conn.executemany(
        _INSERT_KEY, [(kind, key, case_id, facts.birth_date) for kind, key in sorted(facts.keys())]
    )


def rebuild_keys(conn: Connection) -> None:
    """The person keys of every case, as :class:`PersonFacts` makes them today, into an
    empty ``person_keys`` without indexes, then its indexes (schema steps v6 and v14)."""
    columns = ("name", "name_latin", "name_cyrillic", "aliases", "birth_date",
               "internal_passport", "unit", "rank")  # fmt: skip
    rows = conn.execute(
        "SELECT c.id, p.name, p.name_latin, p.name_cyrillic, p.aliases, p.birth_date, "
        "p.internal_passport, s.unit, s.rank FROM cases c JOIN persons p ON p.id = c.person_id "
        "LEFT JOIN services s ON s.case_id = c.id"
    )
    batch: list[tuple[str, str, str, str | None]] = []
    for case_id, *values in rows:
        facts = PersonFacts.of(dict(zip(columns, values, strict=True)))
        batch += [(kind, key, case_id, facts.birth_date) for kind, key in sorted(facts.keys())]
        if len(batch) >= 50_000:
            conn.executemany(_INSERT_KEY, batch)
            batch = []
    conn.executemany(_INSERT_KEY, batch)
    # Indexed once filled: building an index in one pass is much faster than keeping it.
    # The key index covers the birth date, so a look-up never reads the table.
    conn.execute("CREATE INDEX person_keys_key ON person_keys(kind, key, born, case_id)")
    conn.execute("CREATE INDEX person_keys_case ON person_keys(case_id)")


class RejectedPersons:
    """The cases rejected here when it was made, to ask of many people whether each looks
    like one of them (an import's new cases). Only those cases count, whatever is written
    afterwards. Their person keys are read once: a person who shares none of them under
    the rule of :func:`_candidates` (with a birth date, only keys of people born that day
    or on an unknown day, the passport whatever the day) cannot match one, and only the
    others are looked up with :func:`find_matches`."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        keys = ", k.kind, k.key, k.born" if _has_keys(conn) else ", NULL, NULL, NULL"
        join = " LEFT JOIN person_keys k ON k.case_id = c.id" if _has_keys(conn) else ""
        rows = conn.execute(
            f"SELECT c.id{keys} FROM cases c{join} WHERE c.stage = 'rejected'"  # noqa: S608
        ).fetchall()
        self.case_ids = frozenset(str(row[0]) for row in rows)
        self._dated = frozenset((str(r[1]), str(r[2]), r[3]) for r in rows if r[1] is not None)
        self._any_day = frozenset((kind, key) for kind, key, _ in self._dated)

    def look_like(self, facts: PersonFacts) -> bool:
        """Whether ``facts`` match one of the rejected cases, as :func:`find_matches` says."""
        if not self.case_ids or not self._may_match(facts):
            return False
        return any(m.case_id in self.case_ids for m in find_matches(self._conn, facts))

    def _may_match(self, facts: PersonFacts) -> bool:
        born = facts.birth_date
        for kind, key in sorted(facts.keys()):
            if born and kind != "passport":
                if (kind, key, born) in self._dated or (kind, key, None) in self._dated:
                    return True
            elif (kind, key) in self._any_day:
                return True
        return False


def _has_keys(conn: Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'person_keys'"
    ).fetchone()
    return row is not None


# -- finding -----------------------------------------------------------------------------------


def find_matches(
    conn: Connection, facts: PersonFacts, *, exclude: str | None = None
) -> list[PersonMatch]:
    """Existing cases that look like the person ``facts`` describes (best first)."""
    candidates = _candidates(conn, facts)
    candidates.discard(exclude or "")
    decisions = _decisions(conn, exclude) if exclude else {}
    wanted = sorted(c for c in candidates if decisions.get(c) != "distinct")[:MAX_CANDIDATES]
    found: list[tuple[int, PersonMatch]] = []
    facts_of = _facts_of_cases(conn, wanted)
    for case_id, (other, name, stage, reason) in facts_of.items():
        reasons = judge(facts, other)
        if reasons:
            match = PersonMatch(
                case_id, name, stage, reason, reasons, decisions.get(case_id) == "same"
            )
            found.append((-_strength(reasons), match))
    found.sort(key=lambda item: (item[0], item[1].name, item[1].case_id))
    return [match for _, match in found]


def _strength(reasons: tuple[str, ...]) -> int:
    return 10 * ("passport" in reasons) + len(reasons)


def _candidates(conn: Connection, facts: PersonFacts) -> set[str]:
    """Cases sharing a person key with ``facts`` that is not too common to mean much.

    With a birth date, only cases born the same day or on an unknown day are candidates
    (the key index holds the birth date, so the others are never read), except by the
    passport number, which may match whatever else differs.
    """
    found: set[str] = set()
    born = facts.birth_date
    for kind, key in sorted(facts.keys()):
        if born and kind != "passport":
            rows = conn.execute(
                "SELECT case_id FROM person_keys WHERE kind = ? AND key = ? "
                "AND (born IS NULL OR born = ?) LIMIT ?",
                (kind, key, born, COMMON_KEY + 1),
            ).fetchall()
        else:
            rows = conn.execute(
                "SELECT case_id FROM person_keys WHERE kind = ? AND key = ? LIMIT ?",
                (kind, key, COMMON_KEY + 1),
            ).fetchall()
        if len(rows) <= COMMON_KEY:
            found.update(row[0] for row in rows)
    return found


_FACTS_SQL = (
    "SELECT c.id, p.name, c.stage, c.rejection_reason, p.name_latin, p.name_cyrillic, "
    "p.aliases, p.birth_date, p.internal_passport, s.unit, s.rank "
    "FROM cases c JOIN persons p ON p.id = c.person_id "
    "LEFT JOIN services s ON s.case_id = c.id WHERE c.id IN "
)


def _facts_of_cases(
    conn: Connection, case_ids: list[str]
) -> dict[str, tuple[PersonFacts, str, str, str | None]]:
    """Facts, name, stage and rejection reason of many cases, a few queries in all."""
    found: dict[str, tuple[PersonFacts, str, str, str | None]] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(f"{_FACTS_SQL}({marks})", chunk):
            case_id, name, stage, reason, latin, cyrillic, aliases, birth, passport, unit, rank = (
                row
            )
            facts = PersonFacts.of({
                "name": name, "name_latin": latin, "name_cyrillic": cyrillic,
                "aliases": aliases, "birth_date": birth, "internal_passport": passport,
                "unit": unit, "rank": rank,
            })  # fmt: skip
            found[case_id] = (facts, name, stage, reason)
    return found


def _decisions(conn: Connection, case_id: str) -> dict[str, str]:
    rows = conn.execute(
        "SELECT case_a, case_b, decision FROM person_links WHERE case_a = ? OR case_b = ?",
        (case_id, case_id),
    ).fetchall()
    return {(b if a == case_id else a): decision for a, b, decision in rows}


# -- judging -----------------------------------------------------------------------------------


def judge(probe: PersonFacts, other: PersonFacts) -> tuple[str, ...]:
    """Why ``other`` looks like the same person as ``probe``; empty: it does not."""
    if probe.passport and probe.passport == other.passport:
        reasons = ["passport"]
        if agreeing(probe.name_words, other.name_words):
            reasons.append("name")
        if probe.birth_date and probe.birth_date == other.birth_date:
            reasons.append("birth_date")
        return tuple(reasons)
    by_name = agreeing(probe.name_words, other.name_words)
    by_alias = agreeing(probe.name_words, other.alias_words) | agreeing(
        probe.alias_words, other.name_words
    )
    words = by_name | by_alias
    if not words:
        return ()
    both_born = probe.birth_date and other.birth_date
    if both_born and probe.birth_date != other.birth_date:
        return ()  # common names are common: a different known birth date rules it out
    reasons = (["name"] if by_name else []) + (["alias"] if by_alias else [])
    probe_words = [w for w in probe.name_words if w.long]
    if both_born and (len(words) >= 2 or len(probe_words) == 1):
        return (*reasons, "birth_date")
    if probe.unit and probe.rank and (probe.unit, probe.rank) == (other.unit, other.rank):
        return (*reasons, "unit_rank")
    other_unit = bool(probe.unit and other.unit and probe.unit != other.unit)
    every_word = len(probe_words) >= 2 and set(probe_words) <= words
    if not both_born and every_word and not other_unit:
        return tuple(reasons)  # the whole name, and nothing that says otherwise
    return ()
