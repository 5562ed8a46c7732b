"""A person's name in both scripts, so a partner in Paris and a lawyer in Astana both read it.

The store keeps the name as typed and its Cyrillic and Latin spellings (computed,
editable). Lists show the name followed by the other script in brackets:
"Канарейкин Иван (Kanareikin Ivan)", "Ivan Kanareikin (Иван Канарейкин)".
"""

from __future__ import annotations

import unicodedata

from app.translit import to_cyrillic, to_latin


def _is_cyrillic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum(1 for c in letters if "CYRILLIC" in unicodedata.name(c, ""))
    return bool(letters) and cyrillic * 2 >= len(letters)


def both_spellings(name: str, latin: str | None, cyrillic: str | None) -> str:
    """``name``, with its spelling in the other script after it when that differs."""
    name = (name or "").strip()
    other = (latin if _is_cyrillic(name) else cyrillic) or ""
    other = other.strip()
    if not other or other.casefold() == name.casefold():
        return name
    if not name:
        return other
    return f"{name} ({other})"


def with_transliteration(name: str) -> str:
    """``name`` and its transliteration, for a name that arrived without its spellings
    (a bundle's preview): the same rules the vault uses to fill them in."""
    if _is_cyrillic(name):
        return both_spellings(name, to_latin(name), None)
    return both_spellings(name, None, to_cyrillic(name))
