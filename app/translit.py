"""Russian names in two scripts, and the folded form that lets search ignore spelling.

A deserter's name reaches a lawyer spelled many ways: ``Канарейкин`` in his internal
passport, ``KANAREIKIN`` in his international one, ``Kanareykin`` in a partner's email.
Three tools here:

* :func:`to_latin` writes Cyrillic in Latin letters with the scheme Russian passports use
  (ICAO Doc 9303, in use since 2013), so ``name_latin`` matches what is printed in the
  person's passport.
* :func:`to_cyrillic` makes a best guess the other way, for names typed only in Latin; the
  user can correct it.
* :func:`fold` reduces any spelling, in either script, to one skeleton (``Yuriy``, ``Iurii``,
  ``Jurij`` and ``Юрий`` all become ``iuri``). Search indexes and queries the folded form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.confusables import skeleton

# ICAO Doc 9303 (Russian passports since 2013).
_ICAO: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
}  # fmt: skip

# For folding: like ICAO, but each letter goes straight to its skeleton form.
_FOLD_CYRILLIC: dict[str, str] = {
    **_ICAO, "ё": "e", "й": "i", "х": "h", "ц": "c", "щ": "sc", "ъ": "", "ы": "i", "э": "e",
    "і": "i", "ї": "i", "є": "e", "ґ": "g", "ў": "u",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
}  # fmt: skip

# Latin spelling variants, longest first; applied left to right in one pass.
_FOLD_LATIN: list[tuple[str, str]] = [
    ("shch", "sc"), ("sch", "sc"), ("tch", "ch"), ("kh", "h"),
    ("ts", "c"), ("tc", "c"), ("tz", "c"), ("x", "ks"),
    ("yo", "e"), ("jo", "e"), ("ye", "e"), ("je", "e"),
    ("yu", "iu"), ("ju", "iu"), ("ya", "ia"), ("ja", "ia"),
    ("y", "i"), ("j", "i"), ("w", "v"), ("ph", "f"),
]  # fmt: skip
_FOLD_LATIN_RE = re.compile("|".join(re.escape(src) for src, _ in _FOLD_LATIN))
_FOLD_LATIN_MAP = dict(_FOLD_LATIN)
_DOUBLE_RE = re.compile(r"([a-z])\1+")
_TOKEN_RE = re.compile(r"[a-z0-9]+")

# Latin -> Cyrillic guesses, longest first.
_TO_CYRILLIC: list[tuple[str, str]] = [
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("tz", "ц"),
    ("ch", "ч"), ("sh", "ш"), ("iu", "ю"), ("yu", "ю"), ("ju", "ю"), ("ia", "я"),
    ("ya", "я"), ("ja", "я"), ("yo", "ё"), ("ye", "е"), ("je", "е"), ("x", "кс"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
    ("z", "з"), ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("c", "ц"), ("y", "ы"), ("j", "й"), ("q", "к"),
]  # fmt: skip
_TO_CYRILLIC_RE = re.compile("|".join(re.escape(src) for src, _ in _TO_CYRILLIC))
_TO_CYRILLIC_MAP = dict(_TO_CYRILLIC)
_VOWELS_CYRILLIC = set("аеёиоуыэюя")


def is_cyrillic(text: str) -> bool:
    """True when most letters of ``text`` are Cyrillic (a name typed in Russian)."""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return cyrillic > latin


def _latin_word(word: str) -> str:
    out: list[str] = []
    for ch in word:
        latin = _ICAO.get(ch.lower())
        if latin is None:
            out.append(ch)
        else:
            out.append(latin.capitalize() if ch.isupper() else latin)
    result = "".join(out)
    # A word written in capitals stays in capitals: ЖУКОВ -> ZHUKOV, not ZhUKOV.
    return result.upper() if len(word) > 1 and word.isupper() else result


def to_latin(text: str) -> str:
    """Cyrillic to Latin as printed in Russian passports: ``Щербаков`` -> ``Shcherbakov``."""
    return re.sub(r"\w+", lambda m: _latin_word(m.group(0)), text)


def _cyrillic_word(word: str) -> str:
    lower = word.lower()
    out: list[str] = []
    for match in _TO_CYRILLIC_RE.finditer(lower):
        letter = _TO_CYRILLIC_MAP[match.group(0)]
        previous = out[-1] if out else ""
        if match.group(0) in ("i", "y") and previous in _VOWELS_CYRILLIC:
            letter = "й"  # Aleksei, Andrey -> Алексей, Андрей
        if match.group(0) == "y" and previous and previous not in _VOWELS_CYRILLIC:
            letter = "ы" if match.end() < len(lower) else "й"  # Rybin, Yuriy
        out.append(letter)
    cyrillic = "".join(out)
    if cyrillic.endswith("ии") and lower.endswith(("ii", "iy", "ij")):
        cyrillic = cyrillic[:-1] + "й"  # Iurii, Yuriy, Jurij -> Юрий
    if word[:1].isupper():
        cyrillic = cyrillic[:1].upper() + cyrillic[1:]
    return cyrillic


def to_cyrillic(text: str) -> str:
    """Best guess at the Russian spelling of a Latin name: ``Aleksei`` -> ``Алексей``.

    Latin spellings lose information, so the result is a suggestion the user can edit.
    Characters that are not Latin letters are kept as they are.
    """
    return re.sub(r"[A-Za-z]+", lambda m: _cyrillic_word(m.group(0)), text)


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """Fold one word (cached: names and words repeat a lot)."""
    latin = "".join(_FOLD_CYRILLIC.get(ch, ch) for ch in word)
    decomposed = unicodedata.normalize("NFKD", latin)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    skeleton = _FOLD_LATIN_RE.sub(lambda m: _FOLD_LATIN_MAP[m.group(0)], ascii_only)
    return _DOUBLE_RE.sub(r"\1", skeleton)


# Letters of the two scripts that look alike (UTS #39 confusables). A word that mixes the
# scripts was pasted or typed to look like a name while spelling another; it is read as
# it looks, in the script it can be written in whole.
_LOOKS_LATIN = dict(zip(
    "АВЕКМНОРСТУХІЈЅҮаеорсухіјѕһԁԛԝү", "ABEKMHOPCTYXIJSYaeopcyxijshdqwy", strict=True
))  # fmt: skip
_LOOKS_CYRILLIC = dict(zip(
    "ABCEHKMOPTXYIaceopxyi", "АВСЕНКМОРТХУІасеорхуі", strict=True
))  # fmt: skip


def _is_cyrillic_letter(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


@lru_cache(maxsize=65536)
def _as_it_looks(word: str) -> str:
    """``word`` in one script, as a reader sees it: letters of other scripts (Greek ``ο``,
    fullwidth ``Ｐ``) become the Latin letter they look like, and a word mixing Latin and
    Cyrillic is written whole in the script whose look-alikes cover the other's letters."""
    if word.isascii():
        return word
    letters = []
    for ch in unicodedata.normalize("NFKC", word):
        if ch.isalpha() and not ch.isascii() and not _is_cyrillic_letter(ch):
            looks = skeleton(ch.lower())
            ch = looks if len(looks) == 1 and looks.isascii() and looks.isalpha() else ch
        letters.append(ch)
    latin = [ch for ch in letters if ch.isascii() and ch.isalpha()]
    cyrillic = [ch for ch in letters if _is_cyrillic_letter(ch)]
    if latin and cyrillic:
        if all(ch in _LOOKS_LATIN for ch in cyrillic):
            letters = [_LOOKS_LATIN.get(ch, ch) for ch in letters]
        elif all(ch in _LOOKS_CYRILLIC for ch in latin):
            letters = [_LOOKS_CYRILLIC.get(ch, ch) for ch in letters]
    return "".join(letters)


def fold_tokens(text: str) -> list[str]:
    """The folded skeletons of the words in ``text``, in order (see :func:`fold`)."""
    folded = " ".join(_fold_word(_as_it_looks(word).lower()) for word in text.split())
    return _TOKEN_RE.findall(folded)


def fold(text: str) -> str:
    """One spelling-free skeleton for any spelling of a name, in either script.

    ``fold("Юрий Щербаков") == fold("Yuriy Scherbakov") == "iuri scerbakov"``.
    """
    return " ".join(fold_tokens(text))
