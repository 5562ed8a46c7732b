"""What ``satchel export``, ``import`` and ``bundles`` do (their options are in
:mod:`cli.bundle_commands`; this module is imported only when one of them runs)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.exchange.bundle import (
    BundlePreview,
    ConflictsNeedResolutionError,
    bundle_log,
    export_bundle,
    import_bundle,
    preview_bundle,
    returning_persons,
)
from cli.case_commands import warn_matches
from cli.console import Console, Session, print_json


def cmd_export(session: Session, args: argparse.Namespace) -> int:
    console = session.console
    with session.vault() as vault:
        summary = export_bundle(
            vault.store,
            Path(args.output).expanduser(),
            to=args.to,
            cases=None if args.all or args.changed else args.case,
            profile=args.profile,
            accept_unverified=args.accept_unverified,
            changed=args.changed,
            record_in=vault.folder,
        )
    console.say(
        f"Sealed {summary.cases} case(s) and {summary.attachments} attachment(s) for "
        f"{', '.join(summary.recipients)} with the '{summary.profile}' profile."
    )
    if summary.changes_only:
        since = f"since bundle no. {summary.follows}" if summary.follows else "(no earlier bundle)"
        console.say(f"Only what changed {since}; this is bundle no. {summary.sequence}.")
    if summary.remaining:
        console.say(
            f"{summary.remaining} more changed case(s) did not fit in one bundle; "
            "run the same command again for the next bundle."
        )
    console.print(str(summary.path))
    return 0


def cmd_import(session: Session, args: argparse.Namespace) -> int:
    console = session.console
    path = Path(args.file).expanduser()
    with session.vault() as vault:
        if args.dry_run:
            preview = preview_bundle(vault.store, path)
            _show(console, preview, args.json, applied=False)
            return 0
        try:
            result = import_bundle(
                vault.store, path, resolve=args.resolve, accept_unverified=args.accept_unverified
            )
        except ConflictsNeedResolutionError:
            _show(console, preview_bundle(vault.store, path), args.json, applied=False)
            raise
        # A person may come back through another office, as after `case add`.
        returning = returning_persons(vault.store, result)
        stopped = [(c, str(vault.store.get_case(c)["person"]["name"])) for c in result.stopped]
    _show(console, result.preview, args.json, applied=result.applied, resolved=result.resolved)
    for case_id, name in stopped:
        console.say(
            f"WARNING: case {case_id[:8]} ({name}) went back to vetting: this bundle changed a "
            "check or the person, or brought a signed rejection. See its history before going on."
        )
    for case_id, matches in returning.items():
        warn_matches(session, case_id, matches)
    return 0


def _show(
    console: Console,
    preview: BundlePreview,
    as_json: bool,
    *,
    applied: bool,
    resolved: dict[str, int] | None = None,
) -> None:
    if as_json:
        print_json(console, {**preview.as_dict(), "applied": applied, "resolved": resolved or {}})
        return
    if preview.already_imported:
        console.say("This bundle was already imported; nothing changed.")
        return
    trust = "verified" if preview.sender_verified else "NOT verified: compare safety numbers"
    console.print(f"From: {preview.sender} (key {trust})")
    console.print(f"Profile: {preview.profile}   sent: {preview.created_at}")
    if preview.changes_only and preview.follows:
        console.print(f"Only what changed since their bundle no. {preview.follows}")
    elif preview.changes_only:
        console.print("Only what changed: their first bundle for you, so all of it")
    counts = preview.counts
    console.print(
        f"Records: {counts['new']} new, {counts['changed']} changed, "
        f"{counts['unchanged']} unchanged, {counts['stale']} older than ours (skipped), "
        f"{counts['conflict']} in conflict; {preview.attachments} attachment(s)"
    )
    for case in preview.cases:
        console.print(f"  {case.case_id[:8]}  {case.status:<9}  {case.person or ''}")
    for report in preview.stage_reports:
        console.print(
            f"  {report.case_id[:8]}  stage reported by {report.peer} on "
            f"{report.reported_at[:10]}: {report.stage} (a report: not applied; accept it with "
            f"'satchel case accept-report')"
        )
    for vetting in preview.vetting:
        if vetting.sound:
            console.print(
                f"  {vetting.case_id[:8]}  vetted by {vetting.signer}: {vetting.passed} of "
                f"{vetting.required} required checks passed, signature valid, key verified in "
                "person"
            )
        else:
            console.print(
                f"  {vetting.case_id[:8]}  WARNING: vetting record from {vetting.signer}: "
                f"{vetting.passed} of {vetting.required} required checks passed, key "
                f"{'verified' if vetting.key_verified else 'NOT verified'} in person"
                f"{'' if vetting.identity_matches else ', it does NOT name this person'}; it "
                "cannot clear this case"
            )
    if preview.withheld:
        console.print(
            f"  {preview.withheld} change(s) to details you did not share with {preview.sender} "
            "(such as the address in Kazakhstan, contact handles or the lawyer's planning) "
            "left out: they stay as you have them"
        )
    if preview.kept_rejected:
        console.print(
            f"  {preview.kept_rejected} change(s) to who a person rejected here is (name, birth "
            "date, passport, unit) left out: he stays findable if he comes back"
        )
    for conflict in preview.conflicts:
        console.print(
            f"  conflict: {conflict.table} of {conflict.case_id[:8]} ({', '.join(conflict.fields)})"
        )
    if applied:
        done = ", ".join(f"{n} {k}" for k, n in (resolved or {}).items())
        console.say("Imported." + (f" Conflicts resolved: {done}." if done else ""))
    else:
        console.say("Nothing was imported (preview only).")


def cmd_bundles(session: Session, args: argparse.Namespace) -> int:
    console = session.console
    with session.vault() as vault:
        entries = bundle_log(vault.store)
    if args.json:
        print_json(console, entries)
        return 0
    for entry in entries:
        arrow = "->" if entry.direction == "sent" else "<-"
        console.print(
            f"{entry.logged_at[:16]}  {arrow} {entry.peer}  #{entry.sequence}  "
            f"{entry.profile}  {entry.counts.get('cases', 0)} case(s)"
        )
    return 0
