"""Vetting: the checks, the stage rules that rely on them, this vault's signed sign-off (the
two-person rule included), and the stages other vaults report for a case."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, date, datetime

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotFoundError, WorkflowError
from app.store import attestations, audit, cases, digests
from app.store.attestations import SignOff
from app.store.base import StoreBase
from app.store.fields import check_text, date_text
from app.store.records import case_part_id, insert_record, read_columns, update_record, utc_now
from app.store.reports import StageReport, drop_report, reports_of
from app.store.vetting import VettingSummary, vetting_summary
from app.store.workflow import (
    PROTECTION_PATH,
    REQUIRED_CHECKS,
    check_name,
    check_stage_change,
    missing_checks,
    require_vetted,
    result_name,
)


class VettingMixin(StoreBase):
    """Vetting checks, the stage rules, sign-off and the stages other vaults report."""

    # ------------------------------------------------------------------ stage rules

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
            if _vouched_for(current["stage"], stage):
                self._require_two_signatures(case_id)
        elif stage == "rejected" and not reason:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Core", "A rejected case must keep its rejection reason.")
            )
        return str(current["stage"])

    def _vetting_results(self, case_id: str, stage: str) -> dict[str, str]:
        """The check results the workflow rule may rely on for ``case_id``.

        Off the protection path: the checks as they are. Onto it, the checks this vault
        itself recorded (a check whose current version was written here, not taken from a
        bundle), or, for a case that came from another vault, that vault's signed vetting
        record, with a valid signature, from the contact it came from, whose key was
        verified in person (see :mod:`app.store.vetting`). Check rows as they arrived count
        for nothing on their own, even in a case this vault created and sent to a partner.
        """
        if stage not in PROTECTION_PATH:
            return cases.check_results(self._conn, case_id)
        origin = cases.case_record(self._conn, case_id)["origin"]
        summary = None if origin == self.origin else vetting_summary(self._conn, case_id)
        if summary is not None and summary.sound:
            return summary.results
        own = cases.own_check_results(self._conn, case_id)
        if all(own.get(check) == "pass" for check in REQUIRED_CHECKS):
            return own
        if origin == self.origin:
            results = cases.check_results(self._conn, case_id)
            if missing_checks(own) == missing_checks(results):
                return results  # refused all the same, in the sentence naming the checks
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Some checks of this case were recorded in another vault and count for "
                    "nothing here: record them in this vault before the case is cleared, "
                    "referred or moved on.",
                )
            )
        if summary is not None and replace(summary, identity_matches=True).sound:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The signed vetting record of this case is about the person as the vault "
                    "it came from recorded them; the name, birth date or passport changed "
                    "since. Ask that vault to send the case again, or vet the person here.",
                )
            )
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
        elif _vouched_for(old_stage, new_stage) and self._signs_as_clearer(case_id):
            attestations.sign(self._conn, case_id, "cleared")

    def _signs_as_clearer(self, case_id: str) -> bool:
        """Whether clearing here makes a signature that counts: every required check passed
        in this vault (recorded here, not taken from a bundle), over the vetting that
        signatures are weighed against."""
        results = cases.own_check_results(self._conn, case_id)
        return not missing_checks(results) and attestations.reference_digest(
            self._conn, case_id
        ) == digests.vetting_digest(self._conn, case_id)

    def _require_referable(self, case_id: str) -> None:
        """Referring a case puts it on the protection path as clearing does, so the same
        rule holds: the checks the workflow relies on passed and, under the two-person
        rule, two people signed the vetting as it is now (this vault's signature is made
        with the referral when its own checks count)."""
        require_vetted(self._vetting_results(case_id, "referred"), "referred")
        if attestations.two_person_rule(self._conn):
            self._require_two_signatures(case_id)
            if self._signs_as_clearer(case_id):
                attestations.sign(self._conn, case_id, "cleared")

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
        sees. Signing ``rejected`` needs nothing more (a doubt is enough to say no), and it
        stops a case on the protection path as a colleague's rejection does (it goes back
        to ``vetting``; rejecting it is a stage change, with its reason).
        """
        case_id = self.resolve_case_id(case_id)
        if decision not in attestations.DECISIONS:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "A vetting decision is either cleared or rejected.")
            )
        with self.transaction():
            if decision == "cleared":
                require_vetted(cases.check_results(self._conn, case_id), "cleared")
            attestation = attestations.sign(self._conn, case_id, decision)
            if decision == "rejected":
                self._stop_if_rejected(case_id, "signed here")
            return attestation

    def sign_off(self, case_id: str) -> SignOff:
        """Who has signed the case's vetting, weighed now (see :mod:`app.store.attestations`)."""
        return attestations.sign_off(self._conn, self.resolve_case_id(case_id))

    @property
    def two_person_rule(self) -> bool:
        return attestations.two_person_rule(self._conn)

    def set_two_person_rule(self, on: bool) -> None:
        with self.transaction():
            attestations.set_two_person_rule(self._conn, on)

    # ------------------------------------------------------------------ stages other vaults report

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

    # ------------------------------------------------------------------ checks

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
        changes["received"] = 0  # recorded here: this vault's own check from now on
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

    def received_vetting(
        self, case_id: str, signed_before: int, identity_before: str, *, sender: str
    ) -> bool:
        """What :meth:`set_check` does for a check typed here, for checks, the person or an
        origin's vetting record that a bundle from ``sender`` just changed: signatures this
        made void go into the audit log, and a case on the protection path goes back to
        ``vetting`` when its vetting no longer shows every required check passed, or when
        who the case is about changed (the vetting was of someone else). Runs inside the
        import's transaction; ``signed_before`` is :func:`attestations.current_count` and
        ``identity_before`` :func:`digests.identity_digest` before it. True if the case went
        back to vetting."""
        case_id = self.resolve_case_id(case_id)
        with self.transaction():
            if signed_before and not attestations.current_count(self._conn, case_id):
                audit.append(self._conn, "attestation.invalidated", case_id,
                             {"signatures": signed_before, "from": sender[:100]},
                             utc_now())  # fmt: skip
            stage = cases.case_record(self._conn, case_id)["stage"]
            if stage not in PROTECTION_PATH:
                return False
            doubts = missing_checks(self._received_results(case_id))
            if doubts:
                reason = f"check {doubts[0]} has not passed (from {sender[:100]})"
            elif digests.identity_digest(self._conn, case_id) != identity_before:
                reason = f"the person's identity changed (from {sender[:100]})"
            else:
                return False
            self._back_to_vetting(case_id, stage, reason)
            return True

    def received_rejection(self, case_id: str, *, sender: str) -> bool:
        """A bundle from ``sender`` just brought a signed rejection of the case's vetting:
        if one counts here (valid, over the vetting as this vault weighs it now, by this
        vault or a contact verified in person, not withdrawn since), a case on the
        protection path goes back to ``vetting``, as for a failed check. Never further (to
        ``rejected``): that is this vault's decision, with its own reason. A rejection that
        does not count (an unknown or unverified key, earlier checks) moves nothing. Runs
        inside the import's transaction. True if the case went back to vetting."""
        case_id = self.resolve_case_id(case_id)
        with self.transaction():
            return self._stop_if_rejected(case_id, f"from {sender[:100]}")

    def _stop_if_rejected(self, case_id: str, source: str) -> bool:
        """Send a case on the protection path back to ``vetting`` while a rejection of its
        vetting counts: a verified person's no is a doubt, and a doubt stops the case."""
        stage = cases.case_record(self._conn, case_id)["stage"]
        if stage not in PROTECTION_PATH:
            return False
        signers = sorted(
            "this vault" if s.signer == "" else str(s.signer)
            for s in attestations.sign_off(self._conn, case_id).signatures
            if s.decision == "rejected" and s.counts
        )
        if signers:
            reason = f"vetting rejected by {', '.join(signers)[:200]} ({source})"
            self._back_to_vetting(case_id, stage, reason)
        return bool(signers)

    def _back_to_vetting(self, case_id: str, stage: str, reason: str) -> None:
        update_record(self._conn, "cases", case_id, {"stage": "vetting"})
        self._log_stage(case_id, stage, "vetting", reason)

    def _received_results(self, case_id: str) -> dict[str, str]:
        """The results a received change can put in doubt: this vault's checks of its own
        case, or the origin's signed record of a case from elsewhere (without one, a
        received change says nothing about the vetting this vault relied on)."""
        if cases.case_record(self._conn, case_id)["origin"] == self.origin:
            return cases.check_results(self._conn, case_id)
        summary = vetting_summary(self._conn, case_id)
        if summary is not None and summary.signature_valid:
            return summary.results
        return dict.fromkeys(REQUIRED_CHECKS, "pass")  # no word from the origin: no doubt

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
            self._back_to_vetting(case_id, stage, f"check {check} is {outcome}")


def _vouched_for(old_stage: str, new_stage: str) -> bool:
    """Whether moving a case from ``old_stage`` to ``new_stage`` rests on its sign-off:
    entering the protection path (clearing), and referring it abroad, which sends the
    case out on the signatures as they are now (see :meth:`VettingMixin._require_referable`)."""
    return new_stage in PROTECTION_PATH and (
        old_stage not in PROTECTION_PATH or new_stage == "referred"
    )


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
