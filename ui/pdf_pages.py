"""PDF pages drawn from memory with PDFium (pypdfium2), never from a file on disk.

Scans of passports and military IDs arrive as PDFs. :class:`PdfPages` opens the verified
bytes held in memory, counts the pages and draws one page at a time into a ``QImage``;
nothing is written anywhere, and no other program sees the file. PDFium is the PDF engine
of Chromium, built and fuzzed to read hostile files; a file it cannot read (damaged,
password-protected, not a PDF) is one sentence on screen, never a crash.
"""

from __future__ import annotations

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PySide6.QtGui import QImage

MAX_SIDE_PIXELS = 2400
"""The longest side of a drawn page: sharp on a large screen, bounded in memory."""
SCALE = 2.0
"""Pixels per PDF point before the bound above (144 dpi: small print stays readable)."""


class PdfUnreadable(Exception):
    """PDFium could not open the document or draw a page (no details: they name nothing)."""


class PdfPages:
    """An open PDF document in memory; ``close()`` frees it."""

    def __init__(self, data: bytes) -> None:
        try:
            self._document = pdfium.PdfDocument(bytes(data))
            self.count = len(self._document)
        except Exception as error:  # PDFium's errors carry no user-facing meaning
            raise PdfUnreadable() from error
        if self.count < 1:
            self.close()
            raise PdfUnreadable()

    def image(self, index: int) -> QImage:
        """Page ``index`` (from 0) as an image; PdfUnreadable if PDFium cannot draw it."""
        if not 0 <= index < self.count:
            raise PdfUnreadable()
        try:
            page = self._document[index]
            try:
                width, height = page.get_size()
                scale = min(SCALE, MAX_SIDE_PIXELS / max(width, height, 1.0))
                bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
                pixels = bytes(bitmap.buffer)
                shape = (bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels)
            finally:
                page.close()
        except Exception as error:
            raise PdfUnreadable() from error
        columns, rows, stride, channels = shape
        formats = {4: QImage.Format.Format_RGBX8888, 3: QImage.Format.Format_RGB888}
        if channels not in formats:
            raise PdfUnreadable()
        return QImage(pixels, columns, rows, stride, formats[channels]).copy()

    def close(self) -> None:
        document, self._document = self._document, None
        if document is not None:
            document.close()
