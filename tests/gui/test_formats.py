"""Dates, times and sizes on screen follow the user's language (QLocale), one helper for all."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.formats import date_text, datetime_text, size_text

ROOT = Path(__file__).resolve().parents[2]
MOMENT = "2026-12-15T08:05:09.000000Z"  # as the core writes it (UTC)

EXPECTED = {
    "ru": ("15.12.2026 08:05:09", "15.12.2026", "0 байт", "2 байта", "123,5 кБ"),
    "fr": ("15/12/2026 08:05:09", "15/12/2026", "0 octet", "2 octets", "123,5 ko"),
    "en": ("12/15/2026 8:05:09\u202fAM", "12/15/2026", "0 bytes", "2 bytes", "123.5 kB"),
}


@pytest.mark.parametrize("language", ["ru", "fr", "en"])
def test_dates_times_and_sizes_in_the_user_language(compiled_translations, language):
    assert compiled_translations.switch(language)
    moment, day, zero, two, kilo = EXPECTED[language]
    assert datetime_text(MOMENT, utc=True, seconds=True) == moment
    assert date_text("2026-12-15") == day
    assert (size_text(0), size_text(2), size_text(123_456)) == (zero, two, kilo)
    assert datetime_text("not a moment") == "not a moment"


def test_no_screen_formats_a_date_or_size_by_hand():
    """strftime, sliced ISO text and Qt's byte sizes only through ui/formats.py."""
    by_hand = ("strftime(", '[:16].replace("T"', "[:19].replace(", "formattedDataSize(")
    found = [
        f"{path.relative_to(ROOT)}: {needle}"
        for path in (ROOT / "ui").rglob("*.py")
        if path.name != "formats.py"
        for needle in by_hand
        if needle in path.read_text(encoding="utf-8")
    ]
    assert found == []
