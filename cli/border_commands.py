"""Commands for crossing a border: panic, duress, unlock-limit, border-mode and restore.

``panic`` needs no passphrase: it must work in a hurry or under pressure, and the command
line starts without the bundle code (border-mode and restore live in
:mod:`cli.border_mode_commands`, imported only when one of them runs) and without the
vault's database code (``app.vault.Vault`` and the unlock limit are imported by the
commands that unlock). It asks for a
typed word when run in a terminal, refuses to guess when it cannot ask, and ``--yes``
skips the question for scripts and shortcuts. ``border-mode`` asks the same way, after the
passphrase: it seals the whole vault into one file, checks it, prints the border code once
and wipes the vault. ``restore`` rebuilds the vault from that file and code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, SatchelError
from app.vault.files import KEYSLOTS_NAME
from app.vault.paths import app_traces
from app.vault.wipe import WipeReport, panic_wipe
from cli.console import Commands, Console, Session, deferred

CONFIRM_WORD = "WIPE"


def register(commands: Commands) -> None:
    panic = commands.add_parser(
        "panic", help="destroy the vault, its keys, settings and caches now (no passphrase)"
    )
    panic.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    panic.set_defaults(handler=cmd_panic)
    _register_duress(commands)
    _register_unlock_limit(commands)
    _register_border_mode(commands)


def _register_border_mode(commands: Commands) -> None:
    border = commands.add_parser(
        "border-mode",
        help="before a trip: seal the whole vault into FILE, print its code once, wipe the vault",
    )
    border.add_argument(
        "-o", "--output", required=True, metavar="FILE",
        help="where to write the border bundle (outside the vault folder)",
    )  # fmt: skip
    border.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    border.set_defaults(handler=deferred("cli.border_mode_commands", "cmd_border_mode"))
    restore = commands.add_parser(
        "restore",
        help="after a trip: rebuild the vault from a border bundle "
        "(code from $SATCHEL_BORDER_KEY, else asked)",
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=deferred("cli.border_mode_commands", "cmd_restore"))


def _register_duress(commands: Commands) -> None:
    duress = commands.add_parser("duress", help="set or remove the duress passphrase")
    actions = duress.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "set", help="set it (from $SATCHEL_DURESS_PASSPHRASE, else asked twice)"
    ).set_defaults(handler=cmd_duress_set)
    actions.add_parser("clear", help="remove it").set_defaults(handler=cmd_duress_clear)


def _register_unlock_limit(commands: Commands) -> None:
    limit = commands.add_parser("unlock-limit", help="wipe the vault after N failed unlocks")
    actions = limit.add_subparsers(dest="action", metavar="ACTION", required=True)
    set_parser = actions.add_parser("set", help="switch it on: N wrong attempts in a row wipe")
    set_parser.add_argument("limit", type=_whole_number, metavar="N")
    set_parser.set_defaults(handler=cmd_limit_set)
    actions.add_parser("off", help="switch it off").set_defaults(handler=cmd_limit_off)
    actions.add_parser("show", help="show the limit (no passphrase needed)").set_defaults(
        handler=cmd_limit_show
    )


def _whole_number(text: str) -> int:
    if not text.isdigit() or len(text) > 4:
        raise argparse.ArgumentTypeError(f"'{text[:20]}' is not a whole number")
    return int(text)


# -- panic -----------------------------------------------------------------------------------


def cmd_panic(session: Session, args: argparse.Namespace) -> int:
    console = session.console
    if not args.yes and not confirmed(console, "This destroys the vault for good.", "Panic"):
        raise SatchelError(QT_TRANSLATE_NOOP("Core", "Nothing was wiped."))
    try:
        had_vault = (session.folder / KEYSLOTS_NAME).is_file()  # Vault.exists, without imports
    except OSError:  # a drive pulled out: the wipe goes on and says what it could not do
        had_vault = True

    def say_done(report: WipeReport) -> None:  # before the large files' deletion ends
        if had_vault and report.key_file_destroyed and not report.problems:
            console.say(
                "The vault was wiped: neither the passphrase nor the recovery code opens it."
            )

    _wipe(session, say_done)
    if not had_vault:
        console.say(f"There was no vault in {session.folder}; Satchel's settings were removed.")
    return 0


def _wipe(session: Session, on_unrecoverable: Callable[[WipeReport], object] | None) -> None:
    """Panic-wipe the vault, its keys, settings and caches; say what went wrong, if anything."""
    # The keystore opens only after the key-slot file is gone: seconds count here.
    report = panic_wipe(
        session.folder,
        lambda: session.keystore,
        app_traces(),
        on_unrecoverable=on_unrecoverable,
    )
    say_problems(session, report)


def say_problems(session: Session, report: WipeReport) -> None:
    for problem in report.problems:
        session.console.say(problem)
    if report.problems:
        raise SatchelError(
            QT_TRANSLATE_NOOP(
                "Core", "The wipe did not finish cleanly: see the problems listed above."
            )
        )


def confirmed(console: Console, warning: str, command: str) -> bool:
    """Ask for the word to be typed; without a terminal, refuse rather than assume."""
    if not sys.stdin.isatty():
        raise SatchelError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{command} asks for confirmation in a terminal; add --yes to wipe without asking.",
            ),
            command=command,
        )
    console.say(f"{warning} Type {CONFIRM_WORD} to go on: ")
    return sys.stdin.readline().strip() == CONFIRM_WORD


# -- duress ----------------------------------------------------------------------------------


def cmd_duress_set(session: Session, args: argparse.Namespace) -> int:
    duress = _duress_passphrase(session)
    with session.vault() as vault:
        vault.set_duress(duress)
    session.console.say(
        "The duress passphrase was set: entering it at unlock silently wipes this vault "
        "and opens an empty one."
    )
    return 0


def cmd_duress_clear(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        vault.clear_duress()
    session.console.say("The duress passphrase was removed.")
    return 0


def _duress_passphrase(session: Session) -> str:
    given = session.console.environ.get("SATCHEL_DURESS_PASSPHRASE")
    if given is not None:
        return given
    first = session.console.ask_secret("Duress passphrase: ")
    if first != session.console.ask_secret("The same duress passphrase again: "):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "The two passphrases differ; nothing was changed.")
        )
    return first


# -- unlock limit ----------------------------------------------------------------------------


def cmd_limit_set(session: Session, args: argparse.Namespace) -> int:
    from app.vault import unlock_limit

    limit = unlock_limit.check_limit(args.limit)
    with session.vault() as vault:
        vault.change_limit(limit)
    session.console.say(
        f"From now on, {limit} wrong passphrases in a row wipe the vault. Anyone who looks "
        "in the vault folder can see that this limit is set."
    )
    return 0


def cmd_limit_off(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        vault.change_limit(None)
    session.console.say("Wrong passphrases no longer wipe the vault.")
    return 0


def cmd_limit_show(session: Session, args: argparse.Namespace) -> int:
    from app.vault import Vault, unlock_limit

    if not Vault.exists(session.folder):
        raise SatchelError(
            QT_TRANSLATE_NOOP("Core", "There is no Satchel vault in {folder}."),
            folder=session.folder,
        )
    state = unlock_limit.read_limit(session.folder)
    if state is None:
        session.console.print("off")
    else:
        session.console.print(
            f"{state.limit} wrong passphrases in a row wipe the vault; "
            f"{state.attempts_left} attempts left."
        )
    return 0
