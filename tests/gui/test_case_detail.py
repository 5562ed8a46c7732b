"""The case screen against a real vault: new case, every section, vetting rules, attachments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage

from app.store.workflow import REQUIRED_CHECKS
from ui.case_detail.viewer import AttachmentViewer
from ui.main_window import MainWindow
from ui.settings import GuiSettings
from ui.tasks import DatabaseThread, VaultTask


def ask(qtbot: Any, db: DatabaseThread, owner: Any, fn: Any) -> Any:
    """Run ``fn(vault)`` on the database thread and return its answer."""
    task = VaultTask(db, fn, parent=owner)
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as blocker:
        task.run_in_background()
    return blocker.args[0]


@pytest.fixture
def window(qtbot, db_thread, open_vault) -> MainWindow:
    window = MainWindow(db_thread, open_vault, GuiSettings())
    qtbot.addWidget(window)
    return window


def new_case(qtbot, window: MainWindow, name: str) -> str:
    dialog = window.new_case()
    assert not dialog.create_button.isEnabled()
    dialog.name.setText(name)
    with qtbot.waitSignal(window.case_detail.loaded, timeout=10_000) as blocker:
        dialog.create_button.click()
    assert window.current_page() == "cases"
    assert window.cases_stack.currentWidget() is window.case_detail
    return str(blocker.args[0])


def save(qtbot, page) -> None:
    with qtbot.waitSignal(page.saved, timeout=10_000):
        assert page.save() is not None


def pass_check(page, check: str) -> None:
    page.vetting.rows[check].set("pass", "Passport seen in person", "Aigerim", "2025-03-01")


def test_new_case_opens_and_every_form_is_generated_from_the_store(qtbot, window, db_thread, owner):
    case_id = new_case(qtbot, window, "Канарейкин Иван Петрович")
    page = window.case_detail
    assert "Канарейкин Иван Петрович" in page.title.text()
    assert "Kanareikin" in page.title.text()
    specs = ask(qtbot, db_thread, owner, lambda v: v.store.case_fields())
    shown = {name for form in page.forms.values() for name in form.inputs}
    assert shown == {s.name for s in specs} - {"stage"}
    assert page.forms["person"].value("name_cyrillic") == "Канарейкин Иван Петрович"
    assert page.tabs.count() == 10
    assert not page.save_button.isEnabled()
    page.forms["person"].set_value("city", "Астана")
    page.forms["service"].set_value("unit", "в/ч 12345")
    page.forms["service"].set_value("deployed_ukraine", "no")
    page.forms["risk"].set_value("risk", "high")
    page.forms["case"].set_value("deadline", "2030-01-31")
    assert page.save_button.isEnabled() and page.has_unsaved_changes()
    save(qtbot, page)
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    assert stored["person"]["city"] == "Астана"
    assert stored["service"]["unit"] == "в/ч 12345"
    assert stored["service"]["deployed_ukraine"] == "no"
    assert stored["risk"]["risk"] == "high"
    assert stored["deadline"] == "2030-01-31"
    assert not page.has_unsaved_changes() and page.save_state.text() == "Saved."


@pytest.mark.parametrize("bad", ["31.01.2030", "2030-02-30", "tomorrow", "2030-1-1"])
def test_a_bad_date_is_marked_and_nothing_is_saved(qtbot, window, db_thread, owner, bad):
    case_id = new_case(qtbot, window, "Ivan Snegirev")
    page = window.case_detail
    page.forms["person"].set_value("city", "Almaty")
    page.forms["person"].set_value("birth_date", bad)
    assert "border" in page.forms["person"].inputs["birth_date"].styleSheet()
    assert page.save() is None
    assert "Date of birth" in page.message.text()
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    assert stored["person"]["city"] is None


def test_clearing_is_refused_with_the_missing_checks_named_then_allowed(
    qtbot, window, db_thread, owner
):
    case_id = new_case(qtbot, window, "Рябинин Олег")
    page = window.case_detail
    page.stage.setCurrentIndex(page.stage.findData("cleared"))
    assert page.stage.currentData() == "intake"  # refused on the spot
    refusal = page.message.text()
    assert refusal.startswith("This case cannot move to “Cleared” until")
    assert "Identity documents (Not done)" in refusal and "Plant screening" in refusal
    assert "References" not in refusal  # optional check
    page.vetting.rows["plant_screening"].set("pass")  # no evidence, no reviewer
    assert "can only pass with its evidence and reviewer" in page.vetting.row_problem.text()
    assert page.save() is None
    for check in REQUIRED_CHECKS[:-1]:
        pass_check(page, check)
    page.stage.setCurrentIndex(page.stage.findData("cleared"))
    assert page.stage.currentData() == "intake"
    assert "War-crimes screening (Not done)" in page.message.text()
    assert "Identity documents" not in page.message.text()
    pass_check(page, REQUIRED_CHECKS[-1])
    page.stage.setCurrentIndex(page.stage.findData("cleared"))
    assert page.stage.currentData() == "cleared" and page.message.text() == ""
    assert page.vetting.summary.text() == "Every required check has passed."
    save(qtbot, page)
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    assert stored["stage"] == "cleared"
    plant = next(c for c in stored["checks"] if c["check"] == "plant_screening")
    assert plant["reviewer"] == "Aigerim" and plant["checked_on"] == "2025-03-01"
    # A doubt found later sends the case back to vetting, and the screen shows it.
    page.vetting.rows["plant_screening"].set("fail", "Story changed", "Daniyar")
    save(qtbot, page)
    assert page.stage.currentData() == "vetting"


def test_rejecting_needs_a_reason(qtbot, window, db_thread, owner):
    case_id = new_case(qtbot, window, "Ольхович Денис")
    page = window.case_detail
    page.stage.setCurrentIndex(page.stage.findData("rejected"))
    assert page.save() is None
    assert "needs a reason" in page.message.text()
    page.forms["case"].set_value("rejection_reason", "Failed plant screening")
    save(qtbot, page)
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    assert (stored["stage"], stored["rejection_reason"]) == ("rejected", "Failed plant screening")


def test_statements_timeline_notes_are_added_and_listed(qtbot, window, db_thread, owner):
    case_id = new_case(qtbot, window, "Зябликов Павел")
    page = window.case_detail
    page.statements.text.setPlainText("Не буду стрелять в людей.\nЭто моя позиция.")
    page.statements.stated_on.setText("2024-05-01")
    page.statements.add_button.click()  # no source yet
    assert "where the statement comes from" in page.statements.problem.text()
    page.statements.source.setText("interview")
    with qtbot.waitSignal(page.saved):
        page.statements.add_button.click()
    assert page.statements.tree.topLevelItemCount() == 1
    assert page.statements.text.toPlainText() == ""
    page.timeline.kind.setCurrentIndex(page.timeline.kind.findData("interview"))
    page.timeline.description.setText("First interview in Astana")
    page.timeline.occurred_on.setText("not a date")
    page.timeline.add_button.click()
    assert "could not be read" in page.timeline.problem.text()
    page.timeline.occurred_on.setText("2024-05-02")
    with qtbot.waitSignal(page.saved):
        page.timeline.add_button.click()
    assert page.timeline.tree.topLevelItem(0).text(1) == "Interview"
    page.notes.text.setPlainText("Documents handed over in person.")
    with qtbot.waitSignal(page.saved):
        page.notes.add_button.click()
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    assert [s["source"] for s in stored["statements"]] == ["interview"]
    assert [e["occurred_on"] for e in stored["timeline"]] == ["2024-05-02"]
    assert [n["text"] for n in stored["notes"]] == ["Documents handed over in person."]
    assert page.tabs.tabText(7) == "Notes (1)"


def test_a_statement_gets_a_translation_beside_it(qtbot, window, db_thread, owner):
    case_id = new_case(qtbot, window, "Зябликов Павел")
    page = window.case_detail
    tab = page.statements
    assert not tab.translate_button.isEnabled()  # nothing selected yet
    tab.text.setPlainText("Не буду стрелять в людей.")
    tab.source.setText("interview")
    with qtbot.waitSignal(page.saved):
        tab.add_button.click()
    tab.select(0)
    assert tab.translate_button.isEnabled()
    with qtbot.waitSignal(tab.translate_requested) as blocker:
        tab.translate_button.click()
    dialog = page.open_translation(blocker.args[0])
    assert dialog.original.toPlainText() == "Не буду стрелять в людей."
    assert dialog.original.isReadOnly()
    dialog.translation.setPlainText("Je ne tirerai pas sur des gens.")
    dialog.request_save()  # no language, no translator yet: a sentence, nothing saved
    assert "language" in dialog.problem.text() and dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.request_save()
    assert "who translated" in dialog.problem.text()
    dialog.translator.setText("Claire Moreau")
    with qtbot.waitSignals([page.saved, dialog.accepted], timeout=20_000):
        dialog.request_save()  # saved, then the dialog closes
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    (statement,) = stored["statements"]
    assert (statement["translation"], statement["translation_lang"], statement["translator"]) == (
        "Je ne tirerai pas sur des gens.", "fr", "Claire Moreau",
    )  # fmt: skip
    row = tab.tree.topLevelItem(0)
    assert row.childCount() == 1
    assert row.child(0).text(1) == "Translation (French), by Claire Moreau"
    assert row.child(0).text(2) == "Je ne tirerai pas sur des gens."
    # Selecting the translation row still means its statement; the dialog starts from it.
    tab.tree.setCurrentItem(row.child(0))
    again = page.open_translation(tab.selected_statement())
    assert again.translation.toPlainText() == "Je ne tirerai pas sur des gens."
    assert again.language.currentData() == "fr" and again.translator.text() == "Claire Moreau"
    again.reject()


def test_a_referral_needs_a_partner_and_a_vetted_case(qtbot, window, db_thread, owner):
    ask(qtbot, db_thread, owner, lambda v: v.store.add_partner("Association Paris", country="FR"))
    new_case(qtbot, window, "Кленов Юрий")
    page = window.case_detail
    assert page.referrals.partner.count() == 1 and page.referrals.add_button.isEnabled()
    with qtbot.waitSignal(page.problem_shown, raising=False, timeout=2000):
        task = page.add_entry(page.referrals)
        assert task is not None
        qtbot.waitUntil(lambda: page.referrals.problem.text() != "")
    assert page.referrals.problem.text().startswith("This case cannot be referred until")
    assert page.referrals.tree.topLevelItemCount() == 0


def png_with_text() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    image.setText("Author", "Someone Identifiable")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_attachment_added_cleaned_reported_and_viewed_from_memory(
    qtbot, window, db_thread, owner, tmp_path: Path
):
    case_id = new_case(qtbot, window, "Иволгин Глеб")
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_with_text())
    tab = window.case_detail.attachments
    with qtbot.waitSignal(tab.added, timeout=10_000) as blocker:
        tab.add_files([photo])
    assert blocker.args[0].removed  # the Author text chunk is gone
    assert "“photo.png” was added. Removed from it: text notes" in tab.report.text()
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1)
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.list_attachments(case_id))
    data = ask(qtbot, db_thread, owner, lambda v: v.store.read_attachment(stored[0].id))
    assert b"Someone Identifiable" not in data
    with qtbot.waitSignal(tab.viewer_opened) as opened:
        tab.view_selected()
    viewer = opened.args[0]
    assert viewer.shows_image and viewer.image.width() == 40
    viewer.close()


def test_dropped_files_are_attached_and_missing_ones_reported(qtbot, window, tmp_path: Path):
    new_case(qtbot, window, "Chechetkin Ilya")
    tab = window.case_detail.attachments
    letter = tmp_path / "letter.txt"
    letter.write_text("hello")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(letter)), QUrl("https://example.org/x")])
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(tab.added):
        tab.dropEvent(event)
    assert "cannot remove hidden details from this kind of file" in tab.report.text()
    with qtbot.waitSignal(tab.add_failed) as failed:
        tab.add_files([tmp_path / "gone.pdf"])
    assert failed.args[0] == "The file could not be read; check that it still exists."


@pytest.mark.parametrize(
    ("media_type", "data", "expected"),
    [
        ("application/pdf", b"%PDF-1.4\n%%EOF", "This PDF could not be read"),
        ("application/pdf", b"not a pdf at all", "This PDF could not be read"),
        ("image/png", b"\x89PNG\r\n\x1a\nbroken", "could not be read"),
        ("application/octet-stream", b"\x00\x01", "cannot show this kind of file"),
    ],
)
def test_the_viewer_never_hands_a_file_out(qtbot, media_type, data, expected):
    viewer = AttachmentViewer("x", media_type, data, parent=None)
    qtbot.addWidget(viewer)
    assert not viewer.shows_image
    assert expected in viewer.message.text()


def field_positions(page) -> dict[str, int]:
    """Where each field of the case form sits, in the page's coordinates."""
    form = page.forms["case"]
    return {name: w.mapTo(page, w.rect().topLeft()).y() for name, w in form.inputs.items()}


def test_messages_never_move_the_fields_and_a_refusal_goes_when_its_cause_is_fixed(
    qtbot, window, db_thread, owner
):
    new_case(qtbot, window, "Сорокин Павел")
    page = window.case_detail
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page.tabs.setCurrentIndex(0)
    before = field_positions(page)
    page.stage.setCurrentIndex(page.stage.findData("cleared"))  # refused: checks missing
    assert page.message.text().startswith("This case cannot move to")
    page.forms["case"].set_value("lawyer", "Aigerim")
    assert page.save_state.text() == "Unsaved changes"
    qtbot.wait(0)
    assert field_positions(page) == before  # the refusal had its place already
    for check in REQUIRED_CHECKS[:-1]:
        pass_check(page, check)
    assert "War-crimes screening" in page.message.text()  # shrinks as checks pass
    pass_check(page, REQUIRED_CHECKS[-1])
    assert page.message.text() == ""  # the refusal is gone once nothing stops the stage
    save(qtbot, page)
    assert page.save_state.text() == "Saved."
    assert field_positions(page) == before
    page.forms["case"].set_value("next_action", "Call the partner")
    assert page.save_state.text() == "Unsaved changes"  # one place: never both at once
    assert "Saved." not in page.title.text() and "Unsaved" not in page.title.text()


def test_things_to_fix_before_saving_go_away_as_they_are_fixed(qtbot, window):
    new_case(qtbot, window, "Ivan Grachev")
    page = window.case_detail
    page.stage.setCurrentIndex(page.stage.findData("rejected"))
    page.forms["person"].set_value("birth_date", "tomorrow")
    assert page.save() is None
    assert "needs a reason" in page.message.text() and "Date of birth" in page.message.text()
    page.forms["person"].set_value("birth_date", "")
    assert "Date of birth" not in page.message.text() and "needs a reason" in page.message.text()
    page.forms["case"].set_value("rejection_reason", "Story does not hold")
    assert page.message.text() == ""


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [("ru", "15.12.2026", "15.12.2026"), ("ru", "1.2.2026", "01.02.2026"),
     ("fr", "15/12/2026", "15/12/2026"), ("en", "2026-12-15", None),
     # German and Kazakh write dd.MM.yy; Satchel always shows four-digit years.
     ("de", "15.12.2026", "15.12.2026"), ("de", "1.2.2026", "01.02.2026"),
     ("kk", "15.12.2026", "15.12.2026")],
)  # fmt: skip
def test_dates_are_typed_in_the_users_format_and_stored_as_iso(
    qtbot, window, db_thread, owner, compiled_translations, language, typed, shown
):
    case_id = new_case(qtbot, window, "Дроздов Илья")
    assert compiled_translations.switch(language)
    page = window.case_detail
    field = page.forms["case"].inputs["deadline"]
    field.line.setText(typed)
    field.line.editingFinished.emit()
    assert field.text() == ("2026-12-15" if typed != "1.2.2026" else "2026-02-01")
    if shown is not None:
        assert field.line.text() == shown
    assert field.styleSheet() == ""  # not marked as wrong
    page.forms["case"].edited.emit()
    save(qtbot, page)
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    assert stored["deadline"] == field.text()


def test_a_date_is_picked_from_the_calendar(qtbot, window, db_thread, owner, compiled_translations):
    from PySide6.QtCore import QDate

    case_id = new_case(qtbot, window, "Скворцов Олег")
    assert compiled_translations.switch("ru")
    field = window.case_detail.timeline.occurred_on
    assert field.line.placeholderText() == "ДД.ММ.ГГГГ"
    assert field.button.menu() is field.menu  # the button opens the calendar in a menu
    field.menu.aboutToShow.emit()
    field.calendar.clicked.emit(QDate(2025, 3, 8))
    assert field.line.text() == "08.03.2025" and field.text() == "2025-03-08"
    timeline = window.case_detail.timeline
    timeline.description.setText("Пересёк границу")
    with qtbot.waitSignal(window.case_detail.saved):
        qtbot.keyClick(timeline.description, Qt.Key.Key_Return)  # Enter adds the entry
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    assert [e["occurred_on"] for e in stored["timeline"]] == ["2025-03-08"]


def test_a_statement_of_several_lines_is_added_with_ctrl_enter(qtbot, window, db_thread, owner):
    case_id = new_case(qtbot, window, "Чижов Артём")
    statements = window.case_detail.statements
    window.show()
    window.case_detail.tabs.setCurrentWidget(statements)
    statements.source.setText("video")
    statements.text.setFocus()
    qtbot.keyClicks(statements.text, "I refuse to fight.")
    qtbot.keyClick(statements.text, Qt.Key.Key_Return)  # a new line, nothing added yet
    qtbot.keyClicks(statements.text, "I will not go back.")
    assert statements.tree.topLevelItemCount() == 0
    with qtbot.waitSignal(window.case_detail.saved):
        qtbot.keyClick(statements.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    assert [s["text"] for s in stored["statements"]] == ["I refuse to fight.\nI will not go back."]


def make_pdf(pages: list[bytes]) -> bytes:
    """A small real PDF: one 200x100 pt page per content stream."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for i, content in enumerate(pages):
        page = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents {4 + 2 * i} 0 R >>"
        objects.append(page.encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref,
    )  # fmt: skip
    return bytes(out)


def test_a_pdf_is_shown_page_by_page_from_memory(qtbot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # anything written "here" would show up in this empty folder
    left, right = b"0 0 0 rg 0 0 100 100 re f", b"0 0 0 rg 100 0 100 100 re f"
    viewer = AttachmentViewer("scan.pdf", "application/pdf", make_pdf([left, right]), parent=None)
    qtbot.addWidget(viewer)
    assert viewer.shows_image and viewer.message.text() == "Page 1 of 2"
    image = viewer.image
    assert image.width() > 200  # drawn larger than 1 pixel per point, to be readable
    dark = QColor(image.pixel(image.width() // 4, image.height() // 2)).lightness()
    light = QColor(image.pixel(3 * image.width() // 4, image.height() // 2)).lightness()
    assert dark < 30 and light > 220  # page 1: the black square on the left
    assert not viewer.previous_button.isEnabled() and viewer.next_button.isEnabled()
    viewer.next_button.click()
    assert viewer.message.text() == "Page 2 of 2" and not viewer.next_button.isEnabled()
    image = viewer.image
    assert QColor(image.pixel(image.width() // 4, image.height() // 2)).lightness() > 220
    assert QColor(image.pixel(3 * image.width() // 4, image.height() // 2)).lightness() < 30
    assert not viewer.show_page(2)
    viewer.done(0)
    assert viewer.pdf is None and viewer.image.isNull()  # forgotten once closed
    assert list(tmp_path.iterdir()) == []


def test_after_attaching_the_originals_can_be_deleted_and_the_offer_is_honest(
    qtbot, window, db_thread, owner, tmp_path: Path, compiled_translations
):
    new_case(qtbot, window, "Кукушкин Лев")
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_with_text())
    link = tmp_path / "link.png"
    tab = window.case_detail.attachments
    assert tab.originals_box.isHidden()
    with qtbot.waitSignal(tab.added, timeout=10_000):
        tab.add_files([photo])
    assert not tab.originals_box.isHidden() and tab.originals == [photo]
    assert (
        "SSD" in tab.originals_note.text() and "full-disk encryption" in tab.originals_note.text()
    )
    assert "original" in tab.delete_button.text()
    link.symlink_to(photo)
    tab.originals.append(link)  # a link is never followed: it is refused and said so
    with qtbot.waitSignal(tab.originals_deleted, timeout=10_000) as deleted:
        tab.delete_button.click()
    assert not photo.exists()
    (problem,) = deleted.args[0]
    assert "link.png could not be deleted" in problem
    assert tab.originals_box.isHidden() and tab.originals == []
    assert problem in tab.report.text()
    assert compiled_translations.switch("ru")  # the refusal is said again, in Russian
    assert "link.png" in tab.report.text() and problem not in tab.report.text()


def test_keeping_the_originals_leaves_them(qtbot, window, tmp_path: Path):
    new_case(qtbot, window, "Соколов Ян")
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_with_text())
    tab = window.case_detail.attachments
    with qtbot.waitSignal(tab.added, timeout=10_000):
        tab.add_files([photo])
    tab.keep_button.click()
    assert tab.originals_box.isHidden() and photo.read_bytes() == png_with_text()


@pytest.mark.parametrize("language", ["en", "ru", "fr"])
def test_opening_a_case_and_switching_language_leaves_nothing_unsaved(
    qtbot, window, db_thread, owner, compiled_translations, language
):
    from app.store.demo import generate_demo

    ask(qtbot, db_thread, owner, lambda v: generate_demo(v.store, 5, seed=3))
    rows = ask(qtbot, db_thread, owner, lambda v: v.store.list_cases(limit=5))
    page = window.case_detail
    assert compiled_translations.switch(language)
    for row in rows:
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.open_case(row.id)
        assert not page.has_unsaved_changes(), (
            page.current_edits().fields,
            page.current_edits().checks,
            page.pending_entries(),
        )
        assert compiled_translations.switch("ru" if language != "ru" else "fr")
        assert not page.has_unsaved_changes(), (
            page.current_edits().fields,
            page.current_edits().checks,
            page.pending_entries(),
        )
        assert compiled_translations.switch(language)
    assert page.save_state.text() == ""


def test_the_main_window_opens_no_bigger_than_the_screen(window: MainWindow) -> None:
    """1280x800 where there is room; on a smaller screen (the offscreen one is 800x600) no
    higher than it leaves for the title bar, and no wider unless its minimum width is."""
    from ui.widgets import TITLE_BAR_ROOM

    room = window.screen().availableGeometry()
    assert window.height() <= max(room.height() - TITLE_BAR_ROOM, window.minimumHeight())
    assert window.width() <= max(room.width(), window.minimumWidth())
    assert window.height() <= 800 and window.width() <= 1280
