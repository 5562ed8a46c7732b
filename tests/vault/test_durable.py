"""Durable writes that fail at any step leave the old file and nothing beside it."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from crypto.durable import write_atomically


@pytest.mark.parametrize("step", ["replace", "fsync"])
def test_a_write_refused_at_the_rename_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "настройки.json"
    target.write_bytes(b"old")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EACCES, "Permission denied")  # a file held open by another program

    monkeypatch.setattr(os, step, refuse)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
