"""A small pull reader over a binary stream: exact reads and bounded line reads.

The header is text and must be read line by line, the payload in fixed-size chunks, and
the armor decoder sits between the two. Any of them may be handed a pipe that returns
short reads, so every read here loops until it has what it asked for or meets EOF.
Nothing is ever read beyond what the caller needs plus one small block.
"""

from __future__ import annotations

from typing import BinaryIO, Protocol

_BLOCK = 16 * 1024


class ByteSource(Protocol):
    """Anything that can hand out bytes: the raw file or the armor decoder."""

    def read(self, size: int) -> bytes:
        """Return up to ``size`` bytes; fewer only at the end of the input."""
        ...


class StreamSource:
    """Reads from a binary stream with a private look-ahead buffer."""

    def __init__(self, stream: BinaryIO | ByteSource, prefix: bytes = b"") -> None:
        self._stream = stream
        self._buffer = bytearray(prefix)
        self._eof = False

    def _fill(self, size: int) -> None:
        """Pull from the stream until the buffer holds ``size`` bytes or the stream ends."""
        while len(self._buffer) < size and not self._eof:
            block = self._stream.read(max(size - len(self._buffer), _BLOCK))
            if not block:
                self._eof = True
            else:
                self._buffer += block

    def read(self, size: int) -> bytes:
        if not self._buffer:
            return self._read_direct(size)
        self._fill(size)
        taken = bytes(self._buffer[:size])
        del self._buffer[:size]
        return taken

    def _read_direct(self, size: int) -> bytes:
        """Fast path once the buffer is drained: read straight from the stream."""
        if self._eof:
            return b""
        data = self._stream.read(size)
        if not data:
            self._eof = True
            return b""
        if len(data) == size:
            return data
        parts = [data]
        missing = size - len(data)
        while missing:
            more = self._stream.read(missing)
            if not more:
                self._eof = True
                break
            parts.append(more)
            missing -= len(more)
        return b"".join(parts)

    def readinto(self, view: memoryview) -> int:
        """Fill part of ``view``: buffered bytes first, then straight from the stream."""
        if self._buffer:
            count = min(len(self._buffer), len(view))
            view[:count] = self._buffer[:count]
            del self._buffer[:count]
            return count
        if self._eof:
            return 0
        readinto = getattr(self._stream, "readinto", None)
        if readinto is not None:
            count = readinto(view) or 0
        else:
            data = self._stream.read(len(view))
            count = len(data)
            view[:count] = data
        if not count:
            self._eof = True
        return int(count)

    def readline(self, limit: int) -> bytes:
        """Return one line including its LF, or at most ``limit`` bytes if none is found.

        The caller tells a complete line from a cut one by the trailing LF.
        """
        start = 0
        while True:
            end = self._buffer.find(b"\n", start, limit)
            if end >= 0:
                return self.read(end + 1)
            if len(self._buffer) >= limit or self._eof:
                return self.read(limit)
            start = len(self._buffer)
            self._fill(len(self._buffer) + 1)

    def peek(self, size: int) -> bytes:
        """Return up to ``size`` bytes without consuming them."""
        self._fill(size)
        return bytes(self._buffer[:size])
