"""The world the reliability tests break: a vault with canary cases, a partner's bundle, a
border bundle, and real ``satchel`` processes started, killed and checked.

Every scenario counts what it saw in a :class:`Tally`: operations tried, kills, corrupt
(the vault does not open or fails ``verify``), partial (an operation half applied), lost
(acknowledged work missing, or a vault gone without its bundle and code), leftovers
(temporary files, spare key files, half-restored vaults, ``.partial`` bundles after the
next start), tracebacks (an internal error instead of a sentence) and plaintext (a canary
found in a file outside the inputs).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.exchange.bundle import export_bundle
from app.exchange.contacts import add_contact
from app.exchange.identity import VaultIdentity
from app.vault import Vault
from app.vault.keystore import Keystore, no_keystore, system_keystore
from app.vault.wipe import panic_wipe
from crypto.kdf import KdfParams
from tests.helpers import ROOT, encodings

TEST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "violet harbour lantern 42"
NEW_PASSPHRASE = "amber river compass 77"
RESTORE_PASSPHRASE = "quiet orchard signal 19"
CANARIES = ("Канарейкин Пётр", "Kanareikin-Canary-5521", "unit 70331-canary")
NOTE_CANARY = "note-canary-4471"
ALLOWED_VAULT_FILES = {"keyslots", "vault.db", "vault.db-wal", "vault.db-shm", "vault.lock",
                       "unlock-limit"}  # fmt: skip
DRIVER = ROOT / "tests" / "reliability" / "driver.py"


def keystore() -> Keystore:
    if os.environ.get("SATCHEL_IN_KEYRING_SESSION"):
        found = system_keystore()
        if found.available:
            return found
    return no_keystore("The reliability tests run without a keystore here.")


@dataclass
class Tally:
    """What the runs saw; every count but ``operations`` and ``kills`` must stay 0."""

    operations: int = 0
    kills: int = 0
    corrupt: int = 0
    partial: int = 0
    lost: int = 0
    leftovers: int = 0
    tracebacks: int = 0
    plaintext: int = 0
    misreported: int = 0  # a disk-full failure said with another sentence
    notes: list[str] = field(default_factory=list)

    def problem(self, kind: str, text: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        if len(self.notes) < 40:
            self.notes.append(f"{kind}: {text}")

    def add(self, other: Tally) -> None:
        for name in ("operations", "kills", "corrupt", "partial", "lost", "leftovers",
                     "tracebacks", "plaintext", "misreported"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.notes += other.notes[: max(0, 40 - len(self.notes))]

    @property
    def failures(self) -> int:
        return (self.corrupt + self.partial + self.lost + self.leftovers + self.tracebacks
                + self.plaintext + self.misreported)  # fmt: skip


@dataclass
class Template:
    """A prepared vault (3 canary cases, one attachment), a partner bundle for it, and a
    border bundle of it with its code."""

    base: Path
    vault: Path
    inputs: Path
    case_id: str
    partner_bundle: Path
    border_bundle: Path
    border_code: str
    attachment: Path


def make_template(base: Path, store_keys: Keystore) -> Template:
    """Build everything once, in this process, with the tests' tiny key-derivation cost."""
    base.mkdir(parents=True, exist_ok=True)
    inputs = base / "inputs"
    inputs.mkdir()
    folder = base / "template"
    vault, _ = Vault.create(folder, PASSPHRASE, keystore=store_keys, kdf=TEST_KDF)
    partner, _ = Vault.create(base / "partner", "partner " + PASSPHRASE, keystore=store_keys,
                              kdf=TEST_KDF)  # fmt: skip
    try:
        case_ids = [vault.store.add_case(name, {"unit": CANARIES[2]}) for name in CANARIES[:2]]
        case_ids.append(vault.store.add_case("Третий Человек"))
        vault.store.add_attachment(case_ids[0], "scan.txt", b"first " + CANARIES[1].encode())
        own = VaultIdentity.load_or_create(vault.store).card.with_name("Astana")
        theirs = VaultIdentity.load_or_create(partner.store).card.with_name("Paris")
        add_contact(vault.store, theirs.to_text(), verified=True)
        add_contact(partner.store, own.to_text(), verified=True)
        for name in ("Партнёрский Случай", "Partner Case Two"):
            partner.store.add_case(name)
        bundle = inputs / "from-paris.age"
        export_bundle(partner.store, bundle, to=["Astana"], profile="full")
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        partner.lock()
    vault.lock()
    panic_wipe(base / "partner", store_keys)
    border_copy = base / "border-source"
    shutil.copytree(folder, border_copy)
    from app.exchange.border import seal_for_border

    with Vault.unlock(border_copy, PASSPHRASE, keystore=store_keys) as opened:
        result = seal_for_border(opened.store, inputs / "border.age")
    shutil.rmtree(border_copy)  # same vault id as the template: its keystore entry stays
    attachment = inputs / "evidence.bin"
    attachment.write_bytes(os.urandom(3 << 20) + CANARIES[0].encode("utf-8"))
    return Template(base, folder, inputs, case_ids[0], bundle, inputs / "border.age",
                    result.code, attachment)  # fmt: skip


def environment(base: Path, **extra: str) -> dict[str, str]:
    """This process's environment with private home, config, data, cache and temp folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SATCHEL_")}
    env["SATCHEL_IN_KEYRING_SESSION"] = os.environ.get("SATCHEL_IN_KEYRING_SESSION", "")
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "TMPDIR"):
        folder = base / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env.update(SATCHEL_RELIABILITY_DRIVER="1", PYTHONDONTWRITEBYTECODE="1",
               SATCHEL_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))  # fmt: skip
    env.update(extra)
    return env


def start(argv: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), *argv], env=env, cwd=ROOT, text=True,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def run(
    argv: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(DRIVER), *argv], env=env, cwd=ROOT, text=True, timeout=timeout,
        stdin=subprocess.DEVNULL, capture_output=True, check=False,
    )  # fmt: skip


def is_traceback(stderr: str) -> bool:
    return "Traceback" in stderr or "internal error" in stderr


def leftovers(vault: Path, *others: Path) -> list[str]:
    """Names that should not be there after the next start and an unlock."""
    found: list[str] = []
    if vault.is_dir():
        found += [p.name for p in vault.iterdir() if p.name not in ALLOWED_VAULT_FILES]
    if vault.parent.is_dir():
        found += [p.name for p in vault.parent.iterdir() if ".restore-" in p.name]
    for folder in others:
        if folder.is_dir():
            found += [p.name for p in folder.iterdir() if ".partial" in p.name
                      or ".tmp-" in p.name]  # fmt: skip
    return found


def plaintext_in(base: Path, inputs: Path) -> list[str]:
    """Canaries found in any file under ``base`` except the inputs the test made itself."""
    wanted = [form for text in (*CANARIES, NOTE_CANARY) for form in encodings(text)]
    hits: list[str] = []
    for path in base.rglob("*"):
        if not path.is_file() or inputs in path.parents:
            continue
        with contextlib.suppress(OSError):
            data = path.read_bytes()
            if any(form in data for form in wanted):
                hits.append(str(path.relative_to(base)))
    return hits


def open_state(folder: Path, secrets: list[str], store_keys: Keystore) -> dict[str, Any] | None:
    """Unlock with the first secret that works and read what the checks compare.

    None when no vault is there. Raises AssertionError-free: a vault that does not open
    with any of the secrets, or fails verify, is returned with ``ok`` False.
    """
    if not Vault.exists(folder):
        return None
    from app.errors import WrongPassphraseError

    for secret in secrets:
        try:
            vault = Vault.unlock(folder, secret, keystore=store_keys)
        except WrongPassphraseError:
            continue
        except Exception as exc:
            return {"ok": False, "why": f"{type(exc).__name__}: {exc}"}
        try:
            report = vault.verify()
            conn = vault.connection
            state = {
                "ok": report.ok,
                "why": "; ".join(report.problems),
                "secret": secret,
                "cases": vault.store.count_cases(),
                "attachments": conn.execute("SELECT count(*) FROM attachments").fetchone()[0],
                "sizes": sorted(r[0] for r in conn.execute("SELECT size FROM attachments")),
                "notes": [r[0] for r in conn.execute("SELECT text FROM notes")],
                "units": sorted(
                    str(r[0]) for r in conn.execute("SELECT coalesce(unit, '') FROM services")
                ),
            }
        except Exception as exc:
            state = {"ok": False, "why": f"{type(exc).__name__}: {exc}"}
        finally:
            vault.lock()
        return state
    return {"ok": False, "why": "no secret opens it"}
