"""The desktop app's case list at 100,000 cases: the real Qt model on the real database thread.

What a person waits for: unlocking, then the case list's first page (count + 200 rows) to
appear; searches; sorting by name; scrolling to the next page. Each figure is measured from
the GUI thread's point of view (request sent to signal received), offscreen, after filling
a throw-away vault with fictional demo cases.

The first page is measured twice: cold, as after a reboot (the vault's files dropped from
the operating system's page cache before each of three unlocks, bench/oscache.py), and
warm, right after the unlock that the searches then use.

The searches are bench/bench_search.py's realistic queries (320 by default: names in both
scripts, typed prefixes, units, cities, taken from the vault's own people), and the unit
numbers and Cyrillic surnames among them typed one keystroke at a time as well: "в",
"в/", "в/ч", "в/ч 5", "в/ч 54", ... and "С", "Сн", "Сне", ... Each keystroke is a query
of its own, as if the person paused after it (the search box waits 250 ms after the last
keystroke), so one-letter and other broad prefixes are in the set. p95 and p99 are over
all of them.

Run: ``.venv/bin/python bench/bench_case_list.py [--cases 100000] [--vault-dir DIR]``.
``--vault-dir`` keeps the filled vault between runs (fictional data, a fixed passphrase,
no keystore). Figures, not assertions; the targets: the list opens in under 150 ms, search
p95 <= 20 ms and p99 <= 30 ms.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_search import labelled_queries
from oscache import drop_from_os_cache
from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication
from summary import add_row, spread

from app.store.demo import generate_demo
from app.vault import Vault
from app.vault.keystore import no_keystore
from crypto.kdf import KdfParams
from ui.case_model import CaseQuery, CaseTableModel
from ui.tasks import DatabaseThread

PASSPHRASE = "bench passphrase, fictional data only"
BENCH_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)  # the bench measures the list
KEYSTORE = no_keystore("The bench never touches the system keystore.")
COLD_ROUNDS = 3


def wait_for(signal: SignalInstance, start: Callable[[], object]) -> float:
    """Milliseconds from ``start()`` until ``signal`` fires (60 s at most)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(60_000)
    began = time.perf_counter()
    start()
    loop.exec()
    elapsed = (time.perf_counter() - began) * 1000
    signal.disconnect(loop.quit)
    if not timer.isActive():
        raise SystemExit("the case list did not answer within 60 s")
    return elapsed


def keystrokes(labelled: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The queries, and the units and Cyrillic surnames also typed a keystroke at a time
    (every prefix the search box would send after a pause; it strips spaces)."""
    typed: list[tuple[str, str]] = []
    for query, kind in labelled:
        if kind in ("unit", "surname"):
            prefixes = {query[:end].strip() for end in range(1, len(query))} - {""}
            for prefix in sorted(prefixes, key=len):
                typed.append((prefix, f"{kind}, typed" if len(prefix) > 1 else "one letter"))
        typed.append((query, kind))
    return typed


def fill_or_reuse(folder: Path, cases: int) -> float | None:
    """The demo vault in ``folder``: built when missing (seconds taken), else reused (None)."""
    if (folder / "vault").exists():
        return None
    vault, _ = Vault.create(folder / "vault", PASSPHRASE, keystore=KEYSTORE, kdf=BENCH_KDF)
    start = time.perf_counter()
    generate_demo(vault.store, cases, seed=11)
    filled = time.perf_counter() - start
    vault.lock()
    return filled


def open_list(
    app: QApplication, folder: Path
) -> tuple[DatabaseThread, CaseTableModel, float, float]:
    """Unlock on a database thread, then load the list's first page: the thread, the model
    and the ms of each step, as a person waits for them."""
    db = DatabaseThread(app)
    opened = db.open_vault(
        lambda: (Vault.unlock(folder / "vault", PASSPHRASE, keystore=KEYSTORE), None),
        parent=app,
    )
    unlock_ms = wait_for(opened.succeeded, opened.run_in_background)
    model = CaseTableModel(db, parent=app)
    first_ms = wait_for(model.loaded, lambda: model.set_query(CaseQuery()))
    return db, model, unlock_ms, first_ms


def cold_start(app: QApplication, folder: Path) -> tuple[float, float] | None:
    """Unlock, then the first page, with the vault's files out of the OS cache: ms of each."""
    if not drop_from_os_cache(folder / "vault"):
        return None
    db, _model, unlock_ms, first_ms = open_list(app, folder)
    db.stop()
    return unlock_ms, first_ms


def pct(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=320)
    parser.add_argument("--vault-dir", type=Path, help="keep the demo vault here between runs")
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
    args = parser.parse_args()
    app = QApplication(["bench"])
    folder = args.vault_dir or Path(tempfile.mkdtemp(prefix="satchel-bench-"))
    try:
        filled = fill_or_reuse(folder, args.cases)
        vault = Vault.unlock(folder / "vault", PASSPHRASE, keystore=KEYSTORE)
        try:
            total = vault.store.count_cases()
            typed = keystrokes(labelled_queries(vault.store, args.queries))
        finally:
            vault.lock()

        colds = [cold for _ in range(COLD_ROUNDS) if (cold := cold_start(app, folder))]
        db, model, unlock_ms, first_ms = open_list(app, folder)
        more_ms = wait_for(model.page_added, model.fetchMore)
        searches = [
            wait_for(model.loaded, lambda q=q: model.set_query(CaseQuery(search=q)))
            for q, _kind in typed
        ]
        by_name = wait_for(model.loaded, lambda: model.set_query(CaseQuery(order_by="name")))
        by_risk = wait_for(model.loaded, lambda: model.set_query(CaseQuery(order_by="risk")))
        db.stop()
    finally:
        if args.vault_dir is None:
            shutil.rmtree(folder, ignore_errors=True)

    ordered = sorted(searches)
    p95, p99 = pct(ordered, 0.95), pct(ordered, 0.99)
    print(f"Case list through the Qt model, {total:,} fictional cases")
    if filled is not None:
        print(f"  fill the vault (demo data)      {filled:8.1f} s")
    print(f"  unlock on the database thread   {unlock_ms:8.1f} ms")
    print(f"  first page + count              {first_ms:8.1f} ms   target < 150 ms")
    if colds:
        cold_unlocks, cold_pages = [c[0] for c in colds], [c[1] for c in colds]
        cold_unlock, cold_page = statistics.median(cold_unlocks), statistics.median(cold_pages)
        print(f"  cold start, median of {len(colds)}: unlock {cold_unlock:.1f} ms, "
              f"first page + count {cold_page:.1f} ms   target < 150 ms")  # fmt: skip
    else:
        print("  cold start: not measured (no posix_fadvise on this system)")
    print(f"  next page (scrolling)           {more_ms:8.1f} ms")
    print(f"  sorted by name                  {by_name:8.1f} ms")
    print(f"  sorted by risk                  {by_risk:8.1f} ms")
    print(f"Search through the model, {len(searches)} queries ({args.queries} realistic ones, "
          "units and surnames also typed a keystroke at a time), milliseconds")  # fmt: skip
    print(f"  {'':28} {'n':>5} {'min':>7} {'median':>7} {'p95':>7} {'p99':>7} {'max':>7}")
    groups: dict[str, list[float]] = {"all": searches}
    for (_q, kind), ms in zip(typed, searches, strict=True):
        groups.setdefault(kind, []).append(ms)
    for kind, values in groups.items():
        values = sorted(values)
        print(f"  {kind:28} {len(values):5} {values[0]:7.1f} {statistics.median(values):7.1f} "
              f"{pct(values, 0.95):7.1f} {pct(values, 0.99):7.1f} {values[-1]:7.1f}")  # fmt: skip
    print("  target: p95 <= 20 ms, p99 <= 30 ms")
    slowest = sorted(zip(searches, (q for q, _ in typed), strict=True), reverse=True)[:6]
    print("  slowest: " + ", ".join(f"{q!r} {ms:.0f} ms" for ms, q in slowest))
    add_row(
        args.summary, f"search through the GUI's case list (Qt model), {total:,} cases, "
        f"{len(searches)} queries", "ms", spread(searches, percentiles=True), target_id="search",
        target="p95 ≤ 20 ms, p99 ≤ 30 ms over ≥ 300 queries",
        met=(p95 <= 20 and p99 <= 30) if len(searches) >= 300 else None,  # too few to judge
        note=f"Request to signal on the real database thread, offscreen, warm connection: "
        f"bench_search.py's {args.queries} realistic queries, and the units and Cyrillic "
        "surnames among them typed a keystroke at a time (each prefix a query, one letter "
        f"included); slowest: {', '.join(f'{q!r} {ms:.0f} ms' for ms, q in slowest[:3])}.",
    )  # fmt: skip
    add_row(
        args.summary, f"case list first page + count (Qt model), {total:,} cases", "ms",
        spread([first_ms]), target="< 150 ms (DESIGN §8)", met=first_ms < 150,
        note="One measurement, right after unlocking on the database thread.",
    )  # fmt: skip
    if colds:
        worst = max(cold_pages)
        add_row(
            args.summary, f"case list first page + count, cold start, {total:,} cases", "ms",
            spread(cold_pages), target="< 150 ms (DESIGN §8)", met=worst < 150,
            note=f"{len(colds)} rounds, each after dropping the vault's files from the OS page "
            f"cache (fsync + POSIX_FADV_DONTNEED), as after a reboot; judged on the slowest. "
            f"The unlock before it (low key-derivation cost): median "
            f"{cold_unlock:.0f} ms.",
        )  # fmt: skip


if __name__ == "__main__":
    main()
