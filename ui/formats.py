"""Numbers, sizes and dates the way the user's language writes them (QLocale).

The core keeps dates as ISO text (``2026-12-15``) and sizes in bytes; the screens show
``15.12.2026`` and ``123,5 кБ`` in Russian, ``15/12/2026`` and ``123,5 ko`` in French, and a
count of 1500 as ``1 500`` (``1,500`` in English, ``1.500`` in German). The language switch
sets Qt's default locale (:mod:`ui.i18n`), which these functions follow. In a translated
plural the count is ``%Ln``, which Qt writes the same way (``%n`` would be ``1500``).

Every date, time and size on screen goes through here: never ``strftime``, a sliced ISO
string or a hand-written "KB". Moments the core stores (UTC ISO text, ``...Z``) are shown in
the computer's local time, except where the screen says UTC (the audit log).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, Qt, QTimeZone


def number_text(count: int) -> str:
    """A count as the user's language writes it: ``1 500`` in Russian, ``1,500`` in English."""
    return QLocale().toString(count)


class SizeWords(QObject):
    """Satchel's own words for sizes (``self.tr`` is how lupdate sees a plural)."""

    def byte_count(self, size: int) -> str:
        return self.tr("%Ln byte(s)", "", size)


def size_text(size: int) -> str:
    """A file size in the user's words: "999 bytes", "123.5 kB", "4.2 MB".

    Below a kilobyte the number of bytes is a plural of Satchel's own ("0 байт", "2 байта"):
    Qt writes "0 байты" whatever the number.
    """
    if 0 <= size < 1000:
        return SizeWords().byte_count(size)
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (``dd.MM.yyyy``)."""
    found = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in found:
        found = found.replace("yy", "yyyy")
    return found


def date_text(iso: str | None) -> str:
    """An ISO date (or the date part of an ISO time) as the user's language writes it.

    Text that is not a date is shown as it is rather than hidden.
    """
    if not iso:
        return ""
    if "T" in iso:  # a moment the core wrote in UTC: the day it was here
        found = moment(iso)
        if found is not None:
            return QLocale().toString(found.date(), date_format())
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return QLocale().toString(day, date_format()) if day.isValid() else iso


def time_format(locale: QLocale | None = None, *, seconds: bool = False) -> str:
    """The locale's short time format (``HH:mm``; ``h:mm AP`` in English), with seconds."""
    found = (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in found:
        found = found.replace("mm", "mm:ss")
    return found


def moment(value: QDateTime | str | None, *, utc: bool = False) -> QDateTime | None:
    """A moment from the core's ISO text (or Qt's), in local time or UTC; None if none."""
    if value is None or value == "":
        return None
    found = value if isinstance(value, QDateTime) else _from_iso(value)
    if not found.isValid():
        return None
    return found.toUTC() if utc else found.toLocalTime()


def _from_iso(text: str) -> QDateTime:
    found = QDateTime.fromString(text.strip(), Qt.DateFormat.ISODateWithMs)
    if found.isValid() and found.timeSpec() == Qt.TimeSpec.LocalTime and "T" in text:
        # The core writes UTC; a time without a zone is UTC too.
        found.setTimeZone(QTimeZone.utc())
    return found


def datetime_text(
    value: QDateTime | str | None, *, utc: bool = False, seconds: bool = False
) -> str:
    """A moment as the user's language writes it: ``01.12.2026 22:25``, ``12/1/2026 10:25 PM``.

    Local time unless ``utc``; text that is not a moment is shown as it is.
    """
    found = moment(value, utc=utc)
    if found is None:
        return value if isinstance(value, str) else ""
    pattern = f"{date_format()} {time_format(seconds=seconds)}"
    return QLocale().toString(found, pattern)
