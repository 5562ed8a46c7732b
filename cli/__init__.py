"""The ``satchel`` command line: every core operation, scriptable.

Secrets come from the terminal (never echoed) or, for automation, from
``SATCHEL_PASSPHRASE`` / ``SATCHEL_RECOVERY_CODE``. Every failure ends with one sentence on
stderr and a non-zero exit status; tracebacks are never shown (set ``SATCHEL_DEBUG=1`` to
see one while developing). Each group of commands lives in its own module with a
``register(commands)`` function that adds its parsers and their handlers.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import SatchelError
from app.leftovers import clean_vault_leftovers
from app.vault.keystore import Keystore
from app.vault.paths import default_vault_dir, restrict_umask
from cli.console import Console, Parser, Session, UsageError

if TYPE_CHECKING:
    from cli.selftest import Step

__all__ = ["Console", "build_parser", "main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

GuiStarter = Callable[[Path], int]
COMMAND_GROUPS: dict[str, tuple[str, ...]] = {
    "cli.vault_commands": ("init", "status", "verify", "passphrase"),
    "cli.case_commands": ("case", "check", "note", "statement", "event", "attach", "search",
                          "demo"),
    "cli.contact_commands": ("identity", "contact"),
    "cli.border_commands": ("panic", "duress", "unlock-limit", "border-mode", "restore"),
    "cli.bundle_commands": ("export", "import", "bundles"),
    "cli.dossier_command": ("dossier",),
    "cli.vetting_commands": ("vetting",),
    "cli.selftest_command": ("selftest",),
}  # fmt: skip
"""Each module with a ``register(commands)`` function, and the commands it adds.

A command imports only its own group: ``satchel panic`` must not wait for the bundle,
dossier and store code the other groups load (tests check that this table matches what
each group registers)."""


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: with only the group of its command when that is clear,
    with every command otherwise (``--help``, no command, a mistyped one)."""
    parser = Parser(
        prog="satchel",
        description="Satchel: an encrypted, offline case manager. "
        "Without a command, starts the desktop app.",
    )
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="vault folder (default: $SATCHEL_VAULT, else the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in groups_for(command_word(argv) if argv is not None else None):
        importlib.import_module(group).register(commands)
    return parser


def groups_for(command: str | None) -> list[str]:
    """The command groups to register for ``command``: its own, or all of them."""
    for group, names in COMMAND_GROUPS.items():
        if command in names:
            return [group]
    return list(COMMAND_GROUPS)


def command_word(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, if it surely names one: the first word after the global
    options (only ``--vault DIR``). Anything unusual gives None, and so the full parser."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--vault":
            index += 2
        elif word.startswith("--vault="):
            index += 1
        else:
            return None if word.startswith("-") else word
    return None


def main(
    argv: Sequence[str] | None = None,
    *,
    start_gui: GuiStarter | None = None,
    console: Console | None = None,
    keystore: Keystore | None = None,
    selftest_steps: Callable[[], Sequence[Step]] | None = None,
) -> int:
    """Run one command; returns the exit status.

    ``start_gui`` and ``selftest_steps`` come from the desktop app (``ui.launcher``): how to
    start it, and the self-test steps only it can run.
    """
    restrict_umask()
    console = console or Console()
    folder: Path | None = None
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(words).parse_args(words)
        folder = Path(args.vault).expanduser() if args.vault else default_vault_dir(console.environ)
        session = Session(folder, console, keystore, selftest_steps)
        with contextlib.suppress(OSError, SatchelError):  # never in the way of a command
            clean_vault_leftovers(folder, lambda: session.keystore)
        if args.command is None:
            return _start_gui(folder, console, start_gui)
        handler: Callable[[Session, argparse.Namespace], int] = args.handler
        return handler(session, args)
    except UsageError as exc:
        console.say(str(exc))
        return EXIT_USAGE
    except SatchelError as exc:
        from app import diskfull  # loads SQLCipher: only when something failed

        console.say(str(diskfull.translate(exc)))
        return EXIT_ERROR
    except KeyboardInterrupt:
        console.say("Interrupted; the last step was not saved.")
        return EXIT_INTERRUPTED
    except OSError as exc:
        if os.environ.get("SATCHEL_DEBUG"):
            raise
        console.say(_os_error_sentence(exc))
        return EXIT_ERROR
    except Exception as exc:
        from app import diskfull

        if diskfull.is_disk_full(exc) or (folder is not None and diskfull.is_full_at(exc, folder)):
            console.say(diskfull.DISK_FULL)
            return EXIT_ERROR
        if os.environ.get("SATCHEL_DEBUG"):
            raise
        console.say(
            f"Satchel hit an internal error ({type(exc).__name__}); "
            "the step that failed was not saved."
        )
        return EXIT_INTERNAL


def _start_gui(folder: Path, console: Console, start_gui: GuiStarter | None) -> int:
    if start_gui is None:
        console.say(
            "The desktop app is not part of this build; every task works from the commands "
            "listed by 'satchel --help'."
        )
        return EXIT_ERROR
    return start_gui(folder)


def _os_error_sentence(exc: OSError) -> str:
    from app import diskfull

    if diskfull.is_disk_full(exc):
        return diskfull.DISK_FULL
    if isinstance(exc, PermissionError):
        return f"Satchel may not read or write {exc.filename or 'a file it needs'}."
    if isinstance(exc, FileNotFoundError):
        return f"There is no file {exc.filename}."
    return f"A file could not be read or written ({exc.strerror or type(exc).__name__})."
