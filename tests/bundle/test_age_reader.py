"""crypto.age.open_decrypted: a pull reader that hands out only verified plaintext."""

from __future__ import annotations

import io
import os

import pytest

from crypto import age

SIZES = [0, 1, 64 * 1024, 16 * 64 * 1024, 16 * 64 * 1024 + 5, 33 * 64 * 1024]


def _sealed(data: bytes) -> tuple[str, bytes]:
    secret, public = age.generate_x25519()
    out = io.BytesIO()
    age.encrypt(io.BytesIO(data), out, [public])
    return secret, out.getvalue()


@pytest.mark.parametrize("size", SIZES)
def test_reads_back_every_size_in_odd_pieces(size: int) -> None:
    data = os.urandom(size)
    secret, sealed = _sealed(data)
    reader = age.open_decrypted(io.BytesIO(sealed), [secret])
    pieces = []
    while piece := reader.read(7777):
        pieces.append(piece)
    assert b"".join(pieces) == data and reader.finished


@pytest.mark.parametrize("size", SIZES[1:])
def test_a_flipped_or_cut_payload_raises_before_the_end(size: int) -> None:
    secret, sealed = _sealed(os.urandom(size))
    flipped = bytearray(sealed)
    flipped[-3] ^= 1
    for damaged in (bytes(flipped), sealed[:-1]):
        reader = age.open_decrypted(io.BytesIO(damaged), [secret])
        with pytest.raises(age.PayloadError):
            reader.read()


def test_the_wrong_key_is_refused_at_open() -> None:
    _, sealed = _sealed(b"x")
    other, _ = age.generate_x25519()
    with pytest.raises(age.NoIdentityMatchError):
        age.open_decrypted(io.BytesIO(sealed), [other])
