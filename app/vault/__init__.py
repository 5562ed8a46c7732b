"""The vault on disk: its folder and files, the keystore, the database, the unlock limit,
the one-writer lock, the storage-format upgrade and the panic wipe.

``from app.vault import Vault`` is how the rest of the code opens one. The modules:

- ``vault``: the :class:`Vault` class: create, unlock, the format upgrade, wipe, status and
  verify; it builds on ``unlocked`` (an unlocked vault's state and lock) and ``key_change``
  (new passphrase, duress, re-key with a spare key file);
- ``creation`` and ``unlocking``: the steps of creating a vault and of trying a secret on
  its key slots;
- ``files``: every file name of a vault folder and the one list of them;
- ``database``: opening, keying and the pragmas of a vault database, its page formats;
- ``page_migration``: the crash-safe upgrade of an older storage format;
- ``keystore``: the operating system's keystore, never a plaintext fallback;
- ``lock``: one writer at a time for the destructive steps;
- ``unlock_limit``: the optional wipe after N failed unlocks;
- ``wipe``: panic;
- ``paths``: where vaults, settings and caches live on this computer.

The names below are loaded when first used, not when a module of this package is imported:
``satchel panic`` imports ``app.vault.wipe`` and must not wait for the database and store
code (a tenth of a second), which only an unlock needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.vault.creation import MIN_PASSPHRASE_CHARS, check_passphrase
    from app.vault.database import DATABASE_PRAGMAS, open_database
    from app.vault.unlocking import DeviceSecretMissingError
    from app.vault.vault import SecurityStatus, Vault, VerifyReport

_HOMES = {
    "DATABASE_PRAGMAS": "app.vault.database",
    "open_database": "app.vault.database",
    "MIN_PASSPHRASE_CHARS": "app.vault.creation",
    "check_passphrase": "app.vault.creation",
    "DeviceSecretMissingError": "app.vault.unlocking",
    "SecurityStatus": "app.vault.vault",
    "Vault": "app.vault.vault",
    "VerifyReport": "app.vault.vault",
}

__all__ = [
    "DATABASE_PRAGMAS",
    "MIN_PASSPHRASE_CHARS",
    "DeviceSecretMissingError",
    "SecurityStatus",
    "Vault",
    "VerifyReport",
    "check_passphrase",
    "open_database",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # looked up once
    return value
