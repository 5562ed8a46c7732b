"""Bundle export and import: time and peak memory at two sizes, side by side.

The design asks that export and import memory stay flat as bundles grow. This bench fills a
sending vault with fictional demo cases, exports them (``full`` profile) to a second vault
that has exchanged cards with it, and imports them there, for a small and a large number of
cases. Each export and import runs in its own process so that its peak resident memory
(``ru_maxrss``) is its own. For scale, the stock ``age`` CLI seals the same bundle's bytes.

Run: ``.venv/bin/python bench/bench_bundle.py [--sizes 1000 4000]``. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.bundle.export import export_bundle
from app.bundle.importer import import_bundle
from app.contacts import add_contact
from app.identity import VaultIdentity
from app.keystore import no_keystore
from app.store.demo import generate_demo
from app.vault import Vault
from crypto.kdf import KdfParams

PASSPHRASE = "bench passphrase, fictional data only"
# The bench measures bundles, not key derivation: both vaults use a low, explicit cost.
BENCH_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
KEYSTORE = no_keystore("The bench never touches the system keystore.")


def prepare(folder: Path, cases: int) -> None:
    sender, _ = Vault.create(folder / "astana", PASSPHRASE, keystore=KEYSTORE, kdf=BENCH_KDF)
    receiver, _ = Vault.create(folder / "paris", PASSPHRASE, keystore=KEYSTORE, kdf=BENCH_KDF)
    astana = VaultIdentity.load_or_create(sender.store)
    astana.rename(sender.store, "Astana")
    paris = VaultIdentity.load_or_create(receiver.store)
    paris.rename(receiver.store, "Paris")
    add_contact(sender.store, paris.card.with_name("Paris").to_text(), verified=True)
    add_contact(receiver.store, astana.card.with_name("Astana").to_text(), verified=True)
    generate_demo(sender.store, cases, seed=7)
    sender.lock()
    receiver.lock()


def step(kind: str, folder: Path) -> None:
    """One step in this process; prints seconds and peak memory as JSON (prepare: nothing).

    SQLite's page cache is capped at 16 MiB here so that the figure shows what the bundle
    code itself holds (the store's own cache grows with the database, up to 128 MiB).
    """
    if kind == "prepare":
        prepare(folder, int((folder / "cases").read_text()))
        print(json.dumps({}))
        return
    start = time.perf_counter()
    vault = Vault.unlock(folder / ("astana" if kind == "export" else "paris"), PASSPHRASE,
                         keystore=KEYSTORE)  # fmt: skip
    vault.store.connection.execute("PRAGMA cache_size = -16384")
    if kind == "export":
        export_bundle(vault.store, folder / "bundle.age", to=["Paris"], profile="full")
    else:
        import_bundle(vault.store, folder / "bundle.age")
    vault.lock()
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak_mib}))


def run_step(kind: str, folder: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--step", kind, str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def age_cli_seconds(bundle: Path, folder: Path) -> float | None:
    if shutil.which("age") is None or shutil.which("age-keygen") is None:
        return None
    key = folder / "age-key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], capture_output=True, check=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(key)], capture_output=True, text=True, check=True
    ).stdout.strip()
    start = time.perf_counter()
    subprocess.run(
        ["age", "-r", recipient, "-o", str(folder / "copy.age"), str(bundle)], check=True
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000])
    parser.add_argument("--step", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
    args = parser.parse_args()
    if args.step:
        step(args.step[0], Path(args.step[1]))
        return

    print("Bundles, full profile, fictional demo cases; each step in its own process")
    header = f"{'cases':>8}{'size MB':>10}{'export s':>10}{'export MiB':>12}"
    print(header + f"{'import s':>10}{'import MiB':>12}{'age CLI seal s':>16}")
    for cases in args.sizes:
        folder = Path(tempfile.mkdtemp(prefix="satchel-bench-"))
        try:
            # Every step runs in a fresh process: Linux carries a parent's peak memory into
            # its children, so the parent stays small and fills no vault itself.
            (folder / "cases").write_text(str(cases))
            run_step("prepare", folder)
            exported = run_step("export", folder)
            imported = run_step("import", folder)
            size = (folder / "bundle.age").stat().st_size / 1e6
            age = age_cli_seconds(folder / "bundle.age", folder)
            age_text = f"{age:>16.2f}" if age is not None else f"{'(no age)':>16}"
            print(
                f"{cases:>8}{size:>10.1f}{exported['seconds']:>10.1f}"
                f"{exported['peak_mib']:>12.0f}{imported['seconds']:>10.1f}"
                f"{imported['peak_mib']:>12.0f}{age_text}"
            )
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    # For make bench (bench/summary.py): the figures of the last size. (Imported under its
    # own name here: main() must not gain a local called ``spread``.)
    import summary as bench_summary

    bench_summary.add_row(
        args.summary, f"import {cases:,} cases (full profile)", "cases/s",
        bench_summary.spread([cases / imported["seconds"]]), target_id="import",
        target="≥ 50% of the executemany ceiling", met=None,
        note=f"One measurement, its own process, unlock included; a {size:.0f} MB bundle of "
        "demo cases (one bundle holds about 6,500). The executemany ceiling is not measured "
        "by bench/bench_bundle.py yet.",
    )  # fmt: skip
    for kind, step_result in (("export", exported), ("import", imported)):
        bench_summary.add_row(
            args.summary, f"peak RSS, bundle {kind}, {cases:,} demo cases, no attachments",
            "MiB", bench_summary.spread([step_result["peak_mib"]]), target="≤ 100 MB",
            note="One measurement (ru_maxrss of its own process, page cache capped at 16 MiB). "
            "Not the target's workload: bundles with 1 GiB of attachments are not measured by "
            "bench/bench_bundle.py yet.",
        )  # fmt: skip


if __name__ == "__main__":
    main()
