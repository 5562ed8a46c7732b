"""The desktop app's own settings: language, auto-lock, clipboard clearing and camouflage.

They are read before the vault is unlocked (the unlock dialog must already speak the
user's language), so they live outside it, in a small JSON file in the user's config
folder. They hold no case data. A damaged or unknown file means the defaults, never a crash;
values out of range are brought back into range.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.leftovers import remove_stale_temporaries
from app.vault.paths import safe_mkdir, settings_file
from crypto.durable import write_atomically
from ui.i18n import LANGUAGES, SOURCE_LANGUAGE

AUTO_LOCK_RANGE = (1, 240)
CLIPBOARD_RANGE = (5, 300)
_MAX_FILE_BYTES = 4096


@dataclass(frozen=True)
class GuiSettings:
    language: str = SOURCE_LANGUAGE
    auto_lock_minutes: int = 5
    clipboard_seconds: int = 30
    camouflage: bool = False  # a neutral window title and icon

    def normalised(self) -> GuiSettings:
        language = self.language if self.language in LANGUAGES else SOURCE_LANGUAGE
        return GuiSettings(
            language=language,
            auto_lock_minutes=_clamp(self.auto_lock_minutes, AUTO_LOCK_RANGE, 5),
            clipboard_seconds=_clamp(self.clipboard_seconds, CLIPBOARD_RANGE, 30),
            camouflage=self.camouflage is True,
        )


def _clamp(value: object, bounds: tuple[int, int], default: int) -> int:
    """A number within ``bounds``; anything that is not a whole number means ``default``."""
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return max(bounds[0], min(bounds[1], value))


def default_settings_file() -> Path:
    return settings_file()


def _saved(path: Path) -> dict[str, Any] | None:
    """What the settings file holds, or None when it is missing, too large or not ours."""
    try:
        if path.stat().st_size > _MAX_FILE_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def saved_language(path: Path) -> str | None:
    """The language the settings file names, if it is one Satchel offers; else None (no
    file, a damaged one, an unknown code): then the system's language is the first one."""
    data = _saved(path)
    language = data.get("language") if data is not None else None
    return language if isinstance(language, str) and language in LANGUAGES else None


def load_settings(path: Path) -> GuiSettings:
    """The saved settings, or the defaults when the file is missing or not ours.

    Read once at start: what a save killed half-way left beside the file goes then.
    """
    remove_stale_temporaries(path)
    data = _saved(path)
    if data is None:
        return GuiSettings()
    defaults = GuiSettings()
    return GuiSettings(
        language=data.get("language", defaults.language)
        if isinstance(data.get("language"), str)
        else defaults.language,
        auto_lock_minutes=data.get("auto_lock_minutes", defaults.auto_lock_minutes),
        clipboard_seconds=data.get("clipboard_seconds", defaults.clipboard_seconds),
        camouflage=data.get("camouflage") is True,
    ).normalised()


def save_settings(path: Path, settings: GuiSettings) -> None:
    """Write the settings atomically and durably (a crash leaves the old file or the new)."""
    safe_mkdir(path.parent)
    remove_stale_temporaries(path)
    text = json.dumps(asdict(settings.normalised()), indent=2)
    write_atomically(path, text.encode("utf-8"))
