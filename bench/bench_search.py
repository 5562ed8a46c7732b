"""Search at 100,000 cases: the command line's search and the case list's search path.

A person types a name in Latin or Cyrillic, a prefix while still typing, a unit number
("в/ч 54321"), a city. This bench builds 320 such queries from the vault's own fictional
people (so most find someone, as real ones do) and times, on the real SQLCipher database:

- ``search``: the command line's search (name matches first, 50 hits);
- ``list``: what the case list does for a query: count the matches, then the first page
  of 200, newest change first. Run twice, interleaved query by query: with the plan chosen
  from the match count (walk the sort index for broad queries, sort the matches for
  narrow ones, count in the search index) and with one plan for all (always sort every
  match, count through the case rows), so the figures are side by side in one run;
- the first query on a fresh connection (cold cache) for both.

Run: ``.venv/bin/python bench/bench_search.py [--cases 100000] [--db PATH]``. ``--db``
keeps the filled database between runs (it is a throw-away demo database with a fixed
key). Figures, not assertions; the targets (DESIGN.md): p95 <= 20 ms and p99 <= 30 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from summary import add_row, spread

from app.store import Store, cases
from app.store.cases import CaseFilter
from app.store.demo import generate_demo
from app.translit import to_latin
from app.vault import open_database

KEY = bytes(range(32))  # a throw-away demo database; never a real vault's key
PAGE = 200


def open_store(path: Path) -> Store:
    conn = open_database(path, KEY, create=not path.exists())
    conn.isolation_level = None
    return Store.open(conn, origin="bench")


KINDS = ("surname", "surname in Latin", "surname typed", "full name in Latin",
         "first name + surname typed", "unit", "city", "Latin prefix")  # fmt: skip


def queries(store: Store, count: int, seed: int = 5) -> list[str]:
    """Realistic queries: names in both scripts, typed prefixes, units, cities."""
    return [query for query, _kind in labelled_queries(store, count, seed)]


def labelled_queries(store: Store, count: int, seed: int = 5) -> list[tuple[str, str]]:
    """The queries of :func:`queries`, each with its kind (one of ``KINDS``)."""
    rng = random.Random(seed)
    rows = store.list_cases(limit=5000, order_by="created")
    picked = rng.sample(rows, min(len(rows), count))
    found: list[tuple[str, str]] = []
    for row in picked:
        cyrillic = row.name_cyrillic or row.name
        surname, *rest = cyrillic.split()
        kind = KINDS[len(found) % 8]
        if kind == "surname":
            query = surname
        elif kind == "surname in Latin":
            query = to_latin(surname)
        elif kind == "surname typed":
            query = surname[: rng.randint(3, 5)]  # still typing
        elif kind == "full name in Latin":
            query = to_latin(cyrillic)
        elif kind == "first name + surname typed":
            query = f"{rest[0] if rest else surname} {surname[:4]}"
        elif kind == "unit":
            case = store.get_case(row.id)
            unit = case["service"]["unit"] or "в/ч 12345"
            query = unit if rng.random() < 0.5 else unit[: rng.randint(5, len(unit))]
        elif kind == "city":
            query = rng.choice(("Астана", "Almaty", "Орен", "Samara", "Тагил", "Ural"))
        else:
            query = to_latin(surname)[: rng.randint(3, 6)].lower()
        found.append((query, kind))
    return found[:count]


@contextmanager
def one_plan() -> Iterator[None]:
    """One plan whatever the match count: sort every match, count through the case rows."""
    dense, only_search = cases.DENSE_SHARE, CaseFilter.only_search
    cases.DENSE_SHARE = 0
    CaseFilter.only_search = property(lambda self: False)  # type: ignore[assignment]
    try:
        yield
    finally:
        cases.DENSE_SHARE = dense
        CaseFilter.only_search = only_search  # type: ignore[method-assign]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def list_page(store: Store, query: str) -> None:
    store.count_cases(search=query)
    store.list_cases(search=query, limit=PAGE)


def cold_list(path: Path, query: str) -> float:
    """Open the database and list one query, as the app does right after unlocking."""
    began = time.perf_counter()
    store = open_store(path)
    list_page(store, query)
    elapsed = (time.perf_counter() - began) * 1000
    store.connection.close()
    return elapsed


def summary(name: str, values: list[float]) -> str:
    ordered = sorted(values)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

    return (
        f"  {name:28} {ordered[0]:7.1f} {statistics.median(ordered):7.1f} "
        f"{pct(0.95):7.1f} {pct(0.99):7.1f} {ordered[-1]:7.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=320)
    parser.add_argument("--db", type=Path, help="keep the demo database here between runs")
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = args.db or Path(scratch) / "bench.db"
        if not path.exists():
            store = open_store(path)
            began = time.perf_counter()
            generate_demo(store, args.cases, seed=1)
            print(f"filled {args.cases:,} cases in {time.perf_counter() - began:.0f} s")
            store.connection.close()
        store = open_store(path)
        total = store.count_cases()
        typed = queries(store, args.queries)
        store.connection.close()

        cold_new = cold_list(path, typed[1])
        with one_plan():
            cold_old = cold_list(path, typed[1])

        store = open_store(path)
        list_page(store, typed[-1])  # warm the cache: the cold figure is measured above
        found, listed, listed_old = [], [], []
        for query in typed:  # interleaved: the same query through each path in turn
            found.append(timed(lambda q=query: store.search(q)))
            listed.append(timed(lambda q=query: list_page(store, q)))
            with one_plan():
                listed_old.append(timed(lambda q=query: list_page(store, q)))
        store.connection.close()

    print(f"Search at {total:,} cases, {len(typed)} queries (Latin and Cyrillic, prefixes, "
          "units, cities), milliseconds")  # fmt: skip
    print(f"  {'':28} {'min':>7} {'median':>7} {'p95':>7} {'p99':>7} {'max':>7}")
    print(summary("search (command line)", found))
    print(summary("list: count + first 200", listed))
    print(summary("list, one plan for all", listed_old))
    print("  target: p95 <= 20 ms, p99 <= 30 ms")
    print(f"  first list query on a fresh connection: {cold_new:.1f} ms "
          f"(one plan for all {cold_old:.1f} ms)")  # fmt: skip
    slowest = sorted(zip(listed, typed, strict=True), reverse=True)[:5]
    print("  slowest list queries: " + ", ".join(f"{q!r} {ms:.0f} ms" for ms, q in slowest))
    where = f"{total:,} cases, {len(typed)} queries"
    kinds = "names in both scripts, typed prefixes, units, cities"
    for what, times, reference, note in (
        (f"search, case list path (store), {where}", listed, listed_old,
         "count + first page of 200 as the case list asks, without Qt; reference: the same "
         "queries with one plan for all (sort every match), interleaved query by query"),
        (f"search, command line, {where}", found, None, "store.search, 50 hits"),
    ):  # fmt: skip
        figures = spread(times, percentiles=True)
        add_row(
            args.summary, what, "ms", figures, target_id="search",
            reference=spread(reference, percentiles=True) if reference else None,
            reference_name="one plan for all" if reference else None,
            target="p95 ≤ 20 ms, p99 ≤ 30 ms",
            met=figures["p95"] <= 20 and figures["p99"] <= 30,
            note=f"{note}; {kinds}; warm connection.",
        )  # fmt: skip
    add_row(
        args.summary, f"first list query on a fresh connection, {total:,} cases", "ms",
        spread([cold_new]), reference=spread([cold_old]), reference_name="one plan for all",
        note="One measurement: open the database, count and list one query.",
    )  # fmt: skip


if __name__ == "__main__":
    main()
