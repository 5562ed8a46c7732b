"""A pull-style reader over an age payload: ``read()`` hands out only verified plaintext.

:func:`crypto.age.decrypt` pushes plaintext into a writer; a bundle reader would rather pull
(a tar stream is parsed by asking for the next 512 bytes). :class:`DecryptedReader` takes
verified blocks from :func:`crypto.age.stream.opened_blocks` (which opens the next blocks
on the other cores meanwhile), so memory stays flat, and releases a block only after every
chunk in it verified. A truncated or altered file raises :class:`PayloadError` from
``read`` at the latest when the end is reached: a caller must read to the end
(``finished`` turns True) before trusting anything it read.
"""

from __future__ import annotations

import io
from typing import Any

from crypto.age.source import StreamSource
from crypto.age.stream import opened_blocks


class DecryptedReader(io.RawIOBase):
    """The plaintext of one age payload, verified chunk by chunk as it is read."""

    def __init__(self, source: StreamSource, key: bytes) -> None:
        super().__init__()
        self._blocks = opened_blocks(source, key)
        self._block = memoryview(b"")
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
        while not self._block:
            if self._finished:
                return 0
            block = next(self._blocks, None)
            if block is None:
                self._finished = True
                return 0
            self._block = block
        count = min(len(view), len(self._block))
        view[:count] = self._block[:count]
        self._block = self._block[count:]
        return count

    def close(self) -> None:
        self._blocks.close()
        super().close()
