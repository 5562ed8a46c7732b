"""The Contacts page against two real vaults: card and QR, adding, safety numbers, key changes.

Astana is the test's usual vault (``open_vault``); Paris is a second vault on its own
database thread. Cards travel from one page's text box to the other's "Add a contact"
dialog, the way a lawyer would paste them. The QR code is read back by a real decoder
(``zbarimg`` from zbar-tools).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject

from app.exchange.contacts import list_contacts
from app.exchange.identity import ContactCard, VaultIdentity
from crypto.age import generate_hybrid, generate_x25519, recipient_from_identity
from crypto.sign import generate_signing_key, public_key_text
from tests.gui.conftest import PASSPHRASE
from ui.contacts_page import ContactsPage, number_lines
from ui.qr import QrCodeWidget, qr_image, qr_modules
from ui.tasks import DatabaseThread, VaultTask


def ask(qtbot: Any, db: DatabaseThread, owner: QObject, fn: Any) -> Any:
    """Run ``fn(vault)`` on the database thread and return its answer (or raise its error)."""
    task = VaultTask(db, fn, parent=owner)
    task.failure(lambda error: pytest.fail(f"the database thread failed: {error!r}"))
    with qtbot.waitSignal(task.succeeded, timeout=20_000) as blocker:
        task.run_in_background()
    return blocker.args[0]


@dataclass
class Office:
    """One vault in a GUI test: its database thread and its Contacts page."""

    db: DatabaseThread
    page: ContactsPage
    owner: QObject

    def refresh(self, qtbot: Any) -> Any:
        with qtbot.waitSignal(self.page.loaded, timeout=20_000) as blocker:
            self.page.refresh()
        return blocker.args[0]

    def card(self) -> str:
        return self.page.card_text.toPlainText()


def open_second_vault(qtbot: Any, owner: QObject, folder: Path, keystore: Any, kdf: Any) -> Any:
    from app.vault import Vault

    db = DatabaseThread(owner)

    def create() -> tuple[Vault, object]:
        vault, _code = Vault.create(folder, PASSPHRASE, keystore=keystore, kdf=kdf)
        return vault, None

    task = db.open_vault(create, parent=owner)
    with qtbot.waitSignal(task.succeeded, timeout=60_000):
        task.run_in_background()
    return db


def own_card(vault: Any) -> str:
    return VaultIdentity.load_or_create(vault.store).card.to_text()


def rename(qtbot: Any, db: DatabaseThread, owner: QObject, name: str) -> None:
    ask(qtbot, db, owner, lambda vault: VaultIdentity.rename(vault.store, name))


@pytest.fixture
def astana(qtbot, db_thread, open_vault, owner) -> Office:
    rename(qtbot, db_thread, owner, "Astana office")
    page = ContactsPage(db_thread, parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    office = Office(db_thread, page, owner)
    office.refresh(qtbot)
    return office


@pytest.fixture
def paris(qtbot, owner, tmp_path, keystore, test_kdf) -> Iterator[Office]:
    db = open_second_vault(qtbot, owner, tmp_path / "paris", keystore, test_kdf)
    rename(qtbot, db, owner, "Association Paris")
    page = ContactsPage(db, parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    office = Office(db, page, owner)
    office.refresh(qtbot)
    yield office
    db.stop()


def add_card(qtbot: Any, office: Office, text: str, name: str = "") -> str:
    """Paste ``text`` into the Add dialog and press Add; the dialog's sentence on refusal."""
    dialog = office.page.add_contact()
    dialog.text.setPlainText(text)
    dialog.name.setText(name)
    assert dialog.add_button.isEnabled()
    outcome: list[str] = []
    task = dialog.add()
    assert task is not None
    task.succeeded.connect(lambda _contact: outcome.append(""))
    task.failed.connect(lambda _error: outcome.append(dialog.problem.text()))
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    if not outcome[0]:
        assert not dialog.isVisible()  # closed once the contact is stored
    return outcome[0]


def exchange_cards(qtbot: Any, astana: Office, paris: Office) -> None:
    assert add_card(qtbot, astana, paris.card(), "Paris") == ""
    assert add_card(qtbot, paris, astana.card(), "Astana") == ""
    astana.refresh(qtbot)
    paris.refresh(qtbot)


def zbar_decode(path: Path) -> str:
    """Decode with the real zbar tool, which make test installs; missing is a failure."""
    assert shutil.which("zbarimg"), "zbarimg is missing: run make test (it installs zbar-tools)"
    found = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(path)], capture_output=True, check=False
    )
    assert found.returncode == 0, found.stderr.decode(errors="replace")[-300:]
    return found.stdout.decode("utf-8").removesuffix("\n")


# ---------------------------------------------------------------------- the card and its QR


def test_the_qr_code_on_screen_decodes_to_the_card_text(qtbot, astana, tmp_path):
    card = astana.card()
    assert card.startswith("satchel-contact-card v1\nname: Astana office\n")
    assert len(card) > 2000  # the hybrid post-quantum key is in it
    assert astana.page.qr.text == card
    astana.page.resize(1280, 800)
    astana.page.show()
    qtbot.waitExposed(astana.page)
    assert astana.page.qr.scale() >= 2
    path = tmp_path / "qr.png"
    assert astana.page.qr.grab().save(str(path))
    assert zbar_decode(path) == card


def test_a_long_cyrillic_name_still_fits_and_decodes(qtbot, tmp_path):
    x25519, _ = generate_x25519()
    hybrid, _ = generate_hybrid()
    signing, _ = generate_signing_key()

    name = "Правозащитный центр «Убежище» — Алматы, отделение № 2 (юристы)"
    card = ContactCard(name, recipient_from_identity(x25519), recipient_from_identity(hybrid),
                       public_key_text(signing)).to_text()  # fmt: skip
    widget = QrCodeWidget(parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.set_text(card)
    widget.resize(700, 700)
    path = tmp_path / "cyrillic.png"
    assert widget.grab().save(str(path))
    assert zbar_decode(path) == card


def test_the_qr_matrix_has_a_quiet_zone_and_refuses_what_cannot_fit(qtbot):
    modules = qr_modules("satchel")
    assert not any(modules[0]) and not any(row[0] for row in modules)
    assert qr_image(modules, 3).width() == len(modules) * 3
    with pytest.raises(ValueError, match="too long"):
        qr_modules("x" * 4000)


# ---------------------------------------------------------------------- exchanging cards


def test_cards_pasted_both_ways_give_the_same_safety_number_on_both_screens(qtbot, astana, paris):
    exchange_cards(qtbot, astana, paris)
    assert astana.page.select("Paris") and paris.page.select("Astana")
    theirs, ours = astana.page.number.text(), paris.page.number.text()
    assert theirs == ours and len(theirs.replace("\n", "").replace(" ", "")) == 60
    assert theirs == number_lines(astana.page.number_for("Paris"))
    assert astana.page.list.currentItem().text(2) == "Not verified"
    assert not astana.page.verify_button.isHidden()
    assert "Not verified yet" in astana.page.warning.text()


def test_marking_verified_is_stored_and_shown(qtbot, astana, paris, owner):
    exchange_cards(qtbot, astana, paris)
    astana.page.select("Paris")
    with qtbot.waitSignal(astana.page.loaded, timeout=20_000):
        assert astana.page.verify_selected() is not None
    astana.page.select("Paris")
    assert astana.page.list.currentItem().text(2) == "Verified"
    assert astana.page.warning.text() == "Verified in person."
    stored = ask(qtbot, astana.db, owner, lambda vault: list_contacts(vault.store))
    assert [(c.name, c.verified) for c in stored] == [("Paris", True)]


def test_a_changed_key_is_loud_and_needs_an_explicit_tick_to_accept(
    qtbot, astana, paris, owner, tmp_path, keystore, test_kdf
):
    exchange_cards(qtbot, astana, paris)
    impostor_db = open_second_vault(qtbot, owner, tmp_path / "impostor", keystore, test_kdf)
    try:
        impostor = ask(qtbot, impostor_db, owner, own_card)
    finally:
        impostor_db.stop()
    sentence = add_card(qtbot, astana, impostor, "Paris")
    assert "have changed" in sentence and "Paris" in sentence
    astana.refresh(qtbot)
    assert astana.page.select("Paris")
    page = astana.page
    assert page.list.currentItem().text(2) == "KEYS CHANGED"
    assert "impersonating" in page.warning.text()
    assert page.number.text() and page.new_number.text()
    assert page.number.text() != page.new_number.text()
    assert not page.accept_button.isEnabled()
    assert page.accept_selected() is None  # no tick, no change
    assert page.verify_selected() is None  # a changed key cannot be marked verified
    page.accept_confirm.setChecked(True)
    assert page.accept_selected() is not None

    def accepted() -> None:
        assert page.select("Paris") and page.list.currentItem().text(2) == "Not verified"

    qtbot.waitUntil(accepted, timeout=20_000)
    assert page.new_number.isHidden() and not page.verify_button.isHidden()
    stored = ask(qtbot, astana.db, owner, lambda vault: list_contacts(vault.store))
    assert stored[0].card.keys == ContactCard.from_text(impostor).keys  # the new keys in use


# ---------------------------------------------------------------------- what is refused


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("hello, this is not a card", "", "neither a Satchel contact card nor an age key"),
        ("satchel-contact-card v1\nname: X\n", "", "neither a Satchel contact card"),
        ("satchel-contact-card v9\nname: X\n", "", "newer Satchel"),
        ("age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq", "Kim", "neither"),
        ("satchel-contact-card v1\n" + "x" * 9000, "", "neither a Satchel contact card"),
    ],
)
def test_malformed_cards_are_refused_with_a_sentence_and_add_nothing(
    qtbot, astana, owner, text, name, expected
):
    sentence = add_card(qtbot, astana, text, name)
    assert expected in sentence
    assert astana.page.add_dialog is not None and astana.page.add_dialog.isVisible()
    assert ask(qtbot, astana.db, owner, lambda vault: list_contacts(vault.store)) == []


def test_own_card_truncated_card_and_bad_names_are_refused(qtbot, astana, paris, owner):
    assert "your own vault" in add_card(qtbot, astana, astana.card())
    truncated = paris.card()[:-40]
    assert "not copied completely" in add_card(qtbot, astana, truncated)
    assert "1 to 80 characters" in add_card(qtbot, astana, paris.card(), "x\u202ey")
    plain_age = paris.card().split("\n")[2].removeprefix("age: ")
    assert "type one" in add_card(qtbot, astana, plain_age)
    assert ask(qtbot, astana.db, owner, lambda vault: list_contacts(vault.store)) == []


def test_a_card_file_is_loaded_and_an_unreadable_one_is_refused(qtbot, astana, paris, tmp_path):
    dialog = astana.page.add_contact()
    good = tmp_path / "paris.txt"
    good.write_text(paris.card(), encoding="utf-8")
    assert dialog.load_file(good)
    assert dialog.text.toPlainText() == paris.card()
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    assert not dialog.load_file(binary)
    assert "cannot be read" in dialog.problem.text()
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * 40_000)
    assert not dialog.load_file(huge)
    assert not dialog.load_file(tmp_path / "missing.txt")
    assert dialog.text.toPlainText() == paris.card()  # a refused file changes nothing


def test_refusals_are_in_the_users_language(qtbot, astana, compiled_translations):
    assert compiled_translations.switch("ru")
    sentence = add_card(qtbot, astana, "hello")
    assert sentence and "neither" not in sentence
    assert any("а" <= ch <= "я" for ch in sentence.lower())
    assert astana.page.copy_button.text() != "Copy the card"


def test_the_organisation_name_on_the_card_is_changed_on_the_contacts_page(
    qtbot, db_thread, open_vault, owner
):
    page = ContactsPage(db_thread, parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    office = Office(db_thread, page, owner)
    office.refresh(qtbot)
    assert page.own_name.text() == "Satchel vault" and not page.rename_button.isEnabled()
    qtbot.keyClicks(page.own_name, "  ")
    assert not page.rename_button.isEnabled()  # nothing new typed
    page.own_name.clear()
    qtbot.keyClicks(page.own_name, "Astana Legal Aid")
    assert page.rename_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.rename_button.click()
    assert ContactCard.from_text(page.card_text.toPlainText()).name == "Astana Legal Aid"
    assert "Astana Legal Aid" in page.own_intro.text()
    assert not page.rename_button.isEnabled()
    page.own_name.setText("bad\u202ename")  # a right-to-left override could disguise a name
    page.rename_button.setEnabled(True)
    task = page.rename_own_card()
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=10_000):
        pass
    assert "invisible" in page.problem.text()
    assert ContactCard.from_text(page.card_text.toPlainText()).name == "Astana Legal Aid"
