"""Sealing cases into a bundle for one or more contacts.

Two passes over the chosen cases, inside one transaction so the data cannot change in
between: the first serialises each case (deterministically) and hashes it, to write the
manifest; the second serialises again and streams the tar entries through age into the
output file. Attachment bytes are streamed from the database's chunks and checked against
their stored SHA-256 on the way. Memory stays flat whatever the number of cases.

The container (tar inside age, ``NAME.partial-PID-RANDOM`` renamed when complete) is
:mod:`app.exchange.bundle.container`, shared with border bundles.

**Only what changed** (``changed=True``, for one Satchel contact): the cases with a record
that contact has not seen at its current revision, according to this vault's own per-peer
state (``sync_state``: what it took from them and what it sealed for them), each with only
those records and the attachments among them. The bundle is format 3 and names the previous
bundle sealed for that contact (``follows``), so the receiver can tell when one was missed.
When more changed than one bundle can hold, the oldest cases go first and the summary says
how many are left for the next bundle.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.exchange.bundle import jsonstrict
from app.exchange.bundle.container import (
    Pieces,
    attachment_bytes,
    refuse_existing,
    seal_to_file,
    sender_of,
    sha256_hex,
    stored_attachment,
    tar_stream,
)
from app.exchange.bundle.entries import CaseEntry, case_entries
from app.exchange.bundle.errors import BundleError, unverified_recipients
from app.exchange.bundle.manifest import (
    CHANGES_VERSION,
    MAX_MANIFEST,
    VERSION,
    Entry,
    Follows,
    Manifest,
    Recipient,
)
from app.exchange.bundle.profiles import DEFAULT_PROFILE, TABLES, Profile, get_profile
from app.exchange.contacts import Contact, KeyChangedError, get_contact
from app.exchange.identity import VaultIdentity
from app.store import Store
from app.store.case_rows import all_case_ids, case_origin
from app.store.records import new_id, utc_now
from app.store.store import BUNDLE_CACHE_KIB
from app.store.sync import (
    SentBundle,
    changed_case_ids,
    last_sent_to,
    log_bundle,
    next_sequence,
    set_sent,
)
from app.store.vetting import build_record, signed_bytes
from app.types import Connection, Progress


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
    changes_only: bool = False
    follows: int | None = None  # the sequence number of the bundle this one follows
    remaining: int = 0  # changed cases left for the next bundle (changes only)


@dataclass(frozen=True)
class _Changes:
    """What a bundle of changes is the difference from: one peer, its previous bundle."""

    peer_key: str
    follows: Follows | None


def export_bundle(
    store: Store,
    output: Path,
    *,
    to: Sequence[str],
    cases: Sequence[str] | None = None,
    profile: str = DEFAULT_PROFILE,
    progress: Progress | None = None,
    accept_unverified: bool = False,
    changed: bool = False,
    record_in: Path | None = None,
) -> ExportSummary:
    """Seal ``cases`` (None: every case) for the contacts named in ``to`` into ``output``;
    with ``changed``, only what one contact has not yet received (see the module docstring).

    A contact whose key was not verified in person is refused unless the user accepted
    that risk (``accept_unverified``: the GUI's tick box, the CLI's --accept-unverified).
    ``record_in`` (the vault folder) notes where the bundle is being written, so the next
    start removes what a killed export left (:mod:`app.leftovers`).
    """
    chosen = get_profile(profile)
    contacts = _recipients(store, to)
    unverified = [c.name for c in contacts if not c.verified]
    if unverified and not accept_unverified:
        raise unverified_recipients(", ".join(unverified))
    if changed and cases is not None:
        raise ValueError("a bundle of changes chooses its own cases")
    output = Path(output)
    refuse_existing(output)
    identity = VaultIdentity.load_or_create(store)
    sealed = False
    try:
        with store.transaction():
            changes = _changes(store, contacts, chosen) if changed else None
            if changes is None:
                case_ids = _case_ids(store, cases)
            else:
                case_ids = _changed_case_ids(store, contacts[0], chosen, changes)
            plan = _Plan(
                store.connection, identity, contacts, chosen, case_ids, progress, store.origin,
                changes,
            )  # fmt: skip
            recipients = [r.recipient for r in plan.manifest.recipients]
            streams = attachment_bytes(plan.manifest) > BUNDLE_CACHE_KIB * 1024
            with store.capped_cache(when=streams):
                pieces = tar_stream(plan.manifest, identity, plan.content)
                seal_to_file(output, recipients, pieces, record_in=record_in)
            sealed = True
            summary = plan.summary(output)
            _record(store, plan, summary)
    except BaseException:
        if sealed:  # not recorded: its sequence number would be given again to another bundle
            output.unlink(missing_ok=True)
        raise
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


def previous_bundle(store: Store, contact_name: str) -> SentBundle | None:
    """The latest bundle sealed for a contact: what a bundle of changes for them follows."""
    key = get_contact(store, contact_name).card.signing_key
    return None if not key else last_sent_to(store.connection, str(key))


def _changes(store: Store, contacts: list[Contact], profile: Profile) -> _Changes:
    """The peer and previous bundle a bundle of changes for ``contacts`` is relative to."""
    if len(contacts) != 1 or contacts[0].kind != "satchel" or not contacts[0].card.signing_key:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core",
                "Only what changed can be sent to one Satchel contact at a time; choose one "
                "contact, or send the whole cases.",
            )
        )
    contact = contacts[0]
    peer_key = str(contact.card.signing_key)
    last = last_sent_to(store.connection, peer_key)
    if last is not None and last.profile != profile.name:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core",
                "The last bundle for '{name}' was sealed with another profile; send the changes "
                "with that same profile, or send the whole cases with the new one.",
            ),
            name=contact.name,
        )
    follows = None if last is None else Follows(last.bundle_id, last.sequence)
    return _Changes(peer_key, follows)


def _changed_case_ids(
    store: Store, contact: Contact, profile: Profile, changes: _Changes
) -> list[str]:
    tables = [table for table in TABLES if profile.columns(table) is not None]
    found = changed_case_ids(store.connection, changes.peer_key, tables)
    if not found:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core",
                "Nothing changed since the last bundle for '{name}'; there is nothing to send.",
            ),
            name=contact.name,
        )
    return found


def _case_ids(store: Store, cases: Sequence[str] | None) -> list[str]:
    if cases is None:
        found = all_case_ids(store.connection)
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
        origin: str,
        changes: _Changes | None = None,
    ) -> None:
        self.conn = conn
        self.identity = identity
        self.contacts = contacts
        self.profile = profile
        self.case_ids = case_ids
        self.progress = progress
        self.peer_keys = [c.card.signing_key for c in contacts if c.card.signing_key]
        self.origin = origin
        self.changes = changes
        self.remaining = 0  # changed cases that did not fit (bundles of changes only)
        self.sent: dict[str, int] = {}  # every record's revision, recorded once sealed
        self._second: Iterator[CaseEntry] | None = None  # pass 2's entries, in order
        self._done = 0
        self.manifest = self._manifest()
        if len(self.manifest.to_bytes()) > MAX_MANIFEST:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "These cases and attachments are too many for one bundle; export them in "
                    "smaller groups.",
                )
            )

    def _entries(self) -> Iterator[CaseEntry]:
        """Every chosen case's entry, in order, read several cases at a time."""
        return case_entries(
            self.conn, self.case_ids, self.profile, self.peer_keys, self._vetting,
            changes_for=None if self.changes is None else self.changes.peer_key,
        )  # fmt: skip

    def _vetting(self, case_id: str) -> dict[str, str | dict[str, object]] | None:
        """This vault's signed vetting record, for a case it created, when checks are sent."""
        if self.profile.columns("checks") is None:
            return None
        if case_origin(self.conn, case_id) != self.origin:
            return None
        record = build_record(self.conn, case_id, str(self.identity.card.signing_key))
        return {"record": record, "signature": self.identity.sign(signed_bytes(record)).hex()}

    def _manifest(self) -> Manifest:
        header = Manifest(
            bundle_id=new_id(),
            created_at=utc_now(),
            sequence=next_sequence(self.conn),
            profile=self.profile.name,
            sender=sender_of(self.identity),
            recipients=tuple(
                Recipient(_recipient_of(c), c.card.signing_key) for c in self.contacts
            ),
            entries=(),
            version=VERSION if self.changes is None else CHANGES_VERSION,
            follows=None if self.changes is None else self.changes.follows,
        )
        room = MAX_MANIFEST - len(header.to_bytes())
        entries: list[Entry] = []
        for number, case in enumerate(self._entries()):
            case_id, data = case.case_id, case.data
            found = [Entry(Entry.name_for("case", len(entries) + 1), "case", case_id, len(data),
                           sha256_hex(data))]  # fmt: skip
            for attachment_id, size, sha in case.attachments:
                name = Entry.name_for("attachment", len(entries) + len(found) + 1)
                found.append(Entry(name, "attachment", attachment_id, size, sha))
            room -= sum(len(jsonstrict.dumps(e.as_json())) + 1 for e in found)
            if room < 0 and self.changes is not None and entries:
                self.remaining = len(self.case_ids) - number  # the rest go in the next bundle
                self.case_ids = self.case_ids[:number]
                break
            entries += found
            self.sent.update(case.revisions)
            self._report(1)
        return replace(header, entries=tuple(entries))

    def content(self, entry: Entry) -> Pieces:
        """Pass 2: an entry's bytes again, checked against the hash pass 1 wrote down."""
        if entry.kind != "case":
            yield from stored_attachment(self.conn, entry, _damaged_attachment)
            return
        if self._second is None:
            self._second = self._entries()
        case = next(self._second, None)
        if case is None or case.case_id != entry.ref or sha256_hex(case.data) != entry.sha256:
            raise BundleError(
                QT_TRANSLATE_NOOP("Core", "A case changed while it was being exported; try again.")
            )
        yield case.data
        self._report(1)

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
            changes_only=m.changes_only, follows=m.follows.sequence if m.follows else None,
            remaining=self.remaining,
        )  # fmt: skip


def _damaged_attachment() -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP("Core", "An attachment is damaged in the vault; nothing was exported.")
    )


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
    if m.changes_only:
        detail["changes_since"] = m.follows.sequence if m.follows else 0
    store.log("bundle.export", m.bundle_id, detail)
    set_sent(store.connection, plan.sent, plan.peer_keys, m.profile)
