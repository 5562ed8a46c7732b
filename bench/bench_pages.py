"""SQLCipher's page format: 4 KiB / HMAC-SHA512 against 16 KiB / HMAC-SHA256 and plain SQLite.

Three databases run the same Satchel code, opened as a vault opens its database
(:func:`app.vault.open_database`, the same pragmas for plain SQLite):

- ``SQLite``: sqlcipher3 without ``PRAGMA key`` (plain SQLite, the ceiling);
- ``4K/SHA512``: the format of vaults made before issue 16 (SQLCipher 4's defaults);
- ``16K/SHA256``: the format of new vaults (:data:`app.vault.database.CURRENT_FORMAT`).

Workloads, in interleaved rounds (each round runs every database once, in turn, so a
noisy moment hits all three alike), with min, median and max:

- **blob writes**: attachments of 4 MiB through :meth:`Store.add_attachment` (256 KiB chunk
  rows, one transaction each) into a fresh database, MiB/s; and the same bytes as bare
  256 KiB rows (``executemany``, one transaction per 4 MiB), the ceiling without the
  store's hashing and checks;
- **first queries, cold connection**: a new connection (SQLite's page cache empty; the OS
  cache warm) opened and keyed, the store opened, then what the unlock shows first: the
  case count, the first page of 200 cases and one search, ms;
- **first queries, cold start**: the same after dropping the database's files from the
  OS page cache too (bench/oscache.py), as after a reboot.

Run: ``.venv/bin/python bench/bench_pages.py [--cases 5000 --blob-mib 64 --rounds 5]``
(about 30 s with the defaults). Figures, not assertions; the target (SQLCipher at most 1.5x
plain SQLite on first queries and blob writes, DESIGN.md section 8) is marked.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import sqlcipher3  # noqa: E402
from oscache import drop_from_os_cache  # noqa: E402
from summary import add_row, spread  # noqa: E402

from app.store import Store  # noqa: E402
from app.store.demo import generate_demo  # noqa: E402
from app.vault import DATABASE_PRAGMAS, open_database  # noqa: E402
from app.vault.database import CURRENT_FORMAT, LEGACY_FORMAT, PageFormat  # noqa: E402

KEY = os.urandom(32)
ATTACHMENT_MIB = 4
SETUPS: dict[str, PageFormat | None] = {
    "SQLite": None,
    "4K/SHA512": LEGACY_FORMAT,
    "16K/SHA256": CURRENT_FORMAT,
}


def open_store(path: Path, page_format: PageFormat | None) -> Store:
    if page_format is None:
        conn = sqlcipher3.connect(str(path))
        for pragma in DATABASE_PRAGMAS:
            conn.execute(f"PRAGMA {pragma}").fetchall()
    else:
        conn = open_database(path, KEY, create=not path.exists(), formats=(page_format,))
    return Store.open(conn, origin="bench")


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def blob_writes(folder: Path, page_format: PageFormat | None, total_mib: int) -> float:
    """MiB/s for ``total_mib`` of attachments written into a fresh database."""
    path = folder / "blobs.db"
    remove_database(path)
    store = open_store(path, page_format)
    case_id = store.add_case("Bench Person", {})
    data = random.Random(7).randbytes(ATTACHMENT_MIB << 20)  # noise, like a scanned page
    started = time.perf_counter()
    for number in range(max(1, total_mib // ATTACHMENT_MIB)):
        store.add_attachment(case_id, f"scan{number}.bin", data)
    elapsed = time.perf_counter() - started
    store.connection.close()
    remove_database(path)
    return (max(1, total_mib // ATTACHMENT_MIB) * ATTACHMENT_MIB) / elapsed


def raw_blob_writes(folder: Path, page_format: PageFormat | None, total_mib: int) -> float:
    """MiB/s for ``total_mib`` of 256 KiB rows inserted bare, 4 MiB per transaction."""
    path = folder / "raw.db"
    remove_database(path)
    conn = open_store(path, page_format).connection
    conn.execute("CREATE TABLE chunks (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    data = random.Random(8).randbytes(256 << 10)
    batches = max(1, total_mib // ATTACHMENT_MIB)
    started = time.perf_counter()
    for _ in range(batches):
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO chunks (data) VALUES (?)", [(data,)] * (ATTACHMENT_MIB * 4))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    remove_database(path)
    return batches * ATTACHMENT_MIB / elapsed


def first_queries(path: Path, page_format: PageFormat | None) -> float:
    """ms from a new connection to the count, the first page and one search."""
    started = time.perf_counter()
    store = open_store(path, page_format)
    store.count_cases()
    store.list_cases(limit=200)
    store.search("Канарейкин")
    elapsed = time.perf_counter() - started
    store.connection.close()
    return elapsed * 1000


def summary(samples: list[float]) -> tuple[float, float, float]:
    return min(samples), statistics.median(samples), max(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--blob-mib", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="satchel-bench-pages-"))
    writes: dict[str, list[float]] = {name: [] for name in SETUPS}
    raw: dict[str, list[float]] = {name: [] for name in SETUPS}
    cold: dict[str, list[float]] = {name: [] for name in SETUPS}
    rebooted: dict[str, list[float]] = {name: [] for name in SETUPS}
    sizes: dict[str, float] = {}
    try:
        for name, page_format in SETUPS.items():
            path = folder / f"cases-{name.replace('/', '-')}.db"
            store = open_store(path, page_format)
            generate_demo(store, args.cases, seed=2026)
            store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            store.connection.close()
            sizes[name] = path.stat().st_size / 2**20
        for _ in range(args.rounds):
            for name, page_format in SETUPS.items():
                writes[name].append(blob_writes(folder, page_format, args.blob_mib))
                raw[name].append(raw_blob_writes(folder, page_format, args.blob_mib))
                path = folder / f"cases-{name.replace('/', '-')}.db"
                cold[name].append(first_queries(path, page_format))
                if drop_from_os_cache(folder):
                    rebooted[name].append(first_queries(path, page_format))
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(f"Page formats: {args.rounds} interleaved rounds; {args.blob_mib} MiB of attachments "
          f"per round; first queries on {args.cases:,} demo cases")  # fmt: skip
    print(f"{'workload':<32}{'setup':<12}{'min':>9}{'median':>9}{'max':>9}{'x SQLite':>10}  target")
    for title, table, higher_is_better in (
        ("blob writes, store (MiB/s)", writes, True),
        ("blob writes, bare rows (MiB/s)", raw, True),
        ("first queries, cold (ms)", cold, False),
        ("first queries, cold start (ms)", rebooted, False),
    ):
        if not table["SQLite"]:
            continue
        plain = statistics.median(table["SQLite"])
        for name in SETUPS:
            low, middle, high = summary(table[name])
            # "x SQLite" is how many times slower than plain SQLite (1.0 = as fast).
            factor = plain / middle if higher_is_better else middle / plain
            verdict = (
                "" if name == "SQLite" else ("<= 1.5x met" if factor <= 1.5 else "<= 1.5x MISSED")
            )
            figures = f"{low:>9.1f}{middle:>9.1f}{high:>9.1f}{factor:>10.2f}"
            print(f"{title:<32}{name:<12}{figures}  {verdict}")
    filled = ", ".join(f"{name} {mib:.1f} MiB" for name, mib in sizes.items())
    print(f"database size after filling: {filled}")
    new, old, rounds = "16K/SHA256", "4K/SHA512", f"{args.rounds} interleaved rounds"
    slower = statistics.median(writes["SQLite"]) / statistics.median(writes[new])
    legacy = statistics.median(writes["SQLite"]) / statistics.median(writes[old])
    add_row(
        args.summary, "blob writes (store.add_attachment)", "MiB/s", spread(writes[new]),
        target_id="blobs", reference=spread(writes["SQLite"]), reference_name="plain SQLite",
        ceiling=spread(raw[new]), ceiling_name="bare 256 KiB rows, executemany",
        target="≤ 1.5× slower than SQLite", met=slower <= 1.5,
        note=f"{slower:.2f}× SQLite's time (medians; 4K/SHA512 vaults: {legacy:.2f}×). "
        f"New vault format (16 KiB pages, HMAC-SHA256); {args.blob_mib} MiB of 4 MiB "
        f"attachments into a fresh database per round, {rounds}; the ceiling is the same "
        "bytes as bare rows on the same format.",
    )  # fmt: skip
    slower = statistics.median(cold[new]) / statistics.median(cold["SQLite"])
    legacy = statistics.median(cold[old]) / statistics.median(cold["SQLite"])
    add_row(
        args.summary, "first queries on a fresh connection", "ms", spread(cold[new]),
        target_id="cold", reference=spread(cold["SQLite"]), reference_name="plain SQLite",
        target="≤ 1.5× SQLite", met=slower <= 1.5,
        note=f"{slower:.2f}× SQLite (medians; 4K/SHA512 vaults: {legacy:.2f}×). Open, key, "
        f"open the store, count, first page of 200, one search, on {args.cases:,} demo "
        f"cases; SQLite's cache empty, the OS cache warm; {rounds}.",
    )  # fmt: skip
    if rebooted["SQLite"]:
        slower = statistics.median(rebooted[new]) / statistics.median(rebooted["SQLite"])
        add_row(
            args.summary, "first queries, cold start (OS cache dropped too)", "ms",
            spread(rebooted[new]), reference=spread(rebooted["SQLite"]),
            reference_name="plain SQLite", target="≤ 1.5× SQLite", met=slower <= 1.5,
            note=f"{slower:.2f}× SQLite (medians). As above, after dropping the database's "
            f"files from the OS page cache (fsync + POSIX_FADV_DONTNEED), as after a reboot; "
            f"{rounds}.",
        )  # fmt: skip


if __name__ == "__main__":
    main()
