"""Shared test set-up: offscreen Qt, no network, private folders, low KDF cost."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
_network_attempts: list[str] = []
_RealSocket = socket.socket


class _GuardedSocket(_RealSocket):
    """A socket class that refuses network families; local (AF_UNIX) sockets still work."""

    def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno=None):
        fam = socket.AF_INET if family == -1 and fileno is None else family
        if fam in _NETWORK_FAMILIES:
            _network_attempts.append(f"socket(family={fam})")
            raise PermissionError("network access is forbidden in Satchel's test suite")
        super().__init__(family, type, proto, fileno)


def _refuse(*args, **kwargs):
    _network_attempts.append(f"network call {args[:1]}")
    raise PermissionError("network access is forbidden in Satchel's test suite")


def pytest_configure(config: pytest.Config) -> None:
    socket.socket = _GuardedSocket  # type: ignore[misc]
    socket.create_connection = _refuse  # type: ignore[assignment]
    socket.getaddrinfo = _refuse  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def _no_network_attempts():
    """Fail the test in which any code tried to open a network socket, even if it was caught."""
    before = len(_network_attempts)
    yield
    attempts = _network_attempts[before:]
    del _network_attempts[before:]
    if attempts:
        pytest.fail(f"code tried to use the network: {attempts}")


@pytest.fixture
def network_attempts() -> list[str]:
    return _network_attempts


@pytest.fixture
def test_kdf():
    """Argon2id at a deliberately tiny cost, set explicitly here and nowhere in production."""
    from crypto.kdf import KdfParams

    return KdfParams(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture
def keystore():
    """The real OS keystore inside tests/keyring-session.sh; an honest 'none' outside it.

    Secrets a test stores are deleted afterwards, so tests never see each other's keys.
    """
    from app.vault.keystore import no_keystore, system_keystore

    if not os.environ.get("SATCHEL_IN_KEYRING_SESSION"):
        yield no_keystore("Tests run outside tests/keyring-session.sh have no keystore.")
        return
    store = system_keystore()
    assert store.available, f"the test keyring session has no keystore: {store.reason}"
    accounts: list[str] = []
    real_put = store.put

    def tracking_put(account: str, secret: bytes) -> None:
        accounts.append(account)
        real_put(account, secret)

    store.put = tracking_put  # type: ignore[method-assign]
    yield store
    for account in accounts:
        store.delete(account)


# --- a real encrypted database, as a vault opens it (for store-level tests) ---------------


@pytest.fixture
def open_encrypted():
    """Open SQLCipher databases keyed with a raw 256-bit key, exactly as the vault opens
    them (:func:`app.vault.open_database`); all are closed afterwards.

    Connections are in autocommit mode (``isolation_level=None``): the Store issues its own
    BEGIN / COMMIT, exactly as on the vault's connection.
    """
    from app.vault import open_database

    opened = []

    def run(path, key: bytes):
        conn = open_database(Path(path), key, create=not Path(path).exists())
        conn.isolation_level = None
        opened.append(conn)
        return conn

    yield run
    for conn in opened:
        conn.close()


@pytest.fixture
def db_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "vault.db"


@pytest.fixture
def conn(open_encrypted, db_path, db_key):
    return open_encrypted(db_path, db_key)


@pytest.fixture
def reopen(open_encrypted, db_path, db_key):
    """Open a second connection to the same encrypted database."""
    return lambda: open_encrypted(db_path, db_key)
