"""The look: Qt's Fusion style with a light or dark palette that follows the system.

Fusion draws the same on Windows, macOS and Linux, so the screenshots are what users see
and the conventions in docs/gui.md hold everywhere. The palette follows the system's
colour scheme (Qt 6.5+ reports it on Windows, macOS and GNOME/KDE) and changes with it
while the app runs. Colours that carry meaning (red for danger and problems, green for a
verified key) are the same in both palettes; everything else comes from the palette.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

DANGER = "#b00020"
DANGER_DARKER = "#8c001a"
DANGER_STYLE = (
    f"background: {DANGER}; color: white; font-weight: bold; border: 1px solid {DANGER_DARKER};"
    " border-radius: 4px; padding: 6px 14px;"
)
"""A button that destroys something (Panic, wipe): white on red, always recognisable."""

GOOD_ON_LIGHT = "#1e7b34"
GOOD_ON_DARK = "#6fd08a"
"""The green of good news (a key verified in person, checks passed, an import done), for
each palette: both read at 4.5:1 on their window and fields (tests/gui/test_contrast.py)."""

CAREFUL_TEXT, CAREFUL_BACKGROUND = "#6b3a00", "#fdebd0"
"""A caution box (a contact not verified yet): dark brown on light orange on either palette."""

NOTICE_TEXT, NOTICE_BACKGROUND, NOTICE_BORDER = "#3d2e00", "#fff4d6", "#d39e00"
"""A notice that waits for the user (a conflict kept for later): dark on light yellow."""

RISK_COLOURS = {"low": "#27ae60", "medium": "#f1c40f", "high": "#e67e22", "critical": "#c0392b"}
"""The dashboard's risk bars (shapes, not words: the level is written beside each bar)."""
NEUTRAL_BAR = "#7f8c8d"
CHART_BAR = "#2e86c1"
ON_DANGER = "#ffffff"
"""Icons and words drawn on the danger red."""


def good_colour() -> str:
    """The green of good news for the palette in use now."""
    return GOOD_ON_DARK if is_dark() else GOOD_ON_LIGHT


def good_style() -> str:
    """Good news in words: set when the words are shown, so it follows the palette."""
    return f"color: {good_colour()}; font-weight: bold;"


CAREFUL_STYLE = f"color: {CAREFUL_TEXT}; background: {CAREFUL_BACKGROUND}; padding: 6px;"
NOTICE_STYLE = (
    f"{{ background: {NOTICE_BACKGROUND}; border: 1px solid {NOTICE_BORDER}; border-radius: 4px; }}"
    f" QLabel {{ color: {NOTICE_TEXT}; }}"
)
"""Prefixed with the box's selector: ``"#conflictBanner " + NOTICE_STYLE`` style the box and
its words (the words' colour is fixed too, so they read on the light yellow in a dark
palette)."""
HINT_BOX_STYLE = "padding: 6px; background: palette(alternate-base); color: palette(text);"
"""A quiet box of explanation (what a profile leaves out), from the palette."""
INVALID_FIELD_STYLE = f"border: 2px solid {DANGER};"

NAVIGATION_STYLE = (
    "QListWidget { border: none; font-size: 11pt; }"
    " QListWidget::item { padding: 8px 10px; border-radius: 4px; }"
    " QListWidget::item:selected { background: palette(highlight);"
    " color: palette(highlighted-text); }"
)
"""The sidebar: roomy rows that read as a menu, not a table."""

_DARK = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#27292d",
    QPalette.ColorRole.ToolTipBase: "#3a3c42",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#8b8d94",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.Button: "#35373c",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Link: "#7cb7ff",
    QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
}


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette(dark: bool) -> QPalette:
    """Fusion's own light palette, or Satchel's dark one."""
    app = QApplication.instance()
    style = app.style() if isinstance(app, QApplication) else None
    found = QPalette(style.standardPalette()) if style is not None else QPalette()
    if not dark:
        # Fusion's own selection blue (#308cc6) gives white text only 3.7:1, its disabled
        # text too little as well; these reach WCAG's 4.5:1 (tests/gui/test_contrast.py).
        found.setColor(QPalette.ColorRole.Highlight, QColor("#2866a8"))
        found.setColor(QPalette.ColorRole.BrightText, QColor(DANGER))  # problem words
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                     QPalette.ColorRole.WindowText):  # fmt: skip
            found.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6d6d6d"))
    if dark:
        for role, colour in _DARK.items():
            found.setColor(role, QColor(colour))
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                     QPalette.ColorRole.WindowText):  # fmt: skip
            found.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d7f86"))
    return found


def apply_theme(app: QApplication) -> None:
    """Fusion, and the palette of the system's colour scheme, now and when it changes."""
    app.setStyle("Fusion")
    app.setPalette(palette(is_dark()))
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: app.setPalette(palette(is_dark())))
