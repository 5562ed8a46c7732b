"""Readable in a light and a dark palette: text against its background, WCAG's ratio.

Every palette pair the screens use for words (labels on the window, text in fields and
lists, button text, selected rows, tooltips, placeholders) and the fixed colours that carry
meaning (the red of problem sentences, on the window and in fields; white on the danger
red) reach 4.5:1, the
level WCAG 2 asks for normal text; disabled text, which WCAG exempts, reaches 3:1.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from ui import theme
from ui.theme import DANGER, palette
from ui.widgets import PROBLEM_COLOUR, PROBLEM_TEXT

R = QPalette.ColorRole
PAIRS = [
    (R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight), (R.ToolTipText, R.ToolTipBase),
    (R.Link, R.Base), (R.Link, R.Window),
]  # fmt: skip


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def ratio(front: QColor, back: QColor) -> float:
    a, b = sorted((luminance(front), luminance(back)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_words_stand_out_from_their_background(qapp, dark):
    colours = palette(dark)
    low = [
        f"{front.name}/{back.name}: {ratio(colours.color(front), colours.color(back)):.2f}"
        for front, back in PAIRS
        if ratio(colours.color(front), colours.color(back)) < 4.5
    ]
    disabled = colours.color(QPalette.ColorGroup.Disabled, R.Text)
    if ratio(disabled, colours.color(QPalette.ColorGroup.Disabled, R.Base)) < 3:
        low.append("disabled text")
    assert low == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_problem_words_read_on_the_window_and_in_fields(qapp, dark):
    """Problem sentences are drawn in ``PROBLEM_TEXT``, the palette's BrightText."""
    assert PROBLEM_TEXT == "palette(bright-text)"
    colours = palette(dark)
    for back in (R.Window, R.Base):
        assert ratio(colours.color(R.BrightText), colours.color(back)) >= 4.5, back


def test_danger_buttons_are_white_on_a_dark_enough_red():
    assert ratio(QColor("white"), QColor(DANGER)) >= 4.5
    assert ratio(QColor("white"), QColor(PROBLEM_COLOUR)) >= 4.5  # the loud warning


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_good_news_reads_in_green_on_either_palette(qapp, dark):
    colours = palette(dark)
    green = QColor(theme.GOOD_ON_DARK if dark else theme.GOOD_ON_LIGHT)
    for back in (R.Window, R.Base):
        assert ratio(green, colours.color(back)) >= 4.5, back


def test_boxes_that_fix_their_own_background_fix_their_words_too():
    assert ratio(QColor(theme.CAREFUL_TEXT), QColor(theme.CAREFUL_BACKGROUND)) >= 4.5
    assert ratio(QColor(theme.NOTICE_TEXT), QColor(theme.NOTICE_BACKGROUND)) >= 4.5
    assert "QLabel" in theme.NOTICE_STYLE and theme.NOTICE_TEXT in theme.NOTICE_STYLE
    assert ratio(QColor(theme.ON_DANGER), QColor(DANGER)) >= 4.5


def test_colours_are_named_in_one_place():
    """Every fixed colour lives in ui/theme.py, with the meaning it carries."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "ui"
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\bcolor:\s*white\b")
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert found == []
