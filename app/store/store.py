"""The case store: every change to cases, partners and attachments goes through here.

:class:`Store` wraps an already-open, already-keyed SQLCipher connection. It takes over
transaction control (it sets ``isolation_level = None`` and issues ``BEGIN IMMEDIATE`` /
``COMMIT`` itself), so each public method that changes something is atomic: it either
completes, with its audit entry, or leaves the vault exactly as it was.

One thread only: a Store and its connection belong to the thread that opened them (the
desktop app runs all database work on one worker thread). Nothing here is thread-safe.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any, BinaryIO

from app import diskfull
from app.confusables import confusable
from app.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    NotFoundError,
    WorkflowError,
    terms,
)
from app.store import attachments, attestations, audit, cases, duplicates, search
from app.store.attachments import AttachmentInfo
from app.store.attestations import SignOff
from app.store.audit import AuditEntry, AuditReport
from app.store.cases import CaseFilter, CaseRow
from app.store.duplicates import PersonMatch
from app.store.fields import (
    FIELDS,
    FIELDS_BY_NAME,
    FieldSpec,
    check_text,
    date_text,
    fields_of,
    validate_fields,
)
from app.store.migrations import migrate
from app.store.records import (
    CASE_PARTS,
    case_part_id,
    insert_record,
    read_columns,
    read_record,
    update_record,
    utc_now,
)
from app.store.reports import StageReport, drop_report, reports_of
from app.store.search import SearchHit
from app.store.vetting import VettingSummary, vetting_summary
from app.store.workflow import (
    CHECKS,
    PROTECTION_PATH,
    REQUIRED_CHECKS,
    check_name,
    check_stage_change,
    missing_checks,
    require_vetted,
    result_name,
)
from app.translit import is_cyrillic, to_cyrillic, to_latin
from app.types import Connection, Progress

EVENT_KINDS = (
    "interview", "document_received", "referral_sent", "decision", "travel", "contact", "other",
)  # fmt: skip
REFERRAL_STATUSES = ("sent", "received", "accepted", "declined", "closed")
PARTNER_KINDS = ("organisation", "person")
TRANSLATION_LANGUAGES = ("en", "fr", "de", "ru", "uk", "kk")
"""Languages a statement's translation can be in: those of the partners' authorities and of
the people and lawyers (ISO 639-1 codes)."""
_NAME_FIELDS = ("name", "name_latin", "name_cyrillic")
CACHE_KIB = 128 * 1024
BUNDLE_CACHE_KIB = 16 * 1024
"""The page cache while a bundle streams many attachment bytes (more than this): each of
their pages is passed once, so a large cache only holds memory (a 1 GiB bundle would fill
all 128 MiB of it); at 16 MiB a bundle with 1 or 4 GiB of attachments peaks at about 85 MiB.
Smaller costs time, as SQLCipher spills dirty pages more often (1 GiB of attachments
imported in 17 s against 11 s with the full cache); and record pages are read twice
(export) or looked up and written (import), so bundles of records keep the full cache."""


def _translation(
    text: str | None, language: str | None, translator: str | None
) -> dict[str, str | None]:
    """A statement's translation fields, checked: a translation says its language and who
    made it; no translation, no language or translator either."""
    translation = check_text(text or "", QT_TRANSLATE_NOOP("Core", "translation"))
    if translation is None:
        return {"translation": None, "translation_lang": None, "translator": None}
    code = (language or "").strip().lower()
    if code not in TRANSLATION_LANGUAGES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "Say which language the translation is in ({choices})."),
            choices=", ".join(TRANSLATION_LANGUAGES),
        )
    name = check_text(
        translator or "", QT_TRANSLATE_NOOP("Core", "translator's name"), required=True
    )
    return {"translation": translation, "translation_lang": code, "translator": name}


class Store:
    """Cases, partners and attachments in one vault database (see the module docstring)."""

    def __init__(self, conn: Connection, origin: str) -> None:
        self._conn = conn
        self.origin = origin
        self._depth = 0

    def __repr__(self) -> str:
        return f"Store(origin={self.origin!r})"

    @classmethod
    def open(cls, conn: Connection, origin: str) -> Store:
        """Bring the schema up to date and return a store writing records as ``origin``."""
        origin = (origin or "").strip()
        if not origin or len(origin) > 100:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "The vault needs a short origin id to label its records.")
            )
        conn.isolation_level = None
        conn.execute("PRAGMA foreign_keys = ON")
        # Decrypted pages cached in memory: the case list and search on 100,000 cases
        # stay fast. Memory is outside the threat model (see DESIGN.md section 2).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        migrate(conn)
        return cls(conn, origin)

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: nested uses join the outermost transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
            self._conn.execute("COMMIT")
        except BaseException as error:
            diskfull.rollback(self._conn)
            if diskfull.is_full_for(self._conn, error):
                raise diskfull.disk_full_error() from None
            raise
        finally:
            self._depth = 0

    @contextmanager
    def capped_cache(self, kib: int = BUNDLE_CACHE_KIB, *, when: bool = True) -> Iterator[None]:
        """Hold the page cache to at most ``kib`` KiB for a while (``when``: only if so), then
        give back the size it had; lowering it also releases the pages above it. Bundle work
        does this while it streams many attachment bytes, which would otherwise fill it."""
        if not when:
            yield
            return
        before = int(self._conn.execute("PRAGMA cache_size").fetchone()[0])
        limit = -int(kib)
        if limit < before < 0:  # already smaller (negative sizes are in KiB)
            limit = before
        self._conn.execute(f"PRAGMA cache_size = {limit}")
        try:
            yield
        finally:
            self._conn.execute(f"PRAGMA cache_size = {before}")

    @property
    def connection(self) -> Connection:
        """The underlying connection, for modules (bundles, demo data) that write in bulk."""
        return self._conn

    # ------------------------------------------------------------------ audit

    def log(
        self, action: str, record_id: str | None = None, detail: dict[str, Any] | None = None
    ) -> None:
        """Add an audit entry (joins the current transaction if there is one)."""
        with self.transaction():
            audit.append(self._conn, action, record_id, detail, utc_now())

    def verify_audit(self) -> AuditReport:
        return audit.verify(self._conn)

    def history(self, record_id: str | None = None, limit: int = 100) -> list[AuditEntry]:
        """The latest audit entries, newest first."""
        return audit.entries(self._conn, record_id=record_id, limit=limit)

    # ------------------------------------------------------------------ cases

    def case_fields(self) -> list[FieldSpec]:
        return list(FIELDS)

    def resolve_case_id(self, text: str) -> str:
        """A full case id from a full id or a unique prefix of at least 4 characters."""
        wanted = (text or "").strip().lower()
        shown = wanted[:40]
        if len(wanted) < 4:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "Type at least the first 4 characters of the case id.")
            )
        if wanted.strip("0123456789abcdef-"):
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Core", "No case matches '{shown}'."), shown=shown
            )
        rows = self._conn.execute(
            "SELECT id FROM cases WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            (wanted, wanted + "~"),
        ).fetchall()
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Core", "No case matches '{shown}'."), shown=shown
            )
        if rows[0][0] == wanted:
            return wanted
        if len(rows) > 1:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Core", "More than one case starts with '{shown}'; type more of the id."
                ),
                shown=shown,
            )
        return str(rows[0][0])

    def add_case(
        self, name: str, fields: Mapping[str, str] | None = None, *, actor: str | None = None
    ) -> str:
        """Open a new case for a person; every vetting check starts as not done."""
        given = dict(fields or {})
        if "name" in given:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "Give the name once, not also as a field.")
            )
        values = validate_fields({"name": name, **given})
        _fill_names(values)
        stage = values.pop("stage", None) or "intake"
        check_stage_change(stage, {}, values.get("rejection_reason"))
        with self.transaction():
            case_id = self._insert_case(values, stage)
            detail: dict[str, Any] = {"fields": sorted(given)}
            if actor:
                detail["actor"] = actor[:100]
            audit.append(self._conn, "case.add", case_id, detail, utc_now())
        return case_id

    def _insert_case(self, values: dict[str, str | None], stage: str) -> str:
        now = utc_now()
        person = {k: values.get(k) for k in fields_of("persons")}
        person_id = insert_record(self._conn, "persons", self.origin, person, now=now)
        case_values = {k: values.get(k) for k in fields_of("cases") if k != "stage"}
        case_id = insert_record(
            self._conn,
            "cases",
            self.origin,
            {"person_id": person_id, "stage": stage, "touched_at": now, **case_values},
            now=now,
        )
        for table in CASE_PARTS:
            part = {k: values.get(k) for k in fields_of(table)}
            insert_record(
                self._conn, table, self.origin, {"case_id": case_id, **part},
                record_id=case_part_id(table, case_id), now=now,
            )  # fmt: skip
        for check in CHECKS:
            self._insert_check(case_id, check, now)
        search.reindex_case(self._conn, case_id)
        return case_id

    def get_case(self, case_id: str) -> dict[str, Any]:
        return cases.get_case(self._conn, self.resolve_case_id(case_id))

    def list_cases(
        self,
        *,
        stage: str | Iterable[str] | None = None,
        risk: str | Iterable[str] | None = None,
        lawyer: str | None = None,
        due_before: date | str | None = None,
        search: str | None = None,
        order_by: str = "updated",
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[CaseRow]:
        where = CaseFilter(stage, risk, lawyer, due_before, search)
        return cases.list_cases(
            self._conn, where, order_by=order_by, descending=descending, offset=offset, limit=limit
        )

    def count_cases(
        self,
        *,
        stage: str | Iterable[str] | None = None,
        risk: str | Iterable[str] | None = None,
        lawyer: str | None = None,
        due_before: date | str | None = None,
        search: str | None = None,
    ) -> int:
        return cases.count_cases(self._conn, CaseFilter(stage, risk, lawyer, due_before, search))

    def set_case_fields(
        self, case_id: str, fields: Mapping[str, str], *, actor: str | None = None
    ) -> None:
        """Change fields of a case; all are checked first, and the stage obeys the workflow."""
        case_id = self.resolve_case_id(case_id)
        values = validate_fields(fields)
        if "name" in values:
            _fill_names(values, keep=set(fields))
        with self.transaction():
            old_stage = self._check_stage_rules(case_id, values)
            changed = self._apply_fields(case_id, values)
            if changed:
                self._touch(case_id)
                detail: dict[str, Any] = {"fields": changed}
                if actor:
                    detail["actor"] = actor[:100]
                audit.append(self._conn, "case.set", case_id, detail, utc_now())
            new_stage = values.get("stage")
            if new_stage and new_stage != old_stage:
                self._log_stage(case_id, old_stage, new_stage, "set")
                self._attest_stage(case_id, old_stage, new_stage)

    def _check_stage_rules(self, case_id: str, values: Mapping[str, str | None]) -> str:
        current = cases.case_record(self._conn, case_id)
        stage = values.get("stage") or current["stage"]
        reason = (
            values["rejection_reason"]
            if "rejection_reason" in values
            else current["rejection_reason"]
        )
        if stage != current["stage"]:
            check_stage_change(stage, self._vetting_results(case_id, stage), reason)
            if stage in PROTECTION_PATH and current["stage"] not in PROTECTION_PATH:
                self._require_two_signatures(case_id)
        elif stage == "rejected" and not reason:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Core", "A rejected case must keep its rejection reason.")
            )
        return str(current["stage"])

    def _vetting_results(self, case_id: str, stage: str) -> dict[str, str]:
        """The check results the workflow rule may rely on for ``case_id``.

        A case this vault created: its own checks. A case that came from another vault:
        either that vault's signed vetting record, with a valid signature, from the contact
        it came from, whose key was verified in person (see :mod:`app.store.vetting`), or
        the checks this vault itself recorded (a check whose current version was written
        here, not received). Check rows as they arrived count for nothing on their own.
        """
        origin = cases.case_record(self._conn, case_id)["origin"]
        if origin == self.origin or stage not in PROTECTION_PATH:
            return cases.check_results(self._conn, case_id)
        summary = vetting_summary(self._conn, case_id)
        if summary is not None and summary.sound:
            return summary.results
        own = cases.own_check_results(self._conn, case_id)
        if all(own.get(check) == "pass" for check in REQUIRED_CHECKS):
            return own
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Core",
                "This case came from another vault: it can be cleared, referred or moved "
                "on only with that vault's signed vetting record, from a contact whose key "
                "you verified in person, showing every required check passed.",
            )
        )

    def _attest_stage(self, case_id: str, old_stage: str, new_stage: str) -> None:
        """Clearing (entering the protection path) or rejecting is this vault's signature.

        Clearing is signed only over checks that all passed here: a case cleared on its
        origin's signed vetting record carries the origin's word, not a signature of ours.
        """
        if new_stage == "rejected":
            attestations.sign(self._conn, case_id, "rejected")
        elif (
            new_stage in PROTECTION_PATH
            and old_stage not in PROTECTION_PATH
            and self._signs_as_clearer(case_id)
        ):
            attestations.sign(self._conn, case_id, "cleared")

    def _signs_as_clearer(self, case_id: str) -> bool:
        """Whether clearing here makes a signature that counts: every required check passed
        in this vault, over the vetting that signatures are weighed against."""
        results = cases.check_results(self._conn, case_id)
        return not missing_checks(results) and attestations.reference_digest(
            self._conn, case_id
        ) == attestations.vetting_digest(self._conn, case_id)

    def _require_two_signatures(self, case_id: str) -> None:
        """Under the two-person rule, two verified identities must have signed the vetting:
        the person clearing here (her signature is made with the change) and one other."""
        sign_off = attestations.sign_off(self._conn, case_id)
        if not sign_off.rule_on:
            return
        signers = sign_off.clearing_signers()
        if self._signs_as_clearer(case_id):
            signers |= {attestations.ensure_own_signer(self._conn)}
        if len(signers) >= 2:
            return
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Core",
                "The two-person rule is on: this case can be cleared only when two different "
                "people have signed its vetting as it is now (signatures that count: {count}). "
                "Nothing was changed.",
            ),
            count=len(signers),
        )

    # ------------------------------------------------------------------ sign-off

    def sign_vetting(self, case_id: str, decision: str = "cleared") -> attestations.Attestation:
        """This vault signs its decision over the case's vetting as it is now.

        Signing ``cleared`` needs every required check passed here: one signs what one
        sees. Signing ``rejected`` needs nothing more (a doubt is enough to say no).
        """
        case_id = self.resolve_case_id(case_id)
        if decision not in attestations.DECISIONS:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "A vetting decision is either cleared or rejected.")
            )
        with self.transaction():
            if decision == "cleared":
                require_vetted(cases.check_results(self._conn, case_id), "cleared")
            return attestations.sign(self._conn, case_id, decision)

    def sign_off(self, case_id: str) -> SignOff:
        """Who has signed the case's vetting, weighed now (see :mod:`app.store.attestations`)."""
        return attestations.sign_off(self._conn, self.resolve_case_id(case_id))

    @property
    def two_person_rule(self) -> bool:
        return attestations.two_person_rule(self._conn)

    def set_two_person_rule(self, on: bool) -> None:
        with self.transaction():
            attestations.set_two_person_rule(self._conn, on)

    def stage_reports(self, case_id: str) -> list[StageReport]:
        """Stages other vaults reported for this case (shown beside it, never applied)."""
        return reports_of(self._conn, self.resolve_case_id(case_id))

    def vetting_record(self, case_id: str) -> VettingSummary | None:
        """The signed vetting record this case arrived with, checked again now."""
        return vetting_summary(self._conn, self.resolve_case_id(case_id))

    def accept_stage_report(self, case_id: str, peer_key: str | None = None) -> str:
        """Move the case to the stage a partner reported, through the workflow rule: one step.

        ``peer_key`` chooses among several reports (default: the latest). Returns the stage.
        """
        case_id = self.resolve_case_id(case_id)
        reports = reports_of(self._conn, case_id)
        chosen = [r for r in reports if peer_key in (None, r.peer_key)]
        if not chosen:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Core", "No other vault has reported a stage for this case.")
            )
        report = chosen[0]
        with self.transaction():
            self.set_case_fields(case_id, {"stage": report.stage}, actor=report.peer)
            drop_report(self._conn, case_id, report.peer_key)
            audit.append(
                self._conn, "stage.accept", case_id,
                {"stage": report.stage, "bundle": report.bundle_id}, utc_now(),
            )  # fmt: skip
        return report.stage

    def _apply_fields(self, case_id: str, values: Mapping[str, str | None]) -> list[str]:
        changed: list[str] = []
        person_id = str(read_columns(self._conn, "cases", case_id, ["person_id"])["person_id"])
        for table in ("persons", "cases", "services", "risks"):
            part = {k: v for k, v in values.items() if FIELDS_BY_NAME[k].table == table}
            if not part:
                continue
            record_id = person_id if table == "persons" else case_id
            if table in ("services", "risks"):
                record_id = self._part_id(table, case_id)
            before = read_columns(self._conn, table, record_id, list(part))
            if update_record(self._conn, table, record_id, part):
                changed.extend(k for k in part if before.get(k) != part[k])
        if set(changed) & (duplicates.IDENTIFYING_FIELDS | {"aliases", "unit"}):
            search.reindex_case(self._conn, case_id)
        return sorted(changed)

    def _part_id(self, table: str, case_id: str) -> str:
        """The case's service or risk record, created empty if the case arrived without it."""
        row = self._conn.execute(
            f"SELECT id FROM {table} WHERE case_id = ?",  # noqa: S608
            (case_id,),
        ).fetchone()
        if row is not None:
            return str(row[0])
        return insert_record(
            self._conn, table, self.origin, {"case_id": case_id},
            record_id=case_part_id(table, case_id),
        )  # fmt: skip

    def _touch(self, case_id: str) -> None:
        self._conn.execute("UPDATE cases SET touched_at = ? WHERE id = ?", (utc_now(), case_id))

    def _log_stage(self, case_id: str, old: str, new: str, reason: str) -> None:
        detail = {"from": old, "to": new, "reason": reason}
        audit.append(self._conn, "case.stage", case_id, detail, utc_now())

    # ------------------------------------------------------------------ vetting

    def set_check(
        self,
        case_id: str,
        check: str,
        result: str,
        *,
        evidence: str | None = None,
        note: str | None = None,
        reviewer: str | None = None,
        checked_on: date | str | None = None,
    ) -> None:
        """Record a vetting check's result.

        A check passes only with its evidence and reviewer recorded. If a required check
        stops passing while the case is cleared or further along, the case goes back to
        ``vetting``: a doubt about a person must stop the case, not just be noted.
        """
        case_id = self.resolve_case_id(case_id)
        name, outcome = check_name(check), result_name(result)
        changes = _check_changes(outcome, evidence, note, reviewer, checked_on)
        with self.transaction():
            check_id = self._check_id(case_id, name)
            merged = {
                **read_columns(self._conn, "checks", check_id, ["evidence", "reviewer"]),
                **changes,
            }
            if outcome == "pass" and not (merged.get("evidence") and merged.get("reviewer")):
                raise WorkflowError(
                    QT_TRANSLATE_NOOP(
                        "Core", "A check can only pass with its evidence and reviewer recorded."
                    )
                )
            signed_before = attestations.current_count(self._conn, case_id)
            update_record(self._conn, "checks", check_id, changes)
            self._touch(case_id)
            detail = {"check": name, "result": outcome}
            audit.append(self._conn, "check.set", check_id, detail, utc_now())
            if signed_before and not attestations.current_count(self._conn, case_id):
                audit.append(self._conn, "attestation.invalidated", case_id,
                             {"check": name, "signatures": signed_before}, utc_now())  # fmt: skip
            self._reopen_if_doubtful(case_id, name, outcome)

    def _check_id(self, case_id: str, name: str) -> str:
        """The check's record, created as not done if the case arrived without it."""
        row = self._conn.execute(
            "SELECT id FROM checks WHERE case_id = ? AND check_name = ?", (case_id, name)
        ).fetchone()
        return str(row[0]) if row is not None else self._insert_check(case_id, name)

    def _insert_check(self, case_id: str, check: str, now: str | None = None) -> str:
        return insert_record(
            self._conn, "checks", self.origin,
            {"case_id": case_id, "check_name": check, "result": "not_done"},
            record_id=case_part_id("checks", case_id, check), now=now,
        )  # fmt: skip

    def _reopen_if_doubtful(self, case_id: str, check: str, outcome: str) -> None:
        stage = cases.case_record(self._conn, case_id)["stage"]
        if outcome != "pass" and check in REQUIRED_CHECKS and stage in PROTECTION_PATH:
            update_record(self._conn, "cases", case_id, {"stage": "vetting"})
            self._log_stage(case_id, stage, "vetting", f"check {check} is {outcome}")

    # ------------------------------------------------------------------ case content

    def add_note(self, case_id: str, text: str) -> str:
        body = check_text(text, QT_TRANSLATE_NOOP("Core", "note"), required=True)
        return self._add_case_item("notes", "note.add", case_id, {"text": body}, True)

    def add_statement(
        self,
        case_id: str,
        text: str,
        *,
        stated_on: date | str | None = None,
        source: str,
        translation: str | None = None,
        translation_lang: str | None = None,
        translator: str | None = None,
    ) -> str:
        """Record a dated statement of the person's anti-war position and where it came from,
        with a translation beside it if there is one (see :meth:`translate_statement`)."""
        values = {
            "text": check_text(text, QT_TRANSLATE_NOOP("Core", "statement"), required=True),
            "stated_on": date_text(stated_on, QT_TRANSLATE_NOOP("Core", "statement date")),
            "source": check_text(
                source, QT_TRANSLATE_NOOP("Core", "statement source"), required=True
            ),
            **_translation(translation, translation_lang, translator),
        }
        return self._add_case_item("statements", "statement.add", case_id, values, True)

    def translate_statement(
        self,
        statement_id: str,
        translation: str | None,
        *,
        language: str | None = None,
        translator: str | None = None,
    ) -> bool:
        """Set a statement's translation, its language and who made it; an empty translation
        removes all three. The original text never changes. False if nothing changed."""
        values = _translation(translation, language, translator)
        with self.transaction():
            row = self._conn.execute(
                "SELECT case_id FROM statements WHERE id = ?", (statement_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Core", "There is no statement with that id.")
                )
            case_id = str(row[0])
            if not update_record(self._conn, "statements", statement_id, values):
                return False
            search.reindex_case(self._conn, case_id)
            self._touch(case_id)
            audit.append(
                self._conn, "statement.translate", statement_id,
                {"case": case_id, "language": values["translation_lang"]}, utc_now(),
            )  # fmt: skip
        return True

    def add_event(
        self, case_id: str, kind: str, description: str, *, occurred_on: date | str | None = None
    ) -> str:
        """Add a dated event to the case timeline (interview, document received, travel...)."""
        kind_name = (kind or "").strip().lower().replace(" ", "_")
        if kind_name not in EVENT_KINDS:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "'{kind}' is not a kind of event; use one of: {kinds}."),
                kind=kind[:40],
                kinds=terms("event", EVENT_KINDS),
            )
        values = {
            "kind": kind_name,
            "description": check_text(
                description, QT_TRANSLATE_NOOP("Core", "event description"), required=True
            ),
            "occurred_on": date_text(occurred_on, QT_TRANSLATE_NOOP("Core", "event date")),
        }
        return self._add_case_item("events", "event.add", case_id, values, False)

    def _add_case_item(
        self,
        table: str,
        action: str,
        case_id: str,
        values: Mapping[str, object],
        searchable: bool,
    ) -> str:
        case_id = self.resolve_case_id(case_id)
        with self.transaction():
            record_id = insert_record(
                self._conn, table, self.origin, {"case_id": case_id, **values}
            )
            if searchable:
                search.reindex_case(self._conn, case_id)
            self._touch(case_id)
            audit.append(self._conn, action, record_id, {"case": case_id}, utc_now())
        return record_id

    # ------------------------------------------------------------------ attachments

    def add_attachment(
        self,
        case_id: str,
        filename: str,
        data: bytes | BinaryIO,
        *,
        progress: Progress | None = None,
    ) -> AttachmentInfo:
        """Attach a file, with hidden details removed; ``removed`` says what went, as codes
        (:mod:`app.metadata_codes`)."""
        case_id = self.resolve_case_id(case_id)
        raw = attachments.read_input(data, progress)
        with self.transaction():
            info = attachments.store_attachment(
                self._conn, self.origin, case_id, filename, raw, progress
            )
            self._touch(case_id)
            detail = {"case": case_id, "size": info.size, "media_type": info.media_type}
            audit.append(self._conn, "attachment.add", info.id, detail, utc_now())
        return info

    def attachment_info(self, attachment_id: str) -> AttachmentInfo:
        return attachments.attachment_info(self._conn, attachment_id)

    def list_attachments(self, case_id: str) -> list[AttachmentInfo]:
        return attachments.case_attachments(self._conn, self.resolve_case_id(case_id))

    def read_attachment(self, attachment_id: str) -> bytes:
        return attachments.read_attachment(self._conn, attachment_id)

    def iter_attachment(self, attachment_id: str) -> Iterator[bytes]:
        return attachments.iter_attachment(self._conn, attachment_id)

    # ------------------------------------------------------------------ partners, referrals

    def add_partner(
        self,
        name: str,
        *,
        country: str | None = None,
        kind: str = "organisation",
        notes: str | None = None,
    ) -> str:
        """Add a partner organisation (or a person acting alone) that cases can be referred to."""
        if kind not in PARTNER_KINDS:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "A partner is one of: {kinds}."),
                kinds=", ".join(PARTNER_KINDS),
            )
        values = {
            "name": check_text(name, QT_TRANSLATE_NOOP("Core", "partner name"), required=True),
            "country": check_text(country or "", QT_TRANSLATE_NOOP("Core", "country")),
            "kind": kind,
            "notes": check_text(notes or "", QT_TRANSLATE_NOOP("Core", "partner notes")),
        }
        with self.transaction():
            partner_id = insert_record(self._conn, "partners", self.origin, values)
            audit.append(self._conn, "partner.add", partner_id, {}, utc_now())
        return partner_id

    def list_partners(self) -> list[dict[str, Any]]:
        return read_record(self._conn, "partners", "1 ORDER BY name COLLATE NOCASE, id", ())

    def get_partner(self, partner_id: str) -> dict[str, Any]:
        rows = read_record(self._conn, "partners", "id = ?", (partner_id,))
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Core", "No partner matches '{partner_id}'."),
                partner_id=partner_id[:40],
            )
        partner = rows[0]
        partner["contacts"] = self.list_partner_contacts(partner_id)
        return partner

    def add_partner_contact(
        self,
        name: str,
        *,
        partner_id: str | None = None,
        handle: str | None = None,
        age_recipient: str | None = None,
        signing_key: str | None = None,
        key_verified: bool = False,
    ) -> str:
        """Add a person at a partner organisation (a name, a handle, keys if known).

        Not a correspondent: the vaults and age keys bundles are sealed for are added from
        their cards by :func:`app.exchange.contacts.add_contact` (``kind`` ``satchel`` or ``age``);
        both live in the ``contacts`` table, and the names say which is meant."""
        if partner_id is not None:
            self.get_partner(partner_id)
        values = {
            "partner_id": partner_id,
            "name": check_text(name, QT_TRANSLATE_NOOP("Core", "contact name"), required=True),
            "handle": check_text(handle or "", QT_TRANSLATE_NOOP("Core", "contact handle")),
            "age_recipient": check_text(
                age_recipient or "", QT_TRANSLATE_NOOP("Core", "age recipient")
            ),
            "signing_key": check_text(signing_key or "", QT_TRANSLATE_NOOP("Core", "signing key")),
            "key_verified": int(bool(key_verified)),
        }
        with self.transaction():
            self.refuse_look_alike_contact(str(values["name"]))
            contact_id = insert_record(self._conn, "contacts", self.origin, values)
            detail = {"partner": partner_id, "key_verified": bool(key_verified)}
            audit.append(self._conn, "contact.add", contact_id, detail, utc_now())
        return contact_id

    def refuse_look_alike_contact(self, name: str) -> None:
        """Refuse a contact name that looks like another contact's (UTS #39 skeletons,
        ``app.confusables``) without being the same name: on screen one could be taken for
        the other ("Ay" beside Cyrillic "Аy"), so the user chooses a clearly different one.
        Every way a contact is added goes through here."""
        wanted = _fold_name(name)
        for row in read_record(self._conn, "contacts", "1", ()):
            other = str(row["name"])
            if _fold_name(other) != wanted and confusable(other, name):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The name '{name}' looks like the contact '{other}' and could be "
                        "mistaken for it; add it under a clearly different name (--name). "
                        "Nothing was added.",
                    ),
                    name=name,
                    other=other,
                )

    def list_partner_contacts(self, partner_id: str | None = None) -> list[dict[str, Any]]:
        """The people at one partner organisation (every contact row when None)."""
        if partner_id is None:
            return read_record(self._conn, "contacts", "1 ORDER BY name COLLATE NOCASE, id", ())
        return read_record(
            self._conn, "contacts", "partner_id = ? ORDER BY name COLLATE NOCASE, id", (partner_id,)
        )

    def set_contact_key_verified(self, contact_id: str, verified: bool) -> None:
        """Record whether the contact's key was compared in person."""
        with self.transaction():
            if not read_columns(self._conn, "contacts", contact_id, ["id"]):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Core", "No contact matches '{contact_id}'."),
                    contact_id=contact_id[:40],
                )
            update_record(self._conn, "contacts", contact_id, {"key_verified": int(bool(verified))})
            audit.append(
                self._conn, "contact.verify", contact_id, {"verified": bool(verified)}, utc_now()
            )

    def add_referral(
        self,
        case_id: str,
        partner_id: str,
        *,
        sent_on: date | str | None = None,
        note: str | None = None,
        status: str = "sent",
    ) -> str:
        """Refer a case to a partner; only a fully vetted case can be referred."""
        case_id = self.resolve_case_id(case_id)
        self.get_partner(partner_id)
        values = {
            "partner_id": partner_id,
            "status": _referral_status(status),
            "sent_on": date_text(sent_on, QT_TRANSLATE_NOOP("Core", "referral date")),
            "note": check_text(note or "", QT_TRANSLATE_NOOP("Core", "referral note")),
        }
        with self.transaction():
            require_vetted(self._vetting_results(case_id, "referred"), "referred")
            referral_id = insert_record(
                self._conn, "referrals", self.origin, {"case_id": case_id, **values}
            )
            self._touch(case_id)
            detail = {"case": case_id, "partner": partner_id}
            audit.append(self._conn, "referral.add", referral_id, detail, utc_now())
        return referral_id

    def set_referral_status(self, referral_id: str, status: str) -> None:
        value = _referral_status(status)
        with self.transaction():
            found = read_columns(self._conn, "referrals", referral_id, ["case_id"])
            if not found:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Core", "No referral matches '{referral_id}'."),
                    referral_id=referral_id[:40],
                )
            if update_record(self._conn, "referrals", referral_id, {"status": value}):
                self._touch(str(found["case_id"]))
                audit.append(
                    self._conn, "referral.status", referral_id, {"status": value}, utc_now()
                )

    # ------------------------------------------------------------------ search

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Cases whose names, aliases, unit, notes or statements match, in either script."""
        return search.search(self._conn, query, limit)

    # ------------------------------------------------------------------ returning persons

    def find_matches(self, case_id: str) -> list[PersonMatch]:
        """Other cases (rejected and closed ones included) that look like the same person."""
        case_id = self.resolve_case_id(case_id)
        facts = duplicates.facts_of_case(self._conn, case_id)
        assert facts is not None
        return duplicates.find_matches(self._conn, facts, exclude=case_id)

    def matches_for(self, name: str, fields: Mapping[str, str] | None = None) -> list[PersonMatch]:
        """Cases that look like a person about to be added (intake), before anything is
        written: ``name`` and the fields as :meth:`add_case` takes them."""
        values: dict[str, str | None] = {"name": name, **dict(fields or {})}
        _fill_names(values)
        return duplicates.find_matches(self._conn, duplicates.PersonFacts.of(values))

    def decide_same_person(self, case_id: str, other_id: str, *, same: bool) -> None:
        """Record that two cases are one person (linked) or two different people (never
        shown as a match again); the decision goes into the audit log."""
        first, second = sorted((self.resolve_case_id(case_id), self.resolve_case_id(other_id)))
        if first == second:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "A case cannot be linked to itself."))
        decision = "same" if same else "distinct"
        with self.transaction():
            self._conn.execute(
                "INSERT INTO person_links (case_a, case_b, decision, decided_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (case_a, case_b) DO UPDATE SET "
                "decision = excluded.decision, decided_at = excluded.decided_at",
                (first, second, decision, utc_now()),
            )
            audit.append(self._conn, f"person.{decision}", first, {"other_case": second}, utc_now())


def _fill_names(values: dict[str, str | None], keep: set[str] | None = None) -> None:
    """Compute the other script of ``name`` unless the user gave it explicitly."""
    name = values.get("name") or ""
    if is_cyrillic(name):
        computed = {"name_cyrillic": name, "name_latin": to_latin(name)}
    else:
        computed = {"name_latin": name, "name_cyrillic": to_cyrillic(name)}
    for key, value in computed.items():
        if key not in (keep or set()) and not (keep is None and values.get(key)):
            values[key] = value


def _check_changes(
    outcome: str,
    evidence: str | None,
    note: str | None,
    reviewer: str | None,
    checked_on: date | str | None,
) -> dict[str, object]:
    changes: dict[str, object] = {"result": outcome}
    texts = [t for t in (evidence, note) if t is not None and t.strip()]
    if texts:
        changes["evidence"] = check_text("\n".join(texts), QT_TRANSLATE_NOOP("Core", "evidence"))
    if reviewer is not None:
        changes["reviewer"] = check_text(reviewer, QT_TRANSLATE_NOOP("Core", "reviewer"))
    when = date_text(checked_on, QT_TRANSLATE_NOOP("Core", "check date"))
    if when is None and outcome != "not_done":
        when = datetime.now(UTC).date().isoformat()
    changes["checked_on"] = when
    return changes


def _referral_status(status: str) -> str:
    value = (status or "").strip().lower()
    if value not in REFERRAL_STATUSES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core", "'{status}' is not a referral status; use one of: {statuses}."
            ),
            status=status[:40],
            statuses=terms("referral", REFERRAL_STATUSES),
        )
    return value


def _fold_name(name: object) -> str:
    """A contact name as compared for sameness: NFC, trimmed, case-folded."""
    return unicodedata.normalize("NFC", str(name)).strip().casefold()
