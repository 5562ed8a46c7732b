"""Screenshots of every main screen, in every language, from a throw-away demo vault.

    make screenshots        # writes docs/screenshots/<lang>/<screen>.png

Runs offscreen (no display needed) under a private Secret Service (tests/keyring-session.sh),
so the security status shows a device secret as on a real laptop. The vault is created at the
production Argon2id cost in a temporary folder, filled with invented cases
(:func:`app.store.demo.generate_demo`, fixed seed) and deleted afterwards. The widgets are the real
ones, driven the way a user would; ``QWidget.grab()`` renders the main window at 1440x900
(``docs/screenshots/<lang>/``) and at 1024x600, the smallest supported screen
(``docs/screenshots/<lang>/1024x600/``).
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QLocale, QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from app.keystore import system_keystore
from app.store.demo import generate_demo
from app.vault import Vault
from app.wipe import panic_wipe
from ui.first_run import FirstRunDialog
from ui.i18n import LANGUAGES, Translations
from ui.main_window import MainWindow
from ui.restore_dialog import RestoreDialog
from ui.screenshot_exchange import PARTNER, Exchange, close, prepare
from ui.settings import GuiSettings
from ui.tasks import DatabaseThread, VaultTask
from ui.theme import apply_theme
from ui.unlock import UnlockDialog

SIZES = {"": (1440, 900), "1024x600": (1024, 600)}
"""Sub-folder and window size: a common laptop screen, and the smallest Satchel supports."""
DEMO_CASES = 240
SEED = 2024
MAX_PNG_BYTES = 150_000


def wait_for(signal: SignalInstance, start: Callable[[], object], timeout_ms: int = 60_000) -> None:
    """Start something and let Qt run until ``signal`` fires (or the timeout passes)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    loop.exec()
    signal.disconnect(loop.quit)
    QApplication.processEvents()


def ask(db: DatabaseThread, owner: QObject, fn: Callable[[Any], Any]) -> Any:
    answers: list[Any] = []
    task: VaultTask[Any] = VaultTask(db, fn, parent=owner)
    task.success(answers.append).failure(lambda error: answers.append(error))
    wait_for(task.succeeded, task.run_in_background)
    if not answers or isinstance(answers[0], BaseException):
        raise RuntimeError(f"the database thread did not answer: {answers!r}")
    return answers[0]


def fill_demo(vault: Vault) -> str:
    """Invented cases, one partner, and the id of a case still being vetted."""
    store = vault.store
    generate_demo(store, DEMO_CASES, seed=SEED)
    store.add_partner("Association d’aide aux exilés (Paris)", country="FR")
    case_id = str(store.list_cases(stage="vetting", order_by="name", limit=1)[0].id)
    store.add_statement(
        case_id, "Я не буду стрелять в людей. Эта война преступна.", stated_on="2025-02-14",
        source="видеообращение", translation="Je ne tirerai pas sur des gens. Cette guerre est "
        "criminelle.", translation_lang="fr", translator="Claire Moreau",
    )  # fmt: skip
    return case_id


def save(widget: QWidget, folder: Path, screen: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{screen}.png"
    image = widget.grab().toImage()
    image.save(str(path))
    if path.stat().st_size > MAX_PNG_BYTES:  # a busy screen: 256 colours keep it small
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path))
    return path


def shoot_first_run(db: DatabaseThread, scratch: Path, out: Path, language: str) -> None:
    """The first window of a new install: the language first, then the passphrase."""
    dialog = FirstRunDialog(
        db, scratch / "never-created", system_keystore(), parent=None, language=language
    )
    dialog.show()
    dialog.adjustSize()
    save(dialog, out, "first-run")
    dialog.close()
    dialog.deleteLater()


def shoot_language(window: MainWindow, unlock: UnlockDialog, case_id: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    save(unlock, out, "unlock")
    window.show_page("dashboard")
    wait_for(window.dashboard.refreshed, window.dashboard.refresh)
    save(window, out, "dashboard")
    window.show_case_list()
    window.show_page("cases")
    wait_for(window.cases.model.loaded, window.cases.apply_filters)
    save(window, out, "cases")
    detail = window.case_detail
    wait_for(detail.loaded, lambda: window.open_case(case_id))
    detail.tabs.setCurrentIndex(4)
    detail.stage.setCurrentIndex(detail.stage.findData("cleared"))  # refused, and says why
    save(window, out, "case-vetting")
    detail.tabs.setCurrentIndex(1)
    save(window, out, "case-person")
    detail.tabs.setCurrentIndex(detail.tabs.indexOf(detail.statements))
    save(window, out, "case-statements")
    detail.statements.select(0)
    translation = detail.open_translation(detail.statements.records[0])
    save(translation, out, "translation")
    translation.reject()
    window.show_page("audit")
    wait_for(window.audit.loaded, window.audit.refresh)
    save(window, out, "audit-log")
    window.show_page("settings")
    language = window.settings_page.language
    language.blockSignals(True)  # the page shows the language on screen, as in the app
    language.setCurrentIndex(language.findData(QLocale().name().split("_")[0]))
    language.blockSignals(False)
    save(window, out, "settings")


def shoot_exchange(window: MainWindow, exchange: Exchange, out: Path) -> None:
    """Contacts with the QR code, the export wizard, the import preview, the Bundles page."""
    window.show_page("contacts")
    wait_for(window.contacts.loaded, window.contacts.refresh)
    window.contacts.select(PARTNER)
    save(window, out, "contacts")
    wizard = window.bundles.export_cases([exchange.case_id])
    wait_for(wizard.recipients_page.loaded, wizard.load)
    wizard.cases_page.changed_cases.setChecked(True)
    save(wizard, out, "export-changes")
    wizard.cases_page.some_cases.setChecked(True)
    wizard.next()
    wizard.recipients_page.tick(PARTNER)
    wizard.next()
    save(wizard, out, "export")
    wizard.close()
    dialog = window.bundles.import_bundle()
    dialog.path.setText(str(exchange.incoming))
    wait_for(dialog.previewed, dialog.check)
    save(dialog, out, "import")
    dialog.close()
    window.show_page("bundles")
    wait_for(window.bundles.loaded, window.bundles.refresh)
    save(window, out, "bundles")


def shoot_border(window: MainWindow, scratch: Path, out: Path, language: str) -> None:
    """Border mode with the code and its QR code (a real seal of the demo vault, into the
    throw-away folder, nothing wiped), and the restore dialog filled in as after a trip."""
    bundle = scratch / f"border-{language}.age"
    dialog = window.border_mode()
    dialog.output.setText(str(bundle))
    wait_for(dialog.sealed, dialog.seal, timeout_ms=120_000)
    dialog.handed_over.setChecked(True)
    dialog.resize(980, 720)
    save(dialog, out, "border")
    code = dialog.shown_code()
    dialog.close_button.click()  # forgets the code; the vault stays
    restore = RestoreDialog(window._db, scratch / "restored", system_keystore(), parent=None)
    restore.bundle.setText(str(bundle))
    for field, text in ((restore.code, code), (restore.passphrase, "x" * 24),
                        (restore.repeat, "x" * 24)):  # fmt: skip
        field.setText(text)
    restore.show()
    save(restore, out, "restore")
    restore.close()
    restore.deleteLater()


def main(argv: list[str]) -> int:
    target = Path(argv[0] if argv else "docs/screenshots")
    app = QApplication.instance() or QApplication(["satchel-screenshots"])
    assert isinstance(app, QApplication)
    apply_theme(app)
    owner = QObject()
    translations = Translations(owner)
    missing = [code for code in LANGUAGES if code not in translations.available()]
    if missing:
        print(f"Build the translations first (make translations): {missing}", file=sys.stderr)
        return 1
    keystore = system_keystore()
    db = DatabaseThread(owner)
    # A developer tool: the scratch folder holds only an encrypted vault of fictional demo
    # cases and sealed bundles; the vault is panic-wiped and the folder deleted afterwards.
    with tempfile.TemporaryDirectory(prefix="satchel-shots-") as scratch:
        folder = Path(scratch) / "vault"

        def create() -> tuple[Vault, Any]:
            vault, _code = Vault.create(folder, secrets.token_urlsafe(24), keystore=keystore)
            return vault, vault.security_status()

        opening = db.open_vault(create, parent=owner)
        statuses: list[Any] = []
        opening.success(statuses.append)
        wait_for(opening.succeeded, opening.run_in_background, timeout_ms=120_000)
        case_id = ask(db, owner, lambda vault: fill_demo(vault))
        exchange = ask(db, owner, lambda vault: prepare(vault, case_id, Path(scratch), keystore))
        window = MainWindow(db, statuses[0], GuiSettings())
        window.settings_page.attach_vault(db)  # as the shell does: its sections work
        window.show()
        unlock = UnlockDialog(db, folder, keystore, parent=None)
        unlock.show()
        try:
            for language in LANGUAGES:
                translations.switch(language)
                for sub, size in SIZES.items():
                    out = target / language / sub if sub else target / language
                    window.resize(*size)
                    shoot_language(window, unlock, case_id, out)
                    shoot_exchange(window, exchange, out)
                    print(f"{language}: {out}")
                shoot_first_run(db, Path(scratch), target / language, language)
                shoot_border(window, Path(scratch), target / language, language)
        finally:
            translations.switch("en")
            for widget in (unlock, window):  # closed while the database thread still runs
                widget.close()
                widget.deleteLater()
            ask(db, owner, lambda _vault: close(exchange, keystore))
            db.stop()
            panic_wipe(folder, keystore)  # the device secret goes from the keystore too
            owner.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QApplication.processEvents()
    return 0


if __name__ == "__main__":
    status = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: with PySide6 6.12 it sometimes aborts while collecting
    # garbage after everything above has finished (files written, vault wiped).
    os._exit(status)
