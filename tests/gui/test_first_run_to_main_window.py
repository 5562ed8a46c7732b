"""The real first-run path, under the application's own event loop, to the main window.

The app once quit silently right after the recovery code was confirmed: the first-run
dialog closed itself while the main window still waited for the database thread, no
window was left, and Qt quit on "last window closed". Whether it happened depended on how
busy that thread was. Here the thread is held busy on purpose while the code is confirmed,
and ``QApplication.exec()`` runs as in ``satchel``: the loop must still be running when the
main window appears, and end only because the test ends it.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.first_run import FirstRunDialog
from ui.main_window import MainWindow
from ui.tasks import VaultTask

PASSPHRASE = "correct horse battery staple"
REACHED_MAIN_WINDOW = 42
GAVE_UP = 99


@pytest.mark.keystore
def test_confirming_the_recovery_code_while_the_vault_is_busy_opens_the_main_window(
    qapp: QApplication, shell
) -> None:
    release = threading.Event()
    seen: list[str] = []

    def busy(_vault: object) -> None:
        release.wait(30)  # the database thread is slow: the keystore, a big vault...

    def confirm_code() -> None:
        dialog = shell.dialog
        assert isinstance(dialog, FirstRunDialog)
        if dialog.pages.currentIndex() != 1:
            QTimer.singleShot(10, confirm_code)
            return
        dialog.written_down.setChecked(True)
        dialog.last_group.setText(dialog.code.text()[-4:])
        VaultTask(shell.db, busy, parent=shell).run_in_background()
        dialog.finish()
        seen.append("confirmed")
        # Let the event loop run for a while with no main window yet, then free the thread.
        QTimer.singleShot(300, release.set)
        wait_for_main_window()

    def wait_for_main_window() -> None:
        if isinstance(shell.window, MainWindow) and shell.window.isVisible():
            seen.append("main window")
            qapp.exit(REACHED_MAIN_WINDOW)
            return
        QTimer.singleShot(10, wait_for_main_window)

    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    QTimer.singleShot(0, dialog.create_vault)
    QTimer.singleShot(0, confirm_code)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: qapp.exit(GAVE_UP))
    give_up.start(60_000)
    try:
        code = qapp.exec()
    finally:
        release.set()
        give_up.stop()
    assert seen == ["confirmed", "main window"], seen
    assert code == REACHED_MAIN_WINDOW
    assert shell.dialog is None and shell.window is not None and shell.window.isVisible()


@pytest.mark.keystore
def test_closing_the_main_window_quits_the_app(qapp: QApplication, shell) -> None:
    """Qt no longer quits by itself when no window is left; the main window's close does."""
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)

    def confirm_code() -> None:
        if dialog.pages.currentIndex() != 1:
            QTimer.singleShot(10, confirm_code)
            return
        dialog.written_down.setChecked(True)
        dialog.last_group.setText(dialog.code.text()[-4:])
        dialog.finish()
        close_when_shown()

    def close_when_shown() -> None:
        if shell.window is None:
            QTimer.singleShot(10, close_when_shown)
            return
        shell.window.close()

    QTimer.singleShot(0, dialog.create_vault)
    QTimer.singleShot(0, confirm_code)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: qapp.exit(GAVE_UP))
    give_up.start(60_000)
    try:
        code = qapp.exec()
    finally:
        give_up.stop()
    assert code == 0
