"""A case bundle on its way to the disk: a power cut or a failed record never leaves a
bundle the vault does not know it sealed, nor one it recorded but that can vanish."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from app.errors import StorageFullError
from app.exchange.bundle import export as export_module
from app.exchange.bundle import export_bundle
from tests.bundle.conftest import PASSPHRASE, Side
from tests.helpers import ROOT, private_environment, run_satchel


def _sent(side: Side) -> int:
    row = side.store.connection.execute(
        "SELECT count(*) FROM bundle_log WHERE direction = 'sent'"
    ).fetchone()
    return int(row[0])


def test_a_bundle_the_vault_could_not_record_is_not_left_behind(
    friends: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    astana, _ = friends
    case_id = astana.store.add_case("Ольхович Денис")
    out = tmp_path / "out"
    out.mkdir()

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(export_module, "_record", full)
    with pytest.raises(StorageFullError):
        export_bundle(astana.store, out / "для Парижа.age", to=["Paris"], cases=[case_id])
    monkeypatch.undo()
    assert list(out.iterdir()) == []  # no bundle whose sequence number the vault gives again
    assert _sent(astana) == 0
    summary = export_bundle(astana.store, out / "для Парижа.age", to=["Paris"], cases=[case_id])
    assert summary.sequence == 1 and _sent(astana) == 1


def test_the_bundles_name_is_durable_before_the_vault_records_it_as_sent(
    friends: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    astana, _ = friends
    case_id = astana.store.add_case("Ольхович Денис")
    out = tmp_path / "out"
    out.mkdir()
    events: list[str] = []
    real_replace, real_fsync = os.replace, os.fsync

    def replace(source: object, target: object, *args: object, **kwargs: object) -> None:
        real_replace(source, target, *args, **kwargs)  # type: ignore[arg-type]
        if Path(str(target)).parent == out:
            events.append("renamed")

    def fsync(fd: int) -> None:
        real_fsync(fd)
        if os.path.realpath(f"/proc/self/fd/{fd}") == str(out.resolve()):
            events.append("folder synced")

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "fsync", fsync)
    export_bundle(astana.store, out / "b.age", to=["Paris"], cases=[case_id])
    monkeypatch.undo()
    assert events == ["renamed", "folder synced"]


# -- killed exports ----------------------------------------------------------------------------

_KILLED_EXPORT = """
import os, signal, sys
from crypto import age
from cli import main

real_encrypt = age.encrypt

class HalfWritten:  # kill -9 once more than 2 MiB of the bundle is in the file
    def __init__(self, file):
        self.file, self.written = file, 0

    def write(self, data):
        count = self.file.write(data)
        self.written += count
        if self.written > 2 << 20:
            self.file.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return count

age.encrypt = lambda src, dst, recipients, **kw: real_encrypt(src, HalfWritten(dst), recipients,
                                                              **kw)
sys.exit(main(sys.argv[1:]))
"""


def test_a_killed_export_leaves_nothing_after_the_next_start(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """``satchel export`` killed (SIGKILL) half-way through a large bundle leaves its
    encrypted ``NAME.partial-PID-RANDOM``; the next start of Satchel (any command) removes
    it, though nothing is ever exported to that name again. Nothing else in the folder is
    touched: a user's file named like ours but not of our form, a partial file of a
    process still running."""
    astana, _ = friends
    case_id = astana.store.add_case("Ольхович Денис")
    astana.store.add_attachment(case_id, "video.bin", os.urandom(12 << 20))
    astana.vault.lock()  # the commands below are other processes
    out = tmp_path / "usb"
    out.mkdir()
    theirs = {"x.partial-notanumber": b"a user's file", "notes.txt": b"mine",
              "y.age.partial-12-NOTOURS1": b"not our form",
              f"z.age.partial-{os.getpid()}-0123abcd": b"a running export"}  # fmt: skip
    for name, data in theirs.items():
        (out / name).write_bytes(data)
    env = {**private_environment(tmp_path / "env", drop_prefix="SATCHEL_PASSPHRASE"),
           "SATCHEL_PASSPHRASE": PASSPHRASE}  # fmt: skip
    vault = ["--vault", str(astana.folder)]

    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_EXPORT, *vault, "export", "--to", "Paris", "--case",
         case_id, "-o", str(out / "для Парижа.age")],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    (left,) = [p for p in out.iterdir() if p.name not in theirs]
    assert left.name.startswith("для Парижа.age.partial-") and left.stat().st_size > 2 << 20

    again = run_satchel([*vault, "bundles"], env, timeout=120)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(theirs)
    assert all((out / name).read_bytes() == data for name, data in theirs.items())
    assert sorted(p.name for p in astana.folder.iterdir() if ".tmp-" in p.name) == []


def test_an_export_removes_what_killed_exports_left_in_its_folder(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    """Starting to write into a folder removes every partial file a killed process left
    there, whatever name it was for (the vault noted none: an older version, another
    vault), and only files of exactly that form whose process is gone."""
    astana, _ = friends
    case_id = astana.store.add_case("Ольхович Денис")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "usb"
    out.mkdir()
    stale = [f"earlier.age.partial-{dead.pid}-0badc0de", f"dossier.pdf.partial-{dead.pid}-00ff00ff"]
    kept = ["x.partial-notanumber", f"y.partial-{dead.pid}-0badc0de.txt",
            f"z.partial-{dead.pid}-0BADC0DE", f"w.age.partial-{os.getpid()}-feedf00d"]  # fmt: skip
    for name in (*stale, *kept):
        (out / name).write_bytes(b"...")
    export_bundle(astana.store, out / "today.age", to=["Paris"], cases=[case_id])
    assert sorted(p.name for p in out.iterdir()) == sorted([*kept, "today.age"])


def test_the_note_of_a_killed_export_waits_for_its_usb_stick(tmp_path: Path) -> None:
    """The stick was taken out after the kill: the next start cannot reach the partial
    file, so it keeps the note (the folder's path, not the file's name) and a later start, with
    the stick back, removes the file and then the note."""
    from app import leftovers

    vault_folder, stick = tmp_path / "vault", tmp_path / "stick"
    vault_folder.mkdir()
    stick.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    output = stick / "для Парижа.age"
    note = leftovers.record_output(vault_folder, output)
    assert "Парижа".encode() not in note.read_bytes()  # the folder only: a name may be a person's
    note = note.rename(note.with_name(f"{leftovers.OUTPUT_RECORD}.tmp-{dead.pid}-abcd1234"))
    partial = stick / f"{output.name}.partial-{dead.pid}-0badc0de"
    partial.write_bytes(b"age-encryption.org/v1 half a bundle")
    away = stick.rename(tmp_path / "in a pocket")

    assert leftovers.clean_vault_leftovers(vault_folder, lambda: None) == 0  # type: ignore[arg-type,return-value]
    assert [p.name for p in vault_folder.iterdir()] == [note.name]
    away.rename(stick)
    assert leftovers.clean_vault_leftovers(vault_folder, lambda: None) == 2  # type: ignore[arg-type,return-value]
    assert list(vault_folder.iterdir()) == [] and list(stick.iterdir()) == []
