"""The built-in self-test, run in-process on the real vault, store, age and wipe code."""

from __future__ import annotations

import io
import stat
import sys
from pathlib import Path

import pytest

from app.errors import SatchelError
from cli import selftest
from cli.selftest import SelfTestFailure, SelfTestRun, Step, run_selftest

CORE_NAMES = [step.name for step in selftest.core_steps()]
CLOSING_NAMES = [step.name for step in selftest.closing_steps()]
CLEANUP = "cleanup: throw-away vault deleted"


def _run(tmp_path: Path, extra_steps: tuple[Step, ...] = ()) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = run_selftest(out, extra_steps=extra_steps, scratch_parent=tmp_path)
    return status, out.getvalue().splitlines()


def _fails(message: str) -> Step:
    def check(run: SelfTestRun) -> None:
        raise SelfTestFailure(message)

    return Step("window: main window renders", check)


def test_every_step_passes_and_nothing_is_left(tmp_path: Path) -> None:
    status, lines = _run(tmp_path)
    assert status == 0
    assert lines == [f"ok    {name}" for name in [*CORE_NAMES, *CLOSING_NAMES, CLEANUP]]
    assert list(tmp_path.iterdir()) == []


def test_steps_cover_what_the_issue_asks(tmp_path: Path) -> None:
    names = " / ".join([*CORE_NAMES, *CLOSING_NAMES])
    for words in ("vault: create", "attachment", "seal", "panic wipe"):
        assert words in names


def test_extra_steps_run_before_the_wipe_with_the_vault_still_there(tmp_path: Path) -> None:
    seen: list[bool] = []

    def window(run: SelfTestRun) -> None:
        seen.append((run.vault_folder / "keyslots").is_file() and run.case_id is not None)

    status, lines = _run(tmp_path, (Step("window: main window renders", window),))
    assert status == 0
    assert seen == [True]
    assert lines.index("ok    window: main window renders") == len(CORE_NAMES)


def test_a_failure_fails_the_run_skips_the_rest_and_still_cleans_up(tmp_path: Path) -> None:
    status, lines = _run(tmp_path, (_fails("the window stayed blank"),))
    assert status == 1
    assert "FAIL  window: main window renders (the window stayed blank)" in lines
    assert [line for line in lines if line.startswith("skip")] == [
        f"skip  {name} (an earlier step failed)" for name in CLOSING_NAMES
    ]
    assert lines[-1] == f"ok    {CLEANUP}"
    assert list(tmp_path.iterdir()) == []


def test_a_crashing_step_is_reported_on_one_short_line(tmp_path: Path) -> None:
    def crash(run: SelfTestRun) -> None:
        raise RuntimeError("first line\nsecond line " + "x" * 500)

    status, lines = _run(tmp_path, (Step("window: crash", crash),))
    assert status == 1
    fail = next(line for line in lines if line.startswith("FAIL"))
    assert fail.startswith("FAIL  window: crash (RuntimeError: first line second line xxx")
    assert fail.endswith("...)")
    assert len(fail) < 260


def test_a_satchel_error_is_reported_by_its_sentence(tmp_path: Path) -> None:
    def refuse(run: SelfTestRun) -> None:
        raise SatchelError("The disk is full; nothing was changed.")

    _, lines = _run(tmp_path, (Step("window: refused", refuse),))
    assert "FAIL  window: refused (The disk is full; nothing was changed.)" in lines


def test_the_scratch_folder_is_private(tmp_path: Path) -> None:
    modes: list[int] = []

    def look(run: SelfTestRun) -> None:
        modes.append(stat.S_IMODE(run.scratch.stat().st_mode))
        assert run.scratch.parent == tmp_path

    status, _ = _run(tmp_path, (Step("window: look", look),))
    assert status == 0
    assert modes == [0o700]


def test_secrets_stay_out_of_the_run_repr(tmp_path: Path) -> None:
    run = SelfTestRun(scratch=tmp_path, passphrase="hunter2-passphrase", recovery_code="CODE-1")
    run.marker = "SelfTest-marker"
    assert "hunter2" not in repr(run)
    assert "CODE-1" not in repr(run)
    assert "marker" not in repr(run).replace("marker=", "")


def test_plaintext_on_disk_is_caught(tmp_path: Path) -> None:
    run = SelfTestRun(scratch=tmp_path, marker="SelfTest-0123456789abcdef")
    run.attachment = selftest._make_attachment(run.marker)
    run.vault_folder.mkdir()
    (run.vault_folder / "vault.db").write_bytes(b"header" + run.marker.encode() + b"tail")
    with pytest.raises(SelfTestFailure, match=r"vault\.db holds case data in the clear"):
        selftest.check_nothing_readable_on_disk(run)


def test_attachment_body_in_the_clear_is_caught(tmp_path: Path) -> None:
    run = SelfTestRun(scratch=tmp_path, marker="SelfTest-0123456789abcdef")
    run.attachment = selftest._make_attachment(run.marker)
    run.vault_folder.mkdir()
    (run.vault_folder / "vault.db-wal").write_bytes(run.attachment[1000:2000])
    with pytest.raises(SelfTestFailure, match="in the clear"):
        selftest.check_nothing_readable_on_disk(run)


def test_the_attachment_is_made_in_memory_at_its_size() -> None:
    data = selftest._make_attachment("SelfTest-abc")
    assert len(data) == selftest.ATTACHMENT_BYTES
    assert data.startswith(b"Satchel self-test attachment SelfTest-abc\n")
    assert selftest._make_attachment("SelfTest-abd") != data


def test_the_kdf_cost_is_low_and_explicit() -> None:
    assert selftest.SELFTEST_KDF.check().memory_kib == 8192
    assert selftest.SELFTEST_KDF.iterations == 1


@pytest.mark.skipif(sys.platform != "linux", reason="XDG runtime folders are a Linux thing")
def test_scratch_goes_to_the_runtime_folder_when_there_is_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert selftest._default_scratch_parent() == tmp_path / "Satchel"
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "missing"))
    assert selftest._default_scratch_parent() != tmp_path / "missing" / "Satchel"
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert selftest._default_scratch_parent().name == "Satchel"


def test_a_missing_keystore_backend_registration_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "_PLATFORM_KEYSTORES", {sys.platform: "keyring.backends.Nope"})
    with pytest.raises(SelfTestFailure, match=r"does not list keyring\.backends\.Nope"):
        selftest.check_keystore_support(SelfTestRun(scratch=Path(".")))
