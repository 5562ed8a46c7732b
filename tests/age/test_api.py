"""The public API of crypto.age: round trips, keys, the mixing rule, secrets out of sight."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc

import pytest

import crypto.age as age
from crypto.age import bech32
from crypto.age.keys import parse_identity

from .conftest import open_sealed, seal

SIZES = [0, 1, 65535, 65536, 65537, 3 * 65536, 3 * 65536 + 1, 16 * 65536, 17 * 65536 + 5]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armor", [False, True])
def test_x25519_round_trip(size: int, armor: bool, x25519_keys: tuple[str, str]) -> None:
    identity, recipient = x25519_keys
    data = os.urandom(size)
    sealed = seal(data, [recipient], armor=armor)
    assert sealed.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----\n" if armor else b"age-")
    assert open_sealed(sealed, [identity]) == data


@pytest.mark.parametrize("size", [0, 1, 65536, 3 * 65536 + 1])
def test_hybrid_round_trip(size: int, hybrid_keys: tuple[str, str]) -> None:
    identity, recipient = hybrid_keys
    data = os.urandom(size)
    sealed = seal(data, [recipient])
    assert b"\n-> mlkem768x25519 " in sealed[:200]
    assert open_sealed(sealed, [identity]) == data


def test_every_recipient_can_open(x25519_keys: tuple[str, str]) -> None:
    others = [age.generate_x25519() for _ in range(3)]
    sealed = seal(b"referral", [x25519_keys[1], *(r for _, r in others)])
    for identity, _ in [x25519_keys, *others]:
        assert open_sealed(sealed, [identity]) == b"referral"


def test_wrong_identity_is_no_match_and_writes_nothing(x25519_keys: tuple[str, str]) -> None:
    sealed = seal(b"case notes", [x25519_keys[1]])
    stranger, _ = age.generate_x25519()
    pq_stranger, _ = age.generate_hybrid()
    out = io.BytesIO()
    with pytest.raises(age.NoIdentityMatchError):
        age.decrypt(io.BytesIO(sealed), out, [stranger, pq_stranger])
    assert out.getvalue() == b""
    with pytest.raises(age.NoIdentityMatchError):
        age.decrypt(io.BytesIO(sealed), out, [])


def test_second_identity_is_tried(x25519_keys: tuple[str, str]) -> None:
    sealed = seal(b"x", [x25519_keys[1]])
    assert open_sealed(sealed, [age.generate_hybrid()[0], x25519_keys[0]]) == b"x"


def test_post_quantum_and_classic_recipients_are_not_mixed(
    x25519_keys: tuple[str, str], hybrid_keys: tuple[str, str]
) -> None:
    with pytest.raises(age.InvalidKeyError, match="mixed"):
        seal(b"x", [x25519_keys[1], hybrid_keys[1]])


def test_generated_keys_have_the_standard_shape() -> None:
    identity, recipient = age.generate_x25519()
    assert identity.startswith("AGE-SECRET-KEY-1") and identity.isupper()
    assert recipient.startswith("age1") and len(recipient) == 62
    assert age.recipient_from_identity(identity) == recipient
    assert age.recipient_from_identity(identity.lower()) == recipient
    pq_identity, pq_recipient = age.generate_hybrid()
    assert pq_identity.startswith("AGE-SECRET-KEY-PQ-1")
    assert pq_recipient.startswith("age1pq1") and len(bech32.decode(pq_recipient)[1]) == 1216
    assert age.recipient_from_identity(pq_identity) == pq_recipient


def test_spec_example_keys() -> None:
    """The X25519 example pair from the age specification."""
    identity = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
    expected = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
    assert age.recipient_from_identity(identity) == expected


BAD_RECIPIENTS = [
    "",
    "age1",
    "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwk",  # checksum
    "AGE1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj".replace("z", "Z", 1),
    "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwjb",
    bech32.encode("age", bytes(31)),
    bech32.encode("age", bytes(33)),
    bech32.encode("agf", bytes(32)),
    bech32.encode("age1pq", bytes(1216)),  # not a valid ML-KEM key
    bech32.encode("age-secret-key-", bytes(32)),
    bech32.encode("age", bytes(32)),  # the all-zero point has low order
    "age1 zvkyg2",
    "агe1zvkyg2",
]


@pytest.mark.parametrize("recipient", BAD_RECIPIENTS)
def test_bad_recipient_strings(recipient: str) -> None:
    with pytest.raises(age.InvalidKeyError) as caught:
        seal(b"x", [recipient])
    if recipient:
        assert recipient not in str(caught.value)


BAD_IDENTITIES = [
    "",
    "AGE-SECRET-KEY-1",
    bech32.encode("age-secret-key-", bytes(31)).upper(),
    bech32.encode("age-secret-key-pq-", bytes(64)).upper(),
    bech32.encode("age", bytes(32)),
    "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEY",
]


@pytest.mark.parametrize("identity", BAD_IDENTITIES)
def test_bad_identity_strings_never_echo_the_key(identity: str) -> None:
    with pytest.raises(age.InvalidKeyError) as caught:
        age.recipient_from_identity(identity)
    assert "SECRET" not in str(caught.value).upper().replace("SECRET KEY", "")
    if identity:
        assert identity not in str(caught.value)


def test_a_single_string_is_not_a_list_of_keys(x25519_keys: tuple[str, str]) -> None:
    with pytest.raises(TypeError):
        seal(b"x", x25519_keys[1])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        open_sealed(b"", x25519_keys[0])  # type: ignore[arg-type]


def test_secrets_stay_out_of_repr(
    x25519_keys: tuple[str, str], hybrid_keys: tuple[str, str]
) -> None:
    for identity in (x25519_keys[0], hybrid_keys[0]):
        parsed = parse_identity(identity)
        raw = bech32.decode(identity)[1]
        text = repr(parsed) + str(parsed)
        assert identity not in text and raw.hex() not in text and repr(raw) not in text


def test_errors_are_one_plain_sentence(x25519_keys: tuple[str, str]) -> None:
    sealed = seal(b"secret plaintext", [x25519_keys[1]])
    damaged = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(age.PayloadError) as caught:
        open_sealed(damaged, [x25519_keys[0]])
    message = str(caught.value)
    assert message.endswith(".") and message.count(". ") == 0 and "\n" not in message
    assert caught.value.__cause__ is None


class _Zeros(io.RawIOBase):
    """A large input that is never held in memory at once, read in short pieces."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = min(len(buffer), self.left, 10_000)
        buffer[:count] = bytes(count)
        self.left -= count
        return count


class _HashSink(io.RawIOBase):
    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.digest.update(data)
        self.size += len(data)
        return len(data)


def _encrypt_peak(size: int, recipient: str) -> int:
    sink = _HashSink()
    tracemalloc.start()
    try:
        age.encrypt(_Zeros(size), sink, [recipient])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.size > size
    return peak


def _peak_writing_a_file(size: int) -> int:
    """Peak memory while sealing ``size`` zero bytes into a plain file (the writer thread)."""
    from crypto.age.stream import encrypt_payload

    tracemalloc.start()
    try:
        with open(os.devnull, "wb") as dst:
            encrypt_payload(_Zeros(size), dst, bytes(32))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_with_the_writer_thread() -> None:
    """Blocks in flight: the cipher threads', two read ahead and two queued for the writer."""
    from crypto.age.stream import PLAIN_BLOCK, SEALED_BLOCK, cipher_workers

    ceiling = (cipher_workers() + 6) * (PLAIN_BLOCK + SEALED_BLOCK)
    small, large = _peak_writing_a_file(24 << 20), _peak_writing_a_file(128 << 20)
    assert large < ceiling, f"peaked at {large} bytes for 128 MiB"
    assert large - small < PLAIN_BLOCK + SEALED_BLOCK, (small, large)


def test_memory_stays_flat_while_streaming(x25519_keys: tuple[str, str]) -> None:
    """A few 2 MiB blocks are in flight on the cipher threads, whatever the input size."""
    from crypto.age.stream import PLAIN_BLOCK, SEALED_BLOCK, cipher_workers

    ceiling = (cipher_workers() + 4) * (PLAIN_BLOCK + SEALED_BLOCK)
    small = _encrypt_peak(24 * 1024 * 1024, x25519_keys[1])
    large = _encrypt_peak(96 * 1024 * 1024, x25519_keys[1])
    assert large < ceiling, f"encrypt peaked at {large} bytes for 96 MiB"
    assert large - small < PLAIN_BLOCK + SEALED_BLOCK, (small, large)


def test_short_reads_from_a_pipe_are_handled(x25519_keys: tuple[str, str]) -> None:
    data = os.urandom(3 * 65536 + 7)
    sealed = seal(data, [x25519_keys[1]], armor=True)

    class Trickle(io.RawIOBase):
        def __init__(self, payload: bytes) -> None:
            self.inner = io.BytesIO(payload)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            piece = self.inner.read(min(len(buffer), 997))
            buffer[: len(piece)] = piece
            return len(piece)

    out = io.BytesIO()
    age.decrypt(Trickle(sealed), out, [x25519_keys[0]])
    assert out.getvalue() == data
    out = io.BytesIO()
    age.encrypt(Trickle(data), out, [x25519_keys[1]])
    assert open_sealed(out.getvalue(), [x25519_keys[0]]) == data


def test_scrypt_stanzas_are_recognised(x25519_keys: tuple[str, str]) -> None:
    """A passphrase file is refused as unsupported; mixed with others it is malformed."""
    from crypto.age.header import Stanza, encode_header

    key = os.urandom(16)
    scrypt = Stanza((b"scrypt", b"AAAAAAAAAAAAAAAAAAAAAA", b"10"), os.urandom(32))
    alone = encode_header([scrypt], key) + os.urandom(16 + 16)
    with pytest.raises(age.NoIdentityMatchError, match="passphrase"):
        open_sealed(alone, [x25519_keys[0]])
    sealed = seal(b"x", [x25519_keys[1]])
    mixed = sealed.replace(b"\n---", b"\n" + scrypt.encode()[:-1] + b"\n---", 1)
    with pytest.raises(age.HeaderError):
        open_sealed(mixed, [x25519_keys[0]])
