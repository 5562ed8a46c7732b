"""What a dossier says, before it is laid out: the case, redacted and put into words.

The content is a list of plain blocks (headings, label and value pairs, paragraphs,
tables) in the dossier's language, so the words can be tested without a PDF and the
renderer only decides where they go. Redaction follows the bundle profiles
(``app/exchange/bundle/profiles.py``): a field the chosen profile does not send is not printed,
and the last section names what was left out. Some parts never go into a dossier,
whatever the profile: the evidence behind each vetting check (it can name a source), the
internal notes, the lawyer's planning and the referrals between organisations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.dossier.words import Words
from app.exchange.bundle.profiles import Profile
from app.store.fields import FIELDS_BY_NAME, fields_of
from app.store.workflow import CHECKS, REQUIRED_CHECKS


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Pairs:
    """Label and value rows."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # "body", "note" (smaller, grey), "quote" (indented), "warning",
    # "label", "translation_label" and "translation" (under its original, indented further)


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    widths: tuple[float, ...]  # shares of the line, summing to 1
    rows: tuple[tuple[str, ...], ...]
    monospace_column: int | None = None


Block = Heading | Pairs | Paragraph | Table


@dataclass(frozen=True)
class DossierContent:
    language: str
    title: str
    subtitle: str
    person_line: str
    header: tuple[str, ...]
    footer: str
    page_label: str  # "Page {page} of {pages}" in the dossier's language
    blocks: tuple[Block, ...] = field(default=())


# Never printed, whatever the profile (see the module docstring).
NEVER_PRINTED: dict[str, tuple[str, ...]] = {
    "cases": ("lawyer", "next_action", "deadline"),
    "checks": ("evidence",),
}
NEVER_PRINTED_TABLES = ("notes", "referrals")

_SERVICE = ("service_status", "rank", "branch", "unit", "service_from", "service_to",
            "deployed_ukraine", "deployment_places")  # fmt: skip
_DESERTION = ("desertion_date", "desertion_route")


def build_content(
    case: Mapping[str, Any],
    *,
    words: Words,
    profile: Profile,
    organisation: str,
    prepared_on: str,
) -> DossierContent:
    """The dossier of ``case`` (as ``Store.get_case`` returns it) in ``words``' language."""
    person = case["person"]
    blocks: list[Block] = []
    blocks += _person(person, words, profile)
    blocks += _fields_section(words.text("service"), case["service"], _SERVICE, "services",
                              words, profile)  # fmt: skip
    blocks += _fields_section(words.text("desertion"), case["service"], _DESERTION, "services",
                              words, profile)  # fmt: skip
    blocks += _risk(case, words, profile)
    blocks += _statements(case.get("statements", []), words, profile)
    blocks += _vetting(case, words, profile, organisation)
    blocks += _timeline(case.get("timeline", []), words, profile)
    blocks += _documents(case.get("attachments", []), words, profile)
    blocks += _left_out(words, profile)
    return DossierContent(
        language=words.language,
        title=words.text("title"),
        subtitle=words.text("subtitle"),
        person_line=_both_spellings(person),
        header=_header(case, words, profile, organisation, prepared_on),
        footer=words.text("confidential"),
        page_label=TEXT_PAGE[words.language],
        blocks=tuple(blocks),
    )


def _header(
    case: Mapping[str, Any], words: Words, profile: Profile, organisation: str, prepared_on: str
) -> tuple[str, ...]:
    lines = [
        words.text("prepared", date=words.date(prepared_on), organisation=organisation),
        words.text("reference", case=str(case["id"])[:8]),
    ]
    if case.get("stage") and "stage" in printed_columns(profile, "cases"):
        lines.append(words.text("stage_line", stage=words.stage(str(case["stage"]))))
    lines.append(words.text("profile", profile=words.profile(profile.name)))
    return tuple(lines)


TEXT_PAGE = {lang: Words(lang).text("page", page="{page}", pages="{pages}")
             for lang in ("en", "fr", "de")}  # fmt: skip


def _both_spellings(person: Mapping[str, Any]) -> str:
    names = [person.get("name_latin"), person.get("name_cyrillic")]
    shown = [n for n in names if n]
    if not shown:
        return str(person.get("name") or "")
    return " / ".join(dict.fromkeys(shown))


def printed_columns(profile: Profile, table: str) -> tuple[str, ...]:
    """The fields of ``table`` a dossier prints under ``profile``."""
    if table in NEVER_PRINTED_TABLES:
        return ()
    columns = profile.columns(table) or ()
    never = NEVER_PRINTED.get(table, ())
    return tuple(c for c in columns if c not in never)


def _value(code: str, value: Any, words: Words) -> str:
    if value is None or value == "":
        return ""
    spec = FIELDS_BY_NAME.get(code)
    if spec is not None and spec.kind == "date":
        return words.date(str(value))
    if spec is not None and spec.kind == "bool":
        return words.text("yes") if str(value) == "yes" else words.text("no")
    if spec is not None and spec.kind == "choice":
        return words.stage(str(value)) if code == "stage" else words.choice(str(value))
    return str(value)


def _pairs(record: Mapping[str, Any], codes: Iterable[str], words: Words) -> Pairs:
    rows = []
    for code in codes:
        text = _value(code, record.get(code), words)
        if text:
            rows.append((words.field(code), text))
    return Pairs(tuple(rows))


def _with_rows(heading: str, pairs: Pairs, words: Words) -> list[Block]:
    if not pairs.rows:
        return [Heading(heading), Paragraph(words.text("none"), "note")]
    return [Heading(heading), pairs]


def _person(person: Mapping[str, Any], words: Words, profile: Profile) -> list[Block]:
    allowed = set(printed_columns(profile, "persons"))
    codes = [c for c in fields_of("persons") if c in allowed]
    return _with_rows(words.text("person"), _pairs(person, codes, words), words)


def _fields_section(
    heading: str,
    record: Mapping[str, Any],
    codes: Sequence[str],
    table: str,
    words: Words,
    profile: Profile,
) -> list[Block]:
    allowed = set(printed_columns(profile, table))
    return _with_rows(heading, _pairs(record, [c for c in codes if c in allowed], words), words)


def _risk(case: Mapping[str, Any], words: Words, profile: Profile) -> list[Block]:
    allowed = set(printed_columns(profile, "risks"))
    codes = [c for c in fields_of("risks") if c in allowed]
    return _with_rows(words.text("risk"), _pairs(case["risk"], codes, words), words)


def _statements(
    statements: Sequence[Mapping[str, Any]], words: Words, profile: Profile
) -> list[Block]:
    blocks: list[Block] = [Heading(words.text("statements"))]
    columns = set(printed_columns(profile, "statements"))
    if not columns or not statements:
        return [*blocks, Paragraph(words.text("none"), "note")]
    blocks.append(Paragraph(words.text("statements_intro"), "note"))
    for statement in sorted(statements, key=_statement_order):
        stated = statement.get("stated_on")
        when = words.date(str(stated)) if stated else words.text("undated")
        source = statement.get("source") if "source" in columns else None
        line = f"{when}" + (f" · {words.text('source', source=source)}" if source else "")
        blocks.append(Paragraph(line, "label"))
        blocks.append(Paragraph(str(statement.get("text") or ""), "quote"))
        translation = statement.get("translation")
        if translation and "translation" in columns:
            blocks.append(
                Paragraph(
                    words.text(
                        "translation",
                        language=words.language_name(str(statement.get("translation_lang") or "")),
                        translator=statement.get("translator") or words.text("not_given"),
                    ),
                    "translation_label",
                )
            )
            blocks.append(Paragraph(str(translation), "translation"))
    return blocks


def _statement_order(statement: Mapping[str, Any]) -> tuple[bool, str]:
    when = statement.get("stated_on")
    return (when is None, str(when or ""))


def _vetting(
    case: Mapping[str, Any], words: Words, profile: Profile, organisation: str
) -> list[Block]:
    blocks: list[Block] = [Heading(words.text("vetting"))]
    columns = set(printed_columns(profile, "checks"))
    checks = {c["check"]: c for c in case.get("checks", [])}
    if not columns or not checks:
        return [*blocks, Paragraph(words.text("none"), "note")]
    passed = sum(1 for name in REQUIRED_CHECKS if checks.get(name, {}).get("result") == "pass")
    blocks.append(
        Paragraph(words.text("vetting_summary", passed=passed, required=len(REQUIRED_CHECKS)))
    )
    reason = case.get("rejection_reason")
    if reason and "rejection_reason" in printed_columns(profile, "cases"):
        blocks.append(Pairs(((words.field("rejection_reason"), str(reason)),)))
    if passed < len(REQUIRED_CHECKS):
        blocks.append(Paragraph(words.text("vetting_incomplete"), "warning"))
    else:
        blocks.append(Paragraph(words.text("vetting_complete")))
    show_reviewer = "reviewer" in columns
    head = [words.text("check"), words.text("result"), words.text("checked_on")]
    widths = [0.42, 0.2, 0.16]
    if show_reviewer:
        head.append(words.text("reviewer"))
        widths.append(0.22)
    rows = []
    for name in CHECKS:
        check = checks.get(name)
        if check is None:
            continue
        label = words.check(name)
        if name in REQUIRED_CHECKS:
            label += f" ({words.text('required')})"
        row = [label, words.result(str(check.get("result") or "not_done")),
               words.date(str(check.get("checked_on") or ""))]  # fmt: skip
        if show_reviewer:
            row.append(str(check.get("reviewer") or ""))
        rows.append(tuple(row))
    scale = sum(widths)
    blocks.append(Table(tuple(head), tuple(w / scale for w in widths), tuple(rows)))
    return [*blocks, *_sign_off(case, words, organisation)]


def _sign_off(case: Mapping[str, Any], words: Words, organisation: str) -> list[Block]:
    """Who vouched for the vetting as it is now: only signatures that count here (valid,
    over the current checks, by this vault or a contact verified in person); the others
    are counted, never shown as a sign-off."""
    blocks: list[Block] = [Heading(words.text("attestations"))]
    signatures = (case.get("sign_off") or {}).get("signatures", [])
    counting = [s for s in signatures if s.get("counts")]
    if not counting:
        blocks.append(Paragraph(words.text("no_attestations"), "note"))
    for signature in counting:
        signer = signature.get("signer")
        blocks.append(
            Paragraph(
                words.text(
                    "attestation_line",
                    decision=words.stage(str(signature.get("decision", ""))),
                    signer=organisation if signer == "" else str(signer),
                    date=words.date(str(signature.get("signed_at", ""))),
                )
            )
        )
    others = len(signatures) - len(counting)
    if others:
        blocks.append(Paragraph(words.text("attestations_not_counted", count=others), "note"))
    return blocks


def _timeline(events: Sequence[Mapping[str, Any]], words: Words, profile: Profile) -> list[Block]:
    blocks: list[Block] = [Heading(words.text("timeline"))]
    if not printed_columns(profile, "events") or not events:
        return [*blocks, Paragraph(words.text("none"), "note")]
    rows = []
    for event in sorted(events, key=_event_order):
        occurred = event.get("occurred_on")
        when = words.date(str(occurred)) if occurred else words.text("undated")
        what = words.event(str(event.get("kind")))
        rows.append((when, what, str(event.get("description") or "")))
    head = (words.text("checked_on"), words.text("kind"), words.text("description"))
    return [*blocks, Table(head, (0.16, 0.24, 0.6), tuple(rows))]


def _event_order(event: Mapping[str, Any]) -> tuple[bool, str]:
    when = event.get("occurred_on")
    return (when is None, str(when or ""))


def _documents(
    attachments: Sequence[Mapping[str, Any]], words: Words, profile: Profile
) -> list[Block]:
    blocks: list[Block] = [Heading(words.text("documents"))]
    if not profile.sends_attachments or not attachments:
        return [*blocks, Paragraph(words.text("none"), "note")]
    blocks.append(Paragraph(words.text("documents_intro"), "note"))
    rows = []
    for attachment in attachments:
        size = words.text("kb", size=words.number(max(1, round(int(attachment["size"]) / 1024))))
        rows.append((str(attachment["filename"]), size, str(attachment["sha256"])))
    blocks.append(
        Table(
            (words.text("file"), words.text("size"), "SHA-256"),
            (0.3, 0.1, 0.6),
            tuple(rows),
            monospace_column=2,
        )
    )
    return blocks


def left_out(profile: Profile) -> list[tuple[str, str | None]]:
    """(table, field) pairs a dossier under ``profile`` does not print; field None: the
    whole table."""
    found: list[tuple[str, str | None]] = []
    tables = ("persons", "services", "risks", "cases", "checks", "statements", "events",
              "attachments", "notes", "referrals")  # fmt: skip
    for table in tables:
        printed = printed_columns(profile, table)
        if not printed:
            found.append((table, None))
            continue
        if table in ("statements", "events", "attachments"):
            continue
        known = _known_fields(table)
        found += [(table, name) for name in known if name not in printed]
    return found


def _known_fields(table: str) -> tuple[str, ...]:
    if table == "checks":
        return ("reviewer", "evidence")
    if table == "cases":
        return tuple(c for c in fields_of("cases") if c != "stage")
    return tuple(fields_of(table))


def _left_out(words: Words, profile: Profile) -> list[Block]:
    blocks: list[Block] = [Heading(words.text("left_out"))]
    items = left_out(profile)
    if not items:
        return [*blocks, Paragraph(words.text("nothing_left_out"))]
    blocks.append(
        Paragraph(words.text("left_out_intro", profile=words.profile(profile.name)), "note")
    )
    lines = []
    for table, name in items:
        if name is None:
            lines.append(words.text("section_left_out", section=words.field(table)))
        else:
            lines.append(words.field(name))
    blocks += [Paragraph(f"• {line}", "list") for line in lines]
    return blocks
