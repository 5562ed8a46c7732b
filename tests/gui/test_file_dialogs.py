"""Every file dialog Satchel opens speaks Russian or French, and its columns can be read.

Each kind of dialog the app uses (open one file, open several, save, choose a folder; the
Backup button's through its real path) is opened over a folder with a file and a subfolder;
while it waits for the user, its labels, buttons, headers, tooltips, type filters and list
cells are checked with the same helpers as every other window, then it is cancelled.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from tests.gui.test_every_window_fits import Walk
from ui.backup_section import BackupSection
from ui.file_dialogs import (
    DATE,
    SIZE,
    TYPE,
    SatchelFileDialog,
    file_to_open,
    file_to_save,
    files_to_open,
    folder_to_choose,
)

ROOT = Path(__file__).resolve().parents[2]
FILE_DIALOG_ENGLISH = {
    "Look in:", "Files of type:", "File name:", "Folder", "Directory:", "Directories",
    "All Files (*)", "All files (*)", "Name", "Size", "Type", "Date Modified", "Choose",
    "Open", "Save", "Cancel", "Computer", "Back", "Forward", "Parent Directory",
    "Create New Folder", "List View", "Detail View",
}  # fmt: skip
ENGLISH_IN_CELLS = re.compile(r"\bbytes?\b|\bKB\b|\bkB\b|\bKiB\b|\bFolder\b")


def _plain(text: str) -> str:
    return " ".join(text.replace("&", "").replace("\u00a0", " ").split())


def look_at(qtbot: Any, walk: Walk, screen: str, dialog: SatchelFileDialog) -> None:
    view = dialog.files_view()
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 1, timeout=10_000)
    dialog.fit_columns()
    walk.look(screen, dialog)
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        words = [widget.toolTip()]
        if isinstance(widget, QAbstractButton):
            words.append(widget.text())
        if isinstance(widget, QComboBox) and widget.objectName() == "fileTypeCombo":
            words += [widget.itemText(i) for i in range(widget.count())]
        for text in words:
            if text and _plain(text).replace(" :", ":") in walk.sources & FILE_DIALOG_ENGLISH:
                walk.problems.append(f"{walk.language} {screen}: English {text!r}")
    model, root, header = view.model(), view.rootIndex(), view.header()
    for row in range(model.rowCount(root)):
        for column in (SIZE, TYPE, DATE):
            cell = str(model.data(model.index(row, column, root)) or "")
            if ENGLISH_IN_CELLS.search(cell):
                walk.problems.append(f"{walk.language} {screen}: English cell {cell!r}")
    for column in (SIZE, TYPE, DATE):
        needed = max(header.sectionSizeHint(column), view.sizeHintForColumn(column))
        if header.sectionSize(column) < needed:
            walk.problems.append(f"{walk.language} {screen}: column {column} cut")
    if dialog.width() < 700 or dialog.height() < 450:
        walk.problems.append(f"{walk.language} {screen}: small {dialog.size()}")


def while_open(qtbot: Any, walk: Walk, screen: str, open_it: Callable[[], object]) -> None:
    """Run ``open_it`` (which waits for the user) and look at the dialog it shows."""
    seen: list[str] = []

    def inspect() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SatchelFileDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        try:
            assert shown, "no file dialog is open"
            seen.append(screen)
            look_at(qtbot, walk, screen, shown[0])
        finally:
            for dialog in shown:
                dialog.reject()

    QTimer.singleShot(0, inspect)
    assert open_it() in (None, [])  # cancelled
    assert seen == [screen]


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_every_file_dialog_speaks_the_language_and_fits(
    qtbot, compiled_translations, language, tmp_path, monkeypatch
):
    folder = tmp_path / "files"
    (folder / "scans").mkdir(parents=True)
    (folder / "passport.pdf").write_bytes(b"%PDF-1.4\n" * 600)
    (folder / "note.txt").write_bytes(b"12")
    monkeypatch.chdir(folder)  # the dialogs open in the current folder
    assert compiled_translations.switch(language)
    parent = QWidget()
    qtbot.addWidget(parent)
    walk = Walk(language)
    # "Type" is French as well as English.
    walk.sources |= FILE_DIALOG_ENGLISH - ({"Type"} if language == "fr" else set())
    while_open(qtbot, walk, "open", lambda: file_to_open(parent, "x", "Satchel (*.age);;* (*)"))
    while_open(qtbot, walk, "open-many", lambda: files_to_open(parent, "x"))
    while_open(qtbot, walk, "save", lambda: file_to_save(parent, "x", "a.pdf", "PDF (*.pdf)"))
    while_open(qtbot, walk, "folder", lambda: folder_to_choose(parent, "x"))
    backup = BackupSection(parent=parent)
    while_open(qtbot, walk, "backup", backup.choose_and_save)
    assert walk.problems == []


def test_no_screen_opens_a_file_dialog_of_its_own() -> None:
    """Only ui/file_dialogs.py makes file dialogs, so every one is checked above."""
    others = [
        path.relative_to(ROOT)
        for path in (ROOT / "ui").rglob("*.py")
        if path.name != "file_dialogs.py" and "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert others == []


def test_the_file_list_is_in_the_user_language_not_the_system(qtbot, compiled_translations):
    """Qt's model writes sizes in the system's locale; the dialog shows the user's."""
    assert compiled_translations.switch("ru")
    dialog = SatchelFileDialog(None, "x")
    qtbot.addWidget(dialog)
    dialog.setDirectory(str(ROOT / "resources"))
    dialog.show()
    view = dialog.files_view()
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 1, timeout=10_000)
    model = view.model()
    types = {
        str(model.data(model.index(r, TYPE, view.rootIndex())))
        for r in range(model.rowCount(view.rootIndex()))
    }
    assert "Папка" in types
