"""The Cases page: search box, filters and the lazily fetched case table.

Search is instant for the user but not for the database: typing restarts a short timer
and the query runs on the database thread when the user pauses, so fast typing never
queues a search per keystroke. The store's search folds Cyrillic and Latin, so "Иванов"
and "ivanov" find the same person. Enter (or a double click) on a row opens the case.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.store.fields import LEVELS, STAGES
from ui.case_model import COLUMNS, CaseQuery, CaseTableModel
from ui.i18n import is_language_change
from ui.labels import risk_label, stage_label
from ui.messages import user_sentence
from ui.tasks import DatabaseThread

SEARCH_PAUSE_MS = 250
DEADLINE_CHOICES = ("any", "overdue", "week", "month")


class CaseListPage(QWidget):
    """Emits ``case_opened(case_id)`` when the user opens a case from the table."""

    case_opened = Signal(str)

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = CaseTableModel(db, parent=self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.stage = QComboBox(self)
        self.risk = QComboBox(self)
        self.deadline = QComboBox(self)
        self.lawyer = QLineEdit(self)
        self.count = QLabel(self)
        self._failure: BaseException | None = None  # why the list could not load, if it could not
        self.table = self._build_table()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._lay_out()
        self._fill_choices()
        self._connect()
        self.retranslate()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSortIndicator(
            COLUMNS.index("updated_at"), Qt.SortOrder.DescendingOrder
        )
        table.setSortingEnabled(True)
        for column, width in (("name", 250), ("stage", 160), ("next_action", 180)):
            table.horizontalHeader().resizeSection(COLUMNS.index(column), width)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.stage, self.risk, self.deadline):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(widget)
        filters.addWidget(self.lawyer, 1)
        # The text fields keep room to type in; the lists take what their words need.
        letter = self.search.fontMetrics().averageCharWidth()
        self.search.setMinimumWidth(16 * letter)
        self.lawyer.setMinimumWidth(10 * letter)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _fill_choices(self) -> None:
        self.stage.addItem("", None)
        for stage in STAGES:
            self.stage.addItem("", stage)
        self.risk.addItem("", None)
        for level in LEVELS:
            self.risk.addItem("", level)
        for choice in DEADLINE_CHOICES:
            self.deadline.addItem("", choice)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._search_timer.start)
        self.lawyer.textChanged.connect(self._search_timer.start)
        for combo in (self.stage, self.risk, self.deadline):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.activated.connect(self._open)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._show_failure)

    # --- queries ---------------------------------------------------------------------------

    def current_query(self) -> CaseQuery:
        """The query the widgets describe now (order kept from the table's header)."""
        return CaseQuery(
            stage=self.stage.currentData(),
            risk=self.risk.currentData(),
            lawyer=self.lawyer.text().strip() or None,
            due_before=self._due_before(str(self.deadline.currentData())),
            search=self.search.text().strip() or None,
            order_by=self.model.query.order_by,
            descending=self.model.query.descending,
        )

    @staticmethod
    def _due_before(choice: str, today: date | None = None) -> str | None:
        today = today or date.today()
        days = {"overdue": 0, "week": 8, "month": 31}.get(choice)
        return None if days is None else (today + timedelta(days=days)).isoformat()

    def apply_filters(self) -> None:
        """Run the current query now (the search timer calls this after a pause)."""
        self._search_timer.stop()
        self.model.set_query(self.current_query())

    def _open(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.case_opened.emit(case_id)

    def _show_count(self, _total: int) -> None:
        self._failure = None
        self._show_status()

    def _show_failure(self, error: BaseException) -> None:
        self._failure = error
        self._show_status()

    def _show_status(self) -> None:
        """How many cases the list holds, or why it could not load, in today's language."""
        if self._failure is not None:
            self.count.setText(user_sentence(self._failure))
        else:
            self.count.setText(self.tr("%Ln case(s)", "", self.model.total))

    # --- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, alias or unit, in any script"))
        self.lawyer.setPlaceholderText(self.tr("Lawyer"))
        self.stage.setItemText(0, self.tr("All stages"))
        for i, stage in enumerate(STAGES, start=1):
            self.stage.setItemText(i, stage_label(stage))
        self.risk.setItemText(0, self.tr("Any risk"))
        for i, level in enumerate(LEVELS, start=1):
            self.risk.setItemText(i, risk_label(level))
        deadline_texts = {
            "any": self.tr("Any deadline"),
            "overdue": self.tr("Overdue"),
            "week": self.tr("Due within a week"),
            "month": self.tr("Due within a month"),
        }
        for i, choice in enumerate(DEADLINE_CHOICES):
            self.deadline.setItemText(i, deadline_texts[choice])
        self.model.retranslate()
        self._show_status()
