"""Returning persons: the same person under another spelling is found; others are not."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInputError
from app.store import Store
from app.store.duplicates import PersonFacts, judge, normal_passport
from app.store.migrations import MIGRATIONS, migrate
from app.store.names import edit_distance
from tests.helpers import old_schema_case

BORN = "1996-04-02"


@pytest.fixture
def earlier(store: Store) -> str:
    """A case rejected as a suspected plant, with every identifying field filled in."""
    case_id = store.add_case(
        "Канарейкин Илья Сергеевич",
        {"birth_date": BORN, "internal_passport": "6310 123456", "aliases": "Сокол",
         "unit": "в/ч 54321", "rank": "ефрейтор"},
    )  # fmt: skip
    store.set_case_fields(
        case_id, {"stage": "rejected", "rejection_reason": "suspected plant: unit does not exist"}
    )
    return case_id


@pytest.mark.parametrize(
    ("name", "fields", "reasons"),
    [
        ("Kanareikin Ilia Sergeevich", {"birth_date": BORN}, ("name", "birth_date")),
        ("Kanareykin Ilya", {"birth_date": BORN}, ("name", "birth_date")),
        ("KANAREIKIN ILIA", {}, ("name",)),  # two words agree, no birth date given
        ("Канарейкин Илья", {"birth_date": BORN}, ("name", "birth_date")),
        ("Kanarekiin Ilia", {"birth_date": BORN}, ("name", "birth_date")),  # transposed
        ("Kanareikn Ilia", {"birth_date": BORN}, ("name", "birth_date")),  # a letter lost
        ("Иван Петров", {"internal_passport": "63-10 123 456"}, ("passport",)),
        ("Ivan Petrov", {"internal_passport": "№ 6310-123456"}, ("passport",)),
        ("Сокол Илья", {"birth_date": BORN}, ("name", "alias", "birth_date")),
        ("Канарейкин", {"birth_date": BORN}, ("name", "birth_date")),  # one word given
        ("Канарейкин", {"unit": "54321", "rank": "Ефрейтор"}, ("name", "unit_rank")),
    ],
)
def test_spelling_variants_find_the_earlier_case(
    store: Store, earlier: str, name: str, fields: dict[str, str], reasons: tuple[str, ...]
) -> None:
    matches = store.matches_for(name, fields)
    assert [m.case_id for m in matches] == [earlier]
    match = matches[0]
    assert set(reasons) <= set(match.reasons), match.reasons
    assert match.stage == "rejected"
    assert match.rejection_reason == "suspected plant: unit does not exist"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Снегирёв Павел", "Snegirev Pavel"),  # ё and е
        ("Юрий Щербаков", "Yuriy Shcherbakov"),  # й, щ
        ("Юрий Щербаков", "Iurii Scherbakov"),
        ("Майя Соловьёва", "Maiia Soloveva"),
    ],
)
def test_both_scripts_and_their_spellings_are_one_name(
    store: Store, first: str, second: str
) -> None:
    case_id = store.add_case(first, {"birth_date": "1990-01-01"})
    assert [m.case_id for m in store.matches_for(second, {"birth_date": "1990-01-01"})] == [case_id]


@pytest.mark.parametrize(
    "typed",
    [
        "\u0420\u043e\u0440\u043ev Sergei",  # Popov in Cyrillic letters that look Latin
        "Popov S\u0435rg\u0435i",  # Cyrillic е inside a Latin word
        "\u041f\u043e\u043f\u043e\u0432 \u0421ep\u0433e\u0439",  # Latin e, p in Сергей
        "P\u03bfp\u03bfv Sergei",  # Greek omicron
        "\uff30\uff4f\uff50\uff4f\uff56 Sergei",  # fullwidth letters
    ],
)
def test_look_alike_letters_do_not_hide_a_person(store: Store, typed: str) -> None:
    earlier = store.add_case("Попов Сергей", {"birth_date": "1990-01-01"})
    later = store.add_case(typed, {"birth_date": "1990-01-01"})
    assert [m.case_id for m in store.find_matches(later)] == [earlier]
    assert [m.case_id for m in store.find_matches(earlier)] == [later]


@pytest.mark.parametrize(
    "born", ["02.04.1996", "2.4.1996", "02/04/1996", "1996-4-2", " 1996-04-02 "]
)
def test_a_birth_date_written_another_way_is_the_same_day(
    store: Store, earlier: str, born: str
) -> None:
    matches = store.matches_for("Kanareikin Ilia", {"birth_date": born})
    assert [m.case_id for m in matches] == [earlier]
    assert "birth_date" in matches[0].reasons
    # ... and another day written another way still rules a common name out.
    assert store.matches_for("Kanareikin Ilia", {"birth_date": "03.04.1996"}) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Қасымов Нұрлан", "Qasımov Nūrlan"),  # Kazakh Latin (2021): dotless ı, ū
        ("Ғалым Жүсіпов", "Ğalym Jüsipov"),
        ("Шарипова Әлия", "Şaripova Äliya"),
    ],
)
def test_kazakh_names_in_either_alphabet_are_one_name(
    store: Store, first: str, second: str
) -> None:
    case_id = store.add_case(first, {"birth_date": "1990-01-01"})
    assert [m.case_id for m in store.matches_for(second, {"birth_date": "1990-01-01"})] == [case_id]


# The same people as partners write them: French usage, German (Duden), English (the press).
PARTNER_NAMES = [
    ("french", "Жуков Сергей Петрович", "Sergueï Joukov", "Joukov Sergueï Petrovitch"),
    ("french", "Чернышёв Юрий", "Iouri Tchernychev", "TCHERNYCHEV Iouri"),
    ("french", "Щукин Евгений", "Evgueni Chtchoukine", "Chtchoukine Evgueni"),
    ("french", "Хрущёв Александр", "Alexandre Khrouchtchev", "Khrouchtchev Alexandre"),
    ("french", "Васильев Фёдор", "Fiodor Vassiliev", "Vassiliev Fiodor"),
    ("german", "Жуков Сергей Петрович", "Sergej Schukow", "Schukow Sergej Petrowitsch"),
    ("german", "Чернышёв Юрий", "Juri Tschernyschow", "Tschernyschow Juri"),
    ("german", "Щукин Евгений", "Jewgeni Schtschukin", "Schtschukin Jewgeni"),
    ("german", "Хрущёв Александр", "Alexander Chruschtschow", "Chruschtschow Alexander"),
    ("german", "Ковалёв Пётр", "Pjotr Kowaljow", "Kowaljow Pjotr"),
    ("english", "Ковалёв Фёдор", "Fyodor Kovalyov", "Kovalyov Fyodor"),
    ("english", "Соловьёв Пётр", "Pyotr Solovyov", "Solovyov Pyotr"),
    ("english", "Хрущёв Артём", "Artyom Khrushchev", "Khrushchev Artyom"),
    ("english", "Воробьёв Семён", "Semyon Vorobyov", "Vorobyov Semyon"),
]


@pytest.fixture
def rejected_plant(store: Store) -> Any:
    def add(name: str, born: str | None = BORN) -> str:
        case_id = store.add_case(name, {"birth_date": born} if born else {})
        store.set_case_fields(case_id, {"stage": "rejected", "rejection_reason": "a plant"})
        return case_id

    return add


@pytest.mark.parametrize(("convention", "cyrillic", "short", "full"), PARTNER_NAMES)
def test_a_partner_spelling_finds_the_person_rejected_here(
    store: Store, rejected_plant: Any, convention: str, cyrillic: str, short: str, full: str
) -> None:
    """Rejected here in Cyrillic, he comes back as a partner in France or Germany writes
    him: found with the same birth date, and by his whole name without one."""
    earlier = rejected_plant(cyrillic)
    matches = store.matches_for(short, {"birth_date": BORN})
    assert [m.case_id for m in matches] == [earlier], convention
    assert set(matches[0].reasons) == {"name", "birth_date"}
    assert matches[0].stage == "rejected"
    assert [m.case_id for m in store.matches_for(full)] == [earlier]  # found by sound keys
    # ... and the other way round: rejected as the partner wrote him, back in Cyrillic.
    store.set_case_fields(earlier, {"stage": "intake"})
    again = rejected_plant(full, born=None)
    assert again in [m.case_id for m in store.matches_for(cyrillic, {"birth_date": BORN})]


@pytest.mark.parametrize(("convention", "cyrillic", "short", "full"), PARTNER_NAMES[::3])
def test_an_edit_to_a_partner_spelling_is_checked(
    store: Store, rejected_plant: Any, convention: str, cyrillic: str, short: str, full: str
) -> None:
    earlier = rejected_plant(cyrillic)
    later = store.add_case("Petr Sidorov")
    assert store.find_matches(later) == []
    store.set_case_fields(later, {"name": full, "name_latin": full, "name_cyrillic": ""})
    assert [m.case_id for m in store.find_matches(later)] == [earlier], convention
    assert [m.case_id for m in store.find_matches(earlier)] == [later]


def test_names_that_merely_sound_alike_are_different_people(
    store: Store, rejected_plant: Any
) -> None:
    """German writes Жуков and Шуков alike (Schukow), French Чернов and Tchernov: a sound
    in common is a reason to compare, never a person. Another birth date rules him out."""
    earlier = rejected_plant("Жуков Сергей Петрович")
    for other in ("Шуков Сергей Петрович", "Sergej Schukow", "Schukow Sergej Petrowitsch",
                  "Sergueï Joukov"):  # fmt: skip
        assert store.matches_for(other, {"birth_date": "1991-07-15"}) == [], other
    # One word in common, the same birth date: a namesake, not him.
    assert store.matches_for("Pavel Schukow", {"birth_date": BORN}) == []
    assert store.matches_for("Joukov", {"birth_date": BORN})  # one word is all he gave
    # The whole name without a birth date, but serving in another unit.
    assert store.matches_for("Schukow Sergej Petrowitsch")  # as a control
    store.set_case_fields(earlier, {"unit": "в/ч 54321"})
    assert store.matches_for("Schukow Sergej Petrowitsch", {"unit": "в/ч 11111"}) == []


def test_look_alike_digits_do_not_hide_a_passport(store: Store, earlier: str) -> None:
    later = store.add_case("Petr Sidorov", {"internal_passport": "\uff16\uff13\uff11\uff10 123456"})
    assert [m.case_id for m in store.find_matches(later)] == [earlier]


def test_distinct_people_with_common_names_are_not_matched(store: Store) -> None:
    store.add_case("Иванов Сергей Петрович", {"birth_date": "1990-01-01", "unit": "в/ч 11111"})
    store.add_case("Иванов Сергей Петрович", {"birth_date": "1985-05-05"})
    store.add_case("Petrov Sergei", {})
    # Same names, another known birth date: common names are common.
    assert store.matches_for("Иванов Сергей Петрович", {"birth_date": "1979-12-12"}) == []
    # One common word in common is not a person.
    assert store.matches_for("Иванов Павел", {}) == []
    assert store.matches_for("Смирнов Сергей", {"birth_date": "1990-01-01"}) == []
    # The same common surname and the same birth date, but another person.
    assert store.matches_for("Иванов Павел Андреевич", {"birth_date": "1990-01-01"}) == []
    assert store.matches_for("Смирнов Павел", {"birth_date": "1990-01-01"}) == []
    # A near spelling of all three names with the same birth date is worth a look.
    assert len(store.matches_for("Иванцов Сергей Петрович", {"birth_date": "1990-01-01"})) == 1


def test_an_edit_is_checked_against_the_others(store: Store, earlier: str) -> None:
    later = store.add_case("Petr Sidorov", {"birth_date": "2000-01-01"})
    assert store.find_matches(later) == []
    store.set_case_fields(later, {"internal_passport": "6310123456"})
    assert [m.case_id for m in store.find_matches(later)] == [earlier]
    assert [m.case_id for m in store.find_matches(earlier)] == [later]
    # The keys follow the edit: a corrected passport no longer matches.
    store.set_case_fields(later, {"internal_passport": "4501 999999"})
    assert store.find_matches(later) == []


def test_decisions_are_kept_and_logged(store: Store, earlier: str) -> None:
    same = store.add_case("Kanareikin Ilia", {"birth_date": BORN})
    other = store.add_case("Kanareikin Ilia", {"birth_date": BORN, "city": "Алматы"})
    store.decide_same_person(same, earlier, same=True)
    store.decide_same_person(other, earlier, same=False)
    matches = {m.case_id: m for m in store.find_matches(earlier)}
    assert matches[same].linked is True
    assert other not in matches  # marked as different people: not shown again
    assert {m.case_id for m in store.find_matches(other)} == {same}
    actions = [entry.action for entry in store.history(limit=10)]
    assert "person.same" in actions and "person.distinct" in actions
    assert store.verify_audit().ok
    with pytest.raises(InvalidInputError, match="itself"):
        store.decide_same_person(same, same, same=True)


def test_keys_are_built_for_a_v5_vault_with_data(tmp_path: Path, open_encrypted: Any) -> None:
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:5]) == 5
    first = old_schema_case(
        conn, "vault-old", "Канарейкин Илья", birth_date=BORN, internal_passport="6310 1"
    )
    old_schema_case(conn, "vault-old", "Снегирёв Павел", birth_date="1990-01-01")

    assert migrate(conn, MIGRATIONS[:6]) == 6

    store = Store.open(conn, "vault-old")
    assert [m.case_id for m in store.matches_for("Kanareikin Ilia", {"birth_date": BORN})] == [
        first
    ]
    kinds = {row[0] for row in conn.execute("SELECT kind FROM person_keys")}
    # "6310 1" is too short to be a passport
    assert kinds == {"anagram", "pair", "birth", "sound", "sound_pair"}
    assert store.verify_audit().ok


def test_the_small_pieces() -> None:
    assert normal_passport(" 63-10 № 123 456 ") == "6310123456"
    assert normal_passport("12-3") is None
    assert edit_distance("kanareikin", "kanarekiin", 2) == 1  # one transposition
    assert edit_distance("kanareikin", "kanarekin", 2) == 1
    assert edit_distance("ivanov", "petrov", 2) == 3  # gives up past the limit
    a = PersonFacts.of({"name": "Иван Петров", "birth_date": "1990-01-01"})
    b = PersonFacts.of({"name": "Ivan Petrov", "birth_date": "1990-01-02"})
    assert judge(a, b) == ()


def test_the_rejected_keys_never_rule_out_a_person_who_matches_a_rejected_case(
    store: Store,
) -> None:
    """RejectedPersons lets the import skip the look-up for people who share no key with a
    rejected case; every person whom find_matches matches with a rejected case must pass it.
    Demo people, half of them rejected, probed with their own facts and with variants of
    them: another script, no birth date, another birth date with the same passport."""
    from app.store.demo import generate_demo
    from app.store.duplicates import RejectedPersons, facts_of_case, find_matches
    from app.store.search import reindex_case

    generate_demo(store, 200, seed=5)
    conn = store.connection
    ids = [str(r[0]) for r in conn.execute("SELECT id FROM cases ORDER BY id")]
    with store.transaction():
        for case_id in ids:  # demo data is written in bulk, without person keys
            reindex_case(conn, case_id)
    for case_id in ids[::2]:
        store.set_case_fields(case_id, {"stage": "rejected", "rejection_reason": "a plant"})
    rejected = set(ids[::2])
    rejected_persons = RejectedPersons(conn)
    probes: list[PersonFacts] = []
    for case_id in ids:
        name, latin, born, passport, unit = conn.execute(
            "SELECT p.name, p.name_latin, p.birth_date, p.internal_passport, s.unit "
            "FROM cases c JOIN persons p ON p.id = c.person_id "
            "LEFT JOIN services s ON s.case_id = c.id WHERE c.id = ?",
            (case_id,),
        ).fetchone()
        probes += [
            PersonFacts.of({"name": name, "birth_date": born, "unit": unit}),
            PersonFacts.of({"name": latin or name}),
            PersonFacts.of({"name": _as_partners_write(latin, "fr"), "birth_date": born}),
            PersonFacts.of({"name": _as_partners_write(latin, "de")}),
            PersonFacts.of({"name": "Другой Человек", "birth_date": "1970-01-01",
                            "internal_passport": passport}),
        ]  # fmt: skip
        facts = facts_of_case(conn, case_id)
        assert facts is not None
        probes.append(facts)
    matched = skipped = 0
    for facts in probes:
        if any(m.case_id in rejected for m in find_matches(conn, facts)):
            matched += 1
            assert rejected_persons.look_like(facts), facts
        elif not rejected_persons._may_match(facts):  # looked up without a query
            skipped += 1
    assert matched > 100 and skipped > 100  # both answers were seen
    stranger = PersonFacts.of({"name": "Zzyx Qwv", "birth_date": "1901-01-01"})
    assert not rejected_persons._may_match(stranger)


_PARTNER_LETTERS = {
    "fr": {"shch": "chtch", "zh": "j", "kh": "kh", "ch": "tch", "sh": "ch", "ts": "ts",
           "u": "ou", "v": "v", "z": "z"},
    "de": {"shch": "schtsch", "zh": "sch", "kh": "ch", "ch": "tsch", "sh": "sch", "ts": "z",
           "u": "u", "v": "w", "z": "s"},
}  # fmt: skip
_PARTNER_LETTERS_RE = re.compile("shch|zh|kh|ch|sh|ts|u|v|z")


def _as_partners_write(latin: str, language: str) -> str:
    """A passport's Latin spelling roughly as a French or German partner writes it."""
    letters = _PARTNER_LETTERS[language]
    return _PARTNER_LETTERS_RE.sub(lambda m: letters[m.group(0)], latin.lower()).title()
