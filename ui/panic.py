"""Panic: destroy the vault now, after a confirmation that cannot happen by accident.

The confirmation is a button held down for 1.5 seconds while it fills up (with the mouse,
a finger, or the space bar). Letting go early empties it again. A click, Enter or Escape
never confirms: Escape and Cancel close the dialog, Enter does nothing. Holding is quick
enough under pressure (the wipe itself then takes a fraction of a second) and impossible to
do by a stray click or keypress. The main window's toolbar and the unlock dialog both offer
Panic, with the shortcut Ctrl+Shift+Delete, so it works with the vault open or locked.

What happens next is the shell's job (``SatchelShell.panic``): the crypto-erase runs at once
on the GUI thread (``app.vault.wipe.panic_wipe``: key file, keystore secret, files, settings and
caches), the window goes, and the first-run dialog appears as on a fresh install.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import is_language_change
from ui.theme import DANGER_STYLE

HOLD_MS = 1500
PANIC_KEYS = "Ctrl+Shift+Del"
_FILL = QColor(40, 0, 8, 120)  # darkens the red button as it fills


class HoldButton(QPushButton):
    """A button that emits ``held`` only after being kept down for ``hold_ms``; it fills up."""

    held = Signal()

    def __init__(self, *, hold_ms: int = HOLD_MS, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoDefault(False)
        self.setDefault(False)
        self.fill = QVariantAnimation(self)
        self.fill.setStartValue(0.0)
        self.fill.setEndValue(1.0)
        self.fill.setDuration(hold_ms)
        self.fill.valueChanged.connect(self.update)
        self.fill.finished.connect(self._filled)
        self.pressed.connect(self._start)
        self.released.connect(self._let_go)

    @property
    def progress(self) -> float:
        """How full the button is, 0 to 1 (0 whenever it is not being held)."""
        if self.fill.state() != QVariantAnimation.State.Running:
            return 0.0
        return float(self.fill.currentValue() or 0.0)

    def _start(self) -> None:
        self.fill.stop()
        self.fill.start()

    def _let_go(self) -> None:
        self.fill.stop()
        self.update()

    def _filled(self) -> None:
        if self.isDown():
            self.setDown(False)
            self.held.emit()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.progress <= 0:
            return
        painter = QPainter(self)
        rect = QRectF(self.rect())
        rect.setWidth(rect.width() * self.progress)
        painter.fillRect(rect, _FILL)
        painter.end()


class PanicDialog(QDialog):
    """Ask for the hold; ``confirmed`` once it was held long enough, then the dialog closes."""

    confirmed = Signal()

    def __init__(self, *, parent: QWidget | None, hold_ms: int = HOLD_MS) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.hold_button = HoldButton(hold_ms=hold_ms, parent=self)
        self.hold_button.setMinimumHeight(48)
        self.hold_button.setStyleSheet(DANGER_STYLE)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.hold_button, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.hold_button.held.connect(self._held)
        self.retranslate()

    def _held(self) -> None:
        self.accept()
        self.confirmed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Panic wipe"))
        self.explanation.setText(
            self.tr(
                "Hold the red button until it fills up to destroy the vault now: every case, "
                "its keys and Satchel's settings. This cannot be undone."
            )
        )
        self.hold_button.setText(self.tr("Hold to wipe everything"))
        self.cancel_button.setText(self.tr("Cancel"))


def panic_shortcut() -> QKeySequence:
    """Ctrl+Shift+Delete: the same keys in the main window and at the unlock dialog."""
    return QKeySequence(PANIC_KEYS)


def panic_tooltip() -> str:
    """The Panic action's tooltip, shared by the main window and the unlock dialog."""
    keys = panic_shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    sentence = QCoreApplication.translate(
        "PanicDialog", "Destroy the vault now (%1); you will be asked to hold a button first."
    )
    return sentence.replace("%1", keys)
