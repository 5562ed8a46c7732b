"""The STREAM payload sealed and opened on several threads gives exactly the serial result.

Sealing splits the payload into 2 MiB blocks that cipher threads seal in parallel; the
final-chunk flag, the counters and the bytes released before damage must not depend on
how many threads ran or where the block edges fall.
"""

from __future__ import annotations

import errno
import io
import os
import threading
from pathlib import Path

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


# -- the writer thread: a plain file is written from its own thread -------------------------


def _seal_file(data: bytes, workers: int, folder: Path) -> bytes:
    target = folder / "sealed"
    with target.open("wb") as dst:
        assert isinstance(dst, io.BufferedWriter)
        encrypt_payload(io.BytesIO(data), dst, KEY, workers=workers)
    return target.read_bytes()


def _no_writer_thread_left() -> bool:
    return not any(t.name == "age-writer" for t in threading.enumerate())


@pytest.mark.parametrize("workers", WORKERS)
@pytest.mark.parametrize("size", [0, 1, PLAIN_BLOCK, 3 * PLAIN_BLOCK + 5, 9 * PLAIN_BLOCK])
def test_a_plain_file_gets_the_same_bytes_as_a_memory_writer(
    tmp_path: Path, workers: int, size: int
) -> None:
    data = os.urandom(size)
    sealed = _seal_file(data, workers, tmp_path)
    assert sealed == _seal(data, 1)
    opened = tmp_path / "opened"
    with opened.open("wb") as dst:
        decrypt_payload(io.BytesIO(sealed), dst, KEY, workers=workers)
    assert opened.read_bytes() == data
    assert _no_writer_thread_left()


def test_what_the_caller_wrote_before_and_after_stays_in_order(tmp_path: Path) -> None:
    data = os.urandom(5 * PLAIN_BLOCK)
    target = tmp_path / "sealed"
    with target.open("wb") as dst:
        dst.write(b"header")
        encrypt_payload(io.BytesIO(data), dst, KEY, workers=2)
        dst.write(b"trailer")
    assert target.read_bytes() == b"header" + _seal(data, 1) + b"trailer"


@pytest.mark.parametrize("damaged_chunk", [0, 33, 300])
def test_damage_in_a_file_leaves_exactly_the_verified_chunks_written(
    tmp_path: Path, damaged_chunk: int
) -> None:
    data = os.urandom(320 * CHUNK_SIZE + 7)
    sealed = bytearray(_seal(data, 1))
    sealed[damaged_chunk * ENCRYPTED_CHUNK_SIZE + 9] ^= 0x01
    opened = tmp_path / "opened"
    with opened.open("wb") as dst, pytest.raises(PayloadError):
        decrypt_payload(io.BytesIO(bytes(sealed)), dst, KEY, workers=2)
    assert opened.read_bytes() == data[: damaged_chunk * CHUNK_SIZE]
    assert _no_writer_thread_left()


class _FullDisk(io.FileIO):
    """A file that takes three writes, then says the disk is full."""

    writes = 0

    def write(self, data, /):  # type: ignore[no-untyped-def, override]
        self.writes += 1
        if self.writes > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)


@pytest.mark.parametrize("direction", ["seal", "open"])
def test_a_write_error_on_the_writer_thread_reaches_the_caller(
    tmp_path: Path, direction: str
) -> None:
    data = os.urandom(12 * PLAIN_BLOCK)
    source = io.BytesIO(data if direction == "seal" else _seal(data, 1))
    run = encrypt_payload if direction == "seal" else decrypt_payload
    with _FullDisk(tmp_path / "out", "wb") as dst, pytest.raises(OSError) as raised:
        run(source, dst, KEY, workers=2)
    assert raised.value.errno == errno.ENOSPC
    assert dst.writes == 4  # nothing more was tried after the first error
    assert _no_writer_thread_left()


class _BrokenSource(io.RawIOBase):
    """A source whose reads fail once five blocks were read."""

    def __init__(self) -> None:
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.read_bytes >= 5 * PLAIN_BLOCK:
            raise OSError(errno.EIO, "Input/output error")
        buffer[:] = bytes(len(buffer))
        self.read_bytes += len(buffer)
        return len(buffer)


def test_a_read_error_stops_the_writer_thread_and_reaches_the_caller(tmp_path: Path) -> None:
    with (tmp_path / "out").open("wb") as dst, pytest.raises(OSError) as raised:
        encrypt_payload(_BrokenSource(), dst, KEY, workers=2)
    assert raised.value.errno == errno.EIO
    assert _no_writer_thread_left()
