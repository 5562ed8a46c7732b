"""The database page format: new vaults use 16 KiB pages and HMAC-SHA256, and a vault made
in the old format (4 KiB pages, HMAC-SHA512) is upgraded on unlock, surviving a kill at
every step of the upgrade (a real process killed with SIGKILL at named points)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.dbformat import (
    CURRENT_FORMAT,
    FORMATS,
    LEGACY_FORMAT,
    PageFormat,
    export_database,
    format_of,
)
from app.keystore import no_keystore
from app.vault import Vault, open_database
from app.vault_files import DATABASE_NAME
from app.vault_lock import VaultLock
from crypto.kdf import KdfParams
from tests.vault.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["Иван Петров", "Pavel Sidorov", "Алексей Смирнов", "Oleg Kuznetsov"]
BLOB = os.urandom(3 * 1024 * 1024 + 12345)  # several chunks, not page-aligned
KEYSTORE = no_keystore("these tests run the vault in subprocesses without a keystore")


def legacy_vault(folder: Path, kdf: KdfParams) -> dict[str, object]:
    """A vault with cases and an attachment whose database is in the old page format;
    returns what it holds, for comparison after an upgrade."""
    vault, _code = Vault.create(folder, PASSPHRASE, keystore=KEYSTORE, kdf=kdf)
    try:
        ids = [vault.store.add_case(name, {"unit": "в/ч 12345"}) for name in NAMES]
        attachment = vault.store.add_attachment(ids[0], "scan.bin", BLOB)
        for number in range(300):
            vault.store.add_case(f"Filler Person {number}", {})
        expected = _contents(vault, attachment.id)
        legacy = folder / (DATABASE_NAME + ".legacy")
        export_database(vault.connection, legacy, LEGACY_FORMAT)
    finally:
        vault.lock()
    for name in (DATABASE_NAME + "-wal", DATABASE_NAME + "-shm"):
        (folder / name).unlink(missing_ok=True)
    os.replace(legacy, folder / DATABASE_NAME)
    return expected


def _contents(vault: Vault, attachment_id: str) -> dict[str, object]:
    store = vault.store
    return {
        "cases": store.count_cases(),
        "found": sorted(hit.name for hit in store.search("Петров")),
        "latin": sorted(hit.name for hit in store.search("petrov")),
        "attachment": store.read_attachment(attachment_id),
        "attachment_id": attachment_id,
        "audit": store.verify_audit().entries,
    }


def _check(vault: Vault, expected: dict[str, object]) -> None:
    assert _contents(vault, str(expected["attachment_id"])) == expected
    report = vault.verify()
    assert report.ok, report.problems


def _plaintext(folder: Path) -> list[str]:
    """Files in ``folder`` holding a case name in the clear (none ever should)."""
    needles = [name.encode() for name in NAMES]
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    )


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name)


def test_a_new_vault_has_16_kib_pages_and_hmac_sha256(tmp_path: Path, test_kdf: KdfParams) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, keystore=KEYSTORE, kdf=test_kdf)
    try:
        assert format_of(vault.connection) == CURRENT_FORMAT
        assert int(vault.connection.execute("PRAGMA page_size").fetchone()[0]) == 16384
        vault.change_passphrase("another long passphrase")  # a re-key keeps the format
        assert format_of(vault.connection) == CURRENT_FORMAT
    finally:
        vault.lock()
    reopened = Vault.unlock(tmp_path / "v", "another long passphrase", keystore=KEYSTORE)
    assert format_of(reopened.connection) == CURRENT_FORMAT
    reopened.lock()


def test_a_database_opens_only_in_its_own_format(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "db"
    open_database(path, key, create=True).close()
    open_database(path, key, create=False, formats=(CURRENT_FORMAT,)).close()
    from app.errors import VaultDamagedError

    with pytest.raises(VaultDamagedError):
        open_database(path, key, create=False, formats=(LEGACY_FORMAT,))
    with pytest.raises(VaultDamagedError):
        open_database(path, os.urandom(32), create=False)


@pytest.mark.parametrize("page_format", FORMATS, ids=["current", "legacy"])
def test_a_crash_left_write_ahead_log_survives_the_format_probe(
    tmp_path: Path, page_format: PageFormat
) -> None:
    """Committed pages only in the WAL (a crash before any checkpoint): trying the other
    format first, or a wrong key, must neither lose nor apply them wrongly."""
    import shutil

    key = os.urandom(32)
    source = tmp_path / "source.db"
    writer = open_database(source, key, create=True, formats=(page_format,))
    writer.isolation_level = None
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE t (x BLOB)")
    writer.execute("BEGIN")
    writer.executemany("INSERT INTO t VALUES (?)", [(os.urandom(500),) for _ in range(3000)])
    writer.execute("COMMIT")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):  # the files as a power cut would leave them
        shutil.copy(f"{source}{suffix}", crashed / f"{DATABASE_NAME}{suffix}")
    writer.close()
    assert (crashed / f"{DATABASE_NAME}-wal").stat().st_size > 100_000
    from app.errors import VaultDamagedError

    with pytest.raises(VaultDamagedError):
        open_database(crashed / DATABASE_NAME, os.urandom(32), create=False)
    for _ in range(2):
        reader = open_database(crashed / DATABASE_NAME, key, create=False)
        try:
            assert format_of(reader) == page_format
            assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 3000
            assert reader.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            reader.close()


def test_an_old_vault_is_upgraded_on_unlock_with_progress(
    tmp_path: Path, test_kdf: KdfParams
) -> None:
    folder = tmp_path / "v"
    expected = legacy_vault(folder, test_kdf)
    seen: list[tuple[int, int]] = []
    vault = Vault.unlock(
        folder, PASSPHRASE, keystore=KEYSTORE, progress=lambda d, t: seen.append((d, t))
    )
    try:
        assert format_of(vault.connection) == CURRENT_FORMAT
        _check(vault, expected)
    finally:
        vault.lock()
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len({done for done, _ in seen}) > 3  # the bar moves during the copy, not only at the end
    assert _leftovers(folder) == []


def test_an_upgrade_waits_while_another_process_has_the_vault(
    tmp_path: Path, test_kdf: KdfParams
) -> None:
    folder = tmp_path / "v"
    expected = legacy_vault(folder, test_kdf)
    other = VaultLock.shared(folder)
    try:
        vault = Vault.unlock(folder, PASSPHRASE, keystore=KEYSTORE)
        assert format_of(vault.connection) == LEGACY_FORMAT  # still works as it was
        _check(vault, expected)
        vault.lock()
    finally:
        other.release()
    vault = Vault.unlock(folder, PASSPHRASE, keystore=KEYSTORE)
    assert format_of(vault.connection) == CURRENT_FORMAT
    vault.lock()


def test_a_copy_that_fails_its_check_is_thrown_away_and_the_old_database_kept(
    tmp_path: Path, test_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.page_migration as migration

    folder = tmp_path / "v"
    expected = legacy_vault(folder, test_kdf)
    real = migration._row_counts
    calls: list[int] = []

    def one_row_short(connection: object) -> dict[str, int]:
        counts = real(connection)
        calls.append(1)
        if len(calls) == 1:  # the copy's counts: one row lost
            counts["cases"] -= 1
        return counts

    monkeypatch.setattr(migration, "_row_counts", one_row_short)
    vault = Vault.unlock(folder, PASSPHRASE, keystore=KEYSTORE)
    try:
        assert format_of(vault.connection) == LEGACY_FORMAT
        _check(vault, expected)
    finally:
        vault.lock()
    assert calls and _leftovers(folder) == []
    monkeypatch.setattr(migration, "_row_counts", real)
    vault = Vault.unlock(folder, PASSPHRASE, keystore=KEYSTORE)
    assert format_of(vault.connection) == CURRENT_FORMAT
    vault.lock()


def test_the_export_copies_tables_whatever_their_order_and_keeps_foreign_keys_on(
    tmp_path: Path,
) -> None:
    """A table rebuilt by a migration comes after the tables that refer to it."""
    key = os.urandom(32)
    conn = open_database(tmp_path / "db", key, create=True)
    conn.isolation_level = None
    conn.execute(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parent(id))"
    )
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO parent VALUES (1)")
    conn.execute("INSERT INTO child VALUES (1, 1)")
    export_database(conn, tmp_path / "copy", LEGACY_FORMAT)
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()
    copy = open_database(tmp_path / "copy", key, create=False, formats=(LEGACY_FORMAT,))
    try:
        assert (
            copy.execute(
                "SELECT count(*) FROM child JOIN parent ON parent.id = child.parent"
            ).fetchone()[0]
            == 1
        )
    finally:
        copy.close()


def test_a_saved_copy_of_a_new_vault_opens(tmp_path: Path, test_kdf: KdfParams) -> None:
    from app.backup import save_vault_copy

    vault, code = Vault.create(tmp_path / "v", PASSPHRASE, keystore=KEYSTORE, kdf=test_kdf)
    try:
        vault.store.add_case("Иван Петров", {})
        copy = save_vault_copy(vault, tmp_path)
    finally:
        vault.lock()
    opened = Vault.unlock(copy, code, keystore=KEYSTORE)
    try:
        assert format_of(opened.connection) == CURRENT_FORMAT
        assert opened.store.count_cases() == 1
    finally:
        opened.lock()


# -- kills ---------------------------------------------------------------------------------

_KILLER = """
import os, signal, sys
from pathlib import Path
import app.page_migration as migration
import app.vault as vault_module
from app.keystore import no_keystore

folder, point = Path(sys.argv[1]), sys.argv[2]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def wrap(module, name, before=False, after=False, when=lambda *a: True):
    real = getattr(module, name)
    def patched(*args, **kwargs):
        if before and when(*args):
            die()
        result = real(*args, **kwargs)
        if after and when(*args):
            die()
        return result
    setattr(module, name, patched)

progress = None
if point == "copy-started":
    progress = lambda done, total: die() if done > 0 else None
elif point == "copy-half":
    progress = lambda done, total: die() if done >= 350 else None
elif point == "checking":
    wrap(migration, "_row_counts", before=True)
elif point == "before-fsync":
    wrap(migration, "fsync_file", before=True)
elif point == "before-rename":  # the old database closed and its empty log gone
    def swap(database, copy):
        migration._require_empty_log(database)
        die()
    vault_module.swap_in = swap
elif point == "after-rename":  # renamed, the folder not yet fsynced
    def swap(database, copy):
        migration._require_empty_log(database)
        os.replace(copy, database)
        die()
    vault_module.swap_in = swap
elif point == "before-reopen":
    wrap(vault_module, "swap_in", after=True)
else:
    raise SystemExit("unknown point " + point)

vault_module.Vault.unlock(folder, sys.argv[3], keystore=no_keystore("test"), progress=progress)
print("finished")
"""

POINTS = [
    ("copy-started", LEGACY_FORMAT),
    ("copy-half", LEGACY_FORMAT),
    ("checking", LEGACY_FORMAT),
    ("before-fsync", LEGACY_FORMAT),
    ("before-rename", LEGACY_FORMAT),
    ("after-rename", CURRENT_FORMAT),
    ("before-reopen", CURRENT_FORMAT),
]


@pytest.fixture(scope="module")
def legacy_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    folder = tmp_path_factory.mktemp("legacy") / "vault"
    kdf = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    return folder, legacy_vault(folder, kdf)


@pytest.mark.parametrize(("point", "left_in"), POINTS, ids=[p for p, _ in POINTS])
def test_a_kill_anywhere_in_the_upgrade_leaves_a_vault_that_opens(
    tmp_path: Path,
    legacy_template: tuple[Path, dict[str, object]],
    point: str,
    left_in: object,
) -> None:
    import shutil

    template, expected = legacy_template
    folder = tmp_path / "vault"
    shutil.copytree(template, folder)
    run = subprocess.run(
        [sys.executable, "-c", _KILLER, str(folder), point, PASSPHRASE],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == -9, (run.returncode, run.stdout, run.stderr)
    assert _plaintext(folder) == []  # the half-made copy is as encrypted as the vault
    # First with the upgrade held off (another "process" has the vault): the state the
    # kill left opens as it is, with every record.
    other = VaultLock.shared(folder)
    try:
        vault = Vault.unlock(folder, PASSPHRASE, keystore=KEYSTORE)
        try:
            assert format_of(vault.connection) == left_in
            _check(vault, expected)
        finally:
            vault.lock()
    finally:
        other.release()
    # Then a normal unlock finishes the upgrade and cleans up.
    vault = Vault.unlock(folder, PASSPHRASE, keystore=KEYSTORE)
    try:
        assert format_of(vault.connection) == CURRENT_FORMAT
        _check(vault, expected)
    finally:
        vault.lock()
    assert _leftovers(folder) == []
