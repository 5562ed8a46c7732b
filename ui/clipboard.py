"""Copied case data does not stay on the clipboard: it is cleared after N seconds.

Anything Satchel puts on the clipboard, whether through :meth:`ClipboardGuard.copy` (the
Copy field action) or through Ctrl+C in one of its own text fields, is cleared after the
number of seconds chosen in Settings (30 by default), but only if the clipboard still holds
exactly what we put there: text the user copied afterwards in another program is theirs and
is left alone. Locking and panic clear it at once, on the same condition.

The guard keeps a SHA-256 digest of what we put there, not the text itself, so the copied
value is not held in one more Python string for the whole time. Whether a clipboard change
came from us is Qt's ``ownsClipboard()``; the offscreen and minimal platforms have a
clipboard only this process can write, so there every change is ours. Clipboard managers
that keep a history outside the system clipboard are beyond our reach (the user guide says
so).
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_IN_PROCESS_CLIPBOARDS = frozenset({"offscreen", "minimal"})


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Clears what Satchel copied after ``seconds``, unless something else replaced it."""

    cleared = Signal()  # the clipboard was emptied because it still held our copy

    def __init__(self, clipboard: QClipboard, seconds: int, *, parent: QObject) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._seconds = seconds
        self._ours: bytes | None = None
        self._setting = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_if_ours)
        clipboard.dataChanged.connect(self._changed)

    @property
    def seconds(self) -> int:
        return self._seconds

    def set_seconds(self, seconds: int) -> None:
        """A new delay from Settings; a copy already waiting keeps its old deadline."""
        self._seconds = seconds

    @property
    def holds_our_copy(self) -> bool:
        return self._ours is not None and self._digest_now() == self._ours

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard and start the countdown to clear it."""
        if not text:
            return
        self._setting = True
        try:
            self._clipboard.setText(text)
        finally:
            self._setting = False
        self._arm(_digest(text))

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds our copy; True when it did."""
        self.timer.stop()
        ours, self._ours = self._ours, None
        if ours is None or self._digest_now() != ours:
            return False
        self._clipboard.clear()
        self.cleared.emit()
        return True

    def _arm(self, digest: bytes) -> None:
        self._ours = digest
        self.timer.start(self._seconds * 1000)

    def _changed(self) -> None:
        """Ctrl+C in one of our fields arms the timer too; another program's copy disarms it."""
        if self._setting:
            return
        if self._change_is_ours():
            text = self._clipboard.text()
            if text:
                self._arm(_digest(text))
                return
        self._ours = None
        self.timer.stop()

    def _change_is_ours(self) -> bool:
        if self._clipboard.ownsClipboard():
            return True
        return QGuiApplication.platformName() in _IN_PROCESS_CLIPBOARDS

    def _digest_now(self) -> bytes:
        return _digest(self._clipboard.text())


def focused_field_text(widget: QWidget | None) -> str:
    """What "Copy field" copies: the selection in the focused field, else its whole value."""
    if isinstance(widget, QLineEdit):
        return widget.selectedText() or widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        selected = widget.textCursor().selectedText().replace("\u2029", "\n")
        return selected or widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractItemView):
        index = widget.currentIndex()
        return str(index.data() or "") if index.isValid() else ""
    return ""
