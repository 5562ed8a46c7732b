"""The key-slot file: the vault's database key, wrapped for each way of opening the vault.

Layout (all integers big-endian), fixed size, 312 bytes::

    header  56 bytes  magic "SATCHKEY" | version u16 | slot count u16 |
                      Argon2id memory KiB u32 | iterations u32 | lanes u32 |
                      salt 16 | vault id 16
    slots   4 x 64    nonce 12 | ChaCha20-Poly1305( kind u8 | db key 32 | zero 3 ) + tag 16

Slot 0 holds the passphrase, slot 1 the recovery code, slot 2 the duress passphrase and
slot 3 is spare. An unused slot is 64 random bytes, and a used one is a nonce and AEAD
output, so nothing in the file says which slots are in use.

Whatever the person typed is stretched ONCE with Argon2id (header salt and cost), and the
result is tried against every slot, with and without the device secret, using cheap AEAD
attempts. So the time taken does not depend on which slot (if any) opened. A wrong secret
is detected only by the AEAD tag; no hash of any secret is stored. The associated data of
each slot is the header plus the slot index, so an altered header opens nothing.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto.kdf import SALT_BYTES, KdfParams, KdfParamsError, derive_key

MAGIC = b"SATCHKEY"
FORMAT_VERSION = 1
SLOT_COUNT = 4
SLOT_BYTES = 64
DB_KEY_BYTES = 32
VAULT_ID_BYTES = 16
NONCE_BYTES = 12
_HEADER = struct.Struct(f">8sHHIII{SALT_BYTES}s{VAULT_ID_BYTES}s")
HEADER_BYTES = _HEADER.size
FILE_BYTES = HEADER_BYTES + SLOT_COUNT * SLOT_BYTES
_PLAINTEXT_BYTES = SLOT_BYTES - NONCE_BYTES - 16
_PADDING = bytes(_PLAINTEXT_BYTES - 1 - DB_KEY_BYTES)


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


class WrongSecretError(KeySlotError):
    """No slot opened with the secret given."""


@dataclass(frozen=True)
class UnlockedSlots:
    """The result of opening the key-slot file: which kind of slot opened, and its key."""

    kind: str  # "passphrase" | "recovery" | "duress"
    db_key: bytes = field(repr=False)
    used_device_secret: bool = False


@dataclass
class KeySlotFile:
    """An in-memory key-slot file. Slots hold only ciphertext or random bytes."""

    params: KdfParams
    salt: bytes
    vault_id: bytes
    slots: list[bytes] = field(repr=False)

    @classmethod
    def create(cls, params: KdfParams) -> KeySlotFile:
        """A new file with a fresh salt and vault id, and every slot random."""
        params.check()
        slots = [os.urandom(SLOT_BYTES) for _ in range(SLOT_COUNT)]
        return cls(params, os.urandom(SALT_BYTES), os.urandom(VAULT_ID_BYTES), slots)

    # -- reading and writing -------------------------------------------------------------

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlotFile:
        """Parse strictly: exact size, known magic and version, bounded KDF parameters."""
        if len(data) != FILE_BYTES:
            raise KeySlotFormatError("key-slot file has the wrong size")
        magic, version, count, memory, iterations, lanes, salt, vault_id = _HEADER.unpack(
            data[:HEADER_BYTES]
        )
        if magic != MAGIC:
            raise KeySlotFormatError("not a Satchel key-slot file")
        if version != FORMAT_VERSION:
            raise KeySlotFormatError("unknown key-slot file version")
        if count != SLOT_COUNT:
            raise KeySlotFormatError("unexpected number of key slots")
        try:
            params = KdfParams(memory, iterations, lanes).check()
        except KdfParamsError as exc:
            raise KeySlotFormatError("key-slot file has unacceptable KDF parameters") from exc
        body = data[HEADER_BYTES:]
        slots = [body[i * SLOT_BYTES : (i + 1) * SLOT_BYTES] for i in range(SLOT_COUNT)]
        return cls(params, salt, vault_id, slots)

    @classmethod
    def read(cls, path: Path) -> KeySlotFile:
        """Read and parse ``path``; never reads more than one byte past the expected size."""
        with open(path, "rb") as handle:
            data = handle.read(FILE_BYTES + 1)
        return cls.from_bytes(data)

    def to_bytes(self) -> bytes:
        return self.header_bytes() + b"".join(self.slots)

    def write(self, path: Path) -> None:
        """Replace ``path`` atomically: write ``name.new``, fsync, rename, fsync the folder."""
        write_atomically(Path(path), self.to_bytes())

    def header_bytes(self) -> bytes:
        p = self.params
        return _HEADER.pack(
            MAGIC,
            FORMAT_VERSION,
            SLOT_COUNT,
            p.memory_kib,
            p.iterations,
            p.lanes,
            self.salt,
            self.vault_id,
        )

    @property
    def vault_id_hex(self) -> str:
        return self.vault_id.hex()

    # -- opening and changing slots ------------------------------------------------------

    def unlock(self, secret: str, device_secret: bytes | None) -> UnlockedSlots:
        """Open whichever slot ``secret`` fits; raise WrongSecretError if none does."""
        opened = self._try_all(self._master(secret), device_secret)
        if not opened:
            raise WrongSecretError("no key slot opened")
        return opened[0]

    def set_slot(
        self, kind: SlotKind, secret: str, db_key: bytes, device_secret: bytes | None
    ) -> None:
        """Wrap ``db_key`` for ``secret`` in the slot for ``kind`` (in memory; call write()).

        The recovery slot never uses the device secret: it is how a vault moves to a new
        computer. A secret that already opens a different slot is refused, so the duress
        passphrase can never equal the real one.
        """
        if len(db_key) != DB_KEY_BYTES:
            raise KeySlotError("database key has the wrong length")
        if kind is SlotKind.RECOVERY and device_secret is not None:
            raise KeySlotError("the recovery slot never uses the device secret")
        master = self._master(secret)
        clashes = [u for u in self._try_all(master, device_secret) if u.kind != kind.name.lower()]
        if clashes:
            raise KeySlotError("this secret already opens another key slot")
        key = _slot_key(master, kind.index, device_secret)
        nonce = os.urandom(NONCE_BYTES)
        plaintext = bytes([kind.value]) + bytes(db_key) + _PADDING
        sealed = ChaCha20Poly1305(key).encrypt(nonce, plaintext, self._aad(kind.index))
        self.slots[kind.index] = nonce + sealed

    def clear_slot(self, kind: SlotKind) -> None:
        """Make the slot for ``kind`` random bytes again (in memory; call write())."""
        self.slots[kind.index] = os.urandom(SLOT_BYTES)

    def destroy(self) -> None:
        """Replace every slot and the salt with random bytes: nothing can open it again."""
        self.salt = os.urandom(SALT_BYTES)
        self.slots = [os.urandom(SLOT_BYTES) for _ in range(SLOT_COUNT)]

    def _master(self, secret: str) -> bytes:
        return derive_key(_secret_bytes(secret), self.salt, self.params)

    def _try_all(self, master: bytes, device_secret: bytes | None) -> list[UnlockedSlots]:
        """Try every slot with and without the device secret; always all attempts."""
        variants: list[bytes | None] = [None] if device_secret is None else [device_secret, None]
        opened: list[UnlockedSlots] = []
        for index in range(SLOT_COUNT):
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
        if kind_byte != index + 1 or padding != _PADDING:
            return None  # authentic but not what Satchel writes: fail closed
        kind = SlotKind(kind_byte).name.lower()
        return UnlockedSlots(kind, db_key, used_device_secret=device_secret is not None)

    def _aad(self, index: int) -> bytes:
        return self.header_bytes() + bytes([index])


def _secret_bytes(secret: str) -> bytes:
    """UTF-8 of the NFC form, so the same passphrase typed on another OS still fits."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _slot_key(master: bytes, index: int, device_secret: bytes | None) -> bytes:
    """HKDF-SHA256 of the Argon2id output (and device secret), bound to the slot index."""
    ikm = master if device_secret is None else master + device_secret
    mode = b"\x00" if device_secret is None else b"\x01"
    info = b"satchel slot" + bytes([index]) + mode
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(ikm)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a crash leaves either the old or the new file whole."""
    temporary = path.with_name(path.name + ".new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        temporary.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(temporary, path)
    _fsync_folder(path.parent)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = [
    "FILE_BYTES",
    "KeySlotError",
    "KeySlotFile",
    "KeySlotFormatError",
    "SlotKind",
    "UnlockedSlots",
    "WrongSecretError",
    "write_atomically",
]
