"""Bundles of changes: only what one contact has not yet received, and a missed one noticed."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from itertools import count
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInputError
from app.exchange.bundle import (
    MalformedBundleError,
    MissedBundleError,
    export_bundle,
    import_bundle,
    preview_bundle,
)
from app.exchange.bundle import export as export_module
from app.exchange.bundle import manifest as manifest_format
from app.exchange.bundle.container import next_entry, open_sealed, read_attachment_entry, read_entry
from app.exchange.bundle.errors import not_for_this_vault
from app.exchange.contacts import add_contact
from app.exchange.identity import VaultIdentity
from cli import Console, main
from crypto.sign import generate_signing_key
from tests.bundle.conftest import PASSPHRASE, Side, full_case, make_side
from tests.helpers import case_list_drift

_names = count(1)


def send_changes(sender: Side, tmp_path: Path, profile: str = "full") -> tuple[Path, Any]:
    path = tmp_path / f"changes-{next(_names)}.age"
    summary = export_bundle(sender.store, path, to=["Paris"], profile=profile, changed=True)
    return path, summary


def contents(side: Side, path: Path) -> tuple[manifest_format.Manifest, dict[str, Any]]:
    """The bundle's manifest and its case entries by case id, as the receiver reads them."""
    identity = VaultIdentity.load_or_create(side.store)

    def trust(signer: str, data: bytes, signature: bytes) -> None:
        pass

    entries = {}
    with open_sealed(path, identity.age_identities, not_for_this_vault, trust) as sealed:
        manifest = sealed.manifest
        for entry in manifest.entries:
            next_entry(sealed.tar, entry)
            if entry.kind == "case":
                entries[entry.ref] = json.loads(read_entry(sealed.tar, entry))
            else:
                read_attachment_entry(sealed.tar, entry, lambda pieces: [*pieces])
    return manifest, entries


def tables_of(entry: dict[str, Any]) -> dict[str, int]:
    return {table: len(rows) for table, rows in entry["records"].items()}


def bundles_in(folder: Path) -> set[Path]:
    return set(folder.glob("*.age*"))


@pytest.fixture
def synced(friends: tuple[Side, Side], tmp_path: Path) -> tuple[Side, Side, list[str]]:
    """Astana has three cases, all sent to Paris in a first bundle of changes."""
    astana, paris = friends
    cases = [full_case(astana.store, name) for name in ("Иванов Иван", "Петров Пётр", "Сидоров")]
    path, summary = send_changes(astana, tmp_path)
    assert summary.changes_only and summary.follows is None and summary.cases == 3
    import_bundle(paris.store, path)
    return astana, paris, cases


def test_the_first_bundle_of_changes_holds_everything(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    astana, paris = friends
    case_id = full_case(astana.store)
    path, summary = send_changes(astana, tmp_path)
    manifest, entries = contents(paris, path)
    assert manifest.version == manifest_format.CHANGES_VERSION and manifest.follows is None
    assert summary.cases == 1 and summary.attachments == 1
    assert set(tables_of(entries[case_id])) >= {"persons", "cases", "statements", "attachments"}
    import_bundle(paris.store, path)
    assert paris.store.get_case(case_id)["statements"][0]["text"] == "Я против войны."


def test_only_the_records_changed_since_go_and_apply_cleanly(
    synced: tuple[Side, Side, list[str]], tmp_path: Path
) -> None:
    astana, paris, (first, second, _) = synced
    astana.store.set_case_fields(first, {"city": "Almaty"})
    astana.store.add_note(second, "Called the consulate.")
    attachment = astana.store.add_attachment(second, "passport.txt", b"scan\n" * 20).id
    new_case = full_case(astana.store, "Новиков Николай")
    path, summary = send_changes(astana, tmp_path)
    manifest, entries = contents(paris, path)
    assert summary.follows == 1 and manifest.follows is not None
    assert set(entries) == {first, second, new_case}  # the third case did not change
    assert tables_of(entries[first]) == {"cases": 1, "persons": 1}
    assert tables_of(entries[second]) == {"cases": 1, "notes": 1, "attachments": 1}
    assert [e.ref for e in manifest.entries if e.kind == "attachment"] == [
        attachment,
        *(row["id"] for row in entries[new_case]["records"]["attachments"]),
    ]
    preview = preview_bundle(paris.store, path)
    assert preview.counts["conflict"] == 0 and preview.counts["stale"] == 0
    assert preview.changes_only and preview.follows == 1
    assert preview.as_dict()["follows"] == 1
    import_bundle(paris.store, path)
    assert paris.store.get_case(first)["person"]["city"] == "Almaty"
    notes = [n["text"] for n in paris.store.get_case(second)["notes"]]
    assert "Called the consulate." in notes
    assert paris.store.read_attachment(attachment) == b"scan\n" * 20
    assert paris.store.get_case(new_case)["person"]["name"] == "Новиков Николай"
    assert case_list_drift(paris.store.connection) == []  # the list's rows follow an import


def test_a_note_on_an_old_case_then_a_new_case_import_in_key_order(
    synced: tuple[Side, Side, list[str]], tmp_path: Path
) -> None:
    """The importer writes new records table by table across cases: a note of an old case
    coming first must not put the notes table before the new case's person and case."""
    astana, paris, (first, _, _) = synced
    astana.store.add_note(first, "Only a note on an old case.")
    new_case = full_case(astana.store, "Новиков Николай")
    path, _ = send_changes(astana, tmp_path)
    assert import_bundle(paris.store, path).applied
    assert paris.store.get_case(new_case)["notes"]
    assert "Only a note on an old case." in [
        n["text"] for n in paris.store.get_case(first)["notes"]
    ]


def test_a_translation_added_later_goes_with_the_changes(
    synced: tuple[Side, Side, list[str]], tmp_path: Path
) -> None:
    astana, paris, (first, _, _) = synced
    statement = astana.store.get_case(first)["statements"][0]
    french = "Je suis contre la guerre."
    astana.store.translate_statement(statement["id"], french, language="fr", translator="Marie")
    path, _ = send_changes(astana, tmp_path)
    _, entries = contents(paris, path)
    assert tables_of(entries[first]) == {"cases": 1, "statements": 1}
    import_bundle(paris.store, path)
    (received,) = paris.store.get_case(first)["statements"]
    assert (received["text"], received["translation"]) == (statement["text"], french)
    assert (received["translation_lang"], received["translator"]) == ("fr", "Marie")


def test_nothing_changed_is_said_and_nothing_is_written(
    synced: tuple[Side, Side, list[str]], tmp_path: Path
) -> None:
    astana, _, _ = synced
    before, files = astana.snapshot(), bundles_in(tmp_path)
    with pytest.raises(
        InvalidInputError, match="Nothing changed since the last bundle for 'Paris'"
    ):
        send_changes(astana, tmp_path)
    assert astana.snapshot() == before
    assert bundles_in(tmp_path) == files


def test_what_came_from_the_contact_is_not_sent_back(
    synced: tuple[Side, Side, list[str]], tmp_path: Path
) -> None:
    astana, paris, (first, _, _) = synced
    paris.store.add_statement(first, "Statement given in Paris.", source="interview in Paris")
    back = tmp_path / "back.age"
    export_bundle(paris.store, back, to=["Astana"], profile="full", changed=True)
    import_bundle(astana.store, back)
    with pytest.raises(InvalidInputError, match="Nothing changed"):
        send_changes(astana, tmp_path)


def test_a_missed_bundle_is_noticed_and_nothing_is_imported(
    synced: tuple[Side, Side, list[str]], tmp_path: Path
) -> None:
    astana, paris, (first, second, _) = synced
    astana.store.set_case_fields(first, {"city": "Almaty"})
    missed, _ = send_changes(astana, tmp_path)
    astana.store.add_note(second, "A later note.")
    later, summary = send_changes(astana, tmp_path)
    assert summary.follows == 2
    before = paris.snapshot()
    with pytest.raises(MissedBundleError) as refused:
        preview_bundle(paris.store, later)
    assert "since their bundle no. 2" in str(refused.value)
    assert "from 'Astana'" in str(refused.value)  # the contact's name in this vault
    with pytest.raises(MissedBundleError):
        import_bundle(paris.store, later)
    assert paris.snapshot() == before
    import_bundle(paris.store, missed)
    import_bundle(paris.store, later)
    assert paris.store.get_case(first)["person"]["city"] == "Almaty"
    assert "A later note." in [n["text"] for n in paris.store.get_case(second)["notes"]]


def test_a_whole_export_in_between_is_a_bundle_to_follow_too(
    synced: tuple[Side, Side, list[str]], tmp_path: Path
) -> None:
    astana, paris, (first, _, _) = synced
    whole = tmp_path / "whole.age"
    export_bundle(astana.store, whole, to=["Paris"], cases=[first], profile="full")
    astana.store.set_case_fields(first, {"city": "Almaty"})
    path, summary = send_changes(astana, tmp_path)
    assert summary.follows == 2
    with pytest.raises(MissedBundleError):
        import_bundle(paris.store, path)
    import_bundle(paris.store, whole)
    import_bundle(paris.store, path)
    assert paris.store.get_case(first)["person"]["city"] == "Almaty"


def test_changes_that_do_not_fit_go_in_the_next_bundle(
    friends: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    astana, paris = friends
    full_case(astana.store, "Первый")
    path, _ = send_changes(astana, tmp_path)
    one, _ = contents(paris, path)
    import_bundle(paris.store, path)
    header = len(replace(one, entries=()).to_bytes())
    per_case = len(one.to_bytes()) - header
    monkeypatch.setattr(export_module, "MAX_MANIFEST", header + per_case * 5 // 2)
    cases = [full_case(astana.store, f"Человек {n}") for n in range(5)]
    sizes = []
    for _ in range(3):
        path, summary = send_changes(astana, tmp_path)
        sizes.append((summary.cases, summary.remaining))
        import_bundle(paris.store, path)
    assert sizes == [(2, 3), (2, 1), (1, 0)]
    assert all(paris.store.get_case(case_id) for case_id in cases)
    with pytest.raises(InvalidInputError, match="Nothing changed"):
        send_changes(astana, tmp_path)


def test_changes_go_to_one_satchel_contact_with_one_profile(
    synced: tuple[Side, Side, list[str]],
    tmp_path: Path,
    keystore: Any,
    test_kdf: Any,
) -> None:
    astana, _, (first, _, _) = synced
    files = bundles_in(tmp_path)
    berlin = make_side("Berlin", tmp_path / "berlin", keystore, test_kdf)
    try:
        add_contact(astana.store, berlin.identity.card.to_text(), name="Berlin", verified=True)
        with pytest.raises(InvalidInputError, match="one Satchel contact at a time"):
            export_bundle(astana.store, tmp_path / "x.age", to=["Paris", "Berlin"], changed=True)
    finally:
        berlin.vault.lock()
    astana.store.set_case_fields(first, {"city": "Almaty"})
    with pytest.raises(InvalidInputError, match="another profile"):
        send_changes(astana, tmp_path, profile="referral")
    with pytest.raises(ValueError, match="chooses its own cases"):
        export_bundle(astana.store, tmp_path / "y.age", to=["Paris"], cases=[first], changed=True)
    assert bundles_in(tmp_path) == files


def test_the_command_line_sends_changes_and_says_so(
    synced: tuple[Side, Side, list[str]], tmp_path: Path, keystore: Any
) -> None:
    astana, paris, (first, _, _) = synced
    astana.store.set_case_fields(first, {"city": "Almaty"})
    path = tmp_path / "cli.age"
    out, err = io.StringIO(), io.StringIO()
    console = Console(environ={"SATCHEL_PASSPHRASE": PASSPHRASE}, out=out, err=err)
    astana.vault.lock()
    argv = ["export", "--to", "Paris", "--changed", "--profile", "full", "-o", str(path)]
    code = main(["--vault", str(astana.folder), *argv], console=console, keystore=keystore)
    assert code == 0, err.getvalue()
    assert "since bundle no. 1" in err.getvalue() + out.getvalue()
    import_bundle(paris.store, path)
    assert paris.store.get_case(first)["person"]["city"] == "Almaty"


# ---------------------------------------------------------------------- the manifest field


def _manifest(version: int, **extra: Any) -> bytes:
    value = {
        "format": "satchel-bundle", "version": version,
        "bundle_id": "00000000-0000-4000-8000-000000000001",
        "created_at": "2026-01-01T00:00:00Z", "sequence": 2, "profile": "full",
        "sender": {"name": "A", "signing_key": "ed25519:" + "A" * 43 + "=",
                   "age_recipient": None, "pq_recipient": None},
        "recipients": [{"recipient": "age1x", "signing_key": None}], "entries": [], **extra,
    }  # fmt: skip
    return json.dumps(value).encode()


def _sender_key() -> str:
    return generate_signing_key()[1]


@pytest.mark.parametrize(
    ("version", "extra"),
    [
        (3, {}),  # format 3 without its field
        (2, {"follows": None}),  # format 2 with it
        (3, {"follows": {"bundle_id": "not-a-uuid", "sequence": 1}}),
        (3, {"follows": {"bundle_id": "00000000-0000-4000-8000-000000000001", "sequence": 0}}),
        (3, {"follows": {"bundle_id": "00000000-0000-4000-8000-000000000001"}}),
        (
            3,
            {
                "follows": {
                    "bundle_id": "00000000-0000-4000-8000-000000000001",
                    "sequence": 1,
                    "extra": 1,
                }
            },
        ),
        (3, {"follows": ["00000000-0000-4000-8000-000000000001", 1]}),
        (3, {"follows": {"bundle_id": "00000000-0000-4000-8000-000000000001", "sequence": True}}),
    ],
)
def test_the_follows_field_is_checked_strictly(version: int, extra: dict[str, Any]) -> None:
    data = _manifest(version, **extra).replace(
        b'"ed25519:' + b"A" * 43 + b'="', json.dumps(_sender_key()).encode()
    )
    with pytest.raises(MalformedBundleError):
        manifest_format.parse(data)


def test_a_follows_field_round_trips() -> None:
    key = _sender_key()
    follows = {"bundle_id": "00000000-0000-4000-8000-000000000009", "sequence": 7}
    data = _manifest(3, follows=follows).replace(
        b'"ed25519:' + b"A" * 43 + b'="', json.dumps(key).encode()
    )
    parsed = manifest_format.parse(data)
    assert parsed.changes_only and parsed.follows == manifest_format.Follows(
        follows["bundle_id"], 7
    )
    assert manifest_format.parse(parsed.to_bytes()) == parsed
