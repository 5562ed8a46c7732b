"""The main window: navigation on the left, one page at a time, Lock always in reach.

Pages: Dashboard, Cases, Contacts, Bundles, Audit log, Settings. The toolbar holds Lock
(Ctrl+L). Panic wipe arrives with the border-safety work; until then there is no Panic
action at all rather than a button that does nothing. The window is built after unlock and
thrown away on lock, together with every case model and widget it holds, so nothing read
from the vault outlives the unlocked session in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
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
from ui.case_list import CaseListPage
from ui.i18n import is_language_change
from ui.security_status import SecurityStatusPanel
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
            "audit": self.tr(
                "The audit log will be shown here in the next version. 'satchel verify' "
                "checks it today."
            ),
        }
        self.message.setText(texts.get(self._page, ""))


class DashboardPage(QWidget):
    """The first page after unlock: the vault's security status."""

    def __init__(self, db: DatabaseThread, status: SecurityStatus, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.security = SecurityStatusPanel(db, parent=self)
        self.security.show_status(status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.security)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("<h2>Security status</h2>"))


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` for Lock; the shell closes the vault and drops this window."""

    lock_requested = Signal()

    def __init__(self, db: DatabaseThread, status: SecurityStatus, settings: GuiSettings) -> None:
        super().__init__(None)  # a top-level window, owned by the shell
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.nav = QListWidget(self)
        self.nav.setMaximumWidth(220)
        self.pages = QStackedWidget(self)
        self.dashboard = DashboardPage(db, status, parent=self.pages)
        self.cases = CaseListPage(db, parent=self.pages)
        self.settings_page = SettingsPage(settings, parent=self.pages)
        for widget in (
            self.dashboard,
            self.cases,
            ComingLaterPage("contacts", parent=self.pages),
            ComingLaterPage("bundles", parent=self.pages),
            ComingLaterPage("audit", parent=self.pages),
            self.settings_page,
        ):
            self.pages.addWidget(widget)
        self.nav.addItems(["" for _ in PAGES])
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.toolbar = QToolBar(self)
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.toolbar.addAction(self.lock_action)
        self.nav.setCurrentRow(0)
        self.resize(1100, 700)
        self.retranslate()

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
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
