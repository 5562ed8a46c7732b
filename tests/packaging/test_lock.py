"""One lock file, with hashes, is the truth for the development, test and build environments."""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "uv.lock"
TEST_TOOLS = {"pytest", "pytest-qt", "hypothesis", "mypy", "ruff", "pre-commit"}


def _lock() -> dict[str, object]:
    return tomllib.loads(LOCK.read_text(encoding="utf-8"))


def _uv() -> str:
    found = ROOT / ".cache" / "bootstrap" / "bin" / "uv"
    if found.exists():
        return str(found)
    on_path = shutil.which("uv")
    if on_path is None:
        pytest.skip("uv is not installed: run the tests with `make test`")
    return on_path


def _run_uv(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never", "UV_NO_PROGRESS": "1"}
    return subprocess.run(
        [_uv(), *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_every_locked_artifact_has_a_sha256() -> None:
    missing = []
    for package in _lock()["package"]:  # type: ignore[attr-defined]
        if "registry" not in package["source"]:
            continue  # the project itself, built from this checkout
        artifacts = [package.get("sdist"), *package.get("wheels", [])]
        artifacts = [a for a in artifacts if a is not None]
        assert artifacts, package["name"]
        missing += [
            f"{package['name']} {a['url']}"
            for a in artifacts
            if not str(a.get("hash", "")).startswith("sha256:")
        ]
    assert missing == []


def test_the_uv_bootstrap_is_pinned_with_hashes() -> None:
    text = (ROOT / "packaging" / "uv-requirements.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if not line.startswith("#")]
    assert lines[0].startswith("uv==")
    assert sum(line.startswith("--hash=sha256:") for line in lines) >= 10


def test_the_build_environment_is_the_runtime_plus_pyinstaller(
    build_env_checker: ModuleType,
) -> None:
    wanted = build_env_checker.locked_for_build(_lock())
    for runtime in ("pyside6-essentials", "sqlcipher3", "cryptography", "keyring", "segno"):
        assert runtime in wanted
    assert "pyinstaller" in wanted
    assert not TEST_TOOLS & wanted.keys()


def test_what_the_build_installs_is_what_the_check_expects(build_env_checker: ModuleType) -> None:
    """The exported requirements (what pip installs, with hashes) name exactly the versions
    the build-environment check compares with, so the two cannot drift apart."""
    out = _run_uv(
        "export",
        "--frozen",
        "--no-emit-project",
        "--no-default-groups",
        "--group",
        "build",
        "--format",
        "requirements.txt",
        "--quiet",
    )
    assert out.returncode == 0, out.stderr
    exported: dict[str, str] = {}
    for line in out.stdout.splitlines():
        if line and not line[0].isspace() and not line.startswith("#") and "==" in line:
            requirement, _, marker = line.rstrip(" \\").partition(";")
            name, version = requirement.strip().split("==")
            if not marker.strip() or _applies_here(marker):
                exported[build_env_checker.normalise(name)] = version
    assert "--hash=sha256:" in out.stdout
    assert exported == build_env_checker.locked_for_build(_lock())


def _applies_here(marker: str) -> bool:
    from packaging.markers import Marker

    return Marker(marker.strip()).evaluate()


def test_a_drifted_build_environment_is_reported(build_env_checker: ModuleType) -> None:
    problems = build_env_checker.differences(
        {"keyring": "25.7.0", "segno": "1.6.6"}, {"keyring": "25.7.1", "pytest": "9.0"}
    )
    assert problems == [
        "keyring: locked 25.7.0, installed 25.7.1",
        "pytest: locked nothing, installed 9.0",
        "segno: locked 1.6.6, installed nothing",
    ]


def test_the_lock_matches_pyproject() -> None:
    out = _run_uv("lock", "--check", "--offline")
    assert out.returncode == 0, out.stderr


def test_the_lock_check_fails_when_pyproject_changes_without_a_relock(tmp_path: Path) -> None:
    shutil.copy(LOCK, tmp_path / "uv.lock")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    unchanged = _run_uv("lock", "--check", "--offline", cwd=tmp_path)
    assert unchanged.returncode == 0, unchanged.stderr

    changed = pyproject.replace('"platformdirs>=4"', '"platformdirs>=4.1"')
    assert changed != pyproject
    (tmp_path / "pyproject.toml").write_text(changed, encoding="utf-8")
    out = _run_uv("lock", "--check", "--offline", cwd=tmp_path)
    assert out.returncode != 0
    # uv says the lock needs updating, or (with nothing in its cache to resolve from
    # offline) that it cannot resolve the changed requirements: either way it refuses.
    assert "needs to be updated" in out.stderr or "network was disabled" in out.stderr
