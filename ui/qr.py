"""A QR code of a contact card, drawn by Qt from segno's module matrix.

A hybrid (post-quantum) card is about 2 KB, which only fits a large QR code: byte mode,
version 39 or 40. Error correction M still fits it and keeps a little tolerance for a
phone camera pointed at a laptop screen; a card too long for M (a very long Cyrillic name)
falls back to L. The picture is painted in memory: no image file is ever written.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
ERROR_LEVELS = ("m", "l")
MAX_MODULES = 177 + 2 * QUIET_ZONE  # version 40


def qr_modules(text: str) -> list[list[bool]]:
    """The dark (True) and light modules of ``text``'s QR code, quiet zone included."""
    code = None
    for level in ERROR_LEVELS:
        try:
            code = segno.make(text.encode("utf-8"), error=level, micro=False, boost_error=False)
            break
        except segno.DataOverflowError:
            continue
    if code is None:
        raise ValueError("the text is too long for a QR code")
    size = len(code.matrix)
    blank = [False] * (size + 2 * QUIET_ZONE)
    rows = [list(blank) for _ in range(QUIET_ZONE)]
    for row in code.matrix:
        rows.append([False] * QUIET_ZONE + [bool(m) for m in row] + [False] * QUIET_ZONE)
    rows.extend(list(blank) for _ in range(QUIET_ZONE))
    return rows


def qr_image(modules: list[list[bool]], scale: int) -> QImage:
    """The code as a grey-scale image, ``scale`` pixels per module (sharp edges).

    Built from one byte per module and scaled without smoothing, rather than painting
    thousands of small rectangles (which is slow and, with PySide6 6.12, unsafe: a
    ``fillRect`` overload leaks references to None).
    """
    side = len(modules)
    data = bytes(0 if dark else 255 for row in modules for dark in row)
    image = QImage(data, side, side, side, QImage.Format.Format_Grayscale8).copy()
    return image.scaled(
        side * scale, side * scale, Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )  # fmt: skip


class QrCodeWidget(QWidget):
    """Shows one text as a QR code, at a whole number of pixels per module (stays sharp)."""

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._text = ""
        self._modules: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(2 * MAX_MODULES, 2 * MAX_MODULES))  # 2 px a module at least

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self._modules = qr_modules(text) if text else []
        self.update()

    def scale(self) -> int:
        """Pixels per module that fit the widget (at least 2)."""
        if not self._modules:
            return 0
        return max(2, min(self.width(), self.height()) // len(self._modules))

    def sizeHint(self) -> QSize:
        return QSize(380, 380)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self._modules:
            image = qr_image(self._modules, self.scale())
            x = max(0, (self.width() - image.width()) // 2)
            y = max(0, (self.height() - image.height()) // 2)
            painter.drawImage(x, y, image)
        painter.end()
