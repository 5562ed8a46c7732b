"""The shape of the code: the core runs without Qt and dependencies point ui -> app -> crypto."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(package: str) -> set[tuple[str, str]]:
    found = set()
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update((str(path.relative_to(ROOT)), a.name) for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add((str(path.relative_to(ROOT)), node.module))
    return found


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("crypto", ("PySide6", "shiboken6", "app", "ui", "sqlite3", "sqlcipher3")),
        ("app", ("PySide6", "shiboken6", "ui")),
    ],
)
def test_dependencies_point_one_way(package: str, forbidden: tuple[str, ...]) -> None:
    bad = [
        f"{where} imports {module}"
        for where, module in _imports(package)
        if module.split(".")[0] in forbidden
    ]
    assert not bad, bad


def test_command_line_runs_without_loading_qt() -> None:
    code = (
        "import sys, ui.launcher, app.cli, app.vault, app.store, crypto.age\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False"
