"""Background work on the vault: one database thread, results as Qt signals.

sqlcipher3 connections belong to the thread that opened them, and the window must never
freeze while the vault works. So every vault has exactly one owner, :class:`DatabaseThread`:
the vault is created or unlocked *on* that thread, every store call runs there, one after
the other, and it is locked there. Widgets never touch the vault; they hand the thread a
function and get the answer back on the GUI thread (Anki's ``CollectionOp`` habit)::

    VaultTask(db, lambda vault: vault.store.count_cases(), parent=self) \\
        .success(self._show_count).failure(self._show_error).run_in_background()

The core reports progress through a plain ``progress(done, total)`` callback; a task made
with :meth:`VaultTask.with_progress` receives one, and each call becomes the ``progressed``
signal. A task whose parent widget is gone by the time its answer arrives is simply dropped.
"""

from __future__ import annotations

import itertools
import queue
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import sqlcipher3
from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.errors import VaultLockedError
from app.types import Progress as Progress  # re-exported for the screens

if TYPE_CHECKING:
    from app.vault import Vault

T = TypeVar("T")
VaultWork = Callable[["Vault", Progress], Any]
Opener = Callable[[], tuple["Vault", Any]]
ReportingOpener = Callable[[Progress], tuple["Vault", Any]]
WorkFactory = Callable[[int], Callable[[], Any]]


@dataclass
class _Job:
    """One piece of work for the database thread (functions close over secrets: no repr)."""

    job_id: int
    work: Callable[[], Any] = field(repr=False)


_STOP = object()


class _Worker(QThread):
    """The thread itself: takes jobs from a queue, runs them in order, reports each result."""

    def __init__(self, owner: DatabaseThread) -> None:
        super().__init__(owner)  # the QThread object lives on the GUI thread; run() does not
        self._jobs: queue.SimpleQueue[_Job | object] = queue.SimpleQueue()
        self._owner = owner

    def submit(self, job: _Job | object) -> None:
        self._jobs.put(job)

    def run(self) -> None:
        while True:
            job = self._jobs.get()
            if not isinstance(job, _Job):
                return
            before = self._changes()
            try:
                result = job.work()
            except BaseException as exc:  # every failure goes back to the GUI, none kill us
                self._owner.job_failed.emit(job.job_id, exc)
            else:
                self._owner.job_succeeded.emit(job.job_id, result)
            if self._changes() > before:
                self._owner.vault_changed.emit()

    def _changes(self) -> int:
        vault = self._owner._vault  # this thread's own
        try:
            return 0 if vault is None else vault.change_count
        except sqlcipher3.ProgrammingError:  # closed by the job itself: nothing to report
            return 0


class DatabaseThread(QObject):
    """The one owner of the open vault: opens, uses and locks it on its own thread.

    The vault object never leaves that thread; the GUI only learns whether one is open
    (``is_open``) and receives the results of the functions it submitted. A failure that
    no task handles is re-emitted as ``unhandled_failure`` for the main window to show.
    """

    job_succeeded = Signal(int, object)
    job_failed = Signal(int, object)
    job_progressed = Signal(int, int, int)
    opened = Signal()
    locked = Signal()
    vault_changed = Signal()
    """After a task that wrote to the vault (any task: a save, an import, demo cases...),
    after its own result: the one signal screens that show vault data reload on."""
    unhandled_failure = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None  # touched only on the worker thread
        self._is_open = False  # the GUI's view, changed only on the GUI thread
        self._ids = itertools.count(1)
        self._tasks: dict[int, VaultTask[Any]] = {}
        self._worker = _Worker(self)
        self._worker.setObjectName("satchel-database")
        self.job_succeeded.connect(self._deliver_success)
        self.job_failed.connect(self._deliver_failure)
        self.job_progressed.connect(self._deliver_progress)
        self._worker.start()

    @property
    def is_open(self) -> bool:
        return self._is_open

    def is_running(self) -> bool:
        return self._worker.isRunning()

    # --- opening, locking, stopping -----------------------------------------------------

    def open_vault(self, opener: Opener, *, parent: QObject) -> VaultTask[Any]:
        """Create or unlock a vault on the database thread: ``opener`` runs there.

        ``opener`` returns the vault and one more value for the GUI (the recovery code of a
        new vault, the security status of an unlocked one). The task succeeds with that
        value once the vault is open (``opened`` is emitted first) and fails with the
        core's error, e.g. WrongPassphraseError, leaving no vault open.
        Call ``run_in_background()`` on it.
        """
        return self.open_vault_reporting(lambda _progress: opener(), parent=parent)

    def open_vault_reporting(self, opener: ReportingOpener, *, parent: QObject) -> VaultTask[Any]:
        """Like :meth:`open_vault`, for an opener that takes a ``progress(done, total)``
        callback (an unlock that upgrades the database): each call becomes the task's
        ``progressed`` signal."""
        task: VaultTask[Any] = VaultTask(self, parent=parent, make_work=self._opening(opener))
        # Connected before any caller's handler, so ``is_open`` is true when they run.
        task.succeeded.connect(lambda _result: self._mark_open(True))
        return task

    def lock_vault(self, *, parent: QObject) -> VaultTask[None]:
        """Lock the open vault on its thread; ``locked`` is emitted once it is closed.

        From this call on the GUI treats the vault as locked, even before the thread got
        to it: nothing new should be started against a vault the user just locked.
        """
        self._is_open = False
        task: VaultTask[None] = VaultTask(
            self, parent=parent, make_work=lambda _id: self._lock_here
        )
        task.succeeded.connect(lambda _result: self._mark_open(False))
        task.failed.connect(lambda _error: self._mark_open(False))
        return task

    def stop(self) -> None:
        """Lock the vault and end the thread, after the work already queued (app exit)."""
        if not self._worker.isRunning():
            return
        self._worker.submit(_Job(0, self._lock_here))
        self._worker.submit(_STOP)
        self._worker.wait()
        self._is_open = False
        self._tasks.clear()

    def _mark_open(self, is_open: bool) -> None:
        self._is_open = is_open
        (self.opened if is_open else self.locked).emit()

    # --- used by VaultTask, on the GUI thread --------------------------------------------

    def enqueue(self, task: VaultTask[Any], make_work: WorkFactory) -> None:
        """Give the task an id and queue its work; the thread runs jobs in order."""
        if not self._worker.isRunning():
            raise RuntimeError("the database thread has been stopped")
        job_id = next(self._ids)
        self._tasks[job_id] = task
        task.destroyed.connect(lambda _=None, job_id=job_id: self._tasks.pop(job_id, None))
        self._worker.submit(_Job(job_id, make_work(job_id)))

    def using_vault(self, fn: VaultWork) -> WorkFactory:
        """Work that hands the open vault and a progress reporter to ``fn``."""

        def make_work(job_id: int) -> Callable[[], Any]:
            def progress(done: int, total: int) -> None:
                self.job_progressed.emit(job_id, done, total)

            def work() -> Any:
                if self._vault is None:
                    raise VaultLockedError("The vault is locked; unlock it first.")
                return fn(self._vault, progress)

            return work

        return make_work

    # --- on the worker thread ------------------------------------------------------------

    def _opening(self, opener: ReportingOpener) -> WorkFactory:
        def make_work(job_id: int) -> Callable[[], Any]:
            def progress(done: int, total: int) -> None:
                self.job_progressed.emit(job_id, done, total)

            def work() -> Any:
                self._lock_here()
                self._vault, extra = opener(progress)
                return extra

            return work

        return make_work

    def _lock_here(self) -> None:
        vault, self._vault = self._vault, None
        if vault is not None:
            vault.lock()

    # --- results, back on the GUI thread -------------------------------------------------

    @Slot(int, object)
    def _deliver_success(self, job_id: int, result: object) -> None:
        task = self._tasks.pop(job_id, None)
        if task is not None:
            task.finish(result)

    @Slot(int, object)
    def _deliver_failure(self, job_id: int, error: object) -> None:
        task = self._tasks.pop(job_id, None)
        if not isinstance(error, BaseException):
            error = RuntimeError("the database thread reported a failure without an error")
        if task is None:
            return
        if not task.fail(error):
            self.unhandled_failure.emit(error)

    @Slot(int, int, int)
    def _deliver_progress(self, job_id: int, done: int, total: int) -> None:
        task = self._tasks.get(job_id)
        if task is not None:
            task.progressed.emit(done, total)


class VaultTask(QObject, Generic[T]):
    """One function to run against the vault on the database thread.

    Signals arrive on the GUI thread: ``succeeded(result)``, ``failed(error)`` and
    ``progressed(done, total)``. :meth:`success`, :meth:`failure` and :meth:`on_progress`
    connect handlers and return the task, so a call reads like a sentence. The task is
    deleted once it has answered; its parent (the widget that asked) bounds its life.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(
        self,
        db: DatabaseThread,
        fn: Callable[[Vault], T] | None = None,
        *,
        parent: QObject,
        make_work: WorkFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        if make_work is None:
            if fn is None:
                raise TypeError("VaultTask needs a function to run")
            work_fn = fn
            make_work = db.using_vault(lambda vault, _progress: work_fn(vault))
        self._make_work = make_work
        self._handles_failure = False

    @classmethod
    def with_progress(
        cls, db: DatabaseThread, fn: Callable[[Vault, Progress], T], *, parent: QObject
    ) -> VaultTask[T]:
        """A task whose function also takes the core's ``progress(done, total)`` callback."""
        return cls(db, parent=parent, make_work=db.using_vault(fn))

    def success(self, handler: Callable[[T], object]) -> VaultTask[T]:
        self.succeeded.connect(handler)
        return self

    def failure(self, handler: Callable[[BaseException], object]) -> VaultTask[T]:
        self._handles_failure = True
        self.failed.connect(handler)
        return self

    def on_progress(self, handler: Callable[[int, int], object]) -> VaultTask[T]:
        self.progressed.connect(handler)
        return self

    def run_in_background(self) -> VaultTask[T]:
        """Queue the work on the database thread and return at once."""
        self._db.enqueue(self, self._make_work)
        return self

    def finish(self, result: object) -> None:
        self.succeeded.emit(result)
        self.deleteLater()

    def fail(self, error: BaseException) -> bool:
        """Report ``error``; False when no failure handler was there to hear it."""
        self.failed.emit(error)
        self.deleteLater()
        return self._handles_failure
