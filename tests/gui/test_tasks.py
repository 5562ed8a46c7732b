"""The database thread: one owner for the vault, answers as signals on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import sqlcipher3
from PySide6.QtCore import QObject

from app.errors import SatchelError, VaultLockedError
from ui.tasks import DatabaseThread, VaultTask


class ConnectionVault:
    """The smallest thing the thread can own: a real SQLCipher connection, made where opened."""

    def __init__(self) -> None:
        self.connection = sqlcipher3.connect(":memory:")
        self.connection.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
        self.connection.execute("CREATE TABLE t (n INTEGER)")
        self.made_on = threading.get_ident()
        self.locked = False

    def lock(self) -> None:
        self.connection.close()
        self.locked = True

    @property
    def change_count(self) -> int:
        return int(self.connection.total_changes)


def open_connection_vault(db: DatabaseThread, owner: QObject, qtbot: Any) -> None:
    task = db.open_vault(lambda: (ConnectionVault(), None), parent=owner)
    with qtbot.waitSignal(db.opened):
        task.run_in_background()
    assert db.is_open


def run(qtbot: Any, task: VaultTask[Any]) -> Any:
    with qtbot.waitSignal(task.succeeded) as blocker:
        task.run_in_background()
    return blocker.args[0]


def test_work_runs_on_one_thread_that_is_not_the_gui_thread(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)
    threads = {
        run(qtbot, VaultTask(db_thread, lambda v: threading.get_ident(), parent=owner))
        for _ in range(5)
    }
    assert len(threads) == 1
    assert threading.get_ident() not in threads


def test_sqlcipher_connection_opened_on_the_thread_is_usable_by_every_task(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)

    def insert_and_count(vault: ConnectionVault) -> int:
        vault.connection.execute("INSERT INTO t VALUES (1)")
        return vault.connection.execute("SELECT count(*) FROM t").fetchone()[0]

    counts = [run(qtbot, VaultTask(db_thread, insert_and_count, parent=owner)) for _ in range(3)]
    assert counts == [1, 2, 3]


def test_the_same_connection_refuses_the_gui_thread(db_thread, owner, qtbot):
    """Why the thread exists: sqlcipher3 connections are bound to their thread."""
    open_connection_vault(db_thread, owner, qtbot)
    vault = run(qtbot, VaultTask(db_thread, lambda v: v, parent=owner))
    with pytest.raises(sqlcipher3.ProgrammingError):
        vault.connection.execute("SELECT 1")


def test_result_arrives_on_the_gui_thread(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)
    seen: list[int] = []
    task = VaultTask(db_thread, lambda v: 42, parent=owner).success(
        lambda _r: seen.append(threading.get_ident())
    )
    assert run(qtbot, task) == 42
    assert seen == [threading.get_ident()]


def test_a_satchel_error_reaches_the_failure_handler_with_its_sentence(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)

    def refuse(_vault: Any) -> None:
        raise SatchelError("The case is closed.")

    errors: list[BaseException] = []
    task = VaultTask(db_thread, refuse, parent=owner).failure(errors.append)
    with qtbot.waitSignal(task.failed):
        task.run_in_background()
    assert [str(e) for e in errors] == ["The case is closed."]


def test_without_an_open_vault_tasks_fail_as_locked(db_thread, owner, qtbot):
    task = VaultTask(db_thread, lambda v: 1, parent=owner).failure(lambda e: None)
    with qtbot.waitSignal(task.failed) as blocker:
        task.run_in_background()
    assert isinstance(blocker.args[0], VaultLockedError)


def test_locking_closes_the_vault_on_its_thread_and_later_tasks_fail(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)
    vault = run(qtbot, VaultTask(db_thread, lambda v: v, parent=owner))
    with qtbot.waitSignal(db_thread.locked):
        db_thread.lock_vault(parent=owner).run_in_background()
    assert vault.locked and not db_thread.is_open
    task = VaultTask(db_thread, lambda v: 1, parent=owner).failure(lambda e: None)
    with qtbot.waitSignal(task.failed) as blocker:
        task.run_in_background()
    assert isinstance(blocker.args[0], VaultLockedError)


def test_a_failing_opener_leaves_no_vault_open(db_thread, owner, qtbot):
    def wrong() -> tuple[ConnectionVault, None]:
        raise SatchelError("The passphrase is wrong.")

    task = db_thread.open_vault(wrong, parent=owner).failure(lambda e: None)
    with qtbot.waitSignal(task.failed) as blocker:
        task.run_in_background()
    assert str(blocker.args[0]) == "The passphrase is wrong."
    assert not db_thread.is_open


def test_progress_callback_becomes_signals_in_order(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)

    def work(_vault: Any, progress: Any) -> str:
        for done in range(1, 4):
            progress(done, 3)
        return "done"

    seen: list[tuple[int, int]] = []
    task = VaultTask.with_progress(db_thread, work, parent=owner).on_progress(
        lambda d, t: seen.append((d, t))
    )
    assert run(qtbot, task) == "done"
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_tasks_run_in_the_order_they_were_given(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)
    order: list[int] = []
    tasks = [
        VaultTask(db_thread, lambda v, i=i: i, parent=owner).success(order.append)
        for i in range(10)
    ]
    with qtbot.waitSignal(tasks[-1].succeeded):
        for task in tasks:
            task.run_in_background()
    assert order == list(range(10))


def test_an_answer_for_a_closed_widget_is_dropped(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)
    gate = threading.Event()
    widget = QObject(owner)
    heard: list[object] = []
    task = VaultTask(db_thread, lambda v: gate.wait(5), parent=widget).success(heard.append)
    task.run_in_background()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not db_thread._tasks)
    gate.set()
    marker = run(qtbot, VaultTask(db_thread, lambda v: "after", parent=owner))
    assert marker == "after"
    assert heard == []


def test_a_failure_nobody_handles_is_reported_by_the_thread(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)

    def broken(_vault: Any) -> None:
        raise ValueError("bug")

    with qtbot.waitSignal(db_thread.unhandled_failure) as blocker:
        VaultTask(db_thread, broken, parent=owner).run_in_background()
    assert isinstance(blocker.args[0], ValueError)


def test_after_stop_nothing_more_is_accepted(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)
    vault = run(qtbot, VaultTask(db_thread, lambda v: v, parent=owner))
    db_thread.stop()
    assert vault.locked and not db_thread.is_running()
    with pytest.raises(RuntimeError):
        VaultTask(db_thread, lambda v: 1, parent=owner).run_in_background()


def test_a_task_that_writes_announces_that_the_vault_changed(db_thread, owner, qtbot):
    open_connection_vault(db_thread, owner, qtbot)
    changes: list[bool] = []
    db_thread.vault_changed.connect(lambda: changes.append(True))
    run(qtbot, VaultTask(db_thread, lambda v: v.connection.execute("SELECT 1").fetchone(),
                         parent=owner))  # fmt: skip
    with qtbot.waitSignal(db_thread.vault_changed):
        run(qtbot, VaultTask(db_thread, lambda v: v.connection.execute(
            "INSERT INTO t VALUES (7)").rowcount, parent=owner))  # fmt: skip
    assert changes == [True]  # the read said nothing, the write once
