"""Say whether the build environment holds exactly what uv.lock resolved, and nothing else.

``make package`` runs this with the build virtualenv's Python right after installing it
from ``uv export`` of the same lock. Every installed distribution (pip, which ``venv``
brings, aside) must be a locked package at its locked version, and every locked package
that applies to this platform and belongs to the runtime or the ``build`` group must be
installed. So the app is packaged from the versions the tests ran on, by construction,
and a drift between the two environments stops the build. Exit status 1 lists each
difference.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

from packaging.markers import Marker

PROJECT = "satchel"
GROUP = "build"
# Installed by `python -m venv` itself, not by the lock.
_VENV_SEED = {"pip"}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _applies(dependency: dict[str, object]) -> bool:
    marker = dependency.get("marker")
    return marker is None or Marker(str(marker)).evaluate()


def locked_for_build(lock: dict[str, object]) -> dict[str, str]:
    """{name: version} of the runtime and build-group closure that applies here."""
    packages = {normalise(str(p["name"])): p for p in lock["package"]}  # type: ignore[index,union-attr]
    project = packages[PROJECT]
    roots = [d for d in project.get("dependencies", []) if _applies(d)]
    roots += [d for d in project.get("dev-dependencies", {}).get(GROUP, []) if _applies(d)]
    wanted: dict[str, str] = {}
    stack = [normalise(d["name"]) for d in roots]
    while stack:
        name = stack.pop()
        if name in wanted:
            continue
        package = packages[name]
        wanted[name] = str(package["version"])
        stack += [normalise(d["name"]) for d in package.get("dependencies", []) if _applies(d)]
    return wanted


def installed() -> dict[str, str]:
    return {
        normalise(dist.metadata["Name"]): dist.version
        for dist in importlib.metadata.distributions()
        if normalise(dist.metadata["Name"]) not in _VENV_SEED
    }


def differences(wanted: dict[str, str], have: dict[str, str]) -> list[str]:
    problems = []
    for name in sorted(wanted.keys() | have.keys()):
        locked, present = wanted.get(name), have.get(name)
        if locked != present:
            problems.append(
                f"{name}: locked {locked or 'nothing'}, installed {present or 'nothing'}"
            )
    return problems


def main(argv: list[str]) -> int:
    lock = tomllib.loads(Path(argv[1]).read_text(encoding="utf-8"))
    problems = differences(locked_for_build(lock), installed())
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"build environment matches {argv[1]}: {len(installed())} packages")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
