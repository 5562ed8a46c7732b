"""Settings → Backup: "Save a copy of the vault…" into a folder the user picks.

The copy (:func:`app.backup.save_vault_copy`) is made on the database thread while the app
keeps running: the key-slot file and an encrypted, consistent copy of the database, in a new
folder "Satchel copy <date>". It opens with the recovery code on any computer. The folder
is chosen in Qt's own dialog, so no recent-places list learns where backups are kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import save_vault_copy
from ui.file_dialogs import folder_to_choose
from ui.i18n import is_language_change
from ui.icons import icon
from ui.messages import user_sentence
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import PROBLEM_TEXT, ReservedLabel, show_sentence


class BackupSection(QGroupBox):
    """One button; ``saved(folder)`` once the copy is written."""

    saved = Signal(object)  # the new folder (Path)
    failed = Signal(str)  # the sentence shown

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db: DatabaseThread | None = None
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.choose_and_save)
        self.outcome = ReservedLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        self.setEnabled(False)
        self.retranslate()

    def attach_vault(self, db: DatabaseThread) -> None:
        self._db = db
        self.setEnabled(True)

    def choose_and_save(self) -> VaultTask[Path] | None:
        folder = folder_to_choose(self, self.tr("Save a copy of the vault in"))
        return self.save_into(folder) if folder is not None else None

    def save_into(self, folder: Path) -> VaultTask[Path] | None:
        """Write the copy into ``folder`` on the database thread (what the button does)."""
        if self._db is None:
            return None
        self.save_button.setEnabled(False)
        self.outcome.setStyleSheet("")
        show_sentence(self.outcome, lambda: self.tr("Saving a copy…"))
        task: VaultTask[Path] = VaultTask(
            self._db, lambda vault: save_vault_copy(vault, folder), parent=self
        )
        task.success(self._saved).failure(self._failed)
        return task.run_in_background()

    def _saved(self, folder: Path) -> None:
        self.save_button.setEnabled(True)
        self.outcome.setStyleSheet("")
        show_sentence(
            self.outcome,
            lambda: self.tr(
                "A copy was saved in %1. It opens with your recovery code on any computer; "
                "keep it as safe as the laptop."
            ).replace("%1", str(folder)),
        )
        self.saved.emit(folder)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        sentence = user_sentence(error)
        self.outcome.setStyleSheet(f"color: {PROBLEM_TEXT};")
        show_sentence(self.outcome, lambda: user_sentence(error))
        self.failed.emit(sentence)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backup"))
        self._intro.setText(
            self.tr(
                "Save a copy of the whole vault, encrypted, in a folder you choose (a USB "
                "stick, an external disk). Satchel keeps working meanwhile. The copy opens "
                "with the recovery code."
            )
        )
        self.save_button.setText(self.tr("Save a copy of the vault…"))
        self.save_button.setIcon(icon("save-copy", self))
