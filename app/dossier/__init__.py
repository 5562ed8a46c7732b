"""A dossier for the authorities: one case as a PDF in French, German or English.

The partner abroad turns a referred case into a request for entry documents or
protection, and the authorities read documents, not vaults. ``make_dossier`` reads the
case from the store, leaves out what the chosen redaction profile does not send (and what
never leaves the vault, see ``content``), puts it into the chosen language's words and
lays it out as a PDF, all in memory; ``save_dossier`` writes only the file the user asked
for and records the export in the audit log. The PDF itself is not encrypted: the front
ends say so before it is written.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.dossier.content import DossierContent, build_content
from app.dossier.words import LANGUAGES, Words
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.exchange.bundle.profiles import get_profile
from crypto.durable import fsync_folder

if TYPE_CHECKING:
    from app.store import Store

__all__ = ["LANGUAGES", "DossierContent", "dossier_content", "make_dossier", "save_dossier"]


def _words(language: str) -> Words:
    code = (language or "").strip().lower()
    if code not in LANGUAGES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core", "A dossier can be written in {languages}, not in '{language}'."
            ),
            languages=", ".join(LANGUAGES),
            language=language[:20],
        )
    return Words(code)


def dossier_content(
    store: Store,
    case_id: str,
    *,
    language: str,
    profile: str = "referral",
    organisation: str,
    now: datetime | None = None,
) -> DossierContent:
    """What the dossier says, in ``language``, under the redaction ``profile``."""
    words = _words(language)
    chosen = get_profile(profile)
    case = store.get_case(case_id)
    moment = now or datetime.now(UTC)
    return build_content(
        case,
        words=words,
        profile=chosen,
        organisation=organisation,
        prepared_on=moment.date().isoformat(),
    )


def make_dossier(
    store: Store,
    case_id: str,
    *,
    language: str,
    profile: str = "referral",
    organisation: str,
    now: datetime | None = None,
) -> bytes:
    """The dossier of one case as PDF bytes (nothing is written anywhere)."""
    moment = now or datetime.now(UTC)
    content = dossier_content(
        store, case_id, language=language, profile=profile, organisation=organisation,
        now=moment,
    )  # fmt: skip
    # The PDF library (fpdf2 with fontTools) takes over a second to import: only the
    # dossier pays for it, never the start of every command or of the app.
    from app.dossier.pdf import render_pdf

    return render_pdf(content, moment)


def save_dossier(
    store: Store,
    case_id: str,
    target: Path,
    *,
    language: str,
    profile: str = "referral",
    organisation: str,
    record_in: Path | None = None,
    replace: bool = False,
) -> int:
    """Write the dossier to ``target`` (and nowhere else) and log it; returns its size.

    The file is written under a temporary name beside ``target`` and renamed into place,
    so an interrupted write never leaves half a PDF under the name the user chose. The
    temporary name carries the process id (``NAME.partial-PID-RANDOM``) and, with
    ``record_in`` (the vault folder), a note there names ``target`` while it is written:
    what a killed process leaves is removed at the next start (:mod:`app.leftovers`), or
    by the next save into the same folder. A file already at ``target`` is refused unless the
    user agreed to ``replace`` it (the save dialog asks).
    """
    if not replace and target.exists() and not target.is_dir():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "There is already a file at {output}; choose another name."),
            output=target,
        )
    data = make_dossier(
        store, case_id, language=language, profile=profile, organisation=organisation
    )
    resolved = store.resolve_case_id(case_id)
    _write(target, data, record_in)
    try:
        store.log(
            "dossier.export",
            resolved,
            {"language": language.strip().lower(), "profile": profile, "bytes": len(data)},
        )
    except BaseException:  # every plain PDF written is in the audit log, or is not left
        target.unlink(missing_ok=True)
        raise
    return len(data)


def _write(target: Path, data: bytes, record_in: Path | None) -> None:
    from app.leftovers import PARTIAL_MARK, record_output, remove_stale_partials
    from crypto.durable import temporary_name

    if target.is_dir():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Core", "{path} is a folder; choose a file name for the dossier."),
            path=target,
        )
    remove_stale_partials(target.parent)
    partial = temporary_name(target, PARTIAL_MARK)
    record: Path | None = None
    try:
        record = None if record_in is None else record_output(record_in, target)
        with partial.open("xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(target)
        fsync_folder(target.parent)
    except BaseException as exc:
        # Whatever stops the write (a full disk, Ctrl-C), no partial copy of the dossier
        # stays behind.
        partial.unlink(missing_ok=True)
        if not isinstance(exc, OSError):
            raise
        # Worded by every front end in its own language (a full disk, a folder it may not
        # write, one that is gone), about the name the user chose, not the temporary one.
        raise OSError(exc.errno, exc.strerror, str(target)) from exc
    finally:
        if record is not None:
            record.unlink(missing_ok=True)
