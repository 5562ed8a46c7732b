"""Add a contact: paste their card (or a plain age key) or load it from a file.

The card is public, so reading it from a file costs nothing; the file dialog is still Qt's
own (``DontUseNativeDialog``), so the desktop's recent-files list never learns where the
user keeps partners' cards. The keys start unverified: verifying is a separate step, done
after comparing safety numbers in person. The dialog opens with ``open()``; tests fill the
fields and call :meth:`AddContactDialog.add`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.exchange.contacts import Contact, KeyChangedError, add_contact
from app.exchange.identity import MAX_CARD_CHARS, MAX_NAME_CHARS
from ui.exchange_messages import exchange_sentence
from ui.file_dialogs import file_to_open
from ui.i18n import is_language_change
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import problem_label, show_sentence


class AddContactDialog(QDialog):
    """Emits ``added(name)`` once stored; ``key_changed(name)`` if a known contact's keys differ."""

    added = Signal(str)
    key_changed = Signal(str)

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.load_button = QPushButton(self)
        self.load_button.clicked.connect(self.choose_file)
        self.name_label = QLabel(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.problem = problem_label(self, bold=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = QPushButton(self)
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update_button)
        self._lay_out()
        self._update_button()
        self.setMinimumSize(620, 420)
        self.retranslate()

    def _lay_out(self) -> None:
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.load_button)
        layout.addLayout(name_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _update_button(self) -> None:
        self.add_button.setEnabled(bool(self.text.toPlainText().strip()))

    def choose_file(self) -> None:
        path = file_to_open(self, self.tr("Contact card"))
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> bool:
        """Put the card from ``path`` into the text box; False (and a sentence) if unreadable."""
        try:
            with path.open("rb") as file:
                data = file.read(MAX_CARD_CHARS * 4 + 1)
            if len(data) > MAX_CARD_CHARS * 4:
                raise ValueError("too long")
            self.text.setPlainText(data.decode("utf-8-sig"))
        except (OSError, ValueError):
            show_sentence(
                self.problem,
                lambda: self.tr("This file cannot be read as a contact card; nothing was added."),
            )
            return False
        self.problem.clear()
        return True

    def add(self) -> VaultTask[Contact] | None:
        text = self.text.toPlainText()
        if not text.strip():
            return None
        name = self.name.text().strip() or None
        self.add_button.setEnabled(False)
        task: VaultTask[Contact] = VaultTask(
            self._db, lambda vault: add_contact(vault.store, text, name=name), parent=self
        )
        task.success(self._added).failure(self._failed)
        return task.run_in_background()

    def _added(self, contact: Contact) -> None:
        self.text.clear()
        self.name.clear()
        self.problem.clear()
        self.accept()
        self.added.emit(contact.name)

    def _failed(self, error: BaseException) -> None:
        show_sentence(self.problem, lambda: exchange_sentence(error))
        self._update_button()
        if isinstance(error, KeyChangedError):
            self.key_changed.emit(error.name)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a contact"))
        self.intro.setText(
            self.tr(
                "Paste the contact card you received (it starts with "
                "“satchel-contact-card”), or a partner's plain age key, or load the card "
                "from a file. The keys stay unverified until you compare safety numbers in "
                "person."
            )
        )
        self.load_button.setText(self.tr("Load from a file…"))
        self.name_label.setText(self.tr("Name in your vault:"))
        self.name.setPlaceholderText(self.tr("optional for a card; needed for a plain age key"))
        self.add_button.setText(self.tr("Add contact"))
