"""Reading a received bundle: authenticate, check everything, preview, then apply exactly that.

A bundle is a proposal, never a command: authentication says who sent it, not that its
content is true. :func:`open_bundle` verifies the signer's signature over the manifest's raw
bytes (the signer must be a contact whose keys have not changed) before any JSON is parsed.

Pass 1 (:func:`preview_bundle`) decrypts the file as a stream, checks that the bundle names
this vault, that it is not a replay, and every entry's size and hash; parses every record
strictly and classifies it (:mod:`app.exchange.bundle.merge`), including who may change what; and
turns every incoming stage into a report. Nothing is written. It always reads the stream to
its end, even for a bundle already imported, so a tampered copy is never "already imported".

Pass 2 (:func:`import_bundle`) runs pass 1 and then applies the bundle inside the same
transaction, decrypting it again and re-checking every hash: each record's decision must be
the one pass 1 made (and, when the caller passes the preview it showed the user, the one
shown). Any problem, even in the last byte, rolls the whole import back. Paths inside the
bundle are only compared with the manifest; nothing is ever written to the file system.

Replays: what was received is keyed on (sender key, bundle id, manifest digest). The same
three again is "already imported"; the same sender and id with another digest is
tampering; a bundle whose sequence number is more than :data:`REPLAY_WINDOW` below the
highest received from that sender, or that reuses a sequence number already seen, is a
replay. Bundles that arrive out of order inside the window are accepted (as IPsec and DTLS
do); record revisions already stop an older bundle from overwriting newer data.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.exchange.bundle.container import (
    Pieces,
    SealedBundle,
    attachment_bytes,
    next_entry,
    open_sealed,
    read_attachment_entry,
    read_entry,
    signed_bytes,
)
from app.exchange.bundle.errors import (
    BadSignatureError,
    BundleError,
    ConflictsNeedResolutionError,
    MalformedBundleError,
    MissedBundleError,
    ReplayedBundleError,
    SenderKeyChangedError,
    TamperedBundleError,
    UnknownSenderError,
    malformed,
    not_for_this_vault,
    tampered,
    unverified_sender,
)
from app.exchange.bundle.manifest import BORDER_PROFILE, Entry, Manifest
from app.exchange.bundle.merge import (
    CHANGED,
    CONFLICT,
    NEW,
    RESOLUTIONS,
    Batch,
    Decision,
    NotYoursError,
    classify,
    conflict_note,
)
from app.exchange.bundle.preview import (
    BundlePreview,
    CasePreview,
    Conflict,
    ReportedStage,
    VettingSeen,
)
from app.exchange.bundle.records import CaseRecords, Row, checked_case_entry, parse_case_entry
from app.exchange.bundle.state import (
    PeerState,
    highest_received_sequence,
    log_bundle,
    peer_state,
    peer_states,
    received_digest,
    record_received,
    sequence_seen,
)
from app.exchange.contacts import Contact, find_by_signing_key
from app.exchange.identity import VaultIdentity
from app.store import Store
from app.store.attachments import store_chunks
from app.store.attestations import Attestation
from app.store.attestations import keep as keep_attestation
from app.store.records import held_records, insert_record, utc_now
from app.store.reports import StageReport, keep_report
from app.store.search import reindex_case
from app.store.store import BUNDLE_CACHE_KIB
from app.store.vetting import is_valid_record, is_valid_signature, keep_record
from app.store.workflow import PROTECTION_PATH, REQUIRED_CHECKS
from app.types import Progress
from crypto import age
from crypto.sign import verify_signature

Resolution = str | Mapping[str, str] | None
REPLAY_WINDOW = 256
"""How far below the highest sequence number received from a sender a bundle may still
arrive (out of order, never seen before) and be accepted."""
_PENDING_WRITES = 2000
"""Records the apply pass queues (about 130 cases) before it writes them, table by table."""


@dataclass
class ImportResult:
    """What an import did: the preview it applied, and whether anything was written."""

    preview: BundlePreview
    applied: bool
    resolved: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Opened:
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


def preview_bundle(store: Store, path: Path, *, progress: Progress | None = None) -> BundlePreview:
    """Check the whole bundle and say what importing it would change; writes nothing."""
    identity = VaultIdentity.load_or_create(store)
    with _open(store, identity, path) as opened:
        return _Pass(store, opened).preview(progress)


def import_bundle(
    store: Store,
    path: Path,
    *,
    resolve: Resolution = None,
    progress: Progress | None = None,
    expected: BundlePreview | None = None,
    accept_unverified: bool = False,
) -> ImportResult:
    """Check, then apply the bundle in one transaction (see the module docstring).

    ``resolve`` says what to do with conflicts: ``"mine"``, ``"theirs"`` or ``"both"`` for
    all of them, or a mapping from record id to one of those. ``expected`` is the preview
    the user saw: if the bundle would now do anything else, nothing is imported. A bundle
    already imported changes nothing and returns ``applied=False``. A sender whose key was
    not verified in person is refused unless ``accept_unverified`` (the user took the risk).
    """
    _check_resolution(resolve)
    identity = VaultIdentity.load_or_create(store)
    with store.transaction():
        with _open(store, identity, path) as opened:
            preview = _Pass(store, opened).preview(_half(progress, 0))
        if not preview.sender_verified and not accept_unverified and not preview.already_imported:
            raise unverified_sender(preview.sender)
        if expected is not None and (
            expected.manifest_sha256 != preview.manifest_sha256 or expected.plan != preview.plan
        ):
            raise _changed_since_preview()
        if preview.already_imported:
            return ImportResult(preview, applied=False)
        unresolved = [c for c in preview.conflicts if _choice(resolve, c.record_id) is None]
        if unresolved:
            raise _needs_resolution(len(unresolved))
        with _open(store, identity, path) as opened:
            if opened.digest != preview.manifest_sha256:
                raise tampered()  # the file changed between the two passes
            streams = attachment_bytes(opened.manifest) > BUNDLE_CACHE_KIB * 1024
            with store.capped_cache(when=streams):
                resolved = _Pass(store, opened).apply(preview, resolve, _half(progress, 1))
            _record(store, opened, preview)
    return ImportResult(preview, applied=True, resolved=resolved)


# ---------------------------------------------------------------------- opening


@contextmanager
def _open(store: Store, identity: VaultIdentity, path: Path) -> Iterator[_Opened]:
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
        yield _Opened(sealed, found[0])


def _check_sender(store: Store, key: str, data: bytes, signature: bytes) -> Contact:
    """The contact whose current key signed ``data``; nothing of the manifest is parsed yet."""
    contact = find_by_signing_key(store, key)
    if contact is None:
        changed = _contact_with_pending_key(store, key)
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


def _contact_with_pending_key(store: Store, key: str) -> str | None:
    """A contact who holds this key as a pending (not accepted) key."""
    row = store.connection.execute(
        "SELECT name FROM contacts WHERE kind IS NOT NULL AND pending_signing_key = ? LIMIT 1",
        (key,),
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


# ---------------------------------------------------------------------- the two passes


@dataclass
class _CasePlan:
    """What one case entry does: every record's decision, the stage report, the vetting."""

    case: CaseRecords
    decisions: list[tuple[str, Row, Decision]]
    local_stage: str | None  # None: the case is new here
    reported: ReportedStage | None
    vetting: VettingSeen | None
    attestations: tuple[Attestation, ...] = ()


class _Pass:
    """One walk over a bundle's entries, classifying (preview) or writing (apply)."""

    def __init__(self, store: Store, opened: _Opened) -> None:
        self.store = store
        self.conn = store.connection
        self.opened = opened
        self.peer_key = opened.peer_key
        self.own_key = ""
        # Every record comes once (a partner may come again, identically): the partners
        # seen, and for the rest a keyed 64-bit digest of each id, not the records.
        self.seen_partners: dict[str, Row] = {}
        self.seen_ids: set[int] = set()
        self._id_key = secrets.token_bytes(16)

    # -------------------------------------------------------------- pass 1

    def preview(self, progress: Progress | None) -> BundlePreview:
        parsed, sender = self.opened.manifest, self.opened.sender
        preview = BundlePreview(
            bundle_id=parsed.bundle_id, sender=sender.name, sender_verified=sender.verified,
            profile=parsed.profile, created_at=parsed.created_at, sequence=parsed.sequence,
            manifest_sha256=self.opened.digest,
        )  # fmt: skip
        seen = received_digest(self.conn, self.peer_key, parsed.bundle_id)
        if seen is not None and seen not in ("", self.opened.digest):
            raise _different_under_known_id(sender.name)
        if seen is None:
            self._check_nothing_missed(parsed, sender.name)
            self._check_not_replayed(parsed, sender.name)
        preview.already_imported = seen is not None
        preview.changes_only = parsed.changes_only
        preview.follows = parsed.follows.sequence if parsed.follows else None

        def on_case(case: CaseRecords, entry: Entry) -> None:
            if preview.already_imported:
                return  # still read and hash-checked to the end, never classified again
            plan = self._plan(case)
            preview.plan[case.case_id] = _plan_digest(entry, plan)
            item = CasePreview(
                case.case_id, case.person_name or _local_name(self.conn, case.case_id)
            )
            item.is_new = plan.local_stage is None
            for table, row, decision in plan.decisions:
                item.counts[decision.action] += 1
                preview.counts[decision.action] += 1
                if decision.action in (CHANGED, CONFLICT):
                    item.note_changes(table, decision.fields, decision.local, row)
                if decision.action == CONFLICT:
                    preview.conflicts.append(
                        Conflict(row["id"], table, case.case_id, item.person, decision.fields)
                    )
            if plan.reported is not None:
                preview.stage_reports.append(plan.reported)
            if plan.vetting is not None:
                preview.vetting.append(plan.vetting)
            preview.attestations += len(plan.attestations)
            preview.cases.append(item)

        def on_attachment(row: Row, case_id: str, pieces: Pieces) -> None:
            preview.attachments += 1

        _walk(self.opened, parse_case_entry, on_case, on_attachment, progress)
        return preview

    def _check_nothing_missed(self, parsed: Manifest, name: str) -> None:
        """A bundle of changes is applied only over the bundle it follows."""
        follows = parsed.follows
        if follows is None:
            return
        if received_digest(self.conn, self.peer_key, follows.bundle_id) is not None:
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

    def _check_not_replayed(self, parsed: Manifest, name: str) -> None:
        highest = highest_received_sequence(self.conn, self.peer_key)
        if parsed.sequence <= highest - REPLAY_WINDOW or sequence_seen(
            self.conn, self.peer_key, parsed.sequence
        ):
            raise ReplayedBundleError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "This bundle is older than one already imported from '{name}'; "
                    "nothing was imported.",
                ),
                name=name,
            )

    def _plan(self, case: CaseRecords, *, checked: bool = False) -> _CasePlan:
        """Every decision for one case entry; raises if the sender may not make a change.

        ``checked``: the entry's bytes are those the preview checked (the apply pass), so
        the signatures in it, which only depend on those bytes, are not verified again.
        """
        case_id = case.case_id
        local = self.conn.execute("SELECT stage FROM cases WHERE id = ?", (case_id,)).fetchone()
        local_stage = None if local is None else str(local[0])
        may_change_case = (
            local is not None and peer_state(self.conn, case_id, self.peer_key).may_change
        )
        vetting = self._vetting(case, local_stage is None, checked=checked)
        signed = self._attestations(case, local_stage is None or may_change_case, checked=checked)
        records = dict(case.records)
        records["cases"] = [dict(records["cases"][0])]  # the one row changed below
        reported_stage, reported_at = self._take_stage(records)
        if local_stage is None:
            self._check_new_case(records)
            records["cases"][0]["stage"] = _initial_stage(
                records, reported_stage, vetting, two_person_rule=self.store.two_person_rule
            )
        decisions = self._decisions(
            CaseRecords(case_id, records, case.bases), may_change_case, local_stage is None
        )
        current = local_stage or records["cases"][0]["stage"]
        reported = None
        if reported_stage is not None and reported_stage != current:
            reported = ReportedStage(case_id, self.opened.sender.name, reported_stage, reported_at)
        return _CasePlan(case, decisions, local_stage, reported, vetting, signed)

    def _decisions(
        self, case: CaseRecords, may_change_case: bool, case_is_new: bool
    ) -> list[tuple[str, Row, Decision]]:
        """The case's decisions in entry order, its local records read once per table."""
        fresh = [(table, row, self._first_time(table, row)) for table, row in case.all_records()]
        ids: dict[str, list[str]] = {}
        for table, row, first in fresh:
            if first:
                ids.setdefault(table, []).append(row["id"])
        local = held_records(self.conn, ids)
        held = [record_id for table in local for record_id in local[table]]
        states = peer_states(self.conn, held, self.peer_key) if held else {}
        decisions = []
        for table, row, first in fresh:
            if first is None:
                raise malformed()
            if first:
                decision = self._decide(
                    table, row, case, local.get(table, {}).get(row["id"]), states, may_change_case,
                    case_is_new,
                )  # fmt: skip
                decisions.append((table, row, decision))
        return decisions

    def _first_time(self, table: str, row: Row) -> bool | None:
        """True for a record not seen yet in this bundle, False for a partner seen before
        (identical), None for anything else seen before (the bundle is refused)."""
        record_id = row["id"]
        if table == "partners":
            seen = self.seen_partners.get(record_id)
            if seen is None:
                self.seen_partners[record_id] = row
                return True
            return False if seen == row else None
        digest = hashlib.blake2b(record_id.encode(), digest_size=8, key=self._id_key).digest()
        number = int.from_bytes(digest, "little")
        if number in self.seen_ids:
            return None
        self.seen_ids.add(number)
        return True

    def _attestations(
        self, case: CaseRecords, may_speak: bool, *, checked: bool = False
    ) -> tuple[Attestation, ...]:
        """The case's vetting attestations, every signature checked: one that does not verify
        refuses the bundle. Only a vault that may change the case may bring them."""
        if not case.attestations:
            return ()
        if not may_speak:
            raise self._not_yours()
        if not checked and not all(a.signature_valid for a in case.attestations):
            raise BadSignatureError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "A vetting signature in this bundle from '{name}' does not verify; "
                    "nothing was imported.",
                ),
                name=self.opened.sender.name,
            )
        return case.attestations

    def _decide(
        self,
        table: str,
        row: Row,
        case: CaseRecords,
        local: Row | None,
        states: dict[str, PeerState],
        may_change_case: bool,
        case_is_new: bool,
    ) -> Decision:
        """The decision for one record, its local copy (if any) already read."""
        record_id = row["id"]
        claimed = case.bases.get(record_id, {}).get(self._own_key())
        try:
            decision = classify(table, row, local, states.get(record_id), claimed, may_change_case)
        except NotYoursError:
            raise self._not_yours() from None
        if decision.action == NEW and not (case_is_new or may_change_case or table == "partners"):
            raise self._not_yours()
        return decision

    def _own_key(self) -> str:
        if not self.own_key:
            self.own_key = str(VaultIdentity.load_or_create(self.store).card.signing_key or "")
        return self.own_key

    def _take_stage(self, records: dict[str, list[Row]]) -> tuple[str | None, str]:
        """The incoming stage comes out of the record: it is a report, never written."""
        row = records["cases"][0]
        stage = row.pop("stage", None)
        return stage, str(row["updated_at"])

    def _check_new_case(self, records: dict[str, list[Row]]) -> None:
        """A new case brings its own person: it never takes over one of another case."""
        person_id = records["cases"][0].get("person_id")
        taken = self.conn.execute(
            "SELECT 1 FROM cases WHERE person_id = ?", (person_id,)
        ).fetchone()
        if taken is not None or "persons" not in records:
            raise malformed()

    def _vetting(
        self, case: CaseRecords, case_is_new: bool, *, checked: bool = False
    ) -> VettingSeen | None:
        """The origin's signed vetting record, checked; only the vault a case came from may
        vouch for it."""
        if case.vetting is None:
            return None
        record, signature = case.vetting["record"], case.vetting["signature"]
        if not checked and not is_valid_record(record, case.case_id, self.peer_key):
            raise malformed()
        if not checked and not is_valid_signature(record, signature):
            raise BadSignatureError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The vetting record in this bundle is not validly signed by '{name}'; "
                    "nothing was imported.",
                ),
                name=self.opened.sender.name,
            )
        if not case_is_new and not peer_state(self.conn, case.case_id, self.peer_key).source:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "'{name}' vouches for the vetting of a case that did not come from them; "
                    "only the vault a case came from can. Nothing was imported.",
                ),
                name=self.opened.sender.name,
            )
        results = {c["check"]: c["result"] for c in record["checks"]}
        passed = sum(1 for name in REQUIRED_CHECKS if results.get(name) == "pass")
        return VettingSeen(
            case.case_id, self.opened.sender.name, passed, len(REQUIRED_CHECKS),
            signature_valid=True, key_verified=self.opened.sender.verified,
            record=record, signature=signature,
        )  # fmt: skip

    def _not_yours(self) -> BundleError:
        return BundleError(
            QT_TRANSLATE_NOOP(
                "Core",
                "'{name}' sent changes to a case or record that this vault never exchanged "
                "with them; nothing was imported.",
            ),
            name=self.opened.sender.name,
        )

    # -------------------------------------------------------------- pass 2

    def apply(
        self, preview: BundlePreview, resolve: Resolution, progress: Progress | None
    ) -> dict[str, int]:
        conn, store = self.conn, self.store
        touched: set[str] = set()
        new_attachments: set[str] = set()  # of the case being applied
        resolved = dict.fromkeys(RESOLUTIONS, 0)
        # Writes wait in the batch across cases (no decision reads a record of another case
        # entry: each record comes once), and what refers to them waits with them.
        batch = Batch(conn, self.peer_key)
        after: list[tuple[_CasePlan, list[str]]] = []

        def flush() -> None:
            batch.flush()
            for plan, notes in after:
                for text in notes:
                    values = {"case_id": plan.case.case_id, "text": text}
                    insert_record(conn, "notes", store.origin, values)
                self._keep_reports(plan)
            after.clear()

        def on_case(case: CaseRecords, entry: Entry) -> None:
            plan = self._plan(case, checked=True)
            if preview.plan.get(case.case_id) != _plan_digest(entry, plan):
                raise _changed_since_preview()
            new_attachments.clear()
            notes = []
            for table, row, decision in plan.decisions:
                choice = _choice(resolve, row["id"]) if decision.action == CONFLICT else None
                if decision.action == CONFLICT:
                    if choice is None:
                        raise _needs_resolution(1)
                    resolved[choice] += 1
                theirs = batch.apply(decision, row, choice)
                if theirs is not None:
                    notes.append(
                        conflict_note(table, theirs, self.opened.sender.name, decision.fields)
                    )
                if decision.action == NEW and table == "attachments":
                    new_attachments.add(row["id"])
                if decision.action in (NEW, "changed") or choice in ("theirs", "both"):
                    touched.add(case.case_id)
            after.append((plan, notes))
            if batch.pending >= _PENDING_WRITES:
                flush()

        def on_attachment(row: Row, case_id: str, pieces: Pieces) -> None:
            if row["id"] in new_attachments:
                flush()  # its record first
                store_chunks(conn, row["id"], pieces)

        try:
            _walk(self.opened, checked_case_entry, on_case, on_attachment, progress)
            flush()
        except sqlcipher3.IntegrityError:
            raise malformed() from None
        for case_id in sorted(touched):
            conn.execute("UPDATE cases SET touched_at = ? WHERE id = ?", (utc_now(), case_id))
            reindex_case(conn, case_id)
        return {k: v for k, v in resolved.items() if v}

    def _keep_reports(self, plan: _CasePlan) -> None:
        if plan.reported is not None:
            r = plan.reported
            keep_report(self.conn, StageReport(
                r.case_id, r.peer, self.peer_key, r.stage, r.reported_at, utc_now(),
                self.opened.manifest.bundle_id,
            ))  # fmt: skip
        if plan.vetting is not None:
            keep_record(self.conn, plan.case.case_id, plan.vetting.record, plan.vetting.signature)
        for attestation in plan.attestations:
            keep_attestation(self.conn, attestation)


def _initial_stage(
    records: dict[str, list[Row]],
    reported: str | None,
    vetting: VettingSeen | None,
    *,
    two_person_rule: bool,
) -> str:
    """The stage a new case starts at here: what was reported only if the local rule allows
    it (off the protection path, or vouched for by a sound vetting record, and never under
    the two-person rule, which the user applies by accepting the report); else intake."""
    if reported is None:
        return "intake"
    if reported in PROTECTION_PATH:
        if two_person_rule:
            return "intake"
        sound = vetting is not None and vetting.key_verified and vetting.passed == vetting.required
        return reported if sound else "intake"
    if reported == "rejected" and not records["cases"][0].get("rejection_reason"):
        return "intake"
    return reported


def _local_name(conn: Any, case_id: str) -> str | None:
    row = conn.execute(
        "SELECT p.name FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.id = ?",
        (case_id,),
    ).fetchone()
    return None if row is None else str(row[0])


# ---------------------------------------------------------------------- walking entries


def _walk(
    opened: _Opened,
    parse: Callable[[bytes, str], CaseRecords],
    on_case: Callable[[CaseRecords, Entry], None],
    on_attachment: Callable[[Row, str, Pieces], None],
    progress: Progress | None,
) -> None:
    """Every entry in manifest order, each checked against its size and hash, to the end;
    ``parse`` reads a case entry (strictly in the preview; the apply pass reads bytes whose
    hash the preview's plan holds)."""
    reader, entries = opened.sealed.tar, opened.manifest.entries
    pending: dict[str, Row] = {}
    case_id = ""
    for number, entry in enumerate(entries, start=1):
        next_entry(reader, entry)
        if entry.kind == "case":
            if pending:
                raise malformed()
            case = parse(read_entry(reader, entry), entry.ref)
            case_id = case.case_id
            pending = {row["id"]: row for row in case.records.get("attachments", [])}
            on_case(case, entry)
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


def _record(store: Store, opened: _Opened, preview: BundlePreview) -> None:
    parsed = opened.manifest
    counts = {**preview.counts, "cases": len(preview.cases), "attachments": preview.attachments}
    log_bundle(
        store.connection, bundle_id=parsed.bundle_id, direction="received",
        peer=opened.sender.name, peer_key=opened.peer_key, sequence=parsed.sequence,
        profile=parsed.profile, created_at=parsed.created_at, counts=counts,
    )  # fmt: skip
    record_received(
        store.connection, opened.peer_key, parsed.bundle_id, opened.digest, parsed.sequence
    )
    detail = {"sender": opened.sender.id, "sequence": parsed.sequence, **counts}
    store.log("bundle.import", parsed.bundle_id, detail)


def _plan_digest(entry: Entry, plan: _CasePlan) -> bytes:
    """What the preview showed for one case entry, in 16 bytes: the entry's SHA-256 (the
    bytes it checked) and every record's decision (:attr:`Decision.key`), in order."""
    lines = [entry.sha256]
    for _table, row, decision in plan.decisions:
        action, table, fields = decision.key
        lines.append(f"{row['id']}\t{action}\t{table}\t{','.join(fields)}")
    return hashlib.blake2b("\n".join(lines).encode(), digest_size=16).digest()


def _different_under_known_id(name: str) -> TamperedBundleError:
    return TamperedBundleError(
        QT_TRANSLATE_NOOP(
            "Core",
            "A bundle with this id from '{name}' was already imported, but this copy differs "
            "from it: it was changed after it was sealed. Nothing was imported.",
        ),
        name=name,
    )


def _changed_since_preview() -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Core",
            "The vault changed since this bundle was checked; check it again before importing. "
            "Nothing was imported.",
        )
    )


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
