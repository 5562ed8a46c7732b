"""Sync by difference: a weekly bundle of changes against a full export, at 10,000 cases.

Two vaults (Astana, Paris) that exchanged verified cards. Astana holds 10,000 fictional
demo cases; a first sync sends them all to Paris (successive bundles of changes, each as
large as one manifest holds, until nothing is left), and Paris imports them. Then a week
of work happens on both sides:

- Astana: 3% of the cases get a person's field changed, 1% get a new note, 1% a new
  timeline event, 40 new 256 KiB attachments on changed cases, and 50 new cases;
- Paris: 1% of the cases get a note of its own (never sent back, never in the way).

Measured in interleaved rounds (full, changes, full, changes...), each rolled back so
every round starts from the same state: a **full export** of every case (two bundles, the
whole caseload does not fit one manifest) and the **bundle of changes**, with their sizes.
Then the bundle of changes is sealed for real and imported into Paris, which must apply it
with no conflict and end up with every change. Figures, not assertions; the last check is
the round trip.

Run: ``.venv/bin/python bench/bench_sync.py [--cases 10000] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from summary import add_row, spread

from app.exchange.bundle import export_bundle, import_bundle, preview_bundle
from app.exchange.contacts import add_contact
from app.exchange.identity import VaultIdentity
from app.store import Store
from app.store.demo import generate_demo
from app.vault import Vault
from app.vault.keystore import no_keystore
from crypto.kdf import KdfParams

PASSPHRASE = "bench passphrase, fictional data only"
BENCH_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
KEYSTORE = no_keystore("The bench never touches the system keystore.")
FULL_GROUP = 5_000  # cases per bundle of the full export (one manifest holds about 6,500)


class _Undo(Exception):
    pass


@contextmanager
def rolled_back(store: Store) -> Iterator[None]:
    """Run the body in a transaction that is then rolled back (a round leaves no trace)."""
    try:
        with store.transaction():
            yield
            raise _Undo
    except _Undo:
        pass


def timed(work: Callable[[], list[Path]]) -> tuple[float, int]:
    start = time.perf_counter()
    paths = work()
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in paths)
    for path in paths:
        path.unlink()
    return seconds, size


def full_export(store: Store, folder: Path) -> list[Path]:
    ids = [r[0] for r in store.connection.execute("SELECT id FROM cases ORDER BY created_at, id")]
    paths = []
    for start in range(0, len(ids), FULL_GROUP):
        path = folder / f"full-{start}.age"
        export_bundle(store, path, to=["Paris"], cases=ids[start : start + FULL_GROUP],
                      profile="full")  # fmt: skip
        paths.append(path)
    return paths


def changes_export(store: Store, folder: Path, name: str = "changes.age") -> list[Path]:
    path = folder / name
    summary = export_bundle(store, path, to=["Paris"], profile="full", changed=True)
    assert summary.remaining == 0, "a week of changes fits one bundle"
    return [path]


def first_sync(astana: Store, paris: Store, folder: Path) -> tuple[float, int, int]:
    start, bundles, size = time.perf_counter(), 0, 0
    while True:
        path = folder / f"first-{bundles}.age"
        summary = export_bundle(astana, path, to=["Paris"], profile="full", changed=True)
        import_bundle(paris, path)
        size += path.stat().st_size
        path.unlink()
        bundles += 1
        if not summary.remaining:
            return time.perf_counter() - start, bundles, size


def a_week_of_work(astana: Store, paris: Store, cases: list[str], seed: int) -> dict[str, str]:
    """Edits on both sides; returns the city each changed case now has in Astana."""
    rng = random.Random(seed)
    changed = rng.sample(cases, len(cases) * 3 // 100)
    cities: dict[str, str] = {}
    with astana.transaction():
        for number, case_id in enumerate(changed):
            city = f"Город {number}"
            astana.set_case_fields(case_id, {"city": city})
            cities[case_id] = city
        for case_id in rng.sample(cases, len(cases) // 100):
            astana.add_note(case_id, "Повторное интервью прошло, рассказ совпадает.")
        for case_id in rng.sample(cases, len(cases) // 100):
            astana.add_event(case_id, "interview", "Второе интервью", occurred_on="2026-11-30")
        for case_id in changed[:40]:
            astana.add_attachment(case_id, "scan.bin", os.urandom(256 * 1024))
    generate_demo(astana, 50, seed=seed + 1)
    with paris.transaction():
        for case_id in rng.sample(cases, len(cases) // 100):
            paris.add_note(case_id, "Dossier déposé à la préfecture.")
    return cities


def open_pair(folder: Path) -> tuple[Vault, Vault]:
    astana, _ = Vault.create(folder / "astana", PASSPHRASE, keystore=KEYSTORE, kdf=BENCH_KDF)
    paris, _ = Vault.create(folder / "paris", PASSPHRASE, keystore=KEYSTORE, kdf=BENCH_KDF)
    a = VaultIdentity.rename(astana.store, "Astana")
    p = VaultIdentity.rename(paris.store, "Paris")
    add_contact(astana.store, p.card.to_text(), name="Paris", verified=True)
    add_contact(paris.store, a.card.to_text(), name="Astana", verified=True)
    return astana, paris


def row(name: str, values: list[float], unit: str, scale: float = 1.0) -> str:
    low, mid, high = (v / scale for v in (min(values), statistics.median(values), max(values)))
    return f"{name:28} {low:10.2f} {mid:10.2f} {high:10.2f}  {unit}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="satchel-bench-sync-"))
    try:
        astana_vault, paris_vault = open_pair(folder)
        astana, paris = astana_vault.store, paris_vault.store
        start = time.perf_counter()
        generate_demo(astana, args.cases, seed=7)
        print(f"{args.cases} demo cases in Astana: {time.perf_counter() - start:.1f} s")
        seconds, bundles, size = first_sync(astana, paris, folder)
        print(f"first sync: {bundles} bundles of changes, {size / 1e6:.1f} MB, "
              f"exported and imported in {seconds:.1f} s")  # fmt: skip
        cases = [r[0] for r in astana.connection.execute("SELECT id FROM cases")]
        cities = a_week_of_work(astana, paris, cases, seed=11)

        full_s, full_b, diff_s, diff_b = [], [], [], []
        for _ in range(args.rounds):  # interleaved: full, then changes, round after round
            with rolled_back(astana):
                seconds, size = timed(lambda: full_export(astana, folder))
            full_s.append(seconds)
            full_b.append(size)
            with rolled_back(astana):
                seconds, size = timed(lambda: changes_export(astana, folder))
            diff_s.append(seconds)
            diff_b.append(size)

        print(f"\nA week's changes at {args.cases} cases, {args.rounds} interleaved rounds")
        print(f"{'':28} {'min':>10} {'median':>10} {'max':>10}")
        print(row("full export, time", full_s, "s"))
        print(row("bundle of changes, time", diff_s, "s"))
        print(row("full export, size", [float(b) for b in full_b], "MB", 1e6))
        print(row("bundle of changes, size", [float(b) for b in diff_b], "MB", 1e6))
        ratio_t = statistics.median(full_s) / statistics.median(diff_s)
        ratio_b = statistics.median(full_b) / statistics.median(diff_b)
        print(f"changes vs full: {ratio_t:.0f}x less time, {ratio_b:.0f}x smaller")

        (path,) = changes_export(astana, folder, "week.age")
        start = time.perf_counter()
        preview = preview_bundle(paris, path)
        import_bundle(paris, path)
        seconds = time.perf_counter() - start
        got = {case_id: paris.get_case(case_id)["person"]["city"] for case_id in cities}
        print(f"\nround trip: {len(preview.cases)} cases, {preview.attachments} attachments, "
              f"{preview.counts['conflict']} conflicts; checked and imported in {seconds:.1f} s; "
              f"every change arrived: {got == cities}")  # fmt: skip
        astana_vault.lock()
        paris_vault.lock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    add_row(
        args.summary, f"bundle of a week's changes, {args.cases:,} cases", "s", spread(diff_s),
        reference=spread(full_s), reference_name="full export",
        note=f"{ratio_t:.0f}× less time and {ratio_b:.0f}× smaller than a full export "
        f"({statistics.median(diff_b) / 1e6:.1f} MB against "
        f"{statistics.median(full_b) / 1e6:.1f} MB); {args.rounds} interleaved rounds; the "
        f"round trip into Paris applied every change: {got == cities}.",
    )  # fmt: skip


if __name__ == "__main__":
    main()
