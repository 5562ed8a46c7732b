"""Seal cases for contacts: a wizard (cases, recipients, profile and file, then sealing).

The pages are in :mod:`ui.export_cases` and :mod:`ui.export_pages`. "Seal the bundle"
commits: the last page runs :func:`app.exchange.bundle.export_bundle` on the database thread
with a progress bar (the core writes ``NAME.partial-PID-RANDOM`` and renames it once
complete, so a cancelled or failed export never leaves a file under the chosen name, and
the next start removes what a killed one left) and then says what was sealed for whom.
The wizard opens with ``open()``; tests tick boxes on the pages and call ``next()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget, QWizard, QWizardPage

from app.exchange.bundle import ExportSummary, SentBundle, export_bundle, previous_bundle
from app.exchange.bundle.profiles import DEFAULT_PROFILE
from app.store.origins import case_senders
from ui.exchange_messages import exchange_sentence
from ui.export_cases import CasesPage
from ui.export_pages import ProfilePage, RecipientsPage
from ui.formats import size_text
from ui.i18n import is_language_change
from ui.labels import profile_label
from ui.tasks import DatabaseThread, VaultTask
from ui.widgets import PROBLEM_TEXT, resize_within_screen


class SealingPage(QWizardPage):
    """Runs the export when shown; complete once the bundle is written."""

    finished = Signal(object)  # ExportSummary or the error

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.summary: ExportSummary | None = None
        self.error: BaseException | None = None
        self.bar = QProgressBar(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.retranslate()

    def seal(
        self,
        output: Path,
        to: list[str],
        cases: list[str] | None,
        profile: str,
        *,
        changed: bool = False,
    ) -> VaultTask[ExportSummary]:
        self.summary, self.error = None, None
        self.bar.setRange(0, 0)
        self.result.clear()
        task: VaultTask[ExportSummary] = VaultTask.with_progress(
            self._db,
            lambda vault, progress: export_bundle(
                vault.store,
                output,
                to=to,
                cases=cases,
                profile=profile,
                progress=progress,
                accept_unverified=True,  # the recipients page requires the risk accepted
                changed=changed,
                record_in=vault.folder,  # a killed export is removed at the next start
            ),
            parent=self,
        )
        task.on_progress(self._progressed).success(self._sealed).failure(self._failed)
        return task.run_in_background()

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _sealed(self, summary: ExportSummary) -> None:
        self.summary = summary
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self._show_result()
        self.completeChanged.emit()
        self.finished.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self._show_result()
        self.finished.emit(error)

    def _show_result(self) -> None:
        summary = self.summary
        if self.error is not None:
            self.result.setStyleSheet(f"color: {PROBLEM_TEXT}; font-weight: bold;")
            self.result.setText(exchange_sentence(self.error))
        elif summary is not None:
            self.result.setStyleSheet("")
            sealed = self.tr("%Ln case(s) sealed for %1 with the profile “%2”.", "", summary.cases)
            where = self.tr("Saved as %1 (%2). Only they can open it; send it any way you like.")
            self.result.setText(
                sealed.replace("%1", ", ".join(summary.recipients)).replace(
                    "%2", profile_label(summary.profile)
                )
                + self._changes_text(summary)
                + "\n\n"
                + where.replace("%1", str(summary.path)).replace("%2", size_text(summary.size))
            )

    def _changes_text(self, summary: ExportSummary) -> str:
        if not summary.changes_only:
            return ""
        if summary.follows is None:
            text = "\n" + self.tr("No bundle was sealed for them before: everything went.")
        else:
            text = "\n" + self.tr("Only what changed since bundle no. %1.").replace(
                "%1", str(summary.follows)
            )
        if summary.remaining:
            text += "\n" + self.tr(
                "%Ln more changed case(s) did not fit in this bundle: seal again for the next "
                "bundle.",
                "",
                summary.remaining,
            )
        return text

    def isComplete(self) -> bool:
        return self.summary is not None

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sealing"))
        self.setSubTitle(self.tr("The cases are signed and encrypted for the chosen contacts."))
        self._show_result()


class ExportWizard(QWizard):
    """Emits ``exported(summary)`` once the bundle is written."""

    exported = Signal(object)

    def __init__(self, db: DatabaseThread, chosen_cases: list[str], *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.cases_page = CasesPage(db, chosen_cases, parent=self)
        self.recipients_page = RecipientsPage(db, parent=self)
        self.profile_page = ProfilePage(parent=self)
        self.sealing_page = SealingPage(db, parent=self)
        for page in (self.cases_page, self.recipients_page, self.profile_page, self.sealing_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_shown)
        self.sealing_page.finished.connect(self._finished)
        resize_within_screen(self, 760, 560)
        self.retranslate()

    def load(self) -> None:
        """Read the cases and contacts to offer (on the database thread)."""
        self.cases_page.load()
        self.recipients_page.load()

    def _page_shown(self, page_id: int) -> None:
        changes_only = self.cases_page.changes_only()
        if self.page(page_id) is self.recipients_page:
            self.recipients_page.set_one_only(changes_only)
        if self.page(page_id) is self.profile_page:
            self.profile_page.keep_profile(None, "")
            if changes_only:
                self._keep_previous_profile()
            else:
                self._suggest_profile()
        if self.page(page_id) is self.sealing_page:
            path = self.profile_page.path()
            if path is not None:
                self.sealing_page.seal(
                    path,
                    self.recipients_page.names(),
                    self.cases_page.case_ids(),
                    self.profile_page.profile(),
                    changed=changes_only,
                )

    def _keep_previous_profile(self) -> VaultTask[SentBundle | None]:
        """Only what changed: the same profile as the last bundle for the one contact."""
        (name,) = self.recipients_page.names()
        task: VaultTask[SentBundle | None] = VaultTask(
            self._db, lambda vault: previous_bundle(vault.store, name), parent=self
        )
        task.success(lambda previous: self.profile_page.keep_profile(previous, name))
        return task.run_in_background()

    def _suggest_profile(self) -> VaultTask[dict[str, set[str]]] | None:
        """A reply to the partner the cases came from starts with the status profile.

        Only when every chosen case came from one of the chosen recipients; anything else
        (cases of our own, "all cases", a new partner) starts with the referral profile.
        """
        cases = self.cases_page.case_ids()
        chosen = set(self.recipients_page.names())
        keys = {
            c.card.signing_key: c.name
            for c in self.recipients_page.contacts
            if c.name in chosen and c.card.signing_key
        }
        if not cases or not keys:
            self.profile_page.suggest(DEFAULT_PROFILE)
            return None

        def decide(senders: dict[str, set[str]]) -> None:
            came_from = [senders.get(case_id, set()) & set(keys) for case_id in cases]
            if all(came_from):
                partners = sorted({keys[key] for found in came_from for key in found})
                self.profile_page.suggest("status", ", ".join(partners))
            else:
                self.profile_page.suggest(DEFAULT_PROFILE)

        task: VaultTask[dict[str, set[str]]] = VaultTask(
            self._db, lambda vault: case_senders(vault.store, cases), parent=self
        )
        task.success(decide).failure(lambda _error: self.profile_page.suggest(DEFAULT_PROFILE))
        return task.run_in_background()

    def _finished(self, outcome: object) -> None:
        if isinstance(outcome, ExportSummary):
            self.exported.emit(outcome)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Seal cases for a contact"))
