"""An unlocked vault's state: its database connection, its keys in memory and its share of
the one-writer lock; ``lock()`` closes the one and overwrites the others.

The base of :class:`app.vault.Vault`; key changes (:mod:`app.vault.key_change`) and the
vault's life (:mod:`app.vault.vault`: create, unlock, wipe, verify) build on it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Self

import sqlcipher3

from app import diskfull
from app.errors import QT_TRANSLATE_NOOP, SatchelError, VaultLockedError
from app.types import Connection, Progress
from app.vault.keystore import Keystore
from app.vault.lock import VaultLock
from crypto.keyslots import KeySlotFile

if TYPE_CHECKING:
    from app.store import Store


_DONE_UNLOGGED = QT_TRANSLATE_NOOP(
    "Core",
    "The change was made, but the disk is full, so the audit log could not note it. "
    "Free some space.",
)


class UnlockedVault:
    """The state of an unlocked vault; :class:`app.vault.Vault` is the one to use."""

    def __init__(
        self,
        folder: Path,
        slots: KeySlotFile,
        connection: Connection,
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.lock()

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
        return self.open_store()

    def open_store(self, progress: Progress | None = None) -> Store:
        """:attr:`store`, opened now if it is not yet; ``progress(done, total)`` follows the
        update of a vault made by an earlier version, when there is one."""
        connection = self.connection
        if self._store is None:
            from app.store import Store

            self._store = Store.open(connection, origin=self.vault_id, progress=progress)
        return self._store

    def log_done(self, action: str, detail: dict[str, object] | None = None) -> None:
        """Note in the audit log a change already in force (new keys, a new unlock limit).

        A full disk here must not be reported as "nothing was changed": the user would go
        on trusting the old passphrase or limit. The sentence says the change was made.
        """
        try:
            self.store.log(action, detail=detail)
            return
        except SatchelError as error:
            if not diskfull.is_disk_full(error):
                raise
        raise SatchelError(_DONE_UNLOGGED)  # outside the handler: not read as "disk full"

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


def _zero(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0
