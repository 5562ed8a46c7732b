"""Every action the core writes to the audit log has a translated label on the audit page."""

from __future__ import annotations

import ast
from pathlib import Path

from ui.labels import ACTION_LABELS

ROOT = Path(__file__).resolve().parents[2]


def logged_actions() -> set[str]:
    """Action names given as literals to ``store.log(...)``, ``vault.log_done(...)`` or
    ``audit.append(conn, ...)``."""
    found: set[str] = set()
    for path in [*(ROOT / "app").rglob("*.py"), *(ROOT / "cli").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            position = {"log": 0, "log_done": 0, "append": 1}.get(node.func.attr)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            value = argument.value if isinstance(argument, ast.Constant) else None
            if isinstance(value, str) and ("." in value or value.endswith("_changed")):
                found.add(value)
    return found


def test_every_logged_action_has_a_label() -> None:
    actions = logged_actions()
    assert {"case.add", "bundle.import", "border.seal", "passphrase_changed",
            "unlock_limit.set"} <= actions  # fmt: skip
    assert actions - set(ACTION_LABELS) == set()
