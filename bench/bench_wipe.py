"""Benchmark: `satchel panic --yes` against `shred -u` of the same vault files.

Builds a vault of demo cases plus random attachments, copies its folder, then times
``satchel panic --yes`` on one copy (a separate process, start-up included, as a user would
run it) and ``shred -u`` on the other (the tool one would reach for instead: it overwrites
every byte three times, then deletes). Panic is crypto-erase: it overwrites the 312-byte
key-slot file and forgets the device secret, so its time does not grow with the vault.

    sh tests/keyring-session.sh .venv/bin/python bench/bench_wipe.py \
        [--cases 300 --attachments 60 --attachment-kib 64] [--cases 100000 --attachments 2000 ...]

Run it inside tests/keyring-session.sh so panic also deletes a real keystore secret.

``satchel panic`` runs twice per round: compiled from source at start (as this development
environment, which sets PYTHONDONTWRITEBYTECODE, runs every command) and with Python's
bytecode cache warm (as the packaged app and a pip install run).

``--rounds N`` times each tool N times on the base vault, the tools in turn round by round,
and prints min / median / max (``--grow-rounds`` the same for the grown vaults; one by
default, as each round writes the grown file again for every tool).

``--grow-gib 1 4`` also times vaults whose database was grown to 1 and 4 GiB with real
(written, not sparse) blocks. Panic reports the vault unrecoverable as soon as the key
material is gone, then deletes the large files: the table shows both moments ("done" is
when ``satchel panic`` prints that the vault is wiped, or when ``on_unrecoverable`` is
called in-process; "total" is when the files are gone).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from summary import add_row, spread  # noqa: E402

from app.store.demo import generate_demo  # noqa: E402
from app.vault import Vault  # noqa: E402
from app.vault.keystore import system_keystore  # noqa: E402
from app.vault.paths import app_traces  # noqa: E402
from app.vault.wipe import panic_wipe  # noqa: E402
from crypto.kdf import KdfParams  # noqa: E402

SATCHEL = str(Path(sys.executable).with_name("satchel"))
PASSPHRASE = "bench passphrase for a throw-away vault"
# Key-derivation cost does not affect the wipe; a low one keeps the set-up quick.
BENCH_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def build_vault(folder: Path, cases: int, attachments: int, attachment_kib: int) -> int:
    """A vault with demo cases and random attachments; returns its size in bytes."""
    vault, _ = Vault.create(folder, PASSPHRASE, keystore=system_keystore(), kdf=BENCH_KDF)
    try:
        generate_demo(vault.store, cases, seed=1)
        rng = random.Random(2)  # filler bytes, not secrets
        case_ids = [row.id for row in vault.store.list_cases(limit=max(1, attachments))]
        for number in range(attachments):
            data = rng.randbytes(attachment_kib * 1024)
            vault.store.add_attachment(case_ids[number % len(case_ids)], "scan.bin", data)
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        vault.lock()
    return folder_size(folder)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def panic_environment(installed: bool) -> dict[str, str]:
    """As installed: Python's bytecode cache warm (the packaged app, a pip install), in a
    private folder. From source: every module compiled at start (PYTHONDONTWRITEBYTECODE,
    as this development environment runs)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["SATCHEL_PASSPHRASE"] = ""
    if installed:
        env["PYTHONPYCACHEPREFIX"] = os.environ["BENCH_BYTECODE"]
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def time_panic(folder: Path, *, installed: bool = False) -> tuple[float, float]:
    """(seconds until the CLI says the vault is wiped, seconds until it exits)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [SATCHEL, "--vault", str(folder), "panic", "--yes"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=panic_environment(installed),
    )
    assert process.stderr is not None
    process.stderr.readline()  # "The vault was wiped: ..."
    done = time.perf_counter() - started
    process.stderr.read()
    if process.wait() != 0:
        raise SystemExit("satchel panic failed")
    elapsed = time.perf_counter() - started
    if folder.exists():
        raise SystemExit("panic left the vault folder behind")
    return done, elapsed


def time_core(folder: Path) -> tuple[float, float]:
    """The core call alone, as the desktop app's Panic button runs it (no start-up):
    (seconds until ``on_unrecoverable``, seconds until it returns)."""
    keystore = system_keystore()
    reported: list[float] = []
    started = time.perf_counter()
    report = panic_wipe(
        folder,
        keystore,
        app_traces(),
        on_unrecoverable=lambda _report: reported.append(time.perf_counter() - started),
    )
    elapsed = time.perf_counter() - started
    if not report.ok or folder.exists():
        raise SystemExit("panic_wipe did not finish cleanly")
    return reported[0], elapsed


def grow(folder: Path, gib: int) -> None:
    """Append ``gib`` GiB of written blocks to vault.db (noise, as the real pages are)."""
    block = random.Random(3).randbytes(64 << 20)
    with open(folder / "vault.db", "ab") as handle:
        for _ in range(gib * 16):
            handle.write(block)
        os.fsync(handle.fileno())


def time_shred(folder: Path) -> tuple[float, float]:
    shred = shutil.which("shred") or sys.exit("shred (coreutils) is not installed")
    files = [str(p) for p in folder.iterdir() if p.is_file()]
    started = time.perf_counter()
    subprocess.run([shred, "-u", *files], check=True)
    folder.rmdir()
    elapsed = time.perf_counter() - started
    return elapsed, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--attachments", type=int, default=60)
    parser.add_argument("--attachment-kib", type=int, default=64)
    parser.add_argument("--grow-gib", type=int, nargs="*", default=[], help="also these sizes")
    parser.add_argument("--rounds", type=int, default=5, help="rounds on the base vault")
    parser.add_argument("--grow-rounds", type=int, default=1, help="rounds on a grown vault")
    parser.add_argument("--workdir", type=Path, default=None, help="where to build the vaults")
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
    args = parser.parse_args()
    tools = {"satchel panic --yes (from source)": time_panic,
             "satchel panic --yes (bytecode cached)": lambda f: time_panic(f, installed=True),
             "panic_wipe() in-process": time_core,
             "shred -u (3 passes)": time_shred}  # fmt: skip
    rows: list[tuple[str, str, list[float], list[float]]] = []  # size, tool, dones, totals
    with tempfile.TemporaryDirectory(dir=args.workdir) as scratch:
        base = Path(scratch)
        os.environ.setdefault("XDG_CONFIG_HOME", str(base / "config"))  # keep real settings
        os.environ.setdefault("XDG_CACHE_HOME", str(base / "cache"))
        os.environ["BENCH_BYTECODE"] = str(base / "bytecode")
        started = time.perf_counter()
        size = build_vault(base / "template", args.cases, args.attachments, args.attachment_kib)
        built = time.perf_counter() - started
        shutil.copytree(base / "template", base / "warm-up")
        time_panic(base / "warm-up", installed=True)  # fills the bytecode cache
        for gib in [0, *args.grow_gib]:
            times: dict[str, tuple[list[float], list[float]]] = {n: ([], []) for n in tools}
            size_text = ""
            for _round in range(args.grow_rounds if gib else args.rounds):
                for number, (name, timer) in enumerate(tools.items()):
                    folder = base / f"trial{number}"
                    shutil.copytree(base / "template", folder)
                    grow(folder, gib)
                    os.sync()
                    size_text = f"{folder_size(folder) / 2**20:,.0f} MiB"
                    done, total = timer(folder)
                    times[name][0].append(done)
                    times[name][1].append(total)
            rows += [(size_text, name, dones, totals) for name, (dones, totals) in times.items()]
    print(f"vault: {args.cases} cases, {args.attachments} attachments, "
          f"{size / 2**20:.1f} MiB (built in {built:.1f} s); keystore: "
          f"{system_keystore().backend_name}; rounds: {args.rounds} on the base vault, "
          f"{args.grow_rounds} on a grown one")  # fmt: skip
    print(f"{'vault':>10}  {'tool':<38}{'done s (min / median / max)':>30}{'total s median':>16}")
    for vault_size, name, dones, totals in rows:
        figures = spread(dones)
        cell = f"{figures['min']:.3f} / {figures['median']:.3f} / {figures['max']:.3f}"
        print(f"{vault_size:>10}  {name:<38}{cell:>30}{statistics.median(totals):>16.3f}")
    keystore = system_keystore().backend_name
    for start in range(0, len(rows), len(tools)):  # one size: the tools in turn
        size_text, shred = rows[start][0], rows[start + len(tools) - 1][3]
        for vault_size, name, dones, totals in rows[start : start + len(tools) - 1]:
            measured = (f"{len(dones)} interleaved rounds (median)" if len(dones) > 1
                        else "One measurement")  # fmt: skip
            add_row(
                args.summary, f"panic, {vault_size} vault: {name}", "s", spread(dones),
                target_id="panic", reference=spread(shred), reference_name="shred -u",
                target="≤ 0.4 s at any size", met=statistics.median(dones) <= 0.4,
                note=f"{measured}: until the vault is reported unrecoverable (key slots "
                f"and keystore secret gone; keystore: {keystore}); the files were all gone "
                f"after {statistics.median(totals):.2f} s. shred -u overwrites the {size_text} "
                "three times.",
            )  # fmt: skip


if __name__ == "__main__":
    main()
