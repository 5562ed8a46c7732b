"""Reading a received bundle: authenticate, check everything, preview, then apply exactly that.

A bundle is a proposal, never a command: authentication says who sent it, not that its
content is true (:mod:`app.exchange.bundle.opening` verifies the signer's signature over the
manifest's raw bytes before any JSON is parsed, and tells a replay from a new bundle).

:func:`preview_bundle` decrypts the file as a stream, checks that the bundle names this
vault, that it is not a replay, and every entry's size and hash; parses every record
strictly and classifies it (:mod:`app.exchange.bundle.planning`, :mod:`app.exchange.bundle.merge`),
including who may change what; and turns every incoming stage into a report. Nothing is
written. It always reads the stream to its end, even for a bundle already imported, so a
tampered copy is never "already imported".

:func:`import_bundle` makes the same walk once, inside one transaction, and writes each
case entry as soon as it is checked and planned: each record's decision is made before
anything of its entry is written (and, when the caller passes the preview it showed the
user, must be the one shown). Any problem, even in the last byte, rolls the whole import
back. Paths inside the bundle are only compared with the manifest; nothing is ever written
to the file system.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import sqlcipher3

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.exchange.bundle.container import (
    Pieces,
    attachment_bytes,
    next_entry,
    read_attachment_entry,
    read_entry,
)
from app.exchange.bundle.errors import (
    BundleError,
    ConflictsNeedResolutionError,
    malformed,
    unverified_sender,
)
from app.exchange.bundle.manifest import Entry
from app.exchange.bundle.merge import CHANGED, CONFLICT, NEW, RESOLUTIONS, Batch, conflict_note
from app.exchange.bundle.opening import Opened, already_imported, open_received
from app.exchange.bundle.planning import CasePlan, CasePlanner
from app.exchange.bundle.preview import BundlePreview, CasePreview, Conflict
from app.exchange.bundle.records import CaseRecords, Row, parse_case_entry
from app.exchange.identity import VaultIdentity
from app.store import Store
from app.store.attachments import store_chunks
from app.store.attestations import current_count
from app.store.attestations import keep as keep_attestation
from app.store.case_rows import case_person_name, touch_case
from app.store.digests import identity_digest
from app.store.duplicates import PersonMatch
from app.store.records import insert_record, utc_now
from app.store.reports import StageReport, keep_report
from app.store.search import reindex_case
from app.store.store import BUNDLE_CACHE_KIB
from app.store.sync import log_bundle, record_received
from app.store.vetting import keep_record
from app.types import Progress

Resolution = str | Mapping[str, str] | None
_PENDING_WRITES = 2000
"""Records an import queues (about 130 cases) before it writes them, table by table."""


@dataclass
class ImportResult:
    """What an import did: the preview it applied, and whether anything was written."""

    preview: BundlePreview
    applied: bool
    resolved: dict[str, int] = field(default_factory=dict)
    stopped: list[str] = field(default_factory=list)
    """Cases on the protection path that this import sent back to vetting (a check, the
    person or a colleague's signed rejection it brought): every front end says so loudly."""


def returning_persons(store: Store, result: ImportResult) -> dict[str, list[PersonMatch]]:
    """The cases an applied import brought or changed that look like a person already in
    the vault (rejected and closed cases included; pairs the user already linked left
    out): what every front end shows loudly after an import, as after an intake."""
    found: dict[str, list[PersonMatch]] = {}
    if not result.applied:
        return found
    for case in result.preview.cases:
        if case.status in (NEW, "changed"):
            matches = [m for m in store.find_matches(case.case_id) if not m.linked]
            if matches:
                found[case.case_id] = matches
    return found


def preview_bundle(store: Store, path: Path, *, progress: Progress | None = None) -> BundlePreview:
    """Check the whole bundle and say what importing it would change; writes nothing."""
    identity = VaultIdentity.load_or_create(store)
    with open_received(store, identity, path) as opened:
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
    """Check and apply the bundle in one transaction (see the module docstring).

    ``resolve`` says what to do with conflicts: ``"mine"``, ``"theirs"`` or ``"both"`` for
    all of them, or a mapping from record id to one of those. ``expected`` is the preview
    the user saw: if the bundle would now do anything else, nothing is imported. A bundle
    already imported changes nothing and returns ``applied=False``. A sender whose key was
    not verified in person is refused unless ``accept_unverified`` (the user took the risk).
    """
    _check_resolution(resolve)
    identity = VaultIdentity.load_or_create(store)
    with store.transaction(), open_received(store, identity, path) as opened:
        if expected is not None and expected.manifest_sha256 != opened.digest:
            raise _changed_since_preview()
        run = _Pass(store, opened)
        if already_imported(store.connection, opened):
            return ImportResult(run.preview(progress), applied=False)
        if not opened.sender.verified and not accept_unverified:
            raise unverified_sender(opened.sender.name)
        streams = attachment_bytes(opened.manifest) > BUNDLE_CACHE_KIB * 1024
        with store.capped_cache(when=streams):
            preview, resolved, stopped = run.apply(resolve, expected, progress)
        _record(store, opened, preview)
    return ImportResult(preview, applied=True, resolved=resolved, stopped=stopped)


# ---------------------------------------------------------------------- the walk


class _Pass:
    """One walk over a bundle's entries: classifying only (preview), or applying as well."""

    def __init__(self, store: Store, opened: Opened) -> None:
        self.store = store
        self.conn = store.connection
        self.opened = opened
        self.peer_key = opened.peer_key
        self.planner = CasePlanner(store, opened)

    def _empty_preview(self) -> BundlePreview:
        parsed = self.opened.manifest
        preview = BundlePreview(
            bundle_id=parsed.bundle_id, sender=self.opened.sender.name,
            sender_verified=self.opened.sender.verified, profile=parsed.profile,
            created_at=parsed.created_at, sequence=parsed.sequence,
            manifest_sha256=self.opened.digest,
        )  # fmt: skip
        preview.changes_only = parsed.changes_only
        preview.follows = parsed.follows.sequence if parsed.follows else None
        return preview

    def _show(
        self, preview: BundlePreview, case: CaseRecords, entry: Entry, plan: CasePlan
    ) -> None:
        """Add one case entry's plan to ``preview``: read before anything of it is written."""
        preview.plan[case.case_id] = _plan_digest(entry, plan)
        item = CasePreview(
            case.case_id, case.person_name or case_person_name(self.conn, case.case_id)
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
        preview.withheld += plan.withheld
        preview.kept_rejected += plan.kept_rejected
        preview.cases.append(item)

    # -------------------------------------------------------------- preview only

    def preview(self, progress: Progress | None) -> BundlePreview:
        """Check every entry and say what it would change; writes nothing."""
        preview = self._empty_preview()
        preview.already_imported = already_imported(self.conn, self.opened)

        def on_case(case: CaseRecords, entry: Entry) -> None:
            if not preview.already_imported:  # still read and hash-checked to the end
                self._show(preview, case, entry, self.planner.plan(case))

        def on_attachment(row: Row, case_id: str, pieces: Pieces) -> None:
            preview.attachments += 1

        _walk(self.opened, on_case, on_attachment, progress)
        return preview

    # -------------------------------------------------------------- applying

    def apply(
        self, resolve: Resolution, expected: BundlePreview | None, progress: Progress | None
    ) -> tuple[BundlePreview, dict[str, int], list[str]]:
        """Check, show and write every entry in one walk, and say which cases it sent back
        to vetting; the caller's transaction rolls
        everything back if any entry, or the end of the stream, fails a check.

        Each case is planned before any of its records is written, and no decision reads a
        record of another case entry (each record comes once), so the plans are those a
        preview of the untouched vault makes. After the first conflict without a resolution
        nothing more is written: the walk only counts the others for the error.
        """
        conn, store = self.conn, self.store
        preview = self._empty_preview()
        touched: set[str] = set()
        arrived: set[str] = set()  # new cases: inserted with the import's time already
        new_attachments: set[str] = set()  # of the case being applied
        resolved = dict.fromkeys(RESOLUTIONS, 0)
        unresolved = 0
        # Writes wait in the batch across cases, and what refers to them waits with them.
        batch = Batch(conn, self.peer_key)
        after: list[tuple[CasePlan, list[str]]] = []
        # Cases whose vetting this import may change: signatures and identity before it.
        vetted: dict[str, tuple[int, str]] = {}
        rejected: set[str] = set()  # cases this import brings a new signed rejection of

        def flush() -> None:
            batch.flush()
            for plan, notes in after:
                for text in notes:
                    values = {"case_id": plan.case.case_id, "text": text}
                    insert_record(conn, "notes", store.origin, values)
                if self._keep_reports(plan) and plan.local_stage is not None:
                    rejected.add(plan.case.case_id)
            after.clear()

        def on_case(case: CaseRecords, entry: Entry) -> None:
            nonlocal unresolved
            plan = self.planner.plan(case)
            self._show(preview, case, entry, plan)
            if expected is not None and (
                expected.plan.get(case.case_id) != preview.plan[case.case_id]
            ):
                raise _changed_since_preview()
            new_attachments.clear()
            choices: list[str | None] = []
            for _table, row, decision in plan.decisions:
                choice = _choice(resolve, row["id"]) if decision.action == CONFLICT else None
                unresolved += decision.action == CONFLICT and choice is None
                choices.append(choice)
            if unresolved:
                return
            if plan.local_stage is not None and _changes_vetting(plan):
                before = (current_count(conn, case.case_id), identity_digest(conn, case.case_id))
                vetted.setdefault(case.case_id, before)
            notes = []
            for (table, row, decision), choice in zip(plan.decisions, choices, strict=True):
                if choice is not None:
                    resolved[choice] += 1
                theirs = batch.apply(decision, row, choice)
                if theirs is not None:
                    notes.append(
                        conflict_note(table, theirs, self.opened.sender.name, decision.fields)
                    )
                if decision.action == NEW and table == "attachments":
                    new_attachments.add(row["id"])
                if decision.action in (NEW, CHANGED) or choice in ("theirs", "both"):
                    touched.add(case.case_id)
                if decision.action == NEW and table == "cases":
                    arrived.add(case.case_id)
            after.append((plan, notes))
            if batch.pending >= _PENDING_WRITES:
                flush()

        def on_attachment(row: Row, case_id: str, pieces: Pieces) -> None:
            preview.attachments += 1
            if row["id"] in new_attachments:
                flush()  # its record first
                store_chunks(conn, row["id"], pieces)

        try:
            _walk(self.opened, on_case, on_attachment, progress)
            if unresolved:
                raise _needs_resolution(unresolved)
            if expected is not None and len(expected.plan) != len(preview.plan):
                raise _changed_since_preview()
            flush()
        except sqlcipher3.IntegrityError:
            raise malformed() from None
        for case_id in sorted(touched):
            if case_id not in arrived:
                touch_case(conn, case_id, utc_now())
            reindex_case(conn, case_id)
        sender = self.opened.sender.name
        stopped = [
            case_id
            for case_id, (signed, identity) in sorted(vetted.items())
            if store.received_vetting(case_id, signed, identity, sender=sender)
        ]
        stopped += [
            case_id
            for case_id in sorted(rejected - set(stopped))
            if store.received_rejection(case_id, sender=sender)
        ]
        return preview, {k: v for k, v in resolved.items() if v}, stopped

    def _keep_reports(self, plan: CasePlan) -> bool:
        """Keep what the sender reports about the case beside it; True when that includes
        a signed rejection this vault did not hold yet (see ``Store.received_rejection``)."""
        if plan.reported is not None:
            r = plan.reported
            keep_report(self.conn, StageReport(
                r.case_id, r.peer, self.peer_key, r.stage, r.reported_at, utc_now(),
                self.opened.manifest.bundle_id,
            ))  # fmt: skip
        if plan.vetting is not None:
            keep_record(self.conn, plan.case.case_id, plan.vetting.record, plan.vetting.signature)
        kept = [a for a in plan.attestations if keep_attestation(self.conn, a)]
        return any(a.decision == "rejected" for a in kept)


def _changes_vetting(plan: CasePlan) -> bool:
    """Whether applying ``plan`` may change the vetting of a case this vault holds: a check
    or the person taken or in conflict, or the origin's vetting record."""
    return plan.vetting is not None or any(
        table in ("checks", "persons") and decision.action in (NEW, CHANGED, CONFLICT)
        for table, _row, decision in plan.decisions
    )


# ---------------------------------------------------------------------- walking entries


def _walk(
    opened: Opened,
    on_case: Callable[[CaseRecords, Entry], None],
    on_attachment: Callable[[Row, str, Pieces], None],
    progress: Progress | None,
) -> None:
    """Every entry in manifest order, each checked against its size and hash and every
    case entry parsed strictly, to the end of the stream."""
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


def _record(store: Store, opened: Opened, preview: BundlePreview) -> None:
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


def _plan_digest(entry: Entry, plan: CasePlan) -> bytes:
    """What the preview showed for one case entry, in 16 bytes: the entry's SHA-256 (the
    bytes it checked) and every record's decision (:attr:`Decision.key`), in order."""
    lines = [entry.sha256]
    for _table, row, decision in plan.decisions:
        action, table, fields = decision.key
        lines.append(f"{row['id']}\t{action}\t{table}\t{','.join(fields)}")
    return hashlib.blake2b("\n".join(lines).encode(), digest_size=16).digest()


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
