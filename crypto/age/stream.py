"""The age payload: ChaCha20-Poly1305 STREAM in 64 KiB chunks, sealed on every core.

Each chunk is sealed under a 12-byte nonce: an 11-byte big-endian chunk counter and a
last-chunk flag. The payload is handled in blocks of 32 chunks (2 MiB), in a pipeline: the
caller's thread reads blocks, worker threads seal or open whole blocks at once (``cryptography``
releases the GIL inside the cipher), and when the output is a plain file a writer thread
writes the results in order (the kernel's copy into the file also runs without the GIL). So
reading, sealing and writing overlap on every core. At most a few blocks are in flight, and
their buffers are reused, so memory stays flat (about 30 MiB) whatever the file size. A
payload that fits in one block is handled in the calling thread alone. Any other writer
(a hash, a tar stream, a database blob) is only ever called from the caller's thread.

Which chunk is the last one is only known once the next read comes back empty, so the
reader always holds one block back until it has read the next (the final-chunk flag must
be exact: the reference implementation and the CCTV vectors check it).

Decryption yields a block's plaintext only after every chunk in it verified, in order;
when a chunk fails, the verified chunks before it are yielded and :class:`PayloadError`
is raised. So a writer may already hold the start of a damaged file: it is untrusted
until :func:`decrypt_payload` returns. Writes pass a memoryview of a reused buffer, which
the ``io`` contract allows (a writer may only use it during the call).
"""

from __future__ import annotations

import io
import os
import queue
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from types import TracebackType
from typing import Protocol, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto.age.errors import PayloadError

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
CHUNKS_PER_BLOCK = 32
PLAIN_BLOCK = CHUNKS_PER_BLOCK * CHUNK_SIZE
SEALED_BLOCK = CHUNKS_PER_BLOCK * ENCRYPTED_CHUNK_SIZE
_COUNTER_LIMIT = 1 << 88
_MAX_WORKERS = 4
_WRITES_QUEUED = 2  # blocks waiting for the writer thread

T = TypeVar("T")


class Reader(Protocol):
    def read(self, size: int, /) -> bytes: ...


class Writer(Protocol):
    def write(self, data: bytes | memoryview, /) -> object: ...


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload")
    return hkdf.derive(file_key)


def cipher_workers() -> int:
    """How many threads seal or open blocks: one per core, at most four."""
    return max(1, min(_MAX_WORKERS, os.cpu_count() or 1))


def _nonce(counter: int, last: bool) -> bytes:
    if counter >= _COUNTER_LIMIT:
        raise PayloadError("The file is larger than the age format allows.")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def read_into(src: Reader, view: memoryview) -> int:
    """Fill ``view`` from ``src`` unless the input ends first; return the byte count.

    Uses ``readinto`` when the stream has it (no copy), and loops because pipes and
    decoders return short reads.
    """
    readinto = getattr(src, "readinto", None)
    filled = 0
    while filled < len(view):
        if readinto is not None:
            count = readinto(view[filled:])
        else:
            data = src.read(len(view) - filled)
            count = len(data)
            view[filled : filled + count] = data
        if not count:
            break
        filled += count
    return filled


class _Buffers:
    """Equal-sized buffers, reused once their block has been written."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._free: list[bytearray] = []

    def take(self) -> bytearray:
        return self._free.pop() if self._free else bytearray(self._size)

    def give(self, buffer: bytearray) -> None:
        self._free.append(buffer)


def _blocks(src: Reader, buffers: _Buffers, size: int) -> Iterator[tuple[bytearray, int, bool]]:
    """``(buffer, length, last)`` per block of ``src``, the last one known exactly.

    A short read means the input ended; a full block is held back until the next read
    says whether anything follows it. The consumer gives each buffer back when done.
    """
    held = buffers.take()
    held_length = read_into(src, memoryview(held))
    while held_length == size:
        following = buffers.take()
        length = read_into(src, memoryview(following))
        if length == 0:
            buffers.give(following)
            break
        yield held, held_length, False
        held, held_length = following, length
    yield held, held_length, True


def _in_order(jobs: Iterator[Callable[[], T]], workers: int) -> Iterator[T]:
    """Run ``jobs`` on ``workers`` threads, a few at a time, yielding results in order.

    Jobs are pulled (and so the input read) in the calling thread. The pool is only
    started for a second job: a one-block payload never leaves the calling thread.
    """
    first = next(jobs, None)
    if first is None:
        return
    second = next(jobs, None)
    if second is None or workers == 1:
        yield first()
        if second is not None:
            yield second()
            for job in jobs:
                yield job()
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="age-cipher") as pool:
        pending: deque[Future[T]] = deque([pool.submit(first), pool.submit(second)])
        try:
            for job in jobs:
                pending.append(pool.submit(job))
                if len(pending) > workers + 1:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


class _FileWriter:
    """Writes blocks to a plain file on its own thread, in order, then hands each buffer back.

    ``write`` blocks while a few writes are queued, so memory stays bounded. The first
    error of a write is raised in the caller's thread at the next ``write`` or at
    ``close``; after it nothing more is written.
    """

    def __init__(self, dst: Writer) -> None:
        self._dst = dst
        self._queue: queue.Queue[tuple[memoryview, Callable[[], None]] | None] = queue.Queue(
            _WRITES_QUEUED
        )
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="age-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            view, release = item
            if self._error is None:
                try:
                    self._dst.write(view)
                except BaseException as error:  # raised again in the caller's thread
                    self._error = error
            release()

    def write(self, view: memoryview, release: Callable[[], None]) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put((view, release))

    def close(self) -> None:
        """Wait until everything queued is written; raise the first write error."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error

    def __enter__(self) -> _FileWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
            return
        self._queue.put(None)  # an error already on its way: stop, and keep that error
        self._thread.join()


def _is_plain_file(dst: Writer) -> bool:
    """A file of the operating system, which another thread may write while this one reads."""
    return isinstance(dst, (io.BufferedWriter, io.BufferedRandom, io.FileIO)) and not dst.closed


@contextmanager
def _writing(dst: Writer) -> Iterator[Callable[[memoryview, Callable[[], None]], None]]:
    """``write(view, release)``: on a writer thread for a plain file, else right here."""
    if not _is_plain_file(dst):

        def write_here(view: memoryview, release: Callable[[], None]) -> None:
            dst.write(view)
            release()

        yield write_here
        return
    with _FileWriter(dst) as writer:
        yield writer.write


# -- sealing ---------------------------------------------------------------------------------


def encrypt_payload(src: Reader, dst: Writer, key: bytes, *, workers: int | None = None) -> None:
    """Seal everything ``src`` yields; an empty input becomes one empty final chunk."""
    plain_buffers, sealed_buffers = _Buffers(PLAIN_BLOCK), _Buffers(SEALED_BLOCK)

    def jobs() -> Iterator[Callable[[], tuple[bytearray, bytearray, int]]]:
        for index, (plain, length, last) in enumerate(_blocks(src, plain_buffers, PLAIN_BLOCK)):
            counter = index * CHUNKS_PER_BLOCK
            sealed = sealed_buffers.take()
            yield partial(_seal, key, plain, length, last, counter, sealed)

    with _writing(dst) as write:
        for plain, sealed, size in _in_order(jobs(), workers or cipher_workers()):
            plain_buffers.give(plain)
            write(memoryview(sealed)[:size], partial(sealed_buffers.give, sealed))


def _seal(
    key: bytes, plain: bytearray, length: int, last: bool, counter: int, sealed: bytearray
) -> tuple[bytearray, bytearray, int]:
    aead = ChaCha20Poly1305(key)
    source, out = memoryview(plain)[:length], memoryview(sealed)
    chunks = max(1, -(-length // CHUNK_SIZE))
    written = 0
    for i in range(chunks):
        piece = source[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE]
        size = len(piece) + TAG_SIZE
        nonce = _nonce(counter + i, last and i == chunks - 1)
        aead.encrypt_into(nonce, piece, None, out[written : written + size])
        written += size
    return plain, sealed, written


# -- opening ---------------------------------------------------------------------------------


def decrypt_payload(src: Reader, dst: Writer, key: bytes, *, workers: int | None = None) -> None:
    """Open the STREAM payload, writing chunks once verified; fail closed at the end.

    On damage, the verified chunks before it are written (all of them, even from the
    writer thread) before :class:`PayloadError` is raised.
    """
    sealed_buffers, plain_buffers = _Buffers(SEALED_BLOCK), _Buffers(PLAIN_BLOCK)
    error: PayloadError | None = None
    with _writing(dst) as write:
        for opened in _opening(src, key, sealed_buffers, plain_buffers, workers):
            sealed_buffers.give(opened.sealed)
            release = partial(plain_buffers.give, opened.plain)
            write(memoryview(opened.plain)[: opened.released], release)
            if opened.error is not None:
                error = opened.error
                break
    if error is not None:
        raise error


def opened_blocks(
    src: Reader, key: bytes, *, workers: int | None = None
) -> Generator[memoryview, None, None]:
    """The verified plaintext of the payload in ``src``, block by block, in order.

    Each view is valid until the next is asked for. On damage, the verified chunks before
    it are yielded, then :class:`PayloadError` is raised.
    """
    sealed_buffers, plain_buffers = _Buffers(SEALED_BLOCK), _Buffers(PLAIN_BLOCK)
    for opened in _opening(src, key, sealed_buffers, plain_buffers, workers):
        if opened.released:
            yield memoryview(opened.plain)[: opened.released]
        if opened.error is not None:
            raise opened.error
        sealed_buffers.give(opened.sealed)
        plain_buffers.give(opened.plain)


def _opening(
    src: Reader, key: bytes, sealed_buffers: _Buffers, plain_buffers: _Buffers, workers: int | None
) -> Iterator[_Opened]:
    """Every block's :class:`_Opened`, in order; the caller gives both buffers back."""

    def jobs() -> Iterator[Callable[[], _Opened]]:
        for index, (sealed, length, last) in enumerate(_blocks(src, sealed_buffers, SEALED_BLOCK)):
            counter = index * CHUNKS_PER_BLOCK
            plain = plain_buffers.take()
            yield partial(_open, key, sealed, length, last, counter, plain)

    return _in_order(jobs(), workers or cipher_workers())


class _Opened:
    __slots__ = ("error", "plain", "released", "sealed")

    def __init__(
        self, sealed: bytearray, plain: bytearray, released: int, error: PayloadError | None
    ) -> None:
        self.sealed, self.plain, self.released, self.error = sealed, plain, released, error


def _open(
    key: bytes, sealed: bytearray, length: int, last: bool, counter: int, plain: bytearray
) -> _Opened:
    """Open one block. Like the reference implementation, a full-size chunk is first opened
    as a middle chunk and, only if that fails, as the final one; a short chunk must be
    final, and only the physically last chunk may be final."""
    aead = ChaCha20Poly1305(key)
    source, out = memoryview(sealed)[:length], memoryview(plain)
    released = 0
    start = 0

    def done(error: str | None) -> _Opened:
        return _Opened(sealed, plain, released, PayloadError(error) if error else None)

    while start < length:
        chunk = source[start : start + ENCRYPTED_CHUNK_SIZE]
        start += len(chunk)
        at_end = last and start == length
        if len(chunk) == ENCRYPTED_CHUNK_SIZE and _try_open(aead, counter, False, chunk, out):
            released += CHUNK_SIZE
            out = out[CHUNK_SIZE:]
            counter += 1
            if at_end:
                return done("The file is truncated.")
            continue
        if len(chunk) < TAG_SIZE:
            return done("The file is truncated.")
        if not _try_open(aead, counter, True, chunk, out):
            return done("The file is truncated or was altered.")
        released += len(chunk) - TAG_SIZE
        if not at_end:
            return done("The file has extra data after its end, so it was altered.")
        if len(chunk) == TAG_SIZE and counter > 0:
            return done("The file ends with an empty chunk, so it was altered.")
        return done(None)
    # Every chunk of a middle block opened as a middle chunk; an empty last block means
    # the payload has no chunk at all.
    return done("The file is truncated." if last else None)


def _try_open(
    aead: ChaCha20Poly1305, counter: int, last: bool, chunk: memoryview, out: memoryview
) -> bool:
    try:
        aead.decrypt_into(_nonce(counter, last), chunk, None, out[: len(chunk) - TAG_SIZE])
    except InvalidTag:
        return False
    return True
