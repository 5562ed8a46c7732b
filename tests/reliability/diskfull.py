"""Every command on a nearly full disk: the one sentence, and a vault that stays whole.

A small tmpfs is mounted (this needs root; elsewhere :func:`why_not` says why it is
skipped), the vault (or the restore target) is put on it, and a filler file leaves only a
little room. Each command must then either succeed, or fail with exactly the disk-full
sentence. After the filler is removed the vault must open and verify, hold the change
wholly or not at all, and have no leftovers; a failed ``init`` or ``restore`` leaves no
vault at all.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from app.diskfull import DISK_FULL
from app.vault import Vault
from app.vault.keystore import Keystore
from app.vault.wipe import panic_wipe
from tests.reliability.kills import Operation, Trial, operations
from tests.reliability.world import (
    PASSPHRASE,
    Tally,
    Template,
    environment,
    is_traceback,
    leftovers,
    open_state,
    run,
)

FREE_BYTES = (0, 12 << 10, 64 << 10, 256 << 10, 1 << 20)
MOUNT_BYTES = 24 << 20


def why_not(probe: Path) -> str | None:
    """None when a tmpfs can be mounted here; else the reason the disk-full runs skip."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "filling a small file system needs root (to mount a tmpfs); not root here"
    probe.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(probe)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        return f"mounting a tmpfs failed: {done.stderr.strip()[:200]}"
    subprocess.run(["umount", str(probe)], check=False)
    return None


def _simple(check_vault: bool) -> Operation:
    def check(trial: Trial, tally: Tally, keys: Keystore) -> None:
        state = open_state(trial.vault, [PASSPHRASE], keys)
        if state is None:
            if check_vault or trial.code == 0:
                tally.problem("lost", f"{trial.folder.name}: no vault after the command")
        elif not state["ok"]:
            tally.problem("corrupt", f"{trial.folder.name}: {state['why']}")

    return Operation("", lambda t: [], {}, check)


def commands(template: Template) -> list[Operation]:
    ops = operations(template)
    init = _simple(False)
    init.name, init.argv, init.copies_vault = "init", lambda t: ["init"], False
    add = _simple(True)
    add.name, add.argv = "case add", lambda t: ["case", "add", "--name", "Новый Человек"]
    export = _simple(True)
    export.name = "export"
    export.argv = lambda t: ["export", "--to", "Paris", "--all", "-o", str(t.out / "x.age")]
    demo = _simple(True)
    demo.name, demo.argv = "demo", lambda t: ["demo"]
    return [init, add, export, demo, *ops]


def disk_full_runs(template: Template, work: Path, keys: Keystore,
                   free_levels: tuple[int, ...] = FREE_BYTES) -> Tally:  # fmt: skip
    tally = Tally()
    from tests.reliability.kills import Vault_id

    vault_id = Vault_id(template.vault)
    secret = keys.get(vault_id) if keys.available else None

    def restore_secret() -> None:
        if secret is not None and keys.get(vault_id) is None:
            keys.put(vault_id, secret)  # border mode's wipe deleted the copies' shared one

    reason = why_not(work / "probe")
    if reason is not None:
        tally.notes.append(f"skipped: {reason}")
        return tally
    mount = work / "small"
    mount.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={MOUNT_BYTES}", "tmpfs", str(mount)],
                   check=True)  # fmt: skip
    try:
        for operation in commands(template):
            for free in free_levels:
                _one(template, work, mount, operation, free, keys, tally, restore_secret)
    finally:
        subprocess.run(["umount", str(mount)], check=False)
    return tally


def _one(template: Template, work: Path, mount: Path, operation: Operation, free: int,
         keys: Keystore, tally: Tally, restore_secret: Callable[[], None]) -> None:  # fmt: skip
    folder = work / f"{operation.name.replace(' ', '-')}-{free}"
    vault, out = mount / "vault", mount / "out"
    out.mkdir()
    if operation.copies_vault:
        shutil.copytree(template.vault, vault)
    filler = mount / "filler"
    _fill(filler, free)
    env = environment(folder, **operation.env)
    trial = Trial(template, folder, vault, out, True, None, "", "")
    done = run(["--vault", str(vault), *operation.argv(trial)], env)
    tally.operations += 1
    trial.code, trial.stdout, trial.stderr = done.returncode, done.stdout, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    if is_traceback(done.stderr):
        tally.problem("tracebacks", f"{operation.name} at {free} free: {lines[-1:]}")
    elif done.returncode != 0 and lines[-1:] != [DISK_FULL]:
        tally.problem("misreported", f"{operation.name} at {free} free: {lines[-1:]}")
    filler.unlink()
    restore_secret()
    run(["--vault", str(vault), "unlock-limit", "show"], env)  # the next start
    operation.check(trial, tally, keys)
    left = leftovers(vault, out)
    if left:
        tally.problem("leftovers", f"{operation.name} at {free} free: {left}")
    if Vault.exists(vault) and not operation.copies_vault:
        panic_wipe(vault, keys)  # its own keystore entry
    for entry in mount.iterdir():
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    shutil.rmtree(folder, ignore_errors=True)


def _fill(filler: Path, free: int) -> None:
    """Take all the room but ``free`` bytes."""
    stats = os.statvfs(filler.parent)
    room = stats.f_bavail * stats.f_frsize - free
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            os.posix_fallocate(fd, 0, max(room, 1))
        chunk = b"\0" * 4096
        with contextlib.suppress(OSError):
            while os.statvfs(filler.parent).f_bavail * stats.f_frsize > free:
                os.write(fd, chunk)
    finally:
        os.close(fd)
