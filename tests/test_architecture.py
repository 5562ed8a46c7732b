"""The shape of the code: the core runs without Qt, and dependencies point from the front ends
(ui, cli) to the core (app) to crypto."""

from __future__ import annotations

import ast
import re
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
        ("crypto", ("PySide6", "shiboken6", "app", "cli", "ui", "sqlite3", "sqlcipher3")),
        ("app", ("PySide6", "shiboken6", "cli", "ui")),
        ("cli", ("PySide6", "shiboken6", "ui")),
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
        "import sys, ui.launcher, cli, app.vault, app.store, crypto.age\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "False"


def _module_graph() -> tuple[dict[str, set[str]], list[str]]:
    """Every module of app/, cli/, ui/ and crypto/ with the project modules it imports (at any
    depth of the file, late imports included), and every import of another module's
    ``_private`` name."""
    modules: dict[str, Path] = {}
    for package in ("app", "cli", "ui", "crypto"):
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    edges: dict[str, set[str]] = {name: set() for name in modules}
    private: list[str] = []
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [owner(a.name) for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, *([node.module] if node.module else [])])
                targets = [owner(f"{base}.{a.name}") or owner(base) for a in node.names]
                private += [
                    f"{name} imports {base}.{a.name}"
                    for a in node.names
                    if a.name.startswith("_") and not a.name.startswith("__")
                    and base.split(".")[0] in ("app", "cli", "ui", "crypto")
                ]  # fmt: skip
            else:
                continue
            edges[name].update(t for t in targets if t and t != name)
    return edges, private


def test_no_module_imports_another_modules_private_names() -> None:
    _, private = _module_graph()
    assert not private, private


def test_there_is_no_import_circle() -> None:
    """Not even through an import inside a function: a circle is a design to untangle."""
    edges, _ = _module_graph()
    circles: list[list[str]] = []
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(edges[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            found = []
            while True:
                other = stack.pop()
                found.append(other)
                if other == module:
                    break
            if len(found) > 1:
                circles.append(sorted(found))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    assert not circles, circles


# Where SQL may run: the store owns every statement about the data; the vault's database layer
# opens, keys and upgrades the file (pragmas and the page-format copy).
SQL_HOMES = ("app/store/", "app/vault/database.py", "app/vault/page_migration.py")
SQL_CALLS = ("execute", "executemany", "executescript", "blobopen", "cursor", "backup")
MAX_LINES = 450


def _sources() -> list[tuple[str, str]]:
    return [
        (str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
        for package in ("app", "cli", "ui", "crypto")
        for path in sorted((ROOT / package).rglob("*.py"))
    ]


def test_sql_runs_only_in_the_store_and_the_database_layer() -> None:
    """No call of a connection's SQL methods, and no SQL text, outside their homes."""
    found = []
    for where, text in _sources():
        if where.startswith(SQL_HOMES):
            continue
        tree = ast.parse(text)
        docstrings = {
            id(owner.body[0].value)
            for owner in ast.walk(tree)
            if isinstance(owner, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and owner.body
            and isinstance(owner.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS
            ):
                found.append(f"{where}:{node.lineno} calls {node.func.attr}")
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and SQL_STATEMENT.match(node.value)
                and id(node) not in docstrings
            ):
                found.append(f"{where}:{node.lineno} holds SQL")
    assert found == []


SQL_STATEMENT = re.compile(
    r"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|WITH)\s",
)


def test_no_module_is_longer_than_450_lines() -> None:
    long = [where for where, text in _sources() if text.count("\n") > MAX_LINES]
    assert long == []
