"""A pull-style reader over an age payload: ``read()`` hands out only verified plaintext.

:func:`crypto.age.decrypt` pushes plaintext into a writer; a bundle reader would rather pull
(a tar stream is parsed by asking for the next 512 bytes). :class:`DecryptedReader` opens
the STREAM payload one block of chunks at a time, so memory stays flat, and releases a
block only after every chunk in it verified. A truncated or altered file raises
:class:`PayloadError` from ``read`` at the latest when the end is reached: a caller must
read to the end (``finished`` turns True) before trusting anything it read.
"""

from __future__ import annotations

import io
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from crypto.age.errors import PayloadError
from crypto.age.source import StreamSource
from crypto.age.stream import (
    CHUNK_SIZE,
    CHUNKS_PER_BLOCK,
    ENCRYPTED_CHUNK_SIZE,
    _ChunkOpener,
    read_into,
)

_SEALED_BLOCK = CHUNKS_PER_BLOCK * ENCRYPTED_CHUNK_SIZE


class DecryptedReader(io.RawIOBase):
    """The plaintext of one age payload, verified chunk by chunk as it is read."""

    def __init__(self, source: StreamSource, key: bytes) -> None:
        super().__init__()
        self._source = source
        self._opener = _ChunkOpener(ChaCha20Poly1305(key))
        self._sealed = bytearray(_SEALED_BLOCK)
        self._plain = bytearray(CHUNKS_PER_BLOCK * CHUNK_SIZE)
        self._start = 0
        self._end = 0
        self._finished = False

    def __repr__(self) -> str:
        return f"DecryptedReader(finished={self._finished})"

    @property
    def finished(self) -> bool:
        """True once the final chunk verified and nothing followed it."""
        return self._finished

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while self._start == self._end:
            if self._finished:
                return 0
            self._open_next_block()
        count = min(len(view), self._end - self._start)
        view[:count] = self._plain[self._start : self._start + count]
        self._start += count
        return count

    def _open_next_block(self) -> None:
        sealed = memoryview(self._sealed)
        total = read_into(self._source, sealed)
        done = self._opener.open_block(
            sealed[:total], memoryview(self._plain), at_end=total < _SEALED_BLOCK
        )
        self._start, self._end = 0, self._opener.released
        if done:
            if self._source.read(1):
                raise PayloadError("The file has extra data after its end, so it was altered.")
            self._finished = True
