"""Commands about cases: case, check, note, statement, event, attach, search, demo."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from app import metadata_codes
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.exchange.contacts import get_contact
from app.store import TRANSLATION_LANGUAGES
from app.store.duplicates import IDENTIFYING_FIELDS, PersonMatch
from cli.console import (
    Commands,
    Handler,
    Session,
    add_json_option,
    jsonable,
    parse_assignments,
    print_json,
    print_rows,
    print_tree,
)

DEFAULT_LIMIT = 50
"""How many cases ``case list`` prints unless asked for more: a screenful, not 100,000."""


def register(commands: Commands) -> None:
    _register_case(commands)
    _register_items(commands)

    attach = commands.add_parser("attach", help="store a file in the vault")
    attach.add_argument("id", metavar="ID")
    attach.add_argument("file", metavar="FILE")
    attach.set_defaults(handler=cmd_attach)

    search = commands.add_parser("search", help="find cases, in Cyrillic or Latin")
    search.add_argument("query", metavar="QUERY")
    add_json_option(search)
    search.set_defaults(handler=cmd_search)

    demo = commands.add_parser("demo", help="fill the vault with fictional cases")
    demo.add_argument("--cases", type=int, default=200, metavar="N")
    demo.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)
    demo.set_defaults(handler=cmd_demo)


def _register_case(commands: Commands) -> None:
    case = commands.add_parser("case", help="add, list, show and change cases")
    actions = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a case; prints its id")
    add.add_argument("--name", required=True, help="the person's name, Cyrillic or Latin")
    add.add_argument("fields", nargs="*", metavar="FIELD=VALUE")
    add.set_defaults(handler=cmd_case_add)

    lst = actions.add_parser(
        "list", help=f"list cases, most recently changed first ({DEFAULT_LIMIT} unless asked)"
    )
    lst.add_argument("--stage", help="only cases at this stage")
    size = lst.add_mutually_exclusive_group()
    size.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
        help=f"show at most N cases (default {DEFAULT_LIMIT})",
    )  # fmt: skip
    size.add_argument("--all", action="store_true", help="show every case")
    add_json_option(lst)
    lst.set_defaults(handler=cmd_case_list)

    show = actions.add_parser("show", help="show one case")
    show.add_argument("id", metavar="ID", help="case id or a unique prefix of it")
    add_json_option(show)
    show.set_defaults(handler=cmd_case_show)

    change = actions.add_parser("set", help="change fields, e.g. stage=cleared")
    change.add_argument("id", metavar="ID")
    change.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    change.set_defaults(handler=cmd_case_set)

    accept = actions.add_parser(
        "accept-report", help="move a case to the stage a partner reported (workflow rules apply)"
    )
    accept.add_argument("id", metavar="ID")
    accept.add_argument("--from", dest="sender", metavar="NAME",
                        help="whose report, when several partners reported")  # fmt: skip
    accept.set_defaults(handler=cmd_case_accept_report)

    actions.add_parser("fields", help="list the fields a case has").set_defaults(
        handler=cmd_case_fields
    )

    matches = actions.add_parser(
        "matches", help="other cases that look like the same person (rejected ones included)"
    )
    matches.add_argument("id", metavar="ID")
    add_json_option(matches)
    matches.set_defaults(handler=cmd_case_matches)

    link = actions.add_parser(
        "link", help="record that two cases are the same person, or different people"
    )
    link.add_argument("id", metavar="ID")
    link.add_argument("other", metavar="OTHER")
    decision = link.add_mutually_exclusive_group(required=True)
    decision.add_argument("--same", action="store_true", help="one person: link the cases")
    decision.add_argument(
        "--different", action="store_true", help="two people: never show this match again"
    )
    link.set_defaults(handler=cmd_case_link)


def _register_items(commands: Commands) -> None:
    chk = _case_action(
        commands, "check", "record vetting checks", "set", "record a vetting check's result",
        cmd_check,
    )  # fmt: skip
    chk.add_argument("check", metavar="CHECK", help="e.g. identity_documents, plant_screening")
    chk.add_argument("result", metavar="RESULT", help="pass, fail, inconclusive or not_done")
    chk.add_argument("--note", help="the evidence: what was seen or checked")
    chk.add_argument("--reviewer", help="who reviewed it (default: your user name)")
    chk.add_argument("--date", help="when it was checked, YYYY-MM-DD (default: today)")

    note = _case_action(commands, "note", "add notes to a case", "add", "add a note", cmd_note)
    note.add_argument("text", metavar="TEXT")

    command = commands.add_parser("statement", help="record anti-war statements")
    actions = command.add_subparsers(dest="statement_command", metavar="ACTION", required=True)
    statement = actions.add_parser("add", help="add a dated statement with its source")
    statement.add_argument("id", metavar="ID")
    statement.add_argument("text", metavar="TEXT")
    statement.add_argument("--source", required=True, help="e.g. interview, letter, video")
    statement.add_argument("--date", help="when it was made, YYYY-MM-DD")
    _translation_options(statement, "--translation", "--translation-lang", "--translator")
    statement.set_defaults(handler=cmd_statement)
    translate = actions.add_parser(
        "translate", help='set or replace a statement\'s translation ("" removes it)'
    )
    translate.add_argument("id", metavar="STATEMENT_ID")
    translate.add_argument("translation", metavar="TEXT")
    _translation_options(translate, None, "--lang", "--by")
    translate.set_defaults(handler=cmd_statement_translate)

    event = _case_action(
        commands, "event", "add to a case's timeline", "add", "add a dated event", cmd_event
    )
    event.add_argument("kind", metavar="KIND", help="interview, document_received, travel, ...")
    event.add_argument("text", metavar="TEXT")
    event.add_argument("--date", help="when it happened, YYYY-MM-DD")


def _translation_options(
    parser: argparse.ArgumentParser, text: str | None, language: str, translator: str
) -> None:
    if text is not None:
        parser.add_argument(text, dest="translation", help="a translation of the statement")
    languages = ", ".join(TRANSLATION_LANGUAGES)
    parser.add_argument(language, dest="translation_lang", metavar="LANG",
                        help=f"the translation's language: {languages}")  # fmt: skip
    parser.add_argument(translator, dest="translator", metavar="NAME",
                        help="who translated it")  # fmt: skip


def _case_action(
    commands: Commands, name: str, text: str, action: str, action_text: str, handler: Handler
) -> argparse.ArgumentParser:
    """``satchel NAME ACTION ID ...``: a command with one action on one case; the caller
    adds the arguments after the case id."""
    command = commands.add_parser(name, help=text)
    actions = command.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
    parser: argparse.ArgumentParser = actions.add_parser(action, help=action_text)
    parser.add_argument("id", metavar="ID")
    parser.set_defaults(handler=handler)
    return parser


def cmd_case_add(session: Session, args: argparse.Namespace) -> int:
    fields = parse_assignments(args.fields)
    with session.vault() as vault:
        case_id = vault.store.add_case(args.name, fields)
        matches = vault.store.find_matches(case_id)
    session.console.print(case_id)
    warn_matches(session, case_id, matches)
    return 0


_REASON_WORDS = {
    "passport": "the same passport number",
    "name": "the name",
    "birth_date": "the birth date",
    "alias": "an alias",
    "unit_rank": "the unit and rank",
}


def warn_matches(session: Session, case_id: str, matches: list[PersonMatch]) -> None:
    """Say loudly, on stderr, which earlier cases look like the same person."""
    fresh = [m for m in matches if not m.linked]
    if not fresh:
        return
    say = session.console.say
    say(f"WARNING: this person may already have {len(fresh)} other case(s) in the vault:")
    for match in fresh:
        say("  " + _match_line(match))
    say(f"Check, then record it: satchel case link {case_id[:8]} OTHER --same (or --different)")


def _match_line(match: PersonMatch) -> str:
    why = ", ".join(_REASON_WORDS[r] for r in match.reasons)
    line = f"{match.case_id[:8]}  {match.name}  stage: {match.stage}  (same {why})"
    if match.rejection_reason:
        line += f"  rejected: {match.rejection_reason}"
    return line


def cmd_case_matches(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        matches = vault.store.find_matches(args.id)
    if args.json:
        print_json(session.console, matches)
        return 0
    if not matches:
        session.console.say("No other case looks like the same person.")
    for match in matches:
        session.console.print(_match_line(match) + ("  [linked]" if match.linked else ""))
    return 0


def cmd_case_link(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        vault.store.decide_same_person(args.id, args.other, same=args.same)
    return 0


def cmd_case_list(session: Session, args: argparse.Namespace) -> int:
    if not args.all and args.limit < 1:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "--limit must be at least 1."))
    limit = None if args.all else args.limit
    with session.vault() as vault:
        rows = vault.store.list_cases(stage=args.stage, limit=limit)
        total = len(rows) if limit is None or len(rows) < limit else None
        if total is None:
            total = vault.store.count_cases(stage=args.stage)
    if args.json:
        print_json(session.console, rows)
    else:
        print_rows(session.console, rows, ("id", "stage", "risk", "name", "deadline"), blank="-")
    if len(rows) < total:
        session.console.say(
            QT_TRANSLATE_NOOP(
                "Core",
                "Showing the {shown} most recently changed of {total} cases; "
                "use --limit N or --all for more.",
            ).format(shown=f"{len(rows):,}", total=f"{total:,}")
        )
    return 0


def cmd_case_show(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        case = vault.store.get_case(args.id)
    if args.json:
        print_json(session.console, case)
    else:
        print_tree(session.console, jsonable(case))
    return 0


def cmd_case_set(session: Session, args: argparse.Namespace) -> int:
    fields = parse_assignments(args.fields)
    with session.vault() as vault:
        vault.store.set_case_fields(args.id, fields)
        identifying = set(fields) & IDENTIFYING_FIELDS
        case_id = vault.store.resolve_case_id(args.id)
        matches = vault.store.find_matches(case_id) if identifying else []
    warn_matches(session, case_id, matches)
    return 0


def cmd_case_accept_report(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        key = None
        if args.sender:
            key = get_contact(vault.store, args.sender).card.signing_key
        stage = vault.store.accept_stage_report(args.id, key)
    session.console.say(f"The case is now at the reported stage: {stage}.")
    return 0


def cmd_case_fields(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        specs = vault.store.case_fields()
    for spec in specs:
        data = jsonable(spec)
        choices = data.get("choices")
        suffix = f" ({', '.join(choices)})" if choices else ""
        session.console.print(f"{data['name']:<22} {data.get('description', '')}{suffix}")
    return 0


def cmd_check(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        vault.store.set_check(
            args.id,
            args.check,
            args.result,
            evidence=args.note,
            reviewer=args.reviewer or getpass.getuser(),
            checked_on=args.date,
        )
    return 0


def cmd_note(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        note_id = vault.store.add_note(args.id, args.text)
    session.console.print(note_id)
    return 0


def cmd_statement(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        statement_id = vault.store.add_statement(
            args.id, args.text, stated_on=args.date, source=args.source,
            translation=args.translation, translation_lang=args.translation_lang,
            translator=args.translator,
        )  # fmt: skip
    session.console.print(statement_id)
    return 0


def cmd_statement_translate(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        changed = vault.store.translate_statement(
            args.id, args.translation, language=args.translation_lang, translator=args.translator
        )
    session.console.say("Translation saved." if changed else "Nothing changed.")
    return 0


def cmd_event(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        event_id = vault.store.add_event(args.id, args.kind, args.text, occurred_on=args.date)
    session.console.print(event_id)
    return 0


def cmd_attach(session: Session, args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "There is no file {path}."), path=path)
    with session.vault() as vault, path.open("rb") as source:
        info = vault.store.add_attachment(args.id, path.name, source)
    session.console.print(info.id)
    for removed in info.removed:
        session.console.say(f"Removed: {metadata_codes.english(removed)}")
    return 0


def cmd_search(session: Session, args: argparse.Namespace) -> int:
    with session.vault() as vault:
        hits = vault.store.search(args.query)
    if args.json:
        print_json(session.console, hits)
        return 0
    if not hits:
        session.console.say("No case matches.")
    print_rows(session.console, hits, ("case_id", "name", "snippet"))
    return 0


def cmd_demo(session: Session, args: argparse.Namespace) -> int:
    from app.store.demo import generate_demo

    if not 1 <= args.cases <= 1_000_000:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "The number of demo cases must be between 1 and 1,000,000.")
        )
    console = session.console

    def progress(done: int, total: int) -> None:
        if total >= 1000 and done % max(1, total // 10) == 0:
            console.say(f"{done:,} of {total:,} cases")

    with session.vault() as vault:
        made = generate_demo(vault.store, args.cases, seed=args.seed, progress=progress)
    console.say(f"Added {made:,} fictional demo cases.")
    return 0
