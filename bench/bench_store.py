"""The case store on SQLCipher next to the same store on plain SQLite, in one run.

The same Satchel code runs on two databases: one keyed with a raw 256-bit key exactly as a
vault opens it, one without a key (sqlcipher3 without ``PRAGMA key`` is plain SQLite). Both
get the same fictional demo cases; then the workloads the design targets are timed:

- filling N cases (demo generation, one transaction),
- opening the case list: count plus the first page of 200, sorted by last change and by name,
- search: p50 and p95 over a fixed set of queries in Latin and Cyrillic,
- reading one whole case.

Run: ``.venv/bin/python bench/bench_store.py [--cases 100000]``. Figures, not assertions: the
targets (list < 150 ms, search p95 < 20 ms at 100,000 cases, SQLCipher <= 1.3x SQLite) are
compared and marked in the output.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from summary import add_row, spread

from app.store import Store
from app.store.demo import generate_demo
from app.vault import DATABASE_PRAGMAS, open_database

QUERIES = [
    "Kanareikin", "Канарейкин", "Kanareykin", "Snegirev", "Снегирёв", "Riabinin", "Рябинин",
    "Shcherbakov", "Scherbakov", "Yuri", "Iurii", "Aleksei", "Alexey", "в/ч", "Orenburg",
    "Оренбург", "Ivanov", "Petrov", "Щеглов", "Shcheglov", "Dmitri", "Sergei", "Sergey",
    "Павел", "Pavel", "kanar", "sneg", "Тагил", "Samara", "Самара",
]  # fmt: skip


def open_store(path: Path, key: bytes | None) -> Store:
    """Encrypted: opened exactly as the vault opens its database. Plain: the same pragmas."""
    if key is not None:
        return Store.open(open_database(path, key, create=not path.exists()), origin="bench")
    conn = sqlcipher3.connect(str(path))
    for pragma in DATABASE_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    return Store.open(conn, origin="bench")


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Best of ``repeat`` runs, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def measure(path: Path, key: bytes | None, cases: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    store = open_store(path, key)
    start = time.perf_counter()
    generate_demo(store, cases, seed=2026)
    figures["fill (s)"] = time.perf_counter() - start
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.connection.close()

    # What a person waits for after unlocking: open the database, count, first page.
    start = time.perf_counter()
    store = open_store(path, key)
    store.count_cases()
    store.list_cases(limit=200)
    figures["open + first page (ms)"] = (time.perf_counter() - start) * 1000

    for order in ("updated", "name", "deadline", "risk"):
        figures[f"list by {order} (ms)"] = timed(
            lambda order=order: (store.count_cases(), store.list_cases(order_by=order, limit=200))
        )
    figures["list stage=vetting (ms)"] = timed(
        lambda: (store.count_cases(stage="vetting"), store.list_cases(stage="vetting", limit=200))
    )
    samples = []
    for _ in range(3):
        for query in QUERIES:
            start = time.perf_counter()
            store.search(query)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    figures["search p50 (ms)"] = statistics.median(samples)
    figures["search p95 (ms)"] = samples[int(len(samples) * 0.95) - 1]
    some_case = store.list_cases(limit=1)[0].id
    figures["get_case (ms)"] = timed(lambda: store.get_case(some_case))
    store.connection.close()
    figures["file (MB)"] = path.stat().st_size / 1e6
    return figures


def first_page(path: Path, key: bytes | None) -> float:
    """ms from a new connection to the count and the first page of 200, as after unlocking."""
    start = time.perf_counter()
    store = open_store(path, key)
    store.count_cases()
    store.list_cases(limit=200)
    elapsed = (time.perf_counter() - start) * 1000
    store.connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds of opening")
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
    args = parser.parse_args()

    # Benchmark data is fictional demo data; the plain-SQLite copy is the point of comparison.
    folder = Path(tempfile.mkdtemp(prefix="satchel-bench-"))
    setups = (("SQLite", None), ("SQLCipher", os.urandom(32)))
    try:
        results = {}
        for label, key in setups:
            results[label] = measure(folder / f"{label}.db", key, args.cases)
        opens: dict[str, list[float]] = {label: [] for label, _ in setups}
        for _ in range(args.rounds):  # interleaved: a new connection each, OS cache warm
            for label, key in setups:
                opens[label].append(first_page(folder / f"{label}.db", key))
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(f"Case store, {args.cases:,} fictional cases, same code on both databases")
    print(f"{'workload':<26}{'SQLite':>12}{'SQLCipher':>12}{'ratio':>8}  target")
    targets = {
        "open + first page (ms)": 150,
        "list by updated (ms)": 150,
        "list by name (ms)": 150,
        "list by deadline (ms)": 150,
        "list by risk (ms)": 150,
        "list stage=vetting (ms)": 150,
        "search p95 (ms)": 20,
    }
    for key, plain in results["SQLite"].items():
        cipher = results["SQLCipher"][key]
        ratio = cipher / plain if plain else float("nan")
        target = targets.get(key)
        verdict = ""
        if target is not None:
            verdict = f"< {target} {'met' if cipher < target else 'MISSED'}"
        if key != "file (MB)":
            verdict += f"{'; ' if verdict else ''}<= 1.3x {'met' if ratio <= 1.3 else 'MISSED'}"
        print(f"{key:<26}{plain:>12.1f}{cipher:>12.1f}{ratio:>8.2f}  {verdict}")
    plain, cipher = results["SQLite"], results["SQLCipher"]
    ratio = statistics.median(opens["SQLCipher"]) / statistics.median(opens["SQLite"])
    print(f"open + count + first page, {args.rounds} interleaved rounds (min / median / max ms):")
    for label, samples in opens.items():
        low, middle, high = min(samples), statistics.median(samples), max(samples)
        print(f"  {label:<10} {low:7.2f} {middle:7.2f} {high:7.2f}")
    print(f"  ratio of medians {ratio:.2f}  target <= 1.5x {'met' if ratio <= 1.5 else 'MISSED'}")
    add_row(
        args.summary, f"open + count + first page, {args.cases:,} cases", "ms",
        spread(opens["SQLCipher"]), target_id="cold",
        reference=spread(opens["SQLite"]), reference_name="plain SQLite",
        target="≤ 1.5× SQLite", met=ratio <= 1.5,
        note=f"{ratio:.2f}× SQLite (medians). {args.rounds} interleaved rounds, each a new "
        "connection (SQLite's cache empty, the OS cache warm): open and key, the store opened, "
        "count, first page of 200.",
    )  # fmt: skip
    add_row(
        args.summary, f"fill {args.cases:,} demo cases", "s", spread([cipher["fill (s)"]]),
        reference=spread([plain["fill (s)"]]), reference_name="plain SQLite",
        note="One measurement each: generate_demo in one transaction, the same code on both.",
    )  # fmt: skip


if __name__ == "__main__":
    main()
