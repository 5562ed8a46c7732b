"""The dashboard: where the cases stand, what is due, what came in, how the vault is protected.

All figures are counted by the store on the database thread (one task, a few indexed
counts), so the page opens at once even with 100,000 cases. The stage chart is drawn with
QPainter: horizontal bars, so long stage names in any language fit beside them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.store.fields import LEVELS, STAGES
from app.vault import SecurityStatus
from ui.formats import date_text, datetime_text, number_text
from ui.i18n import is_language_change
from ui.labels import action_label, risk_label, stage_label
from ui.messages import user_sentence
from ui.names import both_spellings
from ui.security_status import SecurityStatusPanel
from ui.tasks import DatabaseThread, VaultTask
from ui.theme import CHART_BAR, NEUTRAL_BAR, RISK_COLOURS
from ui.widgets import show_sentence

DEADLINE_DAYS = 14
DEADLINE_ROWS = 12
BAR_COLOUR = QColor(CHART_BAR)


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the dashboard shows, gathered in one trip to the database thread."""

    by_stage: dict[str, int] = field(default_factory=dict)
    by_risk: dict[str, int] = field(default_factory=dict)
    no_risk: int = 0
    due: list[Any] = field(default_factory=list, repr=False)
    imports: list[Any] = field(default_factory=list, repr=False)


def gather_figures(store: Any, today: date | None = None) -> DashboardFigures:
    """Count cases per stage and risk, and list the next deadlines and the latest imports."""
    today = today or date.today()
    by_stage = {stage: store.count_cases(stage=stage) for stage in STAGES}
    by_risk = {level: store.count_cases(risk=level) for level in LEVELS}
    total = sum(by_stage.values())
    due = store.list_cases(
        due_before=today + timedelta(days=DEADLINE_DAYS + 1),
        order_by="deadline",
        descending=False,
        limit=DEADLINE_ROWS,
    )
    open_due = [row for row in due if row.stage not in ("closed", "rejected")]
    imports = [e for e in store.history(limit=500) if e.action.startswith("bundle.")][:5]
    return DashboardFigures(by_stage, by_risk, total - sum(by_risk.values()), open_due, imports)


class StageChart(QWidget):
    """Horizontal bars: one per stage, its length the number of cases at that stage."""

    ROW = 24

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = dict.fromkeys(STAGES, 0)
        self.setMinimumHeight(self.ROW * len(STAGES) + 8)

    def show_counts(self, counts: dict[str, int]) -> None:
        self.counts = {stage: counts.get(stage, 0) for stage in STAGES}
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(460, self.ROW * len(STAGES) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        labels = [stage_label(s) for s in STAGES]
        label_width = max(metrics.horizontalAdvance(t) for t in labels) + 12
        number_width = metrics.horizontalAdvance("000000") + 8
        room = max(10, self.width() - label_width - number_width)
        top = max(self.counts.values()) or 1
        text_colour = self.palette().windowText().color()
        for row, (stage, label) in enumerate(zip(STAGES, labels, strict=True)):
            y = 4 + row * self.ROW
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, label_width - 8, self.ROW),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            length = room * self.counts[stage] / top
            painter.fillRect(QRectF(label_width, y + 4, length, self.ROW - 8), BAR_COLOUR)
            painter.drawText(
                QRectF(label_width + length + 6, y, number_width, self.ROW),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                number_text(self.counts[stage]),
            )
        painter.end()


class DashboardPage(QWidget):
    """Emits ``case_opened(case_id)`` when a deadline row is opened."""

    case_opened = Signal(str)
    refreshed = Signal()

    def __init__(self, db: DatabaseThread, status: SecurityStatus, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.figures = DashboardFigures()
        self.title = QLabel(self)
        self.problem = QLabel(self)
        self.chart_box = QGroupBox(self)
        self.chart = StageChart(parent=self.chart_box)
        self.risk_box = QGroupBox(self)
        self.risk_values: dict[str, QLabel] = {}
        self._risk_names: dict[str, QLabel] = {}
        self.due_box = QGroupBox(self)
        self.due = QTreeWidget(self.due_box)
        self.imports_box = QGroupBox(self)
        self.imports = QLabel(self.imports_box)
        self.imports.setWordWrap(True)
        self.security_box = QGroupBox(self)
        self.security = SecurityStatusPanel(db, parent=self.security_box)
        self.security.show_status(status)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        QVBoxLayout(self.chart_box).addWidget(self.chart)
        risks = QGridLayout(self.risk_box)
        for column, level in enumerate((*LEVELS, "")):
            name, value = QLabel(self.risk_box), QLabel(self.risk_box)
            colour = RISK_COLOURS.get(level, NEUTRAL_BAR)
            value.setStyleSheet(f"font-size: 20px; font-weight: bold; color: {colour};")
            risks.addWidget(value, 0, column)
            risks.addWidget(name, 1, column)
            self.risk_values[level], self._risk_names[level] = value, name
        self.due.setColumnCount(3)
        self.due.setRootIsDecorated(False)
        self.due.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.due.header().setStretchLastSection(True)
        self.due.itemActivated.connect(self._open_due)
        QVBoxLayout(self.due_box).addWidget(self.due)
        QVBoxLayout(self.imports_box).addWidget(self.imports)
        QVBoxLayout(self.security_box).addWidget(self.security)
        left = QVBoxLayout()
        left.addWidget(self.chart_box)
        left.addWidget(self.risk_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.due_box, 1)
        right.addWidget(self.imports_box)
        right.addWidget(self.security_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.problem)
        layout.addLayout(columns, 1)

    def refresh(self) -> VaultTask[DashboardFigures]:
        task: VaultTask[DashboardFigures] = VaultTask(
            self._db, lambda vault: gather_figures(vault.store), parent=self
        )
        task.success(self.show_figures).failure(
            lambda error: show_sentence(self.problem, lambda: user_sentence(error))
        )
        return task.run_in_background()

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self.problem.clear()
        self.chart.show_counts(figures.by_stage)
        for level, label in self.risk_values.items():
            label.setText(
                number_text(figures.by_risk.get(level, figures.no_risk if not level else 0))
            )
        self._fill_due()
        self._fill_imports()
        self.refreshed.emit()

    def _fill_due(self) -> None:
        self.due.clear()
        today = date.today().isoformat()
        for row in self.figures.due:
            overdue = (row.deadline or "") < today
            when = date_text(row.deadline)
            if overdue:
                when = self.tr("%1 (overdue)").replace("%1", when)
            name = both_spellings(row.name, row.name_latin, row.name_cyrillic)
            item = QTreeWidgetItem([when, name, row.next_action or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            if overdue:
                item.setForeground(
                    0, self.palette().color(QPalette.ColorRole.BrightText)
                )  # problem red
            self.due.addTopLevelItem(item)
        if not self.figures.due:
            nothing = self.tr("Nothing due in the next two weeks.")
            self.due.addTopLevelItem(QTreeWidgetItem([nothing]))

    def _fill_imports(self) -> None:
        if not self.figures.imports:
            self.imports.setText(self.tr("No bundles have been imported yet."))
            return
        lines = [f"{datetime_text(e.at)}  {action_label(e.action)}" for e in self.figures.imports]
        self.imports.setText("\n".join(lines))

    def _open_due(self, item: QTreeWidgetItem) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if case_id:
            self.case_opened.emit(str(case_id))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("<h2>Dashboard</h2>"))
        self.chart_box.setTitle(self.tr("Cases by stage"))
        self.risk_box.setTitle(self.tr("Cases by overall risk"))
        for level, label in self._risk_names.items():
            label.setText(risk_label(level) if level else self.tr("Not assessed"))
        self.due_box.setTitle(self.tr("Next deadlines and overdue actions"))
        self.due.setHeaderLabels([self.tr("Deadline"), self.tr("Person"), self.tr("Next action")])
        self.imports_box.setTitle(self.tr("Recent imports"))
        self.security_box.setTitle(self.tr("Security status"))
        self._fill_due()
        self._fill_imports()
        self.chart.update()
