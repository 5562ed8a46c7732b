"""The desktop app leaves no traces: a whole workflow with canaries, then a search of every file.

A separate Python process (the environment must be set before Qt starts) runs the real shell
and widgets offscreen, with HOME, XDG_* and TMPDIR pointing into this test's folder: first
run, a new case through the New case dialog, every kind of field, a note, a statement, an
event, vetting evidence, an attachment, a search in the case list, Qt's file dialog opened
on a folder whose name is a canary, settings changed, a sealed bundle exported to a partner
vault and one imported back from it (through the core on the database thread), lock, quit.
Afterwards no canary may be found in any file under those folders or the test keyring's, in
UTF-8 or UTF-16; the settings file holds only settings; Qt wrote no settings or recent lists.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from app.store.fields import FIELDS
from tests.helpers import ROOT, leaks, private_environment, scanned_files

TEXT_FIELDS = [f.name for f in FIELDS if f.kind == "text" and f.name != "name"]
CYRILLIC_CANARY = "Щфжканарейкагуиэ"


def canary(label: str) -> str:
    return f"qzw{label.replace('_', '')}gui{zlib.crc32(label.encode()):08x}"


DRIVER = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from app.exchange.bundle import export_bundle, import_bundle
from app.exchange.contacts import add_contact
from app.exchange.identity import VaultIdentity
from app.vault.keystore import system_keystore
from app.vault.paths import default_vault_dir, restrict_umask
from app.vault import Vault
from crypto.kdf import KdfParams
from ui.settings import default_settings_file
from ui.shell import SatchelShell
from ui.tasks import VaultTask

spec = json.loads(os.environ["NO_TRACES_SPEC"])
restrict_umask()
app = QApplication([sys.argv[0]])
app.setApplicationName("Satchel")
kdf = KdfParams(memory_kib=1024, iterations=1, lanes=1)
keystore = system_keystore()
shell = SatchelShell(app, default_vault_dir(), keystore=keystore,
                     settings_file=default_settings_file(), kdf=kdf)


def wait_until(check, what):
    for _ in range(30000):
        if check():
            return
        app.processEvents()
        time.sleep(0.002)
    raise SystemExit(f"timed out waiting for {what}")


def on_vault(fn):
    box = {}
    task = VaultTask(shell.db, fn, parent=shell)
    task.success(lambda r: box.setdefault("ok", r)).failure(lambda e: box.setdefault("err", e))
    task.run_in_background()
    wait_until(lambda: box, "the database thread")
    if "err" in box:
        raise box["err"]
    return box["ok"]


shell.start()
first = shell.dialog
first.passphrase.setText(spec["passphrase"])
first.repeat.setText(spec["passphrase"])
first.create_vault()
wait_until(lambda: first.pages.currentIndex() == 1, "the recovery code")
first.written_down.setChecked(True)
first.last_group.setText(first.code.text()[-4:])
first.finish()
wait_until(lambda: shell.window is not None, "the main window")
window = shell.window

dialog = window.new_case()
created = []
dialog.created.connect(created.append)
dialog.name.setText(spec["name"])
dialog.create_case()
wait_until(lambda: created, "the new case")
case_id = created[0]
window.case_detail.save_before_leaving()

c = spec["canaries"]
def fill(vault):
    store = vault.store
    store.set_case_fields(case_id, spec["fields"])
    store.add_note(case_id, "note " + c["note"])
    store.add_statement(case_id, c["statement"], stated_on="2024-05-01", source=c["source"])
    store.add_event(case_id, "interview", c["event"], occurred_on="2024-05-02")
    store.set_check(case_id, "plant_screening", "pass", evidence=c["evidence"], reviewer="A")
    store.add_attachment(case_id, c["filename"] + ".txt", (c["attachment"] + "\n").encode())
on_vault(fill)

window.show_page("cases")
window.cases.search.setText(c["unit"])
window.cases.apply_filters()
wait_until(lambda: window.cases.model.rowCount() == 1, "the search")

picker = QFileDialog(window)
picker.setOption(QFileDialog.Option.DontUseNativeDialog)
picker.setDirectory(spec["canary_folder"])
picker.show()
app.processEvents()
picker.reject()
picker.deleteLater()
QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # saves Qt's settings

window.show_page("settings")
window.settings_page.clipboard.setValue(45)
window.settings_page.camouflage.setChecked(True)
shell.clipboard.copy(c["copied"])

partner, _ = Vault.create(Path(spec["partner"]), spec["passphrase"], keystore=keystore, kdf=kdf)
partner_card = VaultIdentity.rename(partner.store, "Paris").card.to_text()
own_card = on_vault(lambda vault: VaultIdentity.load_or_create(vault.store).card.to_text())
add_contact(partner.store, own_card, name="Astana", verified=True)
outbox = Path(spec["outbox"])
def export(vault):
    add_contact(vault.store, partner_card, name="Paris", verified=True)
    export_bundle(vault.store, outbox / "to-paris.age", to=["Paris"], cases=[case_id])
on_vault(export)
import_bundle(partner.store, outbox / "to-paris.age")
partner.store.add_note(case_id, "from Paris " + c["partner_note"])
export_bundle(partner.store, outbox / "to-astana.age", to=["Astana"])
partner.lock()
result = on_vault(lambda vault: import_bundle(vault.store, outbox / "to-astana.age"))
assert result.applied, "the bundle from the partner was not applied"

shell.lock()
wait_until(lambda: not shell.db.is_open, "the lock")
QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
shell.shutdown()
print("WORKFLOW DONE")
"""


@pytest.mark.keystore
def test_a_whole_gui_workflow_leaves_no_canary_on_disk(tmp_path: Path) -> None:
    if not os.environ.get("SATCHEL_IN_KEYRING_SESSION"):
        pytest.skip("needs the real Secret Service of tests/keyring-session.sh")
    env = private_environment(tmp_path, drop_prefix="SATCHEL_VAULT")
    env["QT_QPA_PLATFORM"] = "offscreen"
    labels = [*TEXT_FIELDS, "name", "note", "statement", "source", "event", "evidence"]
    labels += ["attachment", "filename", "copied", "partner_note", "folder"]
    canaries = {label: canary(label) for label in labels}
    canary_folder = tmp_path / "home" / canaries["folder"]
    canary_folder.mkdir()
    outbox = tmp_path / "home" / "bundles"
    outbox.mkdir()
    spec = {
        "passphrase": "no traces passphrase 7",
        "name": f"{CYRILLIC_CANARY} {canaries['name']}",
        "fields": {name: canaries[name] for name in TEXT_FIELDS},
        "canaries": canaries,
        "canary_folder": str(canary_folder),
        "partner": str(tmp_path / "data" / "partner-vault"),
        "outbox": str(outbox),
    }
    env["NO_TRACES_SPEC"] = json.dumps(spec)
    run = subprocess.run(
        [sys.executable, "-c", DRIVER], env=env, cwd=ROOT, capture_output=True, text=True,
        stdin=subprocess.DEVNULL, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0 and "WORKFLOW DONE" in run.stdout, run.stderr[-3000:]
    canary_folder.rmdir()  # the user's own folder, named with a canary on purpose

    files = scanned_files(tmp_path)
    assert any(p.name == "vault.db" for p in files) and (outbox / "to-astana.age").is_file()
    texts = [CYRILLIC_CANARY, *canaries.values()]
    found = [f"{path}: {text}" for path, text in leaks(files, texts)]
    assert not found, found
    names = [str(p) for p in files if any(t in str(p) for t in texts)]
    assert not names, names
    assert not [p for p in files if p.name in {"QtProject.conf", "recently-used.xbel"}]
    assert not [p for p in files if "qtshadercache" in str(p)]
    settings = json.loads((tmp_path / "config" / "Satchel" / "desktop.json").read_text())
    assert set(settings) == {"language", "auto_lock_minutes", "clipboard_seconds", "camouflage"}
    assert settings["clipboard_seconds"] == 45 and settings["camouflage"] is True
