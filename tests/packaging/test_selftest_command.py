"""`satchel selftest` as the installed program runs it: every step, the window included."""

from __future__ import annotations

import os
from pathlib import Path

from tests.helpers import run_satchel


def test_selftest_command_runs_every_step_including_the_window(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SATCHEL_")}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    env.pop("DISPLAY", None)
    run = run_satchel(["selftest"], env, timeout=300)
    lines = run.stdout.splitlines()
    assert run.returncode == 0, run.stdout + run.stderr
    assert lines and all(line.startswith("ok ") for line in lines), lines
    names = " ".join(lines)
    for step in ("vault: create", "attachment", "seal", "main window", "languages", "panic wipe",
                 "cleanup"):  # fmt: skip
        assert step in names
    assert not list(tmp_path.rglob("selftest-*")), "the throw-away vault was left behind"
