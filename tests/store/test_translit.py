"""Transliteration for display (ICAO passports) and folding for search."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.translit import (
    fold,
    fold_tokens,
    is_cyrillic,
    name_words,
    sound_keys,
    to_cyrillic,
    to_latin,
)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Канарейкин", "Kanareikin"),
        ("Юрий", "Iurii"),
        ("Щербаков", "Shcherbakov"),
        ("Хабибуллин", "Khabibullin"),
        ("Ёлкин", "Elkin"),
        ("Цветков", "Tsvetkov"),
        ("Мария", "Mariia"),
        ("Подъячев", "Podieiachev"),
        ("Ильич", "Ilich"),
        ("Жуков", "Zhukov"),
        ("ЖУКОВ", "ZHUKOV"),
        ("Снегирёв Алексей", "Snegirev Aleksei"),
    ],
)
def test_to_latin_follows_the_russian_passport_scheme(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


def test_to_latin_keeps_what_is_not_cyrillic() -> None:
    assert to_latin("в/ч 12345, Smith") == "v/ch 12345, Smith"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Aleksei", "Алексей"),
        ("Andrey", "Андрей"),
        ("Iurii", "Юрий"),
        ("Yuriy", "Юрий"),
        ("Shcherbakov", "Щербаков"),
        ("Khabibullin", "Хабибуллин"),
        ("Ryabinin", "Рябинин"),
        ("Rybin", "Рыбин"),
        ("Kanareikin", "Канарейкин"),
    ],
)
def test_to_cyrillic_guesses_common_spellings(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


VARIANTS = {
    "Юрий": ["Yuri", "Yuriy", "Iurii", "Jurij", "Yurii", "Юрий"],
    "Алексей": ["Aleksei", "Alexey", "Aleksey", "Alexei", "АЛЕКСЕЙ"],
    "Щербаков": ["Shcherbakov", "Scherbakov", "Shcherbakoff".replace("ff", "v")],
    "Хабибуллин": ["Khabibullin", "Habibullin", "Khabibulin"],
    "Ёлкин": ["Yolkin", "Elkin", "Ëlkin", "Елкин"],
    "Цветков": ["Tsvetkov", "Cvetkov", "Tzvetkov"],
    "Канарейкин": ["Kanareikin", "Kanareykin", "KANAREIKIN", "Kanarejkin"],
    "Мария": ["Mariya", "Maria", "Mariia"],
    "Фёдор": ["Fedor", "Fyodor"],
}


@pytest.mark.parametrize(
    ("original", "variant"), [(o, v) for o, vs in VARIANTS.items() for v in vs]
)
def test_spelling_variants_fold_to_one_skeleton(original: str, variant: str) -> None:
    assert fold(variant) == fold(original)


@pytest.mark.parametrize(
    ("a", "b"), [("Рыбин", "Рябинин"), ("Иванов", "Ивашов"), ("Цветков", "Светков")]
)
def test_different_names_stay_different(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_fold_tokens_drops_punctuation_and_keeps_digits() -> None:
    assert fold_tokens("в/ч 12345; «Сокол»!") == ["v", "ch", "12345", "sokol"]
    assert fold_tokens("  ") == []
    assert fold_tokens('"*) OR NEAR(') == ["or", "near"]


def test_is_cyrillic_counts_letters() -> None:
    assert is_cyrillic("Канарейкин Yuri")
    assert not is_cyrillic("Kanareikin Юр")
    assert not is_cyrillic("12345")


@given(st.text(max_size=60))
def test_fold_never_fails_and_yields_only_index_safe_tokens(text: str) -> None:
    for token in fold_tokens(text):
        assert token and token.isascii() and token.isalnum() and token == token.lower()
    assert fold(fold(text)) == fold(text)


# How partners write Russian names: French usage, German (Duden), English (BGN/PCGN and the
# English press), and the passport (ICAO) and ISO 9 / scientific transliterations.
PARTNER_SPELLINGS = {
    "Жуков": {"french": ["Joukov"], "german": ["Schukow"], "english": ["Zhukov"],
              "passport": ["ZHUKOV", "Žukov"]},
    "Чернышёв": {"french": ["Tchernychev", "Tchernychov"], "german": ["Tschernyschow"],
                 "english": ["Chernyshov", "Chernyshev"], "passport": ["Černyšev"]},
    "Щукин": {"french": ["Chtchoukine"], "german": ["Schtschukin"], "english": ["Shchukin"],
              "passport": ["Ščukin", "Ŝukin"]},
    "Хрущёв": {"french": ["Khrouchtchev"], "german": ["Chruschtschow"],
               "english": ["Khrushchev", "Khrushchyov"], "passport": ["Xruščev", "Chruščev"]},
    "Юрий": {"french": ["Iouri", "Youri"], "german": ["Juri", "Jurij"],
             "english": ["Yuri", "Yury", "Yuriy"], "passport": ["Iurii"]},
    "Сергей": {"french": ["Sergueï", "Serguei"], "german": ["Sergej"], "english": ["Sergey"],
               "passport": ["Sergei"]},
    "Васильев": {"french": ["Vassiliev"], "german": ["Wassiljew"], "english": ["Vasilyev"],
                 "passport": ["Vasilev", "Vasil'ev"]},
    "Евгений": {"french": ["Evgueni", "Evguéni"], "german": ["Jewgeni", "Jewgenij"],
                "english": ["Yevgeny", "Evgeny"], "passport": ["Evgenii"]},
    "Ковалёв": {"french": ["Kovaliov", "Kovalev"], "german": ["Kowaljow"],
                "english": ["Kovalyov"], "passport": ["Kovalev", "Kovalëv"]},
    "Александр": {"french": ["Alexandre"], "german": ["Alexander", "Alexandr"],
                  "english": ["Alexander", "Aleksandr"], "passport": ["Aleksandr"]},
    "Зайцев": {"french": ["Zaïtsev"], "german": ["Saizew"], "english": ["Zaytsev"],
               "passport": ["Zaitsev", "Zajcev"]},
    "Цветков": {"french": ["Tsvetkov"], "german": ["Zwetkow"], "english": ["Tsvetkov"],
                "passport": ["Cvetkov"]},
    "Соловьёв": {"french": ["Soloviov"], "german": ["Solowjow"], "english": ["Solovyov"],
                 "passport": ["Solovev"]},
    "Пётр": {"french": ["Piotr"], "german": ["Pjotr"], "english": ["Pyotr"],
             "passport": ["Petr"]},
    "Сергеевич": {"french": ["Sergueïevitch"], "german": ["Sergejewitsch"],
                  "english": ["Sergeyevich"], "passport": ["Sergeevich"]},
    "Романов": {"french": ["Romanoff"], "german": ["Romanow"], "english": ["Romanov"],
                "passport": ["Romanov"]},
}  # fmt: skip


@pytest.mark.parametrize(
    ("cyrillic", "convention", "latin"),
    [
        (c, convention, latin)
        for c, conventions in PARTNER_SPELLINGS.items()
        for convention, spellings in conventions.items()
        for latin in spellings
    ],
)
def test_a_partner_spelling_sounds_like_the_russian_name(
    cyrillic: str, convention: str, latin: str
) -> None:
    assert sound_keys(cyrillic.lower()) <= sound_keys(latin.lower()), convention
    # ... and like the other partners' spellings of the same name.
    for other in PARTNER_SPELLINGS[cyrillic].values():
        for spelling in other:
            assert sound_keys(spelling.lower()) & sound_keys(latin.lower()), spelling


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Жуков", "Чуков"), ("Жуков", "Хуков"), ("Жуков", "Юков"), ("Щукин", "Шукин"),
        ("Чернов", "Шернов"), ("Чернов", "Хернов"), ("Сидоров", "Цидоров"),
        ("Петров", "Петрова"), ("Иванов", "Ивашов"), ("Рыбин", "Рябинин"),
        ("Ковалёв", "Коваль"), ("Дина", "Диана"), ("Павел", "Павлов"),
        ("Joukov", "Чуков"), ("Tchernov", "Шернов"), ("Schukow", "Чуков"),
    ],
)  # fmt: skip
def test_names_the_conventions_keep_apart_stay_apart(a: str, b: str) -> None:
    assert not sound_keys(a.lower()) & sound_keys(b.lower())


def test_names_german_writes_alike_sound_alike() -> None:
    """Schukow is Жуков or Шуков: the key cannot tell them apart, the birth date must."""
    assert sound_keys("жуков") == sound_keys("шуков")
    assert sound_keys("зайцев") == sound_keys("сайцев")


def test_name_words_keep_a_word_whole_and_read_it_as_it_looks() -> None:
    (vasilev,) = name_words("Vasil'ev")
    assert vasilev == (("vasilev",), sound_keys("vasilev"))
    (popov,) = name_words("\u0420\u043e\u0440\u043ev")  # Popov in Cyrillic look-alikes
    assert popov[0] == ("popov",) and sound_keys("попов") <= popov[1]
    assert [folded for folded, _ in name_words("в/ч 12345")] == [("v",), ("ch",), ("12345",)]
    assert name_words("в/ч 12345")[2][1] == frozenset()


@given(st.text(max_size=30))
def test_sound_keys_never_fail(text: str) -> None:
    for _, keys in name_words(text):
        assert all(isinstance(key, str) for key in keys)
