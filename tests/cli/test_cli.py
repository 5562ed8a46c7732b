"""The command line, driven as a person would: every command, every way it can go wrong."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.vault import Vault
from tests.helpers import Cli, one_sentence, run_satchel

PASSPHRASE = "violet harbour lantern 42"


@pytest.fixture
def vault_setup(tmp_path, keystore, test_kdf):
    folder = tmp_path / "vault"
    vault, recovery_code = Vault.create(folder, PASSPHRASE, keystore=keystore, kdf=test_kdf)
    vault.lock()
    return folder, recovery_code


@pytest.fixture
def cli(vault_setup, keystore) -> Cli:
    folder, _ = vault_setup
    return Cli(folder, keystore, {"SATCHEL_PASSPHRASE": PASSPHRASE})


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


REQUIRED_CHECKS = [
    "identity_documents",
    "military_documents",
    "interview_consistency",
    "osint_crosscheck",
    "plant_screening",
    "war_crimes_screening",
]


def test_a_case_from_intake_to_cleared(cli: Cli) -> None:
    added = cli("case", "add", "--name", "Канарейкин Илья Петрович", "unit=в/ч 31337", "risk=high")
    assert added.code == 0, added.err
    case_id = added.out.strip()
    assert len(case_id) == 36

    listed = cli("case", "list", "--json")
    assert listed.code == 0
    rows = json.loads(listed.out)
    assert [row["id"] for row in rows] == [case_id]

    assert (
        cli("check", "set", case_id[:8], "identity_documents", "pass", "--note", "seen").code == 0
    )
    refused = cli("case", "set", case_id[:8], "stage=cleared")
    one_sentence(refused)
    assert "plant screening" in refused.err.lower()
    shown = json.loads(cli("case", "show", case_id, "--json").out)
    assert shown["stage"] != "cleared"

    for check in REQUIRED_CHECKS[1:]:
        result = cli("check", "set", case_id, check, "pass", "--note", f"evidence for {check}")
        assert result.code == 0, result.err
    allowed = cli("case", "set", case_id, "stage=cleared")
    assert allowed.code == 0, allowed.err
    assert json.loads(cli("case", "show", case_id, "--json").out)["stage"] == "cleared"
    assert cli("case", "list", "--stage", "cleared").out.count(case_id) == 1
    assert cli("case", "list", "--stage", "intake").out.strip() == ""


def test_notes_attachments_search_and_verify(cli: Cli, tmp_path: Path) -> None:
    case_id = cli("case", "add", "--name", "Канарейкин Илья").out.strip()
    assert cli("note", "add", case_id, "Consistent account of the route via Orenburg.").code == 0

    document = tmp_path / "statement.txt"
    document.write_bytes(b"I refuse to take part in this war.\n")
    attached = cli("attach", case_id, str(document))
    assert attached.code == 0, attached.err

    case = json.loads(cli("case", "show", case_id, "--json").out)
    assert [n["text"] for n in case["notes"]] == ["Consistent account of the route via Orenburg."]
    assert [a["filename"] for a in case["attachments"]] == ["statement.txt"]

    for query in ("Kanareikin", "Kanareykin", "Канарейкин", "kanar"):
        found = json.loads(cli("search", query, "--json").out)
        assert [hit["case_id"] for hit in found] == [case_id], query
    assert json.loads(cli("search", "Snegirev", "--json").out) == []

    verified = cli("verify")
    assert verified.code == 0, verified.err
    assert "intact" in verified.out


def test_statements_with_a_translation(cli: Cli) -> None:
    case_id = cli("case", "add", "--name", "Канарейкин Илья").out.strip()
    added = cli(
        "statement", "add", case_id, "Я против войны.", "--source", "video",
        "--translation", "Je suis contre la guerre.", "--translation-lang", "fr",
        "--translator", "Marie Dupont",
    )  # fmt: skip
    assert added.code == 0, added.err
    second = cli("statement", "add", case_id, "Я ушёл из части.", "--source", "interview")
    statement_id = second.out.strip()
    refused = cli("statement", "translate", statement_id, "Ich ging.", "--lang", "de")
    assert refused.code != 0
    one_sentence(refused)
    assert "translator" in refused.err
    done = cli("statement", "translate", statement_id, "Ich ging.", "--lang", "de", "--by", "Anna")
    assert done.code == 0 and "saved" in done.err + done.out
    statements = json.loads(cli("case", "show", case_id, "--json").out)["statements"]
    assert {(s["text"], s["translation"], s["translation_lang"], s["translator"])
            for s in statements} == {
        ("Я против войны.", "Je suis contre la guerre.", "fr", "Marie Dupont"),
        ("Я ушёл из части.", "Ich ging.", "de", "Anna"),
    }  # fmt: skip
    assert cli("statement", "translate", statement_id, "").code == 0  # removed
    statements = json.loads(cli("case", "show", case_id, "--json").out)["statements"]
    assert [s["translation"] for s in statements if s["id"] == statement_id] == [None]


def test_wrong_passphrase_is_one_sentence_and_changes_nothing(cli: Cli, vault_setup) -> None:
    folder, _ = vault_setup
    cli("case", "add", "--name", "Снегирёв Павел")
    before = folder_bytes(folder)
    result = cli("case", "list", SATCHEL_PASSPHRASE="not the passphrase")
    one_sentence(result)
    assert "wrong" in result.err.lower()
    assert folder_bytes(folder) == before


def test_recovery_code_opens_the_vault(cli: Cli, vault_setup) -> None:
    _, recovery_code = vault_setup
    case_id = cli("case", "add", "--name", "Рябинин Олег").out.strip()
    messy = recovery_code.lower().replace("-", " ")
    result = cli("case", "list", SATCHEL_PASSPHRASE="wrong", SATCHEL_RECOVERY_CODE=messy)
    assert result.code == 0, result.err
    assert case_id in result.out


def test_changing_the_passphrase(cli: Cli) -> None:
    new = "another long passphrase 7"
    changed = cli("passphrase", SATCHEL_NEW_PASSPHRASE=new)
    assert changed.code == 0, changed.err
    one_sentence(cli("case", "list"))
    assert cli("case", "list", SATCHEL_PASSPHRASE=new).code == 0


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["case", "show", "ffffffff"], "no case"),
        (["case", "set", "ffffffff", "stage=vetting"], "no case"),
        (["case", "add", "--name", "X", "shoe_size=44"], "shoe_size"),
        (["case", "add", "--name", "X", "birth_date=yesterday"], "date"),
        (["case", "add", "--name", "X", "novalue"], "field=value"),
        (["check", "set", "ffffffff", "identity_documents", "pass"], "no case"),
        (["attach", "ffffffff", "/nonexistent/file.pdf"], "no file"),
        (["case", "frobnicate"], "satchel --help"),
        (["demo", "--cases", "0"], "between"),
    ],
)
def test_bad_input_gets_one_sentence(cli: Cli, argv: list[str], words: str) -> None:
    result = cli(*argv)
    one_sentence(result)
    assert words in result.err.lower()


def test_bad_check_name_and_result(cli: Cli) -> None:
    case_id = cli("case", "add", "--name", "Щеглов Антон").out.strip()
    for argv in (
        ["check", "set", case_id, "horoscope", "pass"],
        ["check", "set", case_id, "plant_screening", "maybe"],
    ):
        result = cli(*argv)
        one_sentence(result)


def test_missing_vault(tmp_path: Path, keystore) -> None:
    cli = Cli(tmp_path / "nowhere", keystore, {"SATCHEL_PASSPHRASE": PASSPHRASE})
    result = cli("case", "list")
    one_sentence(result)
    assert "no satchel vault" in result.err.lower()
    assert not (tmp_path / "nowhere").exists()


def test_init_refuses_an_existing_vault(cli: Cli, vault_setup) -> None:
    folder, _ = vault_setup
    before = folder_bytes(folder)
    one_sentence(cli("init"))
    assert folder_bytes(folder) == before


def test_demo_fills_the_vault(cli: Cli) -> None:
    result = cli("demo", "--cases", "25", "--seed", "7")
    assert result.code == 0, result.err
    assert len(json.loads(cli("case", "list", "--json").out)) == 25
    assert cli("verify").code == 0


def test_init_creates_a_vault_with_full_cost_and_prints_the_code_once(
    tmp_path: Path, keystore
) -> None:
    cli = Cli(tmp_path / "fresh", keystore, {"SATCHEL_PASSPHRASE": PASSPHRASE})
    result = cli("init")
    assert result.code == 0, result.err
    code = result.out.strip()
    assert len(code.replace("-", "")) >= 20
    assert "only this once" in result.err
    status = json.loads(cli("status").out)
    assert status["kdf"]["memory_kib"] >= 256 * 1024
    assert status["device_secret_in_use"] is True
    assert cli("case", "list", SATCHEL_PASSPHRASE="", SATCHEL_RECOVERY_CODE=code).code == 0


def test_the_installed_program_never_shows_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "SATCHEL_PASSPHRASE": PASSPHRASE, "SATCHEL_VAULT": str(tmp_path / "v")}
    env.pop("SATCHEL_DEBUG", None)
    for argv in (["case", "list"], ["case", "show"], ["--bogus"]):
        run = run_satchel(argv, env)
        assert run.returncode != 0
        assert "Traceback" not in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_no_passphrase_and_no_terminal(tmp_path: Path, vault_setup) -> None:
    folder, _ = vault_setup
    env = {k: v for k, v in os.environ.items() if not k.startswith("SATCHEL_PASS")}
    run = run_satchel(["--vault", str(folder), "case", "list"], env)
    assert run.returncode == 1
    assert "SATCHEL_PASSPHRASE" in run.stderr


def test_init_refuses_a_short_passphrase_before_any_slow_work(tmp_path: Path, keystore) -> None:
    cli = Cli(tmp_path / "fresh", keystore, {"SATCHEL_PASSPHRASE": "short"})
    result = cli("init")
    one_sentence(result)  # no "Creating the vault..." line before the refusal
    assert "at least 8 characters" in result.err
    assert not (tmp_path / "fresh").exists()


def test_case_list_prints_a_page_unless_asked_for_more(cli: Cli) -> None:
    assert cli("demo", "--cases", "60", "--seed", "3").code == 0
    page = cli("case", "list")
    assert page.code == 0 and len(page.lines) == 50
    assert "50 most recently changed of 60 cases" in page.err
    assert len(cli("case", "list", "--limit", "7").lines) == 7
    everything = cli("case", "list", "--all")
    assert len(everything.lines) == 60 and everything.err == ""
    assert len(json.loads(cli("case", "list", "--json", "--limit", "3").out)) == 3
    assert "at least 1" in one_sentence(cli("case", "list", "--limit", "0"))
    assert "not allowed with" in one_sentence(cli("case", "list", "--all", "--limit", "3"))


def test_intake_warns_loudly_about_a_returning_person(cli: Cli) -> None:
    first = cli("case", "add", "--name", "Канарейкин Илья", "birth_date=1996-04-02",
                "internal_passport=6310 123456").out.strip()  # fmt: skip
    assert cli("case", "set", first, "stage=rejected", "rejection_reason=suspected plant").code == 0
    again = cli("case", "add", "--name", "Kanareikin Ilia", "birth_date=1996-04-02")
    assert again.code == 0
    second = again.out.strip()
    assert "WARNING: this person may already have 1 other case" in again.err
    assert first[:8] in again.err and "rejected: suspected plant" in again.err
    listed = cli("case", "matches", second, "--json")
    assert [m["case_id"] for m in json.loads(listed.out)] == [first]
    # An edit of an identifying field is checked too.
    third = cli("case", "add", "--name", "Пётр Сидоров").out.strip()
    edited = cli("case", "set", third, "internal_passport=63-10 123456")
    assert "WARNING" in edited.err and first[:8] in edited.err
    # Recorded decisions: the different person is not shown again, the same one is linked.
    assert cli("case", "link", third, first, "--different").code == 0
    assert cli("case", "link", second, first, "--same").code == 0
    shown = cli("case", "matches", first).out
    assert second[:8] in shown and "[linked]" in shown and third[:8] not in shown
    assert "itself" in one_sentence(cli("case", "link", first, first, "--same"))


def test_vetting_sign_off_from_the_command_line(cli: Cli) -> None:
    case_id = cli("case", "add", "--name", "Канарейкин Илья").out.strip()
    assert "nobody has signed" in cli("vetting", "show", case_id[:8]).out
    early = cli("vetting", "sign", case_id[:8])
    one_sentence(early)  # one signs what one sees: the checks are not done
    for check in REQUIRED_CHECKS:
        assert cli("check", "set", case_id, check, "pass", "--note", f"seen {check}").code == 0
    assert cli("vetting", "rule").out.strip() == "Two-person rule: off"
    assert cli("vetting", "rule", "on").out.strip() == "Two-person rule: on"

    signed = cli("vetting", "sign", case_id[:8])
    assert signed.code == 0, signed.err
    assert "this vault" in signed.out and "1 more signature(s) needed" in signed.out
    refused = cli("case", "set", case_id, "stage=cleared")
    one_sentence(refused)
    assert "two-person rule" in refused.err

    cli("check", "set", case_id, "plant_screening", "pass", "--note", "looked again")
    shown = json.loads(cli("vetting", "show", case_id, "--json").out)
    assert [s["problem"] for s in shown["signatures"]] == ["earlier_checks"]
    assert shown["missing"] == 2 and shown["rule_on"] is True
    assert "signed over earlier checks" in cli("vetting", "show", case_id).out
    # A clearing followed by a rejection of the same checks is withdrawn.
    cli("vetting", "sign", case_id)
    withdrawn = cli("vetting", "sign", case_id, "--reject").out
    assert "withdrawn" in withdrawn and "2 more signature(s) needed" in withdrawn
    assert cli("vetting", "rule", "off").code == 0
    assert cli("case", "set", case_id, "stage=cleared").code == 0


def test_starting_a_command_or_the_app_does_not_load_the_pdf_library() -> None:
    """fpdf2 and fontTools take over a second to import: only a dossier may pay for it."""
    import subprocess
    import sys

    code = "import sys, cli, ui.shell; print(sorted({'fpdf', 'fontTools'} & set(sys.modules)))"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment
    )
    assert found.stdout.strip() == "[]"


def test_the_command_line_loads_the_sealing_code_only_for_a_command_that_seals() -> None:
    """panic must start fast: building the parser loads no bundle or border code, and a
    bundle command's handler loads it when it runs."""
    import subprocess
    import sys

    heavy = [
        "app.exchange.border",
        "app.exchange.bundle.export",
        "app.exchange.bundle.importer",
        "app.exchange.bundle.container",
    ]
    code = f"import sys, cli; cli.build_parser(); print(sorted(set({heavy!r}) & set(sys.modules)))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True)  # fmt: skip
    assert found.stdout.strip() == "[]"


def test_each_command_group_registers_the_commands_the_table_names() -> None:
    """cli.COMMAND_GROUPS decides which group a command line imports: it must be exact."""
    import importlib

    import cli
    from cli.console import Parser

    for group, names in cli.COMMAND_GROUPS.items():
        commands = Parser(prog="satchel").add_subparsers(dest="command", parser_class=Parser)
        importlib.import_module(group).register(commands)
        assert tuple(commands.choices) == names, group
    assert cli.command_word(["--vault", "panic", "case", "list"]) == "case"
    assert cli.command_word(["--vault=x", "panic", "--yes"]) == "panic"
    assert cli.command_word(["--help"]) is None
    assert cli.groups_for("panic") == ["cli.border_commands"]
    assert cli.groups_for(None) == list(cli.COMMAND_GROUPS)


def test_panic_loads_neither_the_database_nor_the_cipher_code(tmp_path: Path) -> None:
    """Seconds count at a border: ``satchel panic`` imports only what it needs, never the
    store, SQLCipher, the key-slot cipher code or the bundle code."""
    import subprocess
    import sys

    from app.vault.keystore import no_keystore
    from crypto.kdf import KdfParams
    from tests.helpers import private_environment

    folder = tmp_path / "vault"
    kdf = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
    Vault.create(folder, "a throw-away passphrase", keystore=no_keystore("test"), kdf=kdf)[0].lock()
    heavy = ["app.store", "app.vault.vault", "sqlcipher3", "crypto.keyslots", "app.exchange"]
    code = (
        "import sys, cli\n"
        "status = cli.main(sys.argv[1:])\n"
        "names = [m for m in sys.modules if m.split('.')[0] in ('app', 'crypto', 'sqlcipher3')]\n"
        f"print(status, sorted(h for h in {heavy!r} for m in names if m == h or "
        "m.startswith(h + '.')))"
    )
    env = private_environment(tmp_path / "home", drop_prefix="SATCHEL_")
    found = subprocess.run(
        [sys.executable, "-c", code, "--vault", str(folder), "panic", "--yes"],
        capture_output=True, text=True, check=True, env=env, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert found.stdout.strip() == "0 []", found.stderr
    assert not folder.exists()
