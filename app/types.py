"""The vocabulary types the core's modules share, defined once.

``Connection`` is what the core needs of a database connection: ``sqlcipher3`` ships no
type information, so this protocol is the seam strict mypy checks against. Rows stay
``Any`` (their shape is the SQL's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called as long work advances (bytes, records or steps)."""


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int | None: ...

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ..., /) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """A ``sqlcipher3`` (DB-API 2, ``sqlite3``-like) connection, as the core uses it."""

    @property
    def in_transaction(self) -> bool: ...

    @property
    def total_changes(self) -> int: ...

    isolation_level: str | None

    def execute(
        self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ..., /
    ) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...

    def executescript(self, script: str, /) -> Cursor: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

    def close(self) -> None: ...

    def set_progress_handler(self, handler: Callable[[], int | None] | None, n: int, /) -> None:
        """Call ``handler`` every ``n`` virtual-machine steps (to report a long copy)."""
