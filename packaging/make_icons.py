"""Draw the application icons the build uses: Satchel's own and the neutral (camouflage) one.

Run once after changing the drawing; the results are committed in ``packaging/icons/`` so a
build needs no drawing step: ``QT_QPA_PLATFORM=offscreen .venv/bin/python
packaging/make_icons.py``. Each icon is written as PNG (Linux, and the source for the
others), ICO (Windows) and ICNS (macOS) with Qt's own image writers, so no extra tool is
needed. The neutral icon is a plain notepad: nothing about it says "case files" or "lawyer".
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

HERE = Path(__file__).resolve().parent / "icons"
SIZE = 256


def draw_satchel(painter: QPainter) -> None:
    """A dark-teal satchel with a flap and a clasp."""
    painter.setPen(QPen(QColor("#0b3d3a"), 10))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(78, 20, 100, 100), 0, 180 * 16)  # the handle
    painter.setBrush(QColor("#136f63"))
    painter.drawRoundedRect(QRectF(24, 70, 208, 160), 28, 28)  # the body
    painter.setBrush(QColor("#0f5750"))
    painter.drawRoundedRect(QRectF(24, 70, 208, 78), 28, 28)  # the flap
    painter.setBrush(QColor("#f2c14e"))
    painter.drawRoundedRect(QRectF(108, 128, 40, 40), 8, 8)  # the clasp


def draw_neutral(painter: QPainter) -> None:
    """A plain grey notepad with ruled lines: an icon that says nothing about its content."""
    painter.setPen(QPen(QColor("#6b6b6b"), 8))
    painter.setBrush(QColor("#f4f4f0"))
    painter.drawRoundedRect(QRectF(44, 24, 168, 208), 14, 14)
    painter.setPen(QPen(QColor("#a7b6c2"), 6))
    for y in range(80, 210, 28):
        painter.drawLine(QPointF(68, y), QPointF(188, y))


def render(draw: Callable[[QPainter], None]) -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    HERE.mkdir(exist_ok=True)
    for name, draw in (("satchel", draw_satchel), ("neutral", draw_neutral)):
        image = render(draw)
        for suffix in ("png", "ico", "icns"):
            target = HERE / f"{name}.{suffix}"
            if not image.save(str(target), suffix.upper()):
                print(f"could not write {target}", file=sys.stderr)
                return 1
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
