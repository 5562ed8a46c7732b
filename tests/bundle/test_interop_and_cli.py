"""A partner without Satchel opens a bundle with stock tools; the CLI drives a whole exchange."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.exchange.contacts import add_contact
from cli import Console, main
from crypto import age
from crypto.sign import public_key_from_bytes, verify_signature
from tests.bundle.conftest import PASSPHRASE, Side, full_case


@pytest.mark.skipif(shutil.which("age") is None, reason="the age CLI is not installed")
def test_stock_age_and_tar_open_a_bundle_for_a_plain_age_contact(
    astana: Side, tmp_path: Path
) -> None:
    secret, public = age.generate_x25519()
    key_file = tmp_path / "key.txt"
    key_file.write_text(secret + "\n")
    add_contact(astana.store, public, name="Lawyer without Satchel")
    case_id = full_case(astana.store)
    from app.exchange.bundle import export_bundle

    bundle = tmp_path / "for-partner.age"
    export_bundle(
        astana.store, bundle, to=["Lawyer without Satchel"], cases=[case_id], accept_unverified=True
    )
    out = tmp_path / "opened"
    out.mkdir()
    opened = subprocess.run(
        ["age", "-d", "-i", str(key_file), str(bundle)], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=opened, check=True)

    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["format"] == "satchel-bundle" and manifest["version"] == 2
    signed = (out / "manifest.sig").read_bytes()
    assert len(signed) == 32 + 64  # the signer's raw key, then the signature
    assert verify_signature(
        public_key_from_bytes(signed[:32]),
        b"satchel-manifest-v1\0" + (out / "manifest.json").read_bytes(),
        signed[32:],
    )
    record = json.loads((out / "records/000001.json").read_text(encoding="utf-8"))
    assert record["case_id"] == case_id
    assert record["records"]["persons"][0]["name"] == "Канарейкин Юрий Петрович"
    assert (out / "attachments/000002.bin").read_bytes() == b"signed statement text\n" * 50


def run(side: Side, keystore: Any, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    console = Console(environ={"SATCHEL_PASSPHRASE": PASSPHRASE}, out=out, err=err)
    side.vault.lock()  # the CLI unlocks the vault itself, as a user would
    code = main(["--vault", str(side.folder), *argv], console=console, keystore=keystore)
    return code, out.getvalue(), err.getvalue()


def test_cli_export_preview_import_conflict_and_resolve(
    friends: tuple[Side, Side], tmp_path: Path, keystore: Any
) -> None:
    astana, paris = friends
    case_id = full_case(astana.store)
    first = tmp_path / "first.age"
    code, out, err = run(astana, keystore, "export", "--to", "Paris", "--case", case_id[:8],
                         "-o", str(first))  # fmt: skip
    assert code == 0, err
    assert out.strip() == str(first) and "Sealed 1 case(s)" in err

    code, out, _ = run(paris, keystore, "import", str(first), "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["applied"] is False
    assert preview["sender"] == "Astana" and preview["sender_verified"] is True
    assert preview["records"]["new"] == 16 and preview["cases"][0]["status"] == "new"

    code, out, err = run(paris, keystore, "import", str(first))
    assert code == 0 and "Imported." in err and "new" in out
    code, _, err = run(paris, keystore, "import", str(first))
    assert code == 0 and "already imported; nothing changed" in err

    for side, town in ((astana, "Almaty"), (paris, "Paris")):
        code, _, err = run(side, keystore, "case", "set", case_id, f"city={town}")
        assert code == 0, err
    second = tmp_path / "second.age"
    assert run(astana, keystore, "export", "--to", "Paris", "--all", "-o", str(second))[0] == 0
    code, out, err = run(paris, keystore, "import", str(second))
    assert code == 1 and "--resolve" in err and "conflict: persons" in out
    code, out, err = run(paris, keystore, "import", str(second), "--resolve", "theirs", "--json")
    assert code == 0, err
    assert json.loads(out)["resolved"] == {"theirs": 1}
    code, out, _ = run(paris, keystore, "case", "show", case_id, "--json")
    assert json.loads(out)["person"]["city"] == "Almaty"

    code, out, _ = run(paris, keystore, "bundles", "--json")
    assert [e["direction"] for e in json.loads(out)] == ["received", "received"]


def test_cli_refusals_are_one_sentence(
    friends: tuple[Side, Side], tmp_path: Path, keystore: Any
) -> None:
    astana, paris = friends
    case_id = full_case(astana.store)
    bundle = tmp_path / "b.age"
    assert (
        run(astana, keystore, "export", "--to", "Paris", "--case", case_id, "-o", str(bundle))[0]
        == 0
    )
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x80
    bundle.write_bytes(bytes(data))
    code, out, err = run(paris, keystore, "import", str(bundle))
    assert code == 1 and out == ""
    assert err.strip() == (
        "This bundle was changed after it was sealed, or is incomplete; nothing was imported."
    )
    code, _, err = run(
        astana, keystore, "export", "--to", "Nobody", "--all", "-o", str(tmp_path / "x")
    )
    assert code == 1 and err.count("\n") == 1 and "Nobody" in err
    code, _, err = run(astana, keystore, "export", "--to", "Paris", "-o", str(tmp_path / "y"))
    assert code == 2 and "--case" in err


def test_cli_import_warns_of_a_returning_person(
    friends: tuple[Side, Side], tmp_path: Path, keystore: Any
) -> None:
    """Paris rejected him as a plant; he comes back through Astana under another spelling:
    the import says so loudly, as `case add` would."""
    astana, paris = friends
    earlier = paris.store.add_case("Kanareikin Iurii", {"birth_date": "1995-04-02"})
    paris.store.set_case_fields(earlier, {"stage": "rejected",
                                          "rejection_reason": "suspected plant"})  # fmt: skip
    case_id = full_case(astana.store)
    bundle = tmp_path / "returning.age"
    assert run(astana, keystore, "export", "--to", "Paris", "--case", case_id[:8],
               "-o", str(bundle))[0] == 0  # fmt: skip

    code, _, err = run(paris, keystore, "import", str(bundle))
    assert code == 0, err
    assert "WARNING" in err and earlier[:8] in err and "rejected" in err


@pytest.mark.parametrize("written", ["Joukov Sergueï", "Schukow Sergej", "Sergey Zhukov"])
def test_cli_import_warns_of_a_returning_person_as_a_partner_writes_him(
    friends: tuple[Side, Side], tmp_path: Path, keystore: Any, written: str
) -> None:
    """Paris rejected him as a plant, written in Cyrillic; he comes back through a partner
    that writes Russian names the French, German or English way: the import says so."""
    astana, paris = friends
    earlier = paris.store.add_case("Жуков Сергей Петрович", {"birth_date": "1995-04-02"})
    paris.store.set_case_fields(earlier, {"stage": "rejected",
                                          "rejection_reason": "suspected plant"})  # fmt: skip
    case_id = full_case(astana.store, written)
    bundle = tmp_path / "returning.age"
    assert run(astana, keystore, "export", "--to", "Paris", "--case", case_id[:8],
               "-o", str(bundle))[0] == 0  # fmt: skip

    code, _, err = run(paris, keystore, "import", str(bundle))
    assert code == 0, err
    assert "WARNING" in err and earlier[:8] in err and "rejected" in err
