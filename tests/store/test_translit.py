"""Transliteration for display (ICAO passports) and folding for search."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.translit import fold, fold_tokens, is_cyrillic, to_cyrillic, to_latin


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
