"""Fictional demo cases, for trying Satchel out and for measuring it at scale.

Every person here is invented: first names and patronymics are common Russian ones, but
surnames are made up from bird and tree words (Канарейкин, Кленосвиристелев...) and unit
numbers are random, so no real person or unit is described. The cases follow the workflow's
rules (a case at ``cleared`` or later has passed every required check; a rejected case says
why), and about one in ten names is typed only in Latin, as partners abroad would.

Everything is written in one transaction with one audit entry for the whole run, which is
what makes 100,000 cases take seconds instead of minutes.
"""

from __future__ import annotations

import random
import secrets
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.store.fields import STAGES
from app.store.records import case_part_id, utc_text
from app.store.search import with_sounds
from app.store.store import Store
from app.store.workflow import CHECKS, PROTECTION_PATH, REQUIRED_CHECKS
from app.translit import fold, is_cyrillic, to_cyrillic, to_latin
from app.types import Progress

MAX_DEMO_CASES = 1_000_000
_BATCH = 2_000

_FIRST = (
    "Алексей", "Андрей", "Артём", "Денис", "Дмитрий", "Евгений", "Иван", "Игорь", "Кирилл",
    "Максим", "Никита", "Павел", "Роман", "Сергей", "Юрий", "Владимир", "Михаил", "Олег",
    "Тимур", "Фёдор", "Глеб", "Степан", "Ярослав", "Илья", "Егор", "Виталий",
)  # fmt: skip
_PATRONYMIC = (
    "Алексеевич", "Андреевич", "Иванович", "Сергеевич", "Петрович", "Николаевич",
    "Викторович", "Олегович", "Юрьевич", "Михайлович", "Дмитриевич", "Фёдорович",
)  # fmt: skip
_SURNAMES = (
    "Канарейкин", "Снегирёв", "Рябинин", "Свиристелев", "Зябликов", "Ольхович", "Кленов",
    "Иволгин", "Пихтовский", "Жаворонкин", "Клестов", "Лиственницын", "Чечёткин",
    "Горихвосткин", "Зарянкин", "Омелин", "Щегловский", "Хвощевич", "Ёлкин-Дроздов",
    "Цаплин", "Кедровский", "Осинников", "Вязов", "Дятловский", "Соловейчиков",
)  # fmt: skip
_TREE_ROOTS = ("Клено", "Рябино", "Ольхо", "Кедро", "Осино", "Вязо", "Пихто", "Берёзо", "Сосно")
_BIRD_TAILS = ("свиристелев", "снегирёв", "зябликов", "щеглов", "чижов", "дроздов", "сойкин")
_NICKNAMES = ("Сокол", "Лёха", "Хабиб", "Кедр", "Тихий", "Юрец", "Снегирь")
_CITIES = ("Астана", "Алматы", "Уральск", "Караганда", "Шымкент", "Актобе", "Павлодар")
_BRANCHES = ("Сухопутные войска", "ВДВ", "ВМФ", "ВКС", "Росгвардия")
_RANKS = ("рядовой", "ефрейтор", "младший сержант", "сержант", "старший лейтенант", "капитан")
_ROUTES = (
    "через Саратов и Озинки", "через Оренбург", "через Омск и Павлодар",
    "через Астрахань и Атырау", "поездом до Петропавловска",
)  # fmt: skip
_LAWYERS = ("Айгерим", "Данияр", "Мария", "Ержан", "Светлана")
_STATEMENTS = (
    "Не хочу участвовать в войне против Украины.",
    "Отказался ехать на фронт, потому что война преступна.",
    "Считаю вторжение в Украину преступлением и не буду стрелять в людей.",
    "Ушёл из части, когда узнал об отправке на фронт.",
)  # fmt: skip
_TRANSLATIONS = {
    "fr": (
        "Je ne veux pas participer à la guerre contre l'Ukraine.",
        "J'ai refusé de partir au front, parce que cette guerre est criminelle.",
        "Je considère l'invasion de l'Ukraine comme un crime et je ne tirerai pas sur des gens.",
        "J'ai quitté mon unité quand j'ai appris mon envoi au front.",
    ),
    "de": (
        "Ich will nicht am Krieg gegen die Ukraine teilnehmen.",
        "Ich habe mich geweigert, an die Front zu gehen, weil dieser Krieg verbrecherisch ist.",
        "Ich halte den Einmarsch in die Ukraine für ein Verbrechen und werde nicht auf Menschen "
        "schießen.",
        "Ich habe meine Einheit verlassen, als ich von meiner Verlegung an die Front erfuhr.",
    ),
}
"""Each statement in French and German, for the partners' dossiers (same order)."""
_TRANSLATORS = {"fr": ("Claire Moreau", "Julien Bernard"), "de": ("Anna Weber", "Jonas Krüger")}
_NOTES = (
    "Документы переданы лично, оригиналы у адвоката.",
    "Семья под давлением: приходили из военкомата.",
    "Повторное интервью назначено, рассказ совпадает.",
    "Нужен перевод военного билета.",
)  # fmt: skip
_STAGE_WEIGHTS = (20, 18, 10, 6, 10, 6, 5, 4, 4, 5, 4, 4)


class _Demo:
    """Builds the rows of one demo run; :meth:`flush` writes them in bulk."""

    def __init__(self, store: Store, rng: random.Random) -> None:
        self.store = store
        self.rng = rng
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.today = datetime.now(UTC).date()
        row = store.connection.execute("SELECT coalesce(max(key), 0) FROM search_keys").fetchone()
        self.key = int(row[0])
        self._folded: dict[str, str] = {}
        self.counter = secrets.randbits(20) << 24  # stays below 2**48 for any demo size
        self._present: dict[str, tuple[list[str], list[int] | None]] = {}

    def fold(self, text: str) -> str:
        """Folded text, remembered: demo texts repeat a lot."""
        if text not in self._folded:
            self._folded[text] = fold(text)
        return self._folded[text]

    def uid(self) -> str:
        """A version-4 UUID whose top bits count up, so bulk inserts append to the indexes.

        Still random in its low 76 bits (from the system's random source, not the seed, so
        two runs with the same seed never collide); only demo records get these.
        """
        self.counter += 1
        return str(uuid.UUID(int=(self.counter << 80) | secrets.randbits(80), version=4))

    def day(self, start: date, end: date) -> date:
        span = max(0, (end - start).days)
        return start + timedelta(days=self.rng.randint(0, span))

    def stamp(self) -> str:
        moment = datetime.now(UTC) - timedelta(seconds=self.rng.randint(0, 730 * 86400))
        return utc_text(moment)

    def add(self, table: str, *values: Any) -> None:
        self.rows.setdefault(table, []).append(values)

    def record(self, table: str, stamp: str, *values: Any, record_id: str | None = None) -> str:
        rid = record_id or self.uid()
        self.add(table, rid, self.store.origin, 1, stamp, stamp, *values)
        return rid

    def flush(self) -> None:
        conn = self.store.connection
        for table, rows in self.rows.items():
            columns, kept = self._columns(table)
            if kept is not None:
                rows = [tuple(row[i] for i in kept) for row in rows]
            marks = ", ".join("?" for _ in columns)
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
                rows,
            )
        self.rows.clear()

    def _columns(self, table: str) -> tuple[list[str], list[int] | None]:
        """The columns to write: all of :data:`_COLUMNS`, or (in a vault at an earlier
        schema version, as the migration benchmarks fill) those its table has, with the
        positions to keep."""
        if table not in self._present:
            names = [c.strip() for c in _COLUMNS[table].split("(", 1)[1].rstrip(")").split(",")]
            rows = self.store.connection.execute(f"PRAGMA table_info({table})")
            have = {str(row[1]) for row in rows}
            kept = [i for i, name in enumerate(names) if name in have or name == "rowid"]
            self._present[table] = (
                [names[i] for i in kept],
                None if len(kept) == len(names) else kept,
            )
        return self._present[table]


_RECORD = "id, origin, revision, created_at, updated_at"
_COLUMNS = {
    "persons": f"persons ({_RECORD}, name, name_latin, name_cyrillic, aliases, birth_date, "
    "birth_place, citizenship, internal_passport, passport_status, passport_expiry, contacts, "
    "city, kz_address)",
    "cases": f"cases ({_RECORD}, person_id, stage, lawyer, next_action, deadline, "
    "rejection_reason, touched_at)",
    "services": f"services ({_RECORD}, case_id, service_status, rank, branch, unit, "
    "service_from, service_to, deployed_ukraine, deployment_places, desertion_date, "
    "desertion_route)",
    "risks": f"risks ({_RECORD}, case_id, criminal_article, criminal_case_number, wanted, "
    "detention_risk, deportation_risk, family_pressure, risk)",
    "checks": f"checks ({_RECORD}, case_id, check_name, result, evidence, reviewer, checked_on)",
    "statements": f"statements ({_RECORD}, case_id, text, stated_on, source, translation, "
    "translation_lang, translator)",
    "events": f"events ({_RECORD}, case_id, kind, description, occurred_on)",
    "notes": f"notes ({_RECORD}, case_id, text)",
    "search_keys": "search_keys (key, case_id, name, name_latin, name_cyrillic, aliases, unit)",
    "search_fts": "search_fts (rowid, names, aliases, unit, statements, notes)",
}


def generate_demo(
    store: Store, cases: int, *, seed: int | None = None, progress: Progress | None = None
) -> int:
    """Add ``cases`` invented cases to the store; returns how many were added."""
    if not 0 < cases <= MAX_DEMO_CASES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "Demo data can have between 1 and {limit} cases."),
            limit=MAX_DEMO_CASES,
        )
    demo = _Demo(store, random.Random(seed))  # noqa: S311 - invented data, not secrets
    with store.transaction():
        for number in range(1, cases + 1):
            _one_case(demo)
            if number % _BATCH == 0 or number == cases:
                demo.flush()
                if progress:
                    progress(number, cases)
        store.log("demo.generate", None, {"cases": cases, "seed": seed})
    return cases


def _person_name(rng: random.Random) -> str:
    if rng.random() < 0.3:
        surname = rng.choice(_TREE_ROOTS) + rng.choice(_BIRD_TAILS)
    else:
        surname = rng.choice(_SURNAMES)
    name = f"{surname} {rng.choice(_FIRST)} {rng.choice(_PATRONYMIC)}"
    return to_latin(name) if rng.random() < 0.1 else name


def _one_case(demo: _Demo) -> None:
    rng = demo.rng
    stamp = demo.stamp()
    name = _person_name(rng)
    latin = name if not is_cyrillic(name) else to_latin(name)
    cyrillic = name if is_cyrillic(name) else to_cyrillic(name)
    aliases = rng.choice(_NICKNAMES) if rng.random() < 0.2 else None
    birth = demo.day(date(1970, 1, 1), date(2004, 12, 31))
    person_id = demo.record(
        "persons", stamp, name, latin, cyrillic, aliases, birth.isoformat(), "Россия",
        "Российская Федерация", f"{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}",
        rng.choice(("has", "expired", "none")), None, None, rng.choice(_CITIES), None,
    )  # fmt: skip
    stage = rng.choices(STAGES, weights=_STAGE_WEIGHTS)[0]
    results = _check_results(rng, stage)
    reason = "Не прошёл проверку на внедрение." if stage == "rejected" else None
    deadline = demo.day(demo.today, demo.today + timedelta(days=60)).isoformat()
    case_id = demo.record(
        "cases", stamp, person_id, stage, rng.choice(_LAWYERS), "Созвониться с партнёром",
        deadline if rng.random() < 0.6 else None, reason, stamp,
    )  # fmt: skip
    unit = f"в/ч {rng.randint(10000, 99999)}"
    _service_and_risk(demo, case_id, stamp, unit)
    _checks(demo, case_id, stamp, results)
    statements, notes = _content(demo, case_id, stamp)
    demo.key += 1
    demo.add("search_keys", demo.key, case_id, name, latin, cyrillic, aliases, unit)
    names = " ".join(dict.fromkeys((name, latin, cyrillic)))
    texts = (names, aliases or "", unit, " ".join(statements), " ".join(notes))
    folded = [demo.fold(t) for t in texts]
    folded[0] = with_sounds(folded[0], dict.fromkeys((name, latin, cyrillic)))
    demo.add("search_fts", demo.key, *folded)


def _check_results(rng: random.Random, stage: str) -> dict[str, str]:
    if stage in PROTECTION_PATH:
        results = dict.fromkeys(REQUIRED_CHECKS, "pass")
    elif stage == "intake":
        results = dict.fromkeys(REQUIRED_CHECKS, "not_done")
    else:
        options = ("pass", "pass", "inconclusive", "not_done")
        results = {c: rng.choice(options) for c in REQUIRED_CHECKS}
        if stage == "rejected":
            results[rng.choice(REQUIRED_CHECKS)] = "fail"
        elif all(r == "pass" for r in results.values()):
            results[rng.choice(REQUIRED_CHECKS)] = "not_done"
    results["references"] = rng.choice(("pass", "not_done"))
    return results


def _service_and_risk(demo: _Demo, case_id: str, stamp: str, unit: str) -> None:
    rng = demo.rng
    start = demo.day(date(2015, 1, 1), date(2023, 6, 1))
    deserted = demo.day(date(2022, 9, 21), date(2025, 6, 1))
    demo.record(
        "services", stamp, case_id,
        rng.choice(("career", "contract", "mobilized", "conscript", "reservist")),
        rng.choice(_RANKS), rng.choice(_BRANCHES), unit, start.isoformat(), None,
        rng.choice(("yes", "no")), None, deserted.isoformat(), rng.choice(_ROUTES),
        record_id=case_part_id("services", case_id),
    )  # fmt: skip
    wanted = rng.random() < 0.4
    demo.record(
        "risks", stamp, case_id, "338" if wanted else None, None, "yes" if wanted else "no",
        rng.choice(("low", "medium", "high")), rng.choice(("low", "medium", "high")),
        None, rng.choice(("low", "medium", "high", "critical")),
        record_id=case_part_id("risks", case_id),
    )  # fmt: skip


def _checks(demo: _Demo, case_id: str, stamp: str, results: dict[str, str]) -> None:
    day = stamp[:10]
    for check in CHECKS:
        result = results[check]
        done = result != "not_done"
        demo.record(
            "checks", stamp, case_id, check, result,
            "Проверено по документам и интервью." if done else None,
            demo.rng.choice(_LAWYERS) if done else None, day if done else None,
            record_id=case_part_id("checks", case_id, check),
        )  # fmt: skip


def _content(demo: _Demo, case_id: str, stamp: str) -> tuple[list[str], list[str]]:
    rng = demo.rng
    chosen = [rng.randrange(len(_STATEMENTS)) for _ in range(rng.randint(1, 2))]
    statements: list[str] = []  # searched as the store indexes them: each, then its translation
    for index in chosen:
        statements.append(_STATEMENTS[index])
        language = rng.choice(("fr", "de", None))  # a third are not translated yet
        translation = _TRANSLATIONS[language][index] if language else None
        translator = rng.choice(_TRANSLATORS[language]) if language else None
        if translation:
            statements.append(translation)
        demo.record(
            "statements", stamp, case_id, _STATEMENTS[index], stamp[:10], "интервью",
            translation, language, translator,
        )  # fmt: skip
    notes = [rng.choice(_NOTES) for _ in range(rng.randint(0, 2))]
    for text in notes:
        demo.record("notes", stamp, case_id, text)
    for kind in rng.sample(("interview", "document_received", "travel"), rng.randint(1, 3)):
        demo.record("events", stamp, case_id, kind, "Запись в хронологии дела", stamp[:10])
    return statements, notes
