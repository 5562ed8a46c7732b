"""The choosing pages of the export wizard: which cases (:mod:`ui.export_cases`), for whom,
with which profile.

Each page reads what it offers on the database thread and says when it is complete
(``completeChanged``), so Next is only enabled once the choice makes sense: at least one
case, at least one recipient (an unverified one only after an explicit "I accept this
risk"), and a file name that is not taken yet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.exchange.bundle import PROFILES, SentBundle
from app.exchange.bundle.profiles import DEFAULT_PROFILE
from app.exchange.contacts import Contact, list_contacts
from ui.file_dialogs import file_to_save
from ui.i18n import is_language_change
from ui.labels import profile_description, profile_label
from ui.messages import file_taken_sentence
from ui.tasks import DatabaseThread, VaultTask
from ui.theme import HINT_BOX_STYLE
from ui.widgets import LOUD_WARNING_STYLE, show_sentence

ID = Qt.ItemDataRole.UserRole


class RecipientsPage(QWizardPage):
    """Contacts to seal for: verified first; an unverified one needs the risk accepted."""

    loaded = Signal(int)

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.contacts: list[Contact] = []
        self.list = QListWidget(self)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.risk = QLabel(self)
        self.risk.setWordWrap(True)
        self.risk.setStyleSheet(LOUD_WARNING_STYLE)
        self.accept_risk = QCheckBox(self)
        self.accept_risk.toggled.connect(lambda _on: self.completeChanged.emit())
        self.one_only = False  # only what changed: one Satchel contact (see set_one_only)
        self.one_rule = QLabel(self)
        self.one_rule.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.one_rule)
        layout.addWidget(self.risk)
        layout.addWidget(self.accept_risk)
        self._update()
        self.retranslate()

    def load(self) -> VaultTask[list[Contact]]:
        task: VaultTask[list[Contact]] = VaultTask(
            self._db, lambda vault: list_contacts(vault.store), parent=self
        )
        return task.success(self._show).run_in_background()

    def _show(self, contacts: list[Contact]) -> None:
        self.contacts = sorted(contacts, key=lambda c: (c.key_changed, not c.verified))
        self._fill()
        self.loaded.emit(len(self.contacts))

    def _fill(self) -> None:
        ticked = set(self.names())
        self.list.blockSignals(True)
        self.list.clear()
        for contact in self.contacts:
            item = QListWidgetItem(self._describe(contact), self.list)
            item.setData(ID, contact.name)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if contact.key_changed:  # never sealed for until the new keys are accepted
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            on = contact.name in ticked and not contact.key_changed
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update()

    def _describe(self, contact: Contact) -> str:
        if contact.key_changed:
            state = self.tr("keys changed: accept them on the Contacts page first")
        elif contact.verified:
            state = self.tr("verified")
        else:
            state = self.tr("NOT verified")
        return f"{contact.name} — {state}"

    def tick(self, name: str, ticked: bool = True) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID) == name and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                return True
        return False

    def names(self) -> list[str]:
        return [
            str(self.list.item(row).data(ID))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_one_only(self, one_only: bool) -> None:
        """Only what changed is sealed for one Satchel contact at a time."""
        self.one_only = one_only
        self._update()

    def _one_satchel_contact(self) -> bool:
        chosen = set(self.names())
        return len(chosen) == 1 and any(
            c.name in chosen and c.kind == "satchel" for c in self.contacts
        )

    def unverified(self) -> list[str]:
        chosen = set(self.names())
        return [c.name for c in self.contacts if c.name in chosen and not c.verified]

    def _update(self) -> None:
        risky = self.unverified()
        self.risk.setVisible(bool(risky))
        self.accept_risk.setVisible(bool(risky))
        self.one_rule.setVisible(self.one_only and not self._one_satchel_contact())
        if not risky:
            self.accept_risk.setChecked(False)
        self.risk.setText(
            self.tr(
                "Not verified in person: %1. If someone swapped their key, that person could "
                "read this bundle instead of them. Compare safety numbers on the Contacts page "
                "first, or accept the risk."
            ).replace("%1", ", ".join(risky))
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.one_only and not self._one_satchel_contact():
            return False
        return bool(self.names()) and (not self.unverified() or self.accept_risk.isChecked())

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("For whom?"))
        self.setSubTitle(self.tr("Only the contacts ticked here can open the bundle."))
        self.accept_risk.setText(self.tr("I accept this risk and seal the bundle for them"))
        self.one_rule.setText(
            self.tr(
                "Only what changed is sealed for one Satchel contact at a time: tick one. "
                "Contacts that use the age tool receive the whole cases."
            )
        )
        self._fill()


class ProfilePage(QWizardPage):
    """The redaction profile (with what it leaves out) and the file to write."""

    suggested = Signal(str)  # the profile the page started from (after the cases were looked up)

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.profiles = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.user_chose = False  # once the user picks a profile, no suggestion overrides it
        self._suggested_for = ""  # the partner the suggestion is about, if any
        self._previous: tuple[SentBundle, str] | None = None  # see keep_profile
        layout = QVBoxLayout(self)
        for name in PROFILES:
            button = QRadioButton(self)
            self.buttons[name] = button
            self.profiles.addButton(button)
            button.toggled.connect(lambda _on: self._describe())
            button.clicked.connect(self._chosen_by_user)
            layout.addWidget(button)
        self.suggestion = QLabel(self)
        self.suggestion.setWordWrap(True)
        layout.addWidget(self.suggestion)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setStyleSheet(HINT_BOX_STYLE)
        self.buttons[DEFAULT_PROFILE].setChecked(True)
        self.file_label = QLabel(self)
        self.output = QLineEdit(self)
        self.output.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_note = QLabel(self)
        self.file_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(self.choose_button)
        layout.addWidget(self.description)
        layout.addSpacing(12)
        layout.addWidget(self.file_label)
        layout.addLayout(row)
        layout.addWidget(self.file_note)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.retranslate()

    def profile(self) -> str:
        return next(name for name, button in self.buttons.items() if button.isChecked())

    def choose_profile(self, name: str) -> None:
        """What a click on the profile does."""
        self.buttons[name].setChecked(True)
        self._chosen_by_user()

    def _chosen_by_user(self) -> None:
        self.user_chose = True
        self.suggestion.clear()
        self._suggested_for = ""

    def keep_profile(self, previous: SentBundle | None, contact: str) -> None:
        """Only what changed: the profile of the last bundle for ``contact``, and no other
        (the changes are relative to the fields that bundle carried). None: no bundle
        yet, any profile."""
        self._previous = None if previous is None else (previous, contact)
        for name, button in self.buttons.items():
            button.setEnabled(previous is None or name == previous.profile)
        if previous is not None:
            self.buttons[previous.profile].setChecked(True)
        self._show_suggestion()

    def suggest(self, name: str, partner: str = "") -> None:
        """Start from ``name`` unless the user already chose; ``partner`` says why."""
        if self.user_chose or self._previous is not None:
            return
        self.buttons[name].setChecked(True)
        self._suggested_for = partner if name == "status" else ""
        self._show_suggestion()
        self.suggested.emit(name)

    def _show_suggestion(self) -> None:
        if self._previous is not None:
            previous, contact = self._previous
            self.suggestion.setText(
                self.tr(
                    "Only what changed since bundle no. %1 for %2, with the same profile "
                    "as that bundle."
                )
                .replace("%1", str(previous.sequence))
                .replace("%2", contact)
            )
            return
        if not self._suggested_for:
            self.suggestion.clear()
            return
        self.suggestion.setText(
            self.tr(
                "These cases came to you from %1, so a status update back is chosen: it "
                "sends only the stage, the timeline and the referral status."
            ).replace("%1", self._suggested_for)
        )

    def path(self) -> Path | None:
        text = self.output.text().strip()
        return Path(text) if text else None

    def choose_file(self) -> None:
        path = file_to_save(
            self, self.tr("Save the sealed bundle as"), "satchel-bundle.age",
            self.tr("Satchel bundles (*.age)"),
        )  # fmt: skip
        if path is not None:
            self.output.setText(str(path))

    def isComplete(self) -> bool:
        path = self.path()
        taken = path is not None and path.exists()
        if taken:
            show_sentence(self.file_note, file_taken_sentence)
        else:
            self.file_note.clear()
        return path is not None and not taken and path.parent.is_dir()

    def _describe(self) -> None:
        self.description.setText(profile_description(self.profile()))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("What do they receive?"))
        self.setSubTitle(
            self.tr("Each partner gets only the fields it needs. The bundle is sealed next.")
        )
        for name, button in self.buttons.items():
            button.setText(profile_label(name))
        self._describe()
        self._show_suggestion()
        self.file_label.setText(self.tr("Save the sealed bundle as:"))
        self.choose_button.setText(self.tr("Choose…"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Seal the bundle"))
