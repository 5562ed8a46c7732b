"""``satchel dossier ID --lang fr -o FILE``: one case as a PDF for the authorities."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.dossier import LANGUAGES, save_dossier
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from cli.console import Commands, Session

_NOT_ENCRYPTED = (
    "The dossier is a plain PDF, not encrypted: anyone who gets the file can read it. "
    "Keep it only as long as you need it."
)


def register(commands: Commands) -> None:
    dossier = commands.add_parser(
        "dossier",
        help="write one case as a PDF for the authorities (not encrypted)",
        description="Write one case as a PDF dossier in French, German or English, for a "
        "request for entry documents or protection. " + _NOT_ENCRYPTED,
    )
    dossier.add_argument("id", metavar="ID", help="case id or a unique prefix of it")
    dossier.add_argument("--lang", required=True, choices=LANGUAGES, help="language of the dossier")
    dossier.add_argument("-o", "--output", required=True, metavar="FILE", help="PDF to write")
    dossier.add_argument(
        "--profile",
        default="referral",
        help="what to include: referral (default), status or full",
    )
    dossier.add_argument(
        "--organisation", help="who prepared it (default: this vault's name on its card)"
    )
    dossier.set_defaults(handler=cmd_dossier)


def cmd_dossier(session: Session, args: argparse.Namespace) -> int:
    from app.exchange.identity import VaultIdentity

    target = Path(args.output)
    if target.suffix.lower() != ".pdf":
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "The dossier's file name must end in .pdf.")
        )
    with session.vault() as vault:
        organisation = args.organisation or VaultIdentity.load_or_create(vault.store).card.name
        size = save_dossier(
            vault.store, args.id, target, language=args.lang, profile=args.profile,
            organisation=organisation, record_in=vault.folder,
        )  # fmt: skip
    session.console.say(f"Wrote {target} ({size:,} bytes). {_NOT_ENCRYPTED}")
    return 0
