"""Text from outside is shown only as what it says: no hidden or steering characters.

Record text and names arriving in a bundle are refused if they hold a Unicode control or
format character (categories Cc and Cf, which include the bidirectional overrides and
isolates, zero-width characters and terminal escapes), a line or paragraph separator, a
surrogate, a private-use or an unassigned character. Newline and tab are the only
exceptions. What the command line prints from the vault goes through :func:`printable`,
so even text that got in before these checks cannot drive the terminal.
"""

from __future__ import annotations

import unicodedata

ALLOWED_CONTROLS = frozenset("\n\t")
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def is_hidden(char: str) -> bool:
    """Whether ``char`` is refused in imported text (see the module docstring)."""
    return char not in ALLOWED_CONTROLS and unicodedata.category(char) in _REFUSED_CATEGORIES


def is_clean(text: str) -> bool:
    """No refused character anywhere in ``text``.

    Most text passes :meth:`str.isprintable`, which refuses a superset (every "Other" and
    "Separator" character but the ASCII space, from the same Unicode tables), at C speed; the
    rest (newlines, tabs, other spaces) is checked one distinct character at a time.
    """
    return text.isprintable() or not any(is_hidden(char) for char in set(text))


def printable(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` safe for a terminal: every refused character (and, unless kept, newline and
    tab) shown as a visible escape such as ``\\x1b`` or ``\\u202e``."""
    out = []
    for char in str(text):
        if char in ALLOWED_CONTROLS and keep_newlines:
            out.append(char)
        elif is_hidden(char) or char in ALLOWED_CONTROLS:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)
