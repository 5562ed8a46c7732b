"""The desktop app's own self-test step: the main window renders, offscreen, on a real vault.

``satchel selftest`` runs the core's steps (``cli/selftest.py``); this adds what the core
cannot check without Qt. It opens the self-test's throw-away vault on a real database
thread, builds the main window as the app does after unlocking, renders it into an image
and checks that the case list shows the self-test's case. It also loads every language:
Satchel's own compiled translations and Qt's (``qtbase_<lang>.qm``, the standard buttons and
the file dialog). A package that lost either would show English without any error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from app.vault import SecurityStatus, Vault
from app.vault.keystore import no_keystore
from cli.selftest import SelfTestFailure, SelfTestRun, Step
from ui.i18n import LANGUAGES, SOURCE_LANGUAGE, Translations
from ui.main_window import MainWindow
from ui.settings import GuiSettings
from ui.tasks import DatabaseThread

_WAIT_MS = 20_000
QT_OWN_WORD = ("QPlatformTheme", "Cancel")
"""A word only Qt's qtbase_<lang>.qm translates (a tuple, so that lupdate does not copy it
into Satchel's own .ts files, where it would hide a missing qtbase file)."""


def selftest_steps() -> list[Step]:
    return [
        Step("window: the main window renders offscreen", check_main_window),
        Step("languages: Satchel's and Qt's own words in every language", check_languages),
    ]


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


def check_languages(run: SelfTestRun, folder: Path | None = None) -> None:
    """Every language's compiled translation loads, and so do Qt's own words in it."""
    _application()
    holder = QObject()
    translations = Translations(holder, folder)
    try:
        missing = [code for code in LANGUAGES if not translations.qm_file(code).is_file()]
        if missing:
            raise SelfTestFailure(f"no compiled translation for {', '.join(missing)}")
        for code in LANGUAGES:
            if code == SOURCE_LANGUAGE:
                continue
            if not translations.switch(code):
                raise SelfTestFailure(f"the {code} translation does not load")
            if QCoreApplication.translate(*QT_OWN_WORD) == QT_OWN_WORD[1]:
                raise SelfTestFailure(f"Qt's own buttons have no {code} words (qtbase_{code}.qm)")
    finally:
        translations.switch(SOURCE_LANGUAGE)
        holder.deleteLater()
