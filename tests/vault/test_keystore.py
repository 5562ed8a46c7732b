"""The device-secret keystore, against the real Secret Service of tests/keyring-session.sh."""

from __future__ import annotations

import os
import secrets
from typing import Any

import keyring
import pytest
from keyring.backends import SecretService, chainer, fail, null

from app.vault.keystore import SERVICE, Keystore, KeystoreError, no_keystore, system_keystore

IN_SESSION = bool(os.environ.get("SATCHEL_IN_KEYRING_SESSION"))
needs_session = pytest.mark.skipif(
    not IN_SESSION, reason="run through tests/keyring-session.sh for a real Secret Service"
)


@pytest.mark.keystore
@needs_session
def test_the_session_has_a_secure_keystore() -> None:
    store = system_keystore()
    assert store.available, store.reason
    assert store.backend_name == "SecretService.Keyring"
    assert str(store.reason) == ""


@pytest.mark.keystore
@needs_session
def test_put_get_delete_round_trip(keystore: Keystore) -> None:
    account = secrets.token_hex(16)
    secret = os.urandom(32)
    assert keystore.get(account) is None
    keystore.put(account, secret)
    assert keystore.get(account) == secret
    assert system_keystore().get(account) == secret  # really stored, not cached here
    replacement = os.urandom(32)
    keystore.put(account, replacement)
    assert keystore.get(account) == replacement
    keystore.delete(account)
    assert keystore.get(account) is None
    keystore.delete(account)  # forgetting twice is fine


@pytest.mark.keystore
@needs_session
def test_stored_secret_is_not_plain(keystore: Keystore) -> None:
    account = secrets.token_hex(16)
    keystore.put(account, b"\x00" * 32)
    raw = keyring.get_password(SERVICE, account)
    assert raw is not None and raw != "\x00" * 32
    keystore.delete(account)


@pytest.mark.keystore
@needs_session
@pytest.mark.parametrize("stored", ["not base64!", "", "AAAA", "A" * 400])
def test_malformed_stored_values_read_as_absent(keystore: Keystore, stored: str) -> None:
    account = secrets.token_hex(16)
    keyring.set_password(SERVICE, account, stored)
    try:
        assert keystore.get(account) is None
    finally:
        keyring.delete_password(SERVICE, account)


def test_no_keystore_is_honest() -> None:
    store = no_keystore("This computer has no keystore.")
    assert not store.available
    assert str(store.reason) == "This computer has no keystore."
    assert store.get("anything") is None
    store.delete("anything")
    with pytest.raises(KeystoreError) as caught:
        store.put("anything", os.urandom(32))
    assert caught.value.message.endswith(".")


class _PlaintextFileKeyring:
    """Stands in for keyrings.alt's plaintext backend: high priority, not secure."""

    priority = 5

    def get_password(self, service: str, account: str) -> str | None:
        raise AssertionError("an insecure backend must never be used")


_PlaintextFileKeyring.__module__ = "keyrings.alt.file"


class _BrokenSecretService:
    """A Secret Service that fails the way a locked or vanished D-Bus service does.

    Not a KeyringBackend subclass: keyring would discover it and make it the default.
    """

    priority = 5

    def get_password(self, service: str, account: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")


_BrokenSecretService.__module__ = "keyring.backends.SecretService"


class _Chain:
    """Shaped like keyring's ChainerBackend, with members chosen by the test."""

    priority = 10

    def __init__(self, *backends: Any) -> None:
        self.backends = list(backends)


_Chain.__module__ = "keyring.backends.chainer"


@pytest.mark.parametrize(
    "backend",
    [
        fail.Keyring(),
        null.Keyring(),
        _PlaintextFileKeyring(),
        _Chain(),
        _Chain(fail.Keyring(), null.Keyring(), _PlaintextFileKeyring()),
    ],
    ids=["fail", "null", "keyrings.alt", "empty-chainer", "insecure-chainer"],
)
def test_insecure_backends_are_refused(backend: Any) -> None:
    store = system_keystore(backend)
    assert not store.available
    assert str(store.reason).endswith(".") and "secure" in str(store.reason)
    assert store.get("x") is None
    with pytest.raises(KeystoreError):
        store.put("x", os.urandom(32))


def test_a_failing_backend_is_unavailable_not_a_traceback() -> None:
    store = system_keystore(_BrokenSecretService())
    assert not store.available
    assert "locked or not responding" in str(store.reason)


@pytest.mark.keystore
@needs_session
def test_chainer_with_a_secure_member_uses_it() -> None:
    for chain in (_Chain(fail.Keyring(), SecretService.Keyring()), chainer.ChainerBackend()):
        store = system_keystore(chain)
        assert store.available, store.reason
        assert store.backend_name == "SecretService.Keyring"


def test_repr_hides_the_backend_object() -> None:
    store = Keystore(available=True, backend_name="x", _backend=object())
    assert "object at" not in repr(store)
