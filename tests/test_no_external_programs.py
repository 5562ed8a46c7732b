"""Satchel starts no other program: no compiler probe, no helper, nothing from PATH.

``ctypes.util.find_library`` runs ``gcc`` (and leaves an empty file in the temporary
folder) when a keyring backend asks it for a library; ``platform`` and ``uuid`` probes can
run ``uname`` or ``ldconfig``. Here every such program on PATH is a trap that leaves a
mark; the real ``satchel`` program then opens the vault, adds a case, searches, shows the
security status and writes a dossier, each in its own process, and no mark may appear,
nor any file in the temporary folder.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app.vault import Vault
from tests.helpers import private_environment, run_satchel

PASSPHRASE = "violet harbour lantern 42"
TRAPS = ("gcc", "cc", "ld", "objdump", "ldconfig", "uname", "sh", "dash", "bash", "age")


def _traps(folder: Path, marks: Path) -> None:
    folder.mkdir()
    python = os.path.realpath(sys.executable)
    for name in TRAPS:
        trap = folder / name
        # Not a shell script: "sh" is one of the traps. The interpreter runs it by path.
        trap.write_text(
            f"#!{python}\nopen({str(marks / name)!r}, 'w').close()\nraise SystemExit(1)\n",
            encoding="utf-8",
        )
        trap.chmod(stat.S_IRWXU)


@pytest.mark.keystore
def test_the_program_runs_nothing_from_path(tmp_path: Path, keystore, test_kdf) -> None:
    marks = tmp_path / "marks"
    marks.mkdir()
    _traps(tmp_path / "traps", marks)
    env = private_environment(tmp_path / "private", drop_prefix="SATCHEL_")
    env["PATH"] = str(tmp_path / "traps")
    env["SATCHEL_PASSPHRASE"] = PASSPHRASE
    env["SATCHEL_VAULT"] = str(tmp_path / "vault")
    Vault.create(tmp_path / "vault", PASSPHRASE, keystore=keystore, kdf=test_kdf)[0].lock()

    added = run_satchel(["case", "add", "--name", "Иван Петров"], env, timeout=120)
    assert added.returncode == 0, added.stderr
    case_id = added.stdout.strip()
    for argv in (
        ["search", "Ivan"],
        ["status"],
        ["dossier", case_id, "--lang", "fr", "-o", str(tmp_path / "dossier.pdf")],
        ["--help"],
    ):
        result = run_satchel(argv, env, timeout=120)
        assert result.returncode == 0, (argv, result.stderr)
    assert sorted(p.name for p in marks.iterdir()) == []
    assert list((tmp_path / "private" / "tmp").iterdir()) == []


def test_a_trap_would_be_noticed(tmp_path: Path) -> None:
    import subprocess

    marks = tmp_path / "marks"
    marks.mkdir()
    _traps(tmp_path / "traps", marks)
    subprocess.run([str(tmp_path / "traps" / "gcc")], check=False)
    assert [p.name for p in marks.iterdir()] == ["gcc"]
