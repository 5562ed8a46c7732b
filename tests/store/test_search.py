"""Search finds people by any common spelling of their name, in either script."""

from __future__ import annotations

import pytest

from app.store import Store

PEOPLE = {
    "Юрий Канарейкин": ["Yuri", "Yuriy", "Iurii", "Jurij", "Юрий", "Kanareikin", "Kanareykin"],
    "Алексей Снегирёв": ["Aleksei", "Alexey", "Aleksey", "Snegirev", "Snegiryov", "Снегирев"],
    "Пётр Щербаков": ["Shcherbakov", "Scherbakov", "Щербаков", "Petr", "Pyotr"],
    "Тимур Хабибуллин": ["Khabibullin", "Habibullin", "Хабибуллин"],
    "Глеб Ёлкин": ["Yolkin", "Elkin", "Ёлкин", "Елкин"],
    "Денис Цветков": ["Tsvetkov", "Cvetkov", "Цветков"],
}


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    return {name: store.add_case(name) for name in PEOPLE}


@pytest.mark.parametrize(("person", "query"), [(p, q) for p, qs in PEOPLE.items() for q in qs])
def test_real_world_variants_find_the_person(
    store: Store, people: dict[str, str], person: str, query: str
) -> None:
    hits = store.search(query)
    assert people[person] in [h.case_id for h in hits]
    assert len(hits) == 1, [h.name for h in hits]


@pytest.mark.parametrize("query", ["Канарейкин", "Kanareykin", "канар", "KANAREIKIN"])
def test_latin_stored_names_are_found_in_cyrillic(store: Store, query: str) -> None:
    case_id = store.add_case("Kanareikin Yuri")
    store.add_case("Ryabinin Oleg")
    assert [h.case_id for h in store.search(query)] == [case_id]


@pytest.mark.parametrize(
    ("prefix", "person"),
    [
        ("Kan", "Юрий Канарейкин"),
        ("Кана", "Юрий Канарейкин"),
        ("Kanarey", "Юрий Канарейкин"),
        ("Shcher", "Пётр Щербаков"),
        ("Щерб", "Пётр Щербаков"),
        ("Habib", "Тимур Хабибуллин"),
    ],
)
def test_partial_typing_finds_by_prefix(
    store: Store, people: dict[str, str], prefix: str, person: str
) -> None:
    assert [h.case_id for h in store.search(prefix)] == [people[person]]


def test_all_words_must_match_but_may_be_in_different_fields(store: Store) -> None:
    a = store.add_case("Юрий Канарейкин", {"unit": "в/ч 54321"})
    store.add_case("Юрий Рябинин", {"unit": "в/ч 11111"})
    assert [h.case_id for h in store.search("Yuri 54321")] == [a]
    assert [h.case_id for h in store.search("Kanareikin Yuri")] == [a]
    assert store.search("Kanareikin 11111") == []


def test_aliases_unit_notes_and_statements_are_searchable(store: Store) -> None:
    case_id = store.add_case("Иван Кленов", {"aliases": "Сокол, Sokolov", "unit": "в/ч 73921"})
    store.add_note(case_id, "Brother lives in Uralsk and is under pressure")
    store.add_statement(case_id, "Не хочу убивать украинцев", source="interview")
    expected = {"Sokol": "aliases", "73921": "unit", "uralsk": "note", "убивать": "statement"}
    for query, field in expected.items():
        hits = store.search(query)
        assert [(h.case_id, h.field) for h in hits] == [(case_id, field)], query
        assert hits[0].name == "Иван Кленов"
    hit = store.search("uralsk")[0]
    assert "Uralsk" in hit.snippet


def test_name_matches_come_before_other_fields(store: Store) -> None:
    in_note = store.add_case("Глеб Вязов")
    store.add_note(in_note, "Talked to Kedrov's lawyer")
    by_name = store.add_case("Павел Кедров")
    assert [h.case_id for h in store.search("Kedrov")] == [by_name, in_note]


def test_changes_reach_the_index(store: Store) -> None:
    case_id = store.add_case("Олег Осинников", {"unit": "в/ч 22222"})
    store.set_case_fields(case_id, {"name": "Олег Пихтов", "unit": "в/ч 33333"})
    assert store.search("Osinnikov") == [] and store.search("22222") == []
    assert [h.case_id for h in store.search("Pikhtov")] == [case_id]
    assert [h.case_id for h in store.search("33333")] == [case_id]
    store.set_case_fields(case_id, {"aliases": "Лис"})
    assert [h.field for h in store.search("Lis")] == ["aliases"]


def test_limit_and_list_filter(store: Store) -> None:
    ids = [store.add_case(f"Зябликов {n}") for n in ("Иван", "Пётр", "Глеб")]
    store.add_case("Другой Человек")
    assert len(store.search("Zyablikov", limit=2)) == 2
    assert store.search("Zyablikov", limit=0) == []
    assert {r.id for r in store.list_cases(search="зябл")} == set(ids)
    assert store.count_cases(search="Zyablikov Petr") == 1


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "AND",
        "OR NEAR(",
        "name:",
        "{names}",
        "'; DROP TABLE cases; --",
        "\x00",
        "ё" * 500,
        "",
        "   ",
        "-",
        "^x",
        "a" * 10_000,
    ],
)
def test_hostile_or_empty_queries_never_break(
    store: Store, people: dict[str, str], query: str
) -> None:
    hits = store.search(query)
    assert isinstance(hits, list)
    store.list_cases(search=query)
    assert store.count_cases() == len(PEOPLE)


PARTNER_SPELLINGS = {
    "Жуков Сергей Петрович": ["Joukov", "Schukow", "Sergueï Joukov", "Schukow Sergej"],
    "Чернышёв Евгений": ["Tchernychev", "Tschernyschow", "Jewgeni Tschernyschow"],
    "Хрущёв Юрий": ["Khrouchtchev", "Chruschtschow", "Iouri Khrouchtchev"],
    "Васильев Александр": ["Vassiliev", "Wassiljew", "Alexandre Vassiliev"],
}


@pytest.mark.parametrize(
    ("person", "query"), [(p, q) for p, qs in PARTNER_SPELLINGS.items() for q in qs]
)
def test_a_partners_spelling_finds_the_person_in_search_and_the_case_list(
    store: Store, person: str, query: str
) -> None:
    """A lawyer in Paris or Berlin types the name as her language writes it."""
    ids = {name: store.add_case(name) for name in PARTNER_SPELLINGS}
    store.add_case("Шуваев Олег")  # shares no sound with any of them
    assert ids[person] in [h.case_id for h in store.search(query)]
    assert ids[person] in {r.id for r in store.list_cases(search=query)}
    assert store.count_cases(search=query) >= 1
    assert "Шуваев Олег" not in [h.name for h in store.search(query)]


def test_a_partners_spelling_needs_the_whole_word(store: Store) -> None:
    """While a word is typed, only its folded prefix is searched: "Jouk" is not yet a
    spelling of anyone (its sound would match too much)."""
    store.add_case("Жуков Сергей")
    assert store.search("Jouk") == []
    assert len(store.search("Joukov")) == 1
