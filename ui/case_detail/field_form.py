"""A form generated from the store's field list: one row per field, in the user's words.

The store says what each field is (``FieldSpec``: text, date, choice or yes/no, and the
allowed choices); this form turns that into line edits and drop-downs with translated
labels, remembers what it loaded, and reports only what the user changed. Dates are typed
in the user's format or picked from a calendar (:class:`ui.date_field.DateField`); one
that is not a real date is marked at once, before anything is sent to the vault.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.errors import SatchelError
from app.store.fields import FieldSpec, parse_date
from ui.date_field import DateField, date_placeholder
from ui.i18n import is_language_change
from ui.labels import choice_label, field_label
from ui.theme import INVALID_FIELD_STYLE

FieldWidget = QLineEdit | QComboBox | DateField


def is_valid_date(text: str) -> bool:
    if not text.strip():
        return True
    try:
        parse_date(text)
    except SatchelError:
        return False
    return True


class FieldForm(QWidget):
    """Rows for ``specs``; ``edited`` fires on every change the user makes."""

    edited = Signal()

    def __init__(self, specs: Iterable[FieldSpec], *, parent: QWidget) -> None:
        super().__init__(parent)
        self.specs = list(specs)
        self.inputs: dict[str, FieldWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._loaded: dict[str, str] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.specs:
            widget = self._make_input(spec)
            self.inputs[spec.name] = widget
            self._labels[spec.name] = QLabel(self)
            layout.addRow(self._labels[spec.name], widget)
        self.retranslate()

    def _make_input(self, spec: FieldSpec) -> FieldWidget:
        if spec.kind in ("choice", "bool"):
            combo = QComboBox(self)
            combo.addItem("", "")
            for value in spec.choices if spec.kind == "choice" else ("yes", "no"):
                combo.addItem("", value)
            combo.currentIndexChanged.connect(self.edited)
            return combo
        if spec.kind == "date":
            field = DateField(self)
            field.textEdited.connect(self.edited)
            field.textChanged.connect(lambda _text, field=field: self._mark_date(field))
            return field
        line = QLineEdit(self)
        line.setMaxLength(20_000)
        line.textEdited.connect(self.edited)
        return line

    @staticmethod
    def _mark_date(field: DateField) -> None:
        field.setStyleSheet("" if is_valid_date(field.text()) else INVALID_FIELD_STYLE)

    # --- values ----------------------------------------------------------------------------

    def load(self, values: Mapping[str, Any]) -> None:
        """Show ``values`` (missing ones as empty) and remember them as saved."""
        self._loaded = {}
        for name, widget in self.inputs.items():
            text = "" if values.get(name) is None else str(values[name])
            self._loaded[name] = text
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                index = widget.findData(text)
                if index < 0:  # a value from a newer Satchel: shown, not lost
                    widget.addItem(text, text)
                    index = widget.count() - 1
                widget.setCurrentIndex(index)
            else:
                widget.setText(text)
                widget.setCursorPosition(0)
            widget.blockSignals(False)

    def value(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        return widget.text().strip()

    def set_value(self, name: str, text: str) -> None:
        """Change a field as the user would (tests and the screenshot tour use this)."""
        widget = self.inputs[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(text)))
        else:
            widget.setText(text)
            self.edited.emit()

    def changes(self) -> dict[str, str]:
        """Fields whose value differs from what was loaded ('' clears a field)."""
        return {
            name: self.value(name)
            for name in self.inputs
            if self.value(name) != self._loaded.get(name, "")
        }

    def bad_dates(self) -> list[str]:
        return [
            s.name for s in self.specs if s.kind == "date" and not is_valid_date(self.value(s.name))
        ]

    # --- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for spec in self.specs:
            caption = self.tr("%1:", "a field's label before its value")
            self._labels[spec.name].setText(caption.replace("%1", field_label(spec.name)))
            widget = self.inputs[spec.name]
            if isinstance(widget, QComboBox):
                widget.setItemText(0, self.tr("(not set)"))
                for i in range(1, widget.count()):
                    widget.setItemText(i, choice_label(str(widget.itemData(i))))
            elif isinstance(widget, DateField):
                widget.setPlaceholderText(date_placeholder())
