"""Real ``satchel`` processes killed (SIGKILL) at random moments, then checked.

For each operation (import, attach, note, edit, passphrase, duress, border mode, restore,
and the upgrade of a database in the old page format, which any command's unlock runs)
a fresh copy of the template vault is changed by a real process that is killed after a
random delay within its usual running time. Then the next start runs (a command that
cleans leftovers), the vault is unlocked and verified in this process, and the checks ask:
is the operation wholly there or wholly absent (never half), is acknowledged work there, is
nothing left behind, and is no canary written anywhere in the clear.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.exchange.border import restore_from_border
from app.leftovers import clean_vault_leftovers
from app.vault import Vault
from app.vault.database import LEGACY_FORMAT, export_database
from app.vault.files import DATABASE_NAME
from app.vault.keystore import Keystore
from app.vault.lock import VaultLock
from app.vault.wipe import panic_wipe
from tests.reliability.world import (
    CANARIES,
    NEW_PASSPHRASE,
    NOTE_CANARY,
    PASSPHRASE,
    RESTORE_PASSPHRASE,
    TEST_KDF,
    Tally,
    Template,
    environment,
    is_traceback,
    leftovers,
    open_state,
    plaintext_in,
    run,
    start,
)

CODE_PREFIX = "AGE-SECRET-KEY-PQ-1"


@dataclass
class Trial:
    template: Template
    folder: Path  # the trial's own base folder
    vault: Path
    out: Path
    finished: bool  # the process exited by itself
    code: int | None
    stdout: str
    stderr: str


@dataclass
class Operation:
    name: str
    argv: Callable[[Trial], list[str]]
    env: dict[str, str]
    check: Callable[[Trial, Tally, Keystore], None]
    copies_vault: bool = True
    prepare: Callable[[Path, Keystore], None] | None = None  # runs on the copy first


def _state(trial: Trial, tally: Tally, keys: Keystore, secrets: list[str]) -> dict[str, Any] | None:
    state = open_state(trial.vault, secrets, keys)
    if state is not None and not state["ok"]:
        tally.problem("corrupt", f"{trial.folder.name}: {state['why']}")
        return None
    return state


def _check_count(key: str, before: Any, after: Any) -> Callable[[Trial, Tally, Keystore], None]:
    def check(trial: Trial, tally: Tally, keys: Keystore) -> None:
        state = _state(trial, tally, keys, [PASSPHRASE])
        if state is None:
            return
        value = state[key]
        if value not in (before, after):
            tally.problem("partial", f"{trial.folder.name}: {key} = {value!r}")
        elif trial.finished and trial.code == 0 and value != after:
            tally.problem("lost", f"{trial.folder.name}: acknowledged, yet {key} = {value!r}")

    return check


def _check_edit(trial: Trial, tally: Tally, keys: Keystore) -> None:
    state = _state(trial, tally, keys, [PASSPHRASE])
    if state is None:
        return
    units = state["units"]
    new, old = units.count("в/ч 99999"), units.count(CANARIES[2])
    if (new, old) not in ((0, 2), (1, 1)):
        tally.problem("partial", f"{trial.folder.name}: units {units}")
    elif trial.finished and trial.code == 0 and new != 1:
        tally.problem("lost", f"{trial.folder.name}: the edit was acknowledged")


def _check_passphrase(trial: Trial, tally: Tally, keys: Keystore) -> None:
    state = _state(trial, tally, keys, [PASSPHRASE, NEW_PASSPHRASE])
    if state is None:
        return
    if state["cases"] != 3:
        tally.problem("lost", f"{trial.folder.name}: {state['cases']} cases")
    if trial.finished and trial.code == 0 and state["secret"] != NEW_PASSPHRASE:
        tally.problem("lost", f"{trial.folder.name}: the new passphrase was acknowledged")


def _check_duress(trial: Trial, tally: Tally, keys: Keystore) -> None:
    state = _state(trial, tally, keys, [PASSPHRASE])
    if state is not None and state["cases"] != 3:
        tally.problem("lost", f"{trial.folder.name}: {state['cases']} cases")


def _check_border(trial: Trial, tally: Tally, keys: Keystore) -> None:
    bundle = trial.out / "trip.age"
    printed = [line for line in trial.stdout.split() if line.startswith(CODE_PREFIX)]
    if bundle.exists() and not printed:
        tally.problem("lost", f"{trial.folder.name}: a bundle whose code was never shown")
    if not Vault.exists(trial.vault):
        if not (bundle.exists() and printed):
            tally.problem("lost", f"{trial.folder.name}: the vault is gone without its bundle")
            return
        _restore_and_count(trial, bundle, printed[0], tally, keys)
        return
    state = _state(trial, tally, keys, [PASSPHRASE])
    if state is not None and state["cases"] != 3:
        tally.problem("partial", f"{trial.folder.name}: {state['cases']} cases")


def _restore_and_count(trial: Trial, bundle: Path, code: str, tally: Tally, keys: Keystore) -> None:
    target = trial.folder / "restored"
    vault, _ = restore_from_border(target, bundle, code, RESTORE_PASSPHRASE, keystore=keys,
                                   kdf=TEST_KDF)  # fmt: skip
    try:
        if vault.store.count_cases() != 3 or not vault.verify().ok:
            tally.problem("lost", f"{trial.folder.name}: the border bundle lacks cases")
    finally:
        vault.lock()
        panic_wipe(target, keys)


def _check_restore(trial: Trial, tally: Tally, keys: Keystore) -> None:
    if not Vault.exists(trial.vault):
        if trial.finished and trial.code == 0:
            tally.problem("lost", f"{trial.folder.name}: restore acknowledged, no vault")
            return
        env = environment(trial.folder, SATCHEL_PASSPHRASE=RESTORE_PASSPHRASE,
                          SATCHEL_BORDER_KEY=trial.template.border_code)  # fmt: skip
        again = run(["--vault", str(trial.vault), "restore", str(trial.template.border_bundle)],
                    env)  # fmt: skip
        if again.returncode != 0:
            tally.problem("partial", f"{trial.folder.name}: restore again: {again.stderr[-200:]}")
            return
    state = _state(trial, tally, keys, [RESTORE_PASSPHRASE])
    if state is not None and state["cases"] != 3:
        tally.problem("partial", f"{trial.folder.name}: restored {state['cases']} cases")


def _to_old_format(vault: Path, keys: Keystore) -> None:
    """Put the copy's database in the page format of vaults made before issue 16."""
    held = VaultLock.shared(vault)  # the unlock below must not upgrade it
    try:
        opened = Vault.unlock(vault, PASSPHRASE, keystore=keys)
        try:
            export_database(opened.connection, vault / "old-format.db", LEGACY_FORMAT)
        finally:
            opened.lock()
    finally:
        held.release()
    for name in (DATABASE_NAME + "-wal", DATABASE_NAME + "-shm"):
        (vault / name).unlink(missing_ok=True)
    os.replace(vault / "old-format.db", vault / DATABASE_NAME)


def _check_upgrade(trial: Trial, tally: Tally, keys: Keystore) -> None:
    state = _state(trial, tally, keys, [PASSPHRASE])
    if state is not None and (state["cases"], state["attachments"]) != (3, 1):
        tally.problem("lost", f"{trial.folder.name}: {state['cases']} cases, "
                              f"{state['attachments']} attachments after an upgrade")  # fmt: skip


def operations(template: Template) -> list[Operation]:
    case = template.case_id
    return [
        Operation("import", lambda t: ["import", str(template.partner_bundle)], {},
                  _check_count("cases", 3, 5)),
        Operation("attach", lambda t: ["attach", case, str(template.attachment)], {},
                  _check_count("attachments", 1, 2)),
        Operation("note", lambda t: ["note", "add", case, NOTE_CANARY], {},
                  _check_count("notes", [], [NOTE_CANARY])),
        Operation("edit", lambda t: ["case", "set", case, "unit=в/ч 99999"], {}, _check_edit),
        Operation("passphrase", lambda t: ["passphrase"],
                  {"SATCHEL_NEW_PASSPHRASE": NEW_PASSPHRASE}, _check_passphrase),
        Operation("duress", lambda t: ["duress", "set"],
                  {"SATCHEL_DURESS_PASSPHRASE": "grey morning tram 17"}, _check_duress),
        Operation("border", lambda t: ["border-mode", "--yes", "-o", str(t.out / "trip.age")],
                  {}, _check_border),
        Operation("restore", lambda t: ["restore", str(template.border_bundle)],
                  {"SATCHEL_PASSPHRASE": RESTORE_PASSPHRASE,
                   "SATCHEL_BORDER_KEY": template.border_code}, _check_restore, False),
        Operation("upgrade", lambda t: ["search", "Ivan"], {}, _check_upgrade,
                  prepare=_to_old_format),
    ]  # fmt: skip


class KillRunner:
    """Runs trials of one template; keeps the template's device secret in the keystore."""

    def __init__(self, template: Template, work: Path, keys: Keystore, rng: random.Random):
        self.template = template
        self.work = work
        self.keys = keys
        self.rng = rng
        self.vault_id = Vault_id(template.vault)
        self.secret = keys.get(self.vault_id) if keys.available else None
        self.durations: dict[str, float] = {}
        self.number = 0

    def trial(self, operation: Operation, tally: Tally, *, kill: bool = True) -> None:
        self.number += 1
        folder = self.work / f"{operation.name}-{self.number}"
        vault, out = folder / "vault", folder / "out"
        out.mkdir(parents=True)
        if operation.copies_vault:
            shutil.copytree(self.template.vault, vault)
        if operation.prepare is not None:
            operation.prepare(vault, self.keys)
        env = environment(folder, **operation.env)
        argv = ["--vault", str(vault), *operation.argv(Trial(self.template, folder, vault, out,
                                                               False, None, "", ""))]  # fmt: skip
        tally.operations += 1
        began = time.monotonic()
        process = start(argv, env)
        if kill and operation.name in self.durations:
            try:
                process.wait(self.rng.uniform(0.0, 1.15 * self.durations[operation.name]))
            except Exception:
                process.kill()
        stdout, stderr = process.communicate(timeout=300)
        finished = process.returncode >= 0
        if not finished:
            tally.kills += 1
        else:
            self.durations.setdefault(operation.name, time.monotonic() - began)
        if finished and is_traceback(stderr):
            tally.problem("tracebacks", f"{operation.name}: {stderr.strip()[-300:]}")
        trial = Trial(self.template, folder, vault, out, finished, process.returncode,
                      stdout, stderr)  # fmt: skip
        self._check(operation, trial, env, tally)
        self._clean(folder, vault, operation)

    def _check(self, operation: Operation, trial: Trial, env: dict[str, str], tally: Tally) -> None:
        # The next start: what every satchel command does first (a whole process per trial
        # for it would double the run time; the disk-full runs start a real one).
        clean_vault_leftovers(trial.vault, lambda: self.keys)
        self._restore_secret()
        operation.check(trial, tally, self.keys)
        left = leftovers(trial.vault, trial.out, trial.folder / "tmpdir")
        if left:
            tally.problem("leftovers", f"{trial.folder.name}: {left}")
        found = plaintext_in(trial.folder, self.template.inputs)
        if found:
            tally.problem("plaintext", f"{trial.folder.name}: {found}")

    def _restore_secret(self) -> None:
        """Border mode's wipe deletes the device secret the template's copies share."""
        if self.secret is not None and self.keys.get(self.vault_id) is None:
            self.keys.put(self.vault_id, self.secret)

    def _clean(self, folder: Path, vault: Path, operation: Operation) -> None:
        if not operation.copies_vault and Vault.exists(vault):
            panic_wipe(vault, self.keys)  # a restored vault has its own keystore entry
        shutil.rmtree(folder, ignore_errors=True)
        self._restore_secret()


def Vault_id(folder: Path) -> str:
    from crypto.keyslots import KeySlotFile

    return KeySlotFile.read(folder / "keyslots").vault_id_hex


def kill_runs(template: Template, work: Path, keys: Keystore, kills: int, seed: int) -> Tally:
    """At least ``kills`` killed processes spread over every operation (plus one uncut run
    of each, which also measures how long it takes)."""
    rng = random.Random(seed)
    runner = KillRunner(template, work, keys, rng)
    tally = Tally()
    ops = operations(template)
    for operation in ops:
        runner.trial(operation, tally, kill=False)
    while tally.kills < kills:
        before = tally.kills
        for operation in ops:
            runner.trial(operation, tally)
        if tally.kills == before and tally.operations > 40 * len(ops):
            break  # nothing is slow enough to be killed: do not loop for ever
    return tally


def border_race(template: Template, work: Path, keys: Keystore, rounds: int, seed: int) -> Tally:
    """Border mode while other processes keep adding notes: every note acknowledged (exit
    status 0) must be in the border bundle, or border mode must have refused and the vault
    be whole with it."""
    rng = random.Random(seed)
    runner = KillRunner(template, work, keys, rng)
    tally = Tally()
    for round_number in range(rounds):
        folder = work / f"race-{round_number}"
        vault, out = folder / "vault", folder / "out"
        out.mkdir(parents=True)
        shutil.copytree(template.vault, vault)
        env = environment(folder)
        border = start(["--vault", str(vault), "border-mode", "--yes", "-o",
                        str(out / "trip.age")], env)  # fmt: skip
        acknowledged: list[str] = []
        writers = 0
        while border.poll() is None and writers < 12:
            text = f"{NOTE_CANARY}-{round_number}-{writers}"
            time.sleep(rng.uniform(0.0, 0.3))
            note = run(["--vault", str(vault), "note", "add", template.case_id, text], env)
            writers += 1
            tally.operations += 1
            if note.returncode == 0:
                acknowledged.append(text)
            elif is_traceback(note.stderr):
                tally.problem("tracebacks", note.stderr.strip()[-300:])
        stdout, _ = border.communicate(timeout=300)
        tally.operations += 1
        runner._restore_secret()
        _check_race(template, folder, vault, out, stdout, acknowledged, tally, keys)
        shutil.rmtree(folder, ignore_errors=True)
        runner._restore_secret()
    return tally


def _check_race(template: Template, folder: Path, vault: Path, out: Path, stdout: str,
                acknowledged: list[str], tally: Tally, keys: Keystore) -> None:  # fmt: skip
    codes = [word for word in stdout.split() if word.startswith(CODE_PREFIX)]
    if Vault.exists(vault):
        state = open_state(vault, [PASSPHRASE], keys)
        notes = set(state["notes"]) if state and state.get("ok") else set()
    elif codes and (out / "trip.age").exists():
        target = folder / "restored"
        restored, _ = restore_from_border(target, out / "trip.age", codes[0], RESTORE_PASSPHRASE,
                                          keystore=keys, kdf=TEST_KDF)  # fmt: skip
        notes = {r[0] for r in restored.connection.execute("SELECT text FROM notes")}
        restored.lock()
        panic_wipe(target, keys)
    else:
        tally.problem("lost", f"{folder.name}: the vault is gone without its bundle")
        return
    missing = [text for text in acknowledged if text not in notes]
    if missing:
        tally.problem("lost", f"{folder.name}: acknowledged notes missing: {missing}")
