"""What a received bundle would change, shown before anything is written.

Who signed it (a green "verified" or a loud red warning), the counts of new, changed,
unchanged and conflicting records, one line per case, and one line per conflict with its
own choice: keep mine, take theirs, or keep both. A new conflict starts on "keep mine":
nothing of ours is overwritten unless the user says so.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.bundle import RESOLUTIONS, BundlePreview, Conflict
from app.exchange.bundle.preview import FieldChange, VettingSeen
from app.store.fields import FIELDS
from ui.formats import date_text, number_text
from ui.i18n import is_language_change
from ui.labels import (
    choice_label,
    event_label,
    preview_label,
    profile_label,
    record_field_label,
    record_label,
    referral_label,
    result_label,
    stage_label,
)
from ui.names import with_transliteration
from ui.theme import good_style
from ui.widgets import LOUD_WARNING_STYLE, record_tree

CHOICE_FIELDS = frozenset(s.name for s in FIELDS if s.kind in ("choice", "bool"))
_WORDED = {"status": referral_label, "result": result_label, "kind": event_label}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def value_text(field: str, value: str | None) -> str:
    """A changed value in the user's words: stages, risks and choices named, dates local."""
    if value is None or value == "":
        return QCoreApplication.translate("PreviewPanel", "(empty)")
    if field in _WORDED:
        return _WORDED[field](value)
    if _DATE.match(value):
        return date_text(value)
    worded = choice_label(value)
    return worded if field in CHOICE_FIELDS else value


def change_text(change: FieldChange) -> str:
    """The change in one line: "Stage: Cleared → Documents requested"."""
    return (
        QCoreApplication.translate("PreviewPanel", "%1: %2 → %3")
        .replace("%1", record_field_label(change.field))
        .replace("%2", value_text(change.field, change.before))
        .replace("%3", value_text(change.field, change.after))
    )


SHOWN_COUNTS = ("new", "changed", "unchanged", "stale", "conflict")


class PreviewPanel(QWidget):
    """The preview of one bundle; :meth:`choices` is what the user chose per conflict."""

    def __init__(self, *, parent: QWidget) -> None:
        super().__init__(parent)
        self.preview: BundlePreview | None = None
        self.combos: dict[str, QComboBox] = {}
        self.signer = QLabel(self)
        self.signer.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.reports = QLabel(self)
        self.reports.setWordWrap(True)
        self.cases = record_tree(self, 6)
        self.cases.setRootIsDecorated(True)  # field changes sit under their case
        self.conflicts_title = QLabel(self)
        self.conflicts_title.setWordWrap(True)
        self.conflicts = record_tree(self, 4)
        self.all_label = QLabel(self)
        self.all_choice = QComboBox(self)
        self.all_button = QPushButton(self)
        self.all_button.clicked.connect(lambda: self.set_all(self.all_choice.currentData()))
        all_row = QHBoxLayout()
        all_row.addWidget(self.all_label)
        all_row.addWidget(self.all_choice)
        all_row.addWidget(self.all_button)
        all_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.signer)
        layout.addWidget(self.counts)
        layout.addWidget(self.reports)
        layout.addWidget(self.cases, 1)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts, 1)
        layout.addLayout(all_row)
        self._fill_choices(self.all_choice)
        self.retranslate()

    def _fill_choices(self, combo: QComboBox) -> None:
        current = combo.currentData()
        combo.clear()
        for choice in RESOLUTIONS:
            combo.addItem(self._choice_words(choice), choice)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _choice_words(self, choice: str) -> str:
        words = {
            "mine": self.tr("Keep mine"),
            "theirs": self.tr("Take theirs"),
            "both": self.tr("Keep both (theirs as a note)"),
        }
        return words[choice]

    # --- showing --------------------------------------------------------------------------------

    def show_preview(self, preview: BundlePreview) -> None:
        self.preview = preview
        self.combos = {}
        self.conflicts.clear()
        for conflict in preview.conflicts:
            self._add_conflict(conflict)
        self._show_words()

    def _add_conflict(self, conflict: Conflict) -> None:
        item = QTreeWidgetItem(self.conflicts)
        item.setData(0, Qt.ItemDataRole.UserRole, conflict.record_id)
        combo = QComboBox(self.conflicts)
        self._fill_choices(combo)
        self.conflicts.setItemWidget(item, 3, combo)
        self.combos[conflict.record_id] = combo

    def choices(self) -> dict[str, str]:
        return {record_id: str(combo.currentData()) for record_id, combo in self.combos.items()}

    def set_all(self, choice: str) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(combo.findData(choice))

    def _show_words(self) -> None:
        preview = self.preview
        if preview is None:
            return
        self._show_sender(preview)
        parts = [
            self.tr("%1: %2")
            .replace("%1", preview_label(k))
            .replace("%2", number_text(preview.counts[k]))
            for k in SHOWN_COUNTS
        ]
        self.counts.setText(self.tr("Records in this bundle — %1").replace("%1", ", ".join(parts)))
        if preview.already_imported:
            self.counts.setText(self.tr("This bundle was already imported; nothing would change."))
        self._fill_cases(preview)
        self._word_conflicts(preview)
        self._show_reports(preview)

    def _show_reports(self, preview: BundlePreview) -> None:
        """The origin's vetting records and the stages reported: weighed, never applied."""
        lines = []
        for vetting in preview.vetting:
            counts = (
                self.tr("%1 of %2 required checks passed")
                .replace("%1", str(vetting.passed))
                .replace("%2", str(vetting.required))
            )
            if vetting.sound:
                text = self.tr("Vetted by %1: %2, signature valid, key verified in person.")
            else:
                text = self.tr("WARNING: vetting record from %1: %2, so it cannot clear this case.")
                counts = "; ".join(self._vetting_problems(vetting, counts))
            lines.append(text.replace("%1", vetting.signer).replace("%2", counts))
        for report in preview.stage_reports:
            lines.append(
                self.tr("%1 reports the stage “%2” (not applied until you accept it).")
                .replace("%1", report.peer)
                .replace("%2", stage_label(report.stage))
            )
        if preview.withheld:
            lines.append(
                self.tr(
                    "%Ln change(s) to details you did not share with %1 (such as the address "
                    "in Kazakhstan, contact handles or the lawyer's planning) will not be "
                    "taken: they stay as you have them.",
                    "",
                    preview.withheld,
                ).replace("%1", preview.sender)
            )
        if preview.kept_rejected:
            lines.append(
                self.tr(
                    "%Ln change(s) to who a person rejected here is (name, birth date, "
                    "passport, unit) will not be taken: he stays findable if he comes back.",
                    "",
                    preview.kept_rejected,
                )
            )
        self.reports.setText("\n".join(lines))
        self.reports.setVisible(bool(lines))
        sound = all(v.sound for v in preview.vetting) and not (
            preview.withheld or preview.kept_rejected
        )
        self.reports.setStyleSheet(good_style() if sound else LOUD_WARNING_STYLE)

    def _vetting_problems(self, vetting: VettingSeen, counts: str) -> list[str]:
        """What keeps a vetting record from clearing the case, each said plainly."""
        problems = [counts]
        if not vetting.key_verified:
            problems.append(self.tr("the key is NOT verified in person"))
        if not vetting.identity_matches:
            problems.append(
                self.tr("it is about another person than the one this bundle describes")
            )
        return problems

    def _show_sender(self, preview: BundlePreview) -> None:
        profile = profile_label(preview.profile)
        if preview.sender_verified:
            self.signer.setStyleSheet(good_style())
            text = self.tr("Signed by “%1” (key verified in person). Profile: %2.")
        else:
            self.signer.setStyleSheet(LOUD_WARNING_STYLE)
            text = self.tr(
                "Signed by “%1”, whose key is NOT verified: anyone who swapped their key could "
                "have made this bundle. Compare safety numbers on the Contacts page before "
                "trusting it. Profile: %2."
            )
        self.signer.setText(
            text.replace("%1", preview.sender).replace("%2", profile) + self._changes(preview)
        )

    def _changes(self, preview: BundlePreview) -> str:
        if not preview.changes_only:
            return ""
        if preview.follows is None:
            return " " + self.tr("Only what changed: their first bundle for you, so all of it.")
        return " " + self.tr("Only what changed since their bundle no. %1.").replace(
            "%1", str(preview.follows)
        )

    def _fill_cases(self, preview: BundlePreview) -> None:
        """One line per case, and under it one line per field it would change."""
        self.cases.clear()
        for case in preview.cases:
            counts = case.counts
            item = QTreeWidgetItem(
                self.cases,
                [with_transliteration(case.person) if case.person else self.tr("(name not sent)"),
                 preview_label(case.status),
                 number_text(counts.get("new", 0)), number_text(counts.get("changed", 0)),
                 number_text(counts.get("unchanged", 0)), number_text(counts.get("conflict", 0))],
            )  # fmt: skip
            for change in case.changes:
                line = QTreeWidgetItem(item, [change_text(change)])
                line.setFirstColumnSpanned(True)
            item.setExpanded(True)

    def _word_conflicts(self, preview: BundlePreview) -> None:
        self.conflicts_title.setText(
            self.tr(
                "%Ln record(s) changed on both sides since the last exchange. Choose for each "
                "what stays:",
                "",
                len(preview.conflicts),
            )
        )
        has_conflicts = bool(preview.conflicts)
        for widget in (
            self.conflicts_title,
            self.conflicts,
            self.all_label,
            self.all_choice,
            self.all_button,
        ):
            widget.setVisible(has_conflicts)  # fmt: skip
        for row, conflict in enumerate(preview.conflicts):
            item = self.conflicts.topLevelItem(row)
            if item is None:
                continue
            item.setText(0, with_transliteration(conflict.person) if conflict.person else "")
            item.setText(1, record_label(conflict.table))
            item.setText(2, ", ".join(record_field_label(f) for f in conflict.fields))
            combo = self.combos.get(conflict.record_id)
            if combo is not None:
                self._fill_choices(combo)

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.cases.setHeaderLabels(
            [self.tr("Person"), self.tr("Status"), preview_label("new"), preview_label("changed"),
             preview_label("unchanged"), preview_label("conflict")]
        )  # fmt: skip
        self.conflicts.setHeaderLabels(
            [self.tr("Person"), self.tr("Record"), self.tr("Changed fields"), self.tr("Keep")]
        )
        self.all_label.setText(self.tr("For every conflict:"))
        self.all_button.setText(self.tr("Apply to all"))
        self._fill_choices(self.all_choice)
        self._show_words()
