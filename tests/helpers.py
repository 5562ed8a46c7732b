"""Helpers several test folders share: running the installed program, and canary scans.

Imported as ``tests.helpers`` (pytest runs with ``--import-mode=importlib`` from the
repository root); fixtures stay in the conftest files.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cli import Console, main

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    """What one command did: its exit status, its stdout (results), its stderr (messages)."""

    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


@dataclass
class Cli:
    """Runs `satchel --vault DIR ...` in-process with a given environment (plus ``**env``)."""

    folder: Path
    keystore: Any
    env: dict[str, str] = field(default_factory=dict)

    def __call__(self, *argv: str, **env: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        console = Console(environ={**self.env, **env}, out=out, err=err)
        code = main(["--vault", str(self.folder), *argv], console=console, keystore=self.keystore)
        return Result(code, out.getvalue(), err.getvalue())


def one_sentence(result: Result) -> str:
    """The one line a failing command printed: no traceback, one sentence, nothing else."""
    assert result.code != 0
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    assert lines[0].endswith((".", ")")), lines[0]
    return lines[0]


def run_satchel(
    argv: Sequence[str], env: Mapping[str, str], *, timeout: float | None = None
) -> subprocess.CompletedProcess[str]:
    """``satchel ARGV`` as the installed program runs it: a separate process, no terminal."""
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *argv],
        capture_output=True,
        text=True,
        env=dict(env),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=timeout,
    )


def private_environment(base: Path, *, drop_prefix: str) -> dict[str, str]:
    """This process's environment with home, config, cache, data, state and temporary
    folders all inside ``base`` (created here), and the variables starting with
    ``drop_prefix`` removed: whatever the program writes lands where the test can scan it."""
    folders = {
        "HOME": base / "home",
        "XDG_CONFIG_HOME": base / "config",
        "XDG_CACHE_HOME": base / "cache",
        "XDG_DATA_HOME": base / "data",
        "XDG_STATE_HOME": base / "state",
        "TMPDIR": base / "tmp",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop_prefix)}
    env.update({k: str(v) for k, v in folders.items()})
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def encodings(text: str) -> list[bytes]:
    """The byte forms a program might write ``text`` in: three cases, UTF-8 and UTF-16."""
    forms = {text, text.lower(), text.upper()}
    return [form.encode(enc) for form in forms for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


def scanned_files(base: Path) -> list[Path]:
    """Every file under ``base`` and under the test keyring's folder (where secrets go)."""
    scratch = os.environ.get("SATCHEL_KEYRING_SCRATCH")
    return files_under(base, *([Path(scratch)] if scratch else []))


def leaks(files: Iterable[Path], texts: Iterable[str]) -> list[tuple[Path, str]]:
    """Each file and canary where the file's bytes hold the canary in any encoding."""
    wanted = [(text, encodings(text)) for text in texts]
    found = []
    for path in files:
        data = path.read_bytes()
        found += [(path, text) for text, forms in wanted if any(f in data for f in forms)]
    return found


def old_schema_case(conn: Any, origin: str, name: str, **person: Any) -> str:
    """A case written as an older schema holds it, for migration tests: a person and a case
    record only, through the generic record writer (today's Store writes today's schema,
    search index included, so it cannot fill an old vault)."""
    from app.store.records import insert_record, utc_now
    from app.translit import to_latin

    names = {"name": name, **person}
    if "name_latin" not in person and "name_latin" in _columns(conn, "persons"):
        names["name_latin"] = to_latin(name)
        names["name_cyrillic"] = name
    person_id = insert_record(conn, "persons", origin, names)
    fields = {"person_id": person_id, "stage": "intake", "touched_at": utc_now()}
    return insert_record(conn, "cases", origin, fields)


def _columns(conn: Any, table: str) -> set[str]:
    return {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}


_LIST_JOIN = (
    "SELECT c.touched_at, c.id, p.name, p.name_latin, p.name_cyrillic, c.stage, r.risk, "
    "c.lawyer, c.deadline, c.next_action, c.created_at FROM cases c "
    "JOIN persons p ON p.id = c.person_id LEFT JOIN risks r ON r.case_id = c.id"
)


def case_list_drift(conn: Any) -> list[str]:
    """How the rows and count kept for the case list (schema v10) differ from the cases, the
    persons and the risks they are derived from; empty when they agree."""
    kept = sorted(conn.execute("SELECT * FROM case_list").fetchall())
    derived = sorted(conn.execute(_LIST_JOIN).fetchall())
    drift = [f"kept, not derived: {row!r}" for row in kept if row not in derived]
    drift += [f"derived, not kept: {row!r}" for row in derived if row not in kept]
    counted = conn.execute("SELECT n FROM case_count").fetchone()[0]
    cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    if counted != cases:
        drift.append(f"case_count says {counted}, cases holds {cases}")
    return drift
