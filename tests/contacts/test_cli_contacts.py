"""`satchel identity` and `satchel contact ...`: two vaults exchange cards through the CLI."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from app.exchange.identity import ContactCard
from app.vault import Vault
from crypto.age import generate_hybrid, generate_x25519
from crypto.sign import generate_signing_key
from tests import helpers
from tests.helpers import Cli, Result

PASSPHRASE = "violet harbour lantern 42"
NUMBER = re.compile(r"\d{5}( \d{5}){11}")


def _vault(tmp_path: Path, name: str, keystore: object, test_kdf: object) -> Cli:
    folder = tmp_path / name
    vault, _ = Vault.create(folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)  # type: ignore[arg-type]
    vault.lock()
    return Cli(folder, keystore, {"SATCHEL_PASSPHRASE": PASSPHRASE})


@pytest.fixture
def astana(tmp_path: Path, keystore: object, test_kdf: object) -> Cli:
    return _vault(tmp_path, "astana", keystore, test_kdf)


@pytest.fixture
def paris(tmp_path: Path, keystore: object, test_kdf: object) -> Cli:
    return _vault(tmp_path, "paris", keystore, test_kdf)


def one_sentence(result: Result) -> str:
    assert result.code == 1
    return helpers.one_sentence(result)


def card_file(cli: Cli, tmp_path: Path, name: str) -> Path:
    result = cli("identity", "--name", name)
    assert result.code == 0, result.err
    path = tmp_path / f"{cli.folder.name}.card"
    path.write_text(result.out, encoding="utf-8")
    return path


def test_two_vaults_exchange_cards_compare_and_verify(
    astana: Cli, paris: Cli, tmp_path: Path
) -> None:
    astana_card = card_file(astana, tmp_path, "Астана офис")
    paris_card = card_file(paris, tmp_path, "Paris association")
    assert astana_card.read_text().startswith("satchel-contact-card v1\nname: Астана офис\n")

    added = paris("contact", "add", str(astana_card))
    assert added.code == 0 and "'Астана офис' was added (unverified)" in added.err
    assert astana("contact", "add", str(paris_card)).code == 0

    in_astana = json.loads(astana("contact", "show", "paris association", "--json").out)
    in_paris = json.loads(paris("contact", "list", "--json").out)[0]
    assert NUMBER.fullmatch(in_astana["safety_number"])
    assert in_astana["safety_number"] == in_paris["safety_number"]
    assert in_paris["name"] == "Астана офис" and in_paris["status"] == "unverified"
    assert in_astana["safety_number"] in added.out

    assert paris("contact", "verify", "АСТАНА ОФИС").code == 0
    listed = paris("contact", "list")
    assert listed.out.startswith("Астана офис\tsatchel\tverified\t")
    again = paris("contact", "add", str(astana_card))
    assert again.code == 0 and "is already known (verified)" in again.err


def test_identity_json_and_text_show_the_same_card(astana: Cli) -> None:
    text = astana("identity")
    data = json.loads(astana("identity", "--json").out)
    assert text.code == 0 and data["card"].rstrip("\n") == text.out.rstrip("\n")
    assert data["name"] == "Satchel vault" and len(data["keys"]) == 3
    assert "SECRET" not in text.out + json.dumps(data)


def test_a_changed_key_is_refused_then_accepted(astana: Cli, tmp_path: Path) -> None:
    def card(signing: str) -> Path:
        path = tmp_path / f"{signing[8:16].replace('/', '_')}.card"
        keys = (generate_x25519()[1], generate_hybrid()[1], signing)
        path.write_text(ContactCard("Paris association", *keys).to_text())
        return path

    assert astana("contact", "add", str(card(generate_signing_key()[1])), "--verified").code == 0
    refused = astana("contact", "add", str(card(generate_signing_key()[1])))
    assert "keys of 'Paris association' have changed" in one_sentence(refused)

    shown = astana("contact", "show", "Paris association")
    assert "status: key changed" in shown.out and "new safety number" in shown.out
    old_number = re.search(r"^safety number: (.*)$", shown.out, re.M)
    new_number = re.search(r"^new safety number .*: (.*)$", shown.out, re.M)
    assert old_number and new_number and old_number[1] != new_number[1]
    assert "have changed" in one_sentence(astana("contact", "verify", "Paris association"))

    accepted = astana("contact", "accept", "Paris association")
    assert accepted.code == 0 and NUMBER.search(accepted.out)
    after = json.loads(astana("contact", "list", "--json").out)[0]
    assert after["status"] == "unverified" and after["safety_number"] in accepted.out


def test_a_plain_age_recipient_from_stdin(astana: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    recipient = generate_x25519()[1]
    monkeypatch.setattr("sys.stdin", io.StringIO(recipient + "\n"))
    assert "--name" in one_sentence(astana("contact", "add", "-"))
    monkeypatch.setattr("sys.stdin", io.StringIO(recipient + "\n"))
    added = astana("contact", "add", "-", "--name", "Berlin Hilfe")
    assert added.code == 0, added.err
    row = json.loads(astana("contact", "list", "--json").out)[0]
    assert (row["kind"], row["keys"]) == ("age", [recipient])


@pytest.mark.parametrize(
    "content",
    [
        b"satchel-contact-card v2\nname: x\n",
        b"satchel-contact-card v1\nname: Paris\nage: age1zzz\n",
        b"\xff\xfe not text",
        b"x" * 40000,
        b"hello world",
    ],
)
def test_malformed_card_files_are_refused_with_one_sentence(
    astana: Cli, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "bad.card"
    path.write_bytes(content)
    one_sentence(astana("contact", "add", str(path), "--name", "Paris"))
    assert json.loads(astana("contact", "list", "--json").out) == []


def test_unknown_names_and_missing_files(astana: Cli, tmp_path: Path) -> None:
    for action in ("show", "verify", "accept"):
        sentence = one_sentence(astana("contact", action, "Мемориал"))
        assert sentence == "There is no contact named 'Мемориал'."
    assert "no file" in one_sentence(astana("contact", "add", str(tmp_path / "none.card")))
    assert "no contacts yet" in astana("contact", "list").err


def test_a_bad_identity_name_changes_nothing(astana: Cli) -> None:
    before = astana("identity").out
    assert "control or invisible" in one_sentence(astana("identity", "--name", "bad\u202ename"))
    assert astana("identity").out == before
