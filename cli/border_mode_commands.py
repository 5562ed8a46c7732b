"""border-mode and restore: the whole vault sealed into one file before a trip, and rebuilt
from it after (registered by :mod:`cli.border_commands`, imported only when they run,
so the command line, and panic above all, starts without the bundle code)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, SatchelError, VaultExistsError
from app.exchange.border import (
    BorderResult,
    check_bundle_location,
    discard_border_bundle,
    publish_border_bundle,
    restore_from_border,
    seal_for_border,
)
from app.vault import Vault
from app.vault.paths import app_traces
from cli.border_commands import confirmed, say_problems
from cli.console import Console, Session


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
        if not args.yes and not confirmed(console, warning, "Border mode"):
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
    say_problems(session, report)
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
