"""The recovery code: written form, forgiving reading, typo detection."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto.recovery import (
    ALPHABET,
    RecoveryCodeError,
    RecoveryCodeTypoError,
    generate_recovery_code,
    looks_like_recovery_code,
    normalise_recovery_code,
)

WRITTEN_FORM = re.compile(r"^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$")


def test_written_form_is_seven_groups_of_four() -> None:
    code = generate_recovery_code()
    assert WRITTEN_FORM.match(code), code
    assert normalise_recovery_code(code) == code


def test_codes_differ_and_use_the_whole_alphabet() -> None:
    codes = {generate_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    seen = set("".join(codes).replace("-", ""))
    assert seen == set(ALPHABET)


def test_reading_is_forgiving() -> None:
    code = generate_recovery_code()
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_recovery_code(sloppy) == code
    assert normalise_recovery_code("  " + code.replace("-", "") + "\n") == code
    assert normalise_recovery_code(code.replace("1", "I")) == code
    assert normalise_recovery_code(code.replace("-", "\u2013")) == code


def test_every_single_character_typo_is_caught() -> None:
    code = generate_recovery_code()
    compact = code.replace("-", "")
    for position in range(len(compact)):
        for replacement in ALPHABET:
            if replacement == compact[position]:
                continue
            typo = compact[:position] + replacement + compact[position + 1 :]
            with pytest.raises(RecoveryCodeTypoError):
                normalise_recovery_code(typo)


def test_swapped_neighbours_are_caught() -> None:
    compact = generate_recovery_code().replace("-", "")
    for i in range(len(compact) - 1):
        if compact[i] == compact[i + 1]:
            continue
        swapped = compact[:i] + compact[i + 1] + compact[i] + compact[i + 2 :]
        with pytest.raises(RecoveryCodeTypoError):
            normalise_recovery_code(swapped)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "correct horse battery staple",
        "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAA",  # one short
        "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-A",  # one long
        "UUUU-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",  # U is not Crockford
        "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA*A",
        "ÄAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",
    ],
)
def test_text_that_is_not_a_code(text: str) -> None:
    assert not looks_like_recovery_code(text)
    with pytest.raises(RecoveryCodeError) as caught:
        normalise_recovery_code(text)
    assert not isinstance(caught.value, RecoveryCodeTypoError)


@settings(deadline=None)
@given(st.text(max_size=60))
def test_any_text_either_normalises_or_raises_cleanly(text: str) -> None:
    try:
        code = normalise_recovery_code(text)
    except RecoveryCodeError:
        return
    assert WRITTEN_FORM.match(code)


@settings(deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 27), st.integers(1, 31)),
        min_size=1,
        max_size=4,
        unique_by=lambda t: t[0],
    )
)
def test_up_to_four_wrong_characters_are_always_a_typo(errors: list[tuple[int, int]]) -> None:
    compact = list(generate_recovery_code().replace("-", ""))
    for position, shift in errors:
        compact[position] = ALPHABET[(ALPHABET.index(compact[position]) + shift) % 32]
    with pytest.raises(RecoveryCodeTypoError):
        normalise_recovery_code("".join(compact))
