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

from crypto.durable import TEMPORARY_MARK

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


SETTINGS_NAME = "desktop.json"


def settings_file() -> Path:
    """The desktop app's settings file (language, auto-lock, clipboard, camouflage): the one
    place its path is decided. It holds no case data and no recent-file list."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / SETTINGS_NAME


def app_traces() -> AppTraces:
    """Satchel's settings, caches and per-user folders, as the platform places them.

    Computed when called (never at import time), so tests can point the platform folders
    elsewhere. The settings file is the desktop app's (:func:`settings_file`), with what an
    interrupted save left beside it; its folder is removed when nothing else is left in it.
    """
    settings = settings_file()
    config = settings.parent
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    interrupted = sorted(config.glob(SETTINGS_NAME + TEMPORARY_MARK + "*"))
    earlier = settings.with_name(SETTINGS_NAME + ".new")  # how earlier versions saved it
    return AppTraces(
        files=(settings, earlier, *interrupted),
        folders=(cache,),
        parents=(config, data),
    )
