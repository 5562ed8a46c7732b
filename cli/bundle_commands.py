"""Commands about sealed bundles: export, import (preview first) and the bundle log; their
handlers are in :mod:`cli.bundle_run`."""

from __future__ import annotations

from app.exchange.bundle.merge import RESOLUTIONS
from app.exchange.bundle.profiles import DEFAULT_PROFILE, PROFILES
from cli.console import Commands, add_json_option, deferred

_RUN = "cli.bundle_run"
"""The handlers, imported only when a bundle command runs (the sealing code is large)."""


def register(commands: Commands) -> None:
    export = commands.add_parser("export", help="seal cases into a bundle for contacts")
    export.add_argument("--to", action="append", required=True, metavar="NAME",
                        help="a contact to seal the bundle for (repeat for several)")  # fmt: skip
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", action="append", metavar="ID", help="a case (repeatable)")
    which.add_argument("--all", action="store_true", help="every case in the vault")
    which.add_argument("--changed", action="store_true",
                       help="only what changed since the last bundle for this contact")  # fmt: skip
    export.add_argument("--profile", default=DEFAULT_PROFILE,
                        help=f"what the contacts receive: {', '.join(PROFILES)} "
                        f"(default {DEFAULT_PROFILE})")  # fmt: skip
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("--accept-unverified", action="store_true",
                        help="seal even for contacts not verified in person")  # fmt: skip
    export.set_defaults(handler=deferred(_RUN, "cmd_export"))

    imp = commands.add_parser("import", help="check a bundle, show what it changes, apply it")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="only show what would change")
    add_json_option(imp)
    imp.add_argument(
        "--resolve",
        choices=RESOLUTIONS,
        help="for records changed on both sides: keep mine, take theirs, or keep both",
    )
    imp.add_argument("--accept-unverified", action="store_true",
                     help="import even from a contact not verified in person")  # fmt: skip
    imp.set_defaults(handler=deferred(_RUN, "cmd_import"))

    log = commands.add_parser("bundles", help="list bundles sent and received")
    add_json_option(log)
    log.set_defaults(handler=deferred(_RUN, "cmd_bundles"))
