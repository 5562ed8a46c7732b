"""The device secret, kept in the operating system's keystore through ``keyring``.

A vault's passphrase slot mixes in 32 random bytes held by the OS keystore (Windows
Credential Manager, macOS Keychain, Secret Service, KWallet), so a copied vault folder
alone is not enough to try passphrases. Only those secure backends count. When none is
available Satchel says so in its security status and keeps no device secret: it never
falls back to a plaintext or "encrypted file" keyring (the Vorta mistake).
"""

from __future__ import annotations

import base64
import binascii
import sys
from dataclasses import dataclass, field
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, SatchelError, Sentence, sentence

SERVICE = "Satchel"
DEVICE_SECRET_BYTES = 32

# Modules of the keyring backends that keep secrets in an OS-protected store.
_SECURE_BACKEND_MODULES = frozenset(
    {
        "keyring.backends.SecretService",
        "keyring.backends.libsecret",
        "keyring.backends.macOS",
        "keyring.backends.Windows",
        "keyring.backends.kwallet",
    }
)
_PROBE_ACCOUNT = "satchel-keystore-probe"


class KeystoreError(SatchelError):
    """The OS keystore refused to store or delete the device secret."""


_LOCKED = QT_TRANSLATE_NOOP(
    "Core",
    "The system keystore is locked or not responding: unlock your session's keyring "
    "(or log in again), then try again. Nothing was counted as a wrong passphrase.",
)


def keystore_locked_error() -> KeystoreError:
    """The keystore exists but is locked or does not answer (never a wrong passphrase)."""
    return KeystoreError(_LOCKED)


@dataclass
class Keystore:
    """One OS keystore, or an honest statement that there is none."""

    available: bool
    backend_name: str
    reason: Sentence = field(default_factory=lambda: Sentence(""))  # why there is none
    unreachable: bool = False  # there is a keystore, but it is locked or did not answer
    _backend: Any = field(default=None, repr=False, compare=False)

    def get(self, account: str) -> bytes | None:
        """The device secret stored for ``account``, or None if absent or unreadable."""
        if not self.available:
            return None
        try:
            stored = self._backend.get_password(SERVICE, account)
        except Exception:  # any backend failure means "not here"
            return None
        return _decode(stored)

    def read_secret(self, account: str) -> bytes | None:
        """Like :meth:`get`, but a keystore that does not answer is an error, not "absent".

        An unlock needs to tell "this computer has no key for this vault" from "the keyring
        is locked": only the first is worth trying the recovery code for.
        """
        if not self.available:
            return None
        try:
            stored = self._backend.get_password(SERVICE, account)
        except Exception as exc:
            raise KeystoreError(_LOCKED) from exc
        return _decode(stored)

    def put(self, account: str, secret: bytes) -> None:
        """Store ``secret`` for ``account``, replacing any earlier one."""
        if not self.available:
            raise KeystoreError(
                QT_TRANSLATE_NOOP("Core", "There is no secure system keystore on this computer.")
            )
        encoded = base64.b64encode(secret).decode("ascii")
        try:
            self._backend.set_password(SERVICE, account, encoded)
        except Exception as exc:
            raise KeystoreError(
                QT_TRANSLATE_NOOP("Core", "The system keystore refused to store Satchel's key.")
            ) from exc

    def delete(self, account: str) -> None:
        """Forget the secret for ``account``; forgetting a secret that is not there is fine."""
        if not self.available:
            return
        try:
            if self._backend.get_password(SERVICE, account) is None:
                return
            self._backend.delete_password(SERVICE, account)
        except Exception as exc:
            raise KeystoreError(
                QT_TRANSLATE_NOOP("Core", "The system keystore refused to delete Satchel's key.")
            ) from exc


def _decode(stored: object) -> bytes | None:
    if not isinstance(stored, str):
        return None
    try:
        raw = base64.b64decode(stored.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return raw if len(raw) == DEVICE_SECRET_BYTES else None


def no_keystore(reason: Sentence | str, *, unreachable: bool = False) -> Keystore:
    """A keystore object that holds nothing and says why (a plain string: a reason no screen
    shows, such as the self-test's)."""
    why = reason if isinstance(reason, Sentence) else Sentence(reason)
    return Keystore(available=False, backend_name="none", reason=why, unreachable=unreachable)


def system_keystore(backend: Any = None) -> Keystore:
    """The platform's secure keystore, or an unavailable one with a reason; never plaintext.

    ``backend`` is the keyring backend to judge; by default the one ``keyring`` chose.
    """
    if backend is None:
        try:
            backend = _platform_backend()
        except Exception:
            return no_keystore(
                sentence(QT_TRANSLATE_NOOP("Core", "The system keystore could not be reached.")),
                unreachable=True,
            )
    secure = _secure_member(backend)
    if secure is None:
        return no_keystore(
            sentence(
                QT_TRANSLATE_NOOP(
                    "Core", "The only keystore found ({name}) is not a secure system keystore."
                ),
                name=_name(backend),
            )
        )
    return _probe(secure)


def _platform_backend() -> Any:
    """The secure backends this platform has, chained, without loading any other.

    ``keyring.get_keyring()`` imports every installed backend to rank them, and on Linux the
    macOS one calls ``ctypes.util.find_library``, which runs ``gcc`` and leaves an empty
    file in the temporary folder at every start. Satchel runs no external program at
    start-up, so it names the backends itself.
    """
    if sys.platform == "darwin":
        from keyring.backends import macOS

        candidates: list[Any] = [macOS.Keyring]
    elif sys.platform == "win32":
        from keyring.backends import Windows

        candidates = [Windows.WinVaultKeyring]
    else:
        from keyring.backends import SecretService, kwallet, libsecret

        candidates = [SecretService.Keyring, libsecret.Keyring, kwallet.DBusKeyring]
    usable = [candidate() for candidate in candidates if _priority(candidate) > 0]
    if not usable:
        raise LookupError("no secure keystore backend is usable in this session")
    return max(usable, key=_priority)


def _secure_member(backend: Any) -> Any | None:
    """The backend itself if secure, else the best secure member of a chainer, else None."""
    members = getattr(backend, "backends", None)
    if type(backend).__module__ == "keyring.backends.chainer" and members is not None:
        secure = [m for m in members if _is_secure(m)]
        return max(secure, key=_priority) if secure else None
    return backend if _is_secure(backend) else None


def _is_secure(backend: Any) -> bool:
    return type(backend).__module__ in _SECURE_BACKEND_MODULES and _priority(backend) > 0


def _priority(backend: Any) -> float:
    try:
        return float(backend.priority)
    except Exception:  # backends raise when their service is missing
        return 0.0


def _probe(backend: Any) -> Keystore:
    """Talk to the backend once, so a locked keyring or a missing D-Bus shows up now."""
    name = _name(backend)
    try:
        backend.get_password(SERVICE, _PROBE_ACCOUNT)
    except Exception:
        return no_keystore(
            sentence(
                QT_TRANSLATE_NOOP(
                    "Core", "The system keystore ({name}) is locked or not responding."
                ),
                name=name,
            ),
            unreachable=True,
        )
    return Keystore(available=True, backend_name=name, _backend=backend)


def _name(backend: Any) -> str:
    cls = type(backend)
    module = cls.__module__.removeprefix("keyring.backends.")
    return f"{module}.{cls.__name__}"
