"""One case on screen, loaded and shown: the header, the banners and the section tabs.

:class:`CaseView` builds the case page's widgets, fills them from a case as stored, reloads
the dated lists, looks for returning persons and keeps unsaved edits when the vault locks.
It has no words of its own: :class:`ui.case_detail.page.CaseDetailPage` builds on it with
editing, saving and every sentence, so each string keeps the ``CaseDetailPage`` translation
context.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import diskfull
from app.errors import SatchelError
from app.store.fields import STAGES, FieldSpec
from ui.case_detail.attachments import AttachmentsTab
from ui.case_detail.conflicts import ConflictBanner
from ui.case_detail.edits import CaseEdits, save_what_can_be_saved
from ui.case_detail.entries import (
    AddWork,
    EntryTab,
    NotesTab,
    ReferralsTab,
    StatementsTab,
    TimelineTab,
)
from ui.case_detail.field_form import FieldForm
from ui.case_detail.matches import PersonMatchesBanner
from ui.case_detail.reports import ReportsPanel
from ui.case_detail.vetting import VettingTab
from ui.dossier_dialog import DossierDialog
from ui.messages import UNSAVED_ON_LEAVING, user_sentence
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import problem_label, show_sentence

FORM_TABLES = {"person": "persons", "service": "services", "risk": "risks", "case": "cases"}
TABS = (
    "case", "person", "service", "risk", "vetting", "statements", "timeline", "notes",
    "attachments", "referrals",
)  # fmt: skip


def form_values(case: Mapping[str, Any]) -> dict[str, Any]:
    """Every field of ``case`` by its field name, whichever record it lives in."""
    values: dict[str, Any] = dict(case)
    for part in ("person", "service", "risk"):
        values.update(case.get(part) or {})
    return values


class CaseView(QWidget):
    """The widgets of one case and what fills them; :class:`CaseDetailPage` is the page."""

    loaded = Signal(str)
    saved = Signal(str)
    back = Signal()
    problem_shown = Signal(str)
    matches_shown = Signal(int)  # how many other cases look like this person
    open_other = Signal(str)  # "Open" on a returning-person match
    dossier_written = Signal(str)

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.case_id: str | None = None
        self.case: dict[str, Any] = {}
        self._stage_before = ""
        self.forms: dict[str, FieldForm] = {}
        self.back_button = QPushButton(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.stage_caption = QLabel(self)
        self.stage = QComboBox(self)
        for stage in STAGES:
            self.stage.addItem("", stage)
        self.save_button = QPushButton(self)
        # One place for the save state ("Unsaved changes", "Saved."), one for what stops
        # the user (a refused stage, what to fix before saving). Both keep their room, so
        # nothing below them moves when a message comes or goes.
        self.save_state = QLabel(self)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = problem_label(self, bold=True)
        self._message_cause: tuple[str, str] | None = None  # ("stage", stage) or ("save", "")
        self.conflicts = ConflictBanner(parent=self)
        self.matches = PersonMatchesBanner(parent=self)
        self.dossier_button = QPushButton(self)
        self.dossier_button.clicked.connect(self.make_dossier)
        self.reports = ReportsPanel(parent=self)
        self.tabs = QTabWidget(self)
        self.vetting = VettingTab(parent=self.tabs)
        self.statements = StatementsTab(parent=self.tabs)
        self.timeline = TimelineTab(parent=self.tabs)
        self.notes = NotesTab(parent=self.tabs)
        self.attachments = AttachmentsTab(db, parent=self.tabs)
        self.referrals = ReferralsTab(parent=self.tabs)
        self._lay_out()

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.dossier_button)
        header.addStretch(1)
        header.addWidget(self.stage_caption)
        header.addWidget(self.stage)
        header.addSpacing(12)
        header.addWidget(self.save_state)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.title)  # a row of its own: a long name in two scripts fits
        layout.addWidget(self.message)
        layout.addWidget(self.matches)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.reports)
        layout.addWidget(self.tabs, 1)

    def entry_tabs(self) -> list[EntryTab]:
        return [self.statements, self.timeline, self.notes, self.referrals]

    # --- building the forms from the store's field list ---------------------------------------

    def _build_forms(self, specs: list[FieldSpec]) -> None:
        for tab in TABS:
            if tab in FORM_TABLES:
                table = FORM_TABLES[tab]
                chosen = [s for s in specs if s.table == table and s.name != "stage"]
                form = FieldForm(chosen, parent=self.tabs)
                form.edited.connect(self._edited)
                self.forms[tab] = form
                self.tabs.addTab(self._scrolled(form), "")
            elif tab == "vetting":  # seven rows and the signatures: taller than a small screen
                self.tabs.addTab(self._scrolled(self.vetting), "")
            else:
                self.tabs.addTab(getattr(self, tab), "")
        self.retranslate()

    def _scrolled(self, widget: QWidget) -> QScrollArea:
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setWidget(widget)
        return scroll

    # --- hooks: the page words the save state, the tab titles and every label ---------------

    def _edited(self) -> None:
        """After any edit or load: the save state and the messages say what is true now."""
        raise NotImplementedError

    def _show_tab_titles(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    # --- loading ------------------------------------------------------------------------------

    def open_case(self, case_id: str) -> VaultTask[Any]:
        """Show ``case_id``; edits of the case shown before are saved as far as possible."""
        self.save_before_leaving()
        need_specs = not self.forms

        def load(vault: Any) -> tuple[list[FieldSpec] | None, dict[str, Any], list[Any]]:
            store = vault.store
            specs = store.case_fields() if need_specs else None
            return specs, store.get_case(case_id), store.list_partners()

        task: VaultTask[Any] = VaultTask(self._db, load, parent=self)
        task.success(self._loaded).failure(self._show_problem).run_in_background()
        return task

    def _loaded(self, answer: tuple[list[FieldSpec] | None, dict[str, Any], list[Any]]) -> None:
        specs, case, partners = answer
        if specs is not None and not self.forms:
            self._build_forms(specs)
        self.referrals.show_partners(partners)
        for tab in self.entry_tabs():
            tab.clear_form()
            tab.problem.clear()
        self.attachments.report.clear()
        self.save_state.clear()
        self.show_case(case)
        self.loaded.emit(str(case["id"]))
        self.look_for_matches()

    def show_case(self, case: dict[str, Any]) -> None:
        """Fill every section from ``case`` as stored (any unsaved edits are replaced)."""
        self.case_id, self.case = str(case["id"]), case
        values = form_values(case)
        for form in self.forms.values():
            form.load(values)
        self.vetting.load(case.get("checks") or [], case.get("sign_off"))
        self._stage_before = str(case.get("stage") or "intake")
        self.stage.blockSignals(True)
        self.stage.setCurrentIndex(max(0, self.stage.findData(self._stage_before)))
        self.stage.blockSignals(False)
        self._clear_message()
        self._show_lists(case)
        self.conflicts.show_case(case)
        self.reports.show_case(case)
        self._show_title()
        self._edited()

    def _show_lists(self, case: Mapping[str, Any]) -> None:
        self.statements.show_records(case.get("statements") or [])
        self.timeline.show_records(case.get("timeline") or [])
        self.notes.show_records(case.get("notes") or [])
        self.referrals.show_records(case.get("referrals") or [])
        self.attachments.show_records(str(case["id"]), case.get("attachments") or [])
        self._show_tab_titles()

    def reload_lists(self) -> VaultTask[Any] | None:
        """Fetch the dated lists again without touching unsaved edits in the forms."""
        if self.case_id is None:
            return None
        case_id = self.case_id
        task: VaultTask[Any] = VaultTask(
            self._db, lambda vault: vault.store.get_case(case_id), parent=self
        )
        task.success(self._lists_reloaded).failure(self._show_problem)
        return task.run_in_background()

    def _lists_reloaded(self, case: dict[str, Any]) -> None:
        if str(case["id"]) != self.case_id:
            return
        for key in ("statements", "timeline", "notes", "referrals", "attachments"):
            self.case[key] = case[key]
        self._show_lists(case)
        self.conflicts.show_case(self.case)
        self.saved.emit(str(case["id"]))

    def current_edits(self) -> CaseEdits:
        fields: dict[str, str] = {}
        for form in self.forms.values():
            fields.update(form.changes())
        stage = str(self.stage.currentData())
        if self.case and stage != self.case.get("stage"):
            fields["stage"] = stage
        return CaseEdits(self.case_id or "", fields, self.vetting.edits())

    def pending_entries(self) -> list[AddWork]:
        return [work for tab in self.entry_tabs() if (work := tab.pending()) is not None]

    def has_unsaved_changes(self) -> bool:
        if self.case_id is None:
            return False
        return not self.current_edits().is_empty() or bool(self.pending_entries())

    # --- returning persons, dossier --------------------------------------------------------

    def look_for_matches(self) -> VaultTask[Any] | None:
        """Ask the core which other cases look like this person (after load and save)."""
        if self.case_id is None:
            return None
        case_id = self.case_id
        task: VaultTask[Any] = VaultTask(
            self._db, lambda vault: vault.store.find_matches(case_id), parent=self
        )
        task.success(lambda found: self._show_matches(case_id, found))
        return task.failure(self._show_problem).run_in_background()

    def _show_matches(self, case_id: str, found: list[Any]) -> None:
        if case_id != self.case_id:
            return
        self.matches.show_matches(found)
        self.matches_shown.emit(len(found))

    def decide_same_person(self, other_id: str, same: bool) -> VaultTask[Any] | None:
        """Record the lawyer's answer: one person (linked) or two (never shown again)."""
        if self.case_id is None:
            return None
        case_id = self.case_id

        def decide(vault: Any) -> list[Any]:
            vault.store.decide_same_person(case_id, other_id, same=same)
            return list(vault.store.find_matches(case_id))

        task: VaultTask[Any] = VaultTask(self._db, decide, parent=self)
        task.success(lambda found: self._show_matches(case_id, found))
        return task.failure(self._show_problem).run_in_background()

    def make_dossier(self) -> DossierDialog | None:
        """The dossier dialog for this case (opened, not run modally: tests drive it)."""
        if self.case_id is None:
            return None
        dialog = DossierDialog(self._db, self.case_id, parent=self)
        dialog.written.connect(self.dossier_written)
        dialog.open()
        return dialog

    # --- leaving ------------------------------------------------------------------------------

    def save_before_leaving(self) -> VaultTask[Any] | None:
        """The vault is about to lock or the app to close: keep what the store accepts.

        Queued on the database thread before the lock, so it runs first; nothing can be
        asked at this point, so a value the store refuses is dropped. A full disk, which
        refuses everything, is said (in the main window, or on the unlock dialog).
        """
        if not self.has_unsaved_changes():
            return None
        edits, adds = self.current_edits(), self.pending_entries()

        def keep(vault: Any) -> list[str]:
            full = False
            for add in adds:
                try:
                    add(vault.store, edits.case_id)
                except Exception as error:  # keep going: save the rest
                    full = full or diskfull.is_disk_full(error)
            try:
                refused = save_what_can_be_saved(vault.store, edits)
            except SatchelError as error:  # only a full disk gets out of it
                if not diskfull.is_disk_full(error):
                    raise
                full, refused = True, []
            if full:  # what was lost, said on its own (its cause would read as "disk full")
                raise SatchelError(str(UNSAVED_ON_LEAVING))
            return refused

        for tab in self.entry_tabs():
            tab.clear_form()
        self.case_id = None
        # Parented on the database thread, which outlives the window a lock drops: a failure
        # nobody handles reaches the shell (``unhandled_failure``), which says it.
        task: VaultTask[Any] = VaultTask(self._db, keep, parent=self._db)
        return task.run_in_background()

    # --- messages -----------------------------------------------------------------------------

    def _show_problem(self, error: BaseException) -> None:
        sentence = user_sentence(error)
        show_sentence(self.message, lambda: user_sentence(error))
        self._message_cause = None
        self.problem_shown.emit(sentence)

    def _show_message(self, sentence: str, cause: tuple[str, str] | None) -> None:
        self.message.setText(sentence)
        self._message_cause = cause

    def _clear_message(self) -> None:
        self.message.clear()
        self._message_cause = None

    def _show_title(self) -> None:
        person = self.case.get("person") or {}
        name = str(person.get("name") or "")
        other = person.get("name_latin") if person.get("name_latin") != name else None
        text = (
            f"<h2>{_escape(name)}</h2>"
            if not other
            else (f"<h2>{_escape(name)} <small>({_escape(str(other))})</small></h2>")
        )
        self.title.setText(text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
