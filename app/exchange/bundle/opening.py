"""Opening a received case bundle: who sent it, that it names this vault, and that it is new.

A bundle is a proposal, never a command: authentication says who sent it, not that its
content is true. :func:`open_received` verifies the signer's signature over the manifest's
raw bytes (the signer must be a contact whose keys have not changed) before any JSON is
parsed, and refuses a bundle whose signed recipients do not name this vault.

Replays (:func:`already_imported`): what was received is keyed on (sender key, bundle id,
manifest digest). The same three again is "already imported"; the same sender and id with
another digest is tampering; a bundle whose sequence number is more than
:data:`REPLAY_WINDOW` below the highest received from that sender, or that reuses a sequence
number already seen, is a replay. Bundles that arrive out of order inside the window are
accepted (as IPsec and DTLS do); record revisions already stop an older bundle from
overwriting newer data. A bundle of changes is taken only over the bundle it follows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP
from app.exchange.bundle.container import SealedBundle, open_sealed, signed_bytes
from app.exchange.bundle.errors import (
    BadSignatureError,
    MalformedBundleError,
    MissedBundleError,
    ReplayedBundleError,
    SenderKeyChangedError,
    TamperedBundleError,
    UnknownSenderError,
    not_for_this_vault,
)
from app.exchange.bundle.manifest import BORDER_PROFILE, Manifest
from app.exchange.contacts import Contact, find_by_signing_key
from app.exchange.identity import VaultIdentity
from app.store import Store
from app.store.sync import (
    highest_received_sequence,
    pending_key_holder,
    received_digest,
    sequence_seen,
)
from app.types import Connection
from crypto import age
from crypto.sign import verify_signature

REPLAY_WINDOW = 256
"""How far below the highest sequence number received from a sender a bundle may still
arrive (out of order, never seen before) and be accepted."""


@dataclass(frozen=True)
class Opened:
    """A bundle whose manifest was authenticated: signed by a known contact, addressed to us."""

    sealed: SealedBundle
    sender: Contact

    @property
    def manifest(self) -> Manifest:
        return self.sealed.manifest

    @property
    def digest(self) -> str:
        return self.sealed.digest

    @property
    def peer_key(self) -> str:
        return self.sealed.signer


@contextmanager
def open_received(store: Store, identity: VaultIdentity, path: Path) -> Iterator[Opened]:
    """The bundle at ``path``, authenticated (see the module docstring), as a stream."""
    found: list[Contact] = []

    def authenticate(signer: str, data: bytes, signature: bytes) -> None:
        found.append(_check_sender(store, signer, data, signature))

    with open_sealed(path, identity.age_identities, not_for_this_vault, authenticate) as sealed:
        parsed = sealed.manifest
        if parsed.profile == BORDER_PROFILE:
            raise MalformedBundleError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "This is a border bundle: restore it with 'satchel restore' into an empty "
                    "folder; nothing was imported.",
                )
            )
        _check_addressed_to_us(identity, parsed)
        yield Opened(sealed, found[0])


def _check_sender(store: Store, key: str, data: bytes, signature: bytes) -> Contact:
    """The contact whose current key signed ``data``; nothing of the manifest is parsed yet."""
    contact = find_by_signing_key(store, key)
    if contact is None:
        changed = pending_key_holder(store.connection, key)
        if changed is not None:
            raise _key_changed(changed)
        raise UnknownSenderError(
            QT_TRANSLATE_NOOP(
                "Core", "This bundle comes from a sender you have not added as a contact."
            )
        )
    if contact.key_changed:
        raise _key_changed(contact.name)
    if not verify_signature(key, signed_bytes(data), signature):
        raise BadSignatureError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This bundle's signature does not match the key of '{name}'; nothing was imported.",
            ),
            name=contact.name,
        )
    return contact


def _key_changed(name: str) -> SenderKeyChangedError:
    return SenderKeyChangedError(
        QT_TRANSLATE_NOOP(
            "Core",
            "The keys of '{name}' have changed since you added them; compare safety numbers "
            "in person and accept the new keys before importing.",
        ),
        name=name,
    )


def _check_addressed_to_us(identity: VaultIdentity, parsed: Manifest) -> None:
    """The signed recipient list must name us: a re-sealed (forwarded) bundle is refused."""
    ours = {age.recipient_from_identity(secret) for secret in identity.age_identities}
    if not any(r.recipient in ours for r in parsed.recipients):
        raise not_for_this_vault()


# ---------------------------------------------------------------------- new or seen


def already_imported(conn: Connection, opened: Opened) -> bool:
    """Whether this very bundle was imported before; raises for a changed copy of one, a
    replay, or a bundle of changes over one never imported (see the module docstring)."""
    parsed, name, peer_key = opened.manifest, opened.sender.name, opened.peer_key
    seen = received_digest(conn, peer_key, parsed.bundle_id)
    if seen is not None and seen not in ("", opened.digest):
        raise _different_under_known_id(name)
    if seen is None:
        _check_nothing_missed(conn, peer_key, parsed, name)
        _check_not_replayed(conn, peer_key, parsed, name)
    return seen is not None


def _check_nothing_missed(conn: Connection, peer_key: str, parsed: Manifest, name: str) -> None:
    """A bundle of changes is applied only over the bundle it follows."""
    follows = parsed.follows
    if follows is None:
        return
    if received_digest(conn, peer_key, follows.bundle_id) is not None:
        return
    raise MissedBundleError(
        QT_TRANSLATE_NOOP(
            "Core",
            "This bundle from '{name}' holds only what changed since their bundle "
            "no. {sequence}, which was never imported here. Import that bundle first, or "
            "ask '{name}' to send the whole cases; nothing was imported.",
        ),
        name=name,
        sequence=follows.sequence,
    )


def _check_not_replayed(conn: Connection, peer_key: str, parsed: Manifest, name: str) -> None:
    highest = highest_received_sequence(conn, peer_key)
    if parsed.sequence <= highest - REPLAY_WINDOW or sequence_seen(conn, peer_key, parsed.sequence):
        raise ReplayedBundleError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This bundle is older than one already imported from '{name}'; "
                "nothing was imported.",
            ),
            name=name,
        )


def _different_under_known_id(name: str) -> TamperedBundleError:
    return TamperedBundleError(
        QT_TRANSLATE_NOOP(
            "Core",
            "A bundle with this id from '{name}' was already imported, but this copy differs "
            "from it: it was changed after it was sealed. Nothing was imported.",
        ),
        name=name,
    )
