"""``satchel selftest``: prove that this installed copy of Satchel works, end to end.

Lawyers install Satchel as an application built by PyInstaller, and a packaged app can break
in ways the source tree never does (a missing SQLCipher library, a keystore backend left out
of the bundle). The self-test runs inside the installed app and exercises the real parts:
it creates a throw-away vault at a deliberately low key-derivation cost, adds a fictional
case with an attachment made in memory, seals that attachment to a second throw-away
identity and opens it again, then deletes everything it made.

It never touches the user's own vault or OS keystore: the vault lives in a fresh private
folder (mode 0700, in the user's RAM-backed runtime folder when the system has one) and is
created with ``no_keystore``. Each step prints one line (``ok`` or ``FAIL`` with a reason);
the exit status is 0 only when every step passed. Steps for features that do not exist yet
are simply not in the list: the self-test never prints a pass for something it did not run.
The desktop app adds its own steps (rendering the main window) through ``extra_steps``,
because the core never imports Qt.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import platformdirs

from app.vault.keystore import no_keystore
from app.vault.paths import APP_NAME, safe_mkdir
from crypto.kdf import KdfParams

# Argon2id at a deliberately tiny cost, set here for the throw-away vault only: the vault
# that a user creates is always calibrated (Vault.create without ``kdf``), never this.
SELFTEST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
ATTACHMENT_BYTES = 300 * 1024  # several 64 KiB age chunks, so chunking is exercised
_REASON_CHARS = 200

# The keystore backend each platform must carry; its absence means a broken package.
_PLATFORM_KEYSTORES = {
    "linux": "keyring.backends.SecretService",
    "darwin": "keyring.backends.macOS",
    "win32": "keyring.backends.Windows",
}


class SelfTestFailure(Exception):
    """A self-test check did not hold; the message is the one-line reason printed."""


@dataclass
class SelfTestRun:
    """What the steps share: the scratch folder and what earlier steps made.

    Secrets live here only for the run and are never printed (``repr=False``).
    """

    scratch: Path
    passphrase: str = field(default="", repr=False)
    recovery_code: str = field(default="", repr=False)
    marker: str = field(default="", repr=False)
    attachment: bytes = field(default=b"", repr=False)
    case_id: str = ""
    attachment_id: str = ""

    @property
    def vault_folder(self) -> Path:
        return self.scratch / "vault"


@dataclass(frozen=True)
class Step:
    """One self-test step: a name in the users' words and a check that raises on failure."""

    name: str
    check: Callable[[SelfTestRun], None]


def run_selftest(
    out: TextIO,
    *,
    extra_steps: Sequence[Step] = (),
    scratch_parent: Path | None = None,
) -> int:
    """Run every step, print one line per step to ``out``; return 0 only if all passed.

    ``extra_steps`` run after the core steps and before the panic wipe, while the throw-away
    vault still holds its case (the desktop app passes its window check here).
    ``scratch_parent`` is where the private throw-away folder is made (tests pass their own).
    After the first failure the remaining steps are reported as skipped, not run; the clean-up
    step always runs and is always reported.
    """
    steps = [*core_steps(), *extra_steps, *closing_steps()]
    failed = False
    with _scratch_folder(scratch_parent) as run:
        for step in steps:
            if failed:
                _report(out, "skip", step.name, "an earlier step failed")
                continue
            failed = not _run_step(out, step, run)
    cleaned = _run_step(out, Step("cleanup: throw-away vault deleted", _check_removed), run)
    return 0 if not failed and cleaned else 1


def core_steps() -> list[Step]:
    """The steps for what the core can do today, in the order they depend on each other."""
    return [
        Step("keystore: this system's keystore support is installed", check_keystore_support),
        Step("vault: create and unlock", check_vault_create_and_unlock),
        Step("vault: wrong passphrase refused", check_wrong_passphrase),
        Step("case: add a case with an attachment", check_case_with_attachment),
        Step("vault: lock, unlock with the recovery code, read back", check_read_back),
        Step("vault: nothing readable on disk", check_nothing_readable_on_disk),
        Step("bundle: seal to a second vault and open it there", check_seal_and_open),
        Step("dossier: the case as a PDF in three languages, read back by PDFium", check_dossier),
    ]


def closing_steps() -> list[Step]:
    """The steps that destroy the throw-away vault, run last."""
    return [Step("panic wipe: the vault can no longer be opened", check_panic_wipe)]


# -- the steps -------------------------------------------------------------------------------


def check_keystore_support(run: SelfTestRun) -> None:
    """The OS keystore backend for this platform is bundled and loads (nothing is stored)."""
    import importlib
    import importlib.metadata

    wanted = _PLATFORM_KEYSTORES.get(sys.platform)
    if wanted is None:
        return  # another Unix: the Secret Service or KWallet may be present, or nothing
    registered = {ep.value for ep in importlib.metadata.entry_points(group="keyring.backends")}
    if wanted not in registered:
        raise SelfTestFailure(f"the keyring package does not list {wanted}")
    importlib.import_module(wanted)


def check_vault_create_and_unlock(run: SelfTestRun) -> None:
    from app.vault import Vault

    run.passphrase = secrets.token_urlsafe(24)
    keystore = no_keystore("The self-test never uses the system keystore.")
    vault, run.recovery_code = Vault.create(
        run.vault_folder, run.passphrase, keystore=keystore, kdf=SELFTEST_KDF
    )
    vault.lock()
    with _unlocked(run, run.passphrase) as reopened:
        if reopened.is_locked:
            raise SelfTestFailure("the vault did not open with its passphrase")


def check_wrong_passphrase(run: SelfTestRun) -> None:
    from app.errors import WrongPassphraseError
    from app.vault import Vault

    before = _folder_digest(run.vault_folder)
    keystore = no_keystore("The self-test never uses the system keystore.")
    try:
        Vault.unlock(run.vault_folder, run.passphrase + "x", keystore=keystore).lock()
    except WrongPassphraseError:
        pass
    else:
        raise SelfTestFailure("a wrong passphrase opened the vault")
    if _folder_digest(run.vault_folder) != before:
        raise SelfTestFailure("a wrong passphrase changed the vault's files")


def check_case_with_attachment(run: SelfTestRun) -> None:
    run.marker = f"SelfTest-{secrets.token_hex(8)}"
    run.attachment = _make_attachment(run.marker)
    with _unlocked(run, run.passphrase) as vault:
        run.case_id = vault.store.add_case(f"Ivan {run.marker}", {})
        info = vault.store.add_attachment(run.case_id, f"{run.marker}.bin", run.attachment)
        run.attachment_id = info.id
        if vault.store.read_attachment(run.attachment_id) != run.attachment:
            raise SelfTestFailure("the attachment read back differs from what was stored")


def check_read_back(run: SelfTestRun) -> None:
    with _unlocked(run, run.recovery_code) as vault:
        if vault.store.read_attachment(run.attachment_id) != run.attachment:
            raise SelfTestFailure("the attachment differs after locking and unlocking")


def check_dossier(run: SelfTestRun) -> None:
    """The PDF writer and its embedded fonts are bundled, and a dossier is made in memory;
    PDFium (the attachment viewer's engine) is bundled too and draws its first page."""
    import pypdfium2  # type: ignore[import-untyped]

    from app.dossier import LANGUAGES, make_dossier

    with _unlocked(run, run.passphrase) as vault:
        for language in LANGUAGES:
            pdf = make_dossier(vault.store, run.case_id, language=language, organisation="Test")
            if not pdf.startswith(b"%PDF-") or b"/FontFile2" not in pdf:
                raise SelfTestFailure(f"the {language} dossier is not a PDF with its font")
    page = pypdfium2.PdfDocument(pdf)[0]
    if run.marker not in page.get_textpage().get_text_range():
        raise SelfTestFailure("PDFium did not read the dossier's text back")
    if min(bytes(page.render(scale=0.5).buffer)) > 128:
        raise SelfTestFailure("PDFium drew the dossier's first page blank")


def check_nothing_readable_on_disk(run: SelfTestRun) -> None:
    """No file of the locked vault holds the case name or the attachment in the clear."""
    needles = [run.marker.encode("utf-8"), run.attachment[1024:1088]]
    for path in sorted(run.vault_folder.rglob("*")):
        if path.is_file():
            content = path.read_bytes()
            if any(needle in content for needle in needles):
                raise SelfTestFailure(f"{path.name} holds case data in the clear")


def check_seal_and_open(run: SelfTestRun) -> None:
    """Seal the case as a signed bundle to a second throw-away vault; open it there; compare.

    The whole bundle layer runs: contact cards, the hybrid post-quantum age recipient, the
    signed manifest, the preview and the import. A third vault, never named as a recipient,
    must not be able to open it.
    """
    from app.errors import SatchelError
    from app.exchange.bundle import export_bundle, import_bundle
    from app.exchange.contacts import add_contact
    from app.exchange.identity import VaultIdentity
    from app.vault import Vault

    keystore = no_keystore("The self-test never uses the system keystore.")
    bundle = run.scratch / "selftest.age"
    partner, _ = Vault.create(run.scratch / "partner", "partner " + run.passphrase,
                              keystore=keystore, kdf=SELFTEST_KDF)  # fmt: skip
    stranger, _ = Vault.create(run.scratch / "stranger", "stranger " + run.passphrase,
                               keystore=keystore, kdf=SELFTEST_KDF)  # fmt: skip
    try:
        with _unlocked(run, run.passphrase) as vault:
            own = VaultIdentity.load_or_create(vault.store).card.with_name("Self-test")
            theirs = VaultIdentity.load_or_create(partner.store).card.with_name("Partner")
            add_contact(vault.store, theirs.to_text(), verified=True)
            add_contact(partner.store, own.to_text(), verified=True)
            add_contact(stranger.store, own.to_text(), verified=True)
            export_bundle(vault.store, bundle, to=["Partner"], cases=[run.case_id], profile="full")
        if run.marker.encode("utf-8") in bundle.read_bytes():
            raise SelfTestFailure("the sealed bundle holds case data in the clear")
        import_bundle(partner.store, bundle)
        if partner.store.read_attachment(run.attachment_id) != run.attachment:
            raise SelfTestFailure("the attachment differs after the bundle was opened")
        try:
            import_bundle(stranger.store, bundle)
        except SatchelError:
            return
        raise SelfTestFailure("a vault the bundle was not sealed to opened it")
    finally:
        partner.lock()
        stranger.lock()


def check_panic_wipe(run: SelfTestRun) -> None:
    """Wipe the vault; then neither the passphrase nor the recovery code opens anything."""
    from app.errors import SatchelError
    from app.vault import Vault
    from app.vault.files import KEYSLOTS_NAME
    from app.vault.wipe import panic_wipe

    keystore = no_keystore("The self-test never uses the system keystore.")
    if not (run.vault_folder / KEYSLOTS_NAME).is_file():
        raise SelfTestFailure("the vault had no key file to destroy")
    report = panic_wipe(run.vault_folder, keystore)
    if not report.ok:
        raise SelfTestFailure("; ".join(report.problems) or "the key file was not destroyed")
    if run.vault_folder.exists() and any(run.vault_folder.iterdir()):
        raise SelfTestFailure("files of the vault are still there after the wipe")
    for secret in (run.passphrase, run.recovery_code):
        try:
            Vault.unlock(run.vault_folder, secret, keystore=keystore).lock()
        except SatchelError:
            continue
        raise SelfTestFailure("the vault still opened after the wipe")


def _check_removed(run: SelfTestRun) -> None:
    if run.scratch.exists():
        raise SelfTestFailure(f"{run.scratch} could not be deleted")


# -- helpers ---------------------------------------------------------------------------------


def _run_step(out: TextIO, step: Step, run: SelfTestRun) -> bool:
    try:
        step.check(run)
    except Exception as exc:  # any failure of any step is reported, never raised
        _report(out, "FAIL", step.name, _reason(exc))
        return False
    _report(out, "ok", step.name)
    return True


def _report(out: TextIO, verdict: str, name: str, reason: str = "") -> None:
    line = f"{verdict:<6}{name}" + (f" ({reason})" if reason else "")
    print(line, file=out, flush=True)


def _reason(exc: BaseException) -> str:
    """One line saying why: the sentence of a Satchel error, else the error's kind and text."""
    from app.errors import SatchelError

    if isinstance(exc, SatchelError | SelfTestFailure):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    text = " ".join(text.split())
    return text if len(text) <= _REASON_CHARS else text[: _REASON_CHARS - 3] + "..."


@contextmanager
def _scratch_folder(parent: Path | None) -> Iterator[SelfTestRun]:
    """A new private folder for the run, deleted afterwards whatever happened."""
    base = parent if parent is not None else _default_scratch_parent()
    scratch = safe_mkdir(base, f"selftest-{secrets.token_hex(8)}")
    run = SelfTestRun(scratch=scratch)
    try:
        yield run
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _default_scratch_parent() -> Path:
    """The user's runtime folder (RAM-backed on Linux) if the system has one, else the cache."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if sys.platform == "linux" and runtime and Path(runtime).is_dir():
        return Path(runtime) / APP_NAME
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


@contextmanager
def _unlocked(run: SelfTestRun, secret: str) -> Iterator[Any]:
    from app.vault import Vault

    keystore = no_keystore("The self-test never uses the system keystore.")
    vault = Vault.unlock(run.vault_folder, secret, keystore=keystore)
    try:
        yield vault
    finally:
        vault.lock()


def _make_attachment(marker: str) -> bytes:
    """Fictional file content made in memory: a text header, then pseudo-random bytes."""
    header = f"Satchel self-test attachment {marker}\n".encode()
    body = bytearray()
    counter = 0
    while len(header) + len(body) < ATTACHMENT_BYTES:
        body += hashlib.sha256(f"{marker}:{counter}".encode()).digest()
        counter += 1
    return (header + bytes(body))[:ATTACHMENT_BYTES]


def _folder_digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
