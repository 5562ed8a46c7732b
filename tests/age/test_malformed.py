"""Malformed and hostile input: every failure is an AgeError subclass, nothing else.

Hand-made damage first (each rule of the header, the payload and the armor), then
hypothesis throws random bytes and random mutations of valid files at decrypt.
"""

from __future__ import annotations

import io
import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import crypto.age as age
from crypto.age.header import encode_header
from crypto.age.keys import parse_recipient
from crypto.age.stream import payload_key

from .conftest import seal

IDENTITY, RECIPIENT = age.generate_x25519()
PLAINTEXT = b"Statement of 12 March: I refuse to fight in Ukraine."
SEALED = seal(PLAINTEXT, [RECIPIENT])
HEADER_END = SEALED.index(b"\n---") + 1 + len(b"--- ") + 43 + 1
PAYLOAD_START = HEADER_END + 16


def attempt(data: bytes) -> tuple[bytes, age.AgeError | None]:
    out = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(data), out, [IDENTITY])
    except age.AgeError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def expect(data: bytes, kind: type[age.AgeError]) -> None:
    written, error = attempt(data)
    assert isinstance(error, kind), f"expected {kind.__name__}, got {error!r}"
    assert written == b""


def test_the_fixture_file_is_valid() -> None:
    assert attempt(SEALED) == (PLAINTEXT, None)
    assert SEALED[HEADER_END - 1 : HEADER_END] == b"\n"


def test_zero_length_file() -> None:
    expect(b"", age.HeaderError)


@pytest.mark.parametrize("cut", range(0, PAYLOAD_START + 20, 7))
def test_every_truncation(cut: int) -> None:
    kind = age.HeaderError if cut < PAYLOAD_START else age.PayloadError
    expect(SEALED[:cut], kind)


def test_missing_final_newline_of_the_header() -> None:
    expect(SEALED[: HEADER_END - 1], age.HeaderError)


@pytest.mark.parametrize(
    "version",
    [b"age-encryption.org/v2", b"age-encryption.org/v1 ", b"age-encryption.org/", b"rage/v1"],
)
def test_bad_version_line(version: bytes) -> None:
    expect(SEALED.replace(b"age-encryption.org/v1", version, 1), age.HeaderError)


def _with_stanza_line(line: bytes) -> bytes:
    """Insert ``line`` (which ends with its LF) just before the MAC line."""
    return SEALED.replace(b"\n---", b"\n" + line + b"---", 1)


@pytest.mark.parametrize(
    "stanza",
    [
        b"-> grease\nQUE=",  # padding
        b"-> grease\nQUF",  # non-canonical trailing bits
        b"-> grease\nQ",  # impossible length
        b"-> grease\nQU E",  # not base64
        b"-> grease\n" + b"A" * 65,  # line too long
        b"-> grease\n" + b"A" * 64,  # no short final line
        b"-> grease  two",  # empty argument
        b"-> grease \xc3\xa9",  # non-ASCII argument
        b"->",  # no arguments
        b"-> ",  # empty argument
        b"--> grease",  # bad start
    ],
)
def test_bad_stanzas(stanza: bytes) -> None:
    expect(_with_stanza_line(stanza + b"\n"), age.HeaderError)


def test_unknown_stanzas_are_skipped_but_covered_by_the_mac() -> None:
    written, error = attempt(_with_stanza_line(b"-> grease x\nQUFB\n"))
    assert isinstance(error, age.HMACError) and written == b""


@pytest.mark.parametrize(
    ("old", "new"),
    [(b"-> X25519 ", b"-> X25519 A "), (b"-> X25519 ", b"-> X25519 =")],
)
def test_bad_x25519_arguments(old: bytes, new: bytes) -> None:
    expect(SEALED.replace(old, new, 1), age.HeaderError)


def test_header_mac_flipped() -> None:
    mac_at = SEALED.index(b"\n--- ") + 5
    first = SEALED[mac_at : mac_at + 1]
    flipped = SEALED[:mac_at] + (b"B" if first != b"B" else b"C") + SEALED[mac_at + 1 :]
    expect(flipped, age.HMACError)


@pytest.mark.parametrize("mac", [b"", b"A" * 42, b"A" * 44, b"A" * 42 + b"=", b"A" * 42 + b"B"])
def test_malformed_mac_line(mac: bytes) -> None:
    start = SEALED.index(b"\n--- ") + 5
    expect(SEALED[:start] + mac + SEALED[start + 43 :], age.HeaderError)


@pytest.mark.parametrize("position", range(len(SEALED)))
def test_every_byte_flipped(position: int) -> None:
    damaged = bytearray(SEALED)
    damaged[position] ^= 0x01
    written, error = attempt(bytes(damaged))
    assert error is not None, f"flipping byte {position} went unnoticed"
    assert written == b""
    if position >= HEADER_END:
        assert isinstance(error, age.PayloadError)


def test_nonce_changed() -> None:
    damaged = SEALED[:HEADER_END] + os.urandom(16) + SEALED[PAYLOAD_START:]
    expect(damaged, age.PayloadError)


@pytest.mark.parametrize("extra", [b"\x00", b"\n", os.urandom(100), os.urandom(65552)])
def test_extra_data_after_the_last_chunk(extra: bytes) -> None:
    written, error = attempt(SEALED + extra)
    assert isinstance(error, age.PayloadError)
    assert written == b""  # a short final chunk and the extra bytes fail as one chunk


def test_extra_data_after_a_full_final_chunk() -> None:
    full = seal(b"f" * 65536, [RECIPIENT])
    written, error = attempt(full + b"x")
    assert isinstance(error, age.PayloadError)
    assert written == b"f" * 65536  # authentic final chunk; untrusted by contract


def _handmade(chunks: list[tuple[bytes, bool]]) -> bytes:
    """A file whose chunks and last-chunk flags we choose, to break the STREAM rules."""
    file_key, nonce = os.urandom(16), os.urandom(16)
    header = encode_header([parse_recipient(RECIPIENT).wrap(file_key)], file_key)
    aead = ChaCha20Poly1305(payload_key(file_key, nonce))
    body = b"".join(
        aead.encrypt(i.to_bytes(11, "big") + bytes([last]), data, None)
        for i, (data, last) in enumerate(chunks)
    )
    return header + nonce + body


def test_handmade_file_is_valid_when_it_follows_the_rules() -> None:
    assert attempt(_handmade([(b"a" * 65536, False), (b"b", True)])) == (
        b"a" * 65536 + b"b",
        None,
    )


def test_empty_final_chunk_after_a_full_one() -> None:
    written, error = attempt(_handmade([(b"a" * 65536, False), (b"", True)]))
    assert isinstance(error, age.PayloadError)
    assert written == b"a" * 65536  # verified before the bad chunk; untrusted by contract


@pytest.mark.parametrize(
    "chunks",
    [
        [(b"a" * 65536, False)],  # no final chunk
        [(b"a", False)],  # short chunk without the final flag
        [(b"a" * 100, True), (b"b", True)],  # a short chunk before the end
        [(b"a" * 65536, True), (b"b", True)],  # two final chunks
        [(b"", False)],
    ],
)
def test_stream_rule_violations(chunks: list[tuple[bytes, bool]]) -> None:
    _, error = attempt(_handmade(chunks))
    assert isinstance(error, age.PayloadError)


ARMORED = seal(PLAINTEXT * 3, [RECIPIENT], armor=True)
ARMOR_LINES = ARMORED.decode().splitlines()


def _armor(lines: list[str], ending: str = "\n") -> bytes:
    return (ending.join(lines) + ending).encode()


def test_armor_accepts_crlf_and_surrounding_whitespace() -> None:
    assert attempt(_armor(ARMOR_LINES, "\r\n")) == (PLAINTEXT * 3, None)
    assert attempt(b" \n\t" + ARMORED + b"\r\n  \n") == (PLAINTEXT * 3, None)


@pytest.mark.parametrize(
    "damage",
    [
        lambda ls: [ls[0], ls[1] + ls[2][:4], ls[2][4:], *ls[3:]],  # long then short line
        lambda ls: [ls[0], ls[1][:-4], ls[1][-4:] + ls[2], *ls[3:]],  # short line first
        lambda ls: [ls[0], "", *ls[1:]],  # empty line
        lambda ls: [*ls[:-1], "garbage", ls[-1]],
        lambda ls: [*ls, "garbage"],  # trailing garbage
        lambda ls: ["garbage", *ls],  # leading garbage
        lambda ls: [ls[0], ls[1] + " ", *ls[2:]],  # trailing space
        lambda ls: [ls[0].lower(), *ls[1:]],
        lambda ls: ls[:-1],  # no END line
        lambda ls: [ls[0], "Version: 1", *ls[1:]],
        lambda ls: [*ls[:-2], ls[-2].rstrip("=") if "=" in ls[-2] else ls[-2] + "=", ls[-1]],
    ],
)
def test_armor_violations(damage) -> None:  # type: ignore[no-untyped-def]
    written, error = attempt(_armor(damage(ARMOR_LINES)))
    assert isinstance(error, age.ArmorError), f"got {error!r}"
    assert written == b""


def test_too_much_whitespace_around_armor() -> None:
    _, error = attempt(b" " * 5000 + ARMORED)
    assert isinstance(error, age.ArmorError)
    _, error = attempt(ARMORED + b"\n" * 5000)
    assert isinstance(error, age.ArmorError)


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_only_raise_age_errors(data: bytes) -> None:
    _, error = attempt(data)
    assert error is not None


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_after_a_valid_prefix(tail: bytes) -> None:
    for prefix in (b"age-encryption.org/v1\n", SEALED[:HEADER_END], ARMORED[:40]):
        attempt(prefix + tail)


_mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(1, 255)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("delete"), st.integers(0, 10**6), st.integers(1, 8)),
    st.tuples(st.just("truncate"), st.integers(0, 10**6), st.just(0)),
)


def _mutate(data: bytes, mutations: list[tuple[str, int, object]]) -> bytes:
    buffer = bytearray(data)
    for kind, where, what in mutations:
        at = where % (len(buffer) + 1)
        if kind == "flip" and at < len(buffer):
            buffer[at] ^= int(what)  # type: ignore[call-overload]
        elif kind == "insert":
            buffer[at:at] = what  # type: ignore[assignment]
        elif kind == "delete":
            del buffer[at : at + int(what)]  # type: ignore[call-overload]
        elif kind == "truncate":
            del buffer[at:]
    return bytes(buffer)


@FUZZ
@given(st.sampled_from(["binary", "armored"]), st.lists(_mutation, min_size=1, max_size=4))
def test_mutated_files_fail_cleanly_or_open_unchanged(
    form: str, mutations: list[tuple[str, int, object]]
) -> None:
    original, plaintext = (SEALED, PLAINTEXT) if form == "binary" else (ARMORED, PLAINTEXT * 3)
    mutated = _mutate(original, mutations)
    written, error = attempt(mutated)
    if error is None:
        assert written == plaintext
    elif not isinstance(error, age.PayloadError):
        assert written == b""
