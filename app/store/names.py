"""A person's name word by word, and when two words are one name.

A name reaches the vault in up to three fields: as typed, in Latin and in Cyrillic, one of
them often computed from another. :func:`words_of_name` makes them one list of words, each
word with every spelling the fields give it (folded, :func:`app.translit.fold_tokens`) and
its sound keys (:func:`app.translit.sound_keys`); :func:`agreeing` says which words of one
name another name has, spelled alike (a small edit distance) or sounding alike (``Joukov``
and ``Жуков``). :mod:`app.store.duplicates` judges people with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.translit import is_cyrillic, name_words, to_cyrillic, to_latin


@dataclass(frozen=True)
class NameWord:
    """One word of a person's name, as every name field spells it: its folded forms
    (``zhukov``, ``ioukov``) and its sound keys (:func:`app.translit.sound_keys`)."""

    spellings: frozenset[str]
    sounds: frozenset[str]

    @property
    def long(self) -> frozenset[str]:
        """The folded forms of 3 letters or more (shorter ones are initials, particles)."""
        return frozenset(s for s in self.spellings if len(s) >= 3)


def sound_key_pairs(words: tuple[NameWord, ...]) -> set[tuple[str, str]]:
    """``sound`` keys (each word's sound keys) and ``sound_pair`` keys (one sound key of
    each of two words): a name written as a partner writes it, found as the others are."""
    groups = sorted({tuple(sorted(w.sounds)) for w in words if w.sounds and w.long})
    found = {("sound", key) for group in groups for key in group}
    for i, group in enumerate(groups):
        for other in groups[i + 1 :]:
            found |= {("sound_pair", " ".join(sorted((a, b)))) for a in group for b in other
                      if a != b}  # fmt: skip
    return found


def word_of(folded: Iterable[str], sounds: Iterable[str]) -> NameWord:
    """A word from its spellings and sound keys (keys of fewer than 3 letters say nothing)."""
    return NameWord(frozenset(folded), frozenset(s for s in sounds if len(s) >= 3))


def words_of_aliases(text: str) -> tuple[NameWord, ...]:
    """The words of the aliases field, each its own word (aliases are not one name)."""
    return tuple(word_of(folded, sounds) for folded, sounds in name_words(text))


_Part = tuple[tuple[str, ...], frozenset[str], bool]
"""One field's spelling of a word: its folded forms, its sound keys, whether in Cyrillic."""


@lru_cache(maxsize=65536)
def words_of_name(texts: tuple[str, ...]) -> tuple[NameWord, ...]:
    """The words of a name from its fields (the name as typed first, then in Latin and in
    Cyrillic).

    A field computed from an earlier one (``Zhukov`` from ``Жуков``, the guess ``Йоуков``
    from ``Joukov``) adds its spellings to the words it was computed from and nothing
    else: it is no second word, and a guess is no spelling anyone used, so it brings no
    sound keys. A field typed apart joins a word of an earlier field where the two are
    spelled or sound alike. Where a word has a Cyrillic spelling typed, its sound keys are
    those of the Cyrillic: the Latin ones were written from it.
    """
    words: list[list[_Part]] = []
    typed: dict[str, list[list[_Part]]] = {}  # each typed field's words, in order
    for text in dict.fromkeys(t.strip() for t in texts if t.strip()):
        parts = [(folded, sounds, is_cyrillic(text)) for folded, sounds in name_words(text)]
        source = next((typed[t] for t in typed if text in (to_latin(t), to_cyrillic(t))), None)
        if source is not None and len(source) == len(parts):
            for computed, (folded, _, _) in zip(source, parts, strict=True):
                computed.append((folded, frozenset(), False))
        else:
            earlier = words[:]
            typed[text] = [_joined(words, earlier, part) for part in parts]
    return tuple(_merged(word) for word in words)


def _joined(words: list[list[_Part]], earlier: list[list[_Part]], part: _Part) -> list[_Part]:
    """The word of an earlier field that ``part`` spells, with it added; else a new word."""
    for word in earlier:
        folded, sounds, _ = part
        if any(set(folded) & set(f) or sounds & s for f, s, _ in word):
            word.append(part)
            return word
    words.append([part])
    return words[-1]


def _merged(word: list[_Part]) -> NameWord:
    cyrillic = [sounds for _, sounds, in_cyrillic in word if in_cyrillic and sounds]
    sounds = cyrillic or [sounds for _, sounds, _ in word]
    return word_of((f for folded, _, _ in word for f in folded), (k for ks in sounds for k in ks))


def agreeing(left: tuple[NameWord, ...], right: tuple[NameWord, ...]) -> set[NameWord]:
    """The words of ``left`` (3 letters or more) that have a close word in ``right``: one
    spelled alike (:func:`_close`) or sounding alike (a sound key in common: ``Joukov`` and
    ``Жуков``, which no spelling distance joins)."""
    spellings = {s for word in right for s in word.spellings}
    sounds = frozenset().union(*(word.sounds for word in right))
    return {
        word
        for word in left
        if word.long
        and (word.sounds & sounds or any(_close(a, b) for a in word.long for b in spellings))
    }


def _close(a: str, b: str) -> bool:
    """Folded words that are one person's name: equal, or a small edit apart for long
    words (one edit up to 7 letters, two beyond; a transposition counts as one)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    allowed = 1 if max(len(a), len(b)) <= 7 else 2
    return edit_distance(a, b, allowed) <= allowed


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count as one edit), giving up
    with ``limit + 1`` once the distance must exceed ``limit``."""
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]
            ):  # a transposed pair
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[len(b)]
