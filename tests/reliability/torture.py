"""``make torture``: the reliability suite with large counts, and its table.

    python -m tests.reliability.torture --kills 300 --flips 20000 --fuzz 100000

(run inside tests/keyring-session.sh, as ``make torture`` does). Prints one line per
scenario and a total: operations tried, kills, corrupt, partial, lost, leftovers,
tracebacks, plaintext. Exits non-zero if any count but the first two is not 0.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from tests.reliability.bitflips import flip_runs
from tests.reliability.diskfull import disk_full_runs
from tests.reliability.fuzz import fuzz_runs
from tests.reliability.kills import border_race, kill_runs
from tests.reliability.world import Tally, keystore, make_template

COLUMNS = ("operations", "kills", "corrupt", "partial", "lost", "leftovers", "tracebacks",
           "plaintext", "misreported")  # fmt: skip


def table(rows: list[tuple[str, Tally, float]]) -> str:
    head = f"{'scenario':<22}" + "".join(f"{c:>12}" for c in COLUMNS) + f"{'seconds':>9}"
    lines = [head, "-" * len(head)]
    total = Tally()
    for name, tally, seconds in rows:
        total.add(tally)
        lines.append(f"{name:<22}" + "".join(f"{getattr(tally, c):>12}" for c in COLUMNS)
                     + f"{seconds:>9.0f}")  # fmt: skip
    lines.append("-" * len(head))
    lines.append(f"{'total':<22}" + "".join(f"{getattr(total, c):>12}" for c in COLUMNS))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--races", type=int, default=10)
    parser.add_argument("--flips", type=int, default=20_000)
    parser.add_argument("--fuzz", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args(argv)
    keys = keystore()
    rows: list[tuple[str, Tally, float]] = []
    with tempfile.TemporaryDirectory(prefix="satchel-torture-") as scratch:
        base = Path(scratch)
        template = make_template(base / "world", keys)
        scenarios = [
            ("kill -9", lambda: kill_runs(template, base / "kills", keys, args.kills, args.seed)),
            ("border vs writers", lambda: border_race(template, base / "race", keys,
                                                      args.races, args.seed)),
            ("disk full", lambda: disk_full_runs(template, base / "full", keys)),
            ("bit flips", lambda: flip_runs(template, base / "flips", keys, args.flips,
                                            args.seed)),
            ("fuzzed parsers", lambda: fuzz_runs(args.fuzz, args.seed)),
        ]  # fmt: skip
        for name, scenario in scenarios:
            began = time.monotonic()
            tally = scenario()
            rows.append((name, tally, time.monotonic() - began))
            print(f"{name}: done in {time.monotonic() - began:.0f} s", file=sys.stderr)
            for note in tally.notes[:10]:
                print(f"  {note}", file=sys.stderr)
    print(table(rows))
    return 1 if any(t.failures for _, t, _ in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
