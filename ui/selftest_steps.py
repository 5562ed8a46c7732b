"""The desktop app's own self-test step: the main window renders, offscreen, on a real vault.

``satchel selftest`` runs the core's steps (``cli/selftest.py``); this adds the one thing the
core cannot check without Qt. It opens the self-test's throw-away vault on a real database
thread, builds the main window as the app does after unlocking, renders it into an image
and checks that the case list shows the self-test's case.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from app.vault import SecurityStatus, Vault
from app.vault.keystore import no_keystore
from cli.selftest import SelfTestFailure, SelfTestRun, Step
from ui.main_window import MainWindow
from ui.settings import GuiSettings
from ui.tasks import DatabaseThread

_WAIT_MS = 20_000


def selftest_steps() -> list[Step]:
    return [Step("window: the main window renders offscreen", check_main_window)]


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(["satchel", "-platform", "offscreen"])


def _run_until(signals: list[SignalInstance], start: Callable[[], object], what: str) -> None:
    """Call ``start`` and run the event loop until one of ``signals`` fires, or fail the step."""
    loop = QEventLoop()
    for signal in signals:
        signal.connect(loop.quit)
    start()
    timer = QTimer(loop)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(_WAIT_MS)
    loop.exec()
    if not timer.isActive():
        raise SelfTestFailure(f"{what} did not finish in {_WAIT_MS // 1000} s")
    timer.stop()


def check_main_window(run: SelfTestRun) -> None:
    app = _application()
    db = DatabaseThread(app)
    outcome: dict[str, object] = {}
    keystore = no_keystore("The self-test never uses the system keystore.")

    def opener() -> tuple[Vault, SecurityStatus]:
        vault = Vault.unlock(run.vault_folder, run.passphrase, keystore=keystore)
        return vault, vault.security_status()

    task = db.open_vault(opener, parent=app)
    task.success(lambda status: outcome.update(status=status))
    task.failure(lambda error: outcome.update(error=error))
    _run_until([task.succeeded, task.failed], task.run_in_background, "unlocking")
    try:
        if "error" in outcome:
            raise SelfTestFailure(f"the vault did not open ({type(outcome['error']).__name__})")
        status = outcome["status"]
        assert isinstance(status, SecurityStatus)
        window = MainWindow(db, status, GuiSettings())
        model = window.cases.model
        _run_until([model.loaded, model.failed], window.cases.apply_filters, "the case list")
        window.resize(1100, 700)
        window.show()
        app.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() < 400:
            raise SelfTestFailure("the main window rendered no picture")
        if model.rowCount() < 1:
            raise SelfTestFailure("the case list shows no case")
        window.close()
        window.deleteLater()
    finally:
        db.stop()
