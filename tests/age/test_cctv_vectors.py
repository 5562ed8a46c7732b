"""C2SP CCTV conformance vectors for age (npm package cctv-age, pinned by
packaging/fetch-test-vectors.sh).

Every vector whose keys are X25519 or hybrid (and every armored one) runs and must give
exactly the expected outcome: the expected payload hash on success, the expected failure
kind otherwise, and for payload failures the hash of whatever was released before the
error. Only passphrase (scrypt) vectors are out of scope; they are counted and listed.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import crypto.age as age
from crypto.age.header import VERSION_LINE, read_header
from crypto.age.source import StreamSource

VECTOR_DIR = Path(__file__).resolve().parents[2] / ".cache" / "cctv-age" / "testdata"
MISSING = "vectors-missing"
EXPECTED_ERRORS: dict[str, type[age.AgeError]] = {
    "header failure": age.HeaderError,
    "HMAC failure": age.HMACError,
    "payload failure": age.PayloadError,
    "no match": age.NoIdentityMatchError,
    "armor failure": age.ArmorError,
}
KNOWN_KEYS = {
    "expect", "payload", "identity", "passphrase", "armored", "compressed", "file key", "comment",
}  # fmt: skip


@dataclass
class Vector:
    name: str
    expect: str
    identities: list[str] = field(repr=False)
    passphrases: list[str] = field(repr=False)
    payload_sha256: str | None
    armored: bool
    body: bytes = field(repr=False)

    @property
    def in_scope(self) -> bool:
        return not self.passphrases and all(
            i.startswith(("AGE-SECRET-KEY-1", "AGE-SECRET-KEY-PQ-1")) for i in self.identities
        )


def load_vector(path: Path) -> Vector:
    raw = path.read_bytes()
    text, _, body = raw.partition(b"\n\n")
    values: dict[str, list[str]] = {}
    for line in text.decode().splitlines():
        key, _, value = line.partition(": ")
        assert key in KNOWN_KEYS, f"{path.name}: unknown vector key {key!r}"
        values.setdefault(key, []).append(value)
    if values.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(
        name=path.name,
        expect=values["expect"][0],
        identities=values.get("identity", []),
        passphrases=values.get("passphrase", []),
        payload_sha256=values.get("payload", [None])[0],
        armored=values.get("armored") == ["yes"],
        body=body,
    )


def vector_names() -> list[str]:
    if not VECTOR_DIR.is_dir():
        return [MISSING]
    return sorted(p.name for p in VECTOR_DIR.iterdir())


def require_vectors() -> None:
    if not VECTOR_DIR.is_dir():
        pytest.fail(
            f"The age test vectors are missing from {VECTOR_DIR}: run `make test` "
            "(it calls packaging/fetch-test-vectors.sh .cache/cctv-age)."
        )


@pytest.mark.parametrize("name", vector_names())
def test_vector(name: str) -> None:
    require_vectors()
    vector = load_vector(VECTOR_DIR / name)
    if not vector.in_scope:
        assert vector.passphrases, f"{name} is out of scope but is not a passphrase vector"
        return
    out = io.BytesIO()
    if vector.expect == "success":
        age.decrypt(io.BytesIO(vector.body), out, vector.identities)
    else:
        with pytest.raises(EXPECTED_ERRORS[vector.expect]):
            age.decrypt(io.BytesIO(vector.body), out, vector.identities)
    if vector.expect in ("success", "payload failure"):
        assert hashlib.sha256(out.getvalue()).hexdigest() == vector.payload_sha256
    else:
        assert out.getvalue() == b"", "nothing may be written before the header verified"


def test_vector_scope_is_complete() -> None:
    """The counts are pinned, so a change in the vector set is noticed, not silently run."""
    require_vectors()
    vectors = [load_vector(VECTOR_DIR / name) for name in vector_names()]
    out_of_scope = sorted(v.name for v in vectors if not v.in_scope)
    assert len(vectors) == 143
    assert all(n.startswith("scrypt") or n == "armor_scrypt" for n in out_of_scope)
    assert len(out_of_scope) == 26, out_of_scope
    kinds = {v.expect for v in vectors if v.in_scope}
    assert kinds == {"success", *EXPECTED_ERRORS}


@pytest.mark.parametrize("name", vector_names())
def test_header_reencodes_identically(name: str) -> None:
    """Our header encoder reproduces every header our parser accepts, byte for byte."""
    require_vectors()
    vector = load_vector(VECTOR_DIR / name)
    if vector.armored or not vector.body.startswith(VERSION_LINE):
        return
    try:
        header = read_header(StreamSource(io.BytesIO(vector.body)))
    except age.HeaderError:
        assert vector.expect == "header failure"
        return
    encoded = VERSION_LINE + b"".join(s.encode() for s in header.stanzas) + b"---"
    assert encoded == header.mac_input
