"""Reading a received bundle: check everything, preview what it changes, then apply it.

Pass 1 (:func:`preview_bundle`) decrypts the file as a stream, checks the sender, the
signature, that the bundle names this vault, the sequence number, and every entry's size
and hash, parses every record strictly and classifies it (:mod:`app.bundle.merge`).
Nothing is written. Pass 2 (:func:`import_bundle`) decrypts the file again and applies it
inside one transaction, re-checking every hash as it goes: any problem, even in the last
byte, rolls the whole import back. Paths inside the bundle are only compared with the
manifest; nothing is ever written to the file system.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3

from app.bundle.container import (
    Pieces,
    SealedBundle,
    next_entry,
    open_sealed,
    read_attachment_entry,
    read_entry,
)
from app.bundle.errors import (
    BadSignatureError,
    ConflictsNeedResolutionError,
    MalformedBundleError,
    ReplayedBundleError,
    SenderKeyChangedError,
    UnknownSenderError,
    malformed,
    not_for_this_vault,
    tampered,
)
from app.bundle.manifest import BORDER_PROFILE, Manifest
from app.bundle.merge import (
    CHANGED,
    CONFLICT,
    NEW,
    RESOLUTIONS,
    Decision,
    apply,
    conflict_note,
    decide,
)
from app.bundle.preview import BundlePreview, CasePreview, Conflict
from app.bundle.records import CaseRecords, Row, parse_case_entry
from app.bundle.state import already_received, last_received_sequence, log_bundle
from app.contacts import Contact, find_by_signing_key
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.identity import VaultIdentity
from app.store import Store
from app.store.attachments import store_chunks
from app.store.records import insert_record, utc_now
from app.store.search import reindex_case
from crypto import age
from crypto.sign import verify_signature

Progress = Callable[[int, int], None]
Resolution = str | Mapping[str, str] | None


@dataclass
class ImportResult:
    """What an import did: the preview it applied, and whether anything was written."""

    preview: BundlePreview
    applied: bool
    resolved: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Opened:
    """A bundle whose manifest was checked: signed by a known contact, addressed to us."""

    sealed: SealedBundle
    sender: Contact

    @property
    def manifest(self) -> Manifest:
        return self.sealed.manifest

    @property
    def digest(self) -> str:
        return self.sealed.digest


def preview_bundle(store: Store, path: Path, *, progress: Progress | None = None) -> BundlePreview:
    """Check the whole bundle and say what importing it would change; writes nothing."""
    identity = VaultIdentity.load_or_create(store)
    with _open(store, identity, path) as opened:
        return _preview(store, identity, opened, progress)


def import_bundle(
    store: Store,
    path: Path,
    *,
    resolve: Resolution = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Check, then apply the bundle in one transaction (see the module docstring).

    ``resolve`` says what to do with conflicts: ``"mine"``, ``"theirs"`` or ``"both"`` for
    all of them, or a mapping from record id to one of those. A bundle already imported
    changes nothing and returns ``applied=False``.
    """
    _check_resolution(resolve)
    identity = VaultIdentity.load_or_create(store)
    with _open(store, identity, path) as opened:
        preview = _preview(store, identity, opened, _half(progress, 0))
    if preview.already_imported:
        return ImportResult(preview, applied=False)
    unresolved = [c for c in preview.conflicts if _choice(resolve, c.record_id) is None]
    if unresolved:
        raise _needs_resolution(len(unresolved))
    with store.transaction(), _open(store, identity, path) as opened:
        if opened.digest != preview.manifest_sha256:
            raise tampered()  # the file changed between the preview and the import
        resolved = _apply(store, identity, opened, resolve, _half(progress, 1))
        _record(store, opened, preview)
    return ImportResult(preview, applied=True, resolved=resolved)


# ---------------------------------------------------------------------- opening


@contextmanager
def _open(store: Store, identity: VaultIdentity, path: Path) -> Iterator[_Opened]:
    with open_sealed(path, identity.age_identities, not_for_this_vault) as sealed:
        parsed = sealed.manifest
        if parsed.profile == BORDER_PROFILE:
            raise MalformedBundleError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "This is a border bundle: restore it with 'satchel restore' into an empty "
                    "folder; nothing was imported.",
                )
            )
        sender = _check_sender(store, parsed, sealed.manifest_bytes, sealed.signature)
        _check_addressed_to_us(identity, parsed)
        yield _Opened(sealed, sender)


def _check_sender(store: Store, parsed: Manifest, data: bytes, signature: bytes) -> Contact:
    key = parsed.sender.signing_key
    contact = find_by_signing_key(store, key)
    if contact is None:
        changed = _contact_with_other_keys(store, parsed)
        if changed is not None:
            raise _key_changed(changed)
        raise UnknownSenderError(
            QT_TRANSLATE_NOOP(
                "Core", "This bundle comes from a sender you have not added as a contact."
            )
        )
    if contact.key_changed:
        raise _key_changed(contact.name)
    if not verify_signature(key, data, signature):
        raise BadSignatureError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This bundle's signature does not match the key of '{name}'; nothing was imported.",
            ),
            name=contact.name,
        )
    return contact


def _contact_with_other_keys(store: Store, parsed: Manifest) -> str | None:
    """A contact who holds this key as a pending (not accepted) key, or shares its age keys."""
    sender = parsed.sender
    row = store.connection.execute(
        "SELECT name FROM contacts WHERE kind IS NOT NULL AND (pending_signing_key = ? "
        "OR age_recipient = ? OR pq_recipient = ?) LIMIT 1",
        (sender.signing_key, sender.age_recipient or "", sender.pq_recipient or ""),
    ).fetchone()
    return None if row is None else str(row[0])


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


# ---------------------------------------------------------------------- pass 1


def _preview(
    store: Store, identity: VaultIdentity, opened: _Opened, progress: Progress | None
) -> BundlePreview:
    parsed, sender = opened.manifest, opened.sender
    preview = BundlePreview(
        bundle_id=parsed.bundle_id, sender=sender.name, sender_verified=sender.verified,
        profile=parsed.profile, created_at=parsed.created_at, sequence=parsed.sequence,
        manifest_sha256=opened.digest,
    )  # fmt: skip
    conn = store.connection
    if already_received(conn, parsed.bundle_id):
        preview.already_imported = True
        return preview
    if parsed.sequence <= last_received_sequence(conn, parsed.sender.signing_key):
        raise ReplayedBundleError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This bundle is older than one already imported from '{name}'; "
                "nothing was imported.",
            ),
            name=sender.name,
        )
    counted: set[str] = set()

    def on_case(case: CaseRecords) -> None:
        item = CasePreview(case.case_id, case.person_name or _local_name(conn, case.case_id))
        for table, row, decision in _decisions(conn, identity, opened, case):
            if row["id"] in counted:
                continue
            counted.add(row["id"])
            item.counts[decision.action] += 1
            preview.counts[decision.action] += 1
            item.is_new = item.is_new or (table == "cases" and decision.action == NEW)
            if decision.action in (CHANGED, CONFLICT):
                item.note_changes(table, decision.fields, decision.local, row)
            if decision.action == CONFLICT:
                preview.conflicts.append(
                    Conflict(row["id"], table, case.case_id, item.person, decision.fields)
                )
        preview.cases.append(item)

    def on_attachment(row: Row, case_id: str, pieces: Pieces) -> None:
        preview.attachments += 1

    _walk(opened, on_case, on_attachment, progress)
    return preview


def _decisions(
    conn: Any, identity: VaultIdentity, opened: _Opened, case: CaseRecords
) -> Iterator[tuple[str, Row, Decision]]:
    peer_key = opened.manifest.sender.signing_key
    own_key = identity.card.signing_key or ""
    for table, row in case.all_records():
        sender_base = case.bases.get(row["id"], {}).get(own_key)
        yield table, row, decide(conn, table, row, peer_key, sender_base)


def _local_name(conn: Any, case_id: str) -> str | None:
    row = conn.execute(
        "SELECT p.name FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id = ?",
        (case_id,),
    ).fetchone()
    return None if row is None else str(row[0])


# ---------------------------------------------------------------------- walking entries


def _walk(
    opened: _Opened,
    on_case: Callable[[CaseRecords], None],
    on_attachment: Callable[[Row, str, Pieces], None],
    progress: Progress | None,
) -> None:
    """Every entry in manifest order, each checked against its size and hash."""
    reader, entries = opened.sealed.tar, opened.manifest.entries
    pending: dict[str, Row] = {}
    case_id = ""
    for number, entry in enumerate(entries, start=1):
        next_entry(reader, entry)
        if entry.kind == "case":
            if pending:
                raise malformed()
            case = parse_case_entry(read_entry(reader, entry), entry.ref)
            case_id = case.case_id
            pending = {row["id"]: row for row in case.records.get("attachments", [])}
            on_case(case)
        else:
            row = pending.pop(entry.ref, None)
            if row is None or (row["size"], row["sha256"]) != (entry.size, entry.sha256):
                raise malformed()
            read_attachment_entry(reader, entry, partial(on_attachment, row, case_id))
        if progress:
            progress(number, len(entries))
    if pending:
        raise malformed()
    reader.finish()


# ---------------------------------------------------------------------- pass 2


def _apply(
    store: Store,
    identity: VaultIdentity,
    opened: _Opened,
    resolve: Resolution,
    progress: Progress | None,
) -> dict[str, int]:
    conn = store.connection
    peer_key = opened.manifest.sender.signing_key
    touched: set[str] = set()
    new_attachments: set[str] = set()
    resolved = dict.fromkeys(RESOLUTIONS, 0)

    def on_case(case: CaseRecords) -> None:
        for table, row, decision in _decisions(conn, identity, opened, case):
            choice = _choice(resolve, row["id"]) if decision.action == CONFLICT else None
            if decision.action == CONFLICT:
                if choice is None:
                    raise _needs_resolution(1)
                resolved[choice] += 1
            theirs = apply(conn, decision, row, peer_key, choice)
            if theirs is not None:
                text = conflict_note(table, theirs, opened.sender.name, decision.fields)
                insert_record(conn, "notes", store.origin, {"case_id": case.case_id, "text": text})
            if decision.action == NEW and table == "attachments":
                new_attachments.add(row["id"])
            if decision.action in (NEW, "changed") or choice in ("theirs", "both"):
                touched.add(case.case_id)

    def on_attachment(row: Row, case_id: str, pieces: Pieces) -> None:
        if row["id"] in new_attachments:
            store_chunks(conn, row["id"], pieces)

    try:
        _walk(opened, on_case, on_attachment, progress)
    except sqlcipher3.IntegrityError:
        raise malformed() from None
    for case_id in sorted(touched):
        conn.execute("UPDATE cases SET touched_at = ? WHERE id = ?", (utc_now(), case_id))
        reindex_case(conn, case_id)
    return {k: v for k, v in resolved.items() if v}


def _record(store: Store, opened: _Opened, preview: BundlePreview) -> None:
    parsed = opened.manifest
    counts = {**preview.counts, "cases": len(preview.cases), "attachments": preview.attachments}
    log_bundle(
        store.connection, bundle_id=parsed.bundle_id, direction="received",
        peer=opened.sender.name, peer_key=parsed.sender.signing_key, sequence=parsed.sequence,
        profile=parsed.profile, created_at=parsed.created_at, counts=counts,
    )  # fmt: skip
    detail = {"sender": opened.sender.id, "sequence": parsed.sequence, **counts}
    store.log("bundle.import", parsed.bundle_id, detail)


# ---------------------------------------------------------------------- helpers


def _check_resolution(resolve: Resolution) -> None:
    choices = [resolve] if isinstance(resolve, str) else list((resolve or {}).values())
    if any(choice not in RESOLUTIONS for choice in choices):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "A conflict is resolved with one of: {choices}."),
            choices=", ".join(RESOLUTIONS),
        )


def _choice(resolve: Resolution, record_id: str) -> str | None:
    if isinstance(resolve, str):
        return resolve
    return None if resolve is None else resolve.get(record_id)


def _needs_resolution(count: int) -> ConflictsNeedResolutionError:
    if count == 1:
        return ConflictsNeedResolutionError(
            QT_TRANSLATE_NOOP(
                "Core",
                "1 record was changed on both sides; choose to keep mine, take theirs or keep "
                "both (--resolve mine|theirs|both). Nothing was imported.",
            )
        )
    return ConflictsNeedResolutionError(
        QT_TRANSLATE_NOOP(
            "Core",
            "{count} records were changed on both sides; choose to keep mine, take theirs or "
            "keep both (--resolve mine|theirs|both). Nothing was imported.",
        ),
        count=count,
    )


def _half(progress: Progress | None, half: int) -> Progress | None:
    """Report one of the two passes as half of the whole import."""
    if progress is None:
        return None
    report = progress
    return lambda done, total: report(half * total + done, 2 * total)
