"""Returning persons: how well and how fast the duplicate finder finds the same person.

Part 1, quality, on 10,000 generated people (real-sounding Russian names from pools of
surnames, first names and patronymics, birth dates over 35 years, passport numbers,
units). Then 1,000 *returning* probes, each an existing person written another way (the
Latin spelling of the passport, ё as е, й as y or i, two letters transposed, a letter
lost, the passport number typed with spaces and dashes under another name, an alias, no
birth date, or as a partner in France or Germany writes him: French, German and English
spellings of the Russian name, with or without a birth date), and 1,000 *new* probes
(people who are not in the vault, many sharing a surname, a first name or a birth date with
someone who is; a third of them written the way French, German and English partners
write, and some with the surname of someone in the vault changed to one that sounds alike,
Жуков to Шуков, under another birth date). Prints recall (returning probes whose case was
found) and precision (of all matches shown, how many were right), each by kind of probe.

The partners' spellings are made here, by the conventions the partners follow (French
usage as in the French press, German Duden, English BGN/PCGN as the English press writes
it), independently of how Satchel folds them, so recall on them is measured, not assumed.

Part 2, speed: the time to look one person up at 100,000 cases, 300 probes (p50, p95,
p99, max; a third of the names Cyrillic, a third as in the passport, a third as a partner
writes them), and the time the migrations take to build the person keys of a 100,000-case
vault: all the way from v5, and the last key rebuild alone.

Run: ``.venv/bin/python bench/bench_duplicates.py [--cases 100000] [--db PATH]``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from summary import add_row, spread

from app.store import Store
from app.store.demo import generate_demo
from app.store.migrations import MIGRATIONS, migrate
from app.translit import fold, to_latin
from app.vault import open_database

KEY = bytes(range(32))  # throw-away demo databases only


def _pool(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SURNAMES = _pool(
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
    "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов "
    "Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов "
    "Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин "
    "Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков "
    "Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев "
    "Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов "
    "Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов "
    "Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов "
    "Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов "
    "Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов "
    "Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев "
    "Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин "
    "Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев "
    "Цветков Левин Митрофанов Воронов Аксёнов Софронов Мальцев Логинов Горшков Савин "
    "Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Дёмин Хохлов Фадеев "
    "Молчанов"
)
FIRST = _pool(
    "Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Виталий "
    "Владимир Владислав Вячеслав Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор "
    "Иван Игорь Илья Кирилл Константин Леонид Максим Матвей Михаил Никита Николай Олег "
    "Павел Пётр Роман Руслан Сергей Семён Станислав Степан Тимофей Тимур Фёдор Юрий "
    "Ярослав Эдуард Аркадий Геннадий"
)
PATRONYMICS = _pool(
    "Александрович Алексеевич Андреевич Борисович Васильевич Викторович Владимирович "
    "Дмитриевич Евгеньевич Иванович Игоревич Михайлович Николаевич Олегович Павлович "
    "Петрович Сергеевич Юрьевич Анатольевич Геннадьевич Валерьевич Романович"
)
ALIASES = ("Сокол", "Лёха", "Тихий", "Юрец", "Малой", "Борода", "Кедр", "Лис", "Грач", "Ёж")
RANKS = ("рядовой", "ефрейтор", "младший сержант", "сержант", "старшина", "лейтенант")


# -- how partners in France and Germany (and the English press) write Russian names ------------
# Written from the conventions, letter by letter with the context each one needs; nothing
# here comes from app/translit.py, so a spelling Satchel does not fold is a miss.

_VOWELS = frozenset("аеёиоуыэюя")
_HUSHING = frozenset("жшчщ")
_SIGNS = frozenset("ьъ")
_CONVENTIONS: dict[str, dict[str, str]] = {
    # French usage (the French press, Wikipédia's "transcription du russe en français").
    "french": {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "j", "з": "z", "и": "i",
        "й": "ï", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch",
        "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iou", "я": "ia",
    },
    # German: Duden.
    "german": {
        "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "ж": "sch", "з": "s", "и": "i",
        "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
        "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    },
    # English: BGN/PCGN as the English press writes it (no diacritics, -y endings).
    "english": {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    },
}  # fmt: skip
_GLIDE = {"french": "i", "german": "j", "english": "y"}  # е, ё after a vowel, ь or ъ


def _partner_letter(word: str, i: int, convention: str) -> str:
    """Letter ``i`` of the lower-case Cyrillic ``word`` as ``convention`` writes it."""
    ch, before = word[i], word[i - 1] if i else ""
    after, end = word[i + 1 : i + 2], i == len(word) - 1
    glide = _GLIDE[convention]
    iotated = not before or before in _VOWELS or before in _SIGNS
    if ch == "е":
        if convention == "french":
            return "ïe" if before in _VOWELS else ("ie" if before in _SIGNS else "e")
        return glide + "e" if iotated else "e"
    if ch == "ё":
        if before in _HUSHING:
            return "o" if convention == "german" else "e"  # Gorbatschow, Gorbatchev
        return ("i" if convention == "french" else glide) + "o"
    if ch == "й" and end and before in {"и", "ы"}:
        return ""  # -ий, -ый: Iouri, Juri, Yury; -ski, -sky
    if ch in {"и", "ы"} and after == "й" and i == len(word) - 2:
        return "y" if ch == "ы" or convention == "english" else "i"
    if ch == "й" and convention == "german" and not end and after not in _VOWELS:
        return "i"  # Saizew, Tschaikowski; Sergej at the end
    if ch == "и" and before in _VOWELS and convention == "french":
        return "ï"  # Moïsseïev
    if ch == "и" and before in _SIGNS:
        return {"french": "i", "german": "ji", "english": "yi"}[convention]
    if ch == "с" and before in _VOWELS and after in _VOWELS and convention != "english":
        return "ss"  # Vassiliev, Wassiljew: one s between vowels would read as z
    if ch == "г" and after in ("е", "и", "ы", "ё") and convention == "french":
        return "gu"  # Sergueï, Evgueni: a hard g
    if ch in "юя" and before in _VOWELS and convention == "french":
        return "ï" + _CONVENTIONS[convention][ch][1:]
    if ch == "к" and after == "с" and convention != "english":
        return "x"  # Alexandre, Alexej
    if ch == "с" and before == "к" and convention != "english":
        return ""
    return _CONVENTIONS[convention].get(ch, ch)


def partner_spelling(text: str, convention: str) -> str:
    """``text`` (Cyrillic) as a partner following ``convention`` writes it."""
    words = []
    for word in text.split():
        lower = word.lower()
        latin = "".join(_partner_letter(lower, i, convention) for i in range(len(lower)))
        if convention == "french" and lower.endswith("ин"):
            latin += "e"  # Chtchoukine, Raspoutine
        if convention == "french" and lower.endswith("ндр"):
            latin += "e"  # Alexandre
        words.append(latin.capitalize())
    return " ".join(words)


def open_store(path: Path) -> Store:
    conn = open_database(path, KEY, create=not path.exists())
    conn.isolation_level = None
    return Store.open(conn, origin="bench")


def person(rng: random.Random) -> dict[str, str]:
    year = rng.randint(1970, 2005)
    return {
        "surname": rng.choice(SURNAMES),
        "first": rng.choice(FIRST),
        "patronymic": rng.choice(PATRONYMICS),
        "birth_date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "internal_passport": f"{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}",
        "unit": f"в/ч {rng.randint(10000, 99999)}",
        "rank": rng.choice(RANKS),
        "aliases": rng.choice(ALIASES) if rng.random() < 0.3 else "",
    }


def full_name(p: dict[str, str]) -> str:
    return f"{p['surname']} {p['first']} {p['patronymic']}"


def transpose(word: str, rng: random.Random) -> str:
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


KINDS = (
    "passport Latin", "ё as е, й as y", "transposed letters", "a letter lost",
    "passport number only", "alias", "Latin, no birth date", "unit and rank",
    "French", "German", "English", "partner's full name, no birth date",
)  # fmt: skip
PARTNERS = ("french", "german", "english")


def variant(p: dict[str, str], rng: random.Random) -> tuple[str, str, dict[str, str]]:
    """The same person as someone else would type them: the kind, the name, the fields."""
    kind = rng.randrange(len(KINDS))
    born = {"birth_date": p["birth_date"]}
    if kind == 0:  # the international passport's Latin spelling, given name first
        return KINDS[0], f"{to_latin(p['first'])} {to_latin(p['surname'])}", born
    if kind == 1:  # ё written as е, й as y
        text = full_name(p).replace("ё", "е").replace("Ё", "Е")
        return KINDS[1], to_latin(text).replace("i ", "y ").replace("ii", "iy"), born
    if kind == 2:  # two letters transposed in the surname
        return KINDS[2], f"{transpose(p['surname'], rng)} {p['first']}", born
    if kind == 3:  # a letter lost in the surname
        s = p["surname"]
        i = rng.randint(1, len(s) - 2)
        return KINDS[3], f"{s[:i] + s[i + 1 :]} {p['first']} {p['patronymic']}", born
    if kind == 4:  # passport typed with dashes, name spelled very differently
        digits = p["internal_passport"].replace(" ", "")
        return (
            KINDS[4],
            "Неизвестный Человек",
            {"internal_passport": f"{digits[:2]}-{digits[2:4]} {digits[4:]}"},
        )
    if kind == 5 and p["aliases"]:  # known by the alias
        return KINDS[5], f"{p['aliases']} {p['first']}", born
    if kind == 6:  # no birth date, full name in Latin
        return KINDS[6], to_latin(full_name(p)), {}
    if kind in (8, 9, 10):  # a partner's spelling, given name first, with the birth date
        convention = PARTNERS[kind - 8]
        return KINDS[kind], partner_spelling(f"{p['first']} {p['surname']}", convention), born
    if kind == 11:  # a partner's spelling of the whole name, and no birth date
        convention = rng.choice(PARTNERS[:2])
        return KINDS[11], partner_spelling(full_name(p), convention), {}
    unit = {"unit": p["unit"].split()[-1], "rank": p["rank"]}
    return KINDS[7], f"{p['surname']} {p['first']}", unit


_SOUNDS_ALIKE = (("Ж", "Ш"), ("Ш", "Ж"), ("ж", "ш"), ("ш", "ж"), ("З", "С"), ("С", "З"),
                 ("з", "с"), ("с", "з"))  # fmt: skip


def sounds_alike(surname: str) -> str | None:
    """Another surname that sounds like ``surname`` (German writes both alike: Жуков and
    Шуков are both Schukow), or None when it has no such letter."""
    for letter, other in _SOUNDS_ALIKE:
        if letter in surname:
            return surname.replace(letter, other, 1)
    return None


def newcomer(
    rng: random.Random, ids: list[tuple[str, dict[str, str]]]
) -> tuple[str, str, str, dict[str, str]]:
    """Someone who is not in the vault: the kind, his name in Cyrillic, his name as written,
    the fields."""
    p = person(rng)
    fields = {k: v for k, v in p.items() if k in ("birth_date", "unit", "rank") and v}
    kind = rng.randrange(6)
    if kind < 3:  # as the lawyers here write him
        return "Cyrillic", full_name(p), full_name(p), fields
    if kind < 5:  # as a partner writes him
        convention = rng.choice(PARTNERS)
        written = partner_spelling(full_name(p), convention)
        return convention.capitalize(), full_name(p), written, fields
    # Someone in the vault's first name and patronymic, a surname that sounds like his,
    # and another birth date: another person.
    _, known = rng.choice(ids)
    surname = sounds_alike(known["surname"])
    if surname is None or p["birth_date"] == known["birth_date"]:
        return "Cyrillic", full_name(p), full_name(p), fields
    name = f"{surname} {known['first']} {known['patronymic']}"
    written = partner_spelling(name, rng.choice(PARTNERS)) if rng.random() < 0.5 else name
    return "sounds alike, other birth date", name, written, fields


def quality(scratch: Path, people: int, probes: int) -> tuple[float, float]:
    rng = random.Random(42)
    store = open_store(scratch / "quality.db")
    ids: list[tuple[str, dict[str, str]]] = []
    began = time.perf_counter()
    for _ in range(people):
        p = person(rng)
        fields = {k: v for k, v in p.items() if k not in ("surname", "first", "patronymic") and v}
        ids.append((store.add_case(full_name(p), fields), p))
    print(f"Quality: {people:,} people added in {time.perf_counter() - began:.0f} s")
    existing = {(full_name(p), p["birth_date"]) for _, p in ids}

    found = shown = right = 0
    by_kind: dict[str, list[int]] = {kind: [0, 0, 0] for kind in KINDS}  # probes, found, wrong
    for _ in range(probes):  # returning people
        case_id, p = rng.choice(ids)
        kind, name, fields = variant(p, rng)
        matches = store.matches_for(name, fields)
        shown += len(matches)
        hit = any(m.case_id == case_id for m in matches)
        found += hit
        right += hit
        by_kind[kind][0] += 1
        by_kind[kind][1] += hit
        by_kind[kind][2] += len(matches) - hit  # other people shown beside him
        if kind in KINDS[8:]:  # does the plain fold already make it the passport's spelling?
            source = full_name(p) if kind == KINDS[11] else f"{p['first']} {p['surname']}"
            alike = fold(name) == fold(to_latin(source))
            sub = f"partner's, {'folds' if alike else 'does not fold'} as the passport"
            by_kind.setdefault(sub, [0, 0, 0])
            by_kind[sub][0] += 1
            by_kind[sub][1] += hit
            by_kind[sub][2] += len(matches) - hit
    newcomers = 0
    wrong: dict[str, list[int]] = {}  # probes, matches shown
    for _ in range(probes):  # people who are not in the vault
        kind, cyrillic, name, fields = newcomer(rng, ids)
        if (cyrillic, fields["birth_date"]) in existing:
            continue
        newcomers += 1
        count = len(store.matches_for(name, fields))
        shown += count
        wrong.setdefault(kind, [0, 0])
        wrong[kind][0] += 1
        wrong[kind][1] += count
    store.connection.close()
    recall = found / probes
    precision = right / shown if shown else 1.0
    print(f"  returning probes: {probes:,}, found {found:,}: recall {recall:.1%}")
    for kind, (tried, hits, others) in by_kind.items():
        print(f"    {kind:<42} {hits:>4} of {tried:>4}: {hits / tried if tried else 1:>6.1%}, "
              f"{others:>3} wrong matches shown")  # fmt: skip
    print(f"  new people: {newcomers:,}; matches shown in all: {shown:,}, right {right:,}: "
          f"precision {precision:.1%}")  # fmt: skip
    for kind, (tried, count) in sorted(wrong.items()):
        print(f"    {kind:<42} {tried:>4} people, {count:>3} wrong matches shown")
    return recall, precision


def speed(scratch: Path, cases: int, db: Path | None) -> tuple[int, list[float]]:
    path = db or scratch / "speed.db"
    if not path.exists():
        conn = open_database(path, KEY, create=True)
        conn.isolation_level = None
        migrate(conn, MIGRATIONS[:5])  # a vault from before returning persons
        generate_demo(Store(conn, "bench"), cases, seed=1)
        conn.close()
    conn = open_database(path, KEY, create=False)
    conn.isolation_level = None
    version = int(conn.execute("SELECT version FROM schema_version").fetchone()[0])
    if version < 6:
        began = time.perf_counter()
        migrate(conn, MIGRATIONS[:6])
        print(f"Migration v6 (keys for {cases:,} cases): {time.perf_counter() - began:.1f} s")
        began = time.perf_counter()
        migrate(conn)  # the later steps, a key rebuild among them where there is one
        print(f"Migrations v7 to v{len(MIGRATIONS)}: {time.perf_counter() - began:.1f} s")
    store = Store.open(conn, origin="bench")
    total = store.count_cases()
    rng = random.Random(7)
    rows = store.list_cases(limit=300, order_by="created", offset=rng.randint(0, total - 300))
    times: list[float] = []
    for row in rows:
        case = store.get_case(row.id)
        person_ = case["person"]
        name = rng.choice((
            person_["name"], to_latin(person_["name"]),
            partner_spelling(person_["name_cyrillic"], rng.choice(PARTNERS)),
        ))  # fmt: skip
        fields = {"birth_date": person_["birth_date"]} if person_["birth_date"] else {}
        began = time.perf_counter()
        store.matches_for(name, fields)
        times.append((time.perf_counter() - began) * 1000)
    conn.close()
    times.sort()
    p95, p99 = (times[min(len(times) - 1, int(p * len(times)))] for p in (0.95, 0.99))
    median = statistics.median(times)
    print(f"Speed at {total:,} cases, {len(times)} look-ups (ms): p50 {median:.1f}  "
          f"p95 {p95:.1f}  p99 {p99:.1f}  max {times[-1]:.1f}")  # fmt: skip
    return total, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--probes", type=int, default=1_000)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="a 100,000-case database to reuse")
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        recall, precision = quality(Path(scratch), args.people, args.probes)
        add_row(
            args.summary, f"returning persons found, {args.people:,} people", "%",
            spread([100 * recall]),
            note=f"Recall over {args.probes:,} returning probes (the same person written "
            f"another way); precision {precision:.1%} over them and {args.probes:,} new people.",
        )  # fmt: skip
        total, times = speed(Path(scratch), args.cases, args.db)
    add_row(
        args.summary, f"returning person look-up, {total:,} cases, {len(times)} probes", "ms",
        spread(times, percentiles=True),
        note="store.matches_for; a third of the names in Cyrillic, a third as in the passport, "
        "a third as a partner writes them.",
    )  # fmt: skip


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
