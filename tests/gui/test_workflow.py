"""The whole desktop workflow through the shell: create, edit, lock (nothing lost), unlock,
search in either script, dashboard, audit log, and switching language on an open case."""

from __future__ import annotations

from typing import Any

import pytest

from app.store.workflow import REQUIRED_CHECKS
from ui.case_detail.edits import CaseEdits, CheckEdit, save_what_can_be_saved
from ui.dashboard import gather_figures
from ui.formats import date_text
from ui.shell import SatchelShell

from .conftest import PASSPHRASE, unlock


def first_run(qtbot: Any, shell: SatchelShell) -> None:
    shell.start()
    dialog = shell.dialog
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.db.opened, timeout=30_000):
        dialog.create_vault()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    dialog.written_down.setChecked(True)
    dialog.last_group.setText(dialog.code.text()[-4:])
    dialog.finish()
    qtbot.waitUntil(lambda: shell.window is not None)


@pytest.mark.keystore
def test_create_edit_lock_unlock_search_and_nothing_is_lost(qtbot, shell):
    first_run(qtbot, shell)
    window = shell.window
    dialog = window.new_case()
    dialog.name.setText("Снегирёв Максим Олегович")
    with qtbot.waitSignal(window.case_detail.loaded):
        dialog.create_case()
    page = window.case_detail
    page.forms["person"].set_value("city", "Уральск")
    page.forms["person"].set_value("birth_date", "1999-13-40")  # half typed: dropped
    page.notes.text.setPlainText("Typed, never added, must survive the lock.")
    page.vetting.rows["identity_documents"].set("pass", "Passport", "Mariya", "2025-01-02")
    assert page.has_unsaved_changes()
    with qtbot.waitSignal(shell.db.locked):
        shell.lock()
    assert shell.window is None
    unlock(qtbot, shell)
    window = shell.window
    window.show_page("cases")
    window.cases.search.setText("snegir")  # Latin query, Cyrillic name
    with qtbot.waitSignal(window.cases.model.loaded) as found:
        window.cases.apply_filters()
    assert found.args[0] == 1
    with qtbot.waitSignal(window.case_detail.loaded):
        window.cases.case_opened.emit(window.cases.model.case_id(0))
    page = window.case_detail
    assert page.forms["person"].value("city") == "Уральск"
    assert page.forms["person"].value("birth_date") == ""
    assert page.vetting.rows["identity_documents"].current().reviewer == "Mariya"
    assert [r["text"] for r in page.notes.records] == ["Typed, never added, must survive the lock."]


@pytest.mark.keystore
def test_dashboard_and_audit_log_show_the_vault(qtbot, shell):
    first_run(qtbot, shell)
    window = shell.window
    for name, stage in (("Ёлкин Степан", "vetting"), ("Цаплин Егор", "intake")):
        dialog = window.new_case()
        dialog.name.setText(name)
        with qtbot.waitSignal(window.case_detail.loaded):
            dialog.create_case()
        window.case_detail.stage.setCurrentIndex(window.case_detail.stage.findData(stage))
        window.case_detail.forms["case"].set_value("deadline", "2020-01-01")
        window.case_detail.forms["risk"].set_value("risk", "critical")
        with qtbot.waitSignal(window.case_detail.saved):
            window.case_detail.save()
    with qtbot.waitSignal(window.dashboard.refreshed):
        window.show_page("dashboard")
    figures = window.dashboard.figures
    assert figures.by_stage["vetting"] == 1 and figures.by_stage["intake"] == 1
    assert window.dashboard.chart.counts["vetting"] == 1
    assert figures.by_risk["critical"] == 2
    assert window.dashboard.risk_values["critical"].text() == "2"
    shown = date_text("2020-01-01")  # in the user's format: 1/1/2020, 01.01.2020...
    assert window.dashboard.due.topLevelItem(0).text(0) == f"{shown} (overdue)"
    with qtbot.waitSignal(window.case_detail.loaded):
        window.dashboard.due.itemActivated.emit(window.dashboard.due.topLevelItem(0), 0)
    assert window.current_page() == "cases"
    with qtbot.waitSignal(window.audit.loaded):
        window.show_page("audit")
    actions = [window.audit.tree.topLevelItem(i).text(2) for i in range(3)]
    assert "Case edited" in actions and "Stage changed" in actions
    with qtbot.waitSignal(window.audit.verified) as blocker:
        window.audit.verify()
    assert blocker.args[0].ok
    assert window.audit.result.text().startswith("The audit log is intact")


@pytest.mark.keystore
def test_switching_language_on_an_open_case_keeps_edits_and_translates_the_refusal(
    qtbot, shell, compiled_translations
):
    shell.translations = compiled_translations
    first_run(qtbot, shell)
    window = shell.window
    dialog = window.new_case()
    dialog.name.setText("Kedrovsky Timur")
    with qtbot.waitSignal(window.case_detail.loaded):
        dialog.create_case()
    page = window.case_detail
    page.forms["person"].set_value("city", "Pavlodar")
    assert compiled_translations.switch("ru")
    page.stage.setCurrentIndex(page.stage.findData("cleared"))
    assert page.message.text().startswith(
        "Дело нельзя перевести на этап «Проверка пройдена», пока не пройдены"
    )
    assert "Документы, удостоверяющие личность (Не проводилась)" in page.message.text()
    assert page.save_button.text() == "Сохранить"
    assert window.nav.item(4).text() == "Журнал аудита"
    assert compiled_translations.switch("fr")
    assert page.tabs.tabText(4) == "Vérification"
    assert page.forms["person"].value("city") == "Pavlodar"


def test_saving_at_lock_keeps_what_the_store_accepts(qtbot, db_thread, owner, open_vault):
    from tests.gui.test_case_detail import ask

    case_id = ask(qtbot, db_thread, owner, lambda v: v.store.add_case("Вязов Роман"))
    edits = CaseEdits(
        case_id,
        {"city": "Астана", "birth_date": "31/12/1990", "stage": "cleared", "nope": "x",
         "aliases": "bad\x00text"},
        (CheckEdit("plant_screening", "pass"), CheckEdit("references", "pass", "Letter", "Ann")),
    )  # fmt: skip
    refused = ask(qtbot, db_thread, owner, lambda v: save_what_can_be_saved(v.store, edits))
    assert sorted(refused) == ["aliases", "birth_date", "nope", "plant_screening", "stage"]
    case = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    assert case["person"]["city"] == "Астана" and case["stage"] == "intake"
    results = {c["check"]: c["result"] for c in case["checks"]}
    assert results["references"] == "pass" and results["plant_screening"] == "not_done"
    figures = ask(qtbot, db_thread, owner, lambda v: gather_figures(v.store))
    assert sum(figures.by_stage.values()) == 1 and figures.no_risk == 1
    assert set(REQUIRED_CHECKS) <= set(results)
