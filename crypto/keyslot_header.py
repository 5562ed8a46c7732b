"""Where a key-slot file keeps its vault id, read without the cipher code.

The panic wipe needs one thing from the key-slot file before it destroys it: the vault id,
which names the device secret to delete from the OS keystore. Loading
:mod:`crypto.keyslots` (and with it the ``cryptography`` ciphers) takes longer than the
whole wipe should, so this module reads the id with the standard library alone. Its
figures are :mod:`crypto.keyslots`' layout (which imports them from here, or is checked
against them by the tests).
"""

from __future__ import annotations

import hashlib
import hmac

MAGIC = b"SATCHKEY"
SPARE_PREFIX = ".next-"
"""A complete set of slots for a new database key is written as ``keyslots.next-...``
before the database is re-keyed (see ``app.vault``)."""
KEY_FILE_BYTES = 508
"""The size of a key-slot file of the current format (``crypto.keyslots.FILE_BYTES``)."""
CHECKSUM_BYTES = 32
VAULT_ID_OFFSET = 40
"""Magic 8, version 2, slot count 2, Argon2id cost 12, salt 16: then the vault id, in every
format version so far."""
VAULT_ID_BYTES = 16


def checked_vault_id(data: bytes) -> str | None:
    """The vault id (hex) of a whole, undamaged key-slot file; None for anything else."""
    if len(data) != KEY_FILE_BYTES or not data.startswith(MAGIC):
        return None
    body, checksum = data[:-CHECKSUM_BYTES], data[-CHECKSUM_BYTES:]
    if not hmac.compare_digest(hashlib.sha256(body).digest(), checksum):
        return None
    return _vault_id(data)


def damaged_vault_id(data: bytes) -> str | None:
    """The vault id (hex) where it would sit in a damaged or older key-slot file that still
    starts with the magic, so its device secret can be deleted too; None without the magic."""
    if not data.startswith(MAGIC):
        return None
    return _vault_id(data)


def _vault_id(data: bytes) -> str | None:
    raw = data[VAULT_ID_OFFSET : VAULT_ID_OFFSET + VAULT_ID_BYTES]
    return raw.hex() if len(raw) == VAULT_ID_BYTES else None
