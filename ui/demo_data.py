"""Fictional demo cases for trying Satchel out, added from the Settings page.

The cases are invented by ``app.store.demo`` on the database thread, with a progress bar;
``added`` tells the main window to refresh the case list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.store.demo import generate_demo
from app.vault import Vault
from ui.i18n import is_language_change
from ui.messages import user_sentence
from ui.tasks import DatabaseThread, Progress, VaultTask
from ui.widgets import PROBLEM_TEXT, show_sentence

DEMO_RANGE = (1, 100_000)
DEFAULT_DEMO_CASES = 50


class DemoData(QGroupBox):
    """Add invented cases to the open vault, on the database thread, with a progress bar."""

    added = Signal(int)  # how many cases were added

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db: DatabaseThread | None = None
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.count = QSpinBox(self)
        self.count.setRange(*DEMO_RANGE)
        self.count.setValue(DEFAULT_DEMO_CASES)
        self.add_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.count.setMinimumWidth(140)
        self.count.valueChanged.connect(lambda _value: self._show_count_suffix())
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addWidget(self.add_button)
        row.addWidget(self.progress, 1)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        self.add_button.clicked.connect(self.add_demo_cases)
        self.setEnabled(False)
        self.retranslate()

    def attach_vault(self, db: DatabaseThread) -> None:
        self._db = db
        self.setEnabled(True)

    def add_demo_cases(self) -> VaultTask[int] | None:
        if self._db is None or not self.progress.isHidden():
            return None
        count = self.count.value()

        def work(vault: Vault, progress: Progress) -> int:
            return generate_demo(vault.store, count, progress=progress)

        self._busy(True, count)
        task = VaultTask.with_progress(self._db, work, parent=self)
        task.on_progress(self._show_progress).success(self._done).failure(self._failed)
        return task.run_in_background()

    def _busy(self, busy: bool, total: int = 0) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.add_button.setEnabled(not busy)
        self.count.setEnabled(not busy)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, count: int) -> None:
        self._busy(False)
        self.outcome.setStyleSheet("")
        show_sentence(self.outcome, lambda: self.tr("%Ln fictional case(s) were added.", "", count))
        self.added.emit(count)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.outcome.setStyleSheet(f"color: {PROBLEM_TEXT};")
        show_sentence(self.outcome, lambda: user_sentence(error))

    def _show_count_suffix(self) -> None:
        """The word after the number agrees with it: "1 case", "50 cases", "3 дела"."""
        value = self.count.value()
        words = self.tr("%n case(s)", "after a number in a spin box", value)
        self.count.setSuffix(" " + words.replace(str(value), "", 1).strip())

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Demo data"))
        self._intro.setText(
            self.tr(
                "For trying Satchel out: add invented cases (made-up people, random unit "
                "numbers) to this vault. They look real, so do not add them to a vault you "
                "share with partners."
            )
        )
        self._show_count_suffix()
        self.add_button.setText(self.tr("Add fictional demo cases"))
