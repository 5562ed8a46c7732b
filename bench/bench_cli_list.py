"""`satchel case list` at 100,000 cases: the whole process, as a person runs it.

The command prints one page by default (the 50 most recently changed cases and a sentence
saying how many more there are; ``--limit N`` / ``--all`` for more). This times the process
from start to exit: Python's start, the imports, unlocking (with a low key-derivation cost:
a real vault's passphrase stretching takes about a second by design and is not what this
measures), the count and the page, printing. Reference, interleaved: ``case list --all``,
every row, which is what the command printed before it had pages.

Each figure is given twice. "As installed": Python's bytecode cache is warm, as it is in
the packaged app and after pip installs Satchel (a private cache folder, filled by a first
run). "From source": every module compiled at each start, as in a checkout whose
environment sets PYTHONDONTWRITEBYTECODE (this development environment does).

    .venv/bin/python bench/bench_cli_list.py [--cases 100000] [--rounds 5] [--vault-dir DIR]

``--vault-dir`` keeps the filled vault between runs and shares it with
bench/bench_case_list.py (the same fictional vault: fixed passphrase, no keystore).
Figures, not assertions; the target (issue 16): at most 0.3 s by default.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_case_list import PASSPHRASE, fill_or_reuse
from summary import add_row, spread

SATCHEL = str(Path(sys.executable).with_name("satchel"))


def environments(scratch: Path) -> dict[str, dict[str, str]]:
    """The two ways the program starts: with a warm bytecode cache, and from source."""
    base = {**os.environ, "SATCHEL_PASSPHRASE": PASSPHRASE}
    base.pop("SATCHEL_RECOVERY_CODE", None)
    installed = {k: v for k, v in base.items() if k != "PYTHONDONTWRITEBYTECODE"}
    installed["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
    return {"as installed": installed,
            "from source": {**base, "PYTHONDONTWRITEBYTECODE": "1"}}  # fmt: skip


def run(vault: Path, extra: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from start to exit, and the lines printed on stdout."""
    started = time.perf_counter()
    done = subprocess.run(
        [SATCHEL, "--vault", str(vault), "case", "list", *extra],
        capture_output=True, env=env, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"satchel case list failed: {done.stderr.decode()[-300:]}")
    return elapsed, done.stdout.count(b"\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--reference-rounds", type=int, default=2, help="rounds of --all")
    parser.add_argument("--vault-dir", type=Path, help="keep the demo vault here between runs")
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.vault_dir or Path(scratch) / "demo"
        folder.mkdir(exist_ok=True)
        filled = fill_or_reuse(folder, args.cases)
        vault = folder / "vault"
        envs = environments(Path(scratch))
        run(vault, [], envs["as installed"])  # fills the bytecode cache
        times: dict[tuple[str, str], list[float]] = {}
        lines: dict[str, int] = {}
        for number in range(args.rounds):
            for how, env in envs.items():
                for what, extra in (("page", []), ("all", ["--all"])):
                    if what == "all" and (number >= args.reference_rounds or how != "as installed"):
                        continue
                    elapsed, lines[what] = run(vault, extra, env)
                    times.setdefault((how, what), []).append(elapsed)
        if args.vault_dir is None:
            shutil.rmtree(folder, ignore_errors=True)

    print(f"satchel case list, {args.cases:,} fictional cases, whole process (seconds: "
          f"min / median / max); {args.rounds} interleaved rounds")  # fmt: skip
    if filled is not None:
        print(f"  filled the vault in {filled:.0f} s")
    for (how, what), values in times.items():
        figures = spread(values)
        label = f"{'default page' if what == 'page' else '--all'} ({lines[what]:,} lines), {how}"
        print(f"  {label:42} {figures['min']:6.3f} {figures['median']:6.3f} {figures['max']:6.3f}")
    print("  target: <= 0.3 s by default")
    reference = spread(times[("as installed", "all")])
    for how in ("as installed", "from source"):
        figures = spread(times[(how, "page")])
        add_row(
            args.summary, f"`satchel case list`, {args.cases:,} cases, {how}", "s", figures,
            target_id="cli-list" if how == "as installed" else None,
            reference=reference if how == "as installed" else None,
            reference_name="case list --all (every row)" if how == "as installed" else None,
            target="≤ 0.3 s by default", met=figures["median"] <= 0.3,
            note=f"The whole process, start to exit: {lines['page']} lines (the newest 50 "
            "and how many more there are), unlocking with a low key-derivation cost (a real "
            "passphrase takes about a second by design, not measured here); "
            f"{len(times[(how, 'page')])} rounds interleaved with --all "
            f"({lines['all']:,} lines). "
            + ("Bytecode cache warm, as in the packaged app or a pip install."
               if how == "as installed" else
               "Every module compiled at start (PYTHONDONTWRITEBYTECODE, as in this "
               "development environment)."),
        )  # fmt: skip


if __name__ == "__main__":
    main()
