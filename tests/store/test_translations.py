"""A statement's translation: beside the original, with its language and translator."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInputError, NotFoundError
from app.store import Store
from app.store.migrations import MIGRATIONS, migrate
from app.store.records import insert_record, utc_now

ORIGINAL = "Я не буду стрелять в украинцев."
FRENCH = "Je ne tirerai pas sur les Ukrainiens."


def _statement(store: Store, case_id: str) -> dict[str, Any]:
    (statement,) = store.get_case(case_id)["statements"]
    return statement  # type: ignore[no-any-return]


def test_a_statement_is_added_with_its_translation(store: Store) -> None:
    case_id = store.add_case("Канарейкин Илья")
    store.add_statement(
        case_id, ORIGINAL, source="video", translation=f"  {FRENCH} ",
        translation_lang="FR", translator=" Marie Dupont ",
    )  # fmt: skip
    statement = _statement(store, case_id)
    assert (statement["text"], statement["translation"]) == (ORIGINAL, FRENCH)
    assert (statement["translation_lang"], statement["translator"]) == ("fr", "Marie Dupont")


def test_a_translation_is_added_changed_and_removed_later(store: Store) -> None:
    case_id = store.add_case("Канарейкин Илья")
    statement_id = store.add_statement(case_id, ORIGINAL, source="interview")
    assert _statement(store, case_id)["translation"] is None
    assert store.translate_statement(statement_id, FRENCH, language="fr", translator="Marie")
    revision = _statement(store, case_id)["revision"]
    assert not store.translate_statement(statement_id, FRENCH, language="fr", translator="Marie")
    assert _statement(store, case_id)["revision"] == revision  # nothing changed, no new revision
    german = "Ich werde nicht auf Ukrainer schießen."
    assert store.translate_statement(statement_id, german, language="de", translator="Anna")
    statement = _statement(store, case_id)
    assert (statement["text"], statement["translation"], statement["translation_lang"]) == (
        ORIGINAL, german, "de",
    )  # fmt: skip
    assert store.translate_statement(statement_id, "", language="de", translator="Anna")
    statement = _statement(store, case_id)
    assert (statement["translation"], statement["translation_lang"], statement["translator"]) == (
        None, None, None,
    )  # fmt: skip
    rows = store.connection.execute("SELECT action FROM audit WHERE action = 'statement.translate'")
    assert len(rows.fetchall()) == 3
    assert store.verify_audit().ok


def test_the_translation_is_searchable(store: Store) -> None:
    case_id = store.add_case("Канарейкин Илья")
    statement_id = store.add_statement(case_id, ORIGINAL, source="video")
    assert not store.search("tirerai")
    store.translate_statement(statement_id, FRENCH, language="fr", translator="Marie")
    assert [hit.case_id for hit in store.search("tirerai")] == [case_id]


@pytest.mark.parametrize(
    ("language", "translator", "said"),
    [
        (None, "Marie", "Say which language"),
        ("xx", "Marie", "Say which language"),
        ("fr", None, "translator"),
        ("fr", "   ", "translator"),
    ],
)
def test_a_translation_without_its_language_or_translator_is_refused(
    store: Store, language: str | None, translator: str | None, said: str
) -> None:
    case_id = store.add_case("Канарейкин Илья")
    statement_id = store.add_statement(case_id, ORIGINAL, source="video")
    before = _statement(store, case_id)
    with pytest.raises(InvalidInputError, match=said):
        store.translate_statement(statement_id, FRENCH, language=language, translator=translator)
    with pytest.raises(InvalidInputError, match=said):
        store.add_statement(
            case_id, ORIGINAL, source="video", translation=FRENCH,
            translation_lang=language, translator=translator,
        )  # fmt: skip
    assert store.get_case(case_id)["statements"] == [before]


def test_an_unknown_statement_is_a_sentence(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no statement"):
        store.translate_statement("nope", FRENCH, language="fr", translator="Marie")


def test_a_v7_vault_with_statements_migrates_to_v8(tmp_path: Path, open_encrypted: Any) -> None:
    conn = open_encrypted(tmp_path / "v.db", os.urandom(32))
    assert migrate(conn, MIGRATIONS[:7]) == 7
    person = insert_record(conn, "persons", "vault-old", {"name": "Канарейкин Илья"})
    fields = {"person_id": person, "stage": "intake", "touched_at": utc_now()}
    case_id = insert_record(conn, "cases", "vault-old", fields)
    statement_id = insert_record(
        conn, "statements", "vault-old", {"case_id": case_id, "text": ORIGINAL, "source": "video"}
    )
    store = Store.open(conn, "vault-old")
    assert _statement(store, case_id)["translation"] is None
    store.translate_statement(statement_id, FRENCH, language="fr", translator="Marie")
    assert _statement(store, case_id)["text"] == ORIGINAL
    assert _statement(store, case_id)["translation"] == FRENCH
