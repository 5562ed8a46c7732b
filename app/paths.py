"""Where Satchel keeps its files, and the one helper that creates folders.

Paths are decided at start-up (never at import time): ``--vault DIR`` first, then the
``SATCHEL_VAULT`` environment variable, then the platform's user data folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Satchel"


def restrict_umask() -> None:
    """Make every file and folder created from now on private to the user."""
    os.umask(0o077)


def default_vault_dir(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    override = env.get("SATCHEL_VAULT")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def safe_mkdir(base: Path, relative: str | os.PathLike[str] = "") -> Path:
    """Create ``base/relative`` (and parents) with mode 0700, refusing paths that escape base."""
    base = Path(base)
    target = (base / relative) if relative else base
    resolved_base = base.resolve()
    resolved = target.resolve()
    if resolved != resolved_base and resolved_base not in resolved.parents:
        raise ValueError("folder path escapes its parent")
    resolved.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(resolved, 0o700)
    return resolved


@dataclass(frozen=True)
class AppTraces:
    """What outside the vault folder shows that Satchel was used on this computer.

    ``files`` are deleted, ``folders`` are Satchel's own and deleted with what is in them,
    ``parents`` are deleted only when empty (a vault kept there with ``--vault`` is never
    touched by accident).
    """

    files: tuple[Path, ...] = ()
    folders: tuple[Path, ...] = ()
    parents: tuple[Path, ...] = ()


def app_traces() -> AppTraces:
    """Satchel's settings, caches and per-user folders, as the platform places them.

    Computed when called (never at import time), so tests can point the platform folders
    elsewhere. The settings file is the desktop app's (``ui.settings``), which keeps no
    recent-file list; its folder is removed when nothing else is left in it.
    """
    config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return AppTraces(
        files=(config / "desktop.json", config / "desktop.json.new"),
        folders=(cache,),
        parents=(config, data),
    )
