"""Attachment pictures are decoded only as their own media type, within a size limit."""

from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from ui.case_detail.viewer import decode_image


def _png(width: int = 4, height: int = 3) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def test_a_picture_is_decoded_as_its_media_type(qapp) -> None:
    image = decode_image("image/png", _png())
    assert (image.width(), image.height()) == (4, 3)


def test_a_picture_labelled_as_another_format_is_not_decoded(qapp) -> None:
    assert decode_image("image/jpeg", _png()).isNull()
    assert decode_image("image/gif", _png()).isNull()
    assert decode_image("application/octet-stream", _png()).isNull()


def test_a_picture_declaring_huge_dimensions_is_not_decoded(qapp) -> None:
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    bomb = (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b""))
        + _chunk(b"IEND", b"")
    )
    assert decode_image("image/png", bomb).isNull()
