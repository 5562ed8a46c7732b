"""The case table's Qt model: fetched page by page on the database thread, never all at once.

With 100,000 cases the list must open at once and scroll smoothly, so the model asks the
store for the number of matching cases and the first page only; the view's ``fetchMore``
asks for the next page when the user scrolls near the end. Filters, search and sorting are
done by the store (SQL and the transliterating FTS index), not here. Every answer carries
the generation of the query it belongs to: an answer for an older query (the user kept
typing) is thrown away.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.formats import date_text
from ui.labels import risk_label, stage_label
from ui.names import both_spellings
from ui.tasks import DatabaseThread, VaultTask

PAGE_SIZE = 200
COLUMNS = ("name", "stage", "risk", "lawyer", "deadline", "next_action", "updated_at")
SORT_KEYS = {
    "name": "name",
    "stage": "stage",
    "risk": "risk",
    "deadline": "deadline",
    "updated_at": "updated",
}
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: filters, search text and order, as the store takes them."""

    stage: str | None = None
    risk: str | None = None
    lawyer: str | None = None
    due_before: str | None = None
    search: str | None = None
    order_by: str = "updated"
    descending: bool = True

    def filters(self) -> dict[str, Any]:
        values = asdict(self)
        del values["order_by"], values["descending"]
        return {k: v for k, v in values.items() if v not in (None, "")}


class CaseTableModel(QAbstractTableModel):
    """Rows of ``CaseRow`` from the store; ``loaded(total)`` after each new query's first page."""

    loaded = Signal(int)
    page_added = Signal(int)  # rows now held
    failed = Signal(object)  # the error: its sentence is said in the language of the moment

    def __init__(self, db: DatabaseThread, *, parent: QObject) -> None:
        super().__init__(parent)
        self._db = db
        self._query = CaseQuery()
        self._rows: list[Any] = []
        self._total = 0
        self._generation = 0
        self._fetching = False

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many cases match the current query (not how many are loaded)."""
        return self._total

    def set_query(self, query: CaseQuery) -> None:
        """Show the cases matching ``query``: count them and load the first page."""
        self._query = query
        self._generation += 1
        generation = self._generation
        filters, order = (
            query.filters(),
            {"order_by": query.order_by, "descending": query.descending},
        )

        def first_page(vault: Any) -> tuple[int, list[Any]]:
            store = vault.store
            total = store.count_cases(**filters)
            return total, store.list_cases(**filters, **order, offset=0, limit=PAGE_SIZE)

        self._fetching = True
        task = VaultTask(self._db, first_page, parent=self)
        task.success(lambda answer: self._replace(generation, answer))
        task.failure(lambda error: self._fail(generation, error))
        task.run_in_background()

    def reload(self) -> None:
        self.set_query(self._query)

    def _replace(self, generation: int, answer: tuple[int, list[Any]]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.beginResetModel()
        self._total, self._rows = answer[0], list(answer[1])
        self.endResetModel()
        self.loaded.emit(self._total)

    def _fail(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.beginResetModel()
        self._total, self._rows = 0, []
        self.endResetModel()
        self.failed.emit(error)

    # --- lazy fetching -------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        generation, offset, query = self._generation, len(self._rows), self._query
        filters = query.filters()

        def next_page(vault: Any) -> list[Any]:
            return list(
                vault.store.list_cases(
                    **filters,
                    order_by=query.order_by,
                    descending=query.descending,
                    offset=offset,
                    limit=PAGE_SIZE,
                )
            )

        self._fetching = True
        task = VaultTask(self._db, next_page, parent=self)
        task.success(lambda rows: self._append(generation, offset, rows))
        task.failure(lambda error: self._fail(generation, error))
        task.run_in_background()

    def _append(self, generation: int, offset: int, rows: list[Any]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not rows:
            self._total = len(self._rows)  # cases were removed meanwhile
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self.page_added.emit(len(self._rows))

    # --- the table -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def case_id(self, row: int) -> str | None:
        return str(self._rows[row].id) if 0 <= row < len(self._rows) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == CASE_ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = COLUMNS[index.column()]
        if column == "stage":
            return stage_label(row.stage)
        if column == "risk":
            return risk_label(row.risk)
        if column == "name":
            return both_spellings(row.name, row.name_latin, row.name_cyrillic)
        if column == "updated_at":
            return date_text(str(row.updated_at or ""))
        if column == "deadline":
            return date_text(row.deadline)
        return getattr(row, column) or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            "name": self.tr("Name"),
            "stage": self.tr("Stage"),
            "risk": self.tr("Risk"),
            "lawyer": self.tr("Lawyer"),
            "deadline": self.tr("Deadline"),
            "next_action": self.tr("Next action"),
            "updated_at": self.tr("Last activity"),
        }
        return headers[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def retranslate(self) -> None:
        """Labels (stages, risks, headers) changed language: repaint without refetching."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the store; columns the store cannot order by are left as they are."""
        key = SORT_KEYS.get(COLUMNS[column]) if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.order_by, self._query.descending):
            self.set_query(replace(self._query, order_by=key, descending=descending))
