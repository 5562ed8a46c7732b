"""Contacts and keys: your own card (text and QR), your contacts, and their safety numbers.

A safety number is computed from both sides' public keys, so both people see the same
sixty digits; reading them aloud to each other in person is what makes a key "verified".
The page shows the number large, in groups, and only then offers "They match". A contact
whose keys changed is shown loudly, with the number for the keys on file next to the number
for the new keys; the new keys are used for nothing until the user accepts them, which
needs an explicit tick that the new number was compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.contacts import Contact, accept_key_change, list_contacts, verify_contact
from app.exchange.identity import ContactCard, VaultIdentity
from ui.add_contact import AddContactDialog
from ui.exchange_messages import exchange_sentence
from ui.i18n import is_language_change
from ui.qr import QrCodeWidget
from ui.tasks import DatabaseThread, VaultTask
from ui.theme import CAREFUL_STYLE, good_style
from ui.widgets import LOUD_WARNING_STYLE, problem_label, show_sentence


@dataclass(frozen=True)
class ContactsView:
    """What the page shows, read in one go on the database thread."""

    own_card: ContactCard
    contacts: list[Contact]
    numbers: dict[str, str] = field(default_factory=dict)  # contact id -> safety number
    new_numbers: dict[str, str] = field(default_factory=dict)  # for changed keys


def read_contacts(store: object) -> ContactsView:
    identity = VaultIdentity.load_or_create(store)  # type: ignore[arg-type]
    contacts = list_contacts(store)  # type: ignore[arg-type]
    numbers = {c.id: identity.safety_number_with(c.card) for c in contacts}
    new_numbers = {
        c.id: identity.safety_number_with(c.pending_card) for c in contacts if c.pending_card
    }
    return ContactsView(identity.card, contacts, numbers, new_numbers)


def number_lines(number: str) -> str:
    """Sixty digits as three lines of four groups: easy to read aloud, line by line."""
    groups = number.split()
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class ContactsPage(QWidget):
    """Emits ``loaded(view)`` after each refresh."""

    loaded = Signal(object)

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.view: ContactsView | None = None
        self.add_dialog: AddContactDialog | None = None
        self._build_own_card()
        self._build_contacts()
        self._build_detail()
        columns = QHBoxLayout(self)
        columns.addWidget(self.own_box, 5)
        right = QVBoxLayout()
        right.addWidget(self.contacts_box, 1)
        right.addWidget(self.detail_box, 1)
        columns.addLayout(right, 6)
        self.retranslate()

    # --- building --------------------------------------------------------------------------

    def _build_own_card(self) -> None:
        self.own_box = QGroupBox(self)
        self.own_intro = QLabel(self.own_box)
        self.own_intro.setWordWrap(True)
        self.qr = QrCodeWidget(parent=self.own_box)
        self.card_text = QPlainTextEdit(self.own_box)
        self.card_text.setReadOnly(True)
        self.card_text.setMaximumHeight(90)
        self.copy_button = QPushButton(self.own_box)
        self.copy_button.clicked.connect(self.copy_card)
        self.own_name_label = QLabel(self.own_box)
        self.own_name = QLineEdit(self.own_box)
        self.own_name.setMaxLength(80)
        self.own_name_label.setBuddy(self.own_name)
        self.rename_button = QPushButton(self.own_box)
        self.rename_button.setEnabled(False)
        self.rename_button.clicked.connect(self.rename_own_card)
        self.own_name.returnPressed.connect(self.rename_own_card)
        self.own_name.textEdited.connect(lambda _text: self._update_rename_button())
        name_row = QHBoxLayout()
        name_row.addWidget(self.own_name, 1)
        name_row.addWidget(self.rename_button)
        layout = QVBoxLayout(self.own_box)
        layout.addWidget(self.own_name_label)
        layout.addLayout(name_row)
        layout.addWidget(self.own_intro)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.card_text)
        layout.addWidget(self.copy_button)

    def _build_contacts(self) -> None:
        self.contacts_box = QGroupBox(self)
        self.list = QTreeWidget(self.contacts_box)
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.currentItemChanged.connect(lambda *_: self._show_detail())
        self.add_button = QPushButton(self.contacts_box)
        self.add_button.clicked.connect(self.add_contact)
        self.problem = problem_label(self.contacts_box)
        layout = QVBoxLayout(self.contacts_box)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)

    def _build_detail(self) -> None:
        self.detail_box = QGroupBox(self)
        self.warning = QLabel(self.detail_box)
        self.warning.setWordWrap(True)
        self.number_title = QLabel(self.detail_box)
        self.number = self._number_label()
        self.new_number_title = QLabel(self.detail_box)
        self.new_number = self._number_label()
        self.how = QLabel(self.detail_box)
        self.how.setWordWrap(True)
        self.verify_button = QPushButton(self.detail_box)
        self.verify_button.clicked.connect(self.verify_selected)
        self.accept_confirm = QCheckBox(self.detail_box)
        self.accept_button = QPushButton(self.detail_box)
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_confirm.toggled.connect(self.accept_button.setEnabled)
        numbers = QGridLayout()
        numbers.addWidget(self.number_title, 0, 0)
        numbers.addWidget(self.new_number_title, 0, 1)
        numbers.addWidget(self.number, 1, 0)
        numbers.addWidget(self.new_number, 1, 1)
        layout = QVBoxLayout(self.detail_box)
        layout.addWidget(self.warning)
        layout.addLayout(numbers)
        layout.addWidget(self.how)
        layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.accept_confirm)
        layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _number_label(self) -> QLabel:
        label = QLabel(self.detail_box)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(13)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> VaultTask[ContactsView]:
        task: VaultTask[ContactsView] = VaultTask(
            self._db, lambda vault: read_contacts(vault.store), parent=self
        )
        task.success(self.show_view).failure(self._failed)
        return task.run_in_background()

    def show_view(self, view: ContactsView) -> None:
        selected = self.selected()
        self.view = view
        self.card_text.setPlainText(view.own_card.to_text())
        self.qr.set_text(view.own_card.to_text())
        self.own_name.setText(view.own_card.name)
        self.own_name.setCursorPosition(0)
        self._update_rename_button()
        self._fill_list(selected.id if selected else None)
        self._show_own_intro()
        self.loaded.emit(view)

    def _fill_list(self, keep: str | None) -> None:
        self.list.clear()
        for contact in self.view.contacts if self.view else []:
            item = QTreeWidgetItem([contact.name, self._kind(contact), self._status(contact)])
            item.setData(0, Qt.ItemDataRole.UserRole, contact.id)
            if contact.key_changed:
                item.setForeground(2, Qt.GlobalColor.red)
            self.list.addTopLevelItem(item)
            if contact.id == keep:
                self.list.setCurrentItem(item)
        self._show_detail()

    def selected(self) -> Contact | None:
        item = self.list.currentItem()
        if item is None or self.view is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.view.contacts if c.id == wanted), None)

    def select(self, name: str) -> bool:
        """Select the contact called ``name`` (as shown); False if there is none."""
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.text(0) == name:
                self.list.setCurrentItem(item)
                return True
        return False

    def number_for(self, name: str) -> str:
        """The safety number shown for ``name``'s keys on file ("" if unknown)."""
        if self.view is None:
            return ""
        contact = next((c for c in self.view.contacts if c.name == name), None)
        return "" if contact is None else self.view.numbers.get(contact.id, "")

    # --- actions -----------------------------------------------------------------------------

    def copy_card(self) -> None:
        """The card is public: it may sit on the clipboard as long as the user likes."""
        QGuiApplication.clipboard().setText(self.card_text.toPlainText())

    def add_contact(self) -> AddContactDialog:
        if self.add_dialog is None:
            self.add_dialog = AddContactDialog(self._db, parent=self)
            self.add_dialog.added.connect(lambda _name: self.refresh())
            self.add_dialog.key_changed.connect(self._key_changed_on_add)
        self.add_dialog.open()
        return self.add_dialog

    def _key_changed_on_add(self, name: str) -> None:
        task = self.refresh()
        task.success(lambda _view: self.select(name))

    def verify_selected(self) -> VaultTask[Contact] | None:
        contact = self.selected()
        if contact is None or contact.key_changed:
            return None
        name = contact.name
        return self._change(lambda vault: verify_contact(vault.store, name))

    def accept_selected(self) -> VaultTask[Contact] | None:
        contact = self.selected()
        if contact is None or not contact.key_changed or not self.accept_confirm.isChecked():
            return None
        name = contact.name
        return self._change(lambda vault: accept_key_change(vault.store, name))

    def _update_rename_button(self) -> None:
        typed = self.own_name.text().strip()
        current = self.view.own_card.name if self.view else ""
        self.rename_button.setEnabled(bool(typed) and typed != current)

    def rename_own_card(self) -> VaultTask[object] | None:
        """Put the organisation's name on this vault's card (what partners see)."""
        name = self.own_name.text().strip()
        if not self.rename_button.isEnabled() or not name:
            return None
        self.problem.clear()
        task: VaultTask[object] = VaultTask(
            self._db, lambda vault: VaultIdentity.rename(vault.store, name), parent=self
        )
        task.success(lambda _identity: self.refresh()).failure(self._failed)
        return task.run_in_background()

    def _change(self, work: object) -> VaultTask[Contact]:
        self.problem.clear()
        task: VaultTask[Contact] = VaultTask(self._db, work, parent=self)  # type: ignore[arg-type]
        task.success(lambda _contact: self.refresh()).failure(self._failed)
        return task.run_in_background()

    def _failed(self, error: BaseException) -> None:
        show_sentence(self.problem, lambda: exchange_sentence(error))

    # --- words ---------------------------------------------------------------------------------

    def _kind(self, contact: Contact) -> str:
        return self.tr("Satchel") if contact.kind == "satchel" else self.tr("age key only")

    def _status(self, contact: Contact) -> str:
        if contact.key_changed:
            return self.tr("KEYS CHANGED")
        return self.tr("Verified") if contact.verified else self.tr("Not verified")

    def _show_own_intro(self) -> None:
        name = self.view.own_card.name if self.view else ""
        self.own_intro.setText(
            self.tr(
                "Your contact card, “%1”. Partners scan this code or paste the text below to "
                "add you; it holds only public keys."
            ).replace("%1", name)
        )

    def _show_detail(self) -> None:
        contact = self.selected()
        self.detail_box.setVisible(contact is not None)
        self.accept_confirm.setChecked(False)
        if contact is None or self.view is None:
            return
        self.detail_box.setTitle(contact.name)
        changed = contact.key_changed
        self.number.setText(number_lines(self.view.numbers.get(contact.id, "")))
        self.new_number.setText(number_lines(self.view.new_numbers.get(contact.id, "")))
        for widget in (
            self.new_number_title,
            self.new_number,
            self.accept_confirm,
            self.accept_button,
        ):
            widget.setVisible(changed)  # fmt: skip
        self.accept_button.setEnabled(False)
        self.verify_button.setVisible(not changed and not contact.verified)
        self._show_detail_words(contact)

    def _show_detail_words(self, contact: Contact) -> None:
        if contact.key_changed:
            self.warning.setStyleSheet(LOUD_WARNING_STYLE)
            self.warning.setText(
                self.tr(
                    "The keys of “%1” have changed. Someone may be impersonating them. Nothing "
                    "is sealed for or accepted from the new keys until you compare the new "
                    "safety number with them in person."
                ).replace("%1", contact.name)
            )
            self.number_title.setText(self.tr("Safety number of the keys on file"))
        elif contact.verified:
            self.warning.setStyleSheet(good_style())
            self.warning.setText(self.tr("Verified in person."))
            self.number_title.setText(self.tr("Safety number"))
        else:
            self.warning.setStyleSheet(CAREFUL_STYLE)
            self.warning.setText(
                self.tr("Not verified yet: compare the safety number below with them.")
            )
            self.number_title.setText(self.tr("Safety number"))
        self.new_number_title.setText(self.tr("Safety number of the new keys"))
        self.how.setText(
            self.tr(
                "Meet in person (or call on a line you trust) and read the numbers aloud: the "
                "other person sees the same digits on their Contacts page."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.own_box.setTitle(self.tr("Your contact card"))
        self.copy_button.setText(self.tr("Copy the card"))
        self.own_name_label.setText(self.tr("Your organisation's &name:"))
        self.own_name.setPlaceholderText(self.tr("as partners should see it"))
        self.rename_button.setText(self.tr("Put on the card"))
        self.contacts_box.setTitle(self.tr("Contacts"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Keys")])
        self.add_button.setText(self.tr("Add a contact…"))
        self.verify_button.setText(self.tr("We compared the numbers: they match"))
        self.accept_confirm.setText(self.tr("I compared the new safety number with them in person"))
        self.accept_button.setText(self.tr("Accept the new keys"))
        self._show_own_intro()
        selected = self.selected()
        self._fill_list(selected.id if selected else None)
