"""Dossier for the authorities: one case as a PDF in French, German or English.

The language is the reader's (an authority abroad), not the app's, so it is chosen here;
the redaction profile decides what is left out, and the dossier lists it. The dialog says
plainly, before anything is written, that the PDF is not encrypted. The PDF is made on the
database thread in memory (``app.dossier``) and only the file the user names is written.
The dialog is opened with ``open()``; tests drive ``save_to(path)`` directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dossier import LANGUAGES, save_dossier
from ui.file_dialogs import file_to_save
from ui.i18n import is_language_change
from ui.labels import profile_description, profile_label
from ui.messages import user_sentence
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import PROBLEM_TEXT, problem_label, show_sentence

# Each language named in itself: the reader's language, whatever the app speaks.
LANGUAGE_NAMES = {"fr": "Français", "de": "Deutsch", "en": "English"}
PROFILES = ("referral", "status", "full")


class DossierDialog(QDialog):
    """Emits ``written(path)`` once the PDF is on disk, then closes."""

    written = Signal(str)

    def __init__(self, db: DatabaseThread, case_id: str, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.case_id = case_id
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = QComboBox(self)
        for code in ("fr", "de", "en"):
            assert code in LANGUAGES
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.profile = QComboBox(self)
        for name in PROFILES:
            self.profile.addItem("", name)
        self.profile_text = QLabel(self)
        self.profile_text.setWordWrap(True)
        self.profile.currentIndexChanged.connect(self._show_profile)
        self.not_encrypted = QLabel(self)
        self.not_encrypted.setWordWrap(True)
        self.not_encrypted.setStyleSheet(f"color: {PROBLEM_TEXT}; font-weight: bold;")
        self.problem = problem_label(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        self._language_caption = QLabel(self)
        self._profile_caption = QLabel(self)
        form = QFormLayout()
        form.addRow(self._language_caption, self.language)
        form.addRow(self._profile_caption, self.profile)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.profile_text)
        layout.addWidget(self.not_encrypted)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def chosen(self) -> tuple[str, str]:
        return str(self.language.currentData()), str(self.profile.currentData())

    def choose_file(self) -> None:
        language, _profile = self.chosen()
        suggested = f"dossier-{self.case_id[:8]}-{language}.pdf"
        path = file_to_save(self, self.tr("Save the dossier"), suggested, self.tr("PDF (*.pdf)"))
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> VaultTask[int]:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        language, profile = self.chosen()
        case_id = self.case_id
        self.save_button.setEnabled(False)
        self.problem.clear()

        def work(vault: object) -> int:
            from app.exchange.identity import VaultIdentity

            store = vault.store  # type: ignore[attr-defined]
            organisation = VaultIdentity.load_or_create(store).card.name
            return save_dossier(
                store, case_id, path, language=language, profile=profile,
                organisation=organisation, record_in=vault.folder,  # type: ignore[attr-defined]
                replace=True,  # the save dialog asked
            )  # fmt: skip

        task: VaultTask[int] = VaultTask(self._db, work, parent=self)
        task.success(lambda _size: self._written(path)).failure(self._failed)
        return task.run_in_background()

    def _written(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.accept()
        self.written.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        show_sentence(self.problem, lambda: user_sentence(error))
        self.save_button.setEnabled(True)

    def _show_profile(self) -> None:
        self.profile_text.setText(profile_description(str(self.profile.currentData())))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dossier for the authorities"))
        self.intro.setText(
            self.tr(
                "A PDF of this case for a request for entry documents or protection: the "
                "person, service, desertion, risks, statements in date order, the vetting, the "
                "timeline and the attached documents with their SHA-256. Evidence, internal "
                "notes and your own planning are never in it."
            )
        )
        self._language_caption.setText(self.tr("Language of the dossier:"))
        self._profile_caption.setText(self.tr("What it contains:"))
        for index in range(self.profile.count()):
            self.profile.setItemText(index, profile_label(str(self.profile.itemData(index))))
        self._show_profile()
        self.not_encrypted.setText(
            self.tr(
                "The PDF is not encrypted: anyone who gets the file can read it. Keep it only "
                "as long as you need it, and hand it over the way you agreed with the partner."
            )
        )
        self.save_button.setText(self.tr("Save PDF…"))
