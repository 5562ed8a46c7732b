"""The dated lists of a case: anti-war statements, timeline, notes and referrals.

Each tab shows what is stored and has a small form below to add one more. Adding is an
explicit action that is saved at once; text typed into a form but not yet added counts as
an unsaved edit, so it is added when the vault locks rather than lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
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

from app.store.store import EVENT_KINDS
from ui.case_detail.conflicts import conflict_note_text
from ui.case_detail.field_form import is_valid_date
from ui.date_field import DateField, date_example, date_placeholder
from ui.formats import date_text
from ui.i18n import is_language_change
from ui.labels import event_label, language_label, referral_label
from ui.widgets import problem_label, show_sentence

AddWork = Callable[[Any, str], object]
"""Work for the database thread: ``work(store, case_id)`` adds one entry."""


def _text(record: Mapping[str, Any], key: str) -> str:
    value = record.get(key)
    return "" if value is None else str(value)


class EntryTab(QWidget):
    """A list of stored entries and a form to add one; ``add_requested`` asks the page."""

    add_requested = Signal()
    edited = Signal()

    def __init__(self, columns: int, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.records: list[Mapping[str, Any]] = []
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(columns)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.form = QFormLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.request_add)
        self.problem = problem_label(self)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.tree, 1)
        self.body.addLayout(self.form)
        self.body.addWidget(self.add_button)
        self.body.addWidget(self.problem)

    def show_records(self, records: list[Mapping[str, Any]]) -> None:
        self.records = list(records)
        self.tree.clear()
        for record in self.records:
            self.tree.addTopLevelItem(QTreeWidgetItem(self.row_for(record)))

    def request_add(self) -> None:
        """What the Add button, Enter in a one-line field and Ctrl+Enter in a text do."""
        if not self.add_button.isEnabled():
            return
        problem = self.form_problem()
        show_sentence(self.problem, self.form_problem)  # worked out again after a switch
        if not problem and self.has_input():
            self.add_requested.emit()

    # --- for subclasses ----------------------------------------------------------------------

    def row_for(self, record: Mapping[str, Any]) -> list[str]:
        raise NotImplementedError

    def has_input(self) -> bool:
        raise NotImplementedError

    def form_problem(self) -> str:
        """Why the form cannot be added as it is ('' when it can)."""
        return ""

    def pending(self) -> AddWork | None:
        """The work that adds what the form holds, or None when it holds nothing."""
        raise NotImplementedError

    def add_work(self) -> AddWork | None:
        """The work for the Add button (by default the same as what a lock saves)."""
        return self.pending()

    def clear_form(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
            self.show_records(self.records)
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


def _date_problem(widget: DateField) -> str:
    """Why the date cannot be added ('' when it is empty or a real date)."""
    if is_valid_date(widget.text()):
        return ""
    return QCoreApplication.translate(
        "EntryTab", "The date could not be read: type it like %1 or pick it from the calendar."
    ).replace("%1", date_example())


def _add_on_enter(tab: EntryTab, *fields: QLineEdit | DateField) -> None:
    """Enter in a one-line field adds the entry, as the Add button does."""
    for field in fields:
        line = field.line if isinstance(field, DateField) else field
        line.returnPressed.connect(tab.request_add)


def _add_on_ctrl_enter(tab: EntryTab, text: QPlainTextEdit) -> None:
    """In a text of several lines Enter starts a new line; Ctrl+Enter adds the entry."""
    text.installEventFilter(_CtrlEnterAdds(tab, parent=text))


class _CtrlEnterAdds(QObject):
    def __init__(self, tab: EntryTab, *, parent: QObject) -> None:
        super().__init__(parent)
        self._tab = tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._tab.request_add()
            return True
        return False


class NotesTab(EntryTab):
    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(2, parent=parent)
        self.text = QPlainTextEdit(self)
        self.text.setMaximumHeight(90)
        self.text.textChanged.connect(self.edited)
        self._label = QLabel(self)
        self.form.addRow(self._label, self.text)
        _add_on_ctrl_enter(self, self.text)
        self.retranslate()

    def row_for(self, record: Mapping[str, Any]) -> list[str]:
        text = _text(record, "text")
        return [date_text(_text(record, "created_at")), conflict_note_text(text) or text]

    def has_input(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def pending(self) -> AddWork | None:
        text = self.text.toPlainText()
        if not text.strip():
            return None
        return lambda store, case_id: store.add_note(case_id, text)

    def clear_form(self) -> None:
        self.text.clear()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Written"), self.tr("Note")])
        self._label.setText(self.tr("New note:"))
        self.add_button.setText(self.tr("Add note"))


def _whole_text_on_hover(item: QTreeWidgetItem | None) -> None:
    """A long statement is cut to the column's width; its whole text shows on hover."""
    if item is None:
        return
    for column in range(item.columnCount()):
        item.setToolTip(column, item.text(column))
    for child in range(item.childCount()):
        _whole_text_on_hover(item.child(child))


class StatementsTab(EntryTab):
    """Statements, each with its translation (if any) as a row beneath it; "Translation…"
    (or a double click) asks the page to open :class:`TranslationDialog` for one."""

    translate_requested = Signal(object)  # the statement's record

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(3, parent=parent)
        self.tree.setRootIsDecorated(True)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.request_translation())
        self.translate_button = QPushButton(self)
        self.translate_button.setEnabled(False)
        self.translate_button.clicked.connect(self.request_translation)
        self.body.insertWidget(1, self.translate_button)
        self.text = QPlainTextEdit(self)  # a statement is often a paragraph or more
        self.text.setMaximumHeight(110)
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self.edited)
        self.source = QLineEdit(self)
        self.stated_on = DateField(self)
        self._labels = [QLabel(self) for _ in range(3)]
        widgets = (self.text, self.source, self.stated_on)
        for label, widget in zip(self._labels, widgets, strict=True):
            self.form.addRow(label, widget)
        self.source.textEdited.connect(self.edited)
        self.stated_on.textEdited.connect(self.edited)
        _add_on_ctrl_enter(self, self.text)
        _add_on_enter(self, self.source, self.stated_on)
        self.retranslate()

    def row_for(self, record: Mapping[str, Any]) -> list[str]:
        return [
            date_text(_text(record, "stated_on")),
            _text(record, "source"),
            _text(record, "text"),
        ]

    def show_records(self, records: list[Mapping[str, Any]]) -> None:
        super().show_records(records)
        for index, record in enumerate(self.records):
            if record.get("translation"):
                by = (
                    self.tr("Translation (%1), by %2")
                    .replace("%1", language_label(_text(record, "translation_lang")))
                    .replace("%2", _text(record, "translator"))
                )
                item = self.tree.topLevelItem(index)
                if item is not None:
                    QTreeWidgetItem(item, ["", by, _text(record, "translation")])
        for index in range(self.tree.topLevelItemCount()):
            _whole_text_on_hover(self.tree.topLevelItem(index))
        self.tree.expandAll()
        self._selection_changed()

    def selected_statement(self) -> Mapping[str, Any] | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        top = item.parent() or item
        index = self.tree.indexOfTopLevelItem(top)
        return self.records[index] if 0 <= index < len(self.records) else None

    def select(self, index: int) -> None:
        item = self.tree.topLevelItem(index)
        if item is not None:
            self.tree.setCurrentItem(item)

    def request_translation(self) -> None:
        statement = self.selected_statement()
        if statement is not None:
            self.translate_requested.emit(statement)

    def _selection_changed(self) -> None:
        self.translate_button.setEnabled(self.selected_statement() is not None)

    def has_input(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def form_problem(self) -> str:
        if self.has_input() and not self.source.text().strip():
            return self.tr("Say where the statement comes from (interview, letter, video...).")
        return _date_problem(self.stated_on)

    def pending(self) -> AddWork | None:
        text, source, on = self.text.toPlainText(), self.source.text(), self.stated_on.text()
        if not text.strip():
            return None
        return lambda store, case_id: store.add_statement(
            case_id, text, stated_on=on or None, source=source
        )

    def clear_form(self) -> None:
        for widget in (self.text, self.source, self.stated_on):
            widget.clear()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Source"), self.tr("Statement")])
        for label, text in zip(
            self._labels, (self.tr("Statement:"), self.tr("Source:"), self.tr("Date:")), strict=True
        ):
            label.setText(text)
        self.stated_on.setPlaceholderText(date_placeholder())
        self.add_button.setText(self.tr("Add statement"))
        self.translate_button.setText(self.tr("Translation of the selected statement…"))


class TimelineTab(EntryTab):
    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(3, parent=parent)
        self.kind = QComboBox(self)
        for kind in EVENT_KINDS:
            self.kind.addItem("", kind)
        self.description = QLineEdit(self)
        self.occurred_on = DateField(self)
        self._labels = [QLabel(self) for _ in range(3)]
        for label, widget in zip(
            self._labels, (self.kind, self.description, self.occurred_on), strict=True
        ):
            self.form.addRow(label, widget)
        self.description.textEdited.connect(self.edited)
        self.occurred_on.textEdited.connect(self.edited)
        _add_on_enter(self, self.description, self.occurred_on)
        self.retranslate()

    def row_for(self, record: Mapping[str, Any]) -> list[str]:
        return [
            date_text(_text(record, "occurred_on")),
            event_label(_text(record, "kind")),
            _text(record, "description"),
        ]

    def has_input(self) -> bool:
        return bool(self.description.text().strip())

    def form_problem(self) -> str:
        return _date_problem(self.occurred_on)

    def pending(self) -> AddWork | None:
        kind, text = str(self.kind.currentData()), self.description.text()
        on = self.occurred_on.text()
        if not text.strip():
            return None
        return lambda store, case_id: store.add_event(case_id, kind, text, occurred_on=on or None)

    def clear_form(self) -> None:
        self.description.clear()
        self.occurred_on.clear()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Description")])
        for i, kind in enumerate(EVENT_KINDS):
            self.kind.setItemText(i, event_label(kind))
        texts = (self.tr("Event:"), self.tr("Description:"), self.tr("Date:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.occurred_on.setPlaceholderText(date_placeholder())
        self.add_button.setText(self.tr("Add to timeline"))


class ReferralsTab(EntryTab):
    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(4, parent=parent)
        self.partners: dict[str, str] = {}
        self.partner = QComboBox(self)
        self.sent_on = DateField(self)
        self.note = QLineEdit(self)
        self._labels = [QLabel(self) for _ in range(3)]
        widgets = (self.partner, self.sent_on, self.note)
        for label, widget in zip(self._labels, widgets, strict=True):
            self.form.addRow(label, widget)
        self.retranslate()

    def show_partners(self, partners: list[Mapping[str, Any]]) -> None:
        self.partners = {str(p["id"]): str(p["name"]) for p in partners}
        self.partner.clear()
        for partner_id, name in self.partners.items():
            self.partner.addItem(name, partner_id)
        self.add_button.setEnabled(bool(self.partners))
        self.problem.clear()
        self.retranslate()

    def row_for(self, record: Mapping[str, Any]) -> list[str]:
        partner = self.partners.get(_text(record, "partner_id"), _text(record, "partner_id")[:8])
        return [
            partner,
            date_text(_text(record, "sent_on")),
            referral_label(_text(record, "status")),
            _text(record, "note"),
        ]

    def has_input(self) -> bool:
        return self.partner.currentData() is not None

    def form_problem(self) -> str:
        return _date_problem(self.sent_on)

    def pending(self) -> AddWork | None:
        return None  # a referral is a decision: never made on the user's behalf at lock

    def add_work(self) -> AddWork | None:
        partner_id = self.partner.currentData()
        if partner_id is None:
            return None
        on, note = self.sent_on.text(), self.note.text()
        return lambda store, case_id: store.add_referral(
            case_id, str(partner_id), sent_on=on or None, note=note
        )

    def clear_form(self) -> None:
        self.sent_on.clear()
        self.note.clear()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Partner"), self.tr("Sent"), self.tr("Status"), self.tr("Note")]
        )
        texts = (self.tr("Refer to:"), self.tr("Date sent:"), self.tr("Note:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.sent_on.setPlaceholderText(date_placeholder())
        self.add_button.setText(self.tr("Refer the case"))
        if not self.partners:
            self.problem.setText(self.tr("No partners yet: add partner organisations first."))
