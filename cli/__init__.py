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
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from app import diskfull
from app.errors import SatchelError
from app.leftovers import clean_vault_leftovers
from app.vault.keystore import Keystore
from app.vault.paths import default_vault_dir, restrict_umask
from cli import (
    border_commands,
    bundle_commands,
    case_commands,
    contact_commands,
    dossier_command,
    selftest_command,
    vault_commands,
    vetting_commands,
)
from cli.console import Console, Parser, Session, UsageError
from cli.selftest import Step

__all__ = ["Console", "build_parser", "main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

GuiStarter = Callable[[Path], int]
COMMAND_GROUPS = (
    vault_commands,
    case_commands,
    contact_commands,
    border_commands,
    bundle_commands,
    dossier_command,
    vetting_commands,
    selftest_command,
)


def build_parser() -> argparse.ArgumentParser:
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
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


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
    try:
        args = build_parser().parse_args(argv)
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
    if diskfull.is_disk_full(exc):
        return diskfull.DISK_FULL
    if isinstance(exc, PermissionError):
        return f"Satchel may not read or write {exc.filename or 'a file it needs'}."
    if isinstance(exc, FileNotFoundError):
        return f"There is no file {exc.filename}."
    return f"A file could not be read or written ({exc.strerror or type(exc).__name__})."
