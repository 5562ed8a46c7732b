"""A date field: typed the way the user's language writes dates, or picked from a calendar.

The vault keeps dates as ISO text (``2026-12-15``); a lawyer in Astana types ``15.12.2026``
and one in Paris ``15/12/2026``. :class:`DateField` accepts either, shows the date in the
user's format, and hands the rest of the screen ISO text through :meth:`DateField.text`.
Text that is not a real date is handed on as typed, so the form can mark it and say so.
A small button opens a calendar (Qt's own, in the user's language) to pick the date.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ui.formats import date_format
from ui.i18n import is_language_change
from ui.icons import icon

ISO = "yyyy-MM-dd"


def read_date(text: str) -> QDate | None:
    """The date ``text`` means: ISO, or the user's format (leading zeros optional)."""
    text = text.strip()
    if not text:
        return None
    localised = date_format()
    relaxed = localised.replace("dd", "d").replace("MM", "M")
    for pattern in (ISO, localised, relaxed):
        found = QDate.fromString(text, pattern)
        if found.isValid() and 1800 <= found.year() <= 2200:
            return found
    return None


def to_iso(text: str) -> str:
    """ISO text for what the user typed; the text itself (stripped) when it is no date."""
    found = read_date(text)
    return found.toString(ISO) if found is not None else text.strip()


def shown_date(iso: str) -> str:
    """An ISO date in the user's format; anything else as it is."""
    found = QDate.fromString(iso.strip(), ISO)
    return QLocale().toString(found, date_format()) if found.isValid() else iso


class DateField(QWidget):
    """A line edit for a date with a calendar button; ``text()`` is ISO when it is a date."""

    textEdited = Signal(str)
    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setMaxLength(40)
        self.line.textEdited.connect(lambda _text: self.textEdited.emit(self.text()))
        self.line.textChanged.connect(self._text_changed)
        self._understood: tuple[str, str] = ("", "")  # (shown text, ISO) last read as a date
        self.line.editingFinished.connect(self._tidy)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self.pick)
        self.calendar.activated.connect(self.pick)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._before_calendar)
        self.button = QToolButton(self)
        self.button.setIcon(icon("calendar", self))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.button.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.retranslate()

    # --- what the rest of the screen uses, as with a QLineEdit -------------------------------

    def text(self) -> str:
        shown, iso = self._understood
        if iso and self.line.text() == shown:
            return iso  # read in the language it was typed in, whatever the language now
        return to_iso(self.line.text())

    def _text_changed(self, text: str) -> None:
        found = read_date(text)
        if found is not None:
            self._understood = (text, found.toString(ISO))
        self.textChanged.emit(self.text())

    def setText(self, iso: str) -> None:
        self.line.setText(shown_date(iso))

    def clear(self) -> None:
        self.line.clear()

    def setCursorPosition(self, position: int) -> None:
        self.line.setCursorPosition(position)

    def setPlaceholderText(self, text: str) -> None:
        self.line.setPlaceholderText(text)

    def fit_to_date(self) -> None:
        """Make the field as wide as a date or its placeholder needs, and no wider (for a
        grid where other columns need the room)."""
        metrics = self.line.fontMetrics()
        texts = ("00.00.0000", self.line.placeholderText())
        wide = max(metrics.horizontalAdvance(text) for text in texts)
        self.line.setFixedWidth(wide + 4 * metrics.averageCharWidth())

    def setStyleSheet(self, sheet: str) -> None:
        self.line.setStyleSheet(sheet)

    def styleSheet(self) -> str:
        return self.line.styleSheet()

    # --- the calendar --------------------------------------------------------------------------

    def _before_calendar(self) -> None:
        self.calendar.setLocale(QLocale())
        found = read_date(self.line.text())
        self.calendar.setSelectedDate(found if found is not None else QDate.currentDate())

    def pick(self, day: QDate) -> None:
        """The user picked ``day`` in the calendar (also what tests call)."""
        self.line.setText(QLocale().toString(day, date_format()))
        self.textEdited.emit(self.text())
        self.menu.hide()

    def _tidy(self) -> None:
        """A date typed as ISO or without leading zeros is shown in the user's format."""
        found = read_date(self.line.text())
        if found is not None:
            shown = QLocale().toString(found, date_format())
            if shown != self.line.text():
                self.line.setText(shown)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        shown, iso = self._understood
        if iso and self.line.text() == shown:  # a date in the old language's format: redrawn
            self.line.setText(shown_date(iso))
        self.button.setToolTip(self.tr("Pick the date from a calendar"))
        self.line.setPlaceholderText(date_placeholder())


def date_placeholder() -> str:
    """The user's date format in letters they read: ДД.ММ.ГГГГ, JJ/MM/AAAA, MM/DD/YYYY."""
    letters = {
        "d": QCoreApplication.translate("DateField", "D", "the letter for day in a date"),
        "M": QCoreApplication.translate("DateField", "M", "the letter for month in a date"),
        "y": QCoreApplication.translate("DateField", "Y", "the letter for year in a date"),
    }
    return "".join(letters.get(ch, ch) for ch in date_format())


def date_example() -> str:
    """Today's date as the user's language writes it: an example of what to type."""
    return QLocale().toString(QDate.currentDate(), date_format())
