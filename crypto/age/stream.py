"""The age payload: ChaCha20-Poly1305 STREAM in 64 KiB chunks.

Each chunk is sealed under a 12-byte nonce: an 11-byte big-endian chunk counter and a
last-chunk flag. Both directions work on blocks of 16 chunks read into one preallocated
buffer and sealed or opened in place into another, so memory stays flat (about 2 MiB
whatever the file size) and the Python overhead is one loop step per 64 KiB.

Decryption writes a block's plaintext to ``dst`` only after every chunk in it verified;
when a chunk fails, the verified chunks before it are written and :class:`PayloadError`
is raised. So ``dst`` may already hold the start of a damaged file: it is untrusted until
:func:`decrypt_payload` returns. Writes pass a memoryview of a reused buffer, which the
``io`` contract allows (a writer may only use it during the call).
"""

from __future__ import annotations

from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto.age.errors import PayloadError

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
CHUNKS_PER_BLOCK = 16
_COUNTER_LIMIT = 1 << 88


class Reader(Protocol):
    def read(self, size: int, /) -> bytes: ...


class Writer(Protocol):
    def write(self, data: bytes | memoryview, /) -> object: ...


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload")
    return hkdf.derive(file_key)


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


def encrypt_payload(src: Reader, dst: Writer, key: bytes) -> None:
    """Seal everything ``src`` yields; an empty input becomes one empty final chunk.

    The last full chunk of each block is carried to the next block, because only the
    next read can tell whether it is the final chunk.
    """
    aead = ChaCha20Poly1305(key)
    block = CHUNKS_PER_BLOCK * CHUNK_SIZE
    plain = bytearray(CHUNK_SIZE + block)
    sealed = bytearray((CHUNKS_PER_BLOCK + 1) * ENCRYPTED_CHUNK_SIZE)
    plain_view, sealed_view = memoryview(plain), memoryview(sealed)
    carried = read_into(src, plain_view[:CHUNK_SIZE])
    counter = 0
    while True:
        more = read_into(src, plain_view[carried : carried + block]) if carried == CHUNK_SIZE else 0
        total = carried + more
        at_end = more < block
        chunks = max(1, -(-total // CHUNK_SIZE)) if at_end else total // CHUNK_SIZE - 1
        out = 0
        for i in range(chunks):
            piece = plain_view[i * CHUNK_SIZE : min(total, (i + 1) * CHUNK_SIZE)]
            last = at_end and i == chunks - 1
            size = len(piece) + TAG_SIZE
            aead.encrypt_into(_nonce(counter, last), piece, None, sealed_view[out : out + size])
            out += size
            counter += 1
        dst.write(sealed_view[:out])
        if at_end:
            return
        plain[:CHUNK_SIZE] = plain_view[chunks * CHUNK_SIZE : (chunks + 1) * CHUNK_SIZE]
        carried = CHUNK_SIZE


def decrypt_payload(src: Reader, dst: Writer, key: bytes) -> None:
    """Open the STREAM payload, writing chunks once verified; fail closed at the end.

    Like the reference implementation, a full-size chunk is first opened as a middle
    chunk and, only if that fails, as the final one; a short chunk must be final.
    """
    opener = _ChunkOpener(ChaCha20Poly1305(key))
    block = CHUNKS_PER_BLOCK * ENCRYPTED_CHUNK_SIZE
    sealed = bytearray(block)
    sealed_view = memoryview(sealed)
    plain_view = memoryview(bytearray(CHUNKS_PER_BLOCK * CHUNK_SIZE))
    while True:
        total = read_into(src, sealed_view)
        try:
            done = opener.open_block(sealed_view[:total], plain_view, at_end=total < block)
        finally:
            dst.write(plain_view[: opener.released])
        if done:
            if src.read(1):
                raise PayloadError("The file has extra data after its end, so it was altered.")
            return


class _ChunkOpener:
    """Opens consecutive chunks, tracking the counter and how much plaintext is ready."""

    def __init__(self, aead: ChaCha20Poly1305) -> None:
        self._aead = aead
        self._counter = 0
        self.released = 0

    def open_block(self, sealed: memoryview, plain: memoryview, at_end: bool) -> bool:
        """Open every chunk of a block into ``plain``; True once the final chunk is seen."""
        self.released = 0
        start = 0
        while start + ENCRYPTED_CHUNK_SIZE <= len(sealed):
            chunk = sealed[start : start + ENCRYPTED_CHUNK_SIZE]
            start += ENCRYPTED_CHUNK_SIZE
            if self._open(chunk, plain, last=False):
                continue
            self._open_final(chunk, plain)
            if start < len(sealed):
                raise PayloadError("The file has extra data after its end, so it was altered.")
            return True
        if not at_end:
            return False
        if len(sealed) - start < TAG_SIZE:
            raise PayloadError("The file is truncated.")
        self._open_final(sealed[start:], plain)
        return True

    def _open(self, chunk: memoryview, plain: memoryview, last: bool) -> bool:
        size = len(chunk) - TAG_SIZE
        out = plain[self.released : self.released + size]
        try:
            self._aead.decrypt_into(_nonce(self._counter, last), chunk, None, out)
        except InvalidTag:
            return False
        self._counter += 1
        self.released += size
        return True

    def _open_final(self, chunk: memoryview, plain: memoryview) -> None:
        if not self._open(chunk, plain, last=True):
            raise PayloadError("The file is truncated or was altered.")
        if len(chunk) == TAG_SIZE and self._counter > 1:
            raise PayloadError("The file ends with an empty chunk, so it was altered.")
