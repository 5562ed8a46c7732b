"""No case data reaches the disk in plaintext.

Unique canary strings go into every kind of text field, note, statement, timeline event,
vetting evidence and attachment, through the real ``satchel`` program run as a separate
process whose home, config, cache, data and temporary folders all point into this test's
folder. Afterwards no canary may appear in any byte of any file there (nor in the test
keyring's folder), in any of the encodings a program might write it in.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from app.store.fields import FIELDS
from app.vault import Vault
from tests.helpers import files_under, leaks, private_environment, run_satchel, scanned_files

PASSPHRASE = "canary test passphrase 9"
TEXT_FIELDS = [f.name for f in FIELDS if f.kind == "text" and f.name != "name"]


def canary(label: str) -> str:
    return f"zqx{label.replace('_', '')}canary{zlib.crc32(label.encode()):08x}"


CYRILLIC_CANARY = "Жщыфканарейкаэюя"


def make_environment(base: Path) -> dict[str, str]:
    env = private_environment(base, drop_prefix="SATCHEL_")
    env["SATCHEL_PASSPHRASE"] = PASSPHRASE
    env["SATCHEL_VAULT"] = str(base / "vault")
    return env


def satchel(env: dict[str, str], *argv: str) -> str:
    run = run_satchel(argv, env)
    assert run.returncode == 0, f"satchel {argv[:2]} failed: {run.stderr}"
    return run.stdout.strip()


def test_no_canary_reaches_the_disk(tmp_path: Path, keystore, test_kdf) -> None:
    env = make_environment(tmp_path)
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, keystore=keystore, kdf=test_kdf)
    vault.lock()

    assert {"kz_address", "unit", "desertion_route", "family_pressure"} <= set(TEXT_FIELDS)
    canaries = [CYRILLIC_CANARY]
    fields = []
    for name in TEXT_FIELDS:
        canaries.append(canary(name))
        fields.append(f"{name}={canary(name)}")
    case_id = satchel(env, "case", "add", "--name", f"{CYRILLIC_CANARY} {canary('name')}")
    canaries.append(canary("name"))
    satchel(env, "case", "set", case_id, *fields)

    for kind in ("note", "statement", "event", "evidence", "source", "attachment", "filename"):
        canaries.append(canary(kind))
    satchel(env, "note", "add", case_id, f"note {canary('note')}")
    satchel(env, "statement", "add", case_id, canary("statement"), "--source", canary("source"))
    satchel(env, "event", "add", case_id, "interview", canary("event"), "--date", "2026-01-02")
    satchel(env, "check", "set", case_id, "plant_screening", "pass", "--note", canary("evidence"))

    source_folder = tmp_path / "source"
    source_folder.mkdir()
    document = source_folder / f"{canary('filename')}.txt"
    document.write_text(f"statement {canary('attachment')} {CYRILLIC_CANARY}\n", encoding="utf-8")
    satchel(env, "attach", case_id, str(document))
    document.unlink()  # the user's own copy is theirs to delete; the vault keeps none in clear

    found = satchel(env, "search", canary("unit"))
    assert case_id in found
    satchel(env, "case", "show", case_id)
    satchel(env, "verify")

    scanned = scanned_files(tmp_path)
    assert any(p.name == "vault.db" for p in scanned)
    found = [
        f"{path.relative_to(tmp_path) if tmp_path in path.parents else path}: {text}"
        for path, text in leaks(scanned, canaries)
    ]
    assert not found, found


def test_the_canary_scan_would_see_a_leak(tmp_path: Path) -> None:
    """The scan itself works: a file holding a canary in UTF-16 is found."""
    (tmp_path / "leak.bin").write_bytes(b"\x00" + canary("unit").encode("utf-16-le"))
    (tmp_path / "clean.bin").write_bytes(canary("unit")[:-1].encode())
    assert leaks(files_under(tmp_path), [canary("unit")]) == [
        (tmp_path / "leak.bin", canary("unit"))
    ]
