"""The main window: navigation on the left, one page at a time, Lock always in reach.

Pages: Dashboard, Cases (the list, and one case in detail), Contacts, Bundles, Audit log,
Settings. The toolbar holds New case (Ctrl+N) and Lock (Ctrl+L). Panic wipe arrives with the
border-safety work; until then there is no Panic action at all rather than a button that
does nothing. The window is built after unlock and thrown away on lock, together with every
case model and widget it holds, so nothing read from the vault outlives the unlocked session
in the window. Before that, the open case's unsaved edits are queued for saving.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.vault import SecurityStatus
from ui.audit_page import AuditLogPage
from ui.case_detail import CaseDetailPage
from ui.case_list import CaseListPage
from ui.dashboard import DashboardPage
from ui.i18n import is_language_change
from ui.new_case import NewCaseDialog
from ui.settings import GuiSettings
from ui.settings_page import SettingsPage
from ui.tasks import DatabaseThread

PAGES = ("dashboard", "cases", "contacts", "bundles", "audit", "settings")


class ComingLaterPage(QWidget):
    """A page whose screen comes in a later version; says so instead of showing nothing."""

    def __init__(self, page: str, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._page = page
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(self.message)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "contacts": self.tr(
                "Partner organisations, contacts and their keys will be managed here in the "
                "next version. Until then use the command line."
            ),
            "bundles": self.tr(
                "Sealing and opening case bundles will be done here in the next version. "
                "Until then use the command line."
            ),
        }
        self.message.setText(texts.get(self._page, ""))


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` for Lock; the shell closes the vault and drops this window."""

    lock_requested = Signal()

    def __init__(self, db: DatabaseThread, status: SecurityStatus, settings: GuiSettings) -> None:
        super().__init__(None)  # a top-level window, owned by the shell
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._db = db
        self.nav = QListWidget(self)
        self.nav.setMaximumWidth(220)
        self.pages = QStackedWidget(self)
        self.dashboard = DashboardPage(db, status, parent=self.pages)
        self.cases_stack = QStackedWidget(self.pages)
        self.cases = CaseListPage(db, parent=self.cases_stack)
        self.case_detail = CaseDetailPage(db, parent=self.cases_stack)
        self.cases_stack.addWidget(self.cases)
        self.cases_stack.addWidget(self.case_detail)
        self.audit = AuditLogPage(db, parent=self.pages)
        self.settings_page = SettingsPage(settings, parent=self.pages)
        for widget in (
            self.dashboard,
            self.cases_stack,
            ComingLaterPage("contacts", parent=self.pages),
            ComingLaterPage("bundles", parent=self.pages),
            self.audit,
            self.settings_page,
        ):
            self.pages.addWidget(widget)
        self.nav.addItems(["" for _ in PAGES])
        self.nav.currentRowChanged.connect(self._page_chosen)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_toolbar()
        self._connect_cases()
        self.new_case_dialog: NewCaseDialog | None = None
        self.nav.setCurrentRow(0)
        self.resize(1280, 800)
        self.retranslate()

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.new_case_action = QAction(self)
        self.new_case_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_case_action.triggered.connect(self.new_case)
        self.toolbar.addAction(self.new_case_action)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.toolbar.addAction(self.lock_action)

    def _connect_cases(self) -> None:
        self.cases.case_opened.connect(self.open_case)
        self.dashboard.case_opened.connect(self.open_case)
        self.case_detail.back.connect(self.show_case_list)
        self.case_detail.saved.connect(lambda _id: self.cases.model.reload())

    def _page_chosen(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        page = PAGES[row] if 0 <= row < len(PAGES) else ""
        if page == "dashboard":
            self.dashboard.refresh()
        elif page == "audit":
            self.audit.refresh()

    # --- cases -------------------------------------------------------------------------------

    def new_case(self) -> NewCaseDialog:
        """Ask for the person's name; the new case opens once it is in the vault."""
        if self.new_case_dialog is None:
            self.new_case_dialog = NewCaseDialog(self._db, parent=self)
            self.new_case_dialog.created.connect(self.open_case)
        self.new_case_dialog.open()
        return self.new_case_dialog

    def open_case(self, case_id: str) -> None:
        self.show_page("cases")
        self.cases_stack.setCurrentWidget(self.case_detail)
        self.case_detail.open_case(case_id)

    def show_case_list(self) -> None:
        self.cases_stack.setCurrentWidget(self.cases)
        self.cases.model.reload()

    def save_before_leaving(self) -> None:
        """The vault locks or the app closes: keep the edits on the open case."""
        self.case_detail.save_before_leaving()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_before_leaving()
        super().closeEvent(event)

    def show_page(self, page: str) -> None:
        self.nav.setCurrentRow(PAGES.index(page))

    def current_page(self) -> str:
        return PAGES[self.pages.currentIndex()]

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Satchel"))
        names = [
            self.tr("Dashboard"),
            self.tr("Cases"),
            self.tr("Contacts"),
            self.tr("Bundles"),
            self.tr("Audit log"),
            self.tr("Settings"),
        ]
        for row, name in enumerate(names):
            item = self.nav.item(row)
            if item is not None:
                item.setText(name)
        self.toolbar.setWindowTitle(self.tr("Actions"))
        self.new_case_action.setText(self.tr("New case"))
        self.new_case_action.setToolTip(self.tr("Open a new case (Ctrl+N)"))
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
