"""Benchmark: crypto.age against the stock `age` CLI on the same files.

Prints encrypt / decrypt throughput for both tools on one random file on disk (best of
N runs, each tool in its own process, start-up included, as a user would run them), then
the peak resident memory (ru_maxrss of each child) for two file sizes, to show that
memory does not grow with file size.

    .venv/bin/python bench/bench_age.py [--size-mib 256] [--runs 3] [--memory-mib 64 512]
        [--dir FOLDER]   (default /dev/shm: in RAM, so the disk's noise stays out)
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

REPO = Path(__file__).resolve().parents[1]
OURS = """
import sys
import crypto.age as age
mode, source, target, key_file = sys.argv[1:5]
lines = open(key_file).read().splitlines()
identity = next(x for x in lines if x.startswith("AGE-SECRET-KEY-1"))
with open(source, "rb") as src, open(target, "wb") as dst:
    if mode == "encrypt":
        age.encrypt(src, dst, [age.recipient_from_identity(identity)])
    else:
        age.decrypt(src, dst, [identity])
"""


def run_measured(args: list[str]) -> tuple[float, float, int]:
    """Run a command; return its wall time and CPU time in seconds and its peak RSS in KiB."""
    start = time.perf_counter()
    child = subprocess.Popen(args, cwd=REPO, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"command failed: {args[0]} {args[1]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def write_random_file(path: Path, mib: int) -> None:
    with path.open("wb") as out:
        for _ in range(mib):
            out.write(os.urandom(1024 * 1024))


class Tools:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.age = shutil.which("age") or sys.exit("the age CLI is not installed")
        keygen = shutil.which("age-keygen") or sys.exit("age-keygen is not installed")
        self.key_file = folder / "key.txt"
        subprocess.run([keygen, "-o", str(self.key_file)], check=True, capture_output=True)
        lines = self.key_file.read_text().splitlines()
        self.recipient = next(x.split(": ")[1] for x in lines if x.startswith("# public key"))

    def commands(self, plain: Path) -> dict[tuple[str, str], list[str]]:
        """The four commands; both decrypt runs open the file the age CLI sealed."""
        sealed_cli, sealed_ours = self.folder / "cli.age", self.folder / "ours.age"
        opened, key, source = str(self.folder / "opened"), str(self.key_file), str(plain)
        ours = [sys.executable, "-c", OURS]
        return {
            ("age CLI", "encrypt"): [self.age, "-r", self.recipient, "-o", str(sealed_cli), source],
            ("age CLI", "decrypt"): [self.age, "-d", "-i", key, "-o", opened, str(sealed_cli)],
            ("crypto.age", "encrypt"): [*ours, "encrypt", source, str(sealed_ours), key],
            ("crypto.age", "decrypt"): [*ours, "decrypt", str(sealed_cli), opened, key],
        }


def throughput(tools: Tools, mib: int, runs: int) -> None:
    plain = tools.folder / "plain"
    write_random_file(plain, mib)
    print(f"\nThroughput on a {mib} MiB random file, best of {runs}, start-up included")
    print("(MiB/s of wall time, and of CPU time, which the disk's write-back noise does not blur)")
    print(f"{'':12} {'encrypt':>10} {'decrypt':>10} {'enc (CPU)':>10} {'dec (CPU)':>10}")
    wall: dict[tuple[str, str], float] = {}
    cpu: dict[tuple[str, str], float] = {}
    for _ in range(runs):
        for key, command in tools.commands(plain).items():
            elapsed, used, _ = run_measured(command)
            wall[key] = min(wall.get(key, float("inf")), elapsed)
            cpu[key] = min(cpu.get(key, float("inf")), used)
    for tool in ("age CLI", "crypto.age"):
        rates = [
            mib / table[(tool, mode)] for table in (wall, cpu) for mode in ("encrypt", "decrypt")
        ]
        print(f"{tool:12} " + " ".join(f"{rate:10.0f}" for rate in rates))
    plain.unlink()


def memory(tools: Tools, sizes: list[int]) -> None:
    print("\nPeak resident memory (ru_maxrss of the child, MiB)")
    print(f"{'file size':>10} {'tool':12} {'encrypt':>10} {'decrypt':>10}")
    for mib in sizes:
        plain = tools.folder / "plain"
        write_random_file(plain, mib)
        commands = tools.commands(plain)
        for tool in ("age CLI", "crypto.age"):
            *_, enc = run_measured(commands[(tool, "encrypt")])
            *_, dec = run_measured(commands[(tool, "decrypt")])
            print(f"{mib:>7} MiB {tool:12} {enc / 1024:10.1f} {dec / 1024:10.1f}")
        plain.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mib", type=int, default=256)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--memory-mib", type=int, nargs="+", default=[64, 512])
    parser.add_argument(
        "--dir",
        type=Path,
        default=Path("/dev/shm") if Path("/dev/shm").is_dir() else None,
        help="where the test files go (default: /dev/shm, in RAM, so that the figures "
        "compare the two tools rather than the disk's write-back)",
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=options.dir) as tmp:
        tools = Tools(Path(tmp))
        throughput(tools, options.size_mib, options.runs)
        memory(tools, options.memory_mib)


if __name__ == "__main__":
    main()
