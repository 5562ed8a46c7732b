"""What one case entry of a received bundle would do: every record's decision, checked.

:class:`CasePlanner` classifies each record of an entry against the local one
(:mod:`app.exchange.bundle.merge`), refusing the whole bundle for a change the sender may not
make: a record seen twice, a record or case it never exchanged with this vault, a new case
that takes over another case's person, a vetting record or attestation it may not vouch
for or whose signature does not verify. An incoming stage never becomes the case's stage
here: it is a report (a new case starts where the local rule allows, :func:`initial_stage`).
The importer runs it once per case entry, before anything of that entry is written; when
the user saw a preview first, the two plans must match.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import QT_TRANSLATE_NOOP
from app.exchange.bundle.errors import BadSignatureError, BundleError, malformed
from app.exchange.bundle.merge import (
    CHANGED,
    CONFLICT,
    NEW,
    Decision,
    NotYoursError,
    classify,
    differing_fields,
)
from app.exchange.bundle.opening import Opened
from app.exchange.bundle.preview import ReportedStage, VettingSeen
from app.exchange.bundle.profiles import DEFAULT_PROFILE, FIELDS, PROFILES, Profile
from app.exchange.bundle.records import CaseRecords, Row
from app.exchange.identity import VaultIdentity
from app.store import Store
from app.store.attestations import Attestation
from app.store.case_rows import case_origin, case_stage, person_has_case
from app.store.digests import IDENTITY_FIELDS, identity_digest, identity_digest_of
from app.store.duplicates import PersonFacts, RejectedPersons
from app.store.records import held_records
from app.store.sync import PeerState, peer_state, peer_states
from app.store.vetting import is_valid_record, is_valid_signature, named_identity
from app.store.workflow import PROTECTION_PATH, REQUIRED_CHECKS


@dataclass
class CasePlan:
    """What one case entry does: every record's decision, the stage report, the vetting."""

    case: CaseRecords
    decisions: list[tuple[str, Row, Decision]]
    local_stage: str | None  # None: the case is new here
    reported: ReportedStage | None
    vetting: VettingSeen | None
    attestations: tuple[Attestation, ...] = ()
    withheld: int = 0  # changes to fields the sender was never shown, not taken
    kept_rejected: int = 0  # changes to who a person rejected here is, not taken


class CasePlanner:
    """Plans the case entries of one walk over a bundle; every record may come once (a
    partner may come again, identically)."""

    def __init__(self, store: Store, opened: Opened) -> None:
        self.store = store
        self.conn = store.connection
        self.sender = opened.sender
        self.peer_key = opened.peer_key
        self.own_key = ""
        # The partners seen, and for the rest the 64-bit hash of each id, not the ids: a
        # collision can only refuse a bundle (a record "seen twice"), never let one through,
        # and the ids of a full bundle (about 100,000) collide with odds below 10^-9.
        self.seen_partners: dict[str, Row] = {}
        self.seen_ids: set[int] = set()
        # Cases rejected here before this walk: a decision may not read what the walk
        # itself writes (the plan must equal a preview of the untouched vault).
        self.rejected = RejectedPersons(self.conn)

    def plan(self, case: CaseRecords) -> CasePlan:
        """Every decision for one case entry; raises if the sender may not make a change."""
        case_id = case.case_id
        local_stage = case_stage(self.conn, case_id)
        may_change_case = (
            local_stage is not None and peer_state(self.conn, case_id, self.peer_key).may_change
        )
        vetting = self._vetting(case, local_stage is None)
        signed = self._attestations(case, local_stage is None or may_change_case)
        records = dict(case.records)
        records["cases"] = [dict(records["cases"][0])]  # the one row changed below
        reported_stage, reported_at = self._take_stage(records)
        if local_stage == "rejected" and not records["cases"][0].get("rejection_reason", "-"):
            # The stage is local, and so is why it was rejected: never blanked from outside.
            records["cases"][0].pop("rejection_reason")
        kept = self._keep_who_was_rejected(records) if local_stage == "rejected" else 0
        if local_stage is None:
            self._check_new_case(records)
            stage = initial_stage(
                records, reported_stage, vetting, two_person_rule=self.store.two_person_rule
            )
            if stage in PROTECTION_PATH and self._rejected_here(records):
                stage = "intake"  # the stage stays a report: someone here decides
            records["cases"][0]["stage"] = stage
        decisions, withheld = self._decisions(
            CaseRecords(case_id, records, case.bases), may_change_case, local_stage is None
        )
        if local_stage is not None:
            self._check_own_checks(case_id, decisions)
        current = local_stage or records["cases"][0]["stage"]
        reported = None
        if reported_stage is not None and reported_stage != current:
            if local_stage is not None and not may_change_case:
                raise self._not_yours()  # only a peer of the case reports its stage
            reported = ReportedStage(case_id, self.sender.name, reported_stage, reported_at)
        return CasePlan(case, decisions, local_stage, reported, vetting, signed, withheld, kept)

    def _keep_who_was_rejected(self, records: dict[str, list[Row]]) -> int:
        """Leave out of a bundle's records of a case rejected here what identifies its
        person, and say how many of those fields it would have changed. The stage and its
        reason are this vault's; so is who was rejected: a partner that may still change the
        case (it was sent there before the rejection) could otherwise rename the plant, and
        he would no longer be found when he comes back under his own name."""
        rows = {table: records[table][0] for table in REJECTED_KEEPS if records.get(table)}
        held = held_records(self.conn, {table: [row["id"]] for table, row in rows.items()})
        changed = 0
        for table, row in rows.items():
            fields = [name for name in REJECTED_KEEPS[table] if name in row]
            mine = held.get(table, {}).get(row["id"])
            if mine is not None:
                changed += len(differing_fields(table, row, mine, fields))
            records[table] = [{k: v for k, v in row.items() if k not in fields}]
        return changed

    def _rejected_here(self, records: dict[str, list[Row]]) -> bool:
        """Whether the person of a new case looks like one of a case rejected here before
        this walk (the same matching as intake and edits: passport, names across scripts,
        birth date, unit)."""
        if not self.rejected.case_ids:
            return False
        person = records["persons"][0]
        service = (records.get("services") or [{}])[0]
        facts = PersonFacts.of({**person, "unit": service.get("unit"), "rank": service.get("rank")})
        return self.rejected.look_like(facts)

    def _decisions(
        self, case: CaseRecords, may_change_case: bool, case_is_new: bool
    ) -> tuple[list[tuple[str, Row, Decision]], int]:
        """The case's decisions in entry order, its local records read once per table, and
        how many changed fields were left out because the sender was never shown them."""
        fresh = [(table, row, self._first_time(table, row)) for table, row in case.all_records()]
        ids: dict[str, list[str]] = {}
        for table, row, first in fresh:
            if first:
                ids.setdefault(table, []).append(row["id"])
        local = held_records(self.conn, ids)
        _check_of_this_case(case.case_id, local)
        held = [record_id for table in local for record_id in local[table]]
        states = peer_states(self.conn, held, self.peer_key) if held else {}
        shown = _shown_to_sender(states.get(case.case_id))
        decisions = []
        withheld = 0
        for table, row, first in fresh:
            if first is None:
                raise malformed()
            if first:
                mine = local.get(table, {}).get(row["id"])
                state = states.get(row["id"])
                # A partner record is of no case: what it was shown is its own last send.
                seen = (
                    _shown_to_sender(state) if table == "partners" else _record_shown(state, shown)
                )
                if mine is not None and seen is not None:
                    row, left_out = _only_shown(table, row, mine, seen)
                    withheld += left_out
                decision = self._decide(
                    table, row, case, mine, states, may_change_case, case_is_new
                )
                decisions.append((table, row, decision))
        return decisions, withheld

    def _check_own_checks(self, case_id: str, decisions: list[tuple[str, Row, Decision]]) -> None:
        """This vault's rule for the checks of a case it created, which its workflow relies
        on: a check passes only with its evidence and reviewer recorded. A received check
        that would pass here without them (a partner's, whose profile left its evidence
        at home) refuses the bundle."""
        taken = [
            (row, decision)
            for table, row, decision in decisions
            if table == "checks" and decision.action in (NEW, CHANGED, CONFLICT)
        ]
        if not taken or case_origin(self.conn, case_id) != self.store.origin:
            return
        for row, decision in taken:
            merged = {**(decision.local or {}), **row}
            if merged.get("result") == "pass" and not (
                merged.get("evidence") and merged.get("reviewer")
            ):
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "'{name}' sent a vetting check of a case this vault created that "
                        "passes without its evidence or reviewer; here a check passes only "
                        "with both. Nothing was imported.",
                    ),
                    name=self.sender.name,
                )

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
        number = hash(record_id)
        if number in self.seen_ids:
            return None
        self.seen_ids.add(number)
        return True

    def _attestations(self, case: CaseRecords, may_speak: bool) -> tuple[Attestation, ...]:
        """The case's vetting attestations, every signature checked: one that does not verify
        refuses the bundle. Only a vault that may change the case may bring them."""
        if not case.attestations:
            return ()
        if not may_speak:
            raise self._not_yours()
        if not all(a.signature_valid for a in case.attestations):
            raise BadSignatureError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "A vetting signature in this bundle from '{name}' does not verify; "
                    "nothing was imported.",
                ),
                name=self.sender.name,
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
        if decision.action == NEW and row["origin"] == self.store.origin:
            raise malformed()  # it would pass for this vault's own record, vetting and all
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
        if person_has_case(self.conn, person_id) or "persons" not in records:
            raise malformed()

    def _vetting(self, case: CaseRecords, case_is_new: bool) -> VettingSeen | None:
        """The origin's signed vetting record, checked; only the vault a case came from may
        vouch for it."""
        if case.vetting is None:
            return None
        record, signature = case.vetting["record"], case.vetting["signature"]
        if not is_valid_record(record, case.case_id, self.peer_key):
            raise malformed()
        if not is_valid_signature(record, signature):
            raise BadSignatureError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The vetting record in this bundle is not validly signed by '{name}'; "
                    "nothing was imported.",
                ),
                name=self.sender.name,
            )
        if not case_is_new and not peer_state(self.conn, case.case_id, self.peer_key).source:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "'{name}' vouches for the vetting of a case that did not come from them; "
                    "only the vault a case came from can. Nothing was imported.",
                ),
                name=self.sender.name,
            )
        results = {c["check"]: c["result"] for c in record["checks"]}
        passed = sum(1 for name in REQUIRED_CHECKS if results.get(name) == "pass")
        persons = case.records.get("persons")
        person = (
            identity_digest_of(case.case_id, persons[0])
            if persons
            else identity_digest(self.conn, case.case_id)
        )
        return VettingSeen(
            case.case_id, self.sender.name, passed, len(REQUIRED_CHECKS),
            signature_valid=True, key_verified=self.sender.verified,
            record=record, signature=signature,
            identity_matches=named_identity(record) == person,
        )  # fmt: skip

    def _not_yours(self) -> BundleError:
        return BundleError(
            QT_TRANSLATE_NOOP(
                "Core",
                "'{name}' sent changes to a case or record that this vault never exchanged "
                "with them; nothing was imported.",
            ),
            name=self.sender.name,
        )


REJECTED_KEEPS = {"persons": (*IDENTITY_FIELDS, "aliases"), "services": ("unit", "rank")}
"""Who a person rejected here is, as the returning-person check knows him (names, aliases,
birth date, passport, unit): never changed from outside (see
:meth:`CasePlanner._keep_who_was_rejected`)."""


def _check_of_this_case(case_id: str, local: dict[str, dict[str, Row]]) -> None:
    """Every record of an entry that this vault holds is of the entry's case (a partner is
    of none). What a sender may change is decided per case (the fields it was shown, a
    changed person or check sending the case back to vetting), and a change need not name
    its case: a record of another case smuggled into this entry, or another case's person
    as this entry's, would be judged by the wrong case's rules. Satchel never writes one."""
    case = local.get("cases", {}).get(case_id)
    for table, rows in local.items():
        for record_id, row in rows.items():
            if table == "persons":
                wrong = case is not None and case["person_id"] != record_id
            else:
                wrong = "case_id" in FIELDS[table] and row["case_id"] != case_id
            if wrong:
                raise malformed()


def _shown_to_sender(case_state: PeerState | None) -> Profile | None:
    """The profile this vault last sent the case to the sender under, when that limits what
    the sender may change: None when the case came from the sender (it is theirs to change)
    or was never sent to it. A send recorded before schema 13 counts as the default."""
    if case_state is None or case_state.source or case_state.sent is None:
        return None
    return PROFILES.get(case_state.profile or DEFAULT_PROFILE, PROFILES[DEFAULT_PROFILE])


def _record_shown(state: PeerState | None, case_shown: Profile | None) -> Profile | None:
    """What the sender was shown of one record of a case it may change but does not own
    (``case_shown``, None when it owns the case or was never sent it): a record this vault
    sent it, by that record's own last send, even one that first came from the sender (this
    vault may have written into it since: a check it vetted, say); one never sent back, by
    nothing when it came from the sender (it is theirs), else by the case's."""
    if case_shown is None:
        return None
    if state is not None and state.sent is not None:
        return PROFILES.get(state.profile or DEFAULT_PROFILE, PROFILES[DEFAULT_PROFILE])
    if state is not None and state.source:
        return None
    return case_shown


def _only_shown(table: str, row: Row, mine: Row, shown: Profile) -> tuple[Row, int]:
    """``row`` without the fields ``shown`` leaves out of ``table`` (this vault's own: the
    address in Kazakhstan, the lawyer's planning, the evidence...), and how many of them
    it would have changed. A partner that was never shown a field cannot blank or rewrite
    it, even in a record it may change."""
    allowed = set(shown.columns(table) or ())
    hidden = [name for name in row if name in FIELDS.get(table, ()) and name not in allowed]
    if not hidden:
        return row, 0
    changed = differing_fields(table, row, mine, hidden)
    return {k: v for k, v in row.items() if k not in hidden}, len(changed)


def initial_stage(
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
        return reported if vetting is not None and vetting.sound else "intake"
    if reported == "rejected" and not records["cases"][0].get("rejection_reason"):
        return "intake"
    return reported
