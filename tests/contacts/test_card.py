"""Contact cards: the text round trip and a strict parser for cards that come from outside."""

from __future__ import annotations

import contextlib
import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InvalidInputError
from app.exchange.identity import ContactCard, ContactCardError, clean_name
from crypto.age import generate_hybrid, generate_x25519
from crypto.sign import generate_signing_key

_X25519 = generate_x25519()[1]
_PQ = generate_hybrid()[1]
_SIGN = generate_signing_key()[1]


def card_text(name: str = "Astana office", **override: str | None) -> str:
    """A card written out by hand, its check line computed as the format describes."""
    fields = {"name": name, "age": _X25519, "age-pq": _PQ, "sign": _SIGN, **override}
    lines = ["satchel-contact-card v1"]
    lines += [f"{label}: {value}" for label, value in fields.items() if value is not None]
    canonical = [line.split(":")[0] + ": " + line.partition(":")[2].strip() for line in lines[1:]]
    check = hashlib.sha256("\n".join([lines[0], *canonical]).encode()).hexdigest()[:12]
    return "\n".join([*lines, f"check: {check}"]) + "\n"


def test_a_card_reads_back_to_the_same_keys_and_name() -> None:
    card = ContactCard.from_text(card_text())
    assert card == ContactCard("Astana office", _X25519, _PQ, _SIGN)
    assert ContactCard.from_text(card.to_text()) == card
    assert card.keys == (_X25519, _PQ, _SIGN)
    assert card.to_text().startswith("satchel-contact-card v1\nname: Astana office\n")


def test_a_cyrillic_name_survives_and_is_normalised() -> None:
    decomposed = "Правозащитный центр Й".replace("Й", "И\u0306")
    card = ContactCard.from_text(card_text(decomposed))
    assert card.name == "Правозащитный центр Й"
    assert ContactCard.from_text(card.to_text()).name == card.name


def test_pasting_adds_harmless_whitespace_and_windows_line_ends() -> None:
    pasted = "\n\n  " + card_text("  Paris association ").replace("\n", "  \r\n") + "\n\n"
    assert ContactCard.from_text(pasted).name == "Paris association"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("", "not a Satchel contact card"),
        ("hello", "not a Satchel contact card"),
        (card_text().replace(" v1", " v2"), "newer Satchel"),
        (card_text().replace(" v1", ""), "newer Satchel"),
        (card_text() + "colour: blue\n", "not a known field"),
        (card_text() + "no colon here\n", "not a known field"),
        (card_text().replace("\nage: ", "\n\nage: "), "not a known field"),
        (card_text() + f"sign: {_SIGN}\n", "gives 'sign' twice"),
        (card_text(sign=None), "no 'sign' line"),
        (card_text(**{"age-pq": None}), "no 'age-pq' line"),
        (card_text(name=""), "name on the contact card is empty"),
        (card_text("x" * 81), "longer than 80"),
        (card_text("Paris\u202eassociation"), "invisible"),
        (card_text("Paris\x07"), "invisible"),
        (card_text(age=_PQ), "age key is not a valid"),
        (card_text(**{"age-pq": _X25519}), "post-quantum age key is not a valid"),
        (card_text(age=_X25519.upper()), "age key is not a valid"),
        (card_text(age=_X25519[:-1] + ("q" if _X25519[-1] != "q" else "p")), "age key is not a"),
        (card_text(sign=_SIGN[:-2]), "signing key is not a valid"),
        (card_text(sign=_X25519), "signing key is not a valid"),
        (card_text() + "x" * 9000, "too long"),
    ],
)
def test_malformed_cards_are_refused_with_a_sentence(text: str, sentence: str) -> None:
    with pytest.raises(ContactCardError, match=sentence) as caught:
        ContactCard.from_text(text)
    assert isinstance(caught.value, InvalidInputError)
    message = caught.value.message
    assert message.endswith(".") and "\n" not in message
    assert _PQ[:40] not in message and _SIGN[8:30] not in message


def test_a_card_that_is_not_text_is_refused() -> None:
    with pytest.raises(ContactCardError):
        ContactCard.from_text(card_text().encode())  # type: ignore[arg-type]


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=200)
@given(st.text(max_size=300))
def test_arbitrary_text_is_a_card_error_never_a_crash(text: str) -> None:
    with contextlib.suppress(ContactCardError):
        ContactCard.from_text("satchel-contact-card v1\n" + text)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=200)
@given(st.data())
def test_a_damaged_card_is_refused_or_reads_exactly_what_it_says(data: st.DataObject) -> None:
    original = card_text("Paris association")
    position = data.draw(st.integers(0, len(original) - 1))
    replacement = data.draw(st.text(max_size=3))
    damaged = original[:position] + replacement + original[position + 1 :]
    try:
        card = ContactCard.from_text(damaged)
    except ContactCardError:
        return
    # Whatever still parses must be a card whose keys are each valid and exactly as written.
    assert ContactCard.from_text(card.to_text()) == card
    assert card.keys == (_X25519, _PQ, _SIGN)


def test_a_plain_age_recipient_is_a_card_without_a_signing_key() -> None:
    card = ContactCard.from_age_recipient(f"  {_X25519}\n", "Berlin partner")
    assert card == ContactCard("Berlin partner", _X25519, None, None)
    assert not card.is_satchel
    pq = ContactCard.from_age_recipient(_PQ, "Berlin PQ")
    assert (pq.x25519_recipient, pq.pq_recipient) == (None, _PQ)


@pytest.mark.parametrize("name", ["  Алматы  ", "Paris association", "A" * 80])
def test_clean_name_keeps_good_names(name: str) -> None:
    assert clean_name(name) == name.strip()


@pytest.mark.parametrize("name", ["", "   ", "A" * 81, "tab\there", "zero\u200bwidth", None])
def test_clean_name_refuses_bad_names(name: object) -> None:
    with pytest.raises(ContactCardError):
        clean_name(name)
