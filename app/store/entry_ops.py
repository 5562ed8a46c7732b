"""What a case gathers over time: notes, the person's statements (with a translation beside
them) and the dated events of its timeline."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotFoundError, terms
from app.store import audit, search
from app.store.base import StoreBase
from app.store.fields import check_text, date_text
from app.store.records import insert_record, update_record, utc_now

EVENT_KINDS = (
    "interview", "document_received", "referral_sent", "decision", "travel", "contact", "other",
)  # fmt: skip
TRANSLATION_LANGUAGES = ("en", "fr", "de", "ru", "uk", "kk")
"""Languages a statement's translation can be in: those of the partners' authorities and of
the people and lawyers (ISO 639-1 codes)."""


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


class EntriesMixin(StoreBase):
    """Notes, statements and timeline events of a case."""

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
