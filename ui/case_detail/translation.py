"""A statement's translation: the original beside the translation, its language and who made it.

The dialog only collects and checks the three values; the case page saves them on the
database thread (``Store.translate_statement``) and closes the dialog when that worked, or
shows the core's sentence in it when it did not. An empty translation removes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.store import TRANSLATION_LANGUAGES
from ui.i18n import is_language_change
from ui.labels import language_label
from ui.widgets import problem_label


class TranslationDialog(QDialog):
    """Emits ``save_requested(statement_id, translation, language, translator)``."""

    save_requested = Signal(str, str, str, str)

    def __init__(self, statement: Mapping[str, Any], *, parent: QWidget) -> None:
        super().__init__(parent)
        self.statement_id = str(statement["id"])
        self.original = QPlainTextEdit(self)
        self.original.setPlainText(str(statement.get("text") or ""))
        self.original.setReadOnly(True)
        self.original.setMaximumHeight(110)
        self.translation = QPlainTextEdit(self)
        self.translation.setPlainText(str(statement.get("translation") or ""))
        self.translation.setTabChangesFocus(True)
        self.language = QComboBox(self)
        self.language.addItem("", "")
        for code in TRANSLATION_LANGUAGES:
            self.language.addItem("", code)
        index = self.language.findData(statement.get("translation_lang") or "")
        self.language.setCurrentIndex(max(index, 0))
        self.translator = QLineEdit(str(statement.get("translator") or ""), self)
        self._labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        rows = (self.original, self.translation, self.language, self.translator)
        for label, widget in zip(self._labels, rows, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.request_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self.retranslate()

    def values(self) -> tuple[str, str, str]:
        return (
            self.translation.toPlainText().strip(),
            str(self.language.currentData() or ""),
            self.translator.text().strip(),
        )

    def form_problem(self) -> str:
        """Why the translation cannot be saved as it is ('' when it can)."""
        text, language, translator = self.values()
        if text and not language:
            return self.tr("Choose the language the translation is in.")
        if text and not translator:
            return self.tr("Say who translated the statement.")
        return ""

    def request_save(self) -> None:
        problem = self.form_problem()
        self.problem.setText(problem)
        if not problem:
            self.save_requested.emit(self.statement_id, *self.values())

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Translation of the statement"))
        texts = (
            self.tr("Original:"),
            self.tr("Translation:"),
            self.tr("Language:"),
            self.tr("Translated by:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.language.setItemText(0, self.tr("Choose…"))
        for index, code in enumerate(TRANSLATION_LANGUAGES, start=1):
            self.language.setItemText(index, language_label(code))
        self.note.setText(
            self.tr(
                "The original stays as it was recorded. The dossier prints both, with the "
                "translator's name. Leave the translation empty to remove it."
            )
        )
