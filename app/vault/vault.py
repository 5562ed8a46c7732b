"""The vault: a folder holding the key-slot file and the SQLCipher database.

``keyslots`` wraps a random 256-bit database key for the passphrase (mixed with a device
secret from the OS keystore when there is one) and for the recovery code (never mixed, so
the vault can move to a new computer). ``vault.db`` is SQLCipher 4 opened with that raw key.
A wrong passphrase only reads files; it never changes a byte on disk.

:class:`Vault` is the one class the rest of the code uses. It is built up by concern: the
state of an unlocked vault (:mod:`app.vault.unlocked`), its key changes
(:mod:`app.vault.key_change`), and here its life: create (helpers in
:mod:`app.vault.creation`), unlock (the slot trials in :mod:`app.vault.unlocking`), the
page-format upgrade, wipe, move, status and verify.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from app import diskfull
from app.errors import QT_TRANSLATE_NOOP, SatchelError, Sentence, VaultNotFoundError
from app.types import Connection, Progress
from app.vault import unlock_limit
from app.vault.creation import (
    MIN_PASSPHRASE_CHARS,
    check_free,
    check_passphrase,
    create_tables,
    forget_quietly,
    remove_half_vault,
)
from app.vault.database import (
    checkpoint,
    cipher_integrity_problems,
    cipher_version,
    open_database,
)
from app.vault.files import DATABASE_NAME, KEYSLOTS_NAME
from app.vault.key_change import KeyChanges
from app.vault.keystore import DEVICE_SECRET_BYTES, Keystore
from app.vault.lock import VaultLock
from app.vault.page_migration import (
    UpgradeCheckError,
    needs_upgrade,
    room_for_upgrade,
    swap_in,
    upgrade_leftovers,
    write_checked_copy,
)
from app.vault.paths import AppTraces, safe_mkdir
from app.vault.unlocking import DeviceSecretMissingError, Opened, open_with_secret
from app.vault.wipe import WipeReport, panic_wipe
from crypto.durable import fsync_folder
from crypto.kdf import KdfParams, calibrate
from crypto.keyslots import DB_KEY_BYTES, KeySlotFile, SlotKind
from crypto.recovery import generate_recovery_code

if TYPE_CHECKING:
    from app.store import AuditReport

__all__ = [
    "MIN_PASSPHRASE_CHARS",
    "DeviceSecretMissingError",
    "SecurityStatus",
    "Vault",
    "VerifyReport",
    "check_passphrase",
]

_UNLOCKED_WITH = {"passphrase": "passphrase", "recovery": "recovery_code"}


@dataclass(frozen=True)
class SecurityStatus:
    """What protects this vault right now, for the security status screen."""

    device_secret_in_use: bool
    keystore_backend: str
    keystore_reason: Sentence  # why no keystore protects the vault (empty if one does)
    kdf: KdfParams
    cipher_version: str
    unlocked_with: str


@dataclass(frozen=True)
class VerifyReport:
    """Result of checking the database pages and the audit log's hash chain."""

    ok: bool
    cipher_problems: list[str]
    audit: AuditReport | None = None

    @property
    def problems(self) -> list[str]:
        """Every problem found, database pages first, then the audit log."""
        return [*self.cipher_problems, *(self.audit.problems if self.audit else [])]


class Vault(KeyChanges):
    """An unlocked vault. ``lock()`` closes the database and forgets the key."""

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
        check_free(folder)
        params = calibrate() if kdf is None else kdf.check()
        made_folder = not folder.exists()
        try:
            return cls._create_files(folder, passphrase, keystore, params, tables=tables)
        except BaseException as exc:
            remove_half_vault(folder, made_folder)
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
        connection: Connection | None = None
        try:
            connection = open_database(folder / DATABASE_NAME, db_key, create=True)
            if tables:
                create_tables(connection, slots.vault_id_hex)
            if device_secret is not None:
                keystore.put(slots.vault_id_hex, device_secret)
            slots.write(folder / KEYSLOTS_NAME)
        except BaseException:
            if connection is not None:
                connection.close()
            vault_lock.release()
            if device_secret is not None:
                forget_quietly(keystore, slots.vault_id_hex)
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
        upgraded here, with ``progress(done, total)`` (see :meth:`_upgrade_pages`), and
        with a ``progress`` the store is opened here too, so that an update of its layout
        (:mod:`app.store.chunk_layout`) is shown the same way.
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
            if progress is not None:  # an update of the storage is shown, not hidden in "opening"
                vault.open_store(progress)
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def _unlock_locked(
        cls, folder: Path, secret: str, keystore: Keystore, vault_lock: VaultLock
    ) -> Vault:
        opened, limit = open_with_secret(folder, secret, keystore, vault_lock)
        if opened.unlocked.kind == "duress":
            vault_lock.release()
            return cls._replace_with_decoy(folder, secret, opened.slots, keystore, limit)
        return cls._open_unlocked(folder, opened, keystore, vault_lock)

    @classmethod
    def _open_unlocked(
        cls, folder: Path, opened: Opened, keystore: Keystore, vault_lock: VaultLock
    ) -> Vault:
        assert opened.connection is not None  # only the duress passphrase opens none
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
        panic_wipe(folder, keystore)
        vault, _ = cls._create_files(
            folder, duress_passphrase, keystore, real_slots.params, recovery_code=False
        )
        if limit is not None:
            unlock_limit.set_limit(folder, limit.limit)
        return vault

    def _upgrade_pages(self, progress: Progress | None) -> None:
        """Move a database made before 16 KiB pages to the current format, crash-safe
        (:mod:`app.vault.page_migration`), while holding the vault alone.

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

    def change_limit(self, limit: int | None) -> unlock_limit.UnlockLimit | None:
        """Switch the unlock limit on (a number of failed attempts) or off (None), and audit it.

        Changing it needs the vault open, so someone holding only the laptop cannot raise it
        through Satchel (they can edit the file, which app.vault.unlock_limit says plainly).
        """
        self.store  # noqa: B018 - refuses when locked
        if limit is None:
            unlock_limit.remove_limit(self.folder)
            self.log_done("unlock_limit.off")
            return None
        state = unlock_limit.set_limit(self.folder, limit)
        self.log_done("unlock_limit.set", {"limit": state.limit})
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

    def relocate(self, target: Path) -> None:
        """Move this vault's folder to ``target`` (absent or an empty folder) in one rename.

        Used by restore, which builds the vault beside its final place. The database is
        closed for the rename and opened again with the key in memory.
        """
        target = Path(target)
        connection = self.connection
        checkpoint(connection)
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
        version = cipher_version(self.connection)
        return SecurityStatus(
            device_secret_in_use=self._device_secret_in_use,
            keystore_backend=self._keystore.backend_name,
            keystore_reason=self._keystore.reason,
            kdf=self._slots.params,
            cipher_version=version,
            unlocked_with=self.unlocked_with,
        )

    def integrity_problems(self) -> list[str]:
        """Every database page whose HMAC does not verify (SQLCipher's own words); empty
        when every page reads back."""
        return cipher_integrity_problems(self.connection)

    def verify(self) -> VerifyReport:
        """Check every database page's HMAC and the audit log's hash chain."""
        problems = self.integrity_problems()
        audit = self.store.verify_audit()
        return VerifyReport(
            ok=not problems and bool(audit.ok), cipher_problems=problems, audit=audit
        )
