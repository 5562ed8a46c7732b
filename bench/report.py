"""``make bench``: every script in bench/, one table of issue 16's targets in docs/performance.md.

Each script runs in its own process at the sizes below, with ``--summary FILE``: it appends
its key figures there as JSON lines (bench/summary.py). This collects the rows, puts them
beside issue 16's targets (a target no script measures yet gets a row that says so; a
script that fails gets a row with its error), prints the table and writes
docs/performance.md with the machine, the sizes, a note per row and each script's own
output.

    .venv/bin/python bench/report.py [--quick] [--only bench_age.py ...] [--output FILE]

``--quick`` runs tiny sizes (a check of the plumbing, seconds, not figures to quote).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "docs" / "performance.md"
TIMEOUT_S = 20 * 60  # one script; the whole run takes about 20 minutes on 2 cores

# Issue 16's table, in its order: id (a row's ``target_id``), what, target, the script that
# measures it (None: no script yet).
TARGETS: tuple[tuple[str, str, str, str | None], ...] = (
    ("seal", "seal 1 GiB", "≥ 2× age", "bench_age.py"),
    ("open", "open 1 GiB", "≥ 2× age", "bench_age.py"),
    ("import", "import 10k cases", "≥ 50% of the executemany ceiling", "bench_bundle.py"),
    ("search", "search in the case list, 100k cases, ≥ 300 queries",
     "p95 ≤ 20 ms, p99 ≤ 30 ms", "bench_search.py"),
    ("cold", "first queries on a fresh connection", "≤ 1.5× SQLite", "bench_pages.py"),
    ("blobs", "blob writes", "≤ 1.5× slower than SQLite", "bench_pages.py"),
    ("bundle-rss", "peak RSS, bundle with 1 GiB of attachments",
     "≤ 100 MB, flat up to 4 GiB", "bench_bundle.py"),
    ("panic", "panic, 1 GiB vault", "≤ 0.4 s at any size", "bench_wipe.py"),
    ("cli-list", "`satchel case list`, 100k cases", "≤ 0.3 s by default", "bench_cli_list.py"),
)  # fmt: skip


@dataclass(frozen=True)
class Run:
    """One script and its arguments: ``full`` for make bench, ``quick`` for a check."""

    script: str
    full: tuple[str, ...]
    quick: tuple[str, ...]
    keyring: bool = False  # needs a real Secret Service (tests/keyring-session.sh)


RUNS = (
    Run("bench_age.py", ("--size-mib", "1024", "--runs", "9", "--memory-mib", "64", "512"),
        ("--size-mib", "16", "--runs", "2", "--memory-mib", "8")),
    # 10,000 cases go in bundles of 5,000 (one manifest holds about 6,500 case entries).
    Run("bench_bundle.py", ("--cases", "10000", "--rounds", "3"),
        ("--cases", "200", "--rounds", "1")),
    Run("bench_bundle.py",
        ("--cases", "1000", "--rounds", "2", "--attach-mib", "1024", "--no-ceiling"),
        ("--cases", "30", "--rounds", "1", "--attach-mib", "64", "--no-ceiling")),
    # Flat up to 4 GiB: the same at four times the attachments (one round: about 5 minutes).
    Run("bench_bundle.py",
        ("--cases", "1000", "--rounds", "1", "--attach-mib", "4096", "--no-ceiling"),
        ("--cases", "30", "--rounds", "1", "--attach-mib", "128", "--no-ceiling")),
    Run("bench_search.py", ("--cases", "100000", "--queries", "320"),
        ("--cases", "2000", "--queries", "40")),
    Run("bench_case_list.py", ("--cases", "100000", "--queries", "320"),
        ("--cases", "1000", "--queries", "40")),
    Run("bench_cli_list.py", ("--cases", "100000", "--rounds", "5"),
        ("--cases", "300", "--rounds", "2", "--reference-rounds", "1"), keyring=True),
    Run("bench_pages.py", ("--cases", "5000", "--blob-mib", "64", "--rounds", "5"),
        ("--cases", "300", "--blob-mib", "8", "--rounds", "2")),
    Run("bench_store.py", ("--cases", "100000"), ("--cases", "500")),
    Run("bench_wipe.py", ("--grow-gib", "1", "4", "--rounds", "5"),
        ("--cases", "50", "--attachments", "5", "--rounds", "2"), keyring=True),
    Run("bench_duplicates.py", ("--people", "10000", "--probes", "1000", "--cases", "100000"),
        ("--people", "200", "--probes", "50", "--cases", "2000")),
    Run("bench_sync.py", ("--cases", "10000", "--rounds", "3"),
        ("--cases", "300", "--rounds", "2")),
)  # fmt: skip


@dataclass
class Result:
    """What one script gave: its rows, or the error that stopped it."""

    script: str
    command: str
    seconds: float
    rows: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    output: str = ""


def run_script(run: Run, quick: bool, scratch: Path) -> Result:
    summary = Path(tempfile.mkstemp(suffix=".jsonl", prefix=run.script, dir=scratch)[1])
    args = [str(REPO / "bench" / run.script), *(run.quick if quick else run.full)]
    command = [sys.executable, *args, "--summary", str(summary)]
    if run.keyring and not os.environ.get("SATCHEL_IN_KEYRING_SESSION"):
        command = ["sh", str(REPO / "tests" / "keyring-session.sh"), *command]
    shown = " ".join(["bench/" + run.script, *args[1:]])
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as timeout:
        output = timeout.stdout if isinstance(timeout.stdout, str) else ""
        return Result(
            run.script,
            shown,
            time.perf_counter() - started,
            error=f"timed out after {TIMEOUT_S} s",
            output=output,
        )
    seconds = time.perf_counter() - started
    rows = (
        [json.loads(line) for line in summary.read_text().splitlines()] if summary.exists() else []
    )
    error = None
    if done.returncode:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        last = lines[-1].replace(f"{REPO}/", "") if lines else "no message"
        error = f"exit status {done.returncode}: {last}"
    elif not rows:
        error = "no summary rows written"
    output = done.stdout + (f"\n--- stderr (last lines) ---\n{_tail(done.stderr)}" if error else "")
    return Result(run.script, shown, seconds, rows, error, output.replace(f"{REPO}/", ""))


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = [
            line.split(":", 1)[1].strip()
            for line in cpuinfo.read_text().splitlines()
            if line.startswith("model name")
        ]
        cpu = models[0] if models else cpu

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    # "-dirty" only for changes to what runs: the table this run replaces does not count.
    changed = git("status", "--porcelain", "--untracked-files=no", "--", ".",
                  f":(exclude){OUTPUT.relative_to(REPO).as_posix()}")  # fmt: skip
    commit = git("describe", "--always") + ("-dirty" if changed else "")
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count() or 1),
        "memory": f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB",
        "kernel": f"{platform.system()} {platform.release()}",
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "commit": commit or "unknown",
        "load": load(),
    }


# -- the Markdown ---------------------------------------------------------------------------


def number(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def figures(values: dict[str, float] | None, unit: str, name: str | None = None) -> str:
    if not values:
        return ""
    low, middle, high = values["min"], values["median"], values["max"]
    text = number(middle) if low == high else f"{number(low)} / {number(middle)} / {number(high)}"
    text += f" {unit}"
    if "p95" in values:
        text += f"; p95 {number(values['p95'])}, p99 {number(values['p99'])}"
    return f"{name}: {text}" if name else text


def verdict(met: bool | None) -> str:
    return {True: "met", False: "**not met**", None: "not judged"}[met]


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class Table:
    """Markdown rows with numbered notes, shared by the document's tables."""

    def __init__(self, notes: list[str]) -> None:
        self.notes = notes
        self.lines = [
            "| # | what | Satchel (min / median / max) | reference, same run | ceiling "
            "| target | result |",
            "|---|---|---|---|---|---|---|",
        ]

    def add(
        self,
        what: str,
        ours: str,
        reference: str,
        ceiling: str,
        target: str,
        result: str,
        note: str,
    ) -> None:
        self.notes.append(note)
        cells = (str(len(self.notes)), what, ours, reference, ceiling, target, result)
        self.lines.append("| " + " | ".join(cell(c) for c in cells) + " |")

    def add_row(self, row: dict[str, Any], script: str) -> None:
        unit = row.get("unit", "")
        self.add(
            row["what"],
            figures(row.get("ours"), unit),
            figures(row.get("reference"), unit, row.get("reference_name")),
            figures(row.get("ceiling"), unit, row.get("ceiling_name")),
            row.get("target") or "",
            verdict(row.get("met")) if row.get("target") else "",
            f"{row.get('note', '')} (bench/{script})",
        )


def targets_table(results: list[Result], notes: list[str], shown: set[str]) -> Table:
    """Issue 16's targets in its order; ``shown`` gets the scripts whose failure is in it."""
    table = Table(notes)
    by_script: dict[str, Result] = {}
    for result in results:  # a script run twice counts as failed if either run failed
        if result.error or result.script not in by_script:
            by_script[result.script] = result
    for target_id, what, target, script in TARGETS:
        rows = [
            (row, r.script) for r in results for row in r.rows if row.get("target_id") == target_id
        ]
        for row, source in rows:
            table.add_row(row, source)
        if rows:
            continue
        result = by_script.get(script) if script else None
        if script is None:
            note = "Not measured by any script in bench/ yet."
            status = "not measured"
        elif result is None:
            note, status = f"bench/{script} was not run this time.", "not run"
        elif result.error:
            note, status = f"bench/{script} failed: {result.error}", "**failed**"
            shown.add(result.command)
        else:
            note, status = f"Not measured by bench/{script} yet.", "not measured"
        table.add(what, "", "", "", target, status, note)
    return table


def others_table(results: list[Result], notes: list[str], shown: set[str]) -> Table:
    """Rows for no target of issue 16, and every failure the targets' table did not show."""
    table = Table(notes)
    known = {target[0] for target in TARGETS}
    for result in results:
        for row in result.rows:
            if row.get("target_id") not in known:
                table.add_row(row, result.script)
        if result.error and result.command not in shown:
            table.add(
                f"bench/{result.script}",
                "",
                "",
                "",
                "",
                "**failed**",
                f"bench/{result.script} failed: {result.error}",
            )
    return table


def load() -> str:
    """The 1-minute load average: above the number of cores, other work was competing."""
    return f"{os.getloadavg()[0]:.1f}"


def markdown(results: list[Result], host: dict[str, str], quick: bool, minutes: float) -> str:
    notes: list[str] = []
    shown: set[str] = set()
    targets = targets_table(results, notes, shown)
    others = others_table(results, notes, shown)
    sizes = (
        "**reduced sizes** (`--quick`: a check of the plumbing; these figures say nothing "
        "about the targets)"
        if quick
        else "the sizes issue 16 names (bench/report.py `RUNS`)"
    )
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (bench/report.py); do not edit by hand.",
        "",
        f"- Machine: {host['cpu']}, {host['cores']} cores, {host['memory']} of memory, "
        f"{host['kernel']}, Python {host['python']}",
        f"- Date: {host['date']}; commit {host['commit']}; the whole run took {minutes:.0f} min",
        f"- Sizes: {sizes}",
        f"- Noise: the machine is shared with other work (load average {host['load']}), so "
        f"the figures are noisy (above {host['cores']}, other work competed for the cores). "
        "Where a "
        "script runs rounds, ours and the reference alternate round by round and the cells "
        "show min / median / max; a single figure is one measurement. Verdicts compare "
        "medians.",
        "",
        "## Issue 16's targets",
        "",
        *targets.lines,
        "",
        "## Other figures from the same run",
        "",
        *others.lines,
        "",
        "## Notes",
        "",
        *(f"{number_}. {note}" for number_, note in enumerate(notes, 1)),
        "",
        "## Scripts",
        "",
        *(
            f"- `{r.command}`: {r.seconds:.0f} s, "
            + (f"**failed** ({r.error})" if r.error else f"{len(r.rows)} row(s)")
            for r in results
        ),
        "",
        "## Each script's own output",
        "",
    ]
    for result in results:
        lines += [f"### bench/{result.script}", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks the plumbing")
    parser.add_argument("--only", nargs="+", metavar="SCRIPT", help="run only these scripts")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    runs = [run for run in RUNS if not args.only or run.script in args.only]
    host = machine()
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="satchel-bench-report-") as scratch:
        for run in runs:
            print(f"== bench/{run.script}", flush=True)
            result = run_script(run, args.quick, Path(scratch))
            print(result.output.rstrip())
            failed = f"; FAILED: {result.error}" if result.error else ""
            print(f"   ({result.seconds:.0f} s{failed})", flush=True)
            results.append(result)
    host["load"] = f"{host['load']} at the start, {load()} at the end"
    text = markdown(results, host, args.quick, (time.perf_counter() - started) / 60)
    args.output.write_text(text, encoding="utf-8")
    print()
    print(text.split("\n## Notes")[0])
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
