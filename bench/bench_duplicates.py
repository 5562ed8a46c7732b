"""Returning persons: how well and how fast the duplicate finder finds the same person.

Part 1, quality, on 10,000 generated people (real-sounding Russian names from pools of
surnames, first names and patronymics, birth dates over 35 years, passport numbers,
units). Then 1,000 *returning* probes, each an existing person written another way (the
Latin spelling of the passport, ё as е, й as y or i, two letters transposed, a letter
lost, the passport number typed with spaces and dashes under another name, an alias, no
birth date), and 1,000 *new* probes (people who are not in the vault, many sharing a
surname, a first name or a birth date with someone who is). Prints recall (returning
probes whose case was found) and precision (of all matches shown, how many were right).

Part 2, speed: the time to look one person up at 100,000 cases, 300 probes (p50, p95,
p99, max), and the time migration v6 takes to build the keys of a 100,000-case vault.

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
from app.translit import to_latin
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


def variant(p: dict[str, str], rng: random.Random) -> tuple[str, dict[str, str]]:
    """The same person as someone else would type them, one way among eight."""
    kind = rng.randrange(8)
    born = {"birth_date": p["birth_date"]}
    if kind == 0:  # the international passport's Latin spelling, given name first
        return f"{to_latin(p['first'])} {to_latin(p['surname'])}", born
    if kind == 1:  # ё written as е, й as y
        text = full_name(p).replace("ё", "е").replace("Ё", "Е")
        return to_latin(text).replace("i ", "y ").replace("ii", "iy"), born
    if kind == 2:  # two letters transposed in the surname
        return f"{transpose(p['surname'], rng)} {p['first']}", born
    if kind == 3:  # a letter lost in the surname
        s = p["surname"]
        i = rng.randint(1, len(s) - 2)
        return f"{s[:i] + s[i + 1 :]} {p['first']} {p['patronymic']}", born
    if kind == 4:  # passport typed with dashes, name spelled very differently
        digits = p["internal_passport"].replace(" ", "")
        return "Неизвестный Человек", {
            "internal_passport": f"{digits[:2]}-{digits[2:4]} {digits[4:]}"
        }
    if kind == 5 and p["aliases"]:  # known by the alias
        return f"{p['aliases']} {p['first']}", born
    if kind == 6:  # no birth date, full name in Latin
        return to_latin(full_name(p)), {}
    return f"{p['surname']} {p['first']}", {"unit": p["unit"].split()[-1], "rank": p["rank"]}


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
    for _ in range(probes):  # returning people
        case_id, p = rng.choice(ids)
        name, fields = variant(p, rng)
        matches = store.matches_for(name, fields)
        shown += len(matches)
        hit = any(m.case_id == case_id for m in matches)
        found += hit
        right += hit
    newcomers = 0
    for _ in range(probes):  # people who are not in the vault
        p = person(rng)
        if (full_name(p), p["birth_date"]) in existing:
            continue
        newcomers += 1
        fields = {k: v for k, v in p.items() if k in ("birth_date", "unit", "rank") and v}
        shown += len(store.matches_for(full_name(p), fields))
    store.connection.close()
    recall = found / probes
    precision = right / shown if shown else 1.0
    print(f"  returning probes: {probes:,}, found {found:,}: recall {recall:.1%}")
    print(f"  new people: {newcomers:,}; matches shown in all: {shown:,}, right {right:,}: "
          f"precision {precision:.1%}")  # fmt: skip
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
    store = Store.open(conn, origin="bench")
    total = store.count_cases()
    rng = random.Random(7)
    rows = store.list_cases(limit=300, order_by="created", offset=rng.randint(0, total - 300))
    times: list[float] = []
    for row in rows:
        case = store.get_case(row.id)
        person_ = case["person"]
        name = to_latin(person_["name"]) if rng.random() < 0.5 else person_["name"]
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
        spread(times, percentiles=True), note="store.matches_for, half the names in Latin.",
    )  # fmt: skip


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
