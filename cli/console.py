"""What every command shares: the console seam, the unlock session and output helpers."""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, SatchelError
from app.text import printable
from app.vault.keystore import Keystore, system_keystore

if TYPE_CHECKING:  # loaded by the commands that open a vault, not by every start (panic)
    from app.vault import Vault
    from cli.selftest import Step

# Argparse's "add_subparsers" result; the class is private in the standard library.
Commands = Any
Handler = Callable[["Session", argparse.Namespace], int]


def deferred(module: str, name: str) -> Handler:
    """The handler ``name`` of ``module``, imported only when its command runs: the command
    line then starts without loading what other commands need."""

    def run(session: Session, args: argparse.Namespace) -> int:
        handler: Handler = getattr(importlib.import_module(module), name)
        return handler(session, args)

    return run


"""What every command runs: ``handler(session, args)``, returning the exit status."""


class UsageError(SatchelError):
    """The command line itself was wrong."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one sentence, raised rather than printed."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            QT_TRANSLATE_NOOP("Core", "{problem} (see 'satchel --help')."),
            problem=message[0].upper() + message[1:],
        )


class Console:
    """Where the command line reads secrets and writes results; a seam for tests."""

    def __init__(
        self,
        environ: Mapping[str, str] | None = None,
        out: TextIO | None = None,
        err: TextIO | None = None,
    ) -> None:
        self.environ = os.environ if environ is None else environ
        self.out = out or sys.stdout
        self.err = err or sys.stderr

    def print(self, text: str = "") -> None:
        """A result: goes to stdout, with control and format characters shown as escapes
        (text from a bundle never drives the terminal)."""
        print(printable(text, keep_newlines=True), file=self.out)

    def say(self, text: str) -> None:
        """A message about what is happening (not a result): goes to stderr, escaped too."""
        print(printable(text, keep_newlines=True), file=self.err)

    def ask_secret(self, prompt: str) -> str:
        if not sys.stdin.isatty():
            raise SatchelError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "No passphrase was given: run Satchel in a terminal or set SATCHEL_PASSPHRASE.",
                )
            )
        return getpass.getpass(prompt)

    def confirm(self, prompt: str) -> bool:
        if not sys.stdin.isatty():
            return False
        return input(f"{prompt} [y/N] ").strip().lower() in {"y", "yes"}


class Session:
    """What one command needs: the vault folder, the console and the keystore."""

    def __init__(
        self,
        folder: Path,
        console: Console,
        keystore: Keystore | None,
        frontend_selftest_steps: Callable[[], Sequence[Step]] | None = None,
    ) -> None:
        self.folder = folder
        self.console = console
        self._keystore = keystore
        # The desktop app's own self-test steps; the core cannot render windows itself.
        self.frontend_selftest_steps = frontend_selftest_steps

    @property
    def keystore(self) -> Keystore:
        if self._keystore is None:
            self._keystore = system_keystore()
        return self._keystore

    def new_passphrase(self, variable: str = "SATCHEL_PASSPHRASE") -> str:
        """A new passphrase: from ``variable`` for scripts, else asked twice."""
        from app.vault import check_passphrase

        given = self.console.environ.get(variable)
        if given is not None:
            check_passphrase(given)
            return given
        first = self.console.ask_secret("New passphrase: ")
        check_passphrase(first)
        if first != self.console.ask_secret("The same passphrase again: "):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "The two passphrases differ; nothing was changed.")
            )
        return first

    def unlock_secret(self) -> str:
        code = self.console.environ.get("SATCHEL_RECOVERY_CODE")
        if code:
            return code
        given = self.console.environ.get("SATCHEL_PASSPHRASE")
        if given is not None:
            return given
        return self.console.ask_secret("Passphrase (or recovery code): ")

    @contextmanager
    def vault(self) -> Iterator[Vault]:
        """The unlocked vault for the length of one command; locked again afterwards."""
        from app.vault import Vault

        said: list[bool] = []

        def upgrading(_done: int, _total: int) -> None:  # a vault from an earlier version
            if not said:
                said.append(True)
                self.console.say("Updating the vault's storage format (this happens once)…")

        vault = Vault.unlock(
            self.folder, self.unlock_secret(), keystore=self.keystore, progress=upgrading
        )
        try:
            yield vault
        finally:
            vault.lock()


def parse_assignments(items: Sequence[str]) -> dict[str, str]:
    """``["stage=vetting", "unit=в/ч 1"]`` -> ``{"stage": "vetting", "unit": "в/ч 1"}``."""
    fields: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "'{item}' is not of the form FIELD=VALUE."),
                item=item[:60],
            )
        fields[name.strip()] = value
    return fields


def jsonable(value: Any) -> Any:
    """Dataclasses, mappings and sequences as plain JSON values."""
    if is_dataclass(value) and not isinstance(value, type):
        return jsonable(asdict(value))
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """``--json``: the same result for programs instead of people."""
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def print_rows(
    console: Console, items: Sequence[Any], columns: Sequence[str], *, blank: str = "",
    separator: str = "  ",
) -> None:  # fmt: skip
    """One line per item (a dataclass or a dict): its ``columns``, ``blank`` for empty ones."""
    for item in items:
        data = jsonable(item)
        console.print(separator.join(str(data.get(key) or blank) for key in columns))


def print_json(console: Console, value: Any) -> None:
    console.print(json.dumps(jsonable(value), ensure_ascii=False, indent=2, sort_keys=True))


def print_tree(console: Console, value: Any, depth: int = 0) -> None:
    """Nested data as indented ``key: value`` lines, for people rather than programs."""
    pad = "  " * depth
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                console.print(f"{pad}{key}:")
                print_tree(console, item, depth + 1)
            else:
                console.print(f"{pad}{key}: {'' if item in (None, [], {}) else item}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list):
                console.print(f"{pad}-")
                print_tree(console, item, depth + 1)
            else:
                console.print(f"{pad}- {item}")
