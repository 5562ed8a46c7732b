"""The main window: navigation on the left, one page at a time, Lock always in reach.

Pages: Dashboard, Cases (the list, and one case in detail), Contacts, Bundles, Audit log,
Settings. The toolbar holds New case (Ctrl+N), Export (Ctrl+E: seal cases for a contact),
Import (Ctrl+I: open a received bundle), Lock (Ctrl+L), Copy field (Ctrl+Shift+C: the
shell clears it from the clipboard after the delay set in Settings), Border mode (seal the
whole vault for the trip, show its code once, then wipe through Panic's confirmation) and
Panic (Ctrl+Shift+Delete: a held-button confirmation, then the vault is destroyed). The window
is built after unlock and thrown away on lock, together with every case model and widget
it holds, so nothing read from the vault outlives the unlocked session in the window.
Before that, the open case's unsaved edits are queued for saving.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.vault import SecurityStatus
from ui.audit_page import AuditLogPage
from ui.border_dialog import BorderDialog
from ui.bundles_page import BundlesPage
from ui.case_detail import CaseDetailPage
from ui.case_list import CaseListPage
from ui.clipboard import focused_field_text
from ui.contacts_page import ContactsPage
from ui.dashboard import DashboardPage
from ui.export_wizard import ExportWizard
from ui.i18n import is_language_change
from ui.icons import icon
from ui.import_dialog import ImportDialog
from ui.new_case import NewCaseDialog
from ui.panic import panic_shortcut, panic_tooltip
from ui.settings import GuiSettings
from ui.settings_page import SettingsPage
from ui.tasks import DatabaseThread
from ui.theme import DANGER_STYLE, NAVIGATION_STYLE, ON_DANGER
from ui.widgets import resize_within_screen, show_sentence

PAGES = ("dashboard", "cases", "contacts", "bundles", "audit", "settings")
NAV_ICONS = {
    "dashboard": "dashboard", "cases": "cases", "contacts": "contacts",
    "bundles": "bundles", "audit": "audit", "settings": "settings",
}  # fmt: skip


def scrolling(page: QWidget, parent: QWidget) -> QScrollArea:
    """A page that is long on a small screen (1024x600) scrolls instead of squeezing."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` for Lock; the shell closes the vault and drops this window."""

    lock_requested = Signal()
    panic_requested = Signal()
    copy_requested = Signal(str)  # the focused field's text, for the shell's clipboard guard
    closed_by_user = Signal()  # the window's close button: the app quits

    def __init__(self, db: DatabaseThread, status: SecurityStatus, settings: GuiSettings) -> None:
        super().__init__(None)  # a top-level window, owned by the shell
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._db = db
        self.nav = QListWidget(self)
        self.nav.setStyleSheet(NAVIGATION_STYLE)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QStackedWidget(self)
        self.dashboard = DashboardPage(db, status, parent=self.pages)
        self.cases_stack = QStackedWidget(self.pages)
        self.cases = CaseListPage(db, parent=self.cases_stack)
        self.case_detail = CaseDetailPage(db, parent=self.cases_stack)
        self.cases_stack.addWidget(self.cases)
        self.cases_stack.addWidget(self.case_detail)
        self.contacts = ContactsPage(db, parent=self.pages)
        self.bundles = BundlesPage(db, parent=self.pages)
        self.audit = AuditLogPage(db, parent=self.pages)
        self.settings_page = SettingsPage(settings, parent=self.pages)
        settings_scroll = scrolling(self.settings_page, self.pages)
        for widget in (
            scrolling(self.dashboard, self.pages),
            self.cases_stack,
            self.contacts,
            self.bundles,
            self.audit,
            settings_scroll,
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
        self.setMinimumSize(960, 560)
        resize_within_screen(self, 1280, 800)
        self._draw_icons()
        self.retranslate()

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.new_case_action = QAction(self)
        self.new_case_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_case_action.triggered.connect(self.new_case)
        self.toolbar.addAction(self.new_case_action)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_cases)
        self.toolbar.addAction(self.export_action)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_bundle)
        self.toolbar.addAction(self.import_action)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.toolbar.addAction(self.lock_action)
        self._build_border_actions()

    def _build_border_actions(self) -> None:
        """Copy field (cleared from the clipboard later) and Panic, always on the toolbar."""
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.triggered.connect(self.copy_focused_field)
        self.toolbar.addAction(self.copy_action)
        self.panic_action = QAction(self)
        self.panic_action.setShortcut(panic_shortcut())
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.panic_action.triggered.connect(self.panic_requested)
        self.border_action = QAction(self)
        self.border_action.triggered.connect(self.border_mode)
        self.toolbar.addAction(self.border_action)
        spacer = QWidget(self.toolbar)  # Panic stands apart, at the far end
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.panic_action)
        panic_button = self.toolbar.widgetForAction(self.panic_action)
        panic_button.setObjectName("panic")
        panic_button.setStyleSheet(DANGER_STYLE)
        self.border_dialog: BorderDialog | None = None

    def copy_focused_field(self) -> None:
        text = focused_field_text(QApplication.focusWidget())
        if text:
            self.copy_requested.emit(text)

    def _connect_cases(self) -> None:
        self.cases.case_opened.connect(self.open_case)
        self.dashboard.case_opened.connect(self.open_case)
        self.case_detail.back.connect(self.show_case_list)
        self.case_detail.open_other.connect(self.open_case)
        self.case_detail.dossier_written.connect(self._dossier_written)
        self._db.vault_changed.connect(self._vault_changed)

    def _vault_changed(self) -> None:
        """Whatever wrote to the vault, the case list and the page on screen show it."""
        if not (self._db.is_running() and self._db.is_open):
            return  # the write was the last before locking or closing: nothing to show
        self.cases.model.reload()
        page = PAGES[self.pages.currentIndex()] if self.pages.currentIndex() < len(PAGES) else ""
        if page in ("dashboard", "bundles", "contacts") and not self.isHidden():
            self._page_chosen(self.pages.currentIndex())

    def _page_chosen(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        page = PAGES[row] if 0 <= row < len(PAGES) else ""
        if page == "dashboard":
            self.dashboard.refresh()
        elif page == "audit":
            self.audit.refresh()
        elif page == "contacts":
            self.contacts.refresh()
        elif page == "bundles":
            self.bundles.refresh()

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

    def _dossier_written(self, path: str) -> None:
        show_sentence(
            self.statusBar(),
            lambda: self.tr("Dossier saved to %1. The PDF is not encrypted.").replace("%1", path),
        )

    def show_case_list(self) -> None:
        self.cases_stack.setCurrentWidget(self.cases)
        self.cases.model.reload()

    # --- bundles -----------------------------------------------------------------------------

    def chosen_case_ids(self) -> list[str]:
        """The case on screen, or the one selected in the case list: what Export starts with."""
        if self.cases_stack.currentWidget() is self.case_detail and self.case_detail.case_id:
            return [self.case_detail.case_id]
        rows = self.cases.table.selectionModel().selectedRows()
        found = [self.cases.model.case_id(index.row()) for index in rows]
        return [case_id for case_id in found if case_id]

    def export_cases(self) -> ExportWizard:
        """Seal cases for a contact; the open or selected case is ticked already."""
        chosen = self.chosen_case_ids()
        self.save_before_leaving()
        return self.bundles.export_cases(chosen)

    def import_bundle(self) -> ImportDialog:
        return self.bundles.import_bundle()

    def border_mode(self) -> BorderDialog:
        """Seal the whole vault for a trip; its wipe goes through Panic's held button."""
        self.save_before_leaving()  # queued first: the seal then carries these edits
        if self.border_dialog is None:
            self.border_dialog = BorderDialog(self._db, parent=self)
            self.border_dialog.wipe_requested.connect(self.panic_requested)
        self.border_dialog.open()
        return self.border_dialog

    def save_before_leaving(self) -> None:
        """The vault locks or the app closes: keep the edits on the open case."""
        self.case_detail.save_before_leaving()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_before_leaving()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed_by_user.emit()

    def show_page(self, page: str) -> None:
        self.nav.setCurrentRow(PAGES.index(page))

    def current_page(self) -> str:
        return PAGES[self.pages.currentIndex()]

    def _draw_icons(self) -> None:
        """Icons in the palette's text colour (again when the palette turns light or dark)."""
        for row, name in enumerate(PAGES):
            item = self.nav.item(row)
            if item is not None:
                item.setIcon(icon(NAV_ICONS[name], self))
        for action, name in (
            (self.new_case_action, "new-case"),
            (self.export_action, "export"),
            (self.import_action, "import"),
            (self.lock_action, "lock"),
            (self.copy_action, "copy"),
            (self.border_action, "border"),
        ):
            action.setIcon(icon(name, self))
        self.panic_action.setIcon(icon("panic", colour=ON_DANGER))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        if event.type() == QEvent.Type.PaletteChange:
            self._draw_icons()
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
        widest = max(self.nav.fontMetrics().horizontalAdvance(name) for name in names)
        self.nav.setFixedWidth(widest + self.nav.iconSize().width() + 64)  # never clipped
        self.toolbar.setWindowTitle(self.tr("Actions"))
        self.new_case_action.setText(self.tr("New case"))
        self.new_case_action.setToolTip(self.tr("Open a new case (Ctrl+N)"))
        self.export_action.setText(self.tr("Export…"))
        self.export_action.setToolTip(self.tr("Seal cases for a contact (Ctrl+E)"))
        self.import_action.setText(self.tr("Import…"))
        self.import_action.setToolTip(self.tr("Open a received bundle (Ctrl+I)"))
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.copy_action.setText(self.tr("Copy field"))
        self.copy_action.setToolTip(
            self.tr("Copy the field you are in; the clipboard is cleared after a while")
        )
        self.border_action.setText(self.tr("Border mode…"))
        self.border_action.setToolTip(
            self.tr("Before a trip: seal the whole vault for a colleague, then wipe it")
        )
        self.panic_action.setText(self.tr("Panic"))
        self.panic_action.setToolTip(panic_tooltip())
