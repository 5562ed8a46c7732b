"""Border mode: the whole vault out into one sealed file before a trip, and back in after it.

Before a border crossing, :func:`seal_for_border` seals every record, attachment, contact,
key and audit entry into a border bundle under a fresh one-time key, then opens the file
again with that key and checks every hash and count. The key, shown once as the *border
code* (text, and a QR code in the desktop app), goes to a trusted colleague; the bundle can
travel with the laptop, useless without the code. The caller then wipes the vault
(:func:`app.vault.wipe.panic_wipe`); the command line and the desktop app do that only after the
check passed. After the crossing, :func:`restore_from_border` rebuilds the vault from the
bundle and the code: same cases, attachments, contacts and keys (so partners' bundles still
open and safety numbers do not change), under a new passphrase and a new recovery code.

The format is described in docs/bundle-format.md ("Border bundles").
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from app import diskfull
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, SatchelError, VaultExistsError
from app.exchange.bundle.border_open import (
    BorderContents,
    normalise_code,
    read_border_bundle,
    restore_rows,
)
from app.exchange.bundle.border_seal import write_border_bundle
from app.exchange.bundle.border_tables import CARRIED
from app.exchange.bundle.container import refuse_existing
from app.exchange.bundle.errors import BundleError
from app.exchange.identity import VaultIdentity
from app.leftovers import (
    PARTIAL_MARK,
    RESTORE_MARK,
    is_stale,
    record_output,
    remove_stale_partials,
    restore_folders,
)
from app.store import Store, inventory
from app.store.search import reindex_case
from app.types import Progress
from app.vault import MIN_PASSPHRASE_CHARS, Vault
from app.vault.creation import remove_killed_create
from app.vault.keystore import Keystore
from app.vault.paths import app_traces, safe_mkdir
from app.vault.wipe import panic_wipe
from crypto import age
from crypto.durable import fsync_folder, temporary_name
from crypto.kdf import KdfParams


class BorderCheckError(SatchelError):
    """The sealed border bundle did not open or did not match the vault: nothing is wiped."""


@dataclass(frozen=True)
class BorderResult:
    """A sealed and checked border bundle, and the code that opens it (shown once).

    The bundle waits under a temporary name (``pending``) until the code has been shown:
    :func:`publish_border_bundle` then renames it to ``path``. So a finished bundle whose
    code nobody saw cannot exist.
    """

    code: str = field(repr=False)
    cases: int
    attachments: int
    size: int
    path: Path
    pending: Path | None = None
    record: Path | None = None


def publish_border_bundle(result: BorderResult) -> None:
    """Rename the checked bundle into place, once its code was shown."""
    pending = result.pending
    if pending is None:
        return
    if result.path.exists():
        discard_border_bundle(result)
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core", "The file {path} appeared meanwhile; nothing was sealed or wiped."
            ),
            path=result.path,
        )
    try:
        os.replace(pending, result.path)
        fsync_folder(result.path.parent)
    except OSError as exc:
        pending.unlink(missing_ok=True)
        raise diskfull.translate(exc) from exc
    finally:
        if result.record is not None:
            result.record.unlink(missing_ok=True)


def discard_border_bundle(result: BorderResult) -> None:
    """Delete a sealed bundle that will not be used (its code was never shown)."""
    if result.pending is not None:
        result.pending.unlink(missing_ok=True)
    if result.record is not None:
        result.record.unlink(missing_ok=True)


def check_bundle_location(output: Path, vault_folder: Path) -> None:
    """Refuse to write the border bundle where the wipe that follows would delete it."""
    target = Path(output).expanduser().absolute().parent.resolve()
    traces = app_traces()
    doomed = [Path(vault_folder), *traces.folders]
    for folder in doomed:
        folder = folder.expanduser().absolute().resolve()
        if target == folder or folder in target.parents:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Save the border bundle outside the vault folder: the wipe that follows "
                    "empties that folder.",
                )
            )


def seal_for_border(
    store: Store,
    output: Path,
    *,
    progress: Progress | None = None,
    hold: bool = False,
    record_in: Path | None = None,
) -> BorderResult:
    """Seal the whole vault into ``output`` under a fresh key and check it; wipes nothing.

    The check opens the file with the new code and walks every entry without writing
    anything; its counts must equal the vault's. If anything fails, the file is deleted and
    the vault is exactly as before (the audit entry of the seal is rolled back too).
    ``progress(done, total)``: sealing is the first two thirds, the check the last third.
    With ``hold`` the checked file stays under a temporary name until the caller has shown
    the code and calls :func:`publish_border_bundle` (or :func:`discard_border_bundle`).
    ``record_in`` (the vault folder) keeps a note of where the file is being written until
    then, so the next start removes what a killed process left (``app.leftovers``).
    """
    output = Path(output)
    refuse_existing(output)
    remove_stale_partials(output.parent)
    pending = temporary_name(output, PARTIAL_MARK)
    record = None if record_in is None else record_output(record_in, output)
    code, recipient = age.generate_hybrid()
    identity = VaultIdentity.load_or_create(store)
    try:
        with store.transaction():
            counts = inventory.table_counts(store.connection, CARRIED)
            store.log("border.seal", None, {"cases": counts["cases"],
                                            "attachments": counts["attachments"]})  # fmt: skip
            sealing, checking = _part(progress, 0, 2, 3), _part(progress, 2, 1, 3)
            write_border_bundle(store.connection, identity, pending, recipient, sealing)
            contents = _check(pending, code, checking)
            _compare(contents, inventory.table_counts(store.connection, CARRIED))
        size = pending.stat().st_size
    except BaseException as exc:
        pending.unlink(missing_ok=True)
        if record is not None:
            record.unlink(missing_ok=True)
        raise diskfull.translate(exc) from exc
    result = BorderResult(code, contents.cases, contents.attachments, size, output, pending,
                          record)  # fmt: skip
    if not hold:
        publish_border_bundle(result)
        result = dataclasses.replace(result, pending=None)
    return result


def restore_from_border(
    folder: Path,
    bundle: Path,
    code: str,
    passphrase: str,
    *,
    keystore: Keystore,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
) -> tuple[Vault, str]:
    """Rebuild the vault in the empty ``folder`` from ``bundle``; returns it and its new
    recovery code (to show once).

    The bundle is checked completely before anything is created; then the vault is created
    (``kdf`` None: calibrated on this computer) and everything is written in one
    transaction. If that fails, the new vault is wiped again: either the whole vault comes
    back or nothing does.
    """
    folder, bundle = Path(folder), Path(bundle)
    _check_empty(folder)
    code = normalise_code(code)
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "The passphrase must be at least {count} characters long."),
            count=MIN_PASSPHRASE_CHARS,
        )
    checked = read_border_bundle(bundle, code, progress=_part(progress, 0, 1, 2))
    built = _restore_folder(folder)
    vault, recovery_code = Vault.create(built, passphrase, keystore=keystore, kdf=kdf,
                                        tables=False)  # fmt: skip
    try:
        with vault.exclusive("restore"):
            restore_rows(vault.connection, bundle, code, checked, _part(progress, 1, 1, 2))
            _finish(vault.store, checked)
            _check_restored(vault, checked)
            _check_empty(folder)
            vault.relocate(folder)
    except BaseException as exc:
        vault.wipe()
        if diskfull.is_full_at(exc, built.parent):
            raise diskfull.disk_full_error() from exc
        raise
    return vault, recovery_code


def _restore_folder(folder: Path) -> Path:
    """Where the vault is built: beside ``folder``, under a name no other process uses.

    A killed restore leaves only this folder, which the next start wipes
    (``app.leftovers``); ``folder`` itself is untouched until the final rename.
    """
    folder = folder.expanduser().absolute()
    safe_mkdir(folder.parent)
    for leftover in restore_folders(folder):
        if is_stale(leftover):
            panic_wipe(leftover, lambda: Keystore(False, "none"))
    return temporary_name(folder.parent / f".{folder.name}", RESTORE_MARK)


def _check_restored(vault: Vault, checked: BorderContents) -> None:
    """Every table's rows and every attachment arrived, and every page reads back."""
    counts = inventory.table_counts(vault.store.connection, CARRIED)
    expected = {table: checked.rows.get(table, 0) for table in counts}
    expected["audit"] = expected.get("audit", 0) + 1  # the restore's own entry
    attachments = inventory.complete_attachments(vault.store.connection)
    problems = vault.integrity_problems()
    if counts != expected or attachments != checked.attachments or problems:
        raise BorderCheckError(
            QT_TRANSLATE_NOOP(
                "Core", "The restored vault did not check out, so it was removed; try again."
            )
        )


def _check_empty(folder: Path) -> None:
    remove_killed_create(folder)  # a first run cut short left a database no key opens
    if Vault.exists(folder):
        raise VaultExistsError(
            QT_TRANSLATE_NOOP(
                "Core", "There is already a Satchel vault in {folder}; nothing was changed."
            ),
            folder=folder,
        )
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExistsError(
            QT_TRANSLATE_NOOP(
                "Core",
                "The folder {folder} is not empty; choose an empty or new folder to restore into.",
            ),
            folder=folder,
        )


def _finish(store: Store, checked: BorderContents) -> None:
    """Rebuild the search index and note the restore at the end of the carried audit chain."""
    with store.transaction():
        for case_id in inventory.case_ids(store.connection):
            reindex_case(store.connection, case_id)
        store.log("border.restore", checked.bundle_id,
                  {"cases": checked.cases, "attachments": checked.attachments})  # fmt: skip


def _check(output: Path, code: str, progress: Progress | None) -> BorderContents:
    """Open the new file with the new code and walk all of it, writing nothing."""
    try:
        return read_border_bundle(output, code, progress=progress)
    except BundleError:
        raise BorderCheckError(
            QT_TRANSLATE_NOOP(
                "Core",
                "The border bundle did not open correctly, so it was deleted; nothing was wiped.",
            )
        ) from None


def _compare(contents: BorderContents, counts: dict[str, int]) -> None:
    """Every table's row count and the attachments must match the vault's."""
    found = {table: contents.rows.get(table, 0) for table in counts}
    if found != counts or contents.attachments != counts.get("attachments", 0):
        raise BorderCheckError(
            QT_TRANSLATE_NOOP(
                "Core",
                "The border bundle did not match the vault, so it was deleted; nothing was wiped.",
            )
        )


def _part(progress: Progress | None, start: int, length: int, whole: int) -> Progress | None:
    """Report one stage as a share of the whole, in thousandths: ``progress(done, 1000)``."""
    if progress is None:
        return None
    report = progress

    def scaled(done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        report(int(1000 * (start + length * fraction) / whole), 1000)

    return scaled


__all__ = [
    "BorderCheckError",
    "BorderResult",
    "check_bundle_location",
    "discard_border_bundle",
    "publish_border_bundle",
    "restore_from_border",
    "seal_for_border",
]
