"""Sealing cases into a bundle for one or more contacts.

Two passes over the chosen cases, inside one transaction so the data cannot change in
between: the first serialises each case (deterministically) and hashes it, to write the
manifest; the second serialises again and streams the tar entries through age into the
output file. Attachment bytes are streamed from the database's chunks and checked against
their stored SHA-256 on the way. Memory stays flat whatever the number of cases.

The output is written next to its final name as ``NAME.partial`` (ciphertext only) and
renamed when complete, so a half-written bundle never carries the final name.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.bundle import tar
from app.bundle.errors import BundleError
from app.bundle.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Entry,
    Manifest,
    Recipient,
    Sender,
)
from app.bundle.profiles import DEFAULT_PROFILE, Profile, get_profile
from app.bundle.records import case_entry
from app.bundle.state import log_bundle, next_sequence
from app.contacts import Contact, KeyChangedError, get_contact
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.identity import VaultIdentity
from app.store import Store
from app.store.records import new_id, utc_now
from crypto import age

Progress = Callable[[int, int], None]
Connection = Any


@dataclass(frozen=True)
class ExportSummary:
    """What was sealed, for whom, and where it went."""

    bundle_id: str
    path: Path
    sequence: int
    profile: str
    recipients: list[str]
    cases: int
    attachments: int
    size: int


def export_bundle(
    store: Store,
    output: Path,
    *,
    to: Sequence[str],
    cases: Sequence[str] | None = None,
    profile: str = DEFAULT_PROFILE,
    progress: Progress | None = None,
) -> ExportSummary:
    """Seal ``cases`` (None: every case) for the contacts named in ``to`` into ``output``."""
    chosen = get_profile(profile)
    contacts = _recipients(store, to)
    output = Path(output)
    if output.exists():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "There is already a file at {output}; choose another name."),
            output=output,
        )
    identity = VaultIdentity.load_or_create(store)
    partial = output.with_name(output.name + ".partial")
    with store.transaction():
        case_ids = _case_ids(store, cases)
        plan = _Plan(store.connection, identity, contacts, chosen, case_ids, progress)
        try:
            with partial.open("xb") as file:
                plan.seal(file)
            os.replace(partial, output)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        summary = plan.summary(output)
        _record(store, plan, summary)
    return summary


def _recipients(store: Store, names: Sequence[str]) -> list[Contact]:
    if not names:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "Name at least one contact to seal the bundle for.")
        )
    contacts: list[Contact] = []
    for name in names:
        contact = get_contact(store, name)
        if contact.key_changed:
            raise KeyChangedError(contact.name)
        if all(c.id != contact.id for c in contacts):
            contacts.append(contact)
    kinds = {_recipient_of(c).startswith("age1pq1") for c in contacts}
    if len(kinds) > 1:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Core",
                "One bundle cannot be sealed both to Satchel contacts (post-quantum keys) and to "
                "plain age keys; export to them separately.",
            )
        )
    return contacts


def _recipient_of(contact: Contact) -> str:
    """Satchel contacts get the post-quantum key; a plain age contact its one key."""
    card = contact.card
    key = card.pq_recipient if contact.kind == "satchel" else card.x25519_recipient
    return str(key or card.pq_recipient or card.x25519_recipient)


def _case_ids(store: Store, cases: Sequence[str] | None) -> list[str]:
    if cases is None:
        rows = store.connection.execute("SELECT id FROM cases ORDER BY created_at, id").fetchall()
        found = [str(row[0]) for row in rows]
    else:
        found = list(dict.fromkeys(store.resolve_case_id(text) for text in cases))
    if not found:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "There are no cases to export."))
    return found


class _Plan:
    """The two passes of one export (see the module docstring)."""

    def __init__(
        self,
        conn: Connection,
        identity: VaultIdentity,
        contacts: list[Contact],
        profile: Profile,
        case_ids: list[str],
        progress: Progress | None,
    ) -> None:
        self.conn = conn
        self.identity = identity
        self.contacts = contacts
        self.profile = profile
        self.case_ids = case_ids
        self.progress = progress
        self.peer_keys = [c.card.signing_key for c in contacts if c.card.signing_key]
        self._done = 0
        self.manifest = self._manifest()

    def _manifest(self) -> Manifest:
        entries: list[Entry] = []
        for case_id in self.case_ids:
            data = case_entry(self.conn, case_id, self.profile, self.peer_keys)
            name = Entry.name_for("case", len(entries) + 1)
            entries.append(Entry(name, "case", case_id, len(data), _sha256(data)))
            for attachment_id, size, sha in self._attachments(case_id):
                name = Entry.name_for("attachment", len(entries) + 1)
                entries.append(Entry(name, "attachment", attachment_id, size, sha))
            self._report(1)
        card = self.identity.card
        return Manifest(
            bundle_id=new_id(),
            created_at=utc_now(),
            sequence=next_sequence(self.conn),
            profile=self.profile.name,
            sender=Sender(
                card.name, str(card.signing_key), card.x25519_recipient, card.pq_recipient
            ),
            recipients=tuple(
                Recipient(_recipient_of(c), c.card.signing_key) for c in self.contacts
            ),
            entries=tuple(entries),
        )

    def _attachments(self, case_id: str) -> list[tuple[str, int, str]]:
        if not self.profile.sends_attachments:
            return []
        rows = self.conn.execute(
            "SELECT id, size, sha256 FROM attachments WHERE case_id = ? ORDER BY id", (case_id,)
        ).fetchall()
        return [(str(a), int(s), str(h)) for a, s, h in rows]

    def seal(self, file: io.BufferedWriter) -> None:
        recipients = [r.recipient for r in self.manifest.recipients]
        age.encrypt(IteratorReader(self._tar_stream()), file, recipients)  # type: ignore[arg-type]
        file.flush()
        os.fsync(file.fileno())

    def _tar_stream(self) -> Iterator[bytes]:
        manifest = self.manifest.to_bytes()
        mtime = int(datetime.fromisoformat(self.manifest.created_at).timestamp())
        yield from file_entry(MANIFEST_NAME, manifest, mtime)
        yield from file_entry(SIGNATURE_NAME, self.identity.sign(manifest), mtime)
        for entry in self.manifest.entries:
            yield tar.header(entry.name, entry.size, mtime)
            yield from self._content(entry)
            yield tar.padding(entry.size)
            if entry.kind == "case":
                self._report(1)
        yield tar.END

    def _content(self, entry: Entry) -> Iterator[bytes]:
        if entry.kind == "case":
            data = case_entry(self.conn, entry.ref, self.profile, self.peer_keys)
            if _sha256(data) != entry.sha256:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "Core", "A case changed while it was being exported; try again."
                    )
                )
            yield data
            return
        digest = hashlib.sha256()
        for piece in attachment_pieces(self.conn, entry.ref):
            digest.update(piece)
            yield piece
        if digest.hexdigest() != entry.sha256:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Core", "An attachment is damaged in the vault; nothing was exported."
                )
            )

    def _report(self, cases: int) -> None:
        """Progress counts cases, once per pass: ``(done, 2 * number of cases)``."""
        self._done += cases
        if self.progress:
            self.progress(self._done, 2 * len(self.case_ids))

    def summary(self, path: Path) -> ExportSummary:
        m = self.manifest
        return ExportSummary(
            bundle_id=m.bundle_id, path=path, sequence=m.sequence, profile=m.profile,
            recipients=[c.name for c in self.contacts], cases=m.case_count,
            attachments=m.attachment_count, size=path.stat().st_size,
        )  # fmt: skip


def attachment_pieces(conn: Connection, attachment_id: str) -> Iterator[bytes]:
    cursor = conn.execute(
        "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
        (attachment_id,),
    )
    for (piece,) in cursor:
        yield bytes(piece)


def file_entry(name: str, data: bytes, mtime: int) -> Iterator[bytes]:
    """A small file as tar blocks: its header, its bytes, its padding."""
    yield tar.header(name, len(data), mtime)
    yield data
    yield tar.padding(len(data))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _record(store: Store, plan: _Plan, summary: ExportSummary) -> None:
    m = plan.manifest
    counts = {"cases": summary.cases, "attachments": summary.attachments}
    log_bundle(
        store.connection, bundle_id=m.bundle_id, direction="sent",
        peer=", ".join(summary.recipients), peer_key=" ".join(plan.peer_keys),
        sequence=m.sequence, profile=m.profile, created_at=m.created_at, counts=counts,
    )  # fmt: skip
    detail = {"to": [c.id for c in plan.contacts], "sequence": m.sequence,
              "profile": m.profile, **counts}  # fmt: skip
    store.log("bundle.export", m.bundle_id, detail)


class IteratorReader(io.RawIOBase):
    """A readable stream over an iterator of byte strings (what age.encrypt pulls from)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        super().__init__()
        self._pieces = pieces
        self._current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while not self._current:
            piece = next(self._pieces, None)
            if piece is None:
                return 0
            self._current = memoryview(piece)
        count = min(len(view), len(self._current))
        view[:count] = self._current[:count]
        self._current = self._current[count:]
        return count
