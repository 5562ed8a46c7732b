"""The vault's border-safety settings: a duress passphrase and a wipe after failed unlocks.

They belong to the vault, not to the app: they are changed on the database thread once the
shell has attached it (``attach_vault``), and each change needs the explicit button, never
a stray keystroke. Whether a duress passphrase is set is never shown: nothing in the vault
may tell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.vault import Vault
from app.vault.unlock_limit import MAX_LIMIT, MIN_LIMIT, UnlockLimit, read_limit
from ui.i18n import is_language_change
from ui.messages import user_sentence
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import PROBLEM_TEXT, secret_field, show_sentence

DEFAULT_UNLOCK_LIMIT = 10


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
        self.duress = secret_field(self)
        self.duress_repeat = secret_field(self)
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
            self._say(lambda: self.tr("The two duress passphrases differ."), refused=True)
            return
        self.duress.clear()
        self.duress_repeat.clear()

        def work(vault: Vault) -> None:
            vault.set_duress(first)

        self._run(work, lambda _none: self._say(self._duress_set_sentence))

    def clear_duress(self) -> None:
        self._run(
            lambda vault: vault.clear_duress(),
            lambda _none: self._say(lambda: self.tr("There is no duress passphrase any more.")),
        )

    def save_limit(self) -> None:
        limit = self.limit.value() if self.limit_on.isChecked() else None
        self._run(lambda vault: vault.change_limit(limit), self._limit_saved)

    def _limit_saved(self, state: UnlockLimit | None) -> None:
        if state is None:
            self._say(lambda: self.tr("Failed unlocks no longer wipe the vault."))
        else:
            self._say(
                lambda: self.tr(
                    "%Ln failed unlock(s) in a row will wipe the vault.", "", state.limit
                )
            )

    def _failed(self, error: BaseException) -> None:
        self._say(lambda: user_sentence(error), refused=True)

    def _say(self, sentence: Callable[[], str], *, refused: bool = False) -> None:
        self.outcome.setStyleSheet(f"color: {PROBLEM_TEXT};" if refused else "")
        show_sentence(self.outcome, sentence)
        (self.refused if refused else self.changed).emit(sentence())

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
