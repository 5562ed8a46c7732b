"""Load the build's own modules from packaging/ by path.

The folder is called ``packaging`` like the PyPI library of that name (which pytest itself
imports), so these modules are loaded from their files rather than imported by name.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"satchel_packaging_{name}", PACKAGING / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def contents() -> ModuleType:
    return load("bundle_contents")


@pytest.fixture(scope="session")
def constraints_checker() -> ModuleType:
    return load("check_constraints")


@pytest.fixture(scope="session")
def build_env_checker() -> ModuleType:
    return load("check_build_env")
