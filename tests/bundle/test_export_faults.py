"""A case bundle on its way to the disk: a power cut or a failed record never leaves a
bundle the vault does not know it sealed, nor one it recorded but that can vanish."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from app.errors import StorageFullError
from app.exchange.bundle import export as export_module
from app.exchange.bundle import export_bundle
from tests.bundle.conftest import Side


def _sent(side: Side) -> int:
    row = side.store.connection.execute(
        "SELECT count(*) FROM bundle_log WHERE direction = 'sent'"
    ).fetchone()
    return int(row[0])


def test_a_bundle_the_vault_could_not_record_is_not_left_behind(
    friends: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    astana, _ = friends
    case_id = astana.store.add_case("Ольхович Денис")
    out = tmp_path / "out"
    out.mkdir()

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(export_module, "_record", full)
    with pytest.raises(StorageFullError):
        export_bundle(astana.store, out / "для Парижа.age", to=["Paris"], cases=[case_id])
    monkeypatch.undo()
    assert list(out.iterdir()) == []  # no bundle whose sequence number the vault gives again
    assert _sent(astana) == 0
    summary = export_bundle(astana.store, out / "для Парижа.age", to=["Paris"], cases=[case_id])
    assert summary.sequence == 1 and _sent(astana) == 1


def test_the_bundles_name_is_durable_before_the_vault_records_it_as_sent(
    friends: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    astana, _ = friends
    case_id = astana.store.add_case("Ольхович Денис")
    out = tmp_path / "out"
    out.mkdir()
    events: list[str] = []
    real_replace, real_fsync = os.replace, os.fsync

    def replace(source: object, target: object, *args: object, **kwargs: object) -> None:
        real_replace(source, target, *args, **kwargs)  # type: ignore[arg-type]
        if Path(str(target)).parent == out:
            events.append("renamed")

    def fsync(fd: int) -> None:
        real_fsync(fd)
        if os.path.realpath(f"/proc/self/fd/{fd}") == str(out.resolve()):
            events.append("folder synced")

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "fsync", fsync)
    export_bundle(astana.store, out / "b.age", to=["Paris"], cases=[case_id])
    monkeypatch.undo()
    assert events == ["renamed", "folder synced"]
