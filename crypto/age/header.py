"""The textual age header: version line, recipient stanzas, MAC line.

Parsing is strict, rule by rule from age-encryption.org/v1: exact version line, stanza
arguments of visible ASCII separated by single spaces, bodies in canonical unpadded base64
wrapped at exactly 64 columns and ended by a shorter line, and a canonical 43-character
MAC. Anything else is a :class:`HeaderError` before any key is tried, so a crafted header
never reaches the cryptography.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto.age.errors import HeaderError, HMACError
from crypto.age.source import StreamSource

VERSION_PREFIX = b"age-encryption.org/"
VERSION_LINE = b"age-encryption.org/v1\n"
COLUMNS = 64
MAC_SIZE = 32
# Bounds that keep a hostile header from eating memory. A hybrid stanza line is about
# 1.5 KB; a header for dozens of recipients stays far below these.
MAX_LINE = 16 * 1024
MAX_HEADER = 1024 * 1024

_BASE64_TEXT = re.compile(rb"[A-Za-z0-9+/]*")
_ARGUMENT = re.compile(rb"[\x21-\x7e]+")


class Base64Error(ValueError):
    """Not canonical unpadded base64 (the message never repeats the input)."""


def b64encode_raw(data: bytes) -> bytes:
    """Standard base64 without ``=`` padding, as the age header uses it."""
    return base64.b64encode(data).rstrip(b"=")


def b64decode_strict(text: bytes) -> bytes:
    """Decode canonical unpadded base64; reject padding, stray bits and other characters."""
    if not _BASE64_TEXT.fullmatch(text) or len(text) % 4 == 1:
        raise Base64Error("not canonical base64")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise Base64Error("not canonical base64") from None
    if b64encode_raw(data) != text:
        raise Base64Error("not canonical base64")
    return data


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its arguments and its (wrapped file key) body."""

    args: tuple[bytes, ...]
    body: bytes = field(repr=False)

    @property
    def kind(self) -> bytes:
        return self.args[0]

    def encode(self) -> bytes:
        encoded = b64encode_raw(self.body)
        lines = [encoded[i : i + COLUMNS] for i in range(0, len(encoded), COLUMNS)]
        if not lines or len(lines[-1]) == COLUMNS:
            lines.append(b"")
        return b"-> " + b" ".join(self.args) + b"\n" + b"".join(x + b"\n" for x in lines)


@dataclass(frozen=True)
class Header:
    """A parsed header; ``mac_input`` is the exact bytes the MAC covers."""

    stanzas: tuple[Stanza, ...]
    mac: bytes = field(repr=False)
    mac_input: bytes = field(repr=False)


def header_mac_key(file_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"header").derive(file_key)


def compute_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return hmac.digest(header_mac_key(file_key), mac_input, "sha256")


def encode_header(stanzas: list[Stanza], file_key: bytes) -> bytes:
    """The full header text, MAC line included, for ``stanzas`` under ``file_key``."""
    text = VERSION_LINE + b"".join(s.encode() for s in stanzas) + b"---"
    return text + b" " + b64encode_raw(compute_mac(file_key, text)) + b"\n"


def verify_mac(header: Header, file_key: bytes) -> None:
    if not hmac.compare_digest(compute_mac(file_key, header.mac_input), header.mac):
        raise HMACError("The file's header was altered after it was sealed.")


class _LineReader:
    """Reads header lines, keeping the exact bytes for the MAC and enforcing size bounds."""

    def __init__(self, source: StreamSource) -> None:
        self._source = source
        self.consumed = bytearray()

    def next_line(self) -> bytes:
        """The next line without its LF; a missing LF means a truncated header."""
        line = self._source.readline(MAX_LINE)
        if not line.endswith(b"\n"):
            if not line and not self.consumed:
                raise HeaderError("The file is empty or is not an age file.")
            raise HeaderError("The file's header is truncated or has an overlong line.")
        self.consumed += line
        if len(self.consumed) > MAX_HEADER:
            raise HeaderError("The file's header is too large.")
        return line[:-1]


def read_header(source: StreamSource) -> Header:
    """Parse the header from ``source``, leaving it positioned at the payload nonce."""
    lines = _LineReader(source)
    _check_version(lines.next_line())
    stanzas: list[Stanza] = []
    while True:
        line = lines.next_line()
        if line.startswith(b"-> "):
            stanzas.append(_read_stanza(line, lines))
        elif line.startswith(b"---"):
            return _finish(line, bytes(lines.consumed), stanzas)
        else:
            raise HeaderError("The file's header contains a malformed line.")


def _check_version(line: bytes) -> None:
    if not line.startswith(VERSION_PREFIX):
        raise HeaderError("The file is not an age file.")
    if line + b"\n" != VERSION_LINE:
        raise HeaderError("The file uses an age version this program does not support.")


def _read_stanza(arg_line: bytes, lines: _LineReader) -> Stanza:
    args = tuple(arg_line[3:].split(b" "))
    if not all(_ARGUMENT.fullmatch(arg) for arg in args):
        raise HeaderError("A recipient stanza in the file's header has malformed arguments.")
    body_lines: list[bytes] = []
    while True:
        line = lines.next_line()
        if len(line) > COLUMNS:
            raise HeaderError("A recipient stanza in the file's header has an overlong line.")
        body_lines.append(line)
        if len(line) < COLUMNS:
            break
    try:
        body = b64decode_strict(b"".join(body_lines))
    except Base64Error:
        raise HeaderError("A recipient stanza in the file's header is not valid base64.") from None
    return Stanza(args, body)


def _finish(mac_line: bytes, consumed: bytes, stanzas: list[Stanza]) -> Header:
    if not mac_line.startswith(b"--- "):
        raise HeaderError("The file's header has a malformed MAC line.")
    if not stanzas:
        raise HeaderError("The file's header names no recipients.")
    try:
        mac = b64decode_strict(mac_line[4:])
    except Base64Error:
        raise HeaderError("The file's header has a malformed MAC.") from None
    if len(mac) != MAC_SIZE:
        raise HeaderError("The file's header has a malformed MAC.")
    mac_input = consumed[: len(consumed) - len(mac_line) - 1] + b"---"
    return Header(tuple(stanzas), mac, mac_input)
