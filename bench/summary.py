"""Rows for the one table ``make bench`` writes (bench/report.py).

A bench script given ``--summary FILE`` appends its key figures to FILE, one JSON object a
line. A row says what was measured, Satchel's figure (min / median / max over the rounds;
one measurement gives the same three), the reference tool's figure from the same run and
the ceiling where the script measures one, the target in words and whether it was met
(``None``: not judged). ``target_id`` ties a row to one of issue 16's targets
(bench/report.py lists them); rows without it are extra figures.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from pathlib import Path

Figures = dict[str, float]


def spread(values: Sequence[float], *, percentiles: bool = False) -> Figures:
    """min / median / max of ``values`` (and p95 / p99, as the scripts compute them)."""
    ordered = sorted(values)
    figures = {"min": ordered[0], "median": statistics.median(ordered), "max": ordered[-1]}
    if percentiles:
        for name, share in (("p95", 0.95), ("p99", 0.99)):
            figures[name] = ordered[min(len(ordered) - 1, int(share * len(ordered)))]
    return figures


def add_row(
    path: Path | None,
    what: str,
    unit: str,
    ours: Figures | None,
    *,
    target_id: str | None = None,
    reference: Figures | None = None,
    reference_name: str | None = None,
    ceiling: Figures | None = None,
    ceiling_name: str | None = None,
    target: str = "",
    met: bool | None = None,
    note: str = "",
) -> None:
    """Append one row to ``path`` (nothing when ``path`` is None: no --summary given)."""
    if path is None:
        return
    row = {
        "what": what,
        "unit": unit,
        "ours": ours,
        "reference": reference,
        "reference_name": reference_name,
        "ceiling": ceiling,
        "ceiling_name": ceiling_name,
        "target": target,
        "met": met,
        "note": note,
        "target_id": target_id,
    }
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
