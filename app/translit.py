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


# -- sound keys: a name however a partner transliterated it --------------------------------
#
# Partners write Russian names by their own language's conventions: Жуков is "Zhukov" in
# the passport, "Joukov" in France, "Schukow" in Germany. No single folding of Latin
# letters can join those, because the conventions disagree about the same letters: "ch" is
# ч in English, ш in French and х in German; "j" is ж in French and й in German. So a Latin
# word is read back into Russian letters once per convention (:data:`_READINGS`), and each
# reading, like a Cyrillic word, is reduced to a *sound key* (:func:`_sound_skeleton`): the
# letters the conventions cannot tell apart made one. A Cyrillic word has one key, a Latin
# word one per distinct reading (most have one or two), and two words may be one name when
# their keys meet.

# Letters every convention reads alike, longest first where they overlap.
_READ_ALIKE: tuple[tuple[str, str], ...] = (
    ("schtsch", "щ"), ("chtch", "щ"), ("shtch", "щ"), ("shch", "щ"), ("tsch", "ч"),
    ("dsch", "дж"), ("tch", "ч"), ("zh", "ж"), ("kh", "х"), ("sh", "ш"), ("ts", "ц"),
    ("tz", "ц"), ("ou", "у"), ("ph", "ф"), ("ck", "к"), ("qu", "к"),
    ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("i", "и"),
    ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("y", "ы"),
    # Letters with marks: ISO 9 and scientific (č, š, ž, ŝ), French (ï, ë, é, è),
    # German (ß), Kazakh Latin (ı, ş, ğ, ä, ö, ü, ū, ñ).
    ("šč", "щ"), ("č", "ч"), ("š", "ш"), ("ž", "ж"), ("ŝ", "щ"), ("ĉ", "ч"), ("ï", "й"),
    ("ÿ", "й"), ("ë", "ё"), ("é", "е"), ("è", "е"), ("ê", "е"), ("ß", "с"), ("ç", "с"),
    ("ı", "ы"), ("ş", "ш"), ("ğ", "г"), ("ä", "а"), ("ö", "о"), ("ü", "у"), ("ū", "у"),
    ("ñ", "н"),
)  # fmt: skip
_FRONT = "(?=[eiyéèêëï])"  # before e, i, y a French "gu" is a hard g, an English "c" an s

# What each convention makes of the letters they disagree about (regular expressions,
# tried before the shared ones).
_READINGS: dict[str, tuple[tuple[str, str], ...]] = {
    # English (BGN/PCGN, the English press) and the Russian passport (ICAO): "Scherbakov"
    # is a common English shortening of Shcherbakov.
    "english": (("sch", "щ"), ("ch", "ч"), ("dj", "дж"), ("j", "дж"), ("x", "кс"),
                ("h", "х"), (f"c{_FRONT}", "с"), ("c", "к"), ("z", "з")),
    # French: Joukov, Tchernychev, Chtchoukine, Sergueï, Vassiliev, Djokhar.
    "french": ((f"gu{_FRONT}", "г"), ("sch", "ш"), ("ch", "ш"), ("dj", "дж"), ("j", "ж"),
               ("x", "кс"), ("h", "х"), (f"c{_FRONT}", "с"), ("c", "к"), ("z", "з"),
               ("(?<=[bcdfgjklmnpqrstvwxz])e$", "")),  # the mute e of Chtchoukine, Alexandre
    # German (Duden): Schukow, Tschernyschow, Chruschtschow, Juri, Saizew, Nadja.
    "german": (("sch", "ш"), ("ch", "х"), ("j", "й"), ("x", "кс"), ("h", "х"),
               (f"c{_FRONT}", "ц"), ("c", "к"), ("z", "ц")),
    # ISO 9 and the scientific transliteration without their marks: Cvetkov, Xruščev.
    "iso": (("ch", "х"), ("j", "й"), ("x", "х"), ("h", "х"), ("c", "ц"), ("z", "з")),
}  # fmt: skip


def _reading_re(own: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], list[str]]:
    """One pattern for a convention's own spellings and then the shared ones, each tried
    longest first (an alternation takes the first that fits, not the longest)."""

    def length(spelling: str) -> int:
        return len(re.sub(r"\(\?<?[=!][^)]*\)|\$", "", spelling))

    shared = tuple((re.escape(src), dst) for src, dst in _READ_ALIKE)
    ordered = sorted((*own, *shared), key=lambda pair: -length(pair[0]))
    pattern = re.compile("|".join(f"({src})" for src, _ in ordered))
    return pattern, [dst for _, dst in ordered]


_READING_RES = {name: _reading_re(own) for name, own in _READINGS.items()}
_MARKED = frozenset(ch for src, _ in _READ_ALIKE for ch in src if not ch.isascii())

# Letters of Kazakh, Ukrainian and Belarusian as the Russian letter they are written with.
_RUSSIAN_LETTER = str.maketrans("іїєґўәғқңөұүһ", "ииегуагкноуух")
# The letters that differ only by the sound before them, or that a convention drops.
_SOUND_LETTER = str.maketrans({
    "ь": "", "ъ": "", "я": "иа", "ю": "иу", "ё": "ио", "э": "е", "ы": "и", "й": "и",
})  # fmt: skip
_SIGN_RE = re.compile("[ьъ](?=[аеёиоуыэюя])")  # before a vowel, a y sound: ье, ie, je
_YO_RE = re.compile("и+о")  # ё, and a Latin io, yo, jo (Fiodor, Fyodor, Fjodor)
_HUSHED_O_RE = re.compile("(?<=[жшчщ])о")  # ё after ж ш ч щ, written o (Gorbatschow)
_GLIDE_RE = re.compile("и+(?=[аеоу])")  # the y sound before a vowel: я, ю, ье, ie, je
_DOUBLE_CYRILLIC_RE = re.compile(r"(\w)\1+")
_ENDINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("(?<=[ое])ф$"), "в"),  # Romanoff, Smirnoff
    (re.compile("(?<=[дт])ер$"), "р"),  # Alexander, Peter for Александр, Пётр
)


_APOSTROPHES_RE = re.compile("['\u2019\u02bc\u02b9\u02ba`\u00b4]")  # ь, ъ in Latin


def _sound_skeleton(cyrillic: str) -> str:
    """The sound key of a lower-case word in Russian letters.

    Made one: е, ё and э; и, й and ы; a vowel and the same vowel after a y sound (я and а,
    ю and у; ье, ie and je and е); ё and о after ж, ш, ч, щ; ж and ш, з and с (German
    writes both alike: Schukow is Жуков or Шуков); дж and ж; doubled letters (ss, ll);
    a final -off and -ов; a final -der/-ter and -др/-тр. Left apart: everything the
    conventions keep apart (ч, щ, х and ц stay four letters).
    """
    text = cyrillic.translate(_RUSSIAN_LETTER).replace("дж", "ж").replace("шч", "щ")
    text = _YO_RE.sub("е", _SIGN_RE.sub("и", text).translate(_SOUND_LETTER))
    text = _GLIDE_RE.sub("", _HUSHED_O_RE.sub("е", text))
    text = _DOUBLE_CYRILLIC_RE.sub(r"\1", text.replace("ж", "ш").replace("з", "с"))
    for ending, replacement in _ENDINGS:
        text = ending.sub(replacement, text)
    return text


def _unmarked(word: str) -> str:
    """``word`` with the marks no convention reads (Evguéni's é aside) taken off."""
    out = []
    for ch in unicodedata.normalize("NFC", word):
        if ch in _MARKED:
            out.append(ch)
        else:
            out.extend(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return "".join(out)


@lru_cache(maxsize=65536)
def sound_keys(word: str) -> frozenset[str]:
    """The sound keys of one word of a name (lower case, in one script): one for a word in
    Cyrillic, one per distinct reading for a word in Latin letters.

    ``sound_keys("жуков") & sound_keys("joukov") & sound_keys("schukow")`` is not empty,
    and neither is it for Хрущёв, "Khrushchev", "Khrouchtchev" and "Chruschtschow".
    """
    word = _APOSTROPHES_RE.sub("", word)
    if any(_is_cyrillic_letter(ch) for ch in word):
        return frozenset({_sound_skeleton(word)})
    plain = _unmarked(word)
    return frozenset(_sound_skeleton(_read(plain, name)) for name in _READING_RES)


def _read(word: str, convention: str) -> str:
    """A Latin word read back into Russian letters as ``convention`` writes them."""
    pattern, letters = _READING_RES[convention]
    return pattern.sub(lambda m: letters[(m.lastindex or 1) - 1], word)


_NAME_TOKEN_RE = re.compile(r"[^\W_]+")


def name_words(text: str) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """The words of a name in order, each as its folded forms (:func:`fold_tokens`) and its
    sound keys (:func:`sound_keys`). A word is read as it looks (see :func:`fold_tokens`),
    and an apostrophe inside it (``Vasil'ev``, ``Podʺyachev``) does not cut it in two."""
    words = []
    for spaced in text.split():
        looks = _APOSTROPHES_RE.sub("", _as_it_looks(spaced)).lower()
        for token in _NAME_TOKEN_RE.findall(looks):
            folded = tuple(fold_tokens(token))
            sounds = sound_keys(token) if not token.isdigit() else frozenset()
            words.append((folded, sounds))
    return words
