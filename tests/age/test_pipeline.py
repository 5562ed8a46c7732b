"""The STREAM payload sealed and opened on several threads gives exactly the serial result.

Sealing splits the payload into 2 MiB blocks that cipher threads seal in parallel; the
final-chunk flag, the counters and the bytes released before damage must not depend on
how many threads ran or where the block edges fall.
"""

from __future__ import annotations

import io
import os

import pytest

from crypto.age.errors import PayloadError
from crypto.age.stream import (
    CHUNK_SIZE,
    ENCRYPTED_CHUNK_SIZE,
    PLAIN_BLOCK,
    decrypt_payload,
    encrypt_payload,
)

KEY = bytes(range(32))
SIZES = [
    0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, PLAIN_BLOCK - 1, PLAIN_BLOCK,
    PLAIN_BLOCK + 1, PLAIN_BLOCK + CHUNK_SIZE, 2 * PLAIN_BLOCK, 3 * PLAIN_BLOCK + 5,
]  # fmt: skip
WORKERS = [1, 2, 4]


def _seal(data: bytes, workers: int) -> bytes:
    out = io.BytesIO()
    encrypt_payload(io.BytesIO(data), out, KEY, workers=workers)
    return out.getvalue()


def _open(sealed: bytes, workers: int) -> tuple[bytes, PayloadError | None]:
    out = io.BytesIO()
    try:
        decrypt_payload(io.BytesIO(sealed), out, KEY, workers=workers)
    except PayloadError as error:
        return out.getvalue(), error
    return out.getvalue(), None


@pytest.mark.parametrize("size", SIZES)
def test_every_thread_count_seals_the_same_bytes_and_opens_them(size: int) -> None:
    data = os.urandom(size)
    sealed = {workers: _seal(data, workers) for workers in WORKERS}
    assert sealed[2] == sealed[1] and sealed[4] == sealed[1]
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(sealed[1]) == size + 16 * chunks
    for workers in WORKERS:
        assert _open(sealed[1], workers) == (data, None)


class _Trickle(io.RawIOBase):
    """A pipe that hands out at most 1,000 bytes per read."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        chunk = self._data.read(min(len(buffer), 1000))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_short_reads_at_block_edges() -> None:
    data = os.urandom(2 * PLAIN_BLOCK + 3)
    out = io.BytesIO()
    encrypt_payload(_Trickle(data), out, KEY, workers=2)
    assert out.getvalue() == _seal(data, 1)
    opened = io.BytesIO()
    decrypt_payload(_Trickle(out.getvalue()), opened, KEY, workers=2)
    assert opened.getvalue() == data


@pytest.mark.parametrize("workers", WORKERS)
@pytest.mark.parametrize("damaged_chunk", [0, 31, 32, 33, 64, 70])
def test_damage_releases_exactly_the_verified_chunks_before_it(
    workers: int, damaged_chunk: int
) -> None:
    data = os.urandom(70 * CHUNK_SIZE + 100)  # chunk 70 is the short final chunk
    sealed = bytearray(_seal(data, 1))
    sealed[damaged_chunk * ENCRYPTED_CHUNK_SIZE + 5] ^= 0x40
    released, error = _open(bytes(sealed), workers)
    assert isinstance(error, PayloadError)
    assert released == data[: damaged_chunk * CHUNK_SIZE]


@pytest.mark.parametrize("workers", WORKERS)
@pytest.mark.parametrize("cut_chunks", [32, 64, 65])
def test_a_payload_cut_at_a_chunk_edge_is_truncated(workers: int, cut_chunks: int) -> None:
    data = os.urandom(70 * CHUNK_SIZE)
    sealed = _seal(data, 1)[: cut_chunks * ENCRYPTED_CHUNK_SIZE]
    released, error = _open(sealed, workers)
    assert error is not None and "truncated" in str(error)
    assert released == data[: cut_chunks * CHUNK_SIZE]


@pytest.mark.parametrize("workers", WORKERS)
def test_data_after_the_final_chunk_is_refused_wherever_it_falls(workers: int) -> None:
    for size in (CHUNK_SIZE, PLAIN_BLOCK, PLAIN_BLOCK + 10):
        data = os.urandom(size)
        sealed = _seal(data, 1)
        for extra in (b"x", _seal(b"more", 1), bytes(3 * PLAIN_BLOCK)):
            released, error = _open(sealed + extra, workers)
            assert error is not None, (size, len(extra))
            if size % CHUNK_SIZE == 0:
                assert released == data  # the full final chunk verified, then the extra
            else:
                assert data.startswith(released)  # the short final chunk now reads longer
