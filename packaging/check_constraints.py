"""Say whether packaging/constraints.txt still pins what is installed for development.

``make package-lock`` runs this with the development virtualenv's Python. The packaged app
is built from the pinned versions; when a dependency is upgraded for development, the pin
must move with it (deliberately), or the app users get differs from the one tests ran on.
Exit status 1 lists each difference as ``name: pinned X, installed Y``.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
from pathlib import Path

_PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s;#]+)\s*(?:;\s*(.+?))?\s*(?:#.*)?$")


def pins(text: str) -> dict[str, tuple[str, str | None]]:
    """{name: (version, environment marker or None)} for each ``name==version`` line."""
    found: dict[str, tuple[str, str | None]] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _PIN.match(stripped)
        if match is None:
            raise ValueError(f"not an exact pin: {stripped!r}")
        found[normalise(match.group(1))] = (match.group(2), match.group(3))
    return found


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def marker_applies(marker: str | None) -> bool:
    """True when a pin's ``sys_platform == "..."`` marker matches this machine."""
    if marker is None:
        return True
    match = re.fullmatch(r'sys_platform\s*==\s*"([^"]+)"', marker)
    if match is None:
        raise ValueError(f"unsupported marker: {marker!r}")
    return sys.platform == match.group(1)


def differences(text: str) -> list[str]:
    problems = []
    for name, (version, marker) in sorted(pins(text).items()):
        if not marker_applies(marker):
            continue
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            installed = "nothing"
        if installed != version:
            problems.append(f"{name}: pinned {version}, installed {installed}")
    return problems


def main(argv: list[str]) -> int:
    problems = differences(Path(argv[1]).read_text(encoding="utf-8"))
    for problem in problems:
        print(problem)
    if not problems:
        print("constraints.txt matches the installed versions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
