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
