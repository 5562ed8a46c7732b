"""Key changes of an unlocked vault: a new passphrase, a duress passphrase set or cleared.

Every change but clearing the duress passphrase re-keys the database, and the key-slot file
is written beside itself as a spare first, so a kill anywhere leaves a complete set of slots
for the key the database really has (:meth:`KeyChanges._change_keys`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable

import sqlcipher3

from app import diskfull
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, SatchelError
from app.vault.creation import check_passphrase
from app.vault.database import open_database, rekey_database, room_for_rekey
from app.vault.files import DATABASE_NAME, KEYSLOTS_NAME
from app.vault.keystore import DEVICE_SECRET_BYTES
from app.vault.unlocked import UnlockedVault
from crypto.durable import temporary_name, write_new
from crypto.keyslots import DB_KEY_BYTES, SPARE_PREFIX, KeySlotError, KeySlotFile, SlotKind


class KeyChanges(UnlockedVault):
    """The key changes of :class:`app.vault.Vault`."""

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
        self.log_done("passphrase_changed", {"device_secret": device_secret is not None})

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
        goes (:mod:`app.vault.unlocking`). The caller holds the exclusive vault lock.
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
        if not room_for_rekey(database):
            raise diskfull.disk_full_error()
        try:
            rekey_database(self.connection, new_key)
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
                if diskfull.is_full_at(exc, self.folder) or not room_for_rekey(database):
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
