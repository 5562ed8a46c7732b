"""Border mode and restore in the desktop app, against a real vault, keystore and zbar:
seal through the dialog, the code shown once (text and QR), the wipe through Panic's held
button, then restore through the first-run dialog with that code."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.exchange.border import seal_for_border
from app.exchange.bundle.border_open import normalise_code
from app.vault import Vault
from app.vault.paths import AppTraces, app_traces
from crypto.age import generate_hybrid
from tests.gui.test_contacts_gui import ask, zbar_decode
from ui.border_dialog import BorderDialog, grouped_code
from ui.first_run import FirstRunDialog
from ui.panic import PanicDialog
from ui.restore_dialog import RestoreDialog

from .conftest import PASSPHRASE, unlock

NEW_PASSPHRASE = "after the crossing 2025"
PHOTO = bytes(range(256)) * 700 + b"\x00the end"  # not an image: stored as it is
LETTER = "Заявление об отказе от участия в войне.\n".encode() * 50


@pytest.fixture(autouse=True)
def platform_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTraces:
    """The wipe deletes the app's settings and caches: keep them inside the test's folder."""
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return app_traces()


@pytest.fixture
def settings_file(platform_folders):
    return platform_folders.files[0]


@pytest.fixture
def made_vault(vault_folder: Path, keystore, test_kdf) -> dict[str, bytes]:
    """Two cases, one with two attachments; returns the attachments' bytes by file name."""
    vault, _code = Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    first = vault.store.add_case("Иван Канарейкин", {"city": "Астана", "unit": "в/ч 12345"})
    vault.store.add_case("Пётр Снегирёв")
    vault.store.add_attachment(first, "scan.bin", PHOTO)
    vault.store.add_attachment(first, "letter.txt", LETTER)
    vault.store.add_note(first, "Документы у адвоката.")
    vault.lock()
    return {"scan.bin": PHOTO, "letter.txt": LETTER}


def seal_through_dialog(qtbot: Any, dialog: BorderDialog, output: Path) -> tuple[Any, list[int]]:
    dialog.output.setText(str(output))
    assert dialog.seal_button.isEnabled()
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.sealed, timeout=60_000) as blocker:
        assert dialog.seal() is not None
        assert dialog.progress.isVisible() and not dialog.seal_button.isEnabled()
    return blocker.args[0], seen


def refused_seal(qtbot: Any, dialog: BorderDialog, output: Path) -> str:
    dialog.output.setText(str(output))
    with qtbot.waitSignal(dialog.refused, timeout=60_000) as blocker:
        dialog.seal()
    assert dialog.pages.currentIndex() == 0 and dialog.seal_button.isEnabled()
    assert dialog.problem.text() == blocker.args[0]
    return str(blocker.args[0])


def restore(qtbot: Any, dialog: RestoreDialog, bundle: Path, code: str) -> None:
    dialog.bundle.setText(str(bundle))
    dialog.code.setText(code)
    dialog.passphrase.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    assert dialog.restore_button.isEnabled()
    dialog.restore()


def refused_restore(qtbot: Any, dialog: RestoreDialog, bundle: Path, code: str) -> str:
    with qtbot.waitSignal(dialog.refused, timeout=60_000) as blocker:
        restore(qtbot, dialog, bundle, code)
    assert dialog.pages.currentIndex() == 0 and dialog.problem.text() == blocker.args[0]
    return str(blocker.args[0])


def folder_is_empty(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


# --- the whole trip -----------------------------------------------------------------------------


@pytest.mark.keystore
def test_border_mode_then_restore_brings_every_case_and_attachment_back(
    qtbot, shell, made_vault, vault_folder, tmp_path, keystore
):
    shell.start()
    unlock(qtbot, shell)
    window = shell.window
    assert window.border_action in window.toolbar.actions()
    dialog = window.border_mode()
    assert isinstance(dialog, BorderDialog) and dialog.isVisible()
    assert "wiped" in dialog.explanation.text() and not dialog.seal_button.isEnabled()

    # A place the wipe would empty is refused before anything is written.
    inside = vault_folder / "trip.age"
    sentence = refused_seal(qtbot, dialog, inside)
    assert sentence.startswith("Save the border bundle outside the vault folder")
    assert not inside.exists() and Vault.exists(vault_folder)

    bundle = tmp_path / "usb" / "trip.age"
    bundle.parent.mkdir()
    result, seen = seal_through_dialog(qtbot, dialog, bundle)
    assert (result.cases, result.attachments) == (2, 2)
    assert bundle.is_file() and result.size == bundle.stat().st_size
    assert seen and max(seen) == 1000  # the bar moved, up to the end of the check
    assert Vault.exists(vault_folder)  # sealing wipes nothing

    # The code, once: grouped text and a QR code that decodes to it.
    assert dialog.pages.currentIndex() == 1
    assert "2 cases and 2 attachments" in dialog.summary.text()
    assert dialog.code.text().count("\n") >= 2 and " " in dialog.code.text()
    assert dialog.shown_code() == result.code == normalise_code(result.code)
    assert "AGE-SECRET-KEY" not in repr(result)
    picture = tmp_path / "qr.png"
    assert dialog.qr.grab().save(str(picture))
    assert zbar_decode(picture) == result.code

    # The wipe: only after the tick, and only through Panic's held button.
    assert not dialog.wipe_button.isEnabled()
    dialog.request_wipe()
    assert shell.panic_dialog is None
    dialog.handed_over.setChecked(True)
    dialog.wipe_button.click()
    panic = shell.panic_dialog
    assert isinstance(panic, PanicDialog) and panic.isVisible()
    assert Vault.exists(vault_folder)  # nothing happens before the hold
    code = result.code
    with qtbot.waitSignal(shell.db.locked, timeout=10_000):
        panic.hold_button.held.emit()
    assert shell.window is None and folder_is_empty(vault_folder)
    first_run = shell.dialog
    assert isinstance(first_run, FirstRunDialog) and first_run.isVisible()
    assert bundle.is_file()  # the bundle survives the wipe

    # After the crossing: restore from the first-run dialog.
    restore_dialog = first_run.restore_from_border()
    assert isinstance(restore_dialog, RestoreDialog) and restore_dialog.isVisible()
    assert restore_dialog.code.echoMode() == restore_dialog.code.EchoMode.Password
    wrong, _recipient = generate_hybrid()
    assert refused_restore(qtbot, restore_dialog, bundle, wrong) == (
        "This border code does not open this bundle; nothing was changed."
    )
    assert refused_restore(qtbot, restore_dialog, bundle, "hello there").startswith(
        "This is not a border code"
    )
    assert folder_is_empty(vault_folder) and not shell.db.is_open

    seen_restore: list[int] = []
    restore_dialog.progress.valueChanged.connect(seen_restore.append)
    typed = grouped_code(code).lower().replace("\n", "  ")  # as a colleague reads it out
    with qtbot.waitSignal(shell.db.opened, timeout=60_000):
        restore(qtbot, restore_dialog, bundle, typed)
    assert seen_restore and max(seen_restore) == 1000
    qtbot.waitUntil(lambda: restore_dialog.pages.currentIndex() == 1)
    recovery = restore_dialog.recovery
    new_code = recovery.code.text()
    assert new_code and not restore_dialog.passphrase.text() and not restore_dialog.code.text()
    assert "new recovery code" in recovery.code_intro.text()
    assert not recovery.continue_button.isEnabled()
    recovery.written_down.setChecked(True)
    recovery.last_group.setText(new_code.rsplit("-", 1)[1])
    recovery.continue_button.click()
    assert recovery.code.text() == ""  # forgotten before the window opens
    qtbot.waitUntil(lambda: shell.window is not None, timeout=30_000)

    def contents(vault: Any) -> dict[str, Any]:
        store = vault.store
        found: dict[str, Any] = {"count": store.count_cases()}
        for case in store.list_cases():
            for info in store.list_attachments(case.id):
                found[info.filename] = store.read_attachment(info.id)
        return found

    back = ask(qtbot, shell.db, shell, contents)
    assert back == {"count": 2, **made_vault}  # byte for byte
    probe = Vault.unlock(vault_folder, NEW_PASSPHRASE, keystore=keystore)
    probe.lock()


# --- failures: a sentence, nothing wiped or created --------------------------------------------


@pytest.mark.keystore
def test_a_taken_file_name_is_refused_and_the_vault_stays(
    qtbot, shell, made_vault, vault_folder, tmp_path
):
    shell.start()
    unlock(qtbot, shell)
    dialog = shell.window.border_mode()
    taken = tmp_path / "taken.age"
    taken.write_bytes(b"someone else's file")
    sentence = refused_seal(qtbot, dialog, taken)
    assert sentence == "There is already a file with that name; choose another name."
    assert taken.read_bytes() == b"someone else's file"
    assert refused_seal(qtbot, dialog, tmp_path / "no" / "such" / "folder.age")
    assert Vault.exists(vault_folder) and shell.window is not None
    assert dialog.border_result is None and dialog.code.text() == ""


@pytest.mark.keystore
def test_a_bundle_that_cannot_get_its_name_is_said_and_nothing_is_wiped(
    qtbot, shell, made_vault, vault_folder, keystore, tmp_path, monkeypatch
):
    """The last step, renaming the checked bundle once its code shows, can be refused (a
    USB stick pulled out, a folder that turned read-only): said, and the vault stays."""
    shell.start()
    unlock(qtbot, shell)
    dialog = shell.window.border_mode()
    output = tmp_path / "trip.age"
    real_replace = os.replace

    def refused(source: Any, target: Any) -> None:
        if Path(target) == output:
            raise PermissionError(13, "Permission denied", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", refused)
    sentence = refused_seal(qtbot, dialog, output)
    monkeypatch.undo()
    assert sentence == "Satchel may not write or read there; choose another place."
    assert dialog.code.text() == "" and dialog.border_result is None
    assert list(tmp_path.glob("trip.age*")) == []
    assert Vault.exists(vault_folder) and shell.window is not None
    qtbot.waitUntil(lambda: _opens_elsewhere(vault_folder, keystore), timeout=10_000)


def _opens_elsewhere(folder: Path, keystore: Any) -> bool:
    """True when another process could open the vault (the dialog let go of it)."""
    try:
        Vault.unlock(folder, PASSPHRASE, keystore=keystore).lock()
    except Exception:
        return False
    return True


@pytest.mark.keystore
def test_closing_after_sealing_forgets_the_code_and_wipes_nothing(
    qtbot, shell, made_vault, vault_folder, tmp_path
):
    shell.start()
    unlock(qtbot, shell)
    dialog = shell.window.border_mode()
    seal_through_dialog(qtbot, dialog, tmp_path / "trip.age")
    assert dialog.code.text() and dialog.qr.text
    dialog.close_button.click()
    assert not dialog.isVisible() and dialog.border_result is None
    assert dialog.code.text() == "" and dialog.qr.text == ""
    assert dialog.pages.currentIndex() == 0  # opened again, it starts over
    assert Vault.exists(vault_folder) and shell.panic_dialog is None


@pytest.mark.keystore
def test_a_damaged_bundle_or_a_taken_folder_creates_nothing(
    qtbot, db_thread, owner, made_vault, vault_folder, tmp_path, keystore, test_kdf
):
    vault = Vault.unlock(vault_folder, PASSPHRASE, keystore=keystore)
    bundle = tmp_path / "trip.age"
    code = seal_for_border(vault.store, bundle).code
    vault.lock()
    target = tmp_path / "restored"
    damaged = tmp_path / "damaged.age"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    dialog = RestoreDialog(db_thread, target, keystore, parent=None, kdf=test_kdf)
    qtbot.addWidget(dialog)
    dialog.open()
    assert refused_restore(qtbot, dialog, damaged, code).startswith(
        "This border bundle was changed after it was sealed"
    )
    assert refused_restore(qtbot, dialog, tmp_path / "missing.age", code) == (
        "There is no such file."
    )
    assert folder_is_empty(target) and not db_thread.is_open
    refusal = refused_restore(qtbot, dialog, bundle, code.replace("PQ-1", "PQ-2"))
    assert refusal.startswith("This is not a border code")
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    assert not dialog.restore_button.isEnabled() and "at least" in dialog.problem.text()
    restored_folder = RestoreDialog(db_thread, vault_folder, keystore, parent=None, kdf=test_kdf)
    qtbot.addWidget(restored_folder)
    assert refused_restore(qtbot, restored_folder, bundle, code) == (
        "There is already a vault here; nothing was changed."
    )
    assert Vault.exists(vault_folder) and os.listdir(vault_folder)


def test_the_code_is_grouped_for_reading_and_reads_back_the_same(qtbot):
    code, _recipient = generate_hybrid()
    shown = grouped_code(code)
    lines = shown.split("\n")
    assert lines[0] == "AGE-SECRET-KEY-PQ-1"
    assert all(len(group) <= 5 for line in lines[1:] for group in line.split(" "))
    assert normalise_code(shown.lower()) == code
    assert grouped_code(" ".join(shown.split())) == shown
    assert grouped_code("") == ""
    assert grouped_code("abc def") == "ABCDE F"  # not a code: grouped all the same
