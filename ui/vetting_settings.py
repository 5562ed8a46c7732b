"""Settings → Vetting: the two-person rule, a setting of the open vault (off by default).

With the rule on, a case reaches ``cleared`` only when two different people, each this vault
or a contact verified in person, have signed its vetting as it is now
(:mod:`app.store.attestations`). The change is made on the database thread and lands in the
audit log; the checkbox shows what the vault holds, read back after each change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from ui.i18n import is_language_change
from ui.messages import user_sentence
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import PROBLEM_TEXT, ReservedLabel, show_sentence


class VettingSettings(QGroupBox):
    """One checkbox; ``changed(on)`` once the vault holds the new value."""

    changed = Signal(bool)

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db: DatabaseThread | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.two_person = QCheckBox(self)
        self.outcome = ReservedLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.two_person)
        layout.addWidget(self.outcome)
        self.two_person.clicked.connect(self._clicked)
        self.setEnabled(False)
        self.retranslate()

    def attach_vault(self, db: DatabaseThread) -> None:
        self._db = db
        self.setEnabled(True)
        self._run(lambda vault: vault.store.two_person_rule, self._show)

    def _run(self, work: Any, done: Any) -> None:
        if self._db is None:
            return
        task: VaultTask[Any] = VaultTask(self._db, work, parent=self)
        task.success(done).failure(self._failed).run_in_background()

    def _clicked(self, on: bool) -> None:
        def work(vault: Any) -> bool:
            vault.store.set_two_person_rule(on)
            return bool(vault.store.two_person_rule)

        self._run(work, self._saved)

    def _show(self, on: bool) -> None:
        self.two_person.setChecked(bool(on))

    def _saved(self, on: bool) -> None:
        self._show(on)
        self.outcome.setStyleSheet("")
        show_sentence(
            self.outcome,
            lambda: (
                self.tr("The two-person rule is on.")
                if on
                else self.tr("The two-person rule is off.")
            ),
        )
        self.changed.emit(on)

    def _failed(self, error: BaseException) -> None:
        self.outcome.setStyleSheet(f"color: {PROBLEM_TEXT};")
        show_sentence(self.outcome, lambda: user_sentence(error))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Vetting"))
        self.intro.setText(
            self.tr(
                "Clearing or rejecting a case is signed with this vault's key. With the "
                "two-person rule, a case is cleared only when a second person, on her own "
                "laptop and verified in person, has signed the same checks."
            )
        )
        self.two_person.setText(self.tr("Two-person rule: two signatures to clear a case"))
