"""The Astana and Paris flow, end to end through the widgets, each office in its language.

A lawyer in Astana works in Russian: names her organisation, opens a case, types dates the
Russian way, passes the vetting, records a statement of several lines, exchanges contact
cards with Paris, compares safety numbers and seals the case for Paris. The partner in Paris
works in French: names the association, imports the bundle (the preview shows the name in
both scripts), records on the timeline that the visa was approved (a French date, Enter),
and sends a status update back, whose profile the wizard chose by itself. Astana imports it.
At each step the screen on show is walked (tests/gui/test_every_window_fits.py): no English
and no clipped words. Both offices live in one process, so the language is switched as the
story moves from one desk to the other.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt

from app.store.workflow import REQUIRED_CHECKS
from tests.gui.test_bundles_gui import apply, check
from tests.gui.test_contacts_gui import Office, add_card, ask, open_second_vault
from tests.gui.test_every_window_fits import Walk
from ui.main_window import MainWindow
from ui.settings import GuiSettings

NAME = "Канарейкин Юрий Петрович"
BOTH = "Канарейкин Юрий Петрович (Kanareikin Iurii Petrovich)"


def office_window(qtbot: Any, db: Any, status: Any) -> MainWindow:
    window = MainWindow(db, status, GuiSettings())
    window.settings_page.attach_vault(db)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def name_organisation(qtbot: Any, window: MainWindow, name: str) -> Office:
    office = Office(window._db, window.contacts, QObject(window))
    window.show_page("contacts")
    office.refresh(qtbot)
    window.contacts.own_name.setText(name)  # as typed (QTest cannot type Cyrillic keys)
    window.contacts.own_name.textEdited.emit(name)
    with qtbot.waitSignal(window.contacts.loaded, timeout=20_000):
        qtbot.keyClick(window.contacts.own_name, Qt.Key.Key_Return)
    return office


def verify(qtbot: Any, office: Office, name: str) -> None:
    assert office.page.select(name)
    assert office.page.verify_selected() is not None
    qtbot.waitUntil(
        lambda: office.page.select(name) and office.page.list.currentItem().text(2) != "",
        timeout=20_000,
    )


def seal(qtbot: Any, window: MainWindow, to: str, output: Path) -> str:
    """Export from the open case through the wizard; the profile the wizard chose."""
    wizard = window.export_cases()
    with qtbot.waitSignals([wizard.cases_page.loaded, wizard.recipients_page.loaded],
                           timeout=20_000):  # fmt: skip
        wizard.load()
    assert wizard.cases_page.isComplete()  # the open case, ticked
    wizard.next()
    assert wizard.recipients_page.tick(to)
    with qtbot.waitSignal(wizard.profile_page.suggested, timeout=20_000):
        wizard.next()
    profile = wizard.profile_page.profile()
    wizard.profile_page.output.setText(str(output))
    with qtbot.waitSignal(wizard.exported, timeout=60_000):
        wizard.next()
    wizard.accept()
    return profile


@pytest.mark.keystore
def test_astana_in_russian_and_paris_in_french_from_case_to_status_reply(
    qtbot, db_thread, open_vault, owner, tmp_path, keystore, test_kdf, compiled_translations
):
    paris_db = open_second_vault(qtbot, owner, tmp_path / "paris", keystore, test_kdf)
    astana = office_window(qtbot, db_thread, open_vault)
    paris_status = ask(qtbot, paris_db, owner, lambda vault: vault.security_status())
    paris = office_window(qtbot, paris_db, paris_status)
    russian, french = Walk("ru"), Walk("fr")

    # --- Astana, in Russian --------------------------------------------------------------
    assert compiled_translations.switch("ru")
    astana_office = name_organisation(qtbot, astana, "Бюро «Убежище», Астана")
    dialog = astana.new_case()
    russian.look("new-case", dialog)
    dialog.name.setText(NAME)
    with qtbot.waitSignal(astana.case_detail.loaded, timeout=20_000) as opened:
        dialog.create_button.click()
    case_id = str(opened.args[0])
    page = astana.case_detail
    birth = page.forms["person"].inputs["birth_date"]
    birth.line.setText("15.03.1998")  # as a Russian lawyer writes it
    birth.textEdited.emit(birth.text())
    for check_name in REQUIRED_CHECKS:
        row = page.vetting.rows[check_name]
        row.set("pass", "Паспорт и военный билет, интервью", "Айгерим")
        row.checked_on.line.setText("10.11.2026")
    page.stage.setCurrentIndex(page.stage.findData("cleared"))
    assert page.stage.currentData() == "cleared" and page.message.text() == ""
    russian.look("case-cleared", astana)
    with qtbot.waitSignal(page.saved, timeout=20_000):
        page.save()
    statements = page.statements
    page.tabs.setCurrentWidget(statements)
    statements.source.setText("интервью")
    statements.text.setPlainText("Я не буду воевать.\nЭто преступная война.")
    with qtbot.waitSignal(page.saved, timeout=20_000):
        qtbot.keyClick(statements.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = ask(qtbot, db_thread, owner, lambda vault: vault.store.get_case(case_id))
    assert stored["person"]["birth_date"] == "1998-03-15"
    assert stored["stage"] == "cleared" and len(stored["statements"]) == 1
    assert {c["checked_on"] for c in stored["checks"] if c["check"] in REQUIRED_CHECKS} == {
        "2026-11-10"
    }

    # --- Cards exchanged; numbers compared in person ----------------------------------------
    assert compiled_translations.switch("fr")
    paris_office = name_organisation(qtbot, paris, "Association d’aide aux exilés")
    assert add_card(qtbot, paris_office, astana_office.card(), "Astana") == ""
    assert compiled_translations.switch("ru")
    assert add_card(qtbot, astana_office, paris_office.card(), "Paris") == ""
    astana_office.refresh(qtbot)
    paris_office.refresh(qtbot)
    assert astana_office.page.number_for("Paris") == paris_office.page.number_for("Astana")
    verify(qtbot, astana_office, "Paris")
    verify(qtbot, paris_office, "Astana")
    russian.look("contacts", astana)

    astana.open_case(case_id)
    qtbot.waitUntil(lambda: astana.case_detail.case_id == case_id, timeout=20_000)
    referral = tmp_path / "referral.age"
    assert seal(qtbot, astana, "Paris", referral) == "referral"

    # --- Paris, in French ---------------------------------------------------------------------
    assert compiled_translations.switch("fr")
    incoming = paris.import_bundle()
    preview = check(qtbot, incoming, referral)
    assert preview.sender == "Astana" and preview.sender_verified
    assert incoming.panel.cases.topLevelItem(0).text(0) == BOTH
    french.look("import", incoming)
    apply(qtbot, incoming)
    with qtbot.waitSignal(paris.case_detail.loaded, timeout=20_000):
        paris.open_case(case_id)
    timeline = paris.case_detail.timeline
    paris.case_detail.tabs.setCurrentWidget(timeline)
    timeline.kind.setCurrentIndex(timeline.kind.findData("decision"))
    timeline.description.setText("Visa humanitaire accordé")
    timeline.occurred_on.line.setText("20/01/2027")  # as a French partner writes it
    with qtbot.waitSignal(paris.case_detail.saved, timeout=20_000):
        qtbot.keyClick(timeline.description, Qt.Key.Key_Return)
    french.look("case-timeline", paris)
    reply = tmp_path / "status.age"
    assert seal(qtbot, paris, "Astana", reply) == "status"  # chosen by the wizard

    # --- Astana reads the reply, in Russian --------------------------------------------------
    assert compiled_translations.switch("ru")
    back = astana.import_bundle()
    check(qtbot, back, reply)
    russian.look("import-status", back)
    apply(qtbot, back)
    stored = ask(qtbot, db_thread, owner, lambda vault: vault.store.get_case(case_id))
    assert [(e["occurred_on"], e["description"]) for e in stored["timeline"]] == [
        ("2027-01-20", "Visa humanitaire accordé")
    ]
    russian.look("dashboard", astana)
    paris_db.stop()
    assert russian.problems == [] and french.problems == []
