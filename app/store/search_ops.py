"""Search over every case, and returning persons: other cases that look like the same person,
and the user's decision whether they are."""

from __future__ import annotations

from collections.abc import Mapping

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.store import audit, duplicates, search
from app.store.base import StoreBase
from app.store.case_ops import fill_names
from app.store.duplicates import PersonMatch
from app.store.records import utc_now
from app.store.search import SearchHit


class SearchMixin(StoreBase):
    """Search, and matching a person against the cases already here."""

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
        fill_names(values)
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
