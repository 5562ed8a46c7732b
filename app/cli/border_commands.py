"""Commands for crossing a border: panic, duress, unlock-limit, border-mode and restore.

``panic`` needs no passphrase: it must work in a hurry or under pressure. It asks for a
typed word when run in a terminal, refuses to guess when it cannot ask, and ``--yes``
skips the question for scripts and shortcuts. ``border-mode`` asks the same way, after the
passphrase: it seals the whole vault into one file, checks it, prints the border code once
and wipes the vault. ``restore`` rebuilds the vault from that file and code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app import unlock_limit
from app.border import (
    BorderResult,
    check_bundle_location,
    discard_border_bundle,
    publish_border_bundle,
    restore_from_border,
    seal_for_border,
)
from app.cli.console import Commands, Console, Session
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, SatchelError, VaultExistsError
from app.paths import app_traces
from app.vault import Vault
from app.wipe import WipeReport, panic_wipe

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
    border.set_defaults(handler=cmd_border_mode)
    restore = commands.add_parser(
        "restore",
        help="after a trip: rebuild the vault from a border bundle "
        "(code from $SATCHEL_BORDER_KEY, else asked)",
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=cmd_restore)


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
    if not args.yes and not _confirmed(console, "This destroys the vault for good.", "Panic"):
        raise SatchelError(QT_TRANSLATE_NOOP("Core", "Nothing was wiped."))
    had_vault = Vault.exists(session.folder)

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
    _say_problems(session, report)


def _say_problems(session: Session, report: WipeReport) -> None:
    for problem in report.problems:
        session.console.say(problem)
    if report.problems:
        raise SatchelError(
            QT_TRANSLATE_NOOP(
                "Core", "The wipe did not finish cleanly: see the problems listed above."
            )
        )


def _confirmed(console: Console, warning: str, command: str) -> bool:
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


# -- border mode and restore -----------------------------------------------------------------


def cmd_border_mode(session: Session, args: argparse.Namespace) -> int:
    console = session.console
    output = Path(args.output).expanduser()
    check_bundle_location(output, session.folder)
    if not Vault.exists(session.folder):
        raise SatchelError(
            QT_TRANSLATE_NOOP("Core", "There is no Satchel vault in {folder}."),
            folder=session.folder,
        )
    with session.vault() as vault:
        warning = (
            f"Border mode seals the whole vault into {output}, shows its code once, then "
            "wipes the vault from this computer."
        )
        if not args.yes and not _confirmed(console, warning, "Border mode"):
            raise SatchelError(QT_TRANSLATE_NOOP("Core", "Nothing was sealed or wiped."))
        # From the seal to the wipe no other process may open the vault: nothing saved
        # elsewhere in between could be in the bundle, and it would be lost with the wipe.
        with vault.exclusive("border"):
            result = seal_for_border(vault.store, output, hold=True, record_in=vault.folder)
            try:
                _show_border_code(console, result)
                publish_border_bundle(result)
            except BaseException:
                discard_border_bundle(result)
                raise
            report = vault.wipe(app_traces())
    _say_problems(session, report)
    console.say(
        "The vault was wiped. After the crossing, run 'satchel restore FILE' with the border code."
    )
    return 0


def _show_border_code(console: Console, result: BorderResult) -> None:
    console.say(
        f"Sealed {result.cases} case(s) and {result.attachments} attachment(s) into "
        f"{result.path} ({result.size} bytes); the bundle was opened and checked."
    )
    console.say(
        "The border code is below, shown only this once. Write it down or hand it to a "
        "trusted colleague: without it the bundle cannot be opened, and with it anyone can."
    )
    console.print(result.code)
    console.out.flush()


def cmd_restore(session: Session, args: argparse.Namespace) -> int:
    console = session.console
    bundle = Path(args.file).expanduser()
    if Vault.exists(session.folder):
        raise VaultExistsError(
            QT_TRANSLATE_NOOP(
                "Core", "There is already a Satchel vault in {folder}; nothing was changed."
            ),
            folder=session.folder,
        )
    if not bundle.is_file():
        raise SatchelError(QT_TRANSLATE_NOOP("Core", "There is no file {bundle}."), bundle=bundle)
    code = console.environ.get("SATCHEL_BORDER_KEY") or console.ask_secret("Border code: ")
    passphrase = session.new_passphrase()
    vault, recovery_code = restore_from_border(
        session.folder, bundle, code, passphrase, keystore=session.keystore
    )
    try:
        cases = vault.store.count_cases()
    finally:
        vault.lock()
    console.say(f"The vault was restored in {session.folder} with {cases} case(s).")
    console.say(
        "Your new recovery code is below. It is shown only this once. Write it on paper and "
        "keep it apart from the laptop; the old recovery code no longer opens anything."
    )
    console.print(recovery_code)
    return 0


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
