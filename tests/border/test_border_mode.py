"""Border mode and restore: the whole vault out into one sealed file, wiped, and back again."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInputError, VaultExistsError, VaultNotFoundError
from app.exchange.border import (
    BorderCheckError,
    check_bundle_location,
    restore_from_border,
    seal_for_border,
)
from app.exchange.bundle import export_bundle, import_bundle
from app.exchange.bundle import manifest as manifest_format
from app.exchange.bundle.border_open import (
    NotABorderBundleError,
    NotABorderCodeError,
    WrongBorderCodeError,
    read_border_bundle,
)
from app.exchange.bundle.border_tables import CARRIED, LEFT_OUT
from app.exchange.bundle.errors import BundleError, MalformedBundleError, TamperedBundleError
from app.exchange.contacts import KeyChangedError, add_contact, list_contacts
from app.exchange.identity import VaultIdentity
from app.store import chunk_layout
from app.store.whole_tables import schema_tables
from app.vault import Vault
from app.vault.keystore import Keystore
from app.vault.wipe import panic_wipe
from crypto import age
from crypto.kdf import KdfParams
from tests.border.conftest import Cli, one_sentence
from tests.bundle.conftest import Side, full_case, make_side
from tests.helpers import case_list_drift

NEW_PASSPHRASE = "amber ferry compass 73"
CANARIES = ("Канарейкин", "Kanareikin", "informant Olga", "signed statement text", "в/ч 12345")
PHOTO = os.urandom(700 * 1024)  # spans several database chunks; random, so nothing strips it


# ---------------------------------------------------------------------- set-up


@pytest.fixture
def paris(tmp_path: Path, keystore: Keystore, test_kdf: KdfParams) -> Iterator[Side]:
    side = make_side("Paris association", tmp_path / "paris", keystore, test_kdf)
    yield side
    side.vault.lock()


@pytest.fixture
def astana(tmp_path: Path, keystore: Keystore, test_kdf: KdfParams, paris: Side) -> Iterator[Side]:
    """A vault with cases of every kind, attachments, contacts in every state, and bundles
    sent to and received from Paris."""
    side = make_side("Astana office", tmp_path / "astana", keystore, test_kdf)
    _fill(side, paris, tmp_path)
    yield side
    side.vault.lock()


def _fill(astana: Side, paris: Side, tmp_path: Path) -> None:
    store = astana.store
    add_contact(store, paris.identity.card.to_text(), name="Paris", verified=True)
    add_contact(paris.store, astana.identity.card.to_text(), name="Astana", verified=True)
    _, berlin = age.generate_hybrid()
    add_contact(store, berlin, name="Berlin lawyer")  # plain age key, unverified
    _, changed_key = age.generate_x25519()
    add_contact(store, age.generate_x25519()[1], name="Vilnius")
    with pytest.raises(KeyChangedError):
        add_contact(store, changed_key, name="Vilnius")  # a pending key, never used
    referred = full_case(store)
    store.add_attachment(referred, "photo.jpg", PHOTO)
    store.add_case("Петров Пётр", {"stage": "vetting", "unit": "в/ч 777"})
    rejected = store.add_case("Сидоров", {"risk": "low"})
    store.set_case_fields(rejected, {"stage": "rejected", "rejection_reason": "plant"})
    store.add_partner_contact("Anna", partner_id=store.list_partners()[0]["id"], handle="@anna")
    export_bundle(store, tmp_path / "to-paris.age", to=["Paris"], cases=[referred])
    import_bundle(paris.store, tmp_path / "to-paris.age")
    theirs = full_case(paris.store, "Иванов Иван")
    paris.store.add_event(theirs, "decision", "Visa approved", occurred_on="2024-07-01")
    export_bundle(paris.store, tmp_path / "from-paris.age", to=["Astana"], cases=[theirs])
    import_bundle(store, tmp_path / "from-paris.age")


def _everything(side: Side) -> dict[str, Any]:
    """Every case as the app shows it, every attachment's bytes, contacts, keys, tables."""
    store = side.store
    case_ids = sorted(str(r[0]) for r in store.connection.execute("SELECT id FROM cases"))
    attachments = {
        a.id: store.read_attachment(a.id) for c in case_ids for a in store.list_attachments(c)
    }
    identity = VaultIdentity.load_or_create(store)
    tables = {t: side.table(t) for t in CARRIED if t not in ("audit", "meta")}
    return {
        "cases": {c: store.get_case(c) for c in case_ids},
        "attachments": attachments,
        "contacts": list_contacts(store),
        "card": identity.card,
        "age_identities": identity.age_identities,
        "tables": tables,
    }


def _seal_and_wipe(side: Side, output: Path, keystore: Keystore) -> tuple[str, dict[str, Any]]:
    """Border mode as the command line runs it; returns the code and the vault as it was."""
    result = seal_for_border(side.store, output)
    before = _everything(side)
    before["audit"] = side.table("audit")
    side.vault.lock()
    assert panic_wipe(side.folder, keystore).ok
    return result.code, before


def _restore(side: Side, bundle: Path, code: str, keystore: Keystore, kdf: KdfParams) -> Side:
    vault, recovery = restore_from_border(
        side.folder, bundle, code, NEW_PASSPHRASE, keystore=keystore, kdf=kdf
    )
    assert len(recovery.split("-")) > 4
    return Side(side.name, side.folder, vault, VaultIdentity.load_or_create(vault.store))


def _untouched(folder: Path) -> None:
    assert not folder.exists() or not any(folder.iterdir())


# ---------------------------------------------------------------------- the round trip


def test_border_mode_then_restore_gives_back_everything(
    astana: Side,
    paris: Side,
    tmp_path: Path,
    keystore: Keystore,
    test_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    moved: list[int] = []  # chunks found in the old layout, each time one is moved
    real_copy = chunk_layout._copy

    def copy(conn: Any, progress: Any) -> None:
        moved.append(conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0])
        real_copy(conn, progress)

    monkeypatch.setattr(chunk_layout, "_copy", copy)
    bundle = tmp_path / "trip.age"
    result = seal_for_border(astana.store, bundle)
    assert (result.cases, result.attachments) == (4, 3)
    assert result.size == bundle.stat().st_size
    assert result.code.startswith("AGE-SECRET-KEY-PQ-1") and result.code not in repr(result)
    before = _everything(astana)
    audit_before = astana.table("audit")
    safety = astana.identity.safety_number_with(paris.identity.card)
    astana.vault.lock()
    assert panic_wipe(astana.folder, keystore).ok
    with pytest.raises(VaultNotFoundError):
        Vault.unlock(astana.folder, "violet harbour lantern 42", keystore=keystore)

    restored = _restore(astana, bundle, result.code, keystore, test_kdf)

    after = _everything(restored)
    assert after["cases"] == before["cases"]  # ids, revisions, times and fields
    assert after["attachments"] == before["attachments"]
    assert PHOTO in after["attachments"].values()
    assert after["contacts"] == before["contacts"]
    assert {c.status for c in after["contacts"]} == {"verified", "unverified", "key changed"}
    assert after["card"] == before["card"] and after["age_identities"] == before["age_identities"]
    assert restored.identity.safety_number_with(paris.identity.card) == safety
    assert after["tables"] == before["tables"]  # partners, bundle log, sync state, gaps...
    audit_after = restored.table("audit")
    assert audit_after[: len(audit_before)] == audit_before
    assert [row[2] for row in audit_after[len(audit_before) - 1 :]] == [
        "border.seal", "border.restore",
    ]  # fmt: skip
    assert restored.vault.verify().ok  # the carried audit chain is unbroken
    assert case_list_drift(restored.store.connection) == []  # rebuilt as the rows came back
    assert restored.store.count_cases() == len(before["cases"])
    case_id = next(iter(before["cases"]))
    assert case_id in {hit.case_id for hit in restored.store.search(
        before["cases"][case_id]["person"]["name"])}  # fmt: skip
    # The restored bytes went straight into the current layout: nothing was copied twice.
    assert not chunk_layout.needs_rebuild(restored.store.connection) and not any(moved)
    restored.vault.lock()
    Vault.unlock(astana.folder, NEW_PASSPHRASE, keystore=keystore).lock()


def test_partners_bundles_keep_working_after_restore(
    astana: Side, paris: Side, tmp_path: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    code, _ = _seal_and_wipe(astana, tmp_path / "trip.age", keystore)
    restored = _restore(astana, tmp_path / "trip.age", code, keystore, test_kdf)
    try:
        # the bundle received before the trip is still known...
        assert not import_bundle(restored.store, tmp_path / "from-paris.age").applied
        # ...a later one from Paris opens with the restored keys and imports...
        case_id = paris.store.add_case("Новиков Николай")
        export_bundle(paris.store, tmp_path / "later.age", to=["Astana"], cases=[case_id])
        assert import_bundle(restored.store, tmp_path / "later.age").applied
        assert restored.store.get_case(case_id)["person"]["name"] == "Новиков Николай"
        # ...and Paris still accepts what the restored vault sends (same key, next sequence)
        export_bundle(restored.store, tmp_path / "back.age", to=["Paris"], cases=[case_id])
        assert import_bundle(paris.store, tmp_path / "back.age").preview.sender == "Astana"
    finally:
        restored.vault.lock()


def test_progress_goes_up_to_the_end(astana: Side, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    seal_for_border(astana.store, tmp_path / "trip.age", progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1] == (1000, 1000) and len(seen) > 10


def test_a_folder_name_that_is_not_unicode_takes_the_bundle_and_its_leftovers(
    astana: Side, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A USB stick's folder named in an old encoding (not UTF-8, as Linux may show it):
    the border bundle goes there, and what a killed border mode left there is found."""
    import app.leftovers
    from app.leftovers import clean_vault_leftovers

    stick = tmp_path / os.fsdecode("Поездка".encode("cp1251"))
    stick.mkdir()
    held = seal_for_border(
        astana.store, stick / "trip.age", hold=True, record_in=astana.vault.folder
    )
    assert held.pending is not None and held.pending.exists()
    monkeypatch.setattr(app.leftovers, "is_running", lambda pid: False)  # as if killed
    clean_vault_leftovers(astana.vault.folder, lambda: Keystore(False, "none"))
    assert list(stick.iterdir()) == []
    assert [p.name for p in astana.vault.folder.iterdir() if "border-output" in p.name] == []


# ---------------------------------------------------------------------- refusals on restore


@pytest.fixture
def sealed(astana: Side, tmp_path: Path, keystore: Keystore) -> tuple[Path, str, Path]:
    """A border bundle, its code, and the (wiped) folder to restore into."""
    bundle = tmp_path / "trip.age"
    code, _ = _seal_and_wipe(astana, bundle, keystore)
    return bundle, code, astana.folder


def _refused(
    error: type[Exception], bundle: Path, code: str, folder: Path, keystore: Keystore,
    kdf: KdfParams,
) -> str:  # fmt: skip
    with pytest.raises(error) as caught:
        restore_from_border(folder, bundle, code, NEW_PASSPHRASE, keystore=keystore, kdf=kdf)
    _untouched(folder)
    message = str(caught.value)
    assert message.count(".") <= 2 and "\n" not in message
    assert not code.strip() or code not in message
    return message


def test_a_wrong_code_is_refused_and_nothing_is_created(
    sealed: tuple[Path, str, Path], keystore: Keystore, test_kdf: KdfParams
) -> None:
    bundle, _, folder = sealed
    other, _ = age.generate_hybrid()
    message = _refused(WrongBorderCodeError, bundle, other, folder, keystore, test_kdf)
    assert message == "This border code does not open this bundle; nothing was changed."


@pytest.mark.parametrize("code", ["", "hello", "AGE-SECRET-KEY-PQ-1QQQQ", age.generate_x25519()[0]])
def test_text_that_is_not_a_border_code_is_refused(
    sealed: tuple[Path, str, Path], keystore: Keystore, test_kdf: KdfParams, code: str
) -> None:
    bundle, _, folder = sealed
    message = _refused(NotABorderCodeError, bundle, code, folder, keystore, test_kdf)
    assert message.startswith("This is not a border code")


def test_the_code_may_be_typed_in_small_letters_and_groups(
    sealed: tuple[Path, str, Path], keystore: Keystore, test_kdf: KdfParams
) -> None:
    bundle, code, folder = sealed
    typed = " ".join(code[i : i + 8] for i in range(0, len(code), 8)).lower()
    vault, _ = restore_from_border(
        folder, bundle, typed, NEW_PASSPHRASE, keystore=keystore, kdf=test_kdf
    )
    assert vault.store.count_cases() == 4
    vault.lock()


@pytest.mark.parametrize("where", [0.02, 0.5, 0.97])
def test_a_flipped_byte_is_refused(
    sealed: tuple[Path, str, Path], keystore: Keystore, test_kdf: KdfParams, where: float
) -> None:
    bundle, code, folder = sealed
    data = bytearray(bundle.read_bytes())
    data[int(len(data) * where)] ^= 0x01
    bundle.write_bytes(bytes(data))
    with pytest.raises(BundleError):
        restore_from_border(folder, bundle, code, NEW_PASSPHRASE, keystore=keystore, kdf=test_kdf)
    _untouched(folder)


@pytest.mark.parametrize("keep", [0.3, 0.999])
def test_a_truncated_bundle_is_refused(
    sealed: tuple[Path, str, Path], keystore: Keystore, test_kdf: KdfParams, keep: float
) -> None:
    bundle, code, folder = sealed
    data = bundle.read_bytes()
    bundle.write_bytes(data[: int(len(data) * keep)])
    message = _refused(TamperedBundleError, bundle, code, folder, keystore, test_kdf)
    assert "incomplete" in message


def _reseal(bundle: Path, code: str, change: Any) -> None:
    """What someone holding the code could do: open, alter the payload, seal it again."""
    plain = io.BytesIO()
    with bundle.open("rb") as src:
        age.decrypt(src, plain, [code])
    altered = change(plain.getvalue())
    out = io.BytesIO()
    age.encrypt(io.BytesIO(altered), out, [age.recipient_from_identity(code)])
    bundle.write_bytes(out.getvalue())


def test_a_resealed_bundle_with_an_altered_record_is_refused(
    sealed: tuple[Path, str, Path], keystore: Keystore, test_kdf: KdfParams
) -> None:
    bundle, code, folder = sealed
    old, new = "Канарейкин".encode(), "Канарейкен".encode()
    _reseal(bundle, code, lambda data: data.replace(old, new))
    _refused(TamperedBundleError, bundle, code, folder, keystore, test_kdf)


def test_a_resealed_bundle_with_a_forged_manifest_is_refused(
    sealed: tuple[Path, str, Path], keystore: Keystore, test_kdf: KdfParams
) -> None:
    bundle, code, folder = sealed
    _reseal(bundle, code, lambda data: data.replace(b'"sequence":1', b'"sequence":2', 1))
    _refused(BundleError, bundle, code, folder, keystore, test_kdf)


def test_restore_goes_where_a_first_run_was_cut_short(
    sealed: tuple[Path, str, Path], keystore: Keystore, test_kdf: KdfParams
) -> None:
    """After the crossing the app may have been started and killed during its first run:
    the database and lock file it left, with no key file, do not stand in the way."""
    bundle, code, folder = sealed
    folder.mkdir(exist_ok=True)
    (folder / "vault.db").write_bytes(os.urandom(4096))  # no key file: nothing opens it
    (folder / "vault.lock").write_bytes(b"")
    vault, _ = restore_from_border(
        folder, bundle, code, NEW_PASSPHRASE, keystore=keystore, kdf=test_kdf
    )
    try:
        assert vault.store.count_cases() > 0
    finally:
        vault.lock()


def test_restore_refuses_a_folder_holding_a_vault(
    sealed: tuple[Path, str, Path], keystore: Keystore, test_kdf: KdfParams
) -> None:
    bundle, code, folder = sealed
    other, _ = Vault.create(folder, "another vault here 1", keystore=keystore, kdf=test_kdf)
    other.lock()
    files = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(VaultExistsError, match="nothing was changed"):
        restore_from_border(folder, bundle, code, NEW_PASSPHRASE, keystore=keystore, kdf=test_kdf)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == files


def test_restore_refuses_a_short_passphrase_before_creating_anything(
    sealed: tuple[Path, str, Path], keystore: Keystore, test_kdf: KdfParams
) -> None:
    bundle, code, folder = sealed
    with pytest.raises(InvalidInputError):
        restore_from_border(folder, bundle, code, "short", keystore=keystore, kdf=test_kdf)
    _untouched(folder)


def test_a_contact_bundle_is_not_a_border_bundle(
    astana: Side, tmp_path: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    identity, recipient = age.generate_hybrid()
    add_contact(astana.store, recipient, name="Geneva")
    export_bundle(
        astana.store, tmp_path / "geneva.age", to=["Geneva"], profile="full", accept_unverified=True
    )
    _refused(NotABorderBundleError, tmp_path / "geneva.age", identity, tmp_path / "new",
             keystore, test_kdf)  # fmt: skip


def test_a_border_bundle_is_refused_by_an_ordinary_import(
    astana: Side, paris: Side, tmp_path: Path
) -> None:
    seal_for_border(astana.store, tmp_path / "trip.age")
    with pytest.raises(BundleError):
        import_bundle(paris.store, tmp_path / "trip.age")
    assert list_contacts(paris.store)[0].name == "Astana"


# ---------------------------------------------------------------------- sealing


def test_without_the_code_the_bundle_reveals_nothing(astana: Side, tmp_path: Path) -> None:
    seal_for_border(astana.store, tmp_path / "trip.age")
    data = (tmp_path / "trip.age").read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> mlkem768x25519 ")
    for canary in (*CANARIES, "Astana office", "Paris"):
        assert canary.encode() not in data and canary.encode("utf-16-le") not in data
    assert PHOTO[:64] not in data
    assert not list(tmp_path.glob("*.partial*"))


def test_sealing_refuses_an_existing_file(astana: Side, tmp_path: Path) -> None:
    (tmp_path / "trip.age").write_bytes(b"keep me")
    audit = astana.table("audit")
    with pytest.raises(InvalidInputError):
        seal_for_border(astana.store, tmp_path / "trip.age")
    assert (tmp_path / "trip.age").read_bytes() == b"keep me"
    assert astana.table("audit") == audit


def test_the_bundle_may_not_go_where_the_wipe_deletes(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    for inside in (vault / "trip.age", vault / "sub" / "trip.age"):
        with pytest.raises(InvalidInputError, match="outside the vault folder"):
            check_bundle_location(inside, vault)
    check_bundle_location(tmp_path / "usb" / "trip.age", vault)


def test_a_bundle_that_fails_its_check_is_deleted_and_the_vault_is_unchanged(
    astana: Side, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk corrupts the file between writing and checking: nothing may be wiped."""
    import app.exchange.border

    real_read = app.exchange.border.read_border_bundle

    def corrupted_then_read(path: Path, code: str, **kwargs: Any) -> Any:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x40
        path.write_bytes(bytes(data))
        return real_read(path, code, **kwargs)

    monkeypatch.setattr(app.exchange.border, "read_border_bundle", corrupted_then_read)
    before = astana.snapshot()
    with pytest.raises(BorderCheckError, match="nothing was wiped"):
        seal_for_border(astana.store, tmp_path / "trip.age")
    assert not (tmp_path / "trip.age").exists()
    assert astana.snapshot() == before  # not even the audit entry of the seal stays


def test_the_check_reads_everything_and_writes_nothing(astana: Side, tmp_path: Path) -> None:
    result = seal_for_border(astana.store, tmp_path / "trip.age")
    before = astana.snapshot()
    contents = read_border_bundle(tmp_path / "trip.age", result.code)
    assert contents.cases == 4 and contents.attachments == 3
    assert contents.vault_name == "Astana office"
    assert contents.rows["contacts"] == len(astana.table("contacts"))
    assert astana.snapshot() == before


# ---------------------------------------------------------------------- the format


def test_every_table_is_carried_or_deliberately_left_out(astana: Side) -> None:
    for table in schema_tables(astana.store.connection):
        base = "search_fts" if table.startswith("search_fts") else table
        assert base in CARRIED or base in LEFT_OUT, f"decide whether border mode carries {table}"


def _manifest(profile: str, kind: str, ref_key: str, ref: str) -> bytes:
    name = {"case": "records/000001.json", "table": "tables/000001.json"}[kind]
    return json.dumps({
        "format": "satchel-bundle", "version": 2,
        "bundle_id": "0b3c8f0e-8a8e-4a55-9f3e-1f6f1d0c2a11",
        "created_at": "2025-01-31T08:15:00.000000Z", "sequence": 1, "profile": profile,
        "sender": {"name": "A", "signing_key": _signing_key(), "age_recipient": None,
                   "pq_recipient": None},
        "recipients": [{"recipient": "age1x", "signing_key": None}],
        "entries": [{"name": name, "kind": kind, ref_key: ref, "size": 2, "sha256": "0" * 64}],
    }).encode()  # fmt: skip


def _signing_key() -> str:
    from crypto.sign import generate_signing_key

    return generate_signing_key()[1]


def test_table_entries_only_in_border_bundles_and_case_entries_never_there() -> None:
    case_id = "0b3c8f0e-8a8e-4a55-9f3e-1f6f1d0c2a12"
    assert manifest_format.parse(_manifest("border", "table", "table", "cases")).entries
    assert manifest_format.parse(_manifest("full", "case", "case_id", case_id)).entries
    for crafted in (
        _manifest("full", "table", "table", "cases"),
        _manifest("border", "case", "case_id", case_id),
        _manifest("border", "table", "table", "../../etc"),
        _manifest("border", "table", "case_id", "cases"),
    ):
        with pytest.raises(MalformedBundleError):
            manifest_format.parse(crafted)


# ---------------------------------------------------------------------- command line


def test_cli_border_mode_then_restore(astana: Side, tmp_path: Path, keystore: Keystore) -> None:
    astana.vault.lock()
    cli = Cli(astana.folder, keystore, {"SATCHEL_PASSPHRASE": "violet harbour lantern 42"})
    bundle = tmp_path / "usb" / "trip.age"
    bundle.parent.mkdir()

    sealed = cli("border-mode", "--yes", "-o", str(bundle))

    assert sealed.code == 0, sealed.err
    code = sealed.out.strip()
    assert sealed.out.count("\n") == 1 and code.startswith("AGE-SECRET-KEY-PQ-1")
    assert "trusted colleague" in sealed.err and "wiped" in sealed.err
    assert code not in sealed.err
    assert not astana.folder.exists() and bundle.is_file()

    wrong = cli("restore", str(bundle), SATCHEL_BORDER_KEY=age.generate_hybrid()[0])
    assert one_sentence(wrong) == "This border code does not open this bundle; nothing was changed."
    assert not astana.folder.exists()

    restored = cli("restore", str(bundle), SATCHEL_BORDER_KEY=code,
                   SATCHEL_PASSPHRASE=NEW_PASSPHRASE)  # fmt: skip
    assert restored.code == 0, restored.err
    recovery = restored.out.strip()
    assert restored.out.count("\n") == 1 and len(recovery.split("-")) > 4
    assert "4 case(s)" in restored.err
    with Vault.unlock(astana.folder, recovery, keystore=keystore) as vault:
        assert vault.store.count_cases() == 4

    again = cli("restore", str(bundle), SATCHEL_BORDER_KEY=code)
    assert "already a Satchel vault" in one_sentence(again)


def test_cli_border_mode_refusals(astana: Side, tmp_path: Path, keystore: Keystore) -> None:
    astana.vault.lock()
    cli = Cli(astana.folder, keystore, {"SATCHEL_PASSPHRASE": "violet harbour lantern 42"})
    files = sorted(p.name for p in astana.folder.iterdir())

    unasked = cli("border-mode", "-o", str(tmp_path / "trip.age"))  # stdin is not a terminal
    assert "--yes" in one_sentence(unasked)
    inside = cli("border-mode", "--yes", "-o", str(astana.folder / "trip.age"))
    assert "outside the vault folder" in one_sentence(inside)
    wrong = cli("border-mode", "--yes", "-o", str(tmp_path / "trip.age"),
                SATCHEL_PASSPHRASE="not the passphrase")  # fmt: skip
    assert "wrong" in one_sentence(wrong)

    assert sorted(p.name for p in astana.folder.iterdir()) == files
    assert not (tmp_path / "trip.age").exists()


def test_an_empty_vault_goes_out_and_back(
    tmp_path: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    side = make_side("Almaty office", tmp_path / "empty", keystore, test_kdf)
    code, before = _seal_and_wipe(side, tmp_path / "trip.age", keystore)
    restored = _restore(side, tmp_path / "trip.age", code, keystore, test_kdf)
    try:
        assert restored.store.count_cases() == 0
        assert restored.identity.card == before["card"]
        assert restored.vault.verify().ok
    finally:
        restored.vault.lock()
