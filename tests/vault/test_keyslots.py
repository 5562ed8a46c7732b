"""The key-slot file: round trips, wrong secrets, looks-random, strict parsing."""

from __future__ import annotations

import hashlib
import os
import stat
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto.kdf import KdfParams
from crypto.keyslots import (
    CHECKSUM_BYTES,
    FILE_BYTES,
    HEADER_BYTES,
    SLOT_BYTES,
    SLOT_COUNT,
    KeySlotDamagedError,
    KeySlotError,
    KeySlotFile,
    KeySlotFormatError,
    SlotKind,
    WrongSecretError,
)

DB_KEY = bytes(range(32))
DEVICE = bytes(range(100, 132))
PASSPHRASE = "correct horse battery"
RECOVERY = "7K2M-QX4T-ABCD-EFGH-JKMN-PQRS-TVWX"


def _file(test_kdf: KdfParams) -> KeySlotFile:
    slots = KeySlotFile.create(test_kdf)
    slots.set_slot(SlotKind.PASSPHRASE, PASSPHRASE, DB_KEY, DEVICE)
    slots.set_slot(SlotKind.RECOVERY, RECOVERY, DB_KEY, None)
    return slots


def test_round_trip_through_disk(tmp_path: Path, test_kdf: KdfParams) -> None:
    path = tmp_path / "keyslots"
    _file(test_kdf).write(path)
    assert path.stat().st_size == FILE_BYTES
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyslots"]  # no temporary left
    back = KeySlotFile.read(path)
    opened = back.unlock(PASSPHRASE, DEVICE)
    assert (opened.kind, opened.db_key, opened.used_device_secret) == ("passphrase", DB_KEY, True)
    recovered = back.unlock(RECOVERY, None)
    assert (recovered.kind, recovered.db_key) == ("recovery", DB_KEY)
    assert back.unlock(RECOVERY, DEVICE).kind == "recovery"
    assert back.params == test_kdf


def test_rewrite_replaces_the_file(tmp_path: Path, test_kdf: KdfParams) -> None:
    path = tmp_path / "keyslots"
    slots = _file(test_kdf)
    slots.write(path)
    slots.set_slot(SlotKind.PASSPHRASE, "another passphrase", DB_KEY, DEVICE)
    slots.write(path)
    back = KeySlotFile.read(path)
    assert back.unlock("another passphrase", DEVICE).db_key == DB_KEY
    with pytest.raises(WrongSecretError):
        back.unlock(PASSPHRASE, DEVICE)


@pytest.mark.parametrize(
    ("secret", "device"),
    [
        ("correct horse batterx", DEVICE),
        ("", DEVICE),
        (PASSPHRASE, None),  # the device secret is missing: a copied folder alone fails
        (PASSPHRASE, bytes(32)),  # another laptop's device secret
        (RECOVERY.lower(), None),  # normalising the code is the vault's job, not this file's
    ],
)
def test_wrong_secret_opens_nothing(test_kdf: KdfParams, secret: str, device: bytes | None) -> None:
    with pytest.raises(WrongSecretError):
        _file(test_kdf).unlock(secret, device)


def test_passphrase_without_device_secret(test_kdf: KdfParams) -> None:
    slots = KeySlotFile.create(test_kdf)
    slots.set_slot(SlotKind.PASSPHRASE, PASSPHRASE, DB_KEY, None)
    opened = slots.unlock(PASSPHRASE, DEVICE)  # a device secret that is not mixed in is fine
    assert opened.db_key == DB_KEY
    assert not opened.used_device_secret


def test_unicode_passphrase_in_either_normal_form(test_kdf: KdfParams) -> None:
    slots = KeySlotFile.create(test_kdf)
    slots.set_slot(SlotKind.PASSPHRASE, "пароль é café", DB_KEY, None)
    decomposed = "пароль e\u0301 cafe\u0301"
    assert slots.unlock(decomposed, None).db_key == DB_KEY


def test_duress_slot_says_so(test_kdf: KdfParams) -> None:
    slots = _file(test_kdf)
    decoy = os.urandom(32)
    slots.set_slot(SlotKind.DURESS, "the duress words", decoy, DEVICE)
    opened = slots.unlock("the duress words", DEVICE)
    assert (opened.kind, opened.db_key) == ("duress", decoy)
    assert slots.unlock(PASSPHRASE, DEVICE).kind == "passphrase"


def test_a_secret_cannot_open_two_slots(test_kdf: KdfParams) -> None:
    slots = _file(test_kdf)
    before = slots.to_bytes()
    with pytest.raises(KeySlotError):
        slots.set_slot(SlotKind.DURESS, PASSPHRASE, os.urandom(32), DEVICE)
    with pytest.raises(KeySlotError):
        slots.set_slot(SlotKind.PASSPHRASE, RECOVERY, DB_KEY, DEVICE)
    assert slots.to_bytes() == before


def test_recovery_slot_never_takes_the_device_secret(test_kdf: KdfParams) -> None:
    with pytest.raises(KeySlotError):
        KeySlotFile.create(test_kdf).set_slot(SlotKind.RECOVERY, RECOVERY, DB_KEY, DEVICE)


def test_db_key_must_be_256_bits(test_kdf: KdfParams) -> None:
    with pytest.raises(KeySlotError):
        KeySlotFile.create(test_kdf).set_slot(SlotKind.PASSPHRASE, PASSPHRASE, b"short", None)


def test_cleared_slot_opens_nothing_and_is_replaced(test_kdf: KdfParams) -> None:
    slots = _file(test_kdf)
    old = slots.slots[SlotKind.PASSPHRASE.index]
    slots.clear_slot(SlotKind.PASSPHRASE)
    assert slots.slots[SlotKind.PASSPHRASE.index] != old
    assert len(slots.slots[SlotKind.PASSPHRASE.index]) == SLOT_BYTES
    with pytest.raises(WrongSecretError):
        slots.unlock(PASSPHRASE, DEVICE)
    assert slots.unlock(RECOVERY, None).kind == "recovery"


def test_destroyed_file_opens_nothing(test_kdf: KdfParams) -> None:
    slots = _file(test_kdf)
    slots.destroy()
    for secret, device in ((PASSPHRASE, DEVICE), (RECOVERY, None)):
        with pytest.raises(WrongSecretError):
            slots.unlock(secret, device)


def test_secrets_never_in_reprs(test_kdf: KdfParams) -> None:
    slots = _file(test_kdf)
    opened = slots.unlock(PASSPHRASE, DEVICE)
    for text in (repr(opened), repr(slots), str(opened)):
        assert DB_KEY.hex() not in text
        assert repr(DB_KEY) not in text
        assert PASSPHRASE not in text


# -- nothing shows which slots are used ----------------------------------------------------


@pytest.mark.parametrize("used", [0, 1, 2, 3])
def test_file_size_does_not_depend_on_slots_used(test_kdf: KdfParams, used: int) -> None:
    slots = KeySlotFile.create(test_kdf)
    kinds = [SlotKind.PASSPHRASE, SlotKind.RECOVERY, SlotKind.DURESS][:used]
    for n, kind in enumerate(kinds):
        slots.set_slot(kind, f"secret number {n}", DB_KEY, None)
    assert len(slots.to_bytes()) == FILE_BYTES
    assert FILE_BYTES == HEADER_BYTES + SLOT_COUNT * SLOT_BYTES + CHECKSUM_BYTES


def _slot_samples(test_kdf: KdfParams, count: int) -> tuple[list[bytes], list[bytes]]:
    used: list[bytes] = []
    unused: list[bytes] = []
    for n in range(count):
        slots = KeySlotFile.create(test_kdf)
        slots.set_slot(SlotKind.PASSPHRASE, f"passphrase {n}", DB_KEY, None)
        used.append(slots.slots[SlotKind.PASSPHRASE.index])
        unused.append(slots.slots[SlotKind.DURESS.index])
    return used, unused


def test_used_slots_look_like_unused_ones(test_kdf: KdfParams) -> None:
    """Same key, same kind byte every time, yet no byte position is predictable.

    For 256 random samples a position shows on average ~162 distinct values; a fixed or
    structured byte (a kind marker, a length, zero padding in clear) would show a handful.
    Bits set overall sit near one half for both, as random bytes must.
    """
    used, unused = _slot_samples(test_kdf, 256)
    for samples in (used, unused):
        for position in range(SLOT_BYTES):
            distinct = len({slot[position] for slot in samples})
            assert distinct > 120, f"slot byte {position} has only {distinct} values"
        ones = sum(bin(b).count("1") for slot in samples for b in slot)
        total_bits = len(samples) * SLOT_BYTES * 8
        assert abs(ones / total_bits - 0.5) < 0.01
    assert len(set(used)) == len(used)


# -- strict parsing --------------------------------------------------------------------------


def _valid_bytes(test_kdf: KdfParams) -> bytes:
    return _file(test_kdf).to_bytes()


@pytest.mark.parametrize(
    "mangle",
    [
        lambda b: b[:-1],
        lambda b: b[:HEADER_BYTES],
        lambda b: b"",
        lambda b: b + b"\x00",
        lambda b: b + b"x" * 4096,
        lambda b: b"XATCHKEY" + b[8:],
        lambda b: b[:8] + struct.pack(">H", 1) + b[10:],  # the old format, without checksum
        lambda b: b[:8] + struct.pack(">H", 3) + b[10:],
        lambda b: b[:8] + struct.pack(">H", 0) + b[10:],
        lambda b: b[:10] + struct.pack(">H", 5) + b[12:],
        lambda b: b[:12] + struct.pack(">I", 2**32 - 1) + b[16:],  # 4 TiB of memory
        lambda b: b[:16] + struct.pack(">I", 10_000) + b[20:],  # 10,000 passes
        lambda b: b[:20] + struct.pack(">I", 0) + b[24:],  # no lanes
        lambda b: b"\x00" * len(b),
        lambda b: os.urandom(len(b)),
    ],
)
def test_malformed_files_are_clear_errors(test_kdf: KdfParams, mangle) -> None:  # type: ignore[no-untyped-def]
    mangled = mangle(_valid_bytes(test_kdf))
    with pytest.raises(KeySlotFormatError):
        KeySlotFile.from_bytes(mangled)
    if len(mangled) == FILE_BYTES and mangled.startswith(b"SATCHKEY"):
        with pytest.raises(KeySlotFormatError):  # refused for what it says, not only the sum
            KeySlotFile.from_bytes(_resealed(mangled))


def test_reading_a_huge_file_stops_early(tmp_path: Path) -> None:
    path = tmp_path / "keyslots"
    with open(path, "wb") as handle:
        handle.truncate(1 << 30)  # sparse 1 GiB: reading it whole would be the bug
    with pytest.raises(KeySlotFormatError):
        KeySlotFile.read(path)


def _resealed(data: bytes | bytearray) -> bytes:
    """``data`` with its checksum made right again, as someone editing the file would do."""
    body = bytes(data[:-CHECKSUM_BYTES])
    return body + hashlib.sha256(body).digest()


FIXED_HEADER_BYTES = 56  # magic to vault id: what every slot's associated data binds
FLAGS_AT = FIXED_HEADER_BYTES


def test_every_flipped_bit_reads_as_damage(test_kdf: KdfParams) -> None:
    """A changed bit anywhere is "damaged", never a wrong secret: nothing is guessed."""
    data = _valid_bytes(test_kdf)
    for position in range(FILE_BYTES):
        for bit in range(8):
            flipped = bytearray(data)
            flipped[position] ^= 1 << bit
            with pytest.raises(KeySlotDamagedError):
                KeySlotFile.from_bytes(bytes(flipped))


def test_any_header_change_opens_nothing(test_kdf: KdfParams) -> None:
    """Every byte of the fixed header is bound by the AEAD: changed (and the checksum made
    right again), the file is refused or opens nothing."""
    data = _valid_bytes(test_kdf)
    fixed = list(range(FIXED_HEADER_BYTES))
    recovery_public = list(range(HEADER_BYTES - 32, HEADER_BYTES))
    for position in fixed + recovery_public:
        tampered = bytearray(data)
        tampered[position] ^= 0x01
        try:
            slots = KeySlotFile.from_bytes(_resealed(tampered))
        except KeySlotFormatError:
            continue
        secrets_ = [(RECOVERY, None)]
        if position < FIXED_HEADER_BYTES:
            secrets_.append((PASSPHRASE, DEVICE))
        for secret, device in secrets_:
            with pytest.raises(WrongSecretError):
                slots.unlock(secret, device)


def test_the_flags_say_whether_the_device_secret_is_needed(test_kdf: KdfParams) -> None:
    assert _file(test_kdf).needs_device_secret
    without = KeySlotFile.create(test_kdf)
    without.set_slot(SlotKind.PASSPHRASE, PASSPHRASE, DB_KEY, None)
    assert not without.needs_device_secret
    assert not KeySlotFile.from_bytes(without.to_bytes()).needs_device_secret
    unknown = bytearray(without.to_bytes())
    unknown[FLAGS_AT + 1] |= 0x02
    with pytest.raises(KeySlotFormatError):
        KeySlotFile.from_bytes(_resealed(unknown))


def test_recovery_slot_is_rewrapped_without_the_code(test_kdf: KdfParams) -> None:
    """A key change wraps a new database key for the recovery code it never sees."""
    slots = _file(test_kdf)
    new_key = os.urandom(32)
    slots.wrap_recovery(new_key)
    back = KeySlotFile.from_bytes(slots.to_bytes())
    assert back.unlock(RECOVERY, None).db_key == new_key
    assert back.unlock(PASSPHRASE, DEVICE).db_key == DB_KEY  # untouched until rewrapped


def test_passphrase_slot_rewrapped_with_its_slot_key(test_kdf: KdfParams) -> None:
    slots = _file(test_kdf)
    slot_key = slots.unlock(PASSPHRASE, DEVICE).slot_key
    new_key = os.urandom(32)
    slots.rewrap(SlotKind.PASSPHRASE, slot_key, new_key)
    opened = slots.unlock(PASSPHRASE, DEVICE)
    assert (opened.kind, opened.db_key, opened.used_device_secret) == ("passphrase", new_key, True)
    with pytest.raises(KeySlotError):
        slots.rewrap(SlotKind.RECOVERY, slot_key, new_key)


def test_overwrite_keeps_the_same_file(tmp_path: Path, test_kdf: KdfParams) -> None:
    """A key change writes over the old slots' own bytes instead of renaming a new file."""
    path = tmp_path / "keyslots"
    slots = _file(test_kdf)
    slots.write(path)
    inode = path.stat().st_ino
    slots.set_slot(SlotKind.PASSPHRASE, "another passphrase", DB_KEY, DEVICE)
    slots.overwrite(path)
    assert path.stat().st_ino == inode
    assert KeySlotFile.read(path).unlock("another passphrase", DEVICE).db_key == DB_KEY
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyslots"]
    with pytest.raises(FileNotFoundError):
        slots.overwrite(tmp_path / "gone")  # a wiped key file is never brought back


def test_any_used_slot_change_opens_nothing(test_kdf: KdfParams) -> None:
    data = _valid_bytes(test_kdf)
    start = HEADER_BYTES + SlotKind.PASSPHRASE.index * SLOT_BYTES
    for position in range(start, start + SLOT_BYTES):
        tampered = bytearray(data)
        tampered[position] ^= 0x80
        with pytest.raises(WrongSecretError):
            KeySlotFile.from_bytes(_resealed(tampered)).unlock(PASSPHRASE, DEVICE)


def test_swapping_slots_opens_nothing(test_kdf: KdfParams) -> None:
    slots = _file(test_kdf)
    slots.slots[0], slots.slots[1] = slots.slots[1], slots.slots[0]
    with pytest.raises(WrongSecretError):
        slots.unlock(PASSPHRASE, DEVICE)
    with pytest.raises(WrongSecretError):
        slots.unlock(RECOVERY, None)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=FILE_BYTES + 20))
def test_fuzzed_bytes_parse_or_fail_cleanly(data: bytes) -> None:
    try:
        slots = KeySlotFile.from_bytes(data)
    except KeySlotFormatError:
        return
    assert slots.to_bytes() == data


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.integers(0, FILE_BYTES - 1), st.integers(1, 255)), min_size=1),
)
def test_fuzzed_edits_of_a_valid_file_never_open_with_a_changed_header(
    test_kdf: KdfParams, edits: list[tuple[int, int]]
) -> None:
    original = _valid_bytes(test_kdf)
    data = bytearray(original)
    for position, flip in edits:
        data[position] ^= flip
    if data != original:
        with pytest.raises(KeySlotDamagedError):
            KeySlotFile.from_bytes(bytes(data))  # as damaged on disk: never a guess
    data = bytearray(_resealed(data))  # as edited on purpose
    try:
        slots = KeySlotFile.from_bytes(bytes(data))
    except KeySlotFormatError:
        return
    if slots.params.memory_kib > 8 * test_kdf.memory_kib or slots.params.iterations > 8:
        return  # a costlier (still bounded) KDF: test_any_header_change covers the binding
    try:
        opened = slots.unlock(PASSPHRASE, DEVICE)
    except WrongSecretError:
        return
    # Only edits confined to other slots leave the passphrase slot and header intact.
    assert opened.db_key == DB_KEY
    passphrase_slot = range(HEADER_BYTES, HEADER_BYTES + SLOT_BYTES)
    changed = [p for p in range(FILE_BYTES - CHECKSUM_BYTES) if data[p] != original[p]]
    assert all(
        (p >= HEADER_BYTES or p >= FIXED_HEADER_BYTES) and p not in passphrase_slot for p in changed
    )


def test_the_panic_wipe_reads_the_vault_id_where_the_key_file_keeps_it(
    test_kdf: KdfParams,
) -> None:
    """crypto.keyslot_header reads the id without the cipher code; its layout is this one."""
    from crypto import keyslot_header

    slots = _file(test_kdf)
    data = slots.to_bytes()
    assert keyslot_header.KEY_FILE_BYTES == FILE_BYTES == len(data)
    assert keyslot_header.checked_vault_id(data) == slots.vault_id_hex
    flipped = data[:100] + bytes([data[100] ^ 1]) + data[101:]
    assert keyslot_header.checked_vault_id(flipped) is None
    assert keyslot_header.damaged_vault_id(flipped) == slots.vault_id_hex
    assert keyslot_header.damaged_vault_id(b"NOTSATCH" + data[8:]) is None
