"""Settings: language, auto-lock, clipboard, camouflage, and the border-safety settings.

The app's own settings (language, auto-lock minutes, clipboard seconds, camouflage) apply
immediately and are saved; ``settings_changed`` tells the shell, which owns the auto-lock
timer, the clipboard guard, the window title and the translator.

Below them the page holds sections that work on the open vault once the shell has attached
it (``attach_vault``): the backup, the two-person rule (:mod:`ui.vetting_settings`), the
border-safety settings (:mod:`ui.border_settings`) and the fictional demo cases
(:mod:`ui.demo_data`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.backup_section import BackupSection
from ui.border_settings import BorderSettings
from ui.demo_data import DemoData
from ui.i18n import LANGUAGES, is_language_change
from ui.settings import AUTO_LOCK_RANGE, CLIPBOARD_RANGE, GuiSettings
from ui.tasks import DatabaseThread
from ui.vetting_settings import VettingSettings


class SettingsPage(QWidget):
    settings_changed = Signal(object)  # GuiSettings

    def __init__(self, settings: GuiSettings, *, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(*AUTO_LOCK_RANGE)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.clipboard = QSpinBox(self)
        self.clipboard.setRange(*CLIPBOARD_RANGE)
        self.clipboard.setValue(settings.clipboard_seconds)
        self.camouflage = QCheckBox(self)
        self.camouflage.setChecked(settings.camouflage)
        self._title = QLabel(self)
        self._labels = [QLabel(self) for _ in range(3)]
        self.border = BorderSettings(parent=self)
        self.backup = BackupSection(parent=self)
        self.vetting = VettingSettings(parent=self)
        self.demo = DemoData(parent=self)
        form = QFormLayout()
        form.addRow(self._labels[0], self.language)
        form.addRow(self._labels[1], self.auto_lock)
        form.addRow(self._labels[2], self.clipboard)
        form.addRow(self.camouflage)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(form)
        layout.addWidget(self.backup)
        layout.addWidget(self.vetting)
        layout.addWidget(self.border)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(self._changed)
        self.auto_lock.valueChanged.connect(self._changed)
        self.clipboard.valueChanged.connect(self._changed)
        self.camouflage.toggled.connect(self._changed)
        self.retranslate()

    @property
    def settings(self) -> GuiSettings:
        return self._settings

    def attach_vault(self, db: DatabaseThread) -> None:
        """Let the border-safety and demo sections work on the open vault (the shell calls
        this)."""
        self.border.attach_vault(db)
        self.backup.attach_vault(db)
        self.vetting.attach_vault(db)
        self.demo.attach_vault(db)

    def _changed(self) -> None:
        self._settings = GuiSettings(
            language=str(self.language.currentData()),
            auto_lock_minutes=self.auto_lock.value(),
            clipboard_seconds=self.clipboard.value(),
            camouflage=self.camouflage.isChecked(),
        )
        self.settings_changed.emit(self._settings)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.tr("<h2>Settings</h2>"))
        self._labels[0].setText(self.tr("Language:"))
        self._labels[1].setText(self.tr("Lock after this many idle minutes:"))
        self._labels[2].setText(self.tr("Clear copied text after this many seconds:"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.clipboard.setSuffix(self.tr(" s"))
        self.camouflage.setText(
            self.tr("Camouflage: a neutral window title (“Notes”) and a plain icon")
        )
