"""The key-slot file: the vault's database key, wrapped for each way of opening the vault.

Layout (all integers big-endian), fixed size, 508 bytes::

    header   92 bytes  magic "SATCHKEY" | version u16 | slot count u16 |
                       Argon2id memory KiB u32 | iterations u32 | lanes u32 |
                       salt 16 | vault id 16 | flags u16 | zero u16 | recovery public key 32
    slots    4 x 96    passphrase, duress, spare:
                         nonce 12 | ChaCha20-Poly1305( kind u8 | key 32 | zero 35 ) + tag 16
                       recovery:
                         ephemeral X25519 key 32 | ChaCha20-Poly1305( kind u8 | key 32 |
                         zero 15 ) + tag 16
    checksum 32        SHA-256 of everything before it

Slot 0 holds the passphrase, slot 1 the recovery code, slot 2 the duress passphrase and
slot 3 is spare. An unused slot is random bytes, and a used one is a nonce and AEAD
output, so nothing in the file says whether the duress slot is in use. The duress slot
wraps a random key, never the database key: it only has to be recognised.

Whatever the person typed is stretched ONCE with Argon2id (header salt and cost), and the
result is tried against every slot, with and without the device secret, using cheap AEAD
attempts. So the time taken does not depend on which slot (if any) opened. A wrong secret
is detected only by the AEAD tag; no hash of any secret is stored.

**The recovery slot is sealed to a public key.** The recovery code, stretched, gives an
X25519 private key whose public half sits in the header. So a key change (passphrase,
duress, restore) can wrap a brand-new database key for the recovery code without knowing
the code, and the code keeps working while no old key file opens today's database.

**The checksum tells damage from a wrong guess.** It is not a secret and proves nothing
about who wrote the file (anyone holding the folder can rewrite it); it only makes a
flipped bit read as "damaged" instead of "wrong passphrase", so a damaged file never
spends a failed-unlock attempt. The flags say whether the passphrase slot needs this
computer's device secret, so its absence is reported as such, never as a wrong guess.
The associated data of each slot is the fixed part of the header (magic to vault id) and
the slot index, so an altered header opens nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from crypto.durable import overwrite_in_place, write_atomically
from crypto.kdf import SALT_BYTES, KdfParams, KdfParamsError, derive_key
from crypto.keyslot_header import CHECKSUM_BYTES, MAGIC, VAULT_ID_BYTES
from crypto.keyslot_header import SPARE_PREFIX as SPARE_PREFIX  # app.vault's name for it

FORMAT_VERSION = 2
SLOT_COUNT = 4
SLOT_BYTES = 96
DB_KEY_BYTES = 32
NONCE_BYTES = 12
PUBLIC_KEY_BYTES = 32
FLAG_DEVICE_SECRET = 0x0001
_FIXED = struct.Struct(f">8sHHIII{SALT_BYTES}s{VAULT_ID_BYTES}s")
_HEADER = struct.Struct(f">{_FIXED.size}sHH{PUBLIC_KEY_BYTES}s")
HEADER_BYTES = _HEADER.size
FILE_BYTES = HEADER_BYTES + SLOT_COUNT * SLOT_BYTES + CHECKSUM_BYTES
_SYMMETRIC_PLAIN = SLOT_BYTES - NONCE_BYTES - 16
_RECOVERY_PLAIN = SLOT_BYTES - PUBLIC_KEY_BYTES - 16
_V1_FILE_BYTES = 312  # version 1: a 56-byte header and four 64-byte slots, no checksum
_ZERO_NONCE = bytes(NONCE_BYTES)  # each recovery slot has its own ephemeral key


class SlotKind(Enum):
    """What a slot is for; its value is the byte stored inside the encrypted slot."""

    PASSPHRASE = 1
    RECOVERY = 2
    DURESS = 3

    @property
    def index(self) -> int:
        return self.value - 1


class KeySlotError(ValueError):
    """A problem with the key-slot file."""


class KeySlotFormatError(KeySlotError):
    """The file is not a key-slot file Satchel can read (size, magic, version, parameters)."""


class KeySlotDamagedError(KeySlotFormatError):
    """The file is a key-slot file, but its checksum does not match: bits were changed."""


class KeySlotOldFormatError(KeySlotFormatError):
    """The file is a key-slot file of an earlier format (version 1, 312 bytes, no checksum).

    Version 1 wrapped the recovery slot with a key only the recovery code gives, so it
    cannot follow a re-key without the code; such a vault moves to this format through a
    border bundle sealed by the Satchel that made it (border bundles of every format restore).
    """


class WrongSecretError(KeySlotError):
    """No slot opened with the secret given."""


@dataclass(frozen=True)
class UnlockedSlots:
    """The result of opening the key-slot file: which kind of slot opened, and its key."""

    kind: str  # "passphrase" | "recovery" | "duress"
    db_key: bytes = field(repr=False)
    used_device_secret: bool = False
    slot_key: bytes = field(default=b"", repr=False)  # what wraps this slot (not recovery)


@dataclass
class KeySlotFile:
    """An in-memory key-slot file. Slots hold only ciphertext or random bytes."""

    params: KdfParams
    salt: bytes
    vault_id: bytes
    slots: list[bytes] = field(repr=False)
    recovery_public: bytes = field(default=b"", repr=False)
    flags: int = 0

    @classmethod
    def create(cls, params: KdfParams) -> KeySlotFile:
        """A new file with a fresh salt and vault id, and every slot random.

        Until a recovery code is set, the header holds the public half of a key pair whose
        private half is thrown away, so a vault without a code looks like any other.
        """
        params.check()
        slots = [os.urandom(SLOT_BYTES) for _ in range(SLOT_COUNT)]
        return cls(params, os.urandom(SALT_BYTES), os.urandom(VAULT_ID_BYTES), slots,
                   _public_bytes(X25519PrivateKey.generate()))  # fmt: skip

    def copy(self) -> KeySlotFile:
        """An independent copy to change without touching this one."""
        return KeySlotFile(self.params, self.salt, self.vault_id, list(self.slots),
                           self.recovery_public, self.flags)  # fmt: skip

    # -- reading and writing -------------------------------------------------------------

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlotFile:
        """Parse strictly: exact size, magic, version, checksum, bounded KDF parameters."""
        if len(data) != FILE_BYTES:
            if len(data) == _V1_FILE_BYTES and data[:10] == MAGIC + b"\x00\x01":
                raise KeySlotOldFormatError("key-slot file of format version 1")
            if data[:8] == MAGIC:
                raise KeySlotDamagedError("key-slot file has the wrong size")
            raise KeySlotFormatError("not a Satchel key-slot file of this version")
        body, checksum = data[:-CHECKSUM_BYTES], data[-CHECKSUM_BYTES:]
        if not hmac.compare_digest(hashlib.sha256(body).digest(), checksum):
            raise KeySlotDamagedError("key-slot file checksum does not match")
        if data[:8] != MAGIC:
            raise KeySlotFormatError("not a Satchel key-slot file")
        fixed, flags, zero, recovery_public = _HEADER.unpack(data[:HEADER_BYTES])
        _magic, version, count, memory, iterations, lanes, salt, vault_id = _FIXED.unpack(fixed)
        if version != FORMAT_VERSION:
            raise KeySlotFormatError("unknown key-slot file version")
        if count != SLOT_COUNT or zero != 0 or flags & ~FLAG_DEVICE_SECRET:
            raise KeySlotFormatError("unexpected key-slot file header")
        try:
            params = KdfParams(memory, iterations, lanes).check()
        except KdfParamsError as exc:
            raise KeySlotFormatError("key-slot file has unacceptable KDF parameters") from exc
        slots_bytes = body[HEADER_BYTES:]
        slots = [slots_bytes[i * SLOT_BYTES : (i + 1) * SLOT_BYTES] for i in range(SLOT_COUNT)]
        return cls(params, salt, vault_id, slots, recovery_public, flags)

    @classmethod
    def read(cls, path: Path) -> KeySlotFile:
        """Read and parse ``path``; never reads more than one byte past the expected size."""
        with open(path, "rb") as handle:
            data = handle.read(FILE_BYTES + 1)
        return cls.from_bytes(data)

    def to_bytes(self) -> bytes:
        body = self.header_bytes() + b"".join(self.slots)
        return body + hashlib.sha256(body).digest()

    def write(self, path: Path) -> None:
        """Replace ``path`` atomically: write a temporary file, fsync, rename, fsync the folder."""
        write_atomically(Path(path), self.to_bytes())

    def overwrite(self, path: Path) -> None:
        """Write over the existing file's own bytes (same size), then fsync.

        Unlike a rename, this leaves no copy of the old slots in a freed block of an
        ordinary file system. The file must exist: a wiped vault is never brought back.
        """
        overwrite_in_place(Path(path), self.to_bytes())

    def header_bytes(self) -> bytes:
        return _HEADER.pack(self._fixed_bytes(), self.flags, 0, self.recovery_public)

    def _fixed_bytes(self) -> bytes:
        p = self.params
        return _FIXED.pack(MAGIC, FORMAT_VERSION, SLOT_COUNT, p.memory_kib, p.iterations,
                           p.lanes, self.salt, self.vault_id)  # fmt: skip

    @property
    def vault_id_hex(self) -> str:
        return self.vault_id.hex()

    @property
    def needs_device_secret(self) -> bool:
        """True when the passphrase slot was made with this computer's device secret."""
        return bool(self.flags & FLAG_DEVICE_SECRET)

    # -- opening and changing slots ------------------------------------------------------

    def master(self, secret: str) -> bytes:
        """The slow part of an unlock: the secret stretched with this file's salt and cost.

        Files that share salt and cost (a key change keeps both) can all be tried with one
        master through :meth:`unlock_with_master`.
        """
        return derive_key(_secret_bytes(secret), self.salt, self.params)

    def unlock(self, secret: str, device_secret: bytes | None) -> UnlockedSlots:
        """Open whichever slot ``secret`` fits; raise WrongSecretError if none does."""
        return self.unlock_with_master(self.master(secret), device_secret)

    def unlock_with_master(self, master: bytes, device_secret: bytes | None) -> UnlockedSlots:
        opened = self._try_all(master, device_secret)
        if not opened:
            raise WrongSecretError("no key slot opened")
        return opened[0]

    def set_slot(
        self, kind: SlotKind, secret: str, db_key: bytes, device_secret: bytes | None
    ) -> bytes:
        """Wrap ``db_key`` for ``secret`` in the slot for ``kind`` (in memory; call write()).

        Returns the key that wraps the slot (for :meth:`rewrap`; empty for the recovery
        slot, which is sealed to a public key). The recovery slot never uses the device
        secret: it is how a vault moves to a new computer. A secret that already opens a
        different slot is refused, so the duress passphrase can never equal the real one.
        """
        if len(db_key) != DB_KEY_BYTES:
            raise KeySlotError("database key has the wrong length")
        if kind is SlotKind.RECOVERY and device_secret is not None:
            raise KeySlotError("the recovery slot never uses the device secret")
        master = self._master(secret)
        clashes = [u for u in self._try_all(master, device_secret) if u.kind != kind.name.lower()]
        if clashes:
            raise KeySlotError("this secret already opens another key slot")
        if kind is SlotKind.RECOVERY:
            self.recovery_public = _public_bytes(_recovery_private(master))
            self.wrap_recovery(db_key)
            return b""
        if kind is SlotKind.PASSPHRASE:
            self.flags = (self.flags & ~FLAG_DEVICE_SECRET) | (
                FLAG_DEVICE_SECRET if device_secret is not None else 0
            )
        key = _slot_key(master, kind.index, device_secret)
        self.rewrap(kind, key, db_key)
        return key

    def rewrap(self, kind: SlotKind, slot_key: bytes, db_key: bytes) -> None:
        """Wrap ``db_key`` in the slot for ``kind`` under the key :meth:`set_slot` returned
        (or an unlock gave): a new database key for the same passphrase, without asking it."""
        if kind is SlotKind.RECOVERY or len(slot_key) != 32 or len(db_key) != DB_KEY_BYTES:
            raise KeySlotError("this slot cannot be rewrapped that way")
        nonce = os.urandom(NONCE_BYTES)
        plaintext = bytes([kind.value]) + bytes(db_key) + bytes(_SYMMETRIC_PLAIN - 33)
        sealed = ChaCha20Poly1305(slot_key).encrypt(nonce, plaintext, self._aad(kind.index))
        self.slots[kind.index] = nonce + sealed

    def wrap_recovery(self, db_key: bytes) -> None:
        """Seal ``db_key`` to the recovery code's public key; the code itself is not needed."""
        if len(db_key) != DB_KEY_BYTES:
            raise KeySlotError("database key has the wrong length")
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = _public_bytes(ephemeral)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.recovery_public))
        key = _recovery_key(shared, ephemeral_public, self.recovery_public)
        plaintext = bytes([SlotKind.RECOVERY.value]) + bytes(db_key) + bytes(_RECOVERY_PLAIN - 33)
        index = SlotKind.RECOVERY.index
        sealed = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, plaintext, self._aad(index))
        # An X25519 public key's top bit is always 0; a random one there makes this slot
        # look like every other slot (X25519 ignores that bit, RFC 7748 section 5).
        top = ephemeral_public[-1] | (os.urandom(1)[0] & 0x80)
        self.slots[index] = ephemeral_public[:-1] + bytes([top]) + sealed

    def clear_slot(self, kind: SlotKind) -> None:
        """Make the slot for ``kind`` random bytes again (in memory; call write())."""
        self.slots[kind.index] = os.urandom(SLOT_BYTES)

    def destroy(self) -> None:
        """Replace every slot and the salt with random bytes: nothing can open it again."""
        self.salt = os.urandom(SALT_BYTES)
        self.slots = [os.urandom(SLOT_BYTES) for _ in range(SLOT_COUNT)]

    def _master(self, secret: str) -> bytes:
        return self.master(secret)

    def _try_all(self, master: bytes, device_secret: bytes | None) -> list[UnlockedSlots]:
        """Try every slot with and without the device secret; always all attempts."""
        variants: list[bytes | None] = [None] if device_secret is None else [device_secret, None]
        opened: list[UnlockedSlots] = []
        for index in range(SLOT_COUNT):
            if index == SlotKind.RECOVERY.index:
                result = self._open_recovery(master)
                if result is not None:
                    opened.append(result)
                continue
            for variant in variants:
                result = self._open_slot(master, index, variant)
                if result is not None:
                    opened.append(result)
        return opened

    def _open_slot(
        self, master: bytes, index: int, device_secret: bytes | None
    ) -> UnlockedSlots | None:
        slot = self.slots[index]
        key = _slot_key(master, index, device_secret)
        try:
            plain = ChaCha20Poly1305(key).decrypt(
                slot[:NONCE_BYTES], slot[NONCE_BYTES:], self._aad(index)
            )
        except InvalidTag:
            return None
        kind_byte, db_key, padding = plain[0], plain[1 : 1 + DB_KEY_BYTES], plain[33:]
        if kind_byte != index + 1 or any(padding):
            return None  # authentic but not what Satchel writes: fail closed
        kind = SlotKind(kind_byte).name.lower()
        return UnlockedSlots(kind, db_key, device_secret is not None, key)

    def _open_recovery(self, master: bytes) -> UnlockedSlots | None:
        index = SlotKind.RECOVERY.index
        slot = self.slots[index]
        private = _recovery_private(master)
        if not hmac.compare_digest(_public_bytes(private), self.recovery_public):
            return None
        stored = slot[:PUBLIC_KEY_BYTES]
        ephemeral_public = stored[:-1] + bytes([stored[-1] & 0x7F])
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
            key = _recovery_key(shared, ephemeral_public, self.recovery_public)
            plain = ChaCha20Poly1305(key).decrypt(
                _ZERO_NONCE, slot[PUBLIC_KEY_BYTES:], self._aad(index)
            )
        except (InvalidTag, ValueError):
            return None
        kind_byte, db_key, padding = plain[0], plain[1 : 1 + DB_KEY_BYTES], plain[33:]
        if kind_byte != SlotKind.RECOVERY.value or any(padding):
            return None
        return UnlockedSlots("recovery", db_key)

    def _aad(self, index: int) -> bytes:
        return self._fixed_bytes() + bytes([index])


def _secret_bytes(secret: str) -> bytes:
    """UTF-8 of the NFC form, so the same passphrase typed on another OS still fits."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _slot_key(master: bytes, index: int, device_secret: bytes | None) -> bytes:
    """HKDF-SHA256 of the Argon2id output (and device secret), bound to the slot index."""
    ikm = master if device_secret is None else master + device_secret
    mode = b"\x00" if device_secret is None else b"\x01"
    info = b"satchel slot" + bytes([index]) + mode
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(ikm)


def _recovery_private(master: bytes) -> X25519PrivateKey:
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"satchel recovery x25519").derive(master)  # fmt: skip
    return X25519PrivateKey.from_private_bytes(seed)


def _recovery_key(shared: bytes, ephemeral_public: bytes, recovery_public: bytes) -> bytes:
    info = b"satchel recovery slot" + ephemeral_public + recovery_public
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def _public_bytes(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


__all__ = [
    "FILE_BYTES",
    "KeySlotDamagedError",
    "KeySlotError",
    "KeySlotFile",
    "KeySlotFormatError",
    "SlotKind",
    "UnlockedSlots",
    "WrongSecretError",
]
