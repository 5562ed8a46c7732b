"""Bundle export and import: cases per second beside SQLCipher's own ceiling, and peak memory.

The design asks for an import at least half as fast as SQLCipher inserts the same rows, and
for bundle memory under 100 MB, flat whatever the size. This bench fills a sending vault with
fictional demo cases (and, with ``--attach-mib``, random attachment bytes spread over the
first cases), exchanges cards with a second vault, then runs in interleaved rounds:

- **export**: ``export_bundle`` of every case (``full`` profile), in bundles of at most
  5,000 cases (one manifest holds about 7,000);
- **import**: ``import_bundle`` of those bundles into a fresh copy of the receiving vault;
- **ceiling**: ``executemany`` of exactly the rows that import wrote (records, sync state,
  gaps, search index, person keys, attachment chunks), table by table in one transaction,
  into a fresh copy of the same receiving vault: what SQLCipher itself takes for them.

Each step runs in its own process, so its peak resident memory (``ru_maxrss``) is its own;
times cover the bundle call (or the inserts) only, not unlocking the vault. Every figure is
printed as min / median / max over the rounds. Figures, not assertions.

Run: ``.venv/bin/python bench/bench_bundle.py [--cases 10000] [--rounds 3] [--attach-mib 0]``;
``--before DIR`` (e.g. ``git archive main | tar -x -C DIR``) adds that code's export and
import to every round, for a before/after in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from app.exchange.bundle.export import export_bundle
from app.exchange.bundle.importer import import_bundle
from app.exchange.bundle.profiles import TABLES
from app.exchange.contacts import add_contact
from app.exchange.identity import VaultIdentity
from app.store.demo import generate_demo
from app.vault import Vault
from app.vault.keystore import no_keystore
from crypto.kdf import KdfParams

PASSPHRASE = "bench passphrase, fictional data only"
# The bench measures bundles, not key derivation: both vaults use a low, explicit cost.
BENCH_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
KEYSTORE = no_keystore("The bench never touches the system keystore.")
ATTACHMENT_MIB = 32  # size of each random attachment when --attach-mib is given
CASES_PER_BUNDLE = 5000  # a manifest (1 MiB) holds about 7,000 case entries
# Tables an import writes, in an order the foreign keys accept; the rest are found by count.
ORDER = (*TABLES, "attachment_chunks", "sync_state", "record_gaps", "search_keys")
SKIP = {
    "audit",
    "bundle_log",
    "received_bundles",
    "meta",
    "schema_version",
    "case_list",
    "case_count",
}
"""Not inserted by the ceiling: the log rows an import writes once per bundle, and the case
list's rows and count, which the schema's triggers write as the cases go in (as they do
during the import, so both sides pay for them)."""


def prepare(folder: Path, cases: int, attach_mib: int) -> None:
    sender, _ = Vault.create(folder / "astana", PASSPHRASE, keystore=KEYSTORE, kdf=BENCH_KDF)
    receiver, _ = Vault.create(folder / "paris", PASSPHRASE, keystore=KEYSTORE, kdf=BENCH_KDF)
    astana = VaultIdentity.load_or_create(sender.store)
    astana.rename(sender.store, "Astana")
    paris = VaultIdentity.load_or_create(receiver.store)
    paris.rename(receiver.store, "Paris")
    add_contact(sender.store, paris.card.with_name("Paris").to_text(), verified=True)
    add_contact(receiver.store, astana.card.with_name("Astana").to_text(), verified=True)
    generate_demo(sender.store, cases, seed=7)
    case_ids = [str(r[0]) for r in sender.store.connection.execute("SELECT id FROM cases")]
    for number in range(attach_mib // ATTACHMENT_MIB):
        data = os.urandom(ATTACHMENT_MIB * 1024 * 1024)
        sender.store.add_attachment(case_ids[number % len(case_ids)], f"scan-{number}.bin", data)
    sender.lock()
    receiver.lock()


def _unlock(folder: Path) -> Vault:
    return Vault.unlock(folder, PASSPHRASE, keystore=KEYSTORE)


def step(kind: str, folder: Path) -> None:
    """One step in this process; prints seconds and peak memory as JSON."""
    if kind == "prepare":
        settings = json.loads((folder / "settings.json").read_text())
        prepare(folder, settings["cases"], settings["attach_mib"])
        print(json.dumps({}))
        return
    if kind == "ceiling":
        print(json.dumps(ceiling(folder)))
        return
    vault = _unlock(folder / ("astana" if kind == "export" else "work"))
    conn = vault.store.connection
    if kind == "export":
        for old in folder.glob("bundle-*.age"):
            old.unlink()
        ids = [str(r[0]) for r in conn.execute("SELECT id FROM cases ORDER BY created_at, id")]
        groups = [ids[i : i + CASES_PER_BUNDLE] for i in range(0, len(ids), CASES_PER_BUNDLE)]
    start = time.perf_counter()
    if kind == "export":
        for number, group in enumerate(groups, start=1):
            path = folder / f"bundle-{number}.age"
            export_bundle(vault.store, path, to=["Paris"], cases=group, profile="full")
    else:
        for number in range(1, len(list(folder.glob("bundle-*.age"))) + 1):
            import_bundle(vault.store, folder / f"bundle-{number}.age")
    seconds = time.perf_counter() - start
    vault.lock()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak_mib}))


def ceiling(folder: Path) -> dict[str, float]:
    """executemany of the rows the reference import wrote (``imported``) into ``work``."""
    source = _unlock(folder / "imported")
    empty = _unlock(folder / "paris")
    src, fresh = source.store.connection, empty.store.connection
    names = [str(r[0]) for r in src.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    names = [n for n in names if not n.startswith(("sqlite_", "search_fts_")) and n not in SKIP]
    count = "SELECT count(*) FROM {}"
    grown = [n for n in names if _one(src, count.format(n)) > _one(fresh, count.format(n))]
    grown.sort(key=lambda n: ORDER.index(n) if n in ORDER else len(ORDER))
    rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    for name in grown:
        columns_sql = "rowid, *" if name == "search_fts" else "*"
        select = f"SELECT {columns_sql} FROM {name}"
        cursor = src.execute(select)
        columns = [d[0] for d in cursor.description]
        rows[name] = (columns, cursor.fetchall())
    empty.lock()
    source.lock()
    vault = _unlock(folder / "work")
    conn = vault.store.connection
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for name, (columns, values) in rows.items():
        marks = ", ".join("?" for _ in columns)
        insert = f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})"
        conn.executemany(insert, values)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    vault.lock()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mib": peak_mib}


def _one(conn: Any, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def run_step(kind: str, folder: Path, code: Path | None = None) -> dict[str, float]:
    """One step in a fresh process; ``code``: a checkout whose ``app`` runs it instead."""
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    out = subprocess.run(
        [sys.executable, __file__, "--step", kind, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def fresh_receiver(folder: Path) -> None:
    shutil.rmtree(folder / "work", ignore_errors=True)
    shutil.copytree(folder / "paris", folder / "work")


def spread(values: list[float], fmt: str = "{:.0f}") -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return " / ".join(fmt.format(v) for v in (low, mid, high))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--attach-mib", type=int, default=0, help="random attachment bytes")
    parser.add_argument(
        "--before", type=Path, help="a checkout of the code to compare with (e.g. git archive)"
    )
    parser.add_argument("--no-ceiling", action="store_true", help="skip it (large attachments)")
    parser.add_argument("--keep", type=Path, help="prepare once into this folder, then reuse it")
    parser.add_argument("--step", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
    args = parser.parse_args()
    if args.step:
        step(args.step[0], Path(args.step[1]))
        return

    folder = args.keep or Path(tempfile.mkdtemp(prefix="satchel-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    cases = args.cases
    try:
        # Every step runs in a fresh process: Linux carries a parent's peak memory into its
        # children, so the parent stays small and fills no vault itself.
        if not (folder / "paris").exists():
            settings = {"cases": cases, "attach_mib": args.attach_mib}
            (folder / "settings.json").write_text(json.dumps(settings))
            run_step("prepare", folder)
        cases = json.loads((folder / "settings.json").read_text())["cases"]
        if not args.no_ceiling and not (folder / "imported").exists():  # the ceiling's rows
            run_step("export", folder)
            fresh_receiver(folder)
            run_step("import", folder)
            shutil.copytree(folder / "work", folder / "imported")
        results: dict[str, list[dict[str, float]]] = {"export": [], "import": [], "ceiling": []}
        if args.before:
            results.update({"export (before)": [], "import (before)": []})
        for _ in range(args.rounds):  # interleaved: each round runs every step
            if args.before:
                results["export (before)"].append(run_step("export", folder, args.before))
                fresh_receiver(folder)
                results["import (before)"].append(run_step("import", folder, args.before))
            results["export"].append(run_step("export", folder))
            fresh_receiver(folder)
            results["import"].append(run_step("import", folder))
            if not args.no_ceiling:
                fresh_receiver(folder)
                results["ceiling"].append(run_step("ceiling", folder))
        size = sum(p.stat().st_size for p in folder.glob("bundle-*.age")) / 1e6
        bundles = len(list(folder.glob("bundle-*.age")))
        print(f"Bundles, full profile: {cases} fictional cases in {bundles} bundle(s), "
              f"{size:.1f} MB, {args.rounds} interleaved rounds (min / median / max)")  # fmt: skip
        print(f"{'step':<16}{'cases/s':>20}{'seconds':>26}{'peak MiB':>18}")
        for kind, runs in results.items():
            if not runs:
                continue
            rates = [cases / r["seconds"] for r in runs]
            seconds = [r["seconds"] for r in runs]
            peaks = [r["peak_mib"] for r in runs]
            print(f"{kind:<16}{spread(rates):>20}{spread(seconds, '{:.2f}'):>26}"
                  f"{spread(peaks):>18}")  # fmt: skip
        if results["ceiling"]:
            imports = statistics.median(cases / r["seconds"] for r in results["import"])
            best = statistics.median(cases / r["seconds"] for r in results["ceiling"])
            print(f"import / ceiling (medians): {100 * imports / best:.0f}% (target: ≥ 50%)")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    # For make bench (bench/summary.py). (Imported under its own name: main() has a spread.)
    import summary as bench_summary

    attached = f" and {args.attach_mib:,} MiB of attachments" if args.attach_mib else ""
    imports = [cases / r["seconds"] for r in results["import"]]
    ceiling = [cases / r["seconds"] for r in results["ceiling"]]
    before = [cases / r["seconds"] for r in results.get("import (before)", [])]
    share = statistics.median(imports) / statistics.median(ceiling) if ceiling else None
    bench_summary.add_row(
        args.summary, f"import {cases:,} cases{attached}", "cases/s",
        bench_summary.spread(imports), target_id=None if args.attach_mib else "import",
        reference=bench_summary.spread(before) if before else None,
        reference_name=f"before ({args.before.name})" if before else None,
        ceiling=bench_summary.spread(ceiling) if ceiling else None,
        ceiling_name="executemany of the same rows",
        target="" if args.no_ceiling else "≥ 50% of the executemany ceiling",
        met=None if share is None else share >= 0.5,
        note=(f"{share:.0%} of the ceiling (medians). " if share else "No ceiling run. ")
        + f"{size:.0f} MB in {bundles} bundle(s), full profile; {args.rounds} interleaved "
        "rounds, each step in its own process; times cover the bundle calls or the inserts, "
        "not unlocking.",
    )  # fmt: skip
    for kind in ("export", "import"):
        peaks = [r["peak_mib"] for r in results[kind]]
        highest_mb = max(peaks) * 2**20 / 1e6
        bench_summary.add_row(
            args.summary, f"peak RSS, bundle {kind}, {cases:,} cases{attached}", "MiB",
            bench_summary.spread(peaks),
            target_id="bundle-rss" if args.attach_mib >= 1024 else None,
            target="≤ 100 MB", met=highest_mb <= 100,
            note=f"ru_maxrss of its own process, {args.rounds} rounds; judged on the highest, "
            f"{highest_mb:.0f} MB.",
        )  # fmt: skip


if __name__ == "__main__":
    main()
