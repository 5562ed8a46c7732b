"""Edits kept on leaving a case (switching cases, locking) that the disk cannot take are
said, never dropped without a word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.diskfull import disk_full_error
from app.store import Store
from app.vault import Vault
from ui.shell import SatchelShell
from ui.unlock import UnlockDialog

from .conftest import PASSPHRASE, unlock

LOST = (
    "The last changes to the case could not be saved: the disk is full. Free some space, "
    "then enter them again."
)


@pytest.fixture
def cases(vault_folder: Path, keystore: Any, test_kdf: Any) -> list[str]:
    vault, _code = Vault.create(vault_folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    found = [vault.store.add_case("Иван Канарейкин"), vault.store.add_case("Пётр Снегирёв")]
    vault.lock()
    return found


def _edit_first_case(qtbot: Any, shell: SatchelShell, cases: list[str]) -> Any:
    shell.start()
    unlock(qtbot, shell)
    page = shell.window.case_detail
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.open_case(cases[0])
    page.forms["person"].set_value("city", "Астана")
    assert page.has_unsaved_changes()
    return page


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise disk_full_error()

    monkeypatch.setattr(Store, "set_case_fields", full)


def test_edits_the_disk_refuses_on_switching_cases_are_said(
    qtbot: Any, shell: SatchelShell, cases: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _edit_first_case(qtbot, shell, cases)
    _full_disk(monkeypatch)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.open_case(cases[1])
    window = shell.window
    assert window is not None
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == LOST, timeout=10_000)


def test_edits_the_disk_refuses_on_locking_are_said_at_unlock(
    qtbot: Any, shell: SatchelShell, cases: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit_first_case(qtbot, shell, cases)
    _full_disk(monkeypatch)
    shell.lock()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: dialog.problem.text() == LOST, timeout=10_000)
