"""bench/report.py turns the scripts' summary rows into docs/performance.md's table.

Fake rows only: no benchmark runs here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


report = load("report")
summary = load("summary")

HOST = {
    "cpu": "Test CPU",
    "cores": "2",
    "memory": "8 GiB",
    "kernel": "Linux 6.1",
    "date": "2026-12-02 04:00 UTC",
    "python": "3.11.7",
    "commit": "abc1234",
    "load": "2.4 at the start, 2.6 at the end",
}


def rows_written(tmp_path: Path) -> list[dict[str, object]]:
    """Two rows as bench_age.py writes them, read back as report.py reads them."""
    path = tmp_path / "age.jsonl"
    for what, ours, met in (("seal", [900.0, 1000.0, 1100.0], False), ("open", [2000.0], True)):
        summary.add_row(
            path, f"{what} 1024 MiB", "MiB/s", summary.spread(ours), target_id=what,
            reference=summary.spread([800.0, 850.0, 900.0]), reference_name="age CLI",
            ceiling=summary.spread([1270.0]), ceiling_name="bare copy (cp)",
            target="≥ 2× age", met=met, note=f"{what} note.",
        )  # fmt: skip
    summary.add_row(None, "not written", "s", summary.spread([1.0]))  # no --summary: nothing
    return [json.loads(line) for line in path.read_text().splitlines()]


def fake_results(tmp_path: Path) -> list[object]:
    result = report.Result
    sync_row = {
        "what": "bundle of changes", "unit": "s", "ours": summary.spread([0.1, 0.2, 0.3]),
        "reference": summary.spread([2.0]), "reference_name": "full export", "ceiling": None,
        "ceiling_name": None, "target": "", "met": None, "note": "Sync note.", "target_id": None,
    }  # fmt: skip
    search_row = {
        "what": "search, list path", "unit": "ms",
        "ours": summary.spread([float(n) for n in range(1, 101)], percentiles=True),
        "target": "p95 ≤ 20 ms, p99 ≤ 30 ms", "met": False, "note": "Search note.",
        "target_id": "search",
    }  # fmt: skip
    return [
        result("bench_age.py", "bench/bench_age.py", 30.0, rows_written(tmp_path)),
        result("bench_search.py", "bench/bench_search.py", 60.0, [search_row]),
        result("bench_pages.py", "bench/bench_pages.py", 5.0, [], "exit status 1: Boom"),
        result("bench_bundle.py", "bench/bench_bundle.py", 20.0, []),
        result("bench_duplicates.py", "bench/bench_duplicates.py", 2.0, [], "timed out"),
        result("bench_sync.py", "bench/bench_sync.py", 9.0, [sync_row], output="sync output"),
        # A second run of a script whose targets already have rows: its failure still shows.
        result("bench_age.py", "bench/bench_age.py --runs 1", 1.0, [], "exit status 2: usage"),
    ]


def test_targets_table_has_every_target_with_figures_or_the_reason(tmp_path: Path) -> None:
    text = report.markdown(fake_results(tmp_path), HOST, False, 12.0)
    section = text.split("## Issue 16's targets\n\n")[1].split("\n\n")[0].splitlines()
    assert section == [
        "| # | what | Satchel (min / median / max) | reference, same run | ceiling | target "
        "| result |",
        "|---|---|---|---|---|---|---|",
        "| 1 | seal 1024 MiB | 900 / 1,000 / 1,100 MiB/s | age CLI: 800 / 850 / 900 MiB/s "
        "| bare copy (cp): 1,270 MiB/s | ≥ 2× age | **not met** |",
        "| 2 | open 1024 MiB | 2,000 MiB/s | age CLI: 800 / 850 / 900 MiB/s "
        "| bare copy (cp): 1,270 MiB/s | ≥ 2× age | met |",
        "| 3 | import 10k cases |  |  |  | ≥ 50% of the executemany ceiling | not measured |",
        "| 4 | search, list path | 1.00 / 50.5 / 100 ms; p95 96.0, p99 100 |  |  "
        "| p95 ≤ 20 ms, p99 ≤ 30 ms | **not met** |",
        "| 5 | first queries on a fresh connection |  |  |  | ≤ 1.5× SQLite | **failed** |",
        "| 6 | blob writes |  |  |  | ≤ 1.5× slower than SQLite | **failed** |",
        "| 7 | peak RSS, bundle with 1 GiB of attachments |  |  |  "
        "| ≤ 100 MB, flat up to 4 GiB | not measured |",
        "| 8 | panic, 1 GiB vault |  |  |  | ≤ 0.4 s at any size | not run |",
        "| 9 | `satchel case list`, 100k cases |  |  |  | ≤ 0.3 s by default | not run |",
    ]


def test_other_rows_failed_scripts_and_notes(tmp_path: Path) -> None:
    text = report.markdown(fake_results(tmp_path), HOST, True, 0.5)
    others = text.split("## Other figures from the same run\n\n")[1].split("\n\n")[0]
    assert others.splitlines()[2:] == [
        "| 10 | bench/bench_duplicates.py |  |  |  |  | **failed** |",
        "| 11 | bundle of changes | 0.100 / 0.200 / 0.300 s | full export: 2.00 s |  |  |  |",
        "| 12 | bench/bench_age.py |  |  |  |  | **failed** |",
    ]
    notes = text.split("## Notes\n\n")[1].split("\n\n")[0].splitlines()
    assert notes[0] == "1. seal note. (bench/bench_age.py)"
    assert notes[2] == "3. Not measured by bench/bench_bundle.py yet."
    assert notes[4] == "5. bench/bench_pages.py failed: exit status 1: Boom"
    assert notes[7] == "8. bench/bench_wipe.py was not run this time."
    assert notes[8] == "9. bench/bench_cli_list.py was not run this time."
    assert notes[9] == "10. bench/bench_duplicates.py failed: timed out"
    assert notes[11] == "12. bench/bench_age.py failed: exit status 2: usage"
    assert len(notes) == 12
    assert "- Machine: Test CPU, 2 cores, 8 GiB of memory, Linux 6.1, Python 3.11.7" in text
    assert "**reduced sizes**" in text
    assert "(load average 2.4 at the start, 2.6 at the end)" in text
    assert "- `bench/bench_pages.py`: 5 s, **failed** (exit status 1: Boom)" in text
    assert "### bench/bench_sync.py\n\n```\nsync output\n```" in text


def test_every_script_in_bench_is_run() -> None:
    scripts = {path.name for path in BENCH.glob("bench_*.py")}
    assert {run.script for run in report.RUNS} == scripts
    assert {target[3] for target in report.TARGETS} - {None} <= scripts
