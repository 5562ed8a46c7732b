"""Small widget recipes the screens share, so each is set up one way everywhere.

- :func:`record_tree`: a flat list of records with columns sized to their contents.
- :func:`problem_label`, :class:`ReservedLabel`: a message in a place kept for it, so
  nothing moves when it appears or goes.
- :func:`secret_field`: a line edit that hides what is typed (passphrases, codes).
- :func:`code_label`: a recovery or border code in large fixed-width letters, not
  selectable (so it never reaches the clipboard by a stray double-click).
- :func:`show_progress`: a core ``progress(done, total)`` call on a 0..1000 bar.
- :func:`show_sentence`: a message that follows a language switch (an error, an outcome).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStatusBar,
    QTreeWidget,
    QWidget,
)

from ui.i18n import is_language_change
from ui.theme import DANGER, ON_DANGER

PROGRESS_STEPS = 1000

# One red for everything that went wrong or needs attention, on every screen.
PROBLEM_COLOUR = DANGER
PROBLEM_TEXT = "palette(bright-text)"
"""Words that say what went wrong: the palette's BrightText, which ui/theme.py sets to the
problem red on light and to a lighter red on dark, so both read at 4.5:1."""
LOUD_WARNING_STYLE = (
    f"color: {ON_DANGER}; background: {PROBLEM_COLOUR}; padding: 8px; font-weight: bold;"
)


TITLE_BAR_ROOM = 40  # pixels the window manager's title bar may take above a window


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width`` x ``height`` where there is room; on a small screen
    (1024x600) no bigger than it, its title bar included, so no button opens beyond the
    edge."""
    room = window.screen().availableGeometry()
    window.resize(min(width, room.width()), min(height, room.height() - TITLE_BAR_ROOM))


def record_tree(parent: QWidget, columns: int, *, alternating: bool = False) -> QTreeWidget:
    """A flat list (no tree lines) whose columns fit their contents, the last one stretched."""
    tree = QTreeWidget(parent)
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(alternating)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


class ReservedLabel(QLabel):
    """A wrapping label that keeps room for ``lines`` lines even when it is empty.

    Messages (what went wrong, "Saved.") come and go; if the label grew from nothing to
    two lines, every field below it would move under the user's pointer and clicks would
    land in the wrong field. A longer message still grows the label rather than being cut.
    """

    def __init__(self, parent: QWidget, *, lines: int = 2) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._reserve()

    def _reserve(self) -> None:
        margins = self.contentsMargins()
        spare = margins.top() + margins.bottom() + 2 * self.margin()
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * self._lines + spare)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve()
        super().changeEvent(event)


def problem_label(parent: QWidget, *, bold: bool = False, lines: int = 2) -> QLabel:
    """A wrapping red label for the sentence that says what went wrong, in a reserved place."""
    label = ReservedLabel(parent, lines=lines)
    label.setStyleSheet(f"color: {PROBLEM_TEXT};" + (" font-weight: bold;" if bold else ""))
    return label


def keep_place_when_hidden(widget: QWidget) -> None:
    """A widget that comes and goes (a busy bar) keeps its room, so nothing else moves."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def secret_field(parent: QWidget) -> QLineEdit:
    """A field whose text is shown as dots: nobody looking over a shoulder reads it."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def code_font() -> QFont:
    """The system's fixed-width font, larger and bold: 0 and O, 1 and l stay apart."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setWeight(QFont.Weight.Bold)
    return font


def code_label(parent: QWidget) -> QLabel:
    """A label for a code shown once: large, centred, and not selectable."""
    label = QLabel(parent)
    label.setFont(code_font())
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    """Show the core's ``progress(done, total)`` on a bar ranged 0..PROGRESS_STEPS."""
    bar.setValue(int(PROGRESS_STEPS * done / total) if total else 0)


class _Sentence(QObject):
    """Puts ``sentence()`` in its widget again after every language switch, while the widget
    still shows what it put there (a later ``setText`` or ``clear`` ends it)."""

    def __init__(self, widget: QLabel | QStatusBar, sentence: Callable[[], str]) -> None:
        super().__init__(widget)
        self.setObjectName(_SENTENCE)
        self._widget = widget
        self._sentence = sentence
        self._shown = ""
        self.show()
        widget.installEventFilter(self)

    def show(self) -> None:
        self._shown = self._sentence()
        if isinstance(self._widget, QStatusBar):
            self._widget.showMessage(self._shown)
        else:
            self._widget.setText(self._shown)

    def _on_screen(self) -> str:
        if isinstance(self._widget, QStatusBar):
            return self._widget.currentMessage()
        return self._widget.text()

    def end(self) -> None:
        self._widget.removeEventFilter(self)
        self.setParent(None)
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and is_language_change(event):
            if self._on_screen() == self._shown:
                self.show()
            else:
                self.end()
        return False


_SENTENCE = "satchel-sentence"


def show_sentence(widget: QLabel | QStatusBar, sentence: Callable[[], str]) -> None:
    """Show ``sentence()`` in ``widget`` (a label, or a status bar's message), and again in
    the new language after each language switch, until something else is shown there.

    A message worked out when something happened (a refusal, the core's error, "3 cases
    were added") is not redone by the screen's ``retranslate()``; without this it would stay
    in the language it was first shown in. ``sentence`` must be cheap and translate itself
    (``self.tr``, ``user_sentence(error)``).
    """
    for old in widget.findChildren(_Sentence, _SENTENCE, Qt.FindChildOption.FindDirectChildrenOnly):
        old.end()
    _Sentence(widget, sentence)
