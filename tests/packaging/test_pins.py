"""The build installs exactly pinned versions: the pins exist, parse and match development."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"
BUILD_REQUIREMENTS = ROOT / "packaging" / "requirements-build.txt"


def test_every_runtime_dependency_is_pinned(constraints_checker: ModuleType) -> None:
    pinned = constraints_checker.pins(CONSTRAINTS.read_text(encoding="utf-8"))
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in pyproject["project"]["dependencies"]:
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]
        assert constraints_checker.normalise(name) in pinned, name


def test_pins_match_what_the_tests_run_on(constraints_checker: ModuleType) -> None:
    assert constraints_checker.differences(CONSTRAINTS.read_text(encoding="utf-8")) == []


def test_the_build_tools_are_pinned(constraints_checker: ModuleType) -> None:
    pinned = constraints_checker.pins(BUILD_REQUIREMENTS.read_text(encoding="utf-8"))
    assert pinned["pyinstaller"][0] == "6.22.3"
    assert "pyinstaller-hooks-contrib" in pinned


@pytest.mark.parametrize(
    "line",
    ["keyring>=25", "keyring", "keyring==25.7.0 ; python_version < '3.12'", "-e ."],
)
def test_anything_but_an_exact_pin_is_refused(constraints_checker: ModuleType, line: str) -> None:
    with pytest.raises(ValueError):
        for _name, (_version, marker) in constraints_checker.pins(line).items():
            constraints_checker.marker_applies(marker)


def test_a_drifted_pin_is_reported(constraints_checker: ModuleType) -> None:
    problems = constraints_checker.differences("keyring==0.0.1\nnot-installed-here==1.0\n")
    assert problems == [
        "keyring: pinned 0.0.1, installed 25.7.0",
        "not-installed-here: pinned 1.0, installed nothing",
    ]


def test_pins_for_other_platforms_are_skipped(constraints_checker: ModuleType) -> None:
    assert constraints_checker.differences('pywin32-ctypes==0.0.1 ; sys_platform == "nope"\n') == []
