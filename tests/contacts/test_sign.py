"""Ed25519 signatures and safety numbers: valid use, and every way input can be wrong."""

from __future__ import annotations

import base64
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto.sign import (
    SignatureKeyError,
    generate_signing_key,
    is_public_key,
    parse_public_key,
    public_key_text,
    safety_number,
    sign,
    verify_signature,
)

MANIFEST = b'{"bundle": "b-1", "entries": []}'


def test_a_signature_verifies_with_the_matching_public_key() -> None:
    private, public = generate_signing_key()
    assert len(private) == 32
    assert public.startswith("ed25519:") and public_key_text(private) == public
    signature = sign(private, MANIFEST)
    assert len(signature) == 64
    assert verify_signature(public, MANIFEST, signature)


def test_a_signature_fails_for_other_data_other_keys_and_altered_bytes() -> None:
    private, public = generate_signing_key()
    _, other_public = generate_signing_key()
    signature = sign(private, MANIFEST)
    assert not verify_signature(public, MANIFEST + b" ", signature)
    assert not verify_signature(other_public, MANIFEST, signature)
    altered = bytes([signature[0] ^ 1]) + signature[1:]
    assert not verify_signature(public, MANIFEST, altered)


@pytest.mark.parametrize(
    "signature", [b"", b"\x00" * 63, b"\x00" * 65, b"\x00" * 64, "not bytes", None]
)
def test_malformed_signatures_are_false_never_an_exception(signature: object) -> None:
    _, public = generate_signing_key()
    assert verify_signature(public, MANIFEST, signature) is False  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "key",
    [
        "",
        "ed25519:",
        "ed25519:" + "A" * 43,
        "ED25519:" + base64.b64encode(bytes(32)).decode(),
        "ed25519:" + base64.b64encode(bytes(31)).decode(),
        "ed25519:" + base64.b64encode(bytes(33)).decode(),
        "ed25519:" + base64.urlsafe_b64encode(b"\xff" * 32).decode(),
        "ed25519:" + base64.b64encode(bytes(32)).decode()[:-1] + "\u0410",
        " ed25519:" + base64.b64encode(bytes(32)).decode()[1:],
        "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq",
        None,
        42,
    ],
)
def test_malformed_public_keys_are_refused(key: object) -> None:
    private, _ = generate_signing_key()
    assert not is_public_key(key)
    with pytest.raises(SignatureKeyError):
        parse_public_key(key)
    assert verify_signature(key, MANIFEST, sign(private, MANIFEST)) is False  # type: ignore[arg-type]


def test_a_non_canonical_spelling_of_a_valid_key_is_refused() -> None:
    """Base64 with stray low bits decodes to the same bytes; only one spelling is accepted."""
    _, public = generate_signing_key()
    body = public[len("ed25519:") :]
    last = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    index = last.index(body[-2])
    tweaked = body[:-2] + last[index ^ 1] + body[-1]
    assert base64.b64decode(tweaked) == base64.b64decode(body)
    assert not is_public_key("ed25519:" + tweaked)


@given(st.text(max_size=80), st.binary(max_size=80))
def test_verify_never_raises_on_arbitrary_input(key: str, signature: bytes) -> None:
    assert verify_signature(key, MANIFEST, signature) is False


def test_sign_refuses_a_private_key_of_the_wrong_size() -> None:
    with pytest.raises(SignatureKeyError):
        sign(b"\x01" * 31, MANIFEST)


def _keys() -> list[str]:
    return ["age1" + "q" * 58, "age1pq1" + "p" * 1900, generate_signing_key()[1]]


def test_the_safety_number_is_sixty_digits_in_twelve_groups() -> None:
    number = safety_number(_keys(), _keys())
    assert re.fullmatch(r"\d{5}( \d{5}){11}", number), number


def test_both_sides_see_the_same_safety_number_whatever_the_order() -> None:
    mine, theirs = _keys(), _keys()
    number = safety_number(mine, theirs)
    assert safety_number(theirs, mine) == number
    assert safety_number(list(reversed(mine)), theirs[1:] + theirs[:1]) == number


@pytest.mark.parametrize("index", [0, 1, 2])
def test_the_safety_number_changes_when_any_key_changes(index: int) -> None:
    mine, theirs = _keys(), _keys()
    theirs[2] = generate_signing_key()[1]
    mine[2] = generate_signing_key()[1]
    number = safety_number(mine, theirs)
    for side in (mine, theirs):
        changed = list(side)
        changed[index] = changed[index][:-1] + ("x" if changed[index][-1] != "x" else "y")
        other = theirs if side is mine else mine
        assert safety_number(changed, other) != number
    assert safety_number(mine, mine) != number


@pytest.mark.parametrize("bad", [[], "age1abc", [""], [None], ["k"] * 17, ["x" * 9000]])
def test_the_safety_number_refuses_malformed_key_lists(bad: object) -> None:
    with pytest.raises(ValueError):
        safety_number(bad, _keys())  # type: ignore[arg-type]
