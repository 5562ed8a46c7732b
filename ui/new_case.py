"""New case: the person's name is all it takes; everything else is filled in on the case.

The name may be typed in Cyrillic or Latin; the store computes the other script. The
dialog is opened with ``open()`` (not a blocking ``exec()``), so tests drive it directly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import is_language_change
from ui.messages import user_sentence
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import problem_label, show_sentence


class NewCaseDialog(QDialog):
    """Emits ``created(case_id)`` once the case is in the vault, then closes."""

    created = Signal(str)

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setMaxLength(500)
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = QPushButton(self)
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create_case)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda text: self.create_button.setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.name)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.create_button.setEnabled(False)
        self.setMinimumWidth(480)
        self.retranslate()

    def create_case(self) -> VaultTask[str] | None:
        name = self.name.text().strip()
        if not name:
            return None
        self.create_button.setEnabled(False)
        task: VaultTask[str] = VaultTask(
            self._db, lambda vault: vault.store.add_case(name), parent=self
        )
        task.success(self._created).failure(self._failed)
        return task.run_in_background()

    def _created(self, case_id: str) -> None:
        self.name.clear()
        self.accept()
        self.created.emit(case_id)

    def _failed(self, error: BaseException) -> None:
        show_sentence(self.problem, lambda: user_sentence(error))
        self.create_button.setEnabled(True)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case"))
        self.intro.setText(
            self.tr(
                "Full name of the person, in Cyrillic or Latin letters. Everything else is "
                "filled in on the case itself."
            )
        )
        self.name.setPlaceholderText(self.tr("e.g. Иванов Иван Иванович"))
        self.create_button.setText(self.tr("Create case"))
