"""Commands about the vault itself: init, status, verify, passphrase."""

from __future__ import annotations

import argparse

from app.errors import QT_TRANSLATE_NOOP, SatchelError
from app.vault import Vault
from cli.console import Commands, Session, print_json


def register(commands: Commands) -> None:
    commands.add_parser(
        "init", help="create a vault and print its recovery code once"
    ).set_defaults(handler=cmd_init)
    commands.add_parser("status", help="show the vault's security status").set_defaults(
        handler=cmd_status
    )
    commands.add_parser("verify", help="check the database and the audit log").set_defaults(
        handler=cmd_verify
    )
    commands.add_parser("passphrase", help="change the passphrase").set_defaults(
        handler=cmd_passphrase
    )


def cmd_init(session: Session, args: argparse.Namespace) -> int:
    if Vault.exists(session.folder):
        raise SatchelError(
            QT_TRANSLATE_NOOP("Core", "There is already a vault in {folder}; nothing was changed."),
            folder=session.folder,
        )
    passphrase = session.new_passphrase()
    console = session.console
    console.say("Creating the vault (tuning the key derivation takes a few seconds)...")
    vault, recovery_code = Vault.create(session.folder, passphrase, keystore=session.keystore)
    try:
        status = vault.security_status()
    finally:
        vault.lock()
    console.say(f"Vault created in {session.folder}.")
    if not status.device_secret_in_use:
        console.say(
            "Note: no secure system keystore is available, so the vault is protected by the "
            "passphrase alone."
        )
    console.say(
        "Your recovery code is below. It is shown only this once. Write it on paper and keep "
        "it apart from the laptop: it opens the vault if you forget the passphrase or move "
        "to a new computer."
    )
    console.print(recovery_code)
    return 0


def cmd_status(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        status = vault.security_status()
    print_json(session.console, status)
    return 0


def cmd_verify(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        report = vault.verify()
    if not report.ok:
        for problem in report.problems:
            session.console.say(problem)
        raise SatchelError(
            QT_TRANSLATE_NOOP(
                "Core", "The vault failed verification: see the problems listed above."
            )
        )
    entries = report.audit.entries if report.audit else 0
    session.console.print(
        "The vault is intact: the database checks out and the audit log's "
        f"{entries} entries are unbroken."
    )
    return 0


def cmd_passphrase(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        vault.change_passphrase(session.new_passphrase("SATCHEL_NEW_PASSPHRASE"))
    session.console.say("The passphrase was changed.")
    return 0
