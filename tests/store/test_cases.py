"""Cases: the whole model, field validation, record metadata, ids, listing and atomicity."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

import pytest

from app.errors import InvalidInputError, NotFoundError, SatchelError
from app.store import CHECKS, Store
from app.store.fields import FIELDS
from app.store.records import case_part_id

FULL = {
    "aliases": "Сокол, Kanareykin",
    "birth_date": "1996-04-02",
    "birth_place": "Саратов",
    "citizenship": "Российская Федерация",
    "internal_passport": "6310 123456",
    "passport_status": "expired",
    "passport_expiry": "2023-01-31",
    "contacts": "@kanar (Signal)",
    "city": "Астана",
    "kz_address": "ул. Вымышленная, 1",
    "service_status": "mobilized",
    "rank": "ефрейтор",
    "branch": "Сухопутные войска",
    "unit": "в/ч 54321",
    "service_from": "2022-10-01",
    "service_to": "2023-05-01",
    "deployed_ukraine": "no",
    "deployment_places": "",
    "desertion_date": "2023-05-02",
    "desertion_route": "через Озинки",
    "criminal_article": "338",
    "criminal_case_number": "12301630001000123",
    "wanted": "yes",
    "detention_risk": "high",
    "deportation_risk": "medium",
    "family_pressure": "visits from the enlistment office",
    "risk": "high",
    "lawyer": "Aigerim",
    "next_action": "call the Paris partner",
    "deadline": "2030-01-15",
}


def test_add_case_stores_the_whole_model(store: Store) -> None:
    case_id = store.add_case("Канарейкин Юрий Олегович", FULL)
    case = store.get_case(case_id)
    person, service, risk = case["person"], case["service"], case["risk"]
    assert person["name"] == "Канарейкин Юрий Олегович"
    assert person["name_latin"] == "Kanareikin Iurii Olegovich"
    assert person["name_cyrillic"] == "Канарейкин Юрий Олегович"
    assert person["passport_status"] == "expired" and person["kz_address"] == "ул. Вымышленная, 1"
    assert service["unit"] == "в/ч 54321" and service["deployed_ukraine"] == "no"
    assert service["deployment_places"] is None  # an empty value means "not set"
    assert risk["wanted"] == "yes" and risk["risk"] == "high"
    assert case["stage"] == "intake" and case["deadline"] == "2030-01-15"
    assert [c["check"] for c in case["checks"]] == list(CHECKS)
    assert all(c["result"] == "not_done" for c in case["checks"])
    assert case["required_checks_missing"] == list(CHECKS[:6])
    for key in ("statements", "timeline", "notes", "attachments", "referrals"):
        assert case[key] == []
    assert json.loads(json.dumps(case)) == case  # JSON-serialisable as it is


def test_every_field_in_the_registry_can_be_set(store: Store) -> None:
    case_id = store.add_case("Рябинин Олег")
    samples = {"text": "x", "date": "2020-01-01", "bool": "yes"}
    for spec in FIELDS:
        if spec.name in ("stage", "name"):
            continue
        value = spec.choices[0] if spec.kind == "choice" else samples[spec.kind]
        store.set_case_fields(case_id, {spec.name: value})
    case = store.get_case(case_id)
    flat = {**case, **case["person"], **case["service"], **case["risk"]}
    for spec in FIELDS:
        if spec.name not in ("stage", "name"):
            assert flat[spec.name] is not None, spec.name


def test_latin_name_gets_a_cyrillic_guess_and_both_are_editable(store: Store) -> None:
    case_id = store.add_case("Aleksei Ryabinin")
    person = store.get_case(case_id)["person"]
    assert (person["name_latin"], person["name_cyrillic"]) == (
        "Aleksei Ryabinin",
        "Алексей Рябинин",
    )
    store.set_case_fields(case_id, {"name_cyrillic": "Алексей Рябинин-Кедров"})
    assert store.get_case(case_id)["person"]["name_cyrillic"] == "Алексей Рябинин-Кедров"
    store.set_case_fields(case_id, {"name": "Кедров Пётр"})
    person = store.get_case(case_id)["person"]
    assert (person["name_latin"], person["name_cyrillic"]) == ("Kedrov Petr", "Кедров Пётр")


def test_explicit_transliteration_wins_over_the_computed_one(store: Store) -> None:
    case_id = store.add_case("Щербаков Юрий", {"name_latin": "Scherbakov Yuriy"})
    assert store.get_case(case_id)["person"]["name_latin"] == "Scherbakov Yuriy"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"colour": "red"}, "Unknown field 'colour'; valid fields are: name, name_latin"),
        ({"birth_date": "02.04.1996"}, "not a real date in the form YYYY-MM-DD"),
        ({"birth_date": "1996-02-30"}, "not a real date"),
        ({"birth_date": "19960402"}, "not a real date"),
        ({"passport_status": "lost"}, "choose one of: has, expired, none"),
        ({"risk": "extreme"}, "choose one of: low, medium, high, critical"),
        ({"wanted": "maybe"}, "takes yes or no"),
        ({"stage": "flying"}, "not a valid stage"),
        ({"stage": ""}, "cannot be empty"),
        ({"city": "x" * 20_001}, "too long"),
        ({"city": "a\x00b"}, "invalid character"),
    ],
)
def test_bad_values_are_refused_with_a_plain_sentence(
    store: Store, fields: dict[str, str], message: str
) -> None:
    case_id = store.add_case("Ольхович Денис")
    revision = store.get_case(case_id)["person"]["revision"]
    with pytest.raises(InvalidInputError, match=message) as error:
        store.set_case_fields(case_id, {"city": "Алматы", **fields})
    text = str(error.value)
    assert text.endswith(".") and "\n" not in text
    case = store.get_case(case_id)
    assert case["person"]["city"] is None and case["person"]["revision"] == revision
    with pytest.raises(InvalidInputError):
        store.add_case("Зябликов Иван", fields)
    assert store.count_cases() == 1


def test_several_unknown_fields_are_all_named(store: Store) -> None:
    with pytest.raises(InvalidInputError, match="Unknown fields 'a', 'b'"):
        store.add_case("Вязов Глеб", {"b": "1", "a": "2"})


@pytest.mark.parametrize("name", ["", "   ", "\x00"])
def test_a_case_needs_a_name(store: Store, name: str) -> None:
    with pytest.raises(InvalidInputError):
        store.add_case(name)


def test_choice_and_bool_values_are_normalised(store: Store) -> None:
    case_id = store.add_case(
        "Клестов Иван", {"risk": "HIGH", "wanted": "Да", "service_status": " Contract "}
    )
    case = store.get_case(case_id)
    assert (case["risk"]["risk"], case["risk"]["wanted"]) == ("high", "yes")
    assert case["service"]["service_status"] == "contract"


def test_record_metadata_is_kept_consistent(store: Store) -> None:
    case_id = store.add_case("Канарейкин Юрий")
    case = store.get_case(case_id)
    records = [case, case["person"], case["service"], case["risk"], *case["checks"]]
    # The case and person are random; its one-per-case parts are derived from the case id.
    assert [uuid.UUID(r["id"]).version for r in records] == [4, 4] + [5] * (len(records) - 2)
    assert case["service"]["id"] == case_part_id("services", case_id)
    assert case["checks"][0]["id"] == case_part_id("checks", case_id, case["checks"][0]["check"])
    for record in records:
        assert record["origin"] == "vault-test-0001"
        assert record["revision"] == 1
        assert record["created_at"] == record["updated_at"]
        assert record["created_at"].endswith("Z")
    store.set_case_fields(case_id, {"city": "Алматы", "risk": "low"})
    store.set_case_fields(case_id, {"city": "Астана"})
    store.set_case_fields(case_id, {"city": "Астана"})  # no change: no new revision
    after = store.get_case(case_id)
    assert after["person"]["revision"] == 3
    assert after["risk"]["revision"] == 2
    assert after["service"]["revision"] == 1 and after["revision"] == 1
    assert after["person"]["updated_at"] > after["person"]["created_at"]
    assert after["person"]["id"] == case["person"]["id"]


def test_case_items_are_records_too(store: Store) -> None:
    case_id = store.add_case("Иволгин Тимур")
    note_id = store.add_note(case_id, "Позвонить семье")
    statement_id = store.add_statement(
        case_id, "Не буду воевать.", stated_on=date(2023, 5, 10), source="interview"
    )
    event_id = store.add_event(case_id, "interview", "First interview", occurred_on="2023-05-11")
    case = store.get_case(case_id)
    assert case["notes"][0]["id"] == note_id and case["notes"][0]["text"] == "Позвонить семье"
    assert case["statements"][0]["id"] == statement_id
    assert case["statements"][0]["stated_on"] == "2023-05-10"
    assert case["timeline"][0]["id"] == event_id and case["timeline"][0]["kind"] == "interview"
    for record in (case["notes"][0], case["statements"][0], case["timeline"][0]):
        assert record["origin"] == "vault-test-0001" and record["revision"] == 1


def test_timeline_is_in_date_order(store: Store) -> None:
    case_id = store.add_case("Вязов Глеб")
    store.add_event(case_id, "travel", "arrived", occurred_on="2024-03-01")
    store.add_event(case_id, "interview", "first", occurred_on="2024-01-01")
    store.add_event(case_id, "other", "undated")
    kinds = [e["description"] for e in store.get_case(case_id)["timeline"]]
    assert kinds == ["first", "arrived", "undated"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, c: s.add_note(c, "  "), "cannot be empty"),
        (lambda s, c: s.add_statement(c, "text", source=""), "cannot be empty"),
        (lambda s, c: s.add_statement(c, "t", source="x", stated_on="2023-13-01"), "real date"),
        (lambda s, c: s.add_event(c, "party", "x"), "not a kind of event"),
        (lambda s, c: s.add_event(c, "travel", "x", occurred_on="yesterday"), "real date"),
    ],
)
def test_bad_case_items_are_refused(store: Store, call: Any, message: str) -> None:
    case_id = store.add_case("Вязов Глеб")
    entries = store.verify_audit().entries
    with pytest.raises(InvalidInputError, match=message):
        call(store, case_id)
    assert store.verify_audit().entries == entries


def test_resolve_case_id_by_prefix(store: Store) -> None:
    case_id = store.add_case("Кленов Павел")
    assert store.resolve_case_id(case_id) == case_id
    assert store.resolve_case_id(case_id[:4]) == case_id
    assert store.resolve_case_id(case_id[:8].upper()) == case_id
    assert store.get_case(case_id[:6])["id"] == case_id


def test_resolve_case_id_refuses_ambiguous_short_and_unknown(store: Store) -> None:
    ids = [store.add_case(f"Кленов {i}") for i in range(40)]
    conn = store.connection
    conn.execute("PRAGMA foreign_keys = OFF")  # only to fake two ids with the same start
    conn.execute("UPDATE cases SET id = 'abcd' || substr(id, 5) WHERE id = ?", (ids[0],))
    conn.execute("UPDATE cases SET id = 'abcd' || substr(id, 5) WHERE id = ?", (ids[1],))
    with pytest.raises(InvalidInputError, match="More than one case starts with 'abcd'"):
        store.resolve_case_id("abcd")
    with pytest.raises(InvalidInputError, match="at least the first 4"):
        store.resolve_case_id("abc")
    with pytest.raises(NotFoundError) as error:
        store.resolve_case_id("xyz1")
    assert str(error.value) == "No case matches 'xyz1'."
    with pytest.raises(NotFoundError) as error:
        store.resolve_case_id("0000-0000")
    assert str(error.value) == "No case matches '0000-0000'."
    with pytest.raises(NotFoundError):
        store.resolve_case_id("%%%%")
    with pytest.raises(NotFoundError):
        store.set_case_fields("ffff" * 3, {"city": "x"})


def test_list_and_count_with_filters_and_orders(store: Store) -> None:
    a = store.add_case("Альфа", {"risk": "low", "lawyer": "Aigerim", "deadline": "2030-01-01"})
    b = store.add_case("Бета", {"risk": "critical", "lawyer": "Daniyar", "deadline": "2029-01-01"})
    c = store.add_case("Вега", {"risk": "high", "lawyer": "aigerim"})
    store.add_note(a, "touched last")
    assert [r.id for r in store.list_cases()] == [a, c, b]
    assert [r.id for r in store.list_cases(order_by="name", descending=False)] == [a, b, c]
    assert [r.id for r in store.list_cases(order_by="risk")] == [b, c, a]
    assert [r.id for r in store.list_cases(order_by="created", descending=False)] == [a, b, c]
    assert {r.id for r in store.list_cases(lawyer="AIGERIM")} == {a, c}
    assert [r.id for r in store.list_cases(due_before="2029-06-01")] == [b]
    assert [
        r.id for r in store.list_cases(risk=["low", "high"], order_by="name", descending=False)
    ] == [a, c]
    assert store.count_cases(risk="critical") == 1 and store.count_cases() == 3
    assert store.count_cases(stage="intake", lawyer="aigerim") == 2
    assert [r.id for r in store.list_cases(order_by="name", offset=1, limit=1)] == [b]
    assert [r.id for r in store.list_cases(order_by="deadline", descending=False)][1:] == [b, a]
    row = store.list_cases(search="alfa")[0]
    assert (row.id, row.name, row.risk, row.stage) == (a, "Альфа", "low", "intake")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"order_by": "colour"},
        {"stage": "flying"},
        {"risk": ["low", "extreme"]},
        {"due_before": "soon"},
        {"offset": -1},
        {"limit": -5},
    ],
)
def test_bad_list_arguments_are_refused(store: Store, kwargs: dict[str, Any]) -> None:
    with pytest.raises(SatchelError):
        store.list_cases(**kwargs)


def test_store_repr_holds_no_data(store: Store) -> None:
    assert repr(store) == "Store(origin='vault-test-0001')"


def test_a_failure_mid_change_rolls_everything_back(store: Store) -> None:
    case_id = store.add_case("Канарейкин Юрий")
    before = store.get_case(case_id)
    store.connection.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(Exception, match="disk trouble"):
        store.set_case_fields(case_id, {"city": "Алматы", "unit": "в/ч 99999"})
    with pytest.raises(Exception, match="disk trouble"):
        store.add_note(case_id, "lost")
    with pytest.raises(Exception, match="disk trouble"):
        store.add_case("Второй")
    store.connection.execute("DROP TRIGGER boom")
    assert store.get_case(case_id) == before
    assert store.count_cases() == 1
    assert store.search("99999") == [] and store.search("lost") == []
    assert store.verify_audit().ok


def test_partners_contacts_and_their_records(store: Store) -> None:
    partner_id = store.add_partner("Association Paris", country="France")
    contact_id = store.add_partner_contact("Claire", partner_id=partner_id, age_recipient="age1xyz")
    partner = store.get_partner(partner_id)
    assert partner["name"] == "Association Paris" and partner["revision"] == 1
    assert partner["contacts"][0]["id"] == contact_id
    assert partner["contacts"][0]["key_verified"] == 0
    store.set_contact_key_verified(contact_id, True)
    contact = store.list_partner_contacts(partner_id)[0]
    assert contact["key_verified"] == 1 and contact["revision"] == 2
    with pytest.raises(InvalidInputError):
        store.add_partner(" ")
    with pytest.raises(InvalidInputError):
        store.add_partner("X", kind="club")
    with pytest.raises(NotFoundError):
        store.add_partner_contact("Bob", partner_id="nope")
    with pytest.raises(NotFoundError):
        store.set_contact_key_verified("nope", True)
    assert [p["name"] for p in store.list_partners()] == ["Association Paris"]
