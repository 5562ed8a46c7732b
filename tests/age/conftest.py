"""Helpers shared by the age tests: in-memory encrypt/decrypt and a fixed key pair."""

from __future__ import annotations

import io

import pytest

import crypto.age as age


def seal(data: bytes, recipients: list[str], armor: bool = False) -> bytes:
    out = io.BytesIO()
    age.encrypt(io.BytesIO(data), out, recipients, armor=armor)
    return out.getvalue()


def open_sealed(sealed: bytes, identities: list[str]) -> bytes:
    out = io.BytesIO()
    age.decrypt(io.BytesIO(sealed), out, identities)
    return out.getvalue()


@pytest.fixture(scope="session")
def x25519_keys() -> tuple[str, str]:
    return age.generate_x25519()


@pytest.fixture(scope="session")
def hybrid_keys() -> tuple[str, str]:
    return age.generate_hybrid()
