"""``satchel selftest``: prove that this installed copy works, one line per step."""

from __future__ import annotations

import argparse

from cli.console import Commands, Session
from cli.selftest import run_selftest


def register(commands: Commands) -> None:
    commands.add_parser(
        "selftest",
        help="check this installation end to end on a throw-away vault (yours is not touched)",
    ).set_defaults(handler=cmd_selftest)


def cmd_selftest(session: Session, args: argparse.Namespace) -> int:
    extra = session.frontend_selftest_steps() if session.frontend_selftest_steps else []
    return run_selftest(session.console.out, extra_steps=extra)
