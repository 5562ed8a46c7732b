"""Commands about the vetting sign-off: ``vetting show``, ``vetting sign``, ``vetting rule``.

See :mod:`app.store.attestations` for what is signed and when a signature counts.
"""

from __future__ import annotations

import argparse

from app.store.attestations import SignOff
from cli.console import Commands, Session, add_json_option, print_json

_PROBLEMS = {
    "bad_signature": "does not count: the signature does not verify",
    "earlier_checks": (
        "does not count: signed over earlier checks or details (a check, the name, the "
        "birth date or the passport changed since)"
    ),
    "withdrawn": "does not count: withdrawn, the same person signed the other decision since",
    "unknown_key": "does not count: a key that is not among your contacts",
    "unverified": "does not count: the contact's key is not verified in person",
}


def register(commands: Commands) -> None:
    vetting = commands.add_parser("vetting", help="sign a case's vetting and see who signed")
    actions = vetting.add_subparsers(dest="vetting_command", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="who has signed the case's vetting, what is missing")
    show.add_argument("id", metavar="ID")
    add_json_option(show)
    show.set_defaults(handler=cmd_vetting_show)

    sign = actions.add_parser(
        "sign", help="sign the case's vetting as it is now (cleared unless --reject)"
    )
    sign.add_argument("id", metavar="ID")
    sign.add_argument("--reject", action="store_true", help="sign a rejection instead")
    sign.set_defaults(handler=cmd_vetting_sign)

    rule = actions.add_parser(
        "rule", help="the two-person rule: show it, or turn it on or off for this vault"
    )
    rule.add_argument("state", nargs="?", choices=("on", "off"))
    rule.set_defaults(handler=cmd_vetting_rule)


def cmd_vetting_show(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        case_id = vault.store.resolve_case_id(args.id)
        sign_off = vault.store.sign_off(case_id)
    if args.json:
        print_json(session.console, {"case_id": case_id, **sign_off.as_dict()})
        return 0
    print_sign_off(session, case_id, sign_off)
    return 0


def print_sign_off(session: Session, case_id: str, sign_off: SignOff) -> None:
    out = session.console.print
    out(f"Case {case_id[:8]}: vetting {sign_off.digest[:16]}")
    if not sign_off.signatures:
        out("  nobody has signed this vetting yet")
    for item in sign_off.signatures:
        who = {None: "unknown key " + item.signer_key[:24] + "…", "": "this vault"}.get(
            item.signer, item.signer
        )
        state = "counts" if item.problem is None else _PROBLEMS[item.problem]
        out(f"  {item.decision:<8}  {who}  {item.signed_at}  {state}")
    if sign_off.rule_on:
        if sign_off.two_person_met:
            out("Two-person rule: met (two different people signed this vetting)")
        else:
            out(f"Two-person rule: {sign_off.missing} more signature(s) needed, by people "
                "whose keys you verified in person")  # fmt: skip
    else:
        out("Two-person rule: off")


def cmd_vetting_sign(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        case_id = vault.store.resolve_case_id(args.id)
        vault.store.sign_vetting(case_id, "rejected" if args.reject else "cleared")
        sign_off = vault.store.sign_off(case_id)
    print_sign_off(session, case_id, sign_off)
    return 0


def cmd_vetting_rule(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        if args.state is not None:
            vault.store.set_two_person_rule(args.state == "on")
        on = vault.store.two_person_rule
    session.console.print(f"Two-person rule: {'on' if on else 'off'}")
    return 0
