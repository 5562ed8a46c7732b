"""Attachments: cleaned, chunked into the encrypted database, verified when read back."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from app.errors import InvalidInputError, NotFoundError, VaultDamagedError
from app.metadata import NO_REMOVAL
from app.store import Store
from app.store.attachments import CHUNK_SIZE

JPEG_WITH_COMMENT = (
    b"\xff\xd8\xff\xfe\x00\x0dsecret spot\xff\xda\x00\x08\x01\x01\x00\x00?\x00" + b"\x12" * 10
    + b"\xff\xd9"
)  # fmt: skip


@pytest.fixture
def case_id(store: Store) -> str:
    return store.add_case("Канарейкин Юрий")


def test_a_file_is_stored_in_chunks_and_read_back(store: Store, case_id: str) -> None:
    data = os.urandom(CHUNK_SIZE * 2 + 123)
    seen: list[tuple[int, int]] = []
    info = store.add_attachment(
        case_id, "scan.bin", data, progress=lambda d, t: seen.append((d, t))
    )
    assert info.size == len(data) == info.original_size
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.media_type == "application/octet-stream" and info.removed == [NO_REMOVAL]
    assert store.read_attachment(info.id) == data
    assert b"".join(store.iter_attachment(info.id)) == data
    chunks = store.connection.execute(
        "SELECT count(*), max(length(data)) FROM attachment_chunks WHERE attachment_id = ?",
        (info.id,),
    ).fetchone()
    assert chunks == (3, CHUNK_SIZE)
    assert seen[-1] == (len(data), len(data))


def test_a_stream_is_accepted_and_metadata_removed(store: Store, case_id: str) -> None:
    info = store.add_attachment(case_id, "photo.jpg", io.BytesIO(JPEG_WITH_COMMENT))
    stored = store.read_attachment(info.id)
    assert b"secret spot" not in stored and info.removed == ["comment"]
    assert info.original_size == len(JPEG_WITH_COMMENT) and info.size == len(stored)
    listed = store.get_case(case_id)["attachments"]
    assert listed == [info.as_dict()] and "data" not in listed[0]


def test_an_empty_file_can_be_attached(store: Store, case_id: str) -> None:
    info = store.add_attachment(case_id, "empty.txt", b"")
    assert store.read_attachment(info.id) == b"" and info.size == 0


@pytest.mark.parametrize(
    ("given", "kept"),
    [("../../etc/passwd", "passwd"), ("C:\\Users\\x\\scan.pdf", "scan.pdf"),
     ("report\x00.pdf", "report.pdf"), (".hidden", "hidden"), ("a" * 300, "a" * 200)],
)  # fmt: skip
def test_file_names_lose_their_paths(store: Store, case_id: str, given: str, kept: str) -> None:
    assert store.add_attachment(case_id, given, b"x").filename == kept


@pytest.mark.parametrize("name", ["", "   ", "../", "\x00\x01"])
def test_a_file_needs_a_name(store: Store, case_id: str, name: str) -> None:
    with pytest.raises(InvalidInputError):
        store.add_attachment(case_id, name, b"x")
    assert store.list_attachments(case_id) == []


def test_damage_in_the_vault_is_detected_on_read(store: Store, case_id: str) -> None:
    info = store.add_attachment(case_id, "a.bin", os.urandom(CHUNK_SIZE + 10))
    conn = store.connection
    conn.execute(
        "UPDATE attachment_chunks SET data = zeroblob(10) WHERE attachment_id = ? AND seq = 1",
        (info.id,),
    )
    with pytest.raises(VaultDamagedError, match="damaged in the vault"):
        store.read_attachment(info.id)
    conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ? AND seq = 1", (info.id,))
    with pytest.raises(VaultDamagedError):
        store.read_attachment(info.id)


def test_missing_attachment_and_case(store: Store, case_id: str) -> None:
    with pytest.raises(NotFoundError):
        store.read_attachment("nope")
    with pytest.raises(NotFoundError):
        store.add_attachment("ffffffff", "a.txt", b"x")


def test_attaching_is_logged_and_atomic(store: Store, case_id: str) -> None:
    info = store.add_attachment(case_id, "a.txt", b"hello")
    entry = store.history(info.id)[0]
    assert entry.action == "attachment.add" and entry.detail["size"] == 5
    store.connection.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    with pytest.raises(Exception, match="no"):
        store.add_attachment(case_id, "b.txt", b"x" * (CHUNK_SIZE + 1))
    store.connection.execute("DROP TRIGGER boom")
    assert [a.filename for a in store.list_attachments(case_id)] == ["a.txt"]
    orphans = store.connection.execute(
        "SELECT count(*) FROM attachment_chunks WHERE attachment_id != ?", (info.id,)
    ).fetchone()[0]
    assert orphans == 0
