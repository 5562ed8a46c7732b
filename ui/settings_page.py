"""Settings: language, auto-lock, clipboard, camouflage, and the border-safety settings.

The app's own settings (language, auto-lock minutes, clipboard seconds, camouflage) apply
immediately and are saved; ``settings_changed`` tells the shell, which owns the auto-lock
timer, the clipboard guard, the window title and the translator.

"Add fictional demo cases…" fills the vault with invented cases (``app.demo``) on the
database thread, with a progress bar, for trying Satchel out; ``demo.added`` tells the
main window to refresh the case list.

The border-safety settings (duress passphrase, wipe after N failed unlocks) belong to the
vault, not to the app: they are changed on the database thread once the shell has attached
it (``attach_vault``), and each change needs the explicit button, never a stray keystroke.
Whether a duress passphrase is set is never shown: nothing in the vault may tell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.demo import generate_demo
from app.errors import SatchelError
from app.unlock_limit import MAX_LIMIT, MIN_LIMIT, UnlockLimit, change_limit, read_limit
from app.vault import Vault
from ui.i18n import LANGUAGES, is_language_change
from ui.messages import user_sentence
from ui.settings import AUTO_LOCK_RANGE, CLIPBOARD_RANGE, GuiSettings
from ui.tasks import DatabaseThread, Progress, VaultTask

DEFAULT_UNLOCK_LIMIT = 10
DEMO_RANGE = (1, 100_000)
DEFAULT_DEMO_CASES = 50

# The core's sentences met only here, translated in the "Messages" context like the others.
_BORDER_SENTENCES = frozenset(
    {
        QT_TRANSLATE_NOOP(
            "Messages",
            "The duress passphrase must differ from the passphrase and the recovery code.",
        ),
        QT_TRANSLATE_NOOP("Messages", "The disk is full; the duress passphrase was not set."),
        QT_TRANSLATE_NOOP("Messages", "The disk is full; the duress passphrase was not removed."),
        QT_TRANSLATE_NOOP(
            "Messages",
            "The failed-unlock counter could not be saved; nothing was opened or changed.",
        ),
    }
)


def border_sentence(error: BaseException) -> str:
    if isinstance(error, SatchelError) and error.message in _BORDER_SENTENCES:
        return QCoreApplication.translate("Messages", error.message)
    return user_sentence(error)


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
        self.demo = DemoData(parent=self)
        form = QFormLayout()
        form.addRow(self._labels[0], self.language)
        form.addRow(self._labels[1], self.auto_lock)
        form.addRow(self._labels[2], self.clipboard)
        form.addRow(self.camouflage)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(form)
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


class BorderSettings(QGroupBox):
    """Duress passphrase and wipe after N failed unlocks, changed on the open vault."""

    changed = Signal(str)  # the sentence shown after a change went through
    refused = Signal(str)  # the sentence shown when it did not

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db: DatabaseThread | None = None
        self._build_duress()
        self._build_limit()
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._duress_intro)
        layout.addLayout(self._duress_form)
        layout.addLayout(self._duress_buttons)
        layout.addWidget(self._limit_intro)
        layout.addLayout(self._limit_row)
        layout.addWidget(self.outcome)
        self.setEnabled(False)
        self.retranslate()

    def _build_duress(self) -> None:
        self._duress_intro = QLabel(self)
        self._duress_intro.setWordWrap(True)
        self.duress = QLineEdit(self)
        self.duress_repeat = QLineEdit(self)
        for field in (self.duress, self.duress_repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self._duress_labels = [QLabel(self), QLabel(self)]
        self._duress_form = QFormLayout()
        self._duress_form.addRow(self._duress_labels[0], self.duress)
        self._duress_form.addRow(self._duress_labels[1], self.duress_repeat)
        self.set_duress_button = QPushButton(self)
        self.clear_duress_button = QPushButton(self)
        self._duress_buttons = QHBoxLayout()
        self._duress_buttons.addWidget(self.set_duress_button)
        self._duress_buttons.addWidget(self.clear_duress_button)
        self._duress_buttons.addStretch(1)
        self.set_duress_button.clicked.connect(self.set_duress)
        self.clear_duress_button.clicked.connect(self.clear_duress)

    def _build_limit(self) -> None:
        self._limit_intro = QLabel(self)
        self._limit_intro.setWordWrap(True)
        self.limit_on = QCheckBox(self)
        self.limit = QSpinBox(self)
        self.limit.setRange(MIN_LIMIT, MAX_LIMIT)
        self.limit.setValue(DEFAULT_UNLOCK_LIMIT)
        self.save_limit_button = QPushButton(self)
        self._limit_row = QHBoxLayout()
        self._limit_row.addWidget(self.limit_on)
        self._limit_row.addWidget(self.limit)
        self._limit_row.addWidget(self.save_limit_button)
        self._limit_row.addStretch(1)
        self.limit_on.toggled.connect(self.limit.setEnabled)
        self.limit.setEnabled(False)
        self.save_limit_button.clicked.connect(self.save_limit)

    # --- the vault ---------------------------------------------------------------------------

    def attach_vault(self, db: DatabaseThread) -> None:
        """Show the limit in force and allow changes (the vault is open on ``db``)."""
        self._db = db
        self.setEnabled(True)
        self._run(lambda vault: read_limit(vault.folder), self._show_limit)

    def _run(self, work: Any, done: Any) -> None:
        if self._db is None:
            return
        task: VaultTask[Any] = VaultTask(self._db, work, parent=self)
        task.success(done).failure(self._failed).run_in_background()

    def _show_limit(self, state: UnlockLimit | None) -> None:
        self.limit_on.setChecked(state is not None)
        if state is not None:
            self.limit.setValue(state.limit)

    def set_duress(self) -> None:
        first, second = self.duress.text(), self.duress_repeat.text()
        if first != second:
            self._say(self.tr("The two duress passphrases differ."), refused=True)
            return
        self.duress.clear()
        self.duress_repeat.clear()

        def work(vault: Vault) -> None:
            vault.set_duress(first)

        self._run(work, lambda _none: self._say(self._duress_set_sentence()))

    def clear_duress(self) -> None:
        self._run(
            lambda vault: vault.clear_duress(),
            lambda _none: self._say(self.tr("There is no duress passphrase any more.")),
        )

    def save_limit(self) -> None:
        limit = self.limit.value() if self.limit_on.isChecked() else None
        self._run(lambda vault: change_limit(vault, limit), self._limit_saved)

    def _limit_saved(self, state: UnlockLimit | None) -> None:
        if state is None:
            self._say(self.tr("Failed unlocks no longer wipe the vault."))
        else:
            self._say(self.tr("%n failed unlock(s) in a row will wipe the vault.", "", state.limit))

    def _failed(self, error: BaseException) -> None:
        self._say(border_sentence(error), refused=True)

    def _say(self, sentence: str, *, refused: bool = False) -> None:
        self.outcome.setStyleSheet("color: #b00020;" if refused else "")
        self.outcome.setText(sentence)
        (self.refused if refused else self.changed).emit(sentence)

    def _duress_set_sentence(self) -> str:
        return self.tr(
            "The duress passphrase is set. Typed at unlock, it silently wipes this vault and "
            "opens an empty one."
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Border safety"))
        self._duress_intro.setText(
            self.tr(
                "A duress passphrase, typed at unlock instead of yours, silently wipes this "
                "vault and opens an empty, ordinary-looking one. Satchel never shows whether "
                "one is set."
            )
        )
        self._duress_labels[0].setText(self.tr("Duress passphrase:"))
        self._duress_labels[1].setText(self.tr("The same again:"))
        self.set_duress_button.setText(self.tr("Set duress passphrase"))
        self.clear_duress_button.setText(self.tr("Remove duress passphrase"))
        self._limit_intro.setText(
            self.tr(
                "Optionally, wipe the vault after too many wrong passphrases in a row. A small "
                "file in the vault folder shows that this limit is set."
            )
        )
        self.limit_on.setText(self.tr("Wipe after this many failed unlocks:"))
        self.save_limit_button.setText(self.tr("Save limit"))


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
        self.outcome.setText(self.tr("%n fictional case(s) were added.", "", count))
        self.added.emit(count)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.outcome.setStyleSheet("color: #b00020;")
        self.outcome.setText(user_sentence(error))

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
        self.count.setSuffix(self.tr(" case(s)"))
        self.add_button.setText(self.tr("Add fictional demo cases"))
