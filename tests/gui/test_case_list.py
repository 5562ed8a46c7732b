"""The case list: lazy pages from the real store, filters, search in any script, sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt

from app.vault import Vault
from ui.case_list import CaseListPage
from ui.case_model import PAGE_SIZE, CaseQuery, CaseTableModel
from ui.messages import user_sentence
from ui.tasks import DatabaseThread, VaultTask

CASES = 450


@pytest.fixture
def filled_db(db_thread: DatabaseThread, owner: QObject, qtbot, vault_folder, keystore, test_kdf):
    def create_and_fill() -> tuple[Vault, None]:
        vault, _code = Vault.create(
            vault_folder, "passphrase words", keystore=keystore, kdf=test_kdf
        )
        store = vault.store
        store.add_case("Иван Петров", {"stage": "vetting", "lawyer": "Aigerim", "risk": "high"})
        store.add_case("Alexei Smirnov", {"deadline": "2020-01-01", "unit": "в/ч 12345"})
        with store.transaction():
            for i in range(CASES - 2):
                store.add_case(f"Person {i:04d}", {"lawyer": "Dana"})
        return vault, None

    task = db_thread.open_vault(create_and_fill, parent=owner)
    with qtbot.waitSignal(task.succeeded, timeout=60_000):
        task.run_in_background()
    return db_thread


def load(qtbot, model: CaseTableModel, query: CaseQuery) -> int:
    with qtbot.waitSignal(model.loaded) as blocker:
        model.set_query(query)
    return int(blocker.args[0])


def names(model: CaseTableModel) -> list[str]:
    """The name as typed (the list adds the other script's spelling in brackets)."""
    return [model.data(model.index(r, 0)).split(" (")[0] for r in range(model.rowCount())]


def test_the_list_shows_each_name_in_both_scripts(qtbot, filled_db, owner):
    model = CaseTableModel(filled_db, parent=owner)
    load(qtbot, model, CaseQuery(search="ivan"))
    assert model.data(model.index(0, 0)) == "Иван Петров (Ivan Petrov)"
    load(qtbot, model, CaseQuery(search="Смирнов"))
    assert model.data(model.index(0, 0)) == "Alexei Smirnov (Алексей Смирнов)"


def test_only_the_first_page_is_loaded_and_more_comes_on_demand(qtbot, filled_db, owner):
    model = CaseTableModel(filled_db, parent=owner)
    assert load(qtbot, model, CaseQuery()) == CASES
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    with qtbot.waitSignal(model.page_added):
        model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    with qtbot.waitSignal(model.page_added):
        model.fetchMore()
    assert model.rowCount() == CASES and not model.canFetchMore()
    ids = {model.case_id(r) for r in range(CASES)}
    assert len(ids) == CASES


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (CaseQuery(search="ivan"), ["Иван Петров"]),
        (CaseQuery(search="Смирнов"), ["Alexei Smirnov"]),
        (CaseQuery(search="12345"), ["Alexei Smirnov"]),
        (CaseQuery(search="nobody-at-all"), []),
        (CaseQuery(search='"*) OR 1=1 --'), []),
        (CaseQuery(stage="vetting"), ["Иван Петров"]),
        (CaseQuery(risk="high"), ["Иван Петров"]),
        (CaseQuery(lawyer="aigerim"), ["Иван Петров"]),
        (CaseQuery(due_before="2021-01-01"), ["Alexei Smirnov"]),
    ],
)
def test_filters_and_search_run_in_the_store(qtbot, filled_db, owner, query, expected):
    model = CaseTableModel(filled_db, parent=owner)
    assert load(qtbot, model, query) == len(expected)
    assert names(model) == expected


def test_a_bad_filter_value_shows_the_store_sentence_and_an_empty_list(qtbot, filled_db, owner):
    model = CaseTableModel(filled_db, parent=owner)
    with qtbot.waitSignal(model.failed) as blocker:
        model.set_query(CaseQuery(stage="teleported"))
    assert "'teleported' is not a valid Stage; choose from: Intake," in user_sentence(
        blocker.args[0]
    )
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_why_the_list_could_not_load_follows_a_language_switch(
    qtbot, filled_db, compiled_translations
):
    """The reason stays on the page, in the language of the moment, until a list loads."""
    page = CaseListPage(filled_db, parent=None)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.failed):
        page.model.set_query(CaseQuery(stage="teleported"))
    english = page.count.text()
    assert "'teleported' is not a valid Stage" in english
    assert compiled_translations.switch("ru")
    russian = page.count.text()
    assert russian != english and "teleported" in russian and "Stage" not in russian
    with qtbot.waitSignal(page.model.loaded):
        page.model.set_query(CaseQuery())
    assert "teleported" not in page.count.text() and str(CASES) in page.count.text()
    assert compiled_translations.switch("fr")  # the count stays a count
    assert "teleported" not in page.count.text() and str(CASES) in page.count.text()


def test_sorting_is_done_by_the_store(qtbot, filled_db, owner):
    model = CaseTableModel(filled_db, parent=owner)
    load(qtbot, model, CaseQuery())
    with qtbot.waitSignal(model.loaded):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert names(model)[:2] == ["Alexei Smirnov", "Person 0000"]
    assert names(model)[-1] == "Person 0198"  # the first page only, in name order
    with qtbot.waitSignal(model.loaded):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Иван Петров"
    model.sort(5, Qt.SortOrder.AscendingOrder)  # next action: the store cannot sort by it
    assert model.query.order_by == "name"


def test_an_answer_for_an_older_query_is_thrown_away(qtbot, filled_db, owner):
    model = CaseTableModel(filled_db, parent=owner)
    model.set_query(CaseQuery(search="Person"))
    with qtbot.waitSignal(model.loaded) as blocker:
        model.set_query(CaseQuery(search="ivan"))
    assert blocker.args[0] == 1
    marker = VaultTask(filled_db, lambda v: None, parent=owner)
    with qtbot.waitSignal(marker.succeeded):
        marker.run_in_background()  # every earlier answer has been delivered by now
    assert names(model) == ["Иван Петров"]


def test_the_page_searches_in_any_script_and_opens_a_case_with_enter(qtbot, filled_db, owner):
    page = CaseListPage(filled_db, parent=None)
    qtbot.addWidget(page)
    page.search.setText("petrov")
    with qtbot.waitSignal(page.model.loaded):
        page.apply_filters()
    assert page.count.text() == "1 case(s)"
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(page.case_opened) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args[0] == page.model.case_id(0)


def test_the_deadline_filter_turns_into_a_date(qtbot):
    from datetime import date

    assert CaseListPage._due_before("overdue", date(2025, 3, 1)) == "2025-03-01"
    assert CaseListPage._due_before("week", date(2025, 3, 1)) == "2025-03-09"
    assert CaseListPage._due_before("any", date(2025, 3, 1)) is None
    assert CaseListPage._due_before("garbage", date(2025, 3, 1)) is None


def test_stage_combo_filters_the_table(qtbot, filled_db):
    page = CaseListPage(filled_db, parent=None)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded):
        page.stage.setCurrentIndex(page.stage.findData("vetting"))
    assert names(page.model) == ["Иван Петров"]
    assert page.stage.currentText() == "Vetting"
