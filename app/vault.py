"""The vault: a folder holding the key-slot file and the SQLCipher database.

``keyslots`` wraps a random 256-bit database key for the passphrase (mixed with a device
secret from the OS keystore when there is one) and for the recovery code (never mixed, so
the vault can move to a new computer). ``vault.db`` is SQLCipher 4 opened with that raw key.
A wrong passphrase only reads files; it never changes a byte on disk.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from app import diskfull, unlock_limit
from app.dbformat import FORMATS, PageFormat, open_keyed
from app.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    SatchelError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from app.keystore import DEVICE_SECRET_BYTES, Keystore, KeystoreError, keystore_locked_error
from app.page_migration import (
    UpgradeCheckError,
    needs_upgrade,
    room_for_upgrade,
    swap_in,
    upgrade_leftovers,
    write_checked_copy,
)
from app.paths import AppTraces, safe_mkdir
from app.types import Connection, Progress
from app.vault_files import (
    DATABASE_NAME,
    KEYSLOTS_NAME,
    VAULT_FILES,
    spare_key_files,
)
from app.vault_lock import VaultLock
from app.wipe import WipeReport, panic_wipe
from crypto.durable import fsync_folder, temporary_name, write_new
from crypto.kdf import KdfParams, calibrate
from crypto.keyslots import (
    DB_KEY_BYTES,
    SPARE_PREFIX,
    KeySlotDamagedError,
    KeySlotError,
    KeySlotFile,
    KeySlotFormatError,
    KeySlotOldFormatError,
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

if TYPE_CHECKING:
    from app.store import Store

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
_DAMAGED_DB = QT_TRANSLATE_NOOP(
    "Core", "The vault's database is damaged or does not match its key file."
)
_UNLOCKED_WITH = {"passphrase": "passphrase", "recovery": "recovery_code"}


class DeviceSecretMissingError(SatchelError):
    """The passphrase slot needs this computer's device secret, and the keystore has none."""


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
    connection: Any = None


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
        vault_lock: VaultLock | None = None,
        passphrase_key: bytes | None = None,
    ) -> None:
        self.folder = folder
        self.vault_id = slots.vault_id_hex
        self.unlocked_with = unlocked_with
        self._slots = slots
        self._connection: Connection | None = connection
        self._key = bytearray(db_key)
        self._keystore = keystore
        self._device_secret = None if device_secret is None else bytearray(device_secret)
        self._device_secret_in_use = device_secret_in_use
        self._store: Store | None = None
        self._lock = vault_lock
        # The key that wraps the passphrase slot (never the passphrase itself): a duress
        # change re-keys the database and must wrap the new key for the same passphrase.
        self._passphrase_key = None if passphrase_key is None else bytearray(passphrase_key)

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
        tables: bool = True,
    ) -> tuple[Vault, str]:
        """Make a new vault; return it unlocked with the recovery code to show once.

        The vault is whole when this returns: key file, database and every table (restore
        passes ``tables=False`` and writes them itself). If any step fails (a full disk
        included), what was written is removed again.
        """
        folder = Path(folder)
        check_passphrase(passphrase)
        _check_free(folder)
        params = calibrate() if kdf is None else kdf.check()
        made_folder = not folder.exists()
        try:
            return cls._create_files(folder, passphrase, keystore, params, tables=tables)
        except BaseException as exc:
            _remove_half_vault(folder, made_folder)
            if diskfull.is_full_at(exc, folder if folder.exists() else folder.parent):
                raise diskfull.disk_full_error() from exc
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
        tables: bool = True,
    ) -> tuple[Vault, str]:
        safe_mkdir(folder)
        vault_lock = VaultLock.shared(folder, create=True)
        slots = KeySlotFile.create(params)
        db_key = os.urandom(DB_KEY_BYTES)
        device_secret = os.urandom(DEVICE_SECRET_BYTES) if keystore.available else None
        code = generate_recovery_code()
        passphrase_key = slots.set_slot(SlotKind.PASSPHRASE, passphrase, db_key, device_secret)
        if recovery_code:
            slots.set_slot(SlotKind.RECOVERY, code, db_key, None)
        else:
            slots.wrap_recovery(db_key)  # to a key pair nobody holds: looks like any vault
        connection = None
        try:
            connection = open_database(folder / DATABASE_NAME, db_key, create=True)
            if tables:
                _create_tables(connection, slots.vault_id_hex)
            if device_secret is not None:
                keystore.put(slots.vault_id_hex, device_secret)
            slots.write(folder / KEYSLOTS_NAME)
        except BaseException:
            if connection is not None:
                connection.close()
            vault_lock.release()
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
            vault_lock=vault_lock,
            passphrase_key=passphrase_key,
        )
        return vault, code if recovery_code else ""

    @classmethod
    def unlock(
        cls, folder: Path, secret: str, *, keystore: Keystore, progress: Progress | None = None
    ) -> Vault:
        """Open the vault with its passphrase or its recovery code (either works here).

        Only real guesses count against a failed-unlock limit: a key file that is damaged
        or unreadable, a vault busy in another process, or a device secret this computer
        cannot give are each said in their own sentence and never counted. A real guess is
        counted before the key work and the vault is wiped on the last allowed wrong one
        (the error is the ordinary wrong-passphrase sentence). The duress passphrase wipes
        the vault silently and returns a fresh one that behaves exactly like a vault just
        created with it. A key change that was cut short is finished here (see
        :meth:`_change_keys`). A database in the page format of earlier versions is
        upgraded here, with ``progress(done, total)`` (see :meth:`_upgrade_pages`).
        """
        folder = Path(folder)
        if not cls.exists(folder):
            raise VaultNotFoundError(
                QT_TRANSLATE_NOOP("Core", "There is no Satchel vault in {folder}."), folder=folder
            )
        vault_lock = VaultLock.shared(folder)
        try:
            vault = cls._unlock_locked(folder, secret, keystore, vault_lock)
        except BaseException:
            vault_lock.release()
            raise
        try:
            vault._upgrade_pages(progress)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def _unlock_locked(
        cls, folder: Path, secret: str, keystore: Keystore, vault_lock: VaultLock
    ) -> Vault:
        files = _read_key_files(folder)
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
                _wipe(folder, keystore)
            raise
        unlock_limit.forgive_attempts(folder, limit)
        if opened.unlocked.kind == "duress":
            vault_lock.release()
            return cls._replace_with_decoy(folder, secret, opened.slots, keystore, limit)
        return cls._open_unlocked(folder, opened, keystore, vault_lock)

    @classmethod
    def _open_unlocked(
        cls, folder: Path, opened: _Opened, keystore: Keystore, vault_lock: VaultLock
    ) -> Vault:
        unlocked_with = _UNLOCKED_WITH[opened.unlocked.kind]
        in_use = (
            opened.unlocked.used_device_secret
            if unlocked_with == "passphrase"
            else opened.device_secret is not None
        )
        return cls(
            folder,
            opened.slots,
            opened.connection,
            opened.unlocked.db_key,
            keystore=keystore,
            unlocked_with=unlocked_with,
            device_secret=opened.device_secret,
            device_secret_in_use=in_use,
            vault_lock=vault_lock,
            passphrase_key=opened.unlocked.slot_key if unlocked_with == "passphrase" else None,
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
        failed-unlock limit, so its folder looks like the real one's. Its recovery slot is
        sealed to a key nobody holds: a new vault's code is shown once, and here nobody may
        see one.
        """
        _wipe(folder, keystore)
        vault, _ = cls._create_files(
            folder, duress_passphrase, keystore, real_slots.params, recovery_code=False
        )
        if limit is not None:
            unlock_limit.set_limit(folder, limit.limit)
        return vault

    def _upgrade_pages(self, progress: Progress | None) -> None:
        """Move a database made before 16 KiB pages to the current format, crash-safe
        (:mod:`app.page_migration`), while holding the vault alone.

        Nothing here stops the unlock: when another Satchel process has the vault open, the
        disk lacks room for the copy or the copy fails a check, the database stays in its
        old format, which works as before, and the next unlock tries again.
        """
        database = self.folder / DATABASE_NAME
        if not needs_upgrade(self.connection) or not room_for_upgrade(database):
            return
        key = bytes(self._key)
        try:
            with self.exclusive("upgrade"):
                copy = write_checked_copy(database, self.connection, key, progress)
                self.connection.close()
                self._connection, self._store = None, None
                try:
                    swap_in(database, copy)
                finally:  # the file opens in whichever format it has now
                    self._connection = open_database(database, key, create=False)
        except (SatchelError, UpgradeCheckError, sqlcipher3.Error, OSError):
            if self._connection is None:
                raise
            for leftover in upgrade_leftovers(database):
                leftover.unlink(missing_ok=True)

    # -- using an unlocked vault ---------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._connection is None

    @property
    def change_count(self) -> int:
        """How many rows this vault's connection has changed since it opened (SQLite's
        ``total_changes``; 0 when locked): work that raised it changed the vault."""
        return 0 if self._connection is None else int(self._connection.total_changes)

    @property
    def connection(self) -> Connection:
        """The SQLCipher connection; raises VaultLockedError once the vault is locked."""
        if self._connection is None:
            raise VaultLockedError(
                QT_TRANSLATE_NOOP("Core", "The vault is locked; unlock it again to continue.")
            )
        return self._connection

    @property
    def store(self) -> Store:
        """The case store on this vault's database (app.store.Store), opened on first use."""
        connection = self.connection
        if self._store is None:
            from app.store import Store

            self._store = Store.open(connection, origin=self.vault_id)
        return self._store

    def lock(self) -> None:
        """Close the database, overwrite the in-memory keys and let go of the vault lock;
        safe to call twice."""
        if self._connection is not None:
            with contextlib.suppress(sqlcipher3.Error):
                self._connection.close()
        self._connection = None
        self._store = None
        _zero(self._key)
        if self._device_secret is not None:
            _zero(self._device_secret)
        if self._passphrase_key is not None:
            _zero(self._passphrase_key)
        if self._lock is not None:
            self._lock.release()

    @contextlib.contextmanager
    def exclusive(self, purpose: str) -> Iterator[None]:
        """Hold the vault alone (no other Satchel process has it open) while the block runs.

        ``purpose`` ("border", "restore", "keys") is what other processes are told.
        VaultBusyError when another process has the vault open.
        """
        self.connection  # noqa: B018 - refuses when locked
        if self._lock is None:
            yield
            return
        with self._lock.exclusive(purpose):
            yield

    def hold_exclusive(self, purpose: str) -> None:
        """Like :meth:`exclusive`, for work that spans several steps of a screen (border
        mode in the desktop app: seal, show the code, wipe). :meth:`release_exclusive`, a
        wipe or :meth:`lock` ends it."""
        self.connection  # noqa: B018 - refuses when locked
        if self._lock is not None:
            self._lock.acquire_exclusive(purpose)

    def release_exclusive(self) -> None:
        if self._lock is not None:
            self._lock.release_exclusive()

    def change_limit(self, limit: int | None) -> unlock_limit.UnlockLimit | None:
        """Switch the unlock limit on (a number of failed attempts) or off (None), and audit it.

        Changing it needs the vault open, so someone holding only the laptop cannot raise it
        through Satchel (they can edit the file, which app.unlock_limit says plainly).
        """
        store = self.store  # refuses when locked
        if limit is None:
            unlock_limit.remove_limit(self.folder)
            store.log("unlock_limit.off")
            return None
        state = unlock_limit.set_limit(self.folder, limit)
        store.log("unlock_limit.set", detail={"limit": state.limit})
        return state

    def wipe(self, traces: AppTraces | None = None) -> WipeReport:
        """Close the database and panic-wipe this vault while still holding its lock, so no
        other process opens it in between; returns the wipe report."""
        if self._connection is not None:
            with contextlib.suppress(sqlcipher3.Error):
                self._connection.close()
            self._connection = None
            self._store = None
        try:
            return panic_wipe(self.folder, self._keystore, traces)
        finally:
            self.lock()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Set a new passphrase and give the database a new key; the recovery code and the
        duress passphrase stay valid.

        After an unlock with the recovery code on a computer that has no device secret for
        this vault, a fresh one is stored in the keystore here and mixed into the new slot.
        """
        self.connection  # noqa: B018 - refuses when locked
        check_passphrase(new_passphrase)
        with self.exclusive("keys"):
            device_secret = self._device_secret_for_new_slot()
            new_passphrase_key: list[bytes] = []

            def build(slots: KeySlotFile, db_key: bytes) -> None:
                try:
                    new_passphrase_key.append(
                        slots.set_slot(SlotKind.PASSPHRASE, new_passphrase, db_key, device_secret)
                    )
                except KeySlotError as exc:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Core", "That passphrase cannot be used; choose another.")
                    ) from exc

            self._change_keys(build, rekey=True)
            self._passphrase_key = bytearray(new_passphrase_key[0])
        self._device_secret_in_use = device_secret is not None
        self.unlocked_with = "passphrase"
        self.store.log("passphrase_changed", detail={"device_secret": device_secret is not None})

    def set_duress(self, passphrase: str) -> None:
        """Set (or replace) the duress passphrase: entered at unlock, it wipes this vault.

        The duress slot mixes in the device secret like the passphrase slot, so both take
        the same path at unlock, and it wraps a random key, never the database key. The
        database gets a new key. Nothing is written to the audit log: it would be the one
        place telling someone forced to open the real vault that a duress passphrase exists.
        """
        self.connection  # noqa: B018 - refuses when locked
        check_passphrase(passphrase)
        self._require_passphrase_key()
        device_secret = None if self._device_secret is None else bytes(self._device_secret)

        def build(slots: KeySlotFile, db_key: bytes) -> None:
            try:
                slots.set_slot(SlotKind.DURESS, passphrase, os.urandom(DB_KEY_BYTES), device_secret)
            except KeySlotError as exc:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The duress passphrase must differ from the passphrase and the "
                        "recovery code.",
                    )
                ) from exc

        with self.exclusive("keys"):
            self._change_keys(build, rekey=True)

    def clear_duress(self) -> None:
        """Remove the duress passphrase; the slot becomes random bytes, as if never used."""
        self.connection  # noqa: B018 - refuses when locked
        with self.exclusive("keys"):
            self._change_keys(lambda slots, _key: slots.clear_slot(SlotKind.DURESS), rekey=False)

    def _require_passphrase_key(self) -> None:
        if self._passphrase_key is None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The vault was opened with the recovery code: set a new passphrase first, "
                    "then the duress passphrase. Nothing was changed.",
                )
            )

    def _change_keys(self, build: Callable[[KeySlotFile, bytes], None], *, rekey: bool) -> None:
        """Change the key slots, and with ``rekey`` the database key, surviving a kill anywhere.

        The order keeps a complete set of slots for the key the database really has on disk
        at every moment:

        1. the new slots are written beside the key file as ``keyslots.next-PID-RANDOM``
           and made durable (file and folder fsynced);
        2. the database is re-keyed (``PRAGMA rekey``: one WAL transaction, so a kill leaves
           the old key or the new one, never a mix) and checkpointed, which writes the new
           pages over the old ones in the database file itself;
        3. the key file is overwritten in place with the new slots and fsynced, so the old
           slots' bytes are gone from an ordinary file system (not left in a freed block,
           as a rename would leave them);
        4. the spare is deleted.

        A kill after 1 leaves a spare that the next unlock tries beside the key file: the
        slots that open the database win, the key file is overwritten with them, the spare
        goes (:func:`_open_slots`). The caller holds the exclusive vault lock.
        """
        old_key = bytes(self._key)
        new_key = os.urandom(DB_KEY_BYTES) if rekey else old_key
        updated = self._slots.copy()
        build(updated, new_key)
        if rekey:
            self._rewrap_passphrase(updated, new_key)
            updated.wrap_recovery(new_key)
        key_file = self.folder / KEYSLOTS_NAME
        spare = temporary_name(key_file, SPARE_PREFIX)
        try:
            write_new(spare, updated.to_bytes())
            if rekey:
                self._rekey(new_key, old_key)
        except BaseException as exc:
            spare.unlink(missing_ok=True)
            if diskfull.is_full_at(exc, self.folder):
                raise diskfull.disk_full_error() from exc
            raise
        updated.overwrite(key_file)
        self._slots = updated
        spare.unlink(missing_ok=True)

    def _rekey(self, new_key: bytes, old_key: bytes) -> None:
        """Re-key the database and make sure of the key it really has afterwards.

        SQLCipher can fail half-way without saying so (a full disk during the rekey), and
        the connection's own idea of the key is then unreliable. So the database is opened
        again: with the new key when the rekey said it worked (a second connection proves
        it), else with whichever key opens it; only a proven new key goes on.
        """
        database = self.folder / DATABASE_NAME
        if not _room_for_rekey(database):
            raise diskfull.disk_full_error()
        try:
            _rekey_database(self.connection, new_key)
            open_database(database, new_key, create=False).close()
        except BaseException as exc:
            with contextlib.suppress(sqlcipher3.Error):
                self.connection.close()
            self._connection, self._store = None, None
            for key in (new_key, old_key):
                with contextlib.suppress(SatchelError, sqlcipher3.Error):
                    self._connection = open_database(database, key, create=False)
                    self._key = bytearray(key)
                    break
            if self._connection is None or bytes(self._key) != new_key:
                if diskfull.is_full_at(exc, self.folder) or not _room_for_rekey(database):
                    raise diskfull.disk_full_error() from exc
                raise
        self._key = bytearray(new_key)

    def _rewrap_passphrase(self, slots: KeySlotFile, new_key: bytes) -> None:
        """Wrap the new database key for the passphrase in force (unless build changed it)."""
        if slots.slots[SlotKind.PASSPHRASE.index] != self._slots.slots[SlotKind.PASSPHRASE.index]:
            return  # build set a new passphrase slot for new_key already
        self._require_passphrase_key()
        assert self._passphrase_key is not None
        slots.rewrap(SlotKind.PASSPHRASE, bytes(self._passphrase_key), new_key)

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

    def relocate(self, target: Path) -> None:
        """Move this vault's folder to ``target`` (absent or an empty folder) in one rename.

        Used by restore, which builds the vault beside its final place. The database is
        closed for the rename and opened again with the key in memory.
        """
        target = Path(target)
        connection = self.connection
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.close()
        self._connection = None
        self._store = None
        if target.is_dir() and not any(target.iterdir()):
            target.rmdir()
        try:
            os.rename(self.folder, target)
        except BaseException:
            self._connection = open_database(self.folder / DATABASE_NAME, bytes(self._key),
                                             create=False)  # fmt: skip
            raise
        fsync_folder(target.parent)
        self.folder = target
        self._connection = open_database(target / DATABASE_NAME, bytes(self._key), create=False)

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

    def integrity_problems(self) -> list[str]:
        """Every database page whose HMAC does not verify (SQLCipher's own words); empty
        when every page reads back."""
        rows = self.connection.execute("PRAGMA cipher_integrity_check").fetchall()
        return [" ".join(str(part) for part in row) for row in rows]

    def verify(self) -> VerifyReport:
        """Check every database page's HMAC and the audit log's hash chain."""
        problems = self.integrity_problems()
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


def _create_tables(connection: Any, origin: str) -> None:
    """Run every migration now, so a new vault is whole (a full disk fails here, not later)."""
    from app.store import Store

    Store.open(connection, origin=origin)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _read_key_files(folder: Path) -> list[tuple[Path, KeySlotFile]]:
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
) -> _Opened:
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
        return _Opened(opened[0][1], opened[0][2], device_secret)
    return _open_database_of(folder, files, opened, device_secret)


def _open_database_of(
    folder: Path,
    files: list[tuple[Path, KeySlotFile]],
    opened: list[tuple[Path, KeySlotFile, UnlockedSlots]],
    device_secret: bytes | None,
) -> _Opened:
    database = folder / DATABASE_NAME
    failure: BaseException | None = None
    for path, slots, unlocked in opened:
        try:
            connection = open_database(database, unlocked.db_key, create=False)
        except VaultDamagedError as exc:
            failure = exc
            continue
        if len(files) > 1 or path.name != KEYSLOTS_NAME:
            _settle_key_files(folder, slots)
        return _Opened(slots, unlocked, device_secret, connection)
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


def open_database(
    path: Path, key: bytes, *, create: bool, formats: tuple[PageFormat, ...] = FORMATS
) -> Any:
    """Open SQLCipher with the raw key, prove the key fits, then set the safe pragmas.

    The one way to open a vault database (the vault, the tests and the benchmarks use it),
    so every connection has the same protections. A new database gets the current page
    format; an existing one opens in whichever of ``formats`` it has, the file itself
    saying which (:mod:`app.dbformat`). A full disk is said as such, never as "damaged".
    """
    if not create and not path.is_file():
        raise VaultDamagedError(_DAMAGED_DB)
    folder = path.parent

    def check(connection: Any) -> None:
        _check_ours(connection, create=create, folder=folder)

    try:
        connection = open_keyed(path, key, create=create, check=check, formats=formats)
    except sqlcipher3.DatabaseError as exc:
        if diskfull.is_full_at(exc, folder):
            raise diskfull.disk_full_error() from exc
        raise VaultDamagedError(_DAMAGED_DB) from exc
    except BaseException as exc:
        if diskfull.is_full_at(exc, folder):
            raise diskfull.disk_full_error() from exc
        raise
    try:
        for pragma in DATABASE_PRAGMAS:
            connection.execute(f"PRAGMA {pragma}").fetchall()
    except BaseException as exc:
        connection.close()
        if diskfull.is_full_at(exc, folder):
            raise diskfull.disk_full_error() from exc
        raise
    return connection


def _check_ours(connection: Any, *, create: bool, folder: Path) -> None:
    """Read page 1 (a wrong key or page format fails here) and check the application id."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if create:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        if diskfull.is_full_at(exc, folder):
            raise diskfull.disk_full_error() from exc
        raise
    if app_id != APPLICATION_ID:
        raise VaultDamagedError(_DAMAGED_DB)


def _room_for_rekey(database: Path) -> bool:
    """A re-key writes every page once more into the WAL before the checkpoint: it needs
    about the database's size free (plus a margin), or it would fail half-way."""
    try:
        stats = os.statvfs(database.parent)
        size = database.stat().st_size
    except (OSError, AttributeError):
        return True  # cannot tell (Windows has no statvfs): let SQLite say it
    return stats.f_bavail * stats.f_frsize >= size + size // 8 + (1 << 20)


def _rekey_database(connection: Any, new_key: bytes) -> None:
    """Give the open database a new key: every page rewritten, in one WAL transaction.

    Measured against copying into a new file under the new key (``sqlcipher_export``) on a
    515 MiB vault: rekey 6.4 s, copy 5.1 s. The copy is a little faster but needs a second
    file, its own rename and the old file's WAL handled; ``PRAGMA rekey`` changes the file
    in place, and a kill at any moment leaves the old key or the new one (tested by the
    reliability suite). The checkpoint then writes the new pages over the old ones.
    """
    connection.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _remove_half_vault(folder: Path, made_folder: bool) -> None:
    """Undo a failed create: delete only the files a create writes, then the new folder."""
    for name in VAULT_FILES:
        (folder / name).unlink(missing_ok=True)
    for leftover in [*spare_key_files(folder), *_temporaries(folder)]:
        leftover.unlink(missing_ok=True)
    if made_folder and folder.is_dir():
        with contextlib.suppress(OSError):
            folder.rmdir()


def _temporaries(folder: Path) -> list[Path]:
    try:
        return [p for p in Path(folder).iterdir() if ".tmp-" in p.name]
    except OSError:
        return []


def _wipe(folder: Path, keystore: Keystore) -> None:
    """Panic-wipe the vault folder."""
    panic_wipe(folder, keystore)


def _forget_quietly(keystore: Keystore, account: str) -> None:
    with contextlib.suppress(SatchelError):
        keystore.delete(account)


def _zero(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0
