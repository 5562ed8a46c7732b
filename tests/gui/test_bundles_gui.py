"""Export wizard, import preview with conflicts, and the Bundles page, between two real vaults.

Astana runs the whole main window; Paris is a second vault on its own database thread with
its Contacts and Bundles pages. Cards are exchanged and verified through the Contacts pages,
cases are sealed through the wizard and opened through the import dialog, as a user would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject

from app.exchange.bundle import ExportSummary, export_bundle, import_bundle
from app.store.workflow import REQUIRED_CHECKS
from tests.gui.test_contacts_gui import (
    Office,
    add_card,
    ask,
    open_second_vault,
    own_card,
    rename,
)
from ui.bundles_page import BundlesPage
from ui.contacts_page import ContactsPage
from ui.export_wizard import ExportWizard
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.settings import GuiSettings


@dataclass
class Partner:
    office: Office
    bundles: BundlesPage


@pytest.fixture
def window(qtbot, db_thread, open_vault, owner) -> MainWindow:
    rename(qtbot, db_thread, owner, "Astana office")
    window = MainWindow(db_thread, open_vault, GuiSettings())
    qtbot.addWidget(window)
    return window


@pytest.fixture
def paris(qtbot, owner, tmp_path, keystore, test_kdf) -> Iterator[Partner]:
    db = open_second_vault(qtbot, owner, tmp_path / "paris", keystore, test_kdf)
    rename(qtbot, db, owner, "Association Paris")
    page = ContactsPage(db, parent=None)  # type: ignore[arg-type]
    bundles = BundlesPage(db, parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    qtbot.addWidget(bundles)
    yield Partner(Office(db, page, owner), bundles)
    db.stop()


def astana_office(window: MainWindow, owner: QObject) -> Office:
    return Office(window._db, window.contacts, owner)


def refreshed(qtbot: Any, office: Office) -> Office:
    office.refresh(qtbot)
    return office


def verify(qtbot: Any, office: Office, name: str) -> None:
    assert office.page.select(name)
    assert office.page.verify_selected() is not None
    qtbot.waitUntil(
        lambda: office.page.select(name) and office.page.list.currentItem().text(2) == "Verified",
        timeout=20_000,
    )


def befriend(qtbot: Any, window: MainWindow, paris: Partner, owner: QObject, *, verified: bool
             ) -> Office:  # fmt: skip
    """Exchange cards through both Contacts pages; compare numbers and verify if asked."""
    astana = refreshed(qtbot, astana_office(window, owner))
    refreshed(qtbot, paris.office)
    assert add_card(qtbot, astana, paris.office.card(), "Paris") == ""
    assert add_card(qtbot, paris.office, astana.card(), "Astana") == ""
    refreshed(qtbot, astana)
    refreshed(qtbot, paris.office)
    if verified:
        assert astana.page.number_for("Paris") == paris.office.page.number_for("Astana")
        verify(qtbot, astana, "Paris")
        verify(qtbot, paris.office, "Astana")
    return astana


def add_case(qtbot: Any, window: MainWindow, owner: QObject, name: str) -> str:
    fields = {"city": "Astana", "kz_address": "ул. Абая 1", "unit": "в/ч 12345"}
    return str(ask(qtbot, window._db, owner, lambda vault: vault.store.add_case(name, fields)))


def open_wizard(qtbot: Any, window: MainWindow, *, all_cases: bool = False) -> ExportWizard:
    """Export, as the toolbar action does; waits until cases and contacts are listed.

    ``all_cases``: the user chooses "All cases in the vault" (never the default)."""
    wizard = window.export_cases()
    pages = wizard.cases_page, wizard.recipients_page
    with qtbot.waitSignals([page.loaded for page in pages], timeout=20_000):
        wizard.load()
    if all_cases:
        wizard.cases_page.all_cases.setChecked(True)
    return wizard


def seal(qtbot: Any, wizard: ExportWizard, to: str, output: Path, profile: str = "referral"
         ) -> ExportSummary:  # fmt: skip
    assert wizard.cases_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.recipients_page
    assert not wizard.recipients_page.isComplete()  # nobody ticked yet
    assert wizard.recipients_page.tick(to)
    assert wizard.recipients_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.profile_page
    wizard.profile_page.choose_profile(profile)
    assert not wizard.profile_page.isComplete()  # no file yet
    wizard.profile_page.output.setText(str(output))
    assert wizard.profile_page.isComplete()
    with qtbot.waitSignal(wizard.exported, timeout=60_000) as blocker:
        wizard.next()  # "Seal the bundle"
    summary = blocker.args[0]
    assert wizard.sealing_page.isComplete()
    assert str(output) in wizard.sealing_page.result.text()
    return summary  # type: ignore[no-any-return]


def check(qtbot: Any, dialog: ImportDialog, path: Path) -> Any:
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.previewed, timeout=60_000) as blocker:
        assert dialog.check() is not None
    return blocker.args[0]


def refused(qtbot: Any, dialog: ImportDialog, path: Path) -> str:
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.failed, timeout=60_000) as blocker:
        assert dialog.check() is not None
    assert not dialog.import_button.isEnabled()
    return str(blocker.args[0])


def apply(qtbot: Any, dialog: ImportDialog) -> Any:
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as blocker:
        assert dialog.apply() is not None
    return blocker.args[0]


def city(qtbot: Any, office: Office, case_id: str) -> str:
    case = ask(qtbot, office.db, office.owner, lambda vault: vault.store.get_case(case_id))
    return str(case["person"]["city"])


def set_fields(qtbot: Any, office: Office, case_id: str, fields: dict[str, str]) -> None:
    ask(qtbot, office.db, office.owner, lambda v: v.store.set_case_fields(case_id, fields))


# ---------------------------------------------------------------------- the whole exchange


def test_export_to_a_contact_import_then_resolve_a_conflict(qtbot, window, paris, owner, tmp_path):
    astana = befriend(qtbot, window, paris, owner, verified=True)
    case_id = add_case(qtbot, window, owner, "Канарейкин Юрий Петрович")
    add_case(qtbot, window, owner, "Другой Человек")

    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_detail.case_id == case_id, timeout=20_000)
    wizard = open_wizard(qtbot, window)
    assert wizard.cases_page.case_ids() == [case_id]  # the open case is ticked already
    first = tmp_path / "first.age"
    summary = seal(qtbot, wizard, "Paris", first)
    assert (summary.cases, summary.recipients, summary.profile) == (1, ["Paris"], "referral")
    assert first.is_file() and not list(tmp_path.glob("first.age.partial*"))

    dialog = paris.bundles.import_bundle()
    preview = check(qtbot, dialog, first)
    panel = dialog.panel
    assert preview.sender == "Astana" and preview.sender_verified
    assert "verified in person" in panel.signer.text() and dialog.trust.isHidden()
    assert panel.cases.topLevelItemCount() == 1
    assert panel.cases.topLevelItem(0).text(0) == (
        "Канарейкин Юрий Петрович (Kanareikin Iurii Petrovich)"
    )  # both scripts, for a partner who reads only one of them
    assert panel.cases.topLevelItem(0).text(1) == "New"
    assert panel.conflicts.isHidden() and dialog.import_button.isEnabled()
    result = apply(qtbot, dialog)
    assert result.applied and "Imported from Astana" in dialog.message.text()
    assert city(qtbot, paris.office, case_id) == "Astana"
    assert not dialog.import_button.isEnabled()  # once is enough

    # Both sides edit the same person, then Astana sends again.
    set_fields(qtbot, astana, case_id, {"city": "Almaty"})
    set_fields(qtbot, paris.office, case_id, {"city": "Paris"})
    second = tmp_path / "second.age"
    seal(qtbot, open_wizard(qtbot, window), "Paris", second)

    dialog = paris.bundles.import_bundle()
    preview = check(qtbot, dialog, second)
    (conflict,) = preview.conflicts
    assert conflict.table == "persons" and "city" in conflict.fields
    case_row = dialog.panel.cases.topLevelItem(0)
    shown = [case_row.child(i).text(0) for i in range(case_row.childCount())]
    assert "Current city: Paris → Almaty" in shown  # ours, then what the bundle brings
    assert not dialog.panel.conflicts.isHidden()
    row = dialog.panel.conflicts.topLevelItem(0)
    assert row.text(1) == "Person" and "Current city" in row.text(2)
    assert dialog.choices() == {conflict.record_id: "mine"}  # nothing overwritten by default
    combo = dialog.panel.combos[conflict.record_id]
    combo.setCurrentIndex(combo.findData("theirs"))
    assert dialog.choices() == {conflict.record_id: "theirs"}
    result = apply(qtbot, dialog)
    assert result.resolved == {"theirs": 1}
    assert city(qtbot, paris.office, case_id) == "Almaty"

    with qtbot.waitSignal(paris.bundles.loaded, timeout=20_000):
        paris.bundles.refresh()
    rows = [paris.bundles.tree.topLevelItem(i) for i in range(2)]
    assert [(r.text(1), r.text(2), r.text(4)) for r in rows] == [("Received", "Astana", "1")] * 2
    with qtbot.waitSignal(window.bundles.loaded, timeout=20_000):
        window.show_page("bundles")
    assert window.bundles.tree.topLevelItemCount() == 2
    assert window.bundles.tree.topLevelItem(0).text(1) == "Sent"
    assert window.bundles.tree.topLevelItem(0).text(2) == "Paris"


def test_keep_both_and_apply_to_all(qtbot, window, paris, owner, tmp_path):
    astana = befriend(qtbot, window, paris, owner, verified=True)
    case_id = add_case(qtbot, window, owner, "Иванов Иван")
    wizard = open_wizard(qtbot, window)
    # Nothing open or selected: nothing is ticked, and "all" is never chosen by itself.
    assert wizard.cases_page.some_cases.isChecked() and not wizard.cases_page.all_cases.isChecked()
    assert not wizard.cases_page.isComplete()
    wizard.cases_page.all_cases.setChecked(True)
    seal(qtbot, wizard, "Paris", tmp_path / "a.age")
    dialog = paris.bundles.import_bundle()
    check(qtbot, dialog, tmp_path / "a.age")
    apply(qtbot, dialog)
    set_fields(qtbot, astana, case_id, {"city": "Almaty", "unit": "в/ч 1"})
    set_fields(qtbot, paris.office, case_id, {"city": "Lyon", "unit": "в/ч 2"})
    seal(qtbot, open_wizard(qtbot, window, all_cases=True), "Paris", tmp_path / "b.age")
    dialog = paris.bundles.import_bundle()
    preview = check(qtbot, dialog, tmp_path / "b.age")
    assert len(preview.conflicts) == 2  # the person and the military service
    panel = dialog.panel
    panel.all_choice.setCurrentIndex(panel.all_choice.findData("both"))
    panel.all_button.click()
    assert set(dialog.choices().values()) == {"both"}
    assert apply(qtbot, dialog).resolved == {"both": 2}
    case = ask(qtbot, paris.office.db, owner, lambda v: v.store.get_case(case_id))
    assert case["person"]["city"] == "Lyon"  # mine stays
    assert any("Almaty" in note["text"] for note in case["notes"])  # theirs kept as a note


def test_the_import_says_loudly_when_a_rejected_person_comes_back(
    qtbot, window, paris, owner, tmp_path
):
    befriend(qtbot, window, paris, owner, verified=True)
    fields = {"unit": "в/ч 12345", "stage": "rejected", "rejection_reason": "suspected plant"}
    ask(qtbot, paris.office.db, owner,
        lambda v: v.store.add_case("Kanareikin Iurii Petrovich", fields))  # fmt: skip
    add_case(qtbot, window, owner, "Канарейкин Юрий Петрович")
    seal(qtbot, open_wizard(qtbot, window, all_cases=True), "Paris", tmp_path / "a.age")
    dialog = paris.bundles.import_bundle()
    check(qtbot, dialog, tmp_path / "a.age")
    assert dialog.returning_label.isHidden()
    apply(qtbot, dialog)
    assert not dialog.returning_label.isHidden()
    assert "1 imported case" in dialog.returning_label.text()
    assert "a person already in the vault" in dialog.returning_label.text()
    (matches,) = dialog.returning.values()
    assert [m.stage for m in matches] == ["rejected"]


def test_the_import_says_loudly_when_a_cleared_case_goes_back_to_vetting(
    qtbot, window, paris, owner, tmp_path
):
    """Paris puts another passport number on a case Astana cleared: the vetting was of
    someone else, so the case goes back to vetting, and the dialog says so."""
    befriend(qtbot, window, paris, owner, verified=True)
    case_id = add_case(qtbot, window, owner, "Канарейкин Юрий Петрович")

    def clear(vault: Any) -> None:
        for name in REQUIRED_CHECKS:
            vault.store.set_check(case_id, name, "pass", evidence="seen", reviewer="Aigerim")
        vault.store.set_case_fields(case_id, {"stage": "cleared"})

    ask(qtbot, window._db, owner, clear)
    seal(qtbot, open_wizard(qtbot, window, all_cases=True), "Paris", tmp_path / "a.age")
    back = tmp_path / "back.age"

    def swap(vault: Any) -> None:
        import_bundle(vault.store, tmp_path / "a.age")
        vault.store.set_case_fields(case_id, {"internal_passport": "4510 999888"})
        export_bundle(vault.store, back, to=["Astana"], cases=[case_id])

    ask(qtbot, paris.office.db, owner, swap)
    dialog = window.bundles.import_bundle()
    check(qtbot, dialog, back)
    assert dialog.stopped_label.isHidden()
    result = apply(qtbot, dialog)
    assert result.stopped == [case_id]
    assert not dialog.stopped_label.isHidden()
    assert dialog.stopped_label.text().startswith("1 case")
    assert "went back to vetting" in dialog.stopped_label.text()
    case = ask(qtbot, window._db, owner, lambda vault: vault.store.get_case(case_id))
    assert case["stage"] == "vetting"


# ---------------------------------------------------------------------- trust and refusals


def test_unverified_contacts_need_the_risk_accepted_on_both_sides(
    qtbot, window, paris, owner, tmp_path
):
    befriend(qtbot, window, paris, owner, verified=False)
    add_case(qtbot, window, owner, "Петров Пётр")
    wizard = open_wizard(qtbot, window, all_cases=True)
    wizard.next()
    page = wizard.recipients_page
    assert "NOT verified" in page.list.item(0).text()
    assert page.tick("Paris") and not page.isComplete()
    assert not page.risk.isHidden() and "Paris" in page.risk.text()
    page.accept_risk.setChecked(True)
    assert page.isComplete()
    wizard.next()
    wizard.profile_page.output.setText(str(tmp_path / "risky.age"))
    with qtbot.waitSignal(wizard.exported, timeout=60_000):
        wizard.next()

    dialog = paris.bundles.import_bundle()
    preview = check(qtbot, dialog, tmp_path / "risky.age")
    assert not preview.sender_verified and "NOT verified" in dialog.panel.signer.text()
    assert not dialog.trust.isHidden() and not dialog.import_button.isEnabled()
    assert dialog.apply() is None
    dialog.trust.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert apply(qtbot, dialog).applied


def test_damaged_foreign_and_repeated_bundles_are_refused_and_change_nothing(
    qtbot, window, paris, owner, tmp_path
):
    befriend(qtbot, window, paris, owner, verified=True)
    add_case(qtbot, window, owner, "Сидоров Сидор")
    good = tmp_path / "good.age"
    seal(qtbot, open_wizard(qtbot, window, all_cases=True), "Paris", good)
    dialog = paris.bundles.import_bundle()

    not_age = tmp_path / "notes.txt"
    not_age.write_text("hello", encoding="utf-8")
    assert "damaged or is not a Satchel bundle" in refused(qtbot, dialog, not_age)
    data = good.read_bytes()
    damaged = tmp_path / "damaged.age"
    damaged.write_bytes(data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 1])
                        + data[len(data) // 2 + 1 :])  # fmt: skip
    assert "changed after it was sealed" in refused(qtbot, dialog, damaged)
    cut = tmp_path / "cut.age"
    cut.write_bytes(data[:-100])
    assert "changed after it was sealed" in refused(qtbot, dialog, cut)
    assert ask(qtbot, paris.office.db, owner, lambda v: v.store.count_cases()) == 0

    check(qtbot, dialog, good)
    apply(qtbot, dialog)
    dialog = paris.bundles.import_bundle()
    preview = check(qtbot, dialog, good)
    assert preview.already_imported and not dialog.import_button.isEnabled()
    assert "already imported" in dialog.panel.counts.text()
    assert ask(qtbot, paris.office.db, owner, lambda v: v.store.count_cases()) == 1


def test_a_bundle_for_someone_else_is_refused(
    qtbot, window, paris, owner, tmp_path, keystore, test_kdf
):
    astana = befriend(qtbot, window, paris, owner, verified=True)
    lyon_db = open_second_vault(qtbot, owner, tmp_path / "lyon", keystore, test_kdf)
    try:
        lyon_card = ask(qtbot, lyon_db, owner, own_card)
    finally:
        lyon_db.stop()
    assert add_card(qtbot, astana, lyon_card, "Lyon") == ""
    add_case(qtbot, window, owner, "Орлов Олег")
    wizard = open_wizard(qtbot, window, all_cases=True)
    wizard.next()
    assert wizard.recipients_page.tick("Lyon")
    wizard.recipients_page.accept_risk.setChecked(True)
    wizard.next()
    wizard.profile_page.output.setText(str(tmp_path / "lyon.age"))
    with qtbot.waitSignal(wizard.exported, timeout=60_000):
        wizard.next()
    dialog = paris.bundles.import_bundle()
    assert "not addressed to this vault" in refused(qtbot, dialog, tmp_path / "lyon.age")


def test_a_taken_file_name_and_an_empty_choice_keep_next_disabled(
    qtbot, window, paris, owner, tmp_path
):
    befriend(qtbot, window, paris, owner, verified=True)
    case_id = add_case(qtbot, window, owner, "Козлов Кирилл")
    wizard = open_wizard(qtbot, window)
    cases = wizard.cases_page
    cases.some_cases.setChecked(True)
    assert not cases.isComplete()  # "only the ticked ones", none ticked
    assert cases.tick(case_id) and cases.case_ids() == [case_id]
    wizard.next()
    wizard.recipients_page.tick("Paris")
    wizard.next()
    taken = tmp_path / "taken.age"
    taken.write_bytes(b"something else")
    wizard.profile_page.output.setText(str(taken))
    assert not wizard.profile_page.isComplete()
    assert "already a file" in wizard.profile_page.file_note.text()
    wizard.profile_page.output.setText(str(tmp_path / "no-such-folder" / "x.age"))
    assert not wizard.profile_page.isComplete()
    assert taken.read_bytes() == b"something else"


def test_wizard_and_import_errors_speak_russian(
    qtbot, window, paris, owner, tmp_path, compiled_translations
):
    befriend(qtbot, window, paris, owner, verified=True)
    add_case(qtbot, window, owner, "Смирнов Семён")
    assert compiled_translations.switch("ru")
    wizard = open_wizard(qtbot, window)
    assert wizard.cases_page.title() != "Which cases?"
    dialog = paris.bundles.import_bundle()
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"age-encryption.org/v1\n-> nonsense\n")
    sentence = refused(qtbot, dialog, junk)
    assert "nothing" not in sentence and any("а" <= c <= "я" for c in sentence.lower())


def test_the_preview_shows_the_origins_vetting_record_and_the_case_detail_keeps_it(
    qtbot, window, paris, owner, tmp_path
):
    astana = befriend(qtbot, window, paris, owner, verified=True)
    case_id = add_case(qtbot, window, owner, "Канарейкин Юрий Петрович")

    def vet(vault: Any) -> None:
        for check in REQUIRED_CHECKS:
            vault.store.set_check(case_id, check, "pass", evidence="seen", reviewer="Aigerim")
        vault.store.set_case_fields(case_id, {"stage": "cleared"})

    ask(qtbot, astana.db, astana.owner, vet)
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_detail.case_id == case_id, timeout=20_000)
    path = tmp_path / "vetted.age"
    seal(qtbot, open_wizard(qtbot, window), "Paris", path)

    dialog = paris.bundles.import_bundle()
    check(qtbot, dialog, path)
    assert dialog.panel.reports.text() == (
        "Vetted by Astana: 6 of 6 required checks passed, signature valid, key verified in person."
    )
    apply(qtbot, dialog)
    case = ask(qtbot, paris.office.db, paris.office.owner, lambda v: v.store.get_case(case_id))
    assert case["stage"] == "cleared"  # the local rule holds: a sound, signed record
    assert case["vetting_record"]["passed"] == 6 and case["vetting_record"]["key_verified"]


def profile_page_after(qtbot: Any, wizard: ExportWizard, to: str) -> Any:
    """Next to the recipients, tick ``to``, Next to the profile page; its suggestion made."""
    wizard.next()
    assert wizard.recipients_page.tick(to)
    page = wizard.profile_page
    with qtbot.waitSignal(page.suggested, timeout=20_000):
        wizard.next()
    assert wizard.currentPage() is page
    return page


def test_a_reply_to_the_partner_a_case_came_from_starts_with_the_status_profile(
    qtbot, window, paris, owner, tmp_path
):
    befriend(qtbot, window, paris, owner, verified=True)
    case_id = add_case(qtbot, window, owner, "Канарейкин Юрий Петрович")
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.case_detail.case_id == case_id, timeout=20_000)
    wizard = open_wizard(qtbot, window)
    item = wizard.cases_page.list.item(0)
    assert item.text() == "Канарейкин Юрий Петрович (Kanareikin Iurii Petrovich)"
    page = profile_page_after(qtbot, wizard, "Paris")
    assert page.profile() == "referral" and page.suggestion.text() == ""  # our own case
    wizard.reject()
    seal(qtbot, open_wizard(qtbot, window), "Paris", tmp_path / "referral.age")
    dialog = paris.bundles.import_bundle()
    check(qtbot, dialog, tmp_path / "referral.age")
    apply(qtbot, dialog)

    reply = paris.bundles.export_cases([case_id])
    with qtbot.waitSignals([reply.cases_page.loaded, reply.recipients_page.loaded],
                           timeout=20_000):  # fmt: skip
        reply.load()
    assert reply.cases_page.case_ids() == [case_id]
    page = profile_page_after(qtbot, reply, "Astana")
    assert page.profile() == "status" and "Astana" in page.suggestion.text()
    page.choose_profile("referral")  # the user's choice wins
    assert page.profile() == "referral" and page.suggestion.text() == ""


def test_a_field_change_in_the_preview_reads_in_words(qapp, compiled_translations):
    from app.exchange.bundle.preview import FieldChange
    from ui.import_preview import change_text

    stage = FieldChange("cases", "stage", "cleared", "documents_requested")
    assert change_text(stage) == "Stage: Cleared → Documents requested"
    assert change_text(FieldChange("persons", "city", None, "Paris")) == (
        "Current city: (empty) → Paris"
    )
    assert compiled_translations.switch("ru")
    assert change_text(stage) == "Этап: Проверка пройдена → Документы запрошены"
    deadline = FieldChange("cases", "deadline", "2026-12-15", "2027-01-20")
    assert change_text(deadline) == "Срок: 15.12.2026 → 20.01.2027"


def test_only_what_changed_goes_and_a_missed_bundle_is_explained(
    qtbot, window, paris, owner, tmp_path
):
    astana = befriend(qtbot, window, paris, owner, verified=True)
    first_case = add_case(qtbot, window, owner, "Канарейкин Юрий Петрович")
    other_case = add_case(qtbot, window, owner, "Другой Человек")
    whole = tmp_path / "whole.age"
    seal(qtbot, open_wizard(qtbot, window, all_cases=True), "Paris", whole)
    dialog = paris.bundles.import_bundle()
    check(qtbot, dialog, whole)
    apply(qtbot, dialog)

    def seal_changes(output: Path) -> ExportSummary:
        wizard = open_wizard(qtbot, window)
        wizard.cases_page.changed_cases.setChecked(True)
        assert wizard.cases_page.isComplete() and wizard.cases_page.case_ids() is None
        assert not wizard.cases_page.list.isEnabled()  # the ticks do not choose here
        wizard.next()
        page = wizard.recipients_page
        assert not page.isComplete() and not page.one_rule.isHidden()
        assert page.tick("Paris") and page.isComplete() and page.one_rule.isHidden()
        wizard.next()
        profiles = wizard.profile_page
        qtbot.waitUntil(lambda: not profiles.buttons["full"].isEnabled(), timeout=20_000)
        assert profiles.profile() == "referral"  # the profile of the bundle it follows
        assert "since bundle no." in profiles.suggestion.text()
        profiles.output.setText(str(output))
        with qtbot.waitSignal(wizard.exported, timeout=60_000) as blocker:
            wizard.next()
        return blocker.args[0]  # type: ignore[no-any-return]

    set_fields(qtbot, astana, first_case, {"city": "Almaty"})
    changes = tmp_path / "changes.age"
    summary = seal_changes(changes)
    assert summary.changes_only and summary.follows == 1 and summary.cases == 1
    set_fields(qtbot, astana, other_case, {"city": "Shymkent"})
    later = tmp_path / "later.age"
    summary = seal_changes(later)
    assert summary.follows == 2 and summary.cases == 1

    dialog = paris.bundles.import_bundle()
    sentence = refused(qtbot, dialog, later)
    assert "since their bundle no. 2, which was never imported here" in sentence
    assert city(qtbot, paris.office, other_case) == "Astana"  # nothing imported
    for path in (changes, later):
        dialog = paris.bundles.import_bundle()
        preview = check(qtbot, dialog, path)
        assert preview.counts["conflict"] == 0
        assert f"since their bundle no. {preview.follows}" in dialog.panel.signer.text()
        apply(qtbot, dialog)
    assert city(qtbot, paris.office, first_case) == "Almaty"
    assert city(qtbot, paris.office, other_case) == "Shymkent"


def test_a_contact_no_longer_verified_since_the_preview_needs_the_risk_accepted(
    qtbot, window, paris, owner, tmp_path
):
    """The preview said "verified"; the key's verification was withdrawn before Import was
    pressed: the import is refused, as for any unverified sender, not taken on the
    strength of what was true before."""
    befriend(qtbot, window, paris, owner, verified=True)
    add_case(qtbot, window, owner, "Петров Пётр")
    wizard = open_wizard(qtbot, window, all_cases=True)
    path = tmp_path / "then-verified.age"
    seal(qtbot, wizard, "Paris", path)
    dialog = paris.bundles.import_bundle()
    assert check(qtbot, dialog, path).sender_verified and dialog.import_button.isEnabled()

    def withdraw(vault: Any) -> None:
        vault.store.connection.execute("UPDATE contacts SET key_verified = 0 WHERE name = 'Astana'")

    ask(qtbot, paris.office.db, paris.office.owner, withdraw)
    with qtbot.waitSignal(dialog.failed, timeout=60_000) as blocker:
        assert dialog.apply() is not None
    assert "NOT verified" in str(blocker.args[0])
