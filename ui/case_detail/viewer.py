"""Looking at an attachment inside Satchel, from memory, never from a file on disk.

Images are decoded straight from the verified bytes, and only as the format their media
type names (an attachment may come from a bundle: Qt's format guessing is never asked to
pick a decoder for it). The bytes must also start like that format, the picture's declared
size is checked before decoding (at most :data:`MAX_PIXELS`), and Qt's image allocation
limit caps what any decoder may allocate. PDFs are drawn page by page by PDFium from the
same bytes (:mod:`ui.pdf_pages`), with Previous and Next and the page count. Handing a file
to another program would mean writing it to disk in plaintext, so the viewer offers nothing
that would write the file out.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.metadata import sniff_media_type
from ui.formats import number_text
from ui.i18n import is_language_change
from ui.pdf_pages import PdfPages, PdfUnreadable

IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
_QT_FORMATS = {
    "image/jpeg": b"jpeg",
    "image/png": b"png",
    "image/gif": b"gif",
    "image/webp": b"webp",
}
MAX_PIXELS = 64_000_000  # a 8000 x 8000 scan; far above any phone photo
ALLOCATION_LIMIT_MB = 512


def decode_image(media_type: str, data: bytes) -> QImage:
    """``data`` decoded only as the format ``media_type`` names; a null image otherwise."""
    fmt = _QT_FORMATS.get(media_type)
    if fmt is None or sniff_media_type(data) != media_type:
        return QImage()
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, fmt)
    reader.setAutoDetectImageFormat(False)
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return QImage()
    image = reader.read()
    buffer.close()
    return image


PDF_TYPE = "application/pdf"


class AttachmentViewer(QDialog):
    """Shows one attachment's bytes; ``shows_image`` tells whether a picture is on screen."""

    def __init__(self, filename: str, media_type: str, data: bytes, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._filename = filename
        self._media_type = media_type
        self.image = decode_image(media_type, data)
        self.pdf: PdfPages | None = None
        self.page = 0
        if media_type == PDF_TYPE:
            try:
                self.pdf = PdfPages(data)
            except PdfUnreadable:
                self.pdf = None
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        pages_row = QHBoxLayout()
        pages_row.addWidget(self.previous_button)
        pages_row.addWidget(self.next_button)
        pages_row.addStretch(1)
        pages_row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addLayout(pages_row)
        for button in (self.previous_button, self.next_button):
            button.setVisible(self.pdf is not None)
        self.finished.connect(self._forget)
        self.resize(900, 700)
        if self.pdf is not None:
            self.show_page(0)
        elif self.shows_image:
            self.picture.setPixmap(QPixmap.fromImage(self.image))
        self.retranslate()

    def show_page(self, index: int) -> bool:
        """Draw page ``index`` (from 0) of the PDF; False if there is no such page."""
        if self.pdf is None or not 0 <= index < self.pdf.count:
            return False
        try:
            self.image = self.pdf.image(index)
        except PdfUnreadable:
            self.image = QImage()
        self.page = index
        self.picture.setPixmap(QPixmap.fromImage(self.image) if self.shows_image else QPixmap())
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.pdf.count - 1)
        self.retranslate()
        return True

    def _forget(self) -> None:
        """The window closed: drop the drawn page and the document from memory."""
        self.picture.clear()
        self.image = QImage()
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None

    @property
    def shows_image(self) -> bool:
        return not self.image.isNull()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self._filename)
        self.previous_button.setText(self.tr("← Previous page"))
        self.next_button.setText(self.tr("Next page →"))
        if self.pdf is not None:
            if self.shows_image:
                self.message.setText(
                    self.tr("Page %1 of %2")
                    .replace("%1", str(self.page + 1))
                    .replace("%2", number_text(self.pdf.count))
                )
            else:
                self.message.setText(
                    self.tr("This page of the PDF could not be drawn; it may be damaged.")
                )
        elif self.shows_image:
            self.message.setText(
                self.tr("%1 × %2 pixels")
                .replace("%1", str(self.image.width()))
                .replace("%2", str(self.image.height()))
            )
        elif self._media_type == PDF_TYPE:
            self.message.setText(
                self.tr(
                    "This PDF could not be read: it may be damaged or protected by a password. "
                    "The file stays inside the vault; nothing was written to disk."
                )
            )
        elif self._media_type in IMAGE_TYPES:
            self.message.setText(self.tr("This picture could not be read; it may be damaged."))
        else:
            self.message.setText(
                self.tr(
                    "Satchel cannot show this kind of file. The file stays inside the vault; "
                    "nothing was written to disk."
                )
            )
