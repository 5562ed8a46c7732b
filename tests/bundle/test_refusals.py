"""Every way a bundle can be wrong is refused with one sentence, and nothing changes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.exchange.bundle import (
    BadSignatureError,
    BundleError,
    BundleTooLargeError,
    MalformedBundleError,
    NotForThisVaultError,
    SenderKeyChangedError,
    TamperedBundleError,
    UnknownFormatError,
    UnknownSenderError,
    export_bundle,
    import_bundle,
    jsonstrict,
)
from app.exchange.bundle.container import signed_bytes
from app.exchange.contacts import KeyChangedError, add_contact
from crypto.sign import parse_public_key
from tests.bundle import craft
from tests.bundle.conftest import Side, full_case, make_side


@pytest.fixture
def berlin(tmp_path: Path, keystore: Any, test_kdf: Any) -> Iterator[Side]:
    """A third vault that Paris has never heard of."""
    side = make_side("Berlin group", tmp_path / "berlin", keystore, test_kdf)
    yield side
    side.vault.lock()


@pytest.fixture
def bundle(friends: tuple[Side, Side], tmp_path: Path) -> Path:
    astana, _ = friends
    path = tmp_path / "small.age"
    export_bundle(astana.store, path, to=["Paris"], cases=[astana.store.add_case("Ольхович Денис")])
    return path


def refused(side: Side, path: Path, error: type[BundleError] = BundleError) -> BundleError:
    """Import must fail with ``error`` and leave the vault exactly as it was."""
    before = side.snapshot()
    with pytest.raises(error) as caught:
        import_bundle(side.store, path)
    assert side.snapshot() == before
    message = caught.value.message
    assert message.endswith(".") and "\n" not in message
    return caught.value


def test_the_untouched_bundle_imports(friends: tuple[Side, Side], bundle: Path) -> None:
    assert import_bundle(friends[1].store, bundle).applied


def _flip_positions(data: bytes) -> dict[str, int]:
    header_end = data.index(b"\n---") + 1
    mac_line = data.index(b"---", header_end - 1)
    return {
        "version line": 3,
        "recipient stanza": data.index(b"\n-> ") + 6,
        "stanza body": data.index(b"\n", data.index(b"\n-> ") + 1) + 5,
        "header MAC": mac_line + 10,
        "payload nonce": data.index(b"\n", mac_line) + 3,
        "first chunk": data.index(b"\n", mac_line) + 40,
        "middle": len(data) // 2 + 200,
        "last byte": len(data) - 1,
    }


@pytest.mark.parametrize(
    "where",
    ["version line", "recipient stanza", "stanza body", "header MAC", "payload nonce",
     "first chunk", "middle", "last byte"],
)  # fmt: skip
def test_a_flipped_byte_anywhere_is_refused(
    friends: tuple[Side, Side], bundle: Path, tmp_path: Path, where: str
) -> None:
    data = bytearray(bundle.read_bytes())
    data[_flip_positions(bytes(data))[where]] ^= 0x01
    flipped = tmp_path / "flipped.age"
    flipped.write_bytes(bytes(data))
    refused(friends[1], flipped)


@pytest.mark.parametrize("keep", [0.5, 0.99, -1])
def test_a_truncated_bundle_is_refused(
    friends: tuple[Side, Side], bundle: Path, tmp_path: Path, keep: float
) -> None:
    data = bundle.read_bytes()
    cut = tmp_path / "cut.age"
    cut.write_bytes(data[: int(len(data) * keep)] if keep > 0 else data[:-1])
    refused(friends[1], cut, TamperedBundleError)


def test_a_file_that_is_no_bundle_at_all(friends: tuple[Side, Side], tmp_path: Path) -> None:
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + bytes(4000))
    error = refused(friends[1], junk, MalformedBundleError)
    assert "not a Satchel bundle" in error.message


def test_a_bundle_for_someone_else(
    friends: tuple[Side, Side], berlin: Side, tmp_path: Path
) -> None:
    astana, paris = friends
    add_contact(astana.store, berlin.identity.card.to_text(), name="Berlin")
    path = tmp_path / "berlin.age"
    export_bundle(
        astana.store, path, to=["Berlin"], cases=[full_case(astana.store)], accept_unverified=True
    )
    error = refused(paris, path, NotForThisVaultError)
    assert error.message.startswith("This bundle is not addressed to this vault")


def test_an_unknown_sender(friends: tuple[Side, Side], berlin: Side, tmp_path: Path) -> None:
    _, paris = friends
    add_contact(berlin.store, paris.identity.card.to_text(), name="Paris")
    path = tmp_path / "from-berlin.age"
    export_bundle(
        berlin.store,
        path,
        to=["Paris"],
        cases=[berlin.store.add_case("Иванов Иван")],
        accept_unverified=True,
    )
    error = refused(paris, path, UnknownSenderError)
    assert "not added as a contact" in error.message


def test_a_changed_sender_key(friends: tuple[Side, Side], berlin: Side, tmp_path: Path) -> None:
    """Someone sends a new card under the name 'Astana': its key is not trusted until accepted."""
    _, paris = friends
    with pytest.raises(KeyChangedError):
        add_contact(paris.store, berlin.identity.card.to_text(), name="Astana")
    add_contact(berlin.store, paris.identity.card.to_text(), name="Paris")
    path = tmp_path / "impostor.age"
    export_bundle(
        berlin.store,
        path,
        to=["Paris"],
        cases=[berlin.store.add_case("Иванов Иван")],
        accept_unverified=True,
    )
    error = refused(paris, path, SenderKeyChangedError)
    assert "'Astana' have changed" in error.message


# ---------------------------------------------------------------------- crafted bundles


def _reseal(entries: list[tuple[str, bytes]], paris: Side, tmp_path: Path) -> Path:
    plain = craft.tar_bytes(entries)
    return craft.seal(plain, [craft.recipient_of(paris.identity)], tmp_path / "crafted.age")


def _genuine(friends: tuple[Side, Side], tmp_path: Path) -> list[tuple[str, bytes]]:
    astana, paris = friends
    path = tmp_path / "genuine.age"
    export_bundle(astana.store, path, to=["Paris"], cases=[full_case(astana.store)])
    return craft.unpack(path, paris.identity)


def test_the_resealed_genuine_entries_import(friends: tuple[Side, Side], tmp_path: Path) -> None:
    """The crafting helpers themselves produce an acceptable bundle (the control case)."""
    _, paris = friends
    entries = _genuine(friends, tmp_path)
    assert [n for n, _ in entries][:3] == ["manifest.sig", "manifest.json", "records/000001.json"]
    assert import_bundle(paris.store, _reseal(entries, paris, tmp_path)).applied


def test_a_manifest_changed_and_resigned_by_someone_else(
    friends: tuple[Side, Side], berlin: Side, tmp_path: Path
) -> None:
    _, paris = friends
    entries = _genuine(friends, tmp_path)
    manifest = craft.manifest_of(entries)
    manifest["profile"] = "full"
    entries = craft.signed(craft.with_manifest(entries, manifest), berlin.identity)
    refused(paris, _reseal(entries, paris, tmp_path), UnknownSenderError)


def test_a_signature_by_someone_else_under_a_contacts_key(
    friends: tuple[Side, Side], berlin: Side, tmp_path: Path
) -> None:
    """Astana's key in front, Berlin's signature behind it: the signature is checked."""
    astana, paris = friends
    entries = _genuine(friends, tmp_path)
    manifest = craft.manifest_of(entries)
    manifest["profile"] = "full"
    entries = craft.with_manifest(entries, manifest)
    forged = parse_public_key(astana.identity.card.signing_key) + berlin.identity.sign(
        signed_bytes(craft.manifest_bytes(manifest))
    )
    entries[0] = ("manifest.sig", forged)
    refused(paris, _reseal(entries, paris, tmp_path), BadSignatureError)


def _signed_by_astana(
    friends: tuple[Side, Side], entries: list[tuple[str, bytes]], manifest: dict[str, Any]
) -> list[tuple[str, bytes]]:
    return craft.signed(craft.with_manifest(entries, manifest), friends[0].identity)


def test_an_entry_changed_after_signing(friends: tuple[Side, Side], tmp_path: Path) -> None:
    entries = _genuine(friends, tmp_path)
    name, data = entries[2]
    entries[2] = (name, data.replace(b"referred", b"closed!!"))
    refused(friends[1], _reseal(entries, friends[1], tmp_path), TamperedBundleError)


def test_a_newer_format_version(friends: tuple[Side, Side], tmp_path: Path) -> None:
    entries = _genuine(friends, tmp_path)
    manifest = craft.manifest_of(entries)
    manifest["version"] = 4  # format 3 (changes only) is read
    entries = _signed_by_astana(friends, entries, manifest)
    error = refused(friends[1], _reseal(entries, friends[1], tmp_path), UnknownFormatError)
    assert "newer Satchel (format 4)" in error.message


def test_a_path_traversal_name_in_the_manifest(friends: tuple[Side, Side], tmp_path: Path) -> None:
    entries = _genuine(friends, tmp_path)
    manifest = craft.manifest_of(entries)
    manifest["entries"][0]["name"] = "../../.bashrc"
    entries[2] = ("../../.bashrc", entries[2][1])
    entries = _signed_by_astana(friends, entries, manifest)
    refused(friends[1], _reseal(entries, friends[1], tmp_path), MalformedBundleError)


@pytest.mark.parametrize("name", ["../records/000001.json", "/records/000001.json",
                                  "records/000001.json/", "records/000002.json"])  # fmt: skip
def test_a_tar_name_that_differs_from_the_manifest(
    friends: tuple[Side, Side], tmp_path: Path, name: str
) -> None:
    entries = _genuine(friends, tmp_path)
    entries[2] = (name, entries[2][1])
    refused(friends[1], _reseal(entries, friends[1], tmp_path), MalformedBundleError)


def test_an_entry_larger_than_declared(friends: tuple[Side, Side], tmp_path: Path) -> None:
    entries = _genuine(friends, tmp_path)
    manifest = craft.manifest_of(entries)
    manifest["entries"][0]["size"] -= 1
    entries = _signed_by_astana(friends, entries, manifest)
    refused(friends[1], _reseal(entries, friends[1], tmp_path), BundleTooLargeError)


def test_an_entry_declared_larger_than_the_limit(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    entries = _genuine(friends, tmp_path)
    manifest = craft.manifest_of(entries)
    manifest["entries"][0]["size"] = 64 * 1024 * 1024
    entries = _signed_by_astana(friends, entries, manifest)
    error = refused(friends[1], _reseal(entries, friends[1], tmp_path), BundleTooLargeError)
    assert "larger than Satchel accepts" in error.message


def _with_record(
    friends: tuple[Side, Side], entries: list[tuple[str, bytes]], data: bytes
) -> list[tuple[str, bytes]]:
    """Replace the first case entry and sign a manifest with its true size and hash."""
    manifest = craft.manifest_of(entries)
    manifest["entries"][0].update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    entries[2] = (entries[2][0], data)
    return _signed_by_astana(friends, entries, manifest)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda r: r.replace(b'"bases":', b'"bases":{},"bases":', 1),  # duplicate key
        lambda r: r.replace(b'"revision":1', b'"revision":NaN', 1),
        lambda r: r.replace(b'"stage":"referred"', b'"stage":"granted_by_fsb"', 1),
        lambda r: r.replace(b'"name":"', b'"nickname":"', 1),  # unknown field
        lambda r: r[:-1],  # cut JSON
        lambda r: b"\xff" + r,  # not UTF-8
    ],
)
def test_strictly_parsed_records(friends: tuple[Side, Side], tmp_path: Path, mangle: Any) -> None:
    entries = _genuine(friends, tmp_path)
    assert mangle(entries[2][1]) != entries[2][1]  # the mangling still finds its target
    entries = _with_record(friends, entries, mangle(entries[2][1]))
    refused(friends[1], _reseal(entries, friends[1], tmp_path), MalformedBundleError)


def test_a_record_that_points_into_another_case(friends: tuple[Side, Side], tmp_path: Path) -> None:
    _astana, paris = friends
    other = paris.store.add_case("Local person in Paris")
    entries = _genuine(friends, tmp_path)
    record = json.loads(entries[2][1])
    record["records"]["statements"][0]["case_id"] = other
    data = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    entries = _with_record(friends, entries, data)
    refused(paris, _reseal(entries, paris, tmp_path), MalformedBundleError)


def test_a_bundle_forwarded_to_someone_it_was_not_signed_for(
    friends: tuple[Side, Side], berlin: Side, tmp_path: Path
) -> None:
    """Re-sealing a signed payload to another vault does not make it addressed to it."""
    entries = _genuine(friends, tmp_path)
    manifest = craft.manifest_of(entries)
    manifest["recipients"] = [
        {"recipient": craft.recipient_of(berlin.identity), "signing_key": None}
    ]
    entries = _signed_by_astana(friends, entries, manifest)
    refused(friends[1], _reseal(entries, friends[1], tmp_path), NotForThisVaultError)


def test_extra_entries_after_the_end(friends: tuple[Side, Side], tmp_path: Path) -> None:
    entries = _genuine(friends, tmp_path)
    entries.append(("records/000099.json", b"{}"))
    refused(friends[1], _reseal(entries, friends[1], tmp_path), MalformedBundleError)


def _with_removed(
    friends: tuple[Side, Side], tmp_path: Path, removed: list[Any]
) -> tuple[Path, str]:
    entries = _genuine(friends, tmp_path)
    record = json.loads(entries[2][1])
    attachment = record["records"]["attachments"][0]
    attachment["removed"] = removed
    entries = _with_record(friends, entries, jsonstrict.dumps(record))
    return _reseal(entries, friends[1], tmp_path), str(attachment["id"])


def test_what_an_older_sender_says_it_removed_becomes_codes(
    friends: tuple[Side, Side], tmp_path: Path
) -> None:
    sentence = "no metadata removal for this kind of file"
    path, attachment_id = _with_removed(friends, tmp_path, [sentence])
    assert import_bundle(friends[1].store, path).applied
    (row,) = friends[1].store.connection.execute(
        "SELECT removed FROM attachments WHERE id = ?", (attachment_id,)
    )
    assert json.loads(row[0]) == ["unsupported"]


@pytest.mark.parametrize(
    "removed",
    [["we removed nothing, trust us"], ["details:password"], ["text-notes:\x1b]8;;x"], [7]],
)
def test_an_unknown_note_of_what_was_removed_is_refused(
    friends: tuple[Side, Side], tmp_path: Path, removed: list[Any]
) -> None:
    path, _ = _with_removed(friends, tmp_path, removed)
    refused(friends[1], path, MalformedBundleError)


@pytest.mark.parametrize(
    "translation",
    [
        {"translation": "Je suis contre.", "translation_lang": "fr", "translator": None},
        {"translation": "Je suis contre.", "translation_lang": None, "translator": "Marie"},
        {"translation": None, "translation_lang": "fr", "translator": "Marie"},
        {"translation": "Je suis contre.", "translation_lang": "fr"},  # translator left out
    ],
)
def test_a_translation_without_its_language_or_translator_is_refused(
    friends: tuple[Side, Side], tmp_path: Path, translation: dict[str, Any]
) -> None:
    """A signed sender cannot store what this vault's own rule refuses."""
    entries = _genuine(friends, tmp_path)
    record = json.loads(entries[2][1])
    statement = record["records"]["statements"][0]
    for name in ("translation", "translation_lang", "translator"):
        statement.pop(name, None)
    statement.update(translation)
    entries = _with_record(friends, entries, jsonstrict.dumps(record))
    before = friends[1].snapshot()
    refused(friends[1], _reseal(entries, friends[1], tmp_path), MalformedBundleError)
    assert friends[1].snapshot() == before
