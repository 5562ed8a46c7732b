"""Every window and dialog, in every language of the app: no clipped words, no English.

The walk opens each screen a lawyer meets (first run and its recovery code, unlock, the
main window's pages and the case's tabs at 1024x600, the dialogs), then looks at every
visible label, button, tab, group title and column header:

- clipped: the text needs more room than the widget has (a button narrower than its text,
  a one-line label cut short, a wrapped label taller than its place, an elided tab, a
  drop-down list narrower than its choice, a text field too narrow to type in);
- English in a translation: the text is one of the app's English source strings that has
  a translation, or (Russian, Kazakh: Cyrillic) a run of Latin words that is not a name or a
  known term, or one of Qt's own English button words.

Data the user typed (case names, card text) lives in fields and lists, not in these
widgets, so what is checked is the app's own wording.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from app.store.demo import generate_demo
from tests.gui.conftest import PASSPHRASE
from ui.first_run import FirstRunDialog
from ui.i18n import LANGUAGES
from ui.main_window import MainWindow
from ui.panic import PanicDialog
from ui.tasks import VaultTask
from ui.unlock import UnlockDialog

ROOT = Path(__file__).resolve().parents[2]
SMALL_SCREEN = (1024, 600)
# Words that are the same in every language (names of things, not English sentences).
ALLOWED_LATIN = {
    "satchel", "age", "pdf", "qr", "gps", "ssd", "usb", "sha", "utc", "argon2id", "mib",
    "x25519", "ed25519", "chacha20", "poly1305", "sqlcipher", "aes", "hmac", "kib", "exif",
    "xmp", "iptc", "ok", "id", "dpi", "gb", "mb", "kb", "notes",
}  # fmt: skip
CYRILLIC = {"ru", "kk"}
FIELD_LETTERS = 8  # a text field narrower than this many letters is of no use
QT_ENGLISH = {"Cancel", "Close", "Apply", "Open", "Save", "< Back", "Next >", "Finish", "Commit",
              "Help", "Yes", "No", "Look in:", "File name:", "Files of type:"}  # fmt: skip


def english_sources(language: str) -> set[str]:
    """The English source strings whose ``language`` translation differs (never shown)."""
    found: set[str] = set()
    if language == "en":
        return found
    root = ET.parse(ROOT / "resources" / "i18n" / f"satchel_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        if _plain(translation.text or "") not in ("", _plain(source)) and len(source) > 3:
            found.add(_plain(source))
    return found


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def texts_of(top: QWidget) -> Iterator[tuple[str, QWidget, str]]:
    """(kind, widget, text) for every visible piece of the app's own wording under ``top``."""
    if top.windowTitle():
        yield "title", top, top.windowTitle()
    for widget in top.findChildren(QWidget):
        if not shown(widget):
            continue
        spin_box = isinstance(widget.parentWidget(), QAbstractSpinBox)  # a few digits
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            yield "label", widget, widget.text()
        elif isinstance(widget, QAbstractButton) and widget.text():
            yield "button", widget, widget.text()
        elif isinstance(widget, QGroupBox) and widget.title():
            yield "group", widget, widget.title()
        elif isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
            if not Path(widget.currentText()).is_absolute():  # a folder's path: Qt elides it
                yield "combo", widget, widget.currentText()
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly() and not spin_box:
            yield "field", widget, widget.placeholderText()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield "tab", widget, widget.tabText(i)
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is None:
                continue
            for i in range(widget.count()):
                if not widget.isSectionHidden(i):
                    text = model.headerData(i, widget.orientation())
                    if text:
                        yield "header", widget, str(text)


def clipped(kind: str, widget: QWidget, text: str) -> bool:
    metrics = widget.fontMetrics()
    if kind == "label":
        assert isinstance(widget, QLabel)
        room = widget.contentsRect()
        if widget.wordWrap() or QtGui.Qt.mightBeRichText(text):
            document = QTextDocument()
            document.setDefaultFont(widget.font())
            if QtGui.Qt.mightBeRichText(text):
                document.setHtml(text)
            else:
                document.setPlainText(text)
            document.setDocumentMargin(0)
            if widget.wordWrap():
                document.setTextWidth(room.width())
                return document.size().height() > room.height() + 2
            return document.idealWidth() > room.width() + 2
        return metrics.horizontalAdvance(_plain(text)) > room.width() + 1
    if kind == "button":
        hint = widget.sizeHint()
        if isinstance(widget, (QCheckBox, QRadioButton)):
            return hint.width() > widget.width() + 1
        return hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1
    if kind == "group":
        return metrics.horizontalAdvance(text) + 16 > widget.width()
    if kind == "field":  # room for a few letters at least, or all it may hold
        assert isinstance(widget, QLineEdit)
        letters = min(FIELD_LETTERS, widget.maxLength())
        return widget.width() < letters * metrics.averageCharWidth() + 8
    if kind == "combo":
        assert isinstance(widget, QComboBox)
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )  # fmt: skip
        return metrics.horizontalAdvance(text) > field.width() + 1
    if kind == "tab":
        assert isinstance(widget, QTabBar)
        index = [widget.tabText(i) for i in range(widget.count())].index(text)
        return widget.tabRect(index).width() < widget.tabSizeHint(index).width()
    if kind == "header":
        assert isinstance(widget, QHeaderView)
        model = widget.model()
        index = next(
            i
            for i in range(widget.count())
            if str(model.headerData(i, widget.orientation())) == text
        )
        if widget.sectionViewportPosition(index) + 8 > widget.viewport().width():
            return False  # scrolled out of view: reachable, not cut
        return widget.sectionSize(index) < widget.sectionSizeHint(index) - 1  # Qt's own need
    return False


def english(text: str, language: str, sources: set[str]) -> bool:
    if language == "en":
        return False
    plain = _plain(text)
    if plain in sources or plain in QT_ENGLISH:
        return True
    if language in CYRILLIC:
        words = re.findall(r"[A-Za-z][A-Za-z'’-]+", plain)
        unknown = [w for w in words if w.lower() not in ALLOWED_LATIN]
        # Two Latin words side by side that are no known term: an English phrase.
        return bool(re.search(r"[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}", plain)) and len(unknown) >= 3
    return False


class Walk:
    """Collects what is wrong on every screen it is shown."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.sources = english_sources(language)
        self.problems: list[str] = []
        self.screens: list[str] = []

    def look(self, screen: str, top: QWidget) -> None:
        QApplication.processEvents()
        self.screens.append(screen)
        for kind, widget, text in texts_of(top):
            where = (
                f"{self.language} {screen} {kind} {widget.objectName() or type(widget).__name__}"
            )
            if clipped(kind, widget, text):
                self.problems.append(f"{where}: clipped {text!r}")
            if kind not in ("combo", "field") and english(text, self.language, self.sources):
                self.problems.append(f"{where}: English {text!r}")


def ask(qtbot: Any, db: Any, owner: QObject, fn: Any) -> Any:
    task = VaultTask(db, fn, parent=owner)
    with qtbot.waitSignal(task.succeeded, timeout=60_000) as blocker:
        task.run_in_background()
    return blocker.args[0]


def walk_first_run(qtbot: Any, walk: Walk, shell: Any) -> None:
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.language.setCurrentIndex(dialog.language.findData(walk.language))
    dialog.show()
    walk.look("first-run", dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    walk.look("first-run-differ", dialog)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.db.opened, timeout=60_000):
        dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    walk.look("recovery-code", dialog)
    dialog.written_down.setChecked(True)
    dialog.last_group.setText(dialog.code.text()[-4:])
    dialog.finish()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=30_000)


def walk_main_window(qtbot: Any, walk: Walk, window: MainWindow, owner: QObject) -> None:
    window.resize(*SMALL_SCREEN)
    window.show()
    qtbot.waitExposed(window)
    db = window._db
    case_id = ask(qtbot, db, owner, lambda vault: _fill(vault))
    for page in ("dashboard", "cases", "contacts", "bundles", "audit", "settings"):
        window.show_page(page)
        if page == "dashboard":
            with qtbot.waitSignal(window.dashboard.refreshed, timeout=20_000):
                window.dashboard.refresh()
        if page == "cases":
            with qtbot.waitSignal(window.cases.model.loaded, timeout=20_000):
                window.cases.apply_filters()
        if page == "contacts":
            with qtbot.waitSignal(window.contacts.loaded, timeout=20_000):
                window.contacts.refresh()
        walk.look(page, window)
    with qtbot.waitSignal(window.case_detail.matches_shown, timeout=20_000) as matches:
        window.open_case(case_id)
    assert matches.args[0] >= 1  # the returning-person warning is part of the walk
    detail = window.case_detail
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
        walk.look(f"case-tab-{index}", window)
    detail.stage.setCurrentIndex(detail.stage.findData("cleared"))  # refused, with a reason
    walk.look("case-refused", window)
    vetting = detail.vetting  # every result shown once, the longest words included
    detail.tabs.setCurrentIndex(
        next(i for i in range(detail.tabs.count()) if detail.tabs.widget(i).isAncestorOf(vetting))
    )
    for number, row in enumerate(vetting.rows.values()):
        row.result.setCurrentIndex(number % row.result.count())
    walk.look("case-vetting-every-result", window)
    for row in vetting.rows.values():
        row.result.setCurrentIndex(row.result.findData(row.loaded.result))
    dossier = detail.make_dossier()
    assert dossier is not None
    walk.look("dossier", dossier)
    dossier.reject()
    new_case = window.new_case()
    walk.look("new-case", new_case)
    new_case.reject()
    wizard = window.export_cases()
    with qtbot.waitSignal(wizard.cases_page.loaded, timeout=20_000):
        wizard.load()
    walk.look("export-cases", wizard)
    wizard.reject()
    dialog = window.import_bundle()
    walk.look("import", dialog)
    dialog.reject()
    border = window.border_mode()
    walk.look("border", border)
    border.reject()
    add = window.contacts.add_contact()
    walk.look("add-contact", add)
    add.reject()
    panic = PanicDialog(parent=window)
    panic.show()
    walk.look("panic", panic)
    panic.reject()


def _fill(vault: Any) -> str:
    store = vault.store
    generate_demo(store, 12, seed=7)
    store.add_partner("Association d’aide aux exilés (Paris)", country="FR")
    walked = str(store.list_cases(order_by="name", limit=1)[0].id)
    person = store.get_case(walked)["person"]
    # The same person again (a returning person), so the case shows its loud warning.
    twin = store.add_case(person["name"], {"birth_date": person["birth_date"] or "1990-01-01"})
    store.set_case_fields(walked, {"birth_date": person["birth_date"] or "1990-01-01"})
    store.set_case_fields(twin, {"stage": "rejected", "rejection_reason": "такой части нет"})
    return walked


@pytest.mark.keystore
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_no_screen_clips_a_word_or_speaks_english(qtbot, shell, owner, language, monkeypatch):
    monkeypatch.setattr("ui.shell.system_language", lambda offered: language)
    walk = Walk(language)
    walk_first_run(qtbot, walk, shell)
    assert shell.window is not None
    walk_main_window(qtbot, walk, shell.window, owner)
    with qtbot.waitSignal(shell.db.locked, timeout=20_000):
        shell.lock()
    unlock = shell.dialog
    assert isinstance(unlock, UnlockDialog)
    unlock.show()
    walk.look("unlock", unlock)
    assert len(walk.screens) > 25
    assert not walk.problems, "\n" + "\n".join(walk.problems)


def test_the_walk_notices_a_clipped_button_and_english_in_russian(qtbot):
    box = QDialog()
    qtbot.addWidget(box)
    button = QPushButton("A rather long button text that cannot fit", box)
    button.setFixedWidth(40)
    label = QLabel("Unsaved changes", box)
    label.move(0, 60)
    label.adjustSize()
    box.resize(400, 200)
    box.show()
    qtbot.waitExposed(box)
    walk = Walk("ru")
    walk.look("made-up", box)
    assert any("clipped" in p for p in walk.problems)
    assert any("English" in p and "Unsaved changes" in p for p in walk.problems)


def test_the_walk_notices_a_squeezed_field_and_a_clipped_choice(qtbot):
    box = QDialog()
    qtbot.addWidget(box)
    field = QLineEdit(box)
    field.setFixedWidth(30)
    combo = QComboBox(box)
    combo.addItem("Неоднозначно, нужно ещё раз проверить")
    combo.setFixedWidth(80)
    combo.move(0, 60)
    box.resize(400, 200)
    box.show()
    qtbot.waitExposed(box)
    walk = Walk("ru")
    walk.look("made-up", box)
    assert any("field" in p and "clipped" in p for p in walk.problems)
    assert any("combo" in p and "clipped" in p for p in walk.problems)
    assert not any("English" in p for p in walk.problems)  # a choice may be the user's data
