"""Unlocking a vault: which key files to read, which slot the secret opens, and which of
them opens the database (:meth:`app.vault.Vault.unlock` runs the steps).

Only real guesses count against a failed-unlock limit: a key file that is damaged or
unreadable, or a device secret this computer cannot give, is said in its own sentence
before anything is counted. A key change cut short leaves a spare key file beside the key
file (:meth:`app.vault.Vault._change_keys`); the slots that open the database win here and
are written over the key file.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, SatchelError, VaultDamagedError, WrongPassphraseError
from app.types import Connection
from app.vault import unlock_limit
from app.vault.database import open_database
from app.vault.files import DATABASE_NAME, KEYSLOTS_NAME, spare_key_files
from app.vault.keystore import Keystore, KeystoreError, keystore_locked_error
from app.vault.lock import VaultLock
from app.vault.wipe import panic_wipe
from crypto.durable import fsync_folder
from crypto.kdf import KdfParams
from crypto.keyslots import (
    KeySlotDamagedError,
    KeySlotError,
    KeySlotFile,
    KeySlotFormatError,
    KeySlotOldFormatError,
    UnlockedSlots,
    WrongSecretError,
)
from crypto.recovery import RecoveryCodeError, RecoveryCodeTypoError, normalise_recovery_code

_WRONG = QT_TRANSLATE_NOOP("Core", "The passphrase or recovery code is wrong; nothing was changed.")
_TYPO = QT_TRANSLATE_NOOP(
    "Core",
    "This recovery code has a typo; check each group against your copy. Nothing was changed.",
)
_DAMAGED_KEYS = QT_TRANSLATE_NOOP(
    "Core",
    "The vault's key file is damaged: it was changed on disk, so no passphrase was tried "
    "and nothing was counted. Restore the vault folder from a backup, or from a border bundle.",
)
_UNKNOWN_KEYS = QT_TRANSLATE_NOOP(
    "Core", "The vault's key file is not one this Satchel can read; nothing was changed."
)
_OLD_KEYS = QT_TRANSLATE_NOOP(
    "Core",
    "This vault was made by an earlier Satchel whose key file this version cannot open; "
    "nothing was changed. Open it with that version, seal it for the border, then restore "
    "the border bundle with this one.",
)
_UNREADABLE_KEYS = QT_TRANSLATE_NOOP(
    "Core", "The vault's key file cannot be read; nothing was tried or counted."
)
_NO_DEVICE_SECRET = QT_TRANSLATE_NOOP(
    "Core",
    "This computer's keystore has no key for this vault, so the passphrase cannot be "
    "checked here (nothing was counted). Open the vault with its recovery code.",
)


class DeviceSecretMissingError(SatchelError):
    """The passphrase slot needs this computer's device secret, and the keystore has none."""


@dataclass(frozen=True)
class Opened:
    """What a secret opened: the slots that hold it and, unless it is the duress passphrase,
    the database."""

    slots: KeySlotFile
    unlocked: UnlockedSlots = field(repr=False)
    device_secret: bytes | None = field(repr=False)
    connection: Connection | None = None


def open_with_secret(
    folder: Path, secret: str, keystore: Keystore, vault_lock: VaultLock
) -> tuple[Opened, unlock_limit.UnlockLimit | None]:
    """Try ``secret`` on the vault in ``folder`` (held shared by ``vault_lock``).

    A wrong guess is counted before the key work; the last one the limit allows wipes the
    vault and raises the ordinary wrong-passphrase sentence. Returns what opened and the
    unlock limit in force.
    """
    files = read_key_files(folder)
    primary = files[0][1]
    try:
        device_secret = keystore.read_secret(primary.vault_id_hex)
    except KeystoreError:
        if primary.needs_device_secret and not _looks_like_code(secret):
            raise
        device_secret = None
    if device_secret is None and primary.needs_device_secret and not _looks_like_code(secret):
        if keystore.unreachable:
            raise keystore_locked_error()
        raise DeviceSecretMissingError(_NO_DEVICE_SECRET)
    limit = unlock_limit.count_attempt(folder)
    try:
        opened = _open_slots(folder, files, secret, device_secret)
    except WrongPassphraseError:
        if limit is not None and limit.exhausted:
            vault_lock.release()
            panic_wipe(folder, keystore)
        raise
    unlock_limit.forgive_attempts(folder, limit)
    return opened, limit


def read_key_files(folder: Path) -> list[tuple[Path, KeySlotFile]]:
    """The key file and any spares, parsed; damage is said here and never counted.

    The key file comes first when it is whole. A damaged key file with a whole spare is
    what a kill in the middle of a key change leaves: the spare is used.
    """
    key_file = folder / KEYSLOTS_NAME
    found: list[tuple[Path, KeySlotFile]] = []
    problem: VaultDamagedError | None = None
    try:
        found.append((key_file, KeySlotFile.read(key_file)))
    except KeySlotDamagedError:
        problem = VaultDamagedError(_DAMAGED_KEYS)
    except KeySlotOldFormatError:
        problem = VaultDamagedError(_OLD_KEYS)
    except KeySlotFormatError:
        problem = VaultDamagedError(_UNKNOWN_KEYS)
    except OSError:
        raise VaultDamagedError(_UNREADABLE_KEYS) from None
    for spare in spare_key_files(folder):
        with contextlib.suppress(OSError, KeySlotError):
            found.append((spare, KeySlotFile.read(spare)))
    if problem is not None and not found:
        raise problem
    return found


def _looks_like_code(secret: str) -> bool:
    try:
        normalise_recovery_code(secret)
    except RecoveryCodeError:
        return False
    return True


def _open_slots(
    folder: Path,
    files: list[tuple[Path, KeySlotFile]],
    secret: str,
    device_secret: bytes | None,
) -> Opened:
    """Open a slot with the secret (read as recovery code or passphrase), then the database.

    With spares present, every file whose slots open is tried against the database; the
    one that opens it is the truth, and the key file is made equal to it.
    """
    candidates, typo = _secret_candidates(secret)
    masters: dict[tuple[bytes, KdfParams], bytes] = {}
    opened: list[tuple[Path, KeySlotFile, UnlockedSlots]] = []
    for candidate in candidates:
        for path, slots in files:
            cache = (slots.salt, slots.params)
            if cache not in masters:
                masters[cache] = slots.master(candidate)
            try:
                opened.append(
                    (path, slots, slots.unlock_with_master(masters[cache], device_secret))
                )
            except WrongSecretError:
                continue
        if opened:
            break
    if not opened and typo:
        raise WrongPassphraseError(_TYPO)
    if not opened:
        raise WrongPassphraseError(_WRONG)
    if opened[0][2].kind == "duress":
        return Opened(opened[0][1], opened[0][2], device_secret)
    return _open_database_of(folder, files, opened, device_secret)


def _open_database_of(
    folder: Path,
    files: list[tuple[Path, KeySlotFile]],
    opened: list[tuple[Path, KeySlotFile, UnlockedSlots]],
    device_secret: bytes | None,
) -> Opened:
    database = folder / DATABASE_NAME
    failure: BaseException | None = None
    for path, slots, unlocked in opened:
        try:
            connection = open_database(database, unlocked.db_key, create=False)
        except VaultDamagedError as exc:
            failure = exc
            continue
        if len(files) > 1 or path.name != KEYSLOTS_NAME:
            try:
                _settle_key_files(folder, slots)
            except BaseException:  # a full or read-only folder: the unlock fails, closed
                connection.close()
                raise
        return Opened(slots, unlocked, device_secret, connection)
    if len(files) > 1 or opened[0][0].name != KEYSLOTS_NAME:
        # A key change was cut short after the database got its new key: the secret
        # given opened only the old slots, so it is no longer the vault's.
        raise WrongPassphraseError(_WRONG)
    assert failure is not None
    raise failure


def _settle_key_files(folder: Path, truth: KeySlotFile) -> None:
    """Finish a key change cut short: the key file gets the slots that open the database."""
    key_file = folder / KEYSLOTS_NAME
    truth.overwrite(key_file)
    for spare in spare_key_files(folder):
        spare.unlink(missing_ok=True)
    fsync_folder(folder)


def _secret_candidates(secret: str) -> tuple[list[str], bool]:
    """What to try: the recovery code's canonical form (if it is one), then the text as typed.

    The second value says the text looked like a recovery code with a copying typo.
    """
    try:
        code = normalise_recovery_code(secret)
    except RecoveryCodeTypoError:
        return [secret], True
    except RecoveryCodeError:
        return [secret], False
    return ([code] if code == secret else [code, secret]), False
