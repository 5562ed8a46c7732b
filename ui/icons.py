"""The interface icons: Satchel's own line drawings (resources/icons/ui, CC0), in the
palette's colours so they follow the light or dark theme.

Each SVG draws with ``currentColor``; :func:`icon` puts in the colour of the widget's text
(or one given, such as white on the red Panic button) and renders sharp pixmaps for every
size Qt may ask for, up to 200% scaling. Rendering happens in memory.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

ICON_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons" / "ui"
SIZES = (16, 20, 24, 32, 40, 48, 64)


def icon(name: str, widget: QWidget | None = None, *, colour: str | None = None) -> QIcon:
    """The icon ``name`` (a file in resources/icons/ui) drawn in the text colour."""
    if colour is None:
        palette = widget.palette() if widget is not None else QGuiApplication.palette()
        colour = palette.color(QPalette.ColorRole.WindowText).name()
    return QIcon(_drawn(name, colour))


def _drawn(name: str, colour: str) -> QIcon:
    svg = (ICON_FOLDER / f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    drawn = QIcon()
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        drawn.addPixmap(QPixmap.fromImage(image))
    return drawn
