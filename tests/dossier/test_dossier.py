"""The dossier for the authorities: its words, its redaction, and the PDF read back."""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from app import leftovers
from app.dossier import LANGUAGES, dossier_content, make_dossier, save_dossier
from app.dossier import words as dossier_words
from app.dossier.content import Heading, Pairs, Paragraph, Table, left_out
from app.errors import InvalidInputError, NotFoundError
from app.exchange.bundle.profiles import PROFILES
from app.store import CHECKS, Store
from app.store.fields import FIELDS, STAGES
from app.store.store import EVENT_KINDS
from app.store.workflow import RESULTS

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
SECRET_ADDRESS = "ул. Тайная, 7"
SECRET_HANDLE = "@hidden_handle_77"
SECRET_EVIDENCE = "confirmed by a source inside unit 0000"
SECRET_NOTE = "informant Petrov says he is genuine"
TRANSLATION = "Je ne tirerai pas sur les Ukrainiens."
TRANSLATOR = "Marie Dupont"


def _case(store: Store) -> str:
    case_id = store.add_case(
        "Канарейкин Илья Сергеевич",
        {
            "birth_date": "1996-04-02", "birth_place": "Саратов", "city": "Астана",
            "internal_passport": "6310 123456", "passport_status": "expired",
            "kz_address": SECRET_ADDRESS, "contacts": SECRET_HANDLE,
            "service_status": "mobilized", "rank": "ефрейтор", "unit": "в/ч 54321",
            "deployed_ukraine": "no", "desertion_date": "2023-05-02",
            "desertion_route": "через Озинки", "criminal_article": "338", "wanted": "yes",
            "detention_risk": "high", "risk": "critical", "lawyer": "Айгерим",
            "next_action": "call the consulate",
        },
    )  # fmt: skip
    for check in CHECKS[:-1]:
        store.set_check(case_id, check, "pass", evidence=SECRET_EVIDENCE, reviewer="Aigerim K.")
    store.add_statement(case_id, "Я не буду стрелять в украинцев.", stated_on="2023-04-20",
                        source="video", translation=TRANSLATION, translation_lang="fr",
                        translator=TRANSLATOR)  # fmt: skip
    store.add_statement(case_id, "Война преступна, я ушёл из части.", stated_on="2023-06-01",
                        source="interview")  # fmt: skip
    store.add_event(case_id, "interview", "Первое интервью в Астане", occurred_on="2023-06-01")
    store.add_note(case_id, SECRET_NOTE)
    store.add_attachment(case_id, "military-id.pdf", io.BytesIO(b"%PDF-1.4\n" + os.urandom(4000)))
    store.add_attachment(case_id, "letter.txt", io.BytesIO("Письмо из части".encode()))
    return case_id


def _pdf_text(data: bytes) -> tuple[int, str]:
    document = pdfium.PdfDocument(data)
    pages = []
    for index in range(len(document)):
        page = document[index]
        pages.append(page.get_textpage().get_text_range())
        image = page.render(scale=0.5).to_pil().convert("L")
        assert image.getextrema()[0] < 160, f"page {index + 1} renders blank"
    return len(document), "\n".join(pages)


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dossier_reads_back_in_its_language(store: Store, language: str) -> None:
    case_id = _case(store)
    data = make_dossier(store, case_id, language=language, organisation="Astana office", now=NOW)
    assert data.startswith(b"%PDF-")
    pages, text = _pdf_text(data)
    words = dossier_words.Words(language)
    flat = _flat(text)
    for expected in (
        words.text("title"), "Kanareikin Ilia Sergeevich", "Канарейкин Илья Сергеевич",
        "в/ч 54321", "Я не буду стрелять в украинцев.", "Война преступна, я ушёл из части.",
        words.check("plant_screening"), words.result("pass"), words.stage("intake"),
        words.text("prepared", date=words.date("2026-12-01"), organisation="Astana office"),
        words.choice("mobilized"), words.field("kz_address"), "Astana office",
        words.text("page", page=1, pages=pages),
    ):  # fmt: skip
        assert _flat(expected) in flat, expected
    # Statements in date order, a translation right after its original, with who made it.
    assert flat.index(_flat("Я не буду стрелять")) < flat.index(_flat("Война преступна"))
    by = words.text("translation", language=words.language_name("fr"), translator=TRANSLATOR)
    assert flat.index(_flat("Я не буду стрелять")) < flat.index(_flat(by))
    assert (
        flat.index(_flat(by))
        < flat.index(_flat(TRANSLATION))
        < flat.index(_flat("Война преступна"))
    )
    # Every attachment's SHA-256, as the vault holds it, so the files can be matched.
    for attachment in store.list_attachments(case_id):
        digest = hashlib.sha256(store.read_attachment(attachment.id)).hexdigest()
        assert attachment.sha256 == digest
        assert digest in flat
        assert attachment.filename in flat


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_never_leaves_the_vault_is_not_in_the_pdf(store: Store, language: str) -> None:
    case_id = _case(store)
    for profile in PROFILES:
        data = make_dossier(
            store, case_id, language=language, profile=profile, organisation="X", now=NOW
        )
        flat = _flat(_pdf_text(data)[1])
        for secret in (SECRET_EVIDENCE, SECRET_NOTE, "call the consulate"):
            assert _flat(secret) not in flat, (profile, secret)
        if profile != "full":
            assert _flat(SECRET_ADDRESS) not in flat and SECRET_HANDLE not in flat
        if profile == "status":
            assert _flat("Я не буду стрелять") not in flat
            assert "в/ч" not in flat


@pytest.mark.parametrize(
    ("language", "born", "prepared"),
    [("de", "02.04.1996", "01.12.2026"), ("fr", "02/04/1996", "01/12/2026"),
     ("en", "2 April 1996", "1 December 2026")],
)  # fmt: skip
def test_dates_are_written_as_the_readers_language_writes_them(
    store: Store, language: str, born: str, prepared: str
) -> None:
    case_id = _case(store)
    content = dossier_content(store, case_id, language=language, organisation="X", now=NOW)
    words = dossier_words.Words(language)
    printed = "\n".join(_texts(content))
    assert born in printed and prepared in printed
    assert words.date("2023-06-01") in printed  # the statement, the check, the event
    assert not re.search(r"\d{4}-\d{2}-\d{2}", printed), printed


@pytest.mark.parametrize(
    ("language", "size"), [("de", "1.563 KB"), ("fr", "1\u00a0563 Ko"), ("en", "1,563 KB")]
)
def test_sizes_are_written_as_the_readers_language_writes_them(
    store: Store, language: str, size: str
) -> None:
    """1,563 KB read by a German reader is one and a half kilobytes: thousands are
    grouped the reader's way."""
    case_id = store.add_case("Канарейкин Илья")
    store.add_attachment(case_id, "scan.pdf", io.BytesIO(b"%PDF-1.4\n" + b"0" * 1_600_000))
    content = dossier_content(store, case_id, language=language, organisation="X", now=NOW)
    assert size in _texts(content)
    text = _pdf_text(make_dossier(store, case_id, language=language, organisation="X"))[1]
    assert _flat(size.replace("\u00a0", "")) in _flat(text.replace("\u00a0", ""))


def _texts(content: Any) -> list[str]:
    found = [*content.header]
    for block in content.blocks:
        if isinstance(block, Pairs):
            found += [value for _label, value in block.rows]
        elif isinstance(block, Table):
            found += [cell for row in block.rows for cell in row]
        elif isinstance(block, Paragraph):
            found.append(block.text)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_off_is_printed_with_who_signed_and_when(store: Store, language: str) -> None:
    case_id = _case(store)
    store.set_case_fields(case_id, {"stage": "cleared"})  # this vault signs the clearing
    signed_on = store.sign_off(case_id).signatures[0].signed_at[:10]
    words = dossier_words.Words(language)
    content = dossier_content(store, case_id, language=language, organisation="Astana office",
                              now=NOW)  # fmt: skip
    texts = [b.text for b in content.blocks if isinstance(b, Paragraph)]
    line = words.text("attestation_line", decision=words.stage("cleared"),
                      signer="Astana office", date=words.date(signed_on))  # fmt: skip
    assert line in texts
    assert words.text("no_attestations") not in texts
    # A check changed since: the signature is over earlier checks and vouches for nothing.
    store.set_check(case_id, "references", "pass", evidence="a letter", reviewer="Aigerim K.")
    content = dossier_content(store, case_id, language=language, organisation="Astana office",
                              now=NOW)  # fmt: skip
    texts = [b.text for b in content.blocks if isinstance(b, Paragraph)]
    assert line not in texts
    assert words.text("no_attestations") in texts
    assert words.text("attestations_not_counted", count=1) in texts


def test_the_left_out_section_names_what_the_profile_withheld(store: Store) -> None:
    case_id = _case(store)
    content = dossier_content(store, case_id, language="de", organisation="X", now=NOW)
    headings = [b.text for b in content.blocks if isinstance(b, Heading)]
    assert headings[-1] == dossier_words.Words("de").text("left_out")
    withheld = left_out(PROFILES["referral"])
    assert ("persons", "kz_address") in withheld and ("checks", "evidence") in withheld
    assert ("notes", None) in withheld
    assert ("persons", "name") not in withheld
    full = left_out(PROFILES["full"])
    assert ("persons", "kz_address") not in full and ("checks", "evidence") in full


def test_the_pages_show_the_person_and_the_document_list(store: Store, tmp_path: Path) -> None:
    """Renders every page to an image; kept under tmp for a person to look at."""
    case_id = _case(store)
    for language in LANGUAGES:
        data = make_dossier(store, case_id, language=language, organisation="Office", now=NOW)
        document = pdfium.PdfDocument(data)
        for index in range(len(document)):
            image = document[index].render(scale=1).to_pil()
            assert image.size[0] > 500 and image.size[1] > 700
            image.save(tmp_path / f"{language}-{index + 1}.png")
    assert len(list(tmp_path.glob("*.png"))) >= 3


def test_a_long_case_runs_over_several_pages_with_nothing_lost(store: Store) -> None:
    case_id = store.add_case("Long Case Person", {})
    for day in range(1, 29):
        store.add_statement(case_id, f"Statement number {day:02d}. " + "Against the war. " * 25,
                            stated_on=f"2024-02-{day:02d}", source="letter")  # fmt: skip
    pages, text = _pdf_text(make_dossier(store, case_id, language="en", organisation="O", now=NOW))
    assert pages >= 3
    flat = _flat(text)
    for day in range(1, 29):
        assert _flat(f"Statement number {day:02d}.") in flat
    assert _flat(f"Page {pages} of {pages}") in flat


def test_bad_requests_are_sentences_and_write_nothing(store: Store, tmp_path: Path) -> None:
    case_id = _case(store)
    with pytest.raises(InvalidInputError, match="en, fr, de"):
        make_dossier(store, case_id, language="ru", organisation="O")
    with pytest.raises(InvalidInputError, match="profile"):
        make_dossier(store, case_id, language="fr", profile="everything", organisation="O")
    with pytest.raises(NotFoundError):
        make_dossier(store, "ffffffff", language="fr", organisation="O")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidInputError, match="folder"):
        save_dossier(store, case_id, out, language="fr", organisation="O")
    assert list(out.iterdir()) == []


def test_saving_writes_only_the_file_and_logs_it(store: Store, tmp_path: Path) -> None:
    case_id = _case(store)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "dossier.pdf"
    size = save_dossier(store, case_id, target, language="fr", organisation="O")
    assert target.stat().st_size == size
    assert [p.name for p in out.iterdir()] == ["dossier.pdf"]
    entry = store.history(case_id, limit=5)[0]
    assert entry.action == "dossier.export"
    assert entry.detail == {"language": "fr", "profile": "referral", "bytes": size}


def test_an_interrupted_save_leaves_no_plaintext_behind(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C in the middle of writing: neither the file asked for nor a hidden partial
    copy of the dossier stays on the disk."""
    case_id = _case(store)

    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_dossier(store, case_id, out / "dossier.pdf", language="de", organisation="O")
    assert list(out.iterdir()) == []


def test_a_save_killed_midway_is_cleaned_up_at_the_next_start(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kill -9 while the PDF is written: its partial copy carries this process's id and the
    vault folder names it, so the next start removes it (``app.leftovers``); a later save
    to the same name removes it too."""
    case_id = _case(store)
    vault_folder, out = tmp_path / "vault", tmp_path / "out"
    vault_folder.mkdir()
    out.mkdir()
    target = out / "dossier.pdf"
    seen: dict[str, object] = {}
    real_fsync = os.fsync

    def look(fd: int) -> None:
        written = list(out.iterdir())  # the note in the vault folder is fsynced first
        if written and not seen:
            seen["pid"] = leftovers.process_id(written[0].name)
            seen["stale"] = [p for p in out.iterdir() if p.name != written[0].name]
            seen["record"] = [p.read_text() for p in vault_folder.iterdir()]
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", look)
    save_dossier(store, case_id, target, language="de", organisation="O",
                 record_in=vault_folder)  # fmt: skip
    assert seen == {"pid": os.getpid(), "stale": [], "record": [str(out.absolute()) + os.sep]}
    assert [p.name for p in out.iterdir()] == ["dossier.pdf"]
    assert list(vault_folder.iterdir()) == []  # the note goes with the write

    monkeypatch.setattr(os, "fsync", real_fsync)
    killed = out / "dossier.pdf.partial-999999999-abcd1234"  # a process no longer running
    killed.write_bytes(b"%PDF-1.4 half a dossier")
    save_dossier(store, case_id, target, language="de", organisation="O", replace=True)
    assert [p.name for p in out.iterdir()] == ["dossier.pdf"]

    # The next start, after a kill: the note names the folder, the partial copy goes.
    killed.write_bytes(b"%PDF-1.4 half a dossier")
    note = leftovers.record_output(vault_folder, target)
    note.rename(note.with_name(f"{leftovers.OUTPUT_RECORD}.tmp-999999999-abcd1234"))
    leftovers.clean_vault_leftovers(vault_folder, lambda: None)  # type: ignore[arg-type,return-value]
    assert [p.name for p in out.iterdir()] == ["dossier.pdf"]
    assert list(vault_folder.iterdir()) == []


def test_making_a_dossier_writes_no_file_anywhere(tmp_path: Path) -> None:
    """fpdf2 and fontTools keep no cache: with private home and temp folders, a dossier
    made in another process leaves both empty."""
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    code = (
        "import os, io\n"
        "from pathlib import Path\n"
        "from app.vault import open_database\n"
        "from app.store import Store\n"
        "from app.dossier import make_dossier\n"
        "conn = open_database(Path(os.environ['DB']), os.urandom(32), create=True)\n"
        "conn.isolation_level = None\n"
        "store = Store.open(conn, 'v')\n"
        "cid = store.add_case('Иван Тестов', {})\n"
        "store.add_statement(cid, 'Нет войне', source='letter')\n"
        "assert make_dossier(store, cid, language='de', organisation='O').startswith(b'%PDF')\n"
    )
    db_folder = tmp_path / "db"
    db_folder.mkdir()
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(temp), "XDG_CACHE_HOME": str(home),
           "DB": str(db_folder / "vault.db"), "PYTHONDONTWRITEBYTECODE": "1"}  # fmt: skip
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)
    assert list(home.iterdir()) == [] and list(temp.iterdir()) == []


# --- the words: every code of the case model has its word in every language -------------


def _table_codes() -> dict[str, tuple[dict[str, tuple[str, str, str]], set[str]]]:
    choices = {c for spec in FIELDS if spec.kind == "choice" and spec.name != "stage"
               for c in spec.choices}  # fmt: skip
    return {
        "fields": (dossier_words.FIELDS, {spec.name for spec in FIELDS}),
        "choices": (dossier_words.CHOICES, choices),
        "stages": (dossier_words.STAGES, set(STAGES)),
        "checks": (dossier_words.CHECKS, set(CHECKS)),
        "results": (dossier_words.RESULTS, set(RESULTS)),
        "events": (dossier_words.EVENTS, set(EVENT_KINDS)),
        "profiles": (dossier_words.PROFILES, set(PROFILES)),
    }


@pytest.mark.parametrize("name", list(_table_codes()))
def test_every_code_has_its_word_in_every_language(name: str) -> None:
    table, codes = _table_codes()[name]
    missing = sorted(codes - table.keys())
    assert missing == []
    for code in codes:
        assert all(word.strip() for word in table[code]), code


def test_every_sentence_has_every_language_and_the_same_placeholders() -> None:
    import string

    for key, texts in dossier_words.TEXT.items():
        assert len(texts) == len(LANGUAGES), key
        fields = [sorted(f for _, f, _, _ in string.Formatter().parse(text) if f) for text in texts]
        assert fields[0] == fields[1] == fields[2], key
        same_in_french = {"description", "checked_on", "kind", "page"}
        assert texts[1] != texts[0] or key in same_in_french, f"{key} not translated to French"


def test_a_dossier_the_vault_could_not_note_is_not_left_behind(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every dossier written is in the audit log: when the log cannot take it (a full
    disk), the plain PDF is not left on disk either, and "nothing was changed" is true."""
    from app.diskfull import disk_full_error
    from app.errors import StorageFullError

    case_id = _case(store)
    out = tmp_path / "out"
    out.mkdir()

    def full(*_args: object, **_kwargs: object) -> None:
        raise disk_full_error()

    monkeypatch.setattr(type(store), "log", full)
    with pytest.raises(StorageFullError):
        save_dossier(store, case_id, out / "dossier.pdf", language="fr", organisation="O")
    assert list(out.iterdir()) == []
