"""Numbers, sizes and dates the way the user's language writes them (QLocale).

The core keeps dates as ISO text (``2026-12-15``) and sizes in bytes; the screens show
``15.12.2026`` and ``123,5 кБ`` in Russian, ``15/12/2026`` and ``123,5 ko`` in French. The
language switch sets Qt's default locale (:mod:`ui.i18n`), which these functions follow.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale


def size_text(size: int) -> str:
    """A file size in the user's words: "999 bytes", "123.5 kB", "4.2 MB"."""
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
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return QLocale().toString(day, date_format()) if day.isValid() else iso
