"""Cases: opening one for a person, reading and listing them, and changing their fields (a
stage change through the workflow rule of :mod:`app.store.vetting_ops`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.store import attestations, audit, cases, digests, duplicates, search
from app.store.base import StoreBase
from app.store.cases import CaseFilter, CaseRow
from app.store.fields import FIELDS, FIELDS_BY_NAME, FieldSpec, fields_of, validate_fields
from app.store.records import (
    CASE_PARTS,
    case_part_id,
    insert_record,
    read_columns,
    update_record,
    utc_now,
)
from app.store.workflow import CHECKS, check_stage_change
from app.translit import is_cyrillic, to_cyrillic, to_latin


class CasesMixin(StoreBase):
    """Opening, reading, listing and changing cases."""

    def case_fields(self) -> list[FieldSpec]:
        return list(FIELDS)

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
        fill_names(values)
        stage = values.pop("stage", None) or "intake"
        check_stage_change(stage, {}, values.get("rejection_reason"))
        with self.transaction():
            case_id = self._insert_case(values, stage)
            detail: dict[str, Any] = {"fields": sorted(given)}
            if actor:
                detail["actor"] = actor[:100]
            audit.append(self._conn, "case.add", case_id, detail, utc_now())
            if stage != "intake":  # opened further on: attested as a change to it would be
                self._attest_stage(case_id, "intake", stage)
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
            fill_names(values, keep=set(fields))
        with self.transaction():
            old_stage = self._check_stage_rules(case_id, values)
            signed_before = (
                attestations.current_count(self._conn, case_id)
                if set(values) & set(digests.IDENTITY_FIELDS)
                else 0
            )
            changed = self._apply_fields(case_id, values)
            if changed:
                self._touch(case_id)
                detail: dict[str, Any] = {"fields": changed}
                if actor:
                    detail["actor"] = actor[:100]
                audit.append(self._conn, "case.set", case_id, detail, utc_now())
            if signed_before and not attestations.current_count(self._conn, case_id):
                # Signatures are over who the case is about too: they vouch for someone else.
                audit.append(self._conn, "attestation.invalidated", case_id,
                             {"fields": changed, "signatures": signed_before},
                             utc_now())  # fmt: skip
            new_stage = values.get("stage")
            if new_stage and new_stage != old_stage:
                self._log_stage(case_id, old_stage, new_stage, "set")
                self._attest_stage(case_id, old_stage, new_stage)

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


def fill_names(values: dict[str, str | None], keep: set[str] | None = None) -> None:
    """Compute the other script of ``name`` unless the user gave it explicitly."""
    name = values.get("name") or ""
    if is_cyrillic(name):
        computed = {"name_cyrillic": name, "name_latin": to_latin(name)}
    else:
        computed = {"name_latin": name, "name_cyrillic": to_cyrillic(name)}
    for key, value in computed.items():
        if key not in (keep or set()) and not (keep is None and values.get(key)):
            values[key] = value
