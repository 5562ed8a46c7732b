"""One case on screen: every section editable, vetting enforced, nothing lost on lock.

The sections are tabs: the person, military service and risk forms are generated from the
store's field list; vetting is a checklist; statements, timeline, notes, attachments and
referrals are dated lists. Edits are kept on screen until the user presses Save (Ctrl+S),
which writes them all in one transaction. Going back to the list saves first; locking or
closing the app saves whatever the store accepts (see :mod:`ui.case_detail.edits`).

Edits a partner sent that were kept beside ours ("keep both" at import) are shown above the
tabs, theirs against ours, until both agree (:mod:`ui.case_detail.conflicts`).

The widgets, loading and showing are :mod:`ui.case_detail.view`; this module adds editing,
saving and every word of the page. The stage selector refuses a stage the vetting does not
allow yet and says why, in the user's language, naming the checks still missing; the core's
English sentence is only the last line of defence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.errors import WorkflowError
from app.store import workflow
from app.store.fields import STAGES
from ui.case_detail.edits import CaseEdits, save_edits
from ui.case_detail.entries import EntryTab
from ui.case_detail.translation import TranslationDialog
from ui.case_detail.vetting import describe_checks
from ui.case_detail.view import TABS, CaseView
from ui.date_field import date_example
from ui.i18n import is_language_change
from ui.labels import field_label, stage_label
from ui.messages import user_sentence
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import show_sentence


class CaseDetailPage(CaseView):
    """``open_case(case_id)`` shows a case; ``saved`` after each save, ``back`` to the list."""

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(db, parent=parent)
        self.back_button.clicked.connect(self.go_back)
        self.stage.currentIndexChanged.connect(self._stage_picked)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        self.matches.open_requested.connect(self.open_other)
        self.matches.decided.connect(self.decide_same_person)
        self.vetting.edited.connect(self._edited)
        self.reports.accept_requested.connect(self.accept_report)
        self.vetting.sign_off.sign_requested.connect(self.sign_vetting)
        for tab in self.entry_tabs():
            tab.add_requested.connect(lambda tab=tab: self.add_entry(tab))
            tab.edited.connect(self._edited)
        self.attachments.added.connect(lambda _info: self.reload_lists())
        self.statements.translate_requested.connect(self.open_translation)

    # --- vetting sign-off and partners' reports -------------------------------------------

    def accept_report(self, peer_key: str) -> VaultTask[Any] | None:
        """Move the case to a partner's reported stage, through the local workflow rule."""
        if self.case_id is None:
            return None
        case_id = self.case_id

        def accept(vault: Any) -> dict[str, Any]:
            vault.store.accept_stage_report(case_id, peer_key)
            return vault.store.get_case(case_id)  # type: ignore[no-any-return]

        task: VaultTask[Any] = VaultTask(self._db, accept, parent=self)
        task.success(self._report_accepted).failure(self._show_problem)
        return task.run_in_background()

    def sign_vetting(self) -> VaultTask[Any] | None:
        """Sign the case's vetting as saved, as cleared (the store checks it may be)."""
        if self.case_id is None:
            return None
        case_id = self.case_id

        def sign(vault: Any) -> dict[str, Any]:
            vault.store.sign_vetting(case_id)
            return vault.store.get_case(case_id)  # type: ignore[no-any-return]

        task: VaultTask[Any] = VaultTask(self._db, sign, parent=self)
        task.success(self._signed).failure(self._show_problem)
        return task.run_in_background()

    def _signed(self, case: dict[str, Any]) -> None:
        if str(case["id"]) != self.case_id:
            return
        self.vetting.sign_off.show_sign_off(case.get("sign_off"))
        show_sentence(self.save_state, lambda: self.tr("Your signature is on the vetting."))

    def _report_accepted(self, case: dict[str, Any]) -> None:
        if str(case["id"]) != self.case_id:
            return
        self.show_case(case)
        show_sentence(self.save_state, lambda: self.tr("The reported stage was accepted."))
        self.saved.emit(str(case["id"]))

    # --- editing ------------------------------------------------------------------------------

    def _stage_picked(self) -> None:
        stage = str(self.stage.currentData())
        missing = workflow.blocking_checks(stage, self.vetting.results())
        if missing:
            self.stage.blockSignals(True)
            self.stage.setCurrentIndex(self.stage.findData(self._stage_before))
            self.stage.blockSignals(False)
            self._show_stage_refusal(stage, missing)
            return
        self._clear_message()
        self._stage_before = stage
        self._edited()

    def _stage_refusal(self, stage: str, missing: list[str]) -> str:
        """Why ``stage`` is refused, naming the checks on screen (which may be unsaved)."""
        return (
            self.tr("This case cannot move to “%1” until these required checks have passed: %2.")
            .replace("%1", stage_label(stage))
            .replace("%2", describe_checks(missing, self.vetting.results()))
        )

    def _show_stage_refusal(self, stage: str, missing: list[str]) -> None:
        sentence = self._stage_refusal(stage, missing)
        self._show_message(sentence, ("stage", stage))
        self.problem_shown.emit(sentence)

    def _edited(self) -> None:
        unsaved = self.has_unsaved_changes()
        self.save_button.setEnabled(unsaved)
        if unsaved:
            show_sentence(self.save_state, lambda: self.tr("Unsaved changes"))
        elif self.save_state.text() == self.tr("Unsaved changes"):
            self.save_state.clear()
        self._recheck_message()

    def _recheck_message(self) -> None:
        """A refusal or a list of things to fix goes away once its cause is fixed.

        A refused stage is refused while one of its required checks has not passed; the
        things to fix before saving are worked out again after every edit, so the message
        shrinks as the user fixes them and is gone when nothing is left.
        """
        cause = self._message_cause
        if cause is None:
            return
        kind, stage = cause
        if kind == "stage":
            missing = workflow.blocking_checks(stage, self.vetting.results())
            if missing:
                self._show_message(self._stage_refusal(stage, missing), cause)
            else:
                self._clear_message()
        elif kind == "save":
            problems = self.problems(self.current_edits())
            if problems:
                self._show_message(" ".join(problems), cause)
            else:
                self._clear_message()

    def problems(self, edits: CaseEdits) -> list[str]:
        """What the store would refuse, found before anything is sent, in the user's words."""
        found: list[str] = []
        bad = [name for form in self.forms.values() for name in form.bad_dates()]
        if bad:
            found.append(
                self.tr(
                    "These dates could not be read: %1. Type them like %2 or pick them from "
                    "the calendar."
                )
                .replace("%1", ", ".join(field_label(n) for n in bad))
                .replace("%2", date_example())
            )
        found.extend(self.vetting.problems())
        changed_to = edits.fields.get("stage")  # a case already at its stage is not re-judged
        reason = self.forms["case"].value("rejection_reason") if "case" in self.forms else ""
        stage = str(self.stage.currentData())
        for rule in workflow.problems(stage, self.vetting.results(), reason):
            if rule.code == workflow.CHECKS_MISSING and changed_to:
                found.append(self._stage_refusal(stage, list(rule.checks)))
            elif rule.code == workflow.REASON_MISSING:
                found.append(
                    self.tr("A rejected case needs a reason: fill in “%1” on the Case tab.")
                    .replace("%1", field_label("rejection_reason"))
                )  # fmt: skip
        for tab in self.entry_tabs():
            if tab.has_input() and (problem := tab.form_problem()):
                found.append(problem)
        return found

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> VaultTask[Any] | None:
        """Write every edit on screen in one transaction; None if there is nothing to write
        or something must be fixed first (the screen then says what)."""
        if self.case_id is None:
            return None
        edits, adds = self.current_edits(), self.pending_entries()
        problems = self.problems(edits)
        if problems:
            self._show_message(" ".join(problems), ("save", ""))
            self.problem_shown.emit(" ".join(problems))
            return None
        if edits.is_empty() and not adds:
            show_sentence(self.save_state, lambda: self.tr("Nothing to save."))
            return None

        def write(vault: Any) -> dict[str, Any]:
            store = vault.store
            with store.transaction():
                for add in adds:
                    add(store, edits.case_id)
                return save_edits(store, edits)

        self.save_button.setEnabled(False)
        task: VaultTask[Any] = VaultTask(self._db, write, parent=self)
        task.success(self._saved).failure(self._save_failed)
        return task.run_in_background()

    def _saved(self, case: dict[str, Any]) -> None:
        for tab in self.entry_tabs():
            tab.clear_form()
        self.show_case(case)
        show_sentence(self.save_state, lambda: self.tr("Saved."))
        self.saved.emit(str(case["id"]))
        self.look_for_matches()

    def _save_failed(self, error: BaseException) -> None:
        self._edited()
        missing = self.vetting.missing()
        if isinstance(error, WorkflowError) and missing:
            stage = str(self.stage.currentData())
            self._show_stage_refusal(stage, missing)
            return
        self._show_problem(error)

    def go_back(self) -> None:
        """Back to the case list, saving first; stays here if something must be fixed."""
        if not self.has_unsaved_changes():
            self.back.emit()
            return
        task = self.save()
        if task is not None:
            task.success(lambda _case: self.back.emit())

    # --- entries ------------------------------------------------------------------------------

    def add_entry(self, tab: EntryTab) -> VaultTask[Any] | None:
        work = tab.add_work()
        if work is None or self.case_id is None:
            return None
        case_id = self.case_id
        task: VaultTask[Any] = VaultTask(
            self._db, lambda vault: work(vault.store, case_id), parent=self
        )

        def done(_result: object) -> None:
            tab.clear_form()
            tab.problem.clear()
            self.reload_lists()
            self._edited()

        def failed(error: BaseException) -> None:
            missing = self.vetting.missing()
            if tab is self.referrals and isinstance(error, WorkflowError) and missing:
                show_sentence(
                    tab.problem,
                    lambda: self.tr(
                        "This case cannot be referred until these required checks have passed: %1."
                    ).replace("%1", describe_checks(missing, self.vetting.results())),
                )
            else:
                show_sentence(tab.problem, lambda: user_sentence(error))

        task.success(done).failure(failed)
        return task.run_in_background()

    def open_translation(self, statement: Mapping[str, Any]) -> TranslationDialog:
        """The translation of one statement, saved on the database thread when asked."""
        dialog = TranslationDialog(statement, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(
            lambda statement_id, text, language, by: self._save_translation(
                dialog, statement_id, text, language, by
            )
        )
        dialog.open()
        return dialog

    def _save_translation(
        self, dialog: TranslationDialog, statement_id: str, text: str, language: str, by: str
    ) -> VaultTask[bool]:
        task: VaultTask[bool] = VaultTask(
            self._db,
            lambda vault: vault.store.translate_statement(
                statement_id, text, language=language or None, translator=by or None
            ),
            parent=self,
        )

        def done(_changed: bool) -> None:
            dialog.accept()
            self.reload_lists()
            self._edited()

        task.success(done).failure(
            lambda error: show_sentence(dialog.problem, lambda: user_sentence(error))
        )
        return task.run_in_background()

    # --- language -----------------------------------------------------------------------------

    def _show_tab_titles(self) -> None:
        counts = {
            "statements": len(self.statements.records),
            "timeline": len(self.timeline.records),
            "notes": len(self.notes.records),
            "attachments": len(self.attachments.records),
            "referrals": len(self.referrals.records),
        }
        names = {
            "case": self.tr("Case"),
            "person": self.tr("Person"),
            "service": self.tr("Military service"),
            "risk": self.tr("Risk"),
            "vetting": self.tr("Vetting"),
            "statements": self.tr("Statements"),
            "timeline": self.tr("Timeline"),
            "notes": self.tr("Notes"),
            "attachments": self.tr("Attachments"),
            "referrals": self.tr("Referrals"),
        }
        for index, tab in enumerate(TABS[: self.tabs.count()]):
            count = counts.get(tab)
            title = names[tab] if not count else f"{names[tab]} ({count})"
            self.tabs.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All cases"))
        self.dossier_button.setText(self.tr("Dossier PDF…"))
        self.dossier_button.setToolTip(
            self.tr("This case as a PDF for the authorities, in French, German or English")
        )
        self.stage_caption.setText(self.tr("Stage:"))
        for i, stage in enumerate(STAGES):
            self.stage.setItemText(i, stage_label(stage))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save every change on this case (Ctrl+S)"))
        states = (self.tr("Unsaved changes"), self.tr("Saved."), self.tr("Nothing to save."))
        widest = max(self.save_state.fontMetrics().horizontalAdvance(t) for t in states)
        self.save_state.setMinimumWidth(widest + 8)  # the header never shifts between them
        if self.has_unsaved_changes():
            self.save_state.setText(states[0])
        self._recheck_message()  # a refusal or the things to fix, in the new language
        self._show_tab_titles()
        self._show_title()
