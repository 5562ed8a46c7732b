"""What arrives in a case from elsewhere: a partner's edits kept beside ours ("keep both")
shown on the case until reconciled, between two real vaults; and fictional demo cases added
from Settings on the database thread with a progress bar."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.gui.test_bundles_gui import (
    Partner,
    apply,
    befriend,
    check,
    open_wizard,
    seal,
    set_fields,
)
from tests.gui.test_contacts_gui import Office, ask, open_second_vault, rename
from ui.bundles_page import BundlesPage
from ui.case_detail import CaseDetailPage
from ui.case_detail.conflicts import kept_conflicts, parse_conflict_note
from ui.contacts_page import ContactsPage
from ui.formats import number_text
from ui.main_window import MainWindow
from ui.settings import GuiSettings

NOTE = "Conflicting version of this case's persons record received from Paris: office:"


# ---------------------------------------------------------------------- reading the notes


def test_a_conflict_note_is_read_back_field_by_field():
    text = f"{NOTE}\n- city: Lyon\n- aliases: Лёха\nСокол\n- name_latin: "
    assert parse_conflict_note(text) == (
        "persons", "Paris: office", [("city", "Lyon"), ("aliases", "Лёха\nСокол"),
                                     ("name_latin", "")],
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "",
        "A note about Lyon.",
        NOTE,  # a head and no field
        f"{NOTE}\nsomething else first\n- city: Lyon",
        "conflicting version of this case's persons record received from X:\n- city: Lyon",
        "Conflicting version of this case's Persons! record received from X:\n- city: Lyon",
        f" {NOTE}\n- city: Lyon",
    ],
)
def test_ordinary_or_malformed_notes_are_not_conflicts(text):
    assert parse_conflict_note(text) is None
    assert kept_conflicts({"notes": [{"id": "n1", "text": text}]}) == []


def test_the_notes_tab_words_a_conflict_note_in_the_users_language(qtbot, compiled_translations):
    """The core keeps the note in English with field codes; the Notes tab says it in the
    user's words (an ordinary note stays as it was written)."""
    from ui.case_detail.entries import NotesTab

    text = f"{NOTE}\n- city: Lyon\n- passport_status: expired\n- aliases: Лёха\nСокол"
    assert compiled_translations.switch("ru")
    tab = NotesTab(parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    when = "2026-12-01T10:00:00Z"
    tab.show_records([{"created_at": when, "text": text},
                      {"created_at": when, "text": "Позвонить в среду."}])  # fmt: skip
    shown = tab.tree.topLevelItem(0).text(1)
    assert "Paris: office" in shown and "Lyon" in shown and "Лёха\nСокол" in shown
    assert "Город сейчас" in shown and "Просрочен" in shown
    for english in ("Conflicting", "record", "received", "city", "passport_status", "expired"):
        assert english not in shown, english
    assert tab.tree.topLevelItem(1).text(1) == "Позвонить в среду."
    assert compiled_translations.switch("fr")
    assert "Ville actuelle" in tab.tree.topLevelItem(0).text(1)


def test_ours_is_read_from_the_case_and_agreement_ends_the_conflict():
    case = {
        "stage": "vetting",
        "person": {"city": "Lyon", "aliases": None},
        "service": {"unit": "в/ч 2"},
        "notes": [
            {"id": "n1", "created_at": "2025-03-01T10:00:00Z",
             "text": f"{NOTE}\n- city: Almaty\n- aliases: Сокол"},
            {"id": "n2", "text": "Conflicting version of this case's services record received "
             "from Paris:\n- unit: в/ч 2"},
            {"id": "n3", "text": "Conflicting version of this case's checks record received "
             "from Paris:\n- result: pass"},
            {"id": "n4", "text": None},
        ],
    }  # fmt: skip
    person, service, check_ = kept_conflicts(case)
    assert [(f.name, f.theirs, f.mine) for f in person.fields] == [
        ("city", "Almaty", "Lyon"), ("aliases", "Сокол", ""),
    ]  # fmt: skip
    assert person.partner == "Paris: office" and person.received_at.startswith("2025-03-01")
    assert service.open_fields() == ()  # both say в/ч 2 now
    assert check_.fields[0].mine is None and check_.open_fields()  # which check: unknown


# ---------------------------------------------------------------------- between two vaults


@pytest.fixture
def astana(qtbot, db_thread, open_vault, owner) -> MainWindow:
    rename(qtbot, db_thread, owner, "Astana office")
    window = MainWindow(db_thread, open_vault, GuiSettings())
    qtbot.addWidget(window)
    return window


@pytest.fixture
def partner(qtbot, owner, tmp_path, keystore, test_kdf) -> Iterator[Partner]:
    db = open_second_vault(qtbot, owner, tmp_path / "paris", keystore, test_kdf)
    rename(qtbot, db, owner, "Association Paris")
    page = ContactsPage(db, parent=None)  # type: ignore[arg-type]
    bundles = BundlesPage(db, parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    qtbot.addWidget(bundles)
    yield Partner(Office(db, page, owner), bundles)
    db.stop()


def open_in_detail(qtbot: Any, page: CaseDetailPage, case_id: str) -> None:
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_case(case_id)


@pytest.mark.keystore
def test_keep_both_shows_their_fields_beside_mine_until_reconciled(
    qtbot, astana, partner, owner, tmp_path
):
    window, paris = astana, partner
    office = befriend(qtbot, window, paris, owner, verified=True)
    case_id = str(
        ask(qtbot, window._db, owner,
            lambda vault: vault.store.add_case("Иванов Иван", {"city": "Astana", "unit": "в/ч 0"}))
    )  # fmt: skip
    seal(qtbot, open_wizard(qtbot, window, all_cases=True), "Paris", tmp_path / "a.age")
    apply(qtbot, paris_import(qtbot, paris, tmp_path / "a.age"))
    set_fields(qtbot, office, case_id, {"city": "Almaty", "unit": "в/ч 1"})
    set_fields(qtbot, paris.office, case_id, {"city": "Lyon", "unit": "в/ч 2"})
    seal(qtbot, open_wizard(qtbot, window, all_cases=True), "Paris", tmp_path / "b.age")

    dialog = paris.bundles.import_bundle()
    check(qtbot, dialog, tmp_path / "b.age")
    row = dialog.panel.cases.topLevelItem(0)
    assert (row.text(1), row.text(5)) == ("Conflict", "2")  # the case's state, in the dialog
    dialog.panel.set_all("both")
    assert apply(qtbot, dialog).resolved == {"both": 2}

    page = CaseDetailPage(paris.office.db, parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    open_in_detail(qtbot, page, case_id)
    banner = page.conflicts
    assert banner.isVisible() and len(banner.conflicts) == 2
    text = banner.text.text()
    for expected in ("Astana", "Person", "Military service", "Current city", "Almaty", "Lyon",
                     "в/ч 1", "в/ч 2", "2 edit(s)"):  # fmt: skip
        assert expected in text, expected

    # The lawyer takes their city: that row goes, the unit stays.
    page.forms["person"].set_value("city", "Almaty")
    with qtbot.waitSignal(page.saved, timeout=20_000):
        assert page.save() is not None
    assert banner.isVisible() and "Lyon" not in banner.text.text()
    assert "в/ч 2" in banner.text.text() and "1 edit(s)" in banner.text.text()
    page.forms["service"].set_value("unit", "в/ч 1")
    with qtbot.waitSignal(page.saved, timeout=20_000):
        page.save()
    assert not banner.isVisible() and banner.conflicts == []
    assert len(kept_conflicts(page.case)) == 2  # the notes themselves stay


def paris_import(qtbot: Any, partner: Partner, path: Any) -> Any:
    dialog = partner.bundles.import_bundle()
    check(qtbot, dialog, path)
    return dialog


@pytest.mark.keystore
def test_a_case_without_conflict_notes_shows_no_banner(qtbot, astana, owner):
    window = astana
    case_id = str(
        ask(qtbot, window._db, owner, lambda vault: _case_with_note(vault, "Обычная заметка."))
    )
    window.show()
    with qtbot.waitSignal(window.case_detail.loaded, timeout=20_000):
        window.open_case(case_id)
    assert window.case_detail.conflicts.isHidden()


def _case_with_note(vault: Any, text: str) -> str:
    case_id = str(vault.store.add_case("Петров Пётр"))
    vault.store.add_note(case_id, text)
    return case_id


# ---------------------------------------------------------------------- demo data


@pytest.mark.keystore
def test_demo_cases_are_added_on_the_database_thread_and_the_list_refreshes(
    qtbot, db_thread, open_vault
):
    window = MainWindow(db_thread, open_vault, GuiSettings())
    qtbot.addWidget(window)
    demo = window.settings_page.demo
    assert not demo.isEnabled()  # no vault attached yet
    window.settings_page.attach_vault(db_thread)
    window.show_page("settings")
    demo.count.setValue(2_500)  # more than one batch: progress comes twice
    seen: list[tuple[int, int]] = []
    with qtbot.waitSignal(demo.added, timeout=60_000) as added:
        task = demo.add_demo_cases()
        assert task is not None
        task.on_progress(lambda done, total: seen.append((done, total)))
        assert not demo.progress.isHidden() and not demo.add_button.isEnabled()
        assert demo.add_demo_cases() is None  # one run at a time
    assert added.args == [2_500]
    assert seen == [(2_000, 2_500), (2_500, 2_500)]
    assert demo.progress.isHidden() and demo.add_button.isEnabled()
    # Counts are written as the locale writes numbers ("2,500" once English is chosen).
    shown = number_text(2_500)
    assert demo.outcome.text() == f"{shown} fictional case(s) were added."
    window.show_page("cases")
    qtbot.waitUntil(lambda: window.cases.count.text() == f"{shown} case(s)", timeout=20_000)
