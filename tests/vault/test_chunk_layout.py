"""Attachment bytes move from the WITHOUT ROWID table of earlier versions to a rowid table
when a vault opens (app.store.chunk_layout): with every byte, with progress, without
growing the file by a second copy, and never at the cost of opening the vault: no room, a
failed copy or a kill leave the old table, whole, and the next opening finishes the job."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from app.store import chunk_layout
from app.store.migrations import LATEST_VERSION, schema_version
from app.store.schema_steps import STEPS
from app.vault import Vault
from app.vault.files import DATABASE_NAME
from app.vault.keystore import no_keystore
from crypto.kdf import KdfParams
from tests.vault.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
KEYSTORE = no_keystore("these tests run the vault in subprocesses without a keystore")
BLOBS = [os.urandom(3 * 256 * 1024 + 999), b"", os.urandom(1000), os.urandom(600 * 1024)]


def _old_table_sql() -> str:
    """The CREATE statement of earlier versions, as their schema step wrote it."""
    source = Path(sys.modules[STEPS[0].__module__].__file__ or "").read_text(encoding="utf-8")
    match = re.search(r"CREATE TABLE attachment_chunks \(.*?\) WITHOUT ROWID", source, re.S)
    assert match is not None
    return match.group(0)


def _to_old_layout(vault: Vault) -> None:
    conn = vault.connection
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("ALTER TABLE attachment_chunks RENAME TO chunks_now")
    conn.execute(_old_table_sql())
    conn.execute("INSERT INTO attachment_chunks SELECT attachment_id, seq, data FROM chunks_now")
    conn.execute("DROP TABLE chunks_now")
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def old_vault(folder: Path, kdf: KdfParams) -> dict[str, bytes]:
    """A vault whose attachments are in the old layout; returns their bytes by id."""
    vault, _code = Vault.create(folder, PASSPHRASE, keystore=KEYSTORE, kdf=kdf)
    try:
        case_id = vault.store.add_case("Иван Петров", {"unit": "в/ч 12345"})
        expected = {
            vault.store.add_attachment(case_id, f"scan{n}.bin", blob).id: blob
            for n, blob in enumerate(BLOBS)
        }
        _to_old_layout(vault)
        assert chunk_layout.needs_rebuild(vault.connection)
    finally:
        vault.lock()
    return expected


def _unlock(folder: Path, progress: object = None) -> Vault:
    """Unlock, and open the store (an unlock without progress leaves that to first use)."""
    vault = Vault.unlock(folder, PASSPHRASE, keystore=KEYSTORE, progress=progress)  # type: ignore[arg-type]
    vault.store  # noqa: B018
    return vault


def _check(vault: Vault, expected: dict[str, bytes]) -> None:
    for attachment_id, blob in expected.items():
        assert vault.store.read_attachment(attachment_id) == blob
    assert vault.verify().ok
    assert schema_version(vault.connection) == LATEST_VERSION


def _opens(folder: Path, expected: dict[str, bytes], *, old_layout: bool) -> None:
    """The vault unlocks with every byte, its chunks in the old layout or the new one."""
    vault = _unlock(folder)
    try:
        assert chunk_layout.needs_rebuild(vault.connection) is old_layout
        _check(vault, expected)
    finally:
        vault.lock()


def test_a_new_vault_keeps_attachments_in_a_rowid_table(
    tmp_path: Path, test_kdf: KdfParams
) -> None:
    vault, _code = Vault.create(tmp_path / "vault", PASSPHRASE, keystore=KEYSTORE, kdf=test_kdf)
    try:
        assert not chunk_layout.needs_rebuild(vault.connection)
        case_id = vault.store.add_case("Pavel Sidorov", {})
        blob = os.urandom(700 * 1024)
        attachment = vault.store.add_attachment(case_id, "scan.bin", blob)
        assert vault.store.read_attachment(attachment.id) == blob
    finally:
        vault.lock()


def test_an_old_vault_moves_its_chunks_on_unlock_with_progress(
    tmp_path: Path, test_kdf: KdfParams
) -> None:
    folder = tmp_path / "vault"
    expected = old_vault(folder, test_kdf)
    size_before = (folder / DATABASE_NAME).stat().st_size
    seen: list[tuple[int, int]] = []
    vault = _unlock(folder, lambda done, total: seen.append((done, total)))
    try:
        assert not chunk_layout.needs_rebuild(vault.connection)
        _check(vault, expected)
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        vault.lock()
    total = sum(len(blob) for blob in BLOBS)
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    # The copy reused the pages it freed: no second copy of the bytes stayed in the file.
    assert (folder / DATABASE_NAME).stat().st_size < size_before + total // 2


def test_without_room_on_the_disk_the_old_table_stays_and_works(
    tmp_path: Path, test_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    expected = old_vault(folder, test_kdf)
    monkeypatch.setattr(chunk_layout, "has_room", lambda _conn: False)
    vault = _unlock(folder)
    try:
        _check(vault, expected)
        assert chunk_layout.needs_rebuild(vault.connection)
        case_id = vault.store.add_case("Oleg Kuznetsov", {})
        blob = os.urandom(300 * 1024)
        added = vault.store.add_attachment(case_id, "more.bin", blob)
        assert vault.store.read_attachment(added.id) == blob
    finally:
        vault.lock()
    monkeypatch.undo()
    _opens(folder, {**expected, added.id: blob}, old_layout=False)


def test_a_copy_that_fails_halfway_leaves_the_old_table_whole(
    tmp_path: Path, test_kdf: KdfParams
) -> None:
    folder = tmp_path / "vault"
    expected = old_vault(folder, test_kdf)
    vault = _unlock(folder)  # opens the store, and so moves the chunks: undo that first
    try:
        _to_old_layout(vault)
        conn = vault.connection
        deletes = [0]

        def second_delete_fails(action: int, table: str | None, *_rest: object) -> int:
            if action == sqlcipher3.SQLITE_DELETE and table == "attachment_chunks":
                deletes[0] += 1
                if deletes[0] == 2:
                    return sqlcipher3.SQLITE_DENY
            return sqlcipher3.SQLITE_OK

        conn.set_authorizer(second_delete_fails)
        try:
            assert chunk_layout.rebuild_chunks(conn) is False
        finally:
            conn.set_authorizer(None)
        assert deletes[0] == 2
        assert chunk_layout.needs_rebuild(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "attachment_chunks_rowid" not in tables
        _check(vault, expected)
        assert chunk_layout.rebuild_chunks(conn) is True
        _check(vault, expected)
    finally:
        vault.lock()


_KILLER = """
import os, signal, sys
from pathlib import Path
from app.vault import Vault
from app.vault.keystore import no_keystore

def progress(done, total):
    if 0 < done < total:
        os.kill(os.getpid(), signal.SIGKILL)

Vault.unlock(Path(sys.argv[1]), sys.argv[2], keystore=no_keystore("test"), progress=progress)
print("finished")
"""


def test_a_kill_in_the_middle_of_the_copy_leaves_a_vault_that_opens(
    tmp_path: Path, test_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    expected = old_vault(folder, test_kdf)
    killed = subprocess.run(
        [sys.executable, "-c", _KILLER, str(folder), PASSPHRASE],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr
    assert "finished" not in killed.stdout
    monkeypatch.setattr(chunk_layout, "has_room", lambda _conn: False)
    _opens(folder, expected, old_layout=True)  # as the kill left it: every byte in it
    monkeypatch.undo()
    _opens(folder, expected, old_layout=False)
