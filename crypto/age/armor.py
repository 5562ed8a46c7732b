"""The ASCII-armored form of age files (strict PEM, RFC 7468, label "AGE ENCRYPTED FILE").

Reading is strict, as the spec recommends, because a lax armor parser makes files
malleable: lines of exactly 64 columns except the last, canonical padded base64, no
headers, no empty lines, nothing but whitespace before BEGIN or after END. LF and CRLF
line endings are both accepted. Both directions stream: the reader decodes line by line
as the caller asks for bytes; the writer keeps under 48 bytes pending.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import BinaryIO

from crypto.age.errors import ArmorError
from crypto.age.source import StreamSource

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
_BYTES_PER_LINE = COLUMNS // 4 * 3
_WHITESPACE = b" \t\r\n"
# Like the reference implementation, tolerate only a little whitespace around the block.
MAX_WHITESPACE = 1024
_LINE_LIMIT = 128
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/]+={0,2}")


def looks_armored(start: bytes) -> bool:
    """True if ``start`` (the first bytes of a file) begins an armored block.

    A start of nothing but whitespace counts too, so that the armor reader, not the binary
    parser, reports it.
    """
    stripped = start.lstrip(_WHITESPACE)
    return stripped.startswith(b"-----") or bool(start and not stripped)


def has_armor_later(start: bytes) -> bool:
    """True if an armored block appears after other text, which is not allowed."""
    return BEGIN in start


class ArmorReader:
    """Decodes an armored file from ``source``; ``read`` returns decoded bytes."""

    def __init__(self, source: StreamSource) -> None:
        self._source = source
        self._pending = bytearray()
        self._started = False
        self._finished = False

    def read(self, size: int) -> bytes:
        if not self._started:
            self._read_begin()
        while len(self._pending) < size and not self._finished:
            self._decode_line()
        taken = bytes(self._pending[:size])
        del self._pending[:size]
        return taken

    def _read_begin(self) -> None:
        self._skip_leading_whitespace()
        if self._next_line() != BEGIN:
            raise ArmorError("The armored file does not start with the age BEGIN line.")
        self._started = True

    def _skip_leading_whitespace(self) -> None:
        start = self._source.peek(MAX_WHITESPACE + 1)
        skipped = len(start) - len(start.lstrip(_WHITESPACE))
        if skipped > MAX_WHITESPACE:
            raise ArmorError("The armored file starts with too much blank space.")
        self._source.read(skipped)

    def _next_line(self) -> bytes:
        """One line without its LF or CRLF; the END line alone may lack a line ending."""
        line = self._source.readline(_LINE_LIMIT)
        if line.endswith(b"\n"):
            line = line[:-1]
            return line[:-1] if line.endswith(b"\r") else line
        if len(line) >= _LINE_LIMIT:
            raise ArmorError("The armored file has a line that is too long.")
        if line != END:
            raise ArmorError("The armored file is cut off before its END line.")
        return line

    def _decode_line(self) -> None:
        line = self._next_line()
        if line == END:
            self._finish()
            return
        if not line or len(line) > COLUMNS or not _BASE64_LINE.fullmatch(line):
            raise ArmorError("The armored file has a malformed line.")
        self._pending += _decode_strict(line)
        if len(line) < COLUMNS or line.endswith(b"="):
            if self._next_line() != END:
                raise ArmorError("The armored file has a short line before its end.")
            self._finish()

    def _finish(self) -> None:
        trailing = self._source.read(MAX_WHITESPACE + 1)
        if trailing.strip(_WHITESPACE):
            raise ArmorError("The armored file has extra text after its END line.")
        if len(trailing) > MAX_WHITESPACE:
            raise ArmorError("The armored file ends with too much blank space.")
        self._finished = True


def _decode_strict(line: bytes) -> bytes:
    try:
        data = base64.b64decode(line, validate=True)
    except binascii.Error:
        raise ArmorError("The armored file has a malformed line.") from None
    if base64.b64encode(data) != line:
        raise ArmorError("The armored file has a malformed line.")
    return data


class ArmorWriter:
    """Encodes what is written to it as armor into ``dst``; call :meth:`close` at the end."""

    def __init__(self, dst: BinaryIO) -> None:
        self._dst = dst
        self._pending = bytearray()
        dst.write(BEGIN + b"\n")

    def write(self, data: bytes | memoryview) -> int:
        self._pending += data
        whole = len(self._pending) // _BYTES_PER_LINE * _BYTES_PER_LINE
        if whole:
            self._dst.write(_wrap(base64.b64encode(self._pending[:whole])))
            del self._pending[:whole]
        return len(data)

    def close(self) -> None:
        if self._pending:
            self._dst.write(_wrap(base64.b64encode(self._pending)))
            self._pending.clear()
        self._dst.write(END + b"\n")


def _wrap(encoded: bytes) -> bytes:
    return b"".join(encoded[i : i + COLUMNS] + b"\n" for i in range(0, len(encoded), COLUMNS))
