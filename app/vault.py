"""The vault: a folder holding the key-slot file and the SQLCipher database.

``keyslots`` wraps a random 256-bit database key for the passphrase (mixed with a device
secret from the OS keystore when there is one) and for the recovery code (never mixed, so
the vault can move to a new computer). ``vault.db`` is SQLCipher 4 opened with that raw key.
A wrong passphrase only reads files; it never changes a byte on disk.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from app import unlock_limit
from app.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    SatchelError,
    StorageFullError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from app.keystore import DEVICE_SECRET_BYTES, Keystore
from app.paths import safe_mkdir
from crypto.kdf import KdfParams, calibrate
from crypto.keyslots import (
    DB_KEY_BYTES,
    KeySlotError,
    KeySlotFile,
    KeySlotFormatError,
    SlotKind,
    UnlockedSlots,
    WrongSecretError,
)
from crypto.recovery import (
    RecoveryCodeError,
    RecoveryCodeTypoError,
    generate_recovery_code,
    normalise_recovery_code,
)

KEYSLOTS_NAME = "keyslots"
DATABASE_NAME = "vault.db"
MIN_PASSPHRASE_CHARS = 8
APPLICATION_ID = 0x53415443  # "SATC" in the SQLite header, to recognise our database
DATABASE_PRAGMAS = ("journal_mode = WAL", "temp_store = MEMORY", "secure_delete = ON",
                    "foreign_keys = ON", "cipher_memory_security = OFF")  # fmt: skip
"""Set on every vault connection after the key.

``cipher_memory_security`` is off on purpose. It makes SQLCipher lock and wipe its own
allocations, which slows everything about fourfold (measured at 20,000 cases: search p95
2.2 ms off, 12.6 ms on; filling 5 s off, 22 s on), yet cannot keep case data out of swap
or a memory image: Python holds the same text in its own, unlocked memory while the vault
is open. Live memory capture is outside the threat model, and swap and hibernation files
are what full-disk encryption (the README's border checklist) covers.
"""
_WRONG = QT_TRANSLATE_NOOP("Core", "The passphrase or recovery code is wrong; nothing was changed.")
_TYPO = QT_TRANSLATE_NOOP(
    "Core",
    "This recovery code has a typo; check each group against your copy. Nothing was changed.",
)
_DAMAGED_KEYS = QT_TRANSLATE_NOOP(
    "Core", "The vault's key file is damaged or from a newer Satchel; nothing was changed."
)
_DAMAGED_DB = QT_TRANSLATE_NOOP(
    "Core", "The vault's database is damaged or does not match its key file."
)
_CREATED_FILES = (
    KEYSLOTS_NAME,
    KEYSLOTS_NAME + ".new",
    DATABASE_NAME,
    DATABASE_NAME + "-wal",
    DATABASE_NAME + "-shm",
    DATABASE_NAME + "-journal",
)
_UNLOCKED_WITH = {"passphrase": "passphrase", "recovery": "recovery_code"}


@dataclass(frozen=True)
class SecurityStatus:
    """What protects this vault right now, for the security status screen."""

    device_secret_in_use: bool
    keystore_backend: str
    keystore_reason: str
    kdf: KdfParams
    cipher_version: str
    unlocked_with: str


@dataclass(frozen=True)
class VerifyReport:
    """Result of checking the database pages and the audit log's hash chain."""

    ok: bool
    cipher_problems: list[str]
    audit: Any = None  # app.store.AuditReport when the store is present

    @property
    def problems(self) -> list[str]:
        """Every problem found, database pages first, then the audit log."""
        return [*self.cipher_problems, *(self.audit.problems if self.audit else [])]


@dataclass(frozen=True)
class _Opened:
    slots: KeySlotFile
    unlocked: UnlockedSlots = field(repr=False)
    device_secret: bytes | None = field(repr=False)


class Vault:
    """An unlocked vault. ``lock()`` closes the database and forgets the key."""

    def __init__(
        self,
        folder: Path,
        slots: KeySlotFile,
        connection: Any,
        db_key: bytes,
        *,
        keystore: Keystore,
        unlocked_with: str,
        device_secret: bytes | None,
        device_secret_in_use: bool,
    ) -> None:
        self.folder = folder
        self.vault_id = slots.vault_id_hex
        self.unlocked_with = unlocked_with
        self._slots = slots
        self._connection: Any = connection
        self._key = bytearray(db_key)
        self._keystore = keystore
        self._device_secret = None if device_secret is None else bytearray(device_secret)
        self._device_secret_in_use = device_secret_in_use
        self._store: Any = None

    def __repr__(self) -> str:
        state = "locked" if self._connection is None else "unlocked"
        return f"Vault(folder={str(self.folder)!r}, vault_id={self.vault_id!r}, {state})"

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.lock()

    # -- finding, creating and opening ---------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        return (Path(folder) / KEYSLOTS_NAME).is_file()

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        keystore: Keystore,
        kdf: KdfParams | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault; return it unlocked with the recovery code to show once."""
        folder = Path(folder)
        check_passphrase(passphrase)
        _check_free(folder)
        params = calibrate() if kdf is None else kdf.check()
        made_folder = not folder.exists()
        try:
            return cls._create_files(folder, passphrase, keystore, params)
        except BaseException as exc:
            _remove_half_vault(folder, made_folder)
            if _is_disk_full(exc):
                raise StorageFullError(
                    QT_TRANSLATE_NOOP("Core", "The disk is full; no vault was created.")
                ) from exc
            raise

    @classmethod
    def _create_files(
        cls,
        folder: Path,
        passphrase: str,
        keystore: Keystore,
        params: KdfParams,
        *,
        recovery_code: bool = True,
    ) -> tuple[Vault, str]:
        safe_mkdir(folder)
        slots = KeySlotFile.create(params)
        db_key = os.urandom(DB_KEY_BYTES)
        device_secret = os.urandom(DEVICE_SECRET_BYTES) if keystore.available else None
        code = generate_recovery_code()
        slots.set_slot(SlotKind.PASSPHRASE, passphrase, db_key, device_secret)
        if recovery_code:
            slots.set_slot(SlotKind.RECOVERY, code, db_key, None)
        connection = open_database(folder / DATABASE_NAME, db_key, create=True)
        try:
            if device_secret is not None:
                keystore.put(slots.vault_id_hex, device_secret)
            slots.write(folder / KEYSLOTS_NAME)
        except BaseException:
            connection.close()
            if device_secret is not None:
                _forget_quietly(keystore, slots.vault_id_hex)
            raise
        vault = cls(
            folder,
            slots,
            connection,
            db_key,
            keystore=keystore,
            unlocked_with="passphrase",
            device_secret=device_secret,
            device_secret_in_use=device_secret is not None,
        )
        return vault, code if recovery_code else ""

    @classmethod
    def unlock(cls, folder: Path, secret: str, *, keystore: Keystore) -> Vault:
        """Open the vault with its passphrase or its recovery code (either works here).

        When a failed-unlock limit is set, this attempt is counted before the key work and
        the vault is wiped on the last allowed wrong one (the error is the ordinary
        wrong-passphrase sentence). The duress passphrase wipes the vault silently and
        returns a fresh one that behaves exactly like a vault just created with it.
        """
        folder = Path(folder)
        if not cls.exists(folder):
            raise VaultNotFoundError(
                QT_TRANSLATE_NOOP("Core", "There is no Satchel vault in {folder}."), folder=folder
            )
        limit = unlock_limit.count_attempt(folder)
        try:
            opened = _open_slots(folder, secret, keystore)
        except WrongPassphraseError:
            if limit is not None and limit.exhausted:
                _wipe(folder, keystore)
            raise
        unlock_limit.forgive_attempts(folder, limit)
        if opened.unlocked.kind == "duress":
            return cls._replace_with_decoy(folder, secret, opened.slots, keystore, limit)
        return cls._open_unlocked(folder, opened, keystore)

    @classmethod
    def _open_unlocked(cls, folder: Path, opened: _Opened, keystore: Keystore) -> Vault:
        connection = open_database(folder / DATABASE_NAME, opened.unlocked.db_key, create=False)
        unlocked_with = _UNLOCKED_WITH[opened.unlocked.kind]
        in_use = (
            opened.unlocked.used_device_secret
            if unlocked_with == "passphrase"
            else opened.device_secret is not None
        )
        return cls(
            folder,
            opened.slots,
            connection,
            opened.unlocked.db_key,
            keystore=keystore,
            unlocked_with=unlocked_with,
            device_secret=opened.device_secret,
            device_secret_in_use=in_use,
        )

    @classmethod
    def _replace_with_decoy(
        cls,
        folder: Path,
        duress_passphrase: str,
        real_slots: KeySlotFile,
        keystore: Keystore,
        limit: unlock_limit.UnlockLimit | None,
    ) -> Vault:
        """Panic-wipe the real vault, then create an ordinary new one for the duress passphrase.

        The new vault keeps the real one's KDF cost (a fresh calibration would take seconds
        and could be noticed), gets a device secret like any new vault and keeps the
        failed-unlock limit, so its folder looks like the real one's. Its recovery slot stays
        random: a new vault's code is shown once, and here nobody may see one.
        """
        _wipe(folder, keystore)
        vault, _ = cls._create_files(
            folder, duress_passphrase, keystore, real_slots.params, recovery_code=False
        )
        if limit is not None:
            unlock_limit.set_limit(folder, limit.limit)
        return vault

    # -- using an unlocked vault ---------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._connection is None

    @property
    def connection(self) -> Any:
        """The SQLCipher connection; raises VaultLockedError once the vault is locked."""
        if self._connection is None:
            raise VaultLockedError(
                QT_TRANSLATE_NOOP("Core", "The vault is locked; unlock it again to continue.")
            )
        return self._connection

    @property
    def store(self) -> Any:
        """The case store on this vault's database (app.store.Store), opened on first use."""
        connection = self.connection
        if self._store is None:
            from app.store import Store

            self._store = Store.open(connection, origin=self.vault_id)
        return self._store

    def lock(self) -> None:
        """Close the database and overwrite the in-memory key; safe to call twice."""
        if self._connection is not None:
            self._connection.close()
        self._connection = None
        self._store = None
        _zero(self._key)
        if self._device_secret is not None:
            _zero(self._device_secret)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the database key for a new passphrase; the recovery code stays valid.

        After an unlock with the recovery code on a computer that has no device secret for
        this vault, a fresh one is stored in the keystore here and mixed into the new slot.
        """
        self.connection  # noqa: B018 - refuses when locked
        check_passphrase(new_passphrase)
        device_secret = self._device_secret_for_new_slot()
        updated = dataclasses.replace(self._slots, slots=list(self._slots.slots))
        try:
            updated.set_slot(SlotKind.PASSPHRASE, new_passphrase, bytes(self._key), device_secret)
        except KeySlotError as exc:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "That passphrase cannot be used; choose another.")
            ) from exc
        try:
            updated.write(self.folder / KEYSLOTS_NAME)
        except OSError as exc:
            if _is_disk_full(exc):
                raise StorageFullError(
                    QT_TRANSLATE_NOOP("Core", "The disk is full; the passphrase was not changed.")
                ) from exc
            raise
        self._slots = updated
        self._device_secret_in_use = device_secret is not None
        self.unlocked_with = "passphrase"
        self.store.log("passphrase_changed", detail={"device_secret": device_secret is not None})

    def set_duress(self, passphrase: str) -> None:
        """Set (or replace) the duress passphrase: entered at unlock, it wipes this vault.

        The duress slot mixes in the device secret like the passphrase slot, so both take
        the same path at unlock. Nothing is written to the audit log: it would be the one
        place telling someone forced to open the real vault that a duress passphrase exists.
        """
        self.connection  # noqa: B018 - refuses when locked
        check_passphrase(passphrase)
        device_secret = None if self._device_secret is None else bytes(self._device_secret)
        updated = dataclasses.replace(self._slots, slots=list(self._slots.slots))
        try:
            updated.set_slot(SlotKind.DURESS, passphrase, bytes(self._key), device_secret)
        except KeySlotError as exc:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The duress passphrase must differ from the passphrase and the recovery code.",
                )
            ) from exc
        self._write_slots(
            updated,
            StorageFullError(
                QT_TRANSLATE_NOOP("Core", "The disk is full; the duress passphrase was not set.")
            ),
        )

    def clear_duress(self) -> None:
        """Remove the duress passphrase; the slot becomes random bytes, as if never used."""
        self.connection  # noqa: B018 - refuses when locked
        updated = dataclasses.replace(self._slots, slots=list(self._slots.slots))
        updated.clear_slot(SlotKind.DURESS)
        self._write_slots(
            updated,
            StorageFullError(
                QT_TRANSLATE_NOOP(
                    "Core", "The disk is full; the duress passphrase was not removed."
                )
            ),
        )

    def _write_slots(self, updated: KeySlotFile, disk_full: StorageFullError) -> None:
        """Save the key slots; ``disk_full`` says what did not happen if the disk is full."""
        try:
            updated.write(self.folder / KEYSLOTS_NAME)
        except OSError as exc:
            if _is_disk_full(exc):
                raise disk_full from exc
            raise
        self._slots = updated

    def _device_secret_for_new_slot(self) -> bytes | None:
        """The device secret to mix into a new passphrase slot, created if missing."""
        if self._device_secret is not None:
            return bytes(self._device_secret)
        if not self._keystore.available:
            return None
        fresh = os.urandom(DEVICE_SECRET_BYTES)
        self._keystore.put(self.vault_id, fresh)
        self._device_secret = bytearray(fresh)
        return fresh

    def security_status(self) -> SecurityStatus:
        cipher_version = self.connection.execute("PRAGMA cipher_version").fetchone()[0]
        return SecurityStatus(
            device_secret_in_use=self._device_secret_in_use,
            keystore_backend=self._keystore.backend_name,
            keystore_reason=self._keystore.reason,
            kdf=self._slots.params,
            cipher_version=str(cipher_version),
            unlocked_with=self.unlocked_with,
        )

    def verify(self) -> VerifyReport:
        """Check every database page's HMAC and the audit log's hash chain."""
        rows = self.connection.execute("PRAGMA cipher_integrity_check").fetchall()
        problems = [" ".join(str(part) for part in row) for row in rows]
        audit = self.store.verify_audit()
        return VerifyReport(
            ok=not problems and bool(audit.ok), cipher_problems=problems, audit=audit
        )


# -- helpers ---------------------------------------------------------------------------------


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect anything (asked before any slow work)."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "The passphrase must be at least {count} characters long."),
            count=MIN_PASSPHRASE_CHARS,
        )


def _check_free(folder: Path) -> None:
    """Refuse a folder holding a vault, or anything else (a panic wipe empties the folder)."""
    if Vault.exists(folder):
        raise VaultExistsError(
            QT_TRANSLATE_NOOP("Core", "There is already a Satchel vault in {folder}."),
            folder=folder,
        )
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise VaultExistsError(
            QT_TRANSLATE_NOOP(
                "Core",
                "The folder {folder} is not empty; choose an empty or new folder for the vault.",
            ),
            folder=folder,
        )


def _open_slots(folder: Path, secret: str, keystore: Keystore) -> _Opened:
    """Read the key-slot file and open a slot with the secret read as passphrase or code."""
    try:
        slots = KeySlotFile.read(folder / KEYSLOTS_NAME)
    except KeySlotFormatError as exc:
        raise VaultDamagedError(_DAMAGED_KEYS) from exc
    except OSError as exc:
        raise VaultDamagedError(
            QT_TRANSLATE_NOOP("Core", "The vault's key file cannot be read.")
        ) from exc
    device_secret = keystore.get(slots.vault_id_hex)
    candidates, typo = _secret_candidates(secret)
    for candidate in candidates:
        try:
            unlocked = slots.unlock(candidate, device_secret)
        except WrongSecretError:
            continue
        return _Opened(slots, unlocked, device_secret)
    if typo:
        raise WrongPassphraseError(_TYPO)
    raise WrongPassphraseError(_WRONG)


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


def open_database(path: Path, key: bytes, *, create: bool) -> Any:
    """Open SQLCipher with the raw key, prove the key fits, then set the safe pragmas.

    The one way to open a vault database (the vault, the tests and the benchmarks use it),
    so every connection has the same protections.
    """
    if not create and not path.is_file():
        raise VaultDamagedError(_DAMAGED_DB)
    mode = "rwc" if create else "rw"
    connection = sqlcipher3.connect(f"file:{path}?mode={mode}", uri=True)
    try:
        _key_and_configure(connection, key, create=create)
    except BaseException:
        connection.close()
        raise
    return connection


def _key_and_configure(connection: Any, key: bytes, *, create: bool) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if create:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        if _is_disk_full(exc):
            raise
        raise VaultDamagedError(_DAMAGED_DB) from exc
    if app_id != APPLICATION_ID:
        raise VaultDamagedError(_DAMAGED_DB)
    for pragma in DATABASE_PRAGMAS:
        connection.execute(f"PRAGMA {pragma}").fetchall()


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return isinstance(exc, sqlcipher3.Error) and "disk is full" in str(exc)


def _remove_half_vault(folder: Path, made_folder: bool) -> None:
    """Undo a failed create: delete only the files a create writes, then the new folder."""
    for name in _CREATED_FILES:
        (folder / name).unlink(missing_ok=True)
    if made_folder and folder.is_dir():
        with contextlib.suppress(OSError):
            folder.rmdir()


def _wipe(folder: Path, keystore: Keystore) -> None:
    """Panic-wipe the vault folder (app.wipe imports this module, hence the late import)."""
    from app.wipe import panic_wipe

    panic_wipe(folder, keystore)


def _forget_quietly(keystore: Keystore, account: str) -> None:
    with contextlib.suppress(SatchelError):
        keystore.delete(account)


def _zero(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0
