"""``satchel dossier``: the command writes the PDF it was asked for, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from app.vault import Vault
from tests.helpers import Cli, one_sentence

PASSPHRASE = "violet harbour lantern 42"


@pytest.fixture
def cli(tmp_path: Path, keystore, test_kdf) -> Cli:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    vault.lock()
    return Cli(folder, keystore, {"SATCHEL_PASSPHRASE": PASSPHRASE})


def _text(path: Path) -> str:
    document = pdfium.PdfDocument(path.read_bytes())
    return "".join(
        "".join(document[i].get_textpage().get_text_range().split()) for i in range(len(document))
    )


def test_dossier_in_each_language_from_the_demo_data(cli: Cli, tmp_path: Path) -> None:
    assert cli("demo", "--cases", "6", "--seed", "5").code == 0
    cases = [json.loads(cli("case", "show", line.split()[0], "--json").out)
             for line in cli("case", "list").lines]  # fmt: skip
    # A demo case whose statements include a translation: the dossier prints both.
    case = next(c for c in cases if any(s["translation"] for s in c["statements"]))
    out = tmp_path / "out"
    out.mkdir()
    for language, title in (("fr", "Dossierdelapersonne"), ("de", "Fallakte"),
                            ("en", "Casedossier")):  # fmt: skip
        target = out / f"{language}.pdf"
        result = cli("dossier", case["id"], "--lang", language, "-o", str(target))
        assert result.code == 0, result.err
        assert "not encrypted" in result.err
        text = _text(target)
        assert title in text
        for statement in case["statements"]:
            assert "".join(statement["text"].split()) in text
            if statement["translation"]:
                assert "".join(statement["translation"].split()) in text
                assert "".join(statement["translator"].split()) in text
    case_id = case["id"]
    assert sorted(p.name for p in out.iterdir()) == ["de.pdf", "en.pdf", "fr.pdf"]
    history = cli("case", "show", case_id, "--json")
    assert history.code == 0


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--lang", "ru"), "invalid choice"),
        (("--lang", "fr", "--profile", "all"), "no profile 'all'"),
    ],
)
def test_bad_options_are_one_sentence(cli: Cli, tmp_path: Path, args, expected) -> None:
    case_id = cli("case", "add", "--name", "Иван Петров").out.strip()
    result = cli("dossier", case_id, *args, "-o", str(tmp_path / "d.pdf"))
    assert expected in one_sentence(result)
    assert not (tmp_path / "d.pdf").exists()


def test_a_missing_case_or_a_wrong_name_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    cli("case", "add", "--name", "Иван Петров")
    out = tmp_path / "out"
    out.mkdir()
    missing = cli("dossier", "ffffffff", "--lang", "fr", "-o", str(out / "d.pdf"))
    assert "No case" in one_sentence(missing)
    not_pdf = cli("dossier", "ffffffff", "--lang", "fr", "-o", str(out / "d.txt"))
    assert ".pdf" in one_sentence(not_pdf)
    assert list(out.iterdir()) == []


def test_a_file_already_there_is_never_replaced(cli: Cli, tmp_path: Path) -> None:
    """Like a bundle, a dossier never silently takes the place of the user's own file."""
    case_id = cli("case", "add", "--name", "Иван Петров").out.strip()
    target = tmp_path / "заявление.pdf"
    target.write_bytes(b"%PDF-1.7 the signed application, the only copy")
    result = cli("dossier", case_id, "--lang", "fr", "-o", str(target))
    assert result.code != 0
    assert one_sentence(result) == f"There is already a file at {target}; choose another name."
    assert target.read_bytes() == b"%PDF-1.7 the signed application, the only copy"
    assert [p.name for p in tmp_path.iterdir() if p.name != "vault"] == [target.name]
