"""The case page: the dossier for the authorities, and returning persons shown loudly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from ui.main_window import MainWindow
from ui.settings import GuiSettings
from ui.tasks import DatabaseThread, VaultTask


def ask(qtbot: Any, db: DatabaseThread, owner: Any, fn: Any) -> Any:
    task = VaultTask(db, fn, parent=owner)
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as blocker:
        task.run_in_background()
    return blocker.args[0]


@pytest.fixture
def window(qtbot, db_thread, open_vault) -> MainWindow:
    window = MainWindow(db_thread, open_vault, GuiSettings())
    qtbot.addWidget(window)
    return window


def open_case(qtbot: Any, window: MainWindow, case_id: str) -> None:
    with qtbot.waitSignal(window.case_detail.matches_shown, timeout=10_000):
        window.open_case(case_id)


@pytest.mark.keystore
def test_a_dossier_is_saved_in_the_chosen_language(
    qtbot, window, db_thread, owner, tmp_path: Path
) -> None:
    case_id = ask(qtbot, db_thread, owner, lambda v: v.store.add_case("Снегирёв Павел"))
    open_case(qtbot, window, case_id)
    dialog = window.case_detail.make_dossier()
    assert dialog is not None
    assert "not encrypted" in dialog.not_encrypted.text()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(dialog.written, timeout=20_000) as blocker:
        dialog.save_to(out / "akte")
    written = Path(blocker.args[0])
    assert written == out / "akte.pdf" and [p.name for p in out.iterdir()] == ["akte.pdf"]
    document = pdfium.PdfDocument(written.read_bytes())
    text = document[0].get_textpage().get_text_range()
    assert "Fallakte" in text and "Снегирёв Павел" in text
    assert "akte.pdf" in window.statusBar().currentMessage()
    actions = ask(qtbot, db_thread, owner, lambda v: [e.action for e in v.store.history()])
    assert "dossier.export" in actions


@pytest.mark.keystore
def test_a_returning_person_is_shown_loudly_and_the_answer_is_kept(
    qtbot, window, db_thread, owner
) -> None:
    def setup(vault: Any) -> tuple[str, str, str]:
        store = vault.store
        first = store.add_case("Канарейкин Илья", {"birth_date": "1996-04-02"})
        store.set_case_fields(first, {"stage": "rejected", "rejection_reason": "suspected plant"})
        other = store.add_case("Kanareikin Ilia", {"birth_date": "1996-04-02", "city": "Алматы"})
        later = store.add_case("Kanareikin Ilia", {"birth_date": "1996-04-02"})
        return first, other, later

    first, other, later = ask(qtbot, db_thread, owner, setup)
    open_case(qtbot, window, later)
    banner = window.case_detail.matches
    assert banner.isVisible() or not window.isVisible()
    assert {row.match.case_id for row in banner.rows} == {first, other}
    shown = " ".join(row.text.text() for row in banner.rows)
    assert "suspected plant" in shown
    assert "2" in banner.title.text()
    row = next(r for r in banner.rows if r.match.case_id == other)
    with qtbot.waitSignal(window.case_detail.matches_shown, timeout=10_000) as blocker:
        row.different_button.click()
    assert blocker.args == [1]
    assert [r.match.case_id for r in banner.rows] == [first]
    row = banner.rows[0]
    with qtbot.waitSignal(window.case_detail.matches_shown, timeout=10_000):
        row.same_button.click()
    assert banner.rows[0].match.linked and "linked" in banner.rows[0].text.text()
    actions = ask(qtbot, db_thread, owner, lambda v: [e.action for e in v.store.history()])
    assert "person.distinct" in actions and "person.same" in actions
    # "Open" goes to the other case.
    with qtbot.waitSignal(window.case_detail.loaded, timeout=10_000) as loaded:
        banner.rows[0].open_button.click()
    assert loaded.args == [first]
