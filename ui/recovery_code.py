"""A new vault's recovery code, shown once and confirmed from the paper copy.

Shared by first run and by restoring from a border bundle (``ui.first_run`` and
``ui.restore_dialog`` both show it; neither imports the other for it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.i18n import is_language_change
from ui.widgets import code_label


def first_run_intro() -> str:
    return QCoreApplication.translate(
        "FirstRunDialog",
        "This is your recovery code. It is shown only this once. Write it on paper and "
        "keep it apart from the laptop: it opens the vault if you forget the "
        "passphrase or move to a new computer.",
    )


class RecoveryCodePage(QWidget):
    """A new vault's recovery code, shown once; ``confirmed`` when the user proved a copy.

    The code is in large letters, never on the clipboard; Continue stays disabled until
    "I have written it down" is ticked and the code's last group is typed back from the
    paper copy. Then the page forgets the code. Used by first run and by restore; its words
    keep the "FirstRunDialog" context they were first translated in.
    """

    confirmed = Signal()

    def __init__(self, *, parent: QWidget, intro: Callable[[], str] = first_run_intro) -> None:
        super().__init__(parent)
        self._intro = intro
        self._last_group = ""
        self.code_intro = QLabel(self)
        self.code_intro.setWordWrap(True)
        self.code = code_label(self)
        self.written_down = QCheckBox(self)
        self._last_group_label = QLabel(self)
        self._last_group_label.setWordWrap(True)
        self.last_group = QLineEdit(self)
        self.last_group.setMaxLength(9)
        self.continue_button = QPushButton(self)
        self.continue_button.setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (
            self.code_intro,
            self.code,
            self.written_down,
            self._last_group_label,
            self.last_group,
            self.continue_button,
        ):
            layout.addWidget(widget)
        self.written_down.toggled.connect(self._update_continue_button)
        self.last_group.textChanged.connect(self._update_continue_button)
        self.continue_button.clicked.connect(self.finish)
        self.retranslate()

    def show_code(self, code: str) -> None:
        self._last_group = code.rsplit("-", 1)[-1]
        self.code.setText(code)
        self.last_group.setFocus()

    def _update_continue_button(self) -> None:
        typed = self.last_group.text().strip().upper().replace("O", "0")
        typed = typed.replace("I", "1").replace("L", "1")
        matches = bool(self._last_group) and typed == self._last_group
        self.continue_button.setEnabled(matches and self.written_down.isChecked())

    def finish(self) -> None:
        """Forget the code, then say the user has their copy."""
        if not self.continue_button.isEnabled():
            return
        self.forget()
        self.confirmed.emit()

    def forget(self) -> None:
        self.code.clear()
        self._last_group = ""
        self.last_group.clear()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.code_intro.setText(self._intro())
        self.written_down.setText(
            QCoreApplication.translate("FirstRunDialog", "I have written the recovery code down")
        )
        self._last_group_label.setText(
            QCoreApplication.translate(
                "FirstRunDialog",
                "To confirm, type the last group of the code from your paper copy:",
            )
        )
        self.continue_button.setText(QCoreApplication.translate("FirstRunDialog", "Continue"))
