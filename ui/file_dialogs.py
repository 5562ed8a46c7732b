"""Qt's own file dialog, in the user's language, with columns that can be read.

Every file or folder Satchel asks for goes through these four functions:
:func:`file_to_open`, :func:`files_to_open`, :func:`file_to_save` and
:func:`folder_to_choose`. They use Qt's own dialog, never the system's, so the desktop's
recent-documents list never learns which files a lawyer opened or where bundles were saved.

Qt's own dialog needs three things to speak the user's language:

- the words Qt's translation (``qtbase_<lang>.qm``) lacks: "Look in:" and "Files of type:"
  (their source text in Qt 6 has an accelerator, which the shipped files do not cover).
  Satchel's own ``.ts`` files carry them in Qt's context ``QFileDialog``, from the marks
  below, so Qt's dialog finds them by itself and on every language switch;
- sizes, dates and the word "Folder" in the list: Qt's file model writes them in the
  *system's* locale and in English, whatever language the user chose in Satchel;
  :class:`LocalisedFileColumns` writes them again through :mod:`ui.formats`;
- room: the dialog opens at :data:`DIALOG_SIZE` (less on a small screen) and each column
  is at least as wide as its header and the longest text it shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QListView,
    QSplitter,
    QTreeView,
    QWidget,
)

from ui.formats import datetime_text, size_text

# Qt 6's own source text for two labels of its file dialog, which qtbase_ru/fr.qm do not
# translate; Satchel's .ts files carry them in Qt's context (see the module's doc).
QT_FILE_DIALOG_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

DIALOG_SIZE = QSize(900, 560)
"""Room for the sidebar, a long file name and the size, type and date columns."""

NAME, SIZE, TYPE, DATE = range(4)  # the columns of Qt's file model
_ROOM = 24  # the header's sort arrow and the cells' margins

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


class LocalisedFileColumns(QIdentityProxyModel):
    """Qt's file model with size, type and date written in the user's language."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        column = index.column()
        if role != Qt.ItemDataRole.DisplayRole or column not in (SIZE, TYPE, DATE):
            return super().data(index, role)
        files = self.sourceModel()
        if not isinstance(files, QFileSystemModel):
            return super().data(index, role)
        info = files.fileInfo(self.mapToSource(index))
        if column == SIZE:
            return size_text(info.size()) if info.isFile() else ""
        if column == DATE:
            return datetime_text(info.lastModified())
        if info.isDir():
            return QCoreApplication.translate("FileDialog", "Folder")
        return super().data(index, role)


class SatchelFileDialog(QFileDialog):
    """Qt's own file dialog (never the system's), sized and worded for the user."""

    def __init__(self, parent: QWidget | None, caption: str) -> None:
        super().__init__(parent, caption)
        self.setOptions(_OPTIONS)
        self.setViewMode(QFileDialog.ViewMode.Detail)
        self.setProxyModel(LocalisedFileColumns(self))
        self._files_shown = False
        room = DIALOG_SIZE
        screen = (parent.screen() if parent is not None else self.screen()).availableSize()
        self.resize(min(room.width(), screen.width() * 9 // 10),
                    min(room.height(), screen.height() * 9 // 10))  # fmt: skip

    def files_view(self) -> QTreeView:
        view = self.findChild(QTreeView, "treeView")
        assert view is not None  # part of Qt's own dialog
        return view

    def fit_columns(self) -> None:
        """Each column at least as wide as its header and the longest text it shows."""
        view = self.files_view()
        header = view.header()
        for column in (SIZE, TYPE, DATE):
            wanted = max(header.sectionSizeHint(column), view.sizeHintForColumn(column) + _ROOM)
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        sidebar = self.findChild(QListView, "sidebar")
        splitter = self.findChild(QSplitter, "splitter")
        if sidebar is not None and splitter is not None:
            sizes = splitter.sizes()
            wanted = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + _ROOM
            if sizes and sizes[0] < wanted:
                splitter.setSizes([wanted, max(1, sum(sizes) - wanted), *sizes[2:]])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_columns()
        if not self._files_shown:
            # The folder is read on Qt's own thread: fit again once its files are listed.
            files = self.findChild(QFileSystemModel)
            if files is not None:
                files.directoryLoaded.connect(lambda _path: self.fit_columns())
            self._files_shown = True


def _chosen(dialog: SatchelFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def _filters(dialog: QFileDialog, filters: str) -> None:
    if filters:
        dialog.setNameFilters(filters.split(";;"))


def file_to_open(parent: QWidget, caption: str, filters: str = "") -> Path | None:
    """One existing file the user chose, or None if they cancelled."""
    dialog = SatchelFileDialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setOption(QFileDialog.Option.ReadOnly)
    _filters(dialog, filters)
    found = _chosen(dialog)
    return Path(found[0]) if found else None


def files_to_open(parent: QWidget, caption: str) -> list[Path]:
    """The existing files the user chose (none if they cancelled)."""
    dialog = SatchelFileDialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setOption(QFileDialog.Option.ReadOnly)
    return [Path(p) for p in _chosen(dialog)]


def file_to_save(parent: QWidget, caption: str, suggested: str, filters: str) -> Path | None:
    """Where the user wants a new file written, or None if they cancelled."""
    dialog = SatchelFileDialog(parent, caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    _filters(dialog, filters)
    dialog.selectFile(suggested)
    found = _chosen(dialog)
    return Path(found[0]) if found else None


def folder_to_choose(parent: QWidget, caption: str) -> Path | None:
    """An existing folder the user chose, or None if they cancelled."""
    dialog = SatchelFileDialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    found = _chosen(dialog)
    return Path(found[0]) if found else None
