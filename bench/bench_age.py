"""Benchmark: crypto.age against the stock `age` CLI on the same files.

Prints encrypt / decrypt throughput for both tools on one random file (each tool in its
own process, start-up included, as a user would run them), in interleaved rounds with the
min, median and max of each, next to the ceiling: a bare copy of the same file (``cp``),
and the cipher alone on one core (``openssl speed``, when installed). Then the peak
resident memory (ru_maxrss of each child) for two file sizes, to show that memory does
not grow with file size. The target (DESIGN.md): sealing and opening at twice the age
CLI's throughput.

    .venv/bin/python bench/bench_age.py [--size-mib 1024] [--runs 9] [--memory-mib 64 512]
        [--dir FOLDER]   (default /dev/shm: in RAM, so the disk's noise stays out)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from summary import add_row, spread

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
        copied = str(self.folder / "copied")
        return {
            ("cp", "copy"): ["cp", source, copied],
            ("age CLI", "encrypt"): [self.age, "-r", self.recipient, "-o", str(sealed_cli), source],
            ("age CLI", "decrypt"): [self.age, "-d", "-i", key, "-o", opened, str(sealed_cli)],
            ("crypto.age", "encrypt"): [*ours, "encrypt", source, str(sealed_ours), key],
            ("crypto.age", "decrypt"): [*ours, "decrypt", str(sealed_cli), opened, key],
        }


def throughput(tools: Tools, mib: int, runs: int) -> dict[tuple[str, str], list[float]]:
    plain = tools.folder / "plain"
    write_random_file(plain, mib)
    print(f"\nThroughput on a {mib} MiB random file, {runs} interleaved rounds, start-up included")
    print("(MiB/s of wall time: min / median / max over the rounds)")
    rates: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}  # user + system seconds of the child
    for _ in range(runs):
        for key, command in tools.commands(plain).items():
            elapsed, seconds, _ = run_measured(command)
            rates.setdefault(key, []).append(mib / elapsed)
            cpu.setdefault(key, []).append(seconds)
    print(f"{'':12} {'what':8} {'min':>7} {'median':>7} {'max':>7}  vs age CLI  CPU s  target")
    for (tool, mode), values in rates.items():
        median = statistics.median(values)
        reference = rates.get(("age CLI", mode))
        ratio = f"{median / statistics.median(reference):9.2f}x" if reference else " " * 10
        target = "  >= 2x" if tool == "crypto.age" else ""
        print(
            f"{tool:12} {mode:8} {min(values):7.0f} {median:7.0f} {max(values):7.0f} "
            f"{ratio} {statistics.median(cpu[(tool, mode)]):6.2f}{target}"
        )
    print("(CPU s: median user + system seconds; the kernel's copies are most of the system time)")
    plain.unlink()
    return rates


def cipher_ceiling() -> float | None:
    """ChaCha20-Poly1305 alone on one core at 16 KiB blocks, as OpenSSL measures it."""
    openssl = shutil.which("openssl")
    if openssl is None:
        print("(openssl not installed: no cipher ceiling printed)")
        return None
    result = subprocess.run(
        [openssl, "speed", "-seconds", "2", "-bytes", "16384", "-evp", "chacha20-poly1305"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    match = re.search(r"chacha20-poly1305\s+([\d.]+)k", result.stdout, re.IGNORECASE)
    if match is None:
        print("(openssl speed gave no figure for chacha20-poly1305)")
        return None
    per_core = float(match.group(1)) * 1000 / (1024 * 1024)
    cores = os.cpu_count() or 1
    print(f"cipher ceiling (openssl speed, 16 KiB): {per_core:.0f} MiB/s per core, {cores} cores")
    return per_core


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
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--memory-mib", type=int, nargs="+", default=[64, 512])
    parser.add_argument("--summary", type=Path, help="append the key figures here (JSON lines)")
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
        rates = throughput(tools, options.size_mib, options.runs)
        per_core = cipher_ceiling()
        memory(tools, options.memory_mib)
    cipher = f" openssl speed chacha20-poly1305: {per_core:.0f} MiB/s per core." if per_core else ""
    for mode, what in (("encrypt", "seal"), ("decrypt", "open")):
        ours, age = rates[("crypto.age", mode)], rates[("age CLI", mode)]
        ratio = statistics.median(ours) / statistics.median(age)
        add_row(
            options.summary, f"{what} {options.size_mib} MiB (crypto.age {mode})", "MiB/s",
            spread(ours), target_id=what, reference=spread(age), reference_name="age CLI",
            ceiling=spread(rates[("cp", "copy")]), ceiling_name="bare copy (cp)",
            target="≥ 2× age", met=ratio >= 2,
            note=f"{ratio:.2f}× age (medians). A {options.size_mib} MiB random file in "
            f"{options.dir or 'the temp folder'}; each tool in its own process, start-up "
            f"included; {options.runs} interleaved rounds"
            + ("; both open the file the age CLI sealed." if mode == "decrypt" else ".")
            + cipher,
        )  # fmt: skip


if __name__ == "__main__":
    main()
