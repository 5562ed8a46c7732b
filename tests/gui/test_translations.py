"""Translations: complete sources in every language, and switching language without restart.

Switching must reach every word on screen, also the sentences a screen shows because
something happened (a refusal, the core's error, "3 cases were added"): those are shown
with ``ui.widgets.show_sentence``, which says them again in the new language. A check over
the source fails on a ``setText(self.tr(...))`` or ``setText(user_sentence(error))`` that
``retranslate()`` never redoes.

The completeness check re-extracts every user-visible string from ``ui/`` and ``app/`` with
``pyside6-lupdate`` into a temporary copy of the .ts files: a new or changed string shows up
there as unfinished, and the test names it. It runs for every language of
``ui.i18n.LANGUAGES`` (Russian, French, German, Kazakh), and checks that each translation
keeps the source's placeholders (``%Ln``, ``%1``, ``{name}``), HTML tags and accelerator. A
plural's count is ``%Ln``, written as the language writes numbers ("1 500 дел"), never ``%n``
("1500 дел").
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from app.errors import WrongPassphraseError
from ui.i18n import LANGUAGES, SOURCE_LANGUAGE, Translations
from ui.labels import stage_label
from ui.messages import user_sentence
from ui.settings import GuiSettings
from ui.settings_page import SettingsPage
from ui.unlock import UnlockDialog

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
TOOLS = Path(sys.executable).parent
# How many plural forms Qt's lupdate writes for each language (Kazakh: one for 1, one for
# the rest, as Qt's plural rules have it).
PLURAL_FORMS = {"ru": 3, "fr": 2, "en": 2, "de": 2, "kk": 2}
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%(?:L?n|\d)|\{[A-Za-z_][A-Za-z0-9_]*\}")
# A plural whose number Satchel strips off again (the spin box shows its own number).
BARE_COUNT_COMMENTS = {"after a number in a spin box"}
HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)[^>]*>")
ACCELERATOR = re.compile(r"&\w")


def marks(text: str) -> tuple[list[str], list[str], int]:
    """What a translation must keep from its source: placeholders, HTML tags, accelerators."""
    without_doubles = text.replace("&&", "")
    return (
        sorted(set(PLACEHOLDER.findall(text))),
        sorted(HTML_TAG.findall(text)),
        len(ACCELERATOR.findall(without_doubles)),
    )


def tool(name: str) -> str:
    found = TOOLS / name
    return str(found) if found.exists() else name


def refreshed_ts(tmp_path: Path, language: str) -> ET.Element:
    copy = tmp_path / f"satchel_{language}.ts"
    shutil.copy(TS_DIR / copy.name, copy)
    only_plurals = ["-pluralonly"] if language == "en" else []  # English: just its plurals
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", *only_plurals, "-extensions", "py",
         "-locations", "none", str(ROOT / "ui"), str(ROOT / "cli"), str(ROOT / "app"),
         "-ts", str(copy)],
        check=True, capture_output=True,
    )  # fmt: skip
    return ET.parse(copy).getroot()


def problems_in(root: ET.Element, language: str) -> list[str]:
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            where = f"{language} {name}: {source!r}"
            if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                problems.append(f"{where} is {translation.get('type')}")
            elif not all(t.strip() for t in texts):
                problems.append(f"{where} has an empty translation")
            elif message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[language]:
                problems.append(f"{where} needs {PLURAL_FORMS[language]} plural forms")
            elif "%n" in source and message.findtext("comment") not in BARE_COUNT_COMMENTS:
                problems.append(f"{where} writes its number as %n, not %Ln (1500, not 1 500)")
            elif any(marks(t)[0] != marks(source)[0] for t in texts):
                problems.append(f"{where} loses or adds a placeholder")
            elif any(marks(t)[1] != marks(source)[1] for t in texts):
                problems.append(f"{where} loses or adds an HTML tag")
            elif any(marks(t)[2] != marks(source)[2] for t in texts):
                problems.append(f"{where} loses or adds an & accelerator")
    return problems


def test_every_language_but_english_is_checked() -> None:
    assert TRANSLATED == ["ru", "fr", "de", "kk"]
    assert set(TRANSLATED) <= set(PLURAL_FORMS)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_user_visible_string_is_translated(tmp_path: Path, language: str) -> None:
    root = refreshed_ts(tmp_path, language)
    assert len(list(root.iter("message"))) > 50
    assert problems_in(root, language) == []


@pytest.mark.parametrize("language", [*TRANSLATED, SOURCE_LANGUAGE])
def test_no_translation_file_keeps_strings_the_app_no_longer_has(language: str) -> None:
    """Current, not only complete: an old sentence left as "vanished" or "obsolete" is what
    a translator would keep polishing for nothing (make translations-from-source drops them)."""
    root = ET.parse(TS_DIR / f"satchel_{language}.ts").getroot()
    left = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in {"vanished", "obsolete"}:
            left.append(message.findtext("source"))
    assert left == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_translation_says_which_language_it_is(language: str) -> None:
    root = ET.parse(TS_DIR / f"satchel_{language}.ts").getroot()
    assert root.get("language", "").split("_")[0] == language


def test_every_english_plural_has_its_singular_and_plural(tmp_path: Path) -> None:
    """No "1 case(s)" in English either: each %n string has both English forms."""
    root = refreshed_ts(tmp_path, "en")
    messages = list(root.iter("message"))
    assert len(messages) > 10
    assert all(m.get("numerus") == "yes" for m in messages)
    assert problems_in(root, "en") == []
    for message in messages:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert not any("(s)" in form for form in forms), forms


def test_plurals_agree_with_their_number_in_every_language(translations, qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    def cases(n: int) -> str:
        return QCoreApplication.translate("CaseListPage", "%Ln case(s)", "", n)

    assert translations.switch("en")
    assert [cases(n) for n in (1, 2, 0)] == ["1 case", "2 cases", "0 cases"]
    assert translations.switch("ru")
    assert [cases(n) for n in (1, 3, 5, 21)] == ["1 дело", "3 дела", "5 дел", "21 дело"]
    assert translations.switch("fr")
    assert [cases(n) for n in (1, 2, 0)] == ["1 dossier", "2 dossiers", "0 dossier"]
    assert translations.switch("de")
    assert [cases(n) for n in (1, 2, 0, 21)] == ["1 Fall", "2 Fälle", "0 Fälle", "21 Fälle"]
    assert translations.switch("kk")
    # Kazakh keeps the noun singular after a number: "1 іс", "5 іс".
    assert [cases(n) for n in (1, 2, 0, 21)] == ["1 іс", "2 іс", "0 іс", "21 іс"]


@pytest.mark.parametrize(
    ("language", "cases", "number"),
    [("en", "1,500 cases", "12,345"), ("ru", "1\xa0500 дел", "12\xa0345"),
     ("fr", "1\u202f500 dossiers", "12\u202f345"), ("de", "1.500 Fälle", "12.345"),
     ("kk", "1\xa0500 іс", "12\xa0345")],
)  # fmt: skip
def test_counts_are_written_as_each_language_writes_numbers(
    translations, language, cases, number
) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.formats import number_text

    assert translations.switch(language)
    assert QCoreApplication.translate("CaseListPage", "%Ln case(s)", "", 1500) == cases
    assert number_text(12345) == number
    assert number_text(7) == "7"


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "12/15/2026"), ("ru", "15.12.2026"), ("fr", "15/12/2026"), ("de", "15.12.2026"),
     ("kk", "15.12.2026")],
)  # fmt: skip
def test_dates_are_shown_in_each_languages_format(translations, language, shown) -> None:
    from ui.formats import date_text

    assert translations.switch(language)
    assert date_text("2026-12-15") == shown
    assert date_text("2026-12-15T10:00:00") == shown
    assert date_text("no date") == "no date"


def test_qt_own_strings_are_translated_too(translations, qapp) -> None:
    """Standard buttons and the file dialog come from PySide6's qtbase translations."""
    from PySide6.QtCore import QCoreApplication

    assert translations.switch("ru")
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    # Qt 6's own file-dialog labels, which qtbase_ru.qm lacks, come from Satchel's .ts.
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Перейти к:"
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "&Типы файлов:"
    assert translations.switch("fr")
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    # PySide6 ships qtbase_de and qtbase_kk; their file dialog says "&Look in:" (with its
    # accelerator) and has no entry for the plain "Look in:", so that is what is asked.
    assert translations.switch("de")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Suchen in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert translations.switch("kk")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") != "&Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Бас тарту"


def test_the_check_notices_a_missing_string(tmp_path: Path) -> None:
    root = refreshed_ts(tmp_path, "ru")
    message = next(root.iter("message"))
    translation = message.find("translation")
    assert translation is not None
    translation.set("type", "unfinished")
    assert len(problems_in(root, "ru")) == 1


@pytest.fixture
def translations(compiled_translations):
    """The .ts sources compiled afresh (see conftest.py); English again afterwards."""
    return compiled_translations


def test_switching_language_retranslates_open_widgets_without_restart(
    qtbot, translations, db_thread, tmp_path, keystore
):
    dialog = UnlockDialog(db_thread, tmp_path / "v", keystore, parent=None)
    qtbot.addWidget(dialog)
    dialog.secret.setText("typed, not lost")
    assert dialog.unlock_button.text() == "Unlock"
    assert translations.switch("ru")
    assert dialog.unlock_button.text() == "Разблокировать"
    assert dialog.windowTitle() == "Разблокировать Satchel"
    assert stage_label("protection_granted") == "Защита предоставлена"
    assert translations.switch("fr")
    assert dialog.unlock_button.text() == "Déverrouiller"
    assert translations.switch("de")
    assert dialog.unlock_button.text() == "Entsperren"
    assert translations.switch("kk")
    assert dialog.unlock_button.text() == "Құлыпты ашу"
    assert translations.switch("en")
    assert dialog.unlock_button.text() == "Unlock"
    assert dialog.secret.text() == "typed, not lost"


def test_core_sentences_are_translated_and_unknown_ones_kept(translations):
    wrong = WrongPassphraseError("The passphrase or recovery code is wrong; nothing was changed.")
    assert translations.switch("fr")
    assert user_sentence(wrong).startswith("La phrase de passe")
    other = WrongPassphraseError("Some sentence the GUI does not know.")
    assert user_sentence(other) == "Some sentence the GUI does not know."
    assert "internal error" not in user_sentence(ValueError("secret details"))
    assert "secret details" not in user_sentence(ValueError("secret details"))


@pytest.mark.parametrize("language", ["ja", "", "ru/../../etc", "EN", "DE", "kz"])
def test_unknown_languages_change_nothing(translations, language):
    assert translations.switch("ru")
    assert not translations.switch(language)
    assert translations.language == "ru"


def test_a_language_whose_file_is_missing_is_refused(qapp, tmp_path):
    holder = QObject()
    translations = Translations(holder, tmp_path / "empty")
    assert translations.available() == ["en"]
    assert not translations.switch("ru")
    assert translations.language == "en"
    holder.deleteLater()


def test_the_settings_page_offers_every_language_in_its_own_name(qtbot, translations):
    page = SettingsPage(GuiSettings(), parent=None)
    qtbot.addWidget(page)
    names = [page.language.itemText(i) for i in range(page.language.count())]
    assert names == list(LANGUAGES.values())
    with qtbot.waitSignal(page.settings_changed) as blocker:
        page.language.setCurrentIndex(page.language.findData("fr"))
    assert blocker.args[0].language == "fr"


@pytest.mark.parametrize("language", TRANSLATED)
def test_qts_file_dialog_has_no_english_label(qtbot, translations, language) -> None:
    """Satchel uses Qt's own file dialog; its labels come from qtbase or, where qtbase_<lang>
    lacks one (Russian: "Look in:", "Files of type:"), from Satchel's .ts files."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    assert translations.switch(language)
    dialog = QFileDialog(None, "x", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert len(labels) >= 3
    english = {"&Look in:", "Files of &type:", "File &name:", "Look in:"}
    assert not english & set(labels), labels


# --- sentences shown when something happened follow a language switch -----------------------

SENTENCE_CALLS = {"tr", "translate", "user_sentence", "exchange_sentence", "border_sentence",
                  "core_sentence", "file_taken_sentence"}  # fmt: skip
TEXT_SETTERS = {"setText", "setPlainText", "setHtml", "showMessage", "setToolTip",
                "setPlaceholderText", "setWindowTitle", "setTitle", "setSubTitle", "setFormat",
                "setSuffix", "setPrefix"}  # fmt: skip


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _translated(node: ast.expr, names: set[str]) -> bool:
    """True if ``node`` is words in the current language: ``self.tr(...)``,
    ``user_sentence(error)``, ``...replace(...)`` on one, a name holding one."""
    if isinstance(node, ast.Call):
        if _name(node) in SENTENCE_CALLS:
            return True
        return isinstance(node.func, ast.Attribute) and _translated(node.func.value, names)
    if isinstance(node, ast.BinOp):
        return _translated(node.left, names) or _translated(node.right, names)
    if isinstance(node, ast.IfExp):
        return _translated(node.body, names) or _translated(node.orelse, names)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(v, ast.FormattedValue) and _translated(v.value, names) for v in node.values
        )
    return isinstance(node, ast.Name) and node.id in names


def _self_call(node: ast.AST) -> str | None:
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "self"
    ):
        return node.func.attr
    return None


def stale_sentences(tree: ast.Module, where: str) -> list[str]:
    """Words put on screen by a widget's method that ``retranslate()`` never runs.

    In each class with a ``retranslate``: the methods it calls (through ``self.x()``) may set
    translated text; any other method that sets it (directly or through a ``self`` method
    that hands its argument to a setter) leaves it in the old language after a switch.
    """
    found = []
    for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
        methods = {m.name: m for m in cls.body if isinstance(m, ast.FunctionDef)}
        if "retranslate" not in methods:
            continue
        calls = {
            name: {c for c in map(_self_call, ast.walk(method)) if c in methods}
            for name, method in methods.items()
        }
        redone, todo = set(), ["retranslate"]
        while todo:
            name = todo.pop()
            if name not in redone:
                redone.add(name)
                todo.extend(calls[name])
        passes_on = {}  # a method handing one of its parameters to a setter: which one
        for name, method in methods.items():
            params = [a.arg for a in method.args.args[1:]]
            for node in ast.walk(method):
                if isinstance(node, ast.Call) and _name(node) in TEXT_SETTERS and node.args:
                    first = node.args[0]
                    if isinstance(first, ast.Name) and first.id in params:
                        passes_on[name] = params.index(first.id)
        for name, method in methods.items():
            if name in redone:
                continue
            held = {
                target.id
                for node in ast.walk(method)
                if isinstance(node, ast.Assign) and _translated(node.value, set())
                for target in node.targets
                if isinstance(target, ast.Name)
            }
            for node in ast.walk(method):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                shown = _name(node) in TEXT_SETTERS and _translated(node.args[0], held)
                helper = _self_call(node)
                if helper in passes_on and len(node.args) > passes_on[helper]:
                    shown = shown or _translated(node.args[passes_on[helper]], held)
                if shown:
                    found.append(f"{where}:{node.lineno} {cls.name}.{name}: {ast.unparse(node)}")
    return found


def test_no_sentence_stays_in_the_language_it_was_first_shown_in() -> None:
    problems = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        problems += stale_sentences(tree, str(path.relative_to(ROOT)))
    assert problems == []


def test_the_stale_sentence_check_notices_one() -> None:
    source = """
class Page(QWidget):
    def retranslate(self):
        self.title.setText(self.tr("Title"))
        self._show_count()

    def _show_count(self):
        self.count.setText(self.tr("%n case(s)", "", self.n))

    def _failed(self, error):
        sentence = user_sentence(error)
        self.problem.setText(sentence)

    def _saved(self):
        self.state.setText(self.tr("Saved.").replace("%1", "x"))
        self._say(self.tr("Done."))
        self.path.setText(str(self.chosen))
        show_sentence(self.state, lambda: self.tr("Saved."))

    def _say(self, sentence):
        self.outcome.setText(sentence)
"""
    found = stale_sentences(ast.parse(source), "example")
    assert [f.split(" ", 1)[0] for f in found] == ["example:12", "example:15", "example:16"]


def test_a_refusal_on_the_unlock_dialog_follows_a_language_switch(
    qtbot, translations, db_thread, tmp_path, keystore, test_kdf
):
    from app.vault import Vault

    folder = tmp_path / "v"
    Vault.create(folder, "correct horse battery staple", keystore=keystore, kdf=test_kdf)[0].lock()
    assert translations.switch("ru")
    dialog = UnlockDialog(db_thread, folder, keystore, parent=None)
    qtbot.addWidget(dialog)
    dialog.secret.setText("wrong guess")
    with qtbot.waitSignal(dialog.unlock_failed, timeout=30_000):
        dialog.unlock()
    assert dialog.problem.text().startswith("Неверная парольная фраза")
    assert translations.switch("fr")
    assert dialog.problem.text().startswith("La phrase de passe")
    assert translations.switch("de")
    assert "Passphrase" in dialog.problem.text()
    dialog.problem.clear()  # what the dialog puts there next is its own again
    assert translations.switch("ru")
    assert dialog.problem.text() == ""


def test_the_settings_page_outcome_and_the_first_run_refusal_follow_a_switch(
    qtbot, translations, db_thread, tmp_path, keystore
):
    from ui.demo_data import DemoData
    from ui.first_run import FirstRunDialog

    assert translations.switch("ru")
    first_run = FirstRunDialog(db_thread, tmp_path / "v", keystore, parent=None)
    qtbot.addWidget(first_run)
    first_run.passphrase.setText("correct horse battery staple")
    first_run.repeat.setText("correct horse battery stapler")
    assert first_run.problem.text() == "Парольные фразы не совпадают."
    first_run.organisation.setText("Мемориал\u202e")
    first_run.repeat.setText("correct horse battery staple")
    first_run.create_vault()  # the organisation's name is refused before anything is made
    refused = first_run.problem.text()
    assert refused and "Мемориал" not in refused
    assert translations.switch("fr")
    assert first_run.problem.text() not in ("", refused)
    assert not re.search("[А-Яа-я]", first_run.problem.text())
    demo = DemoData(parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(demo)
    demo._done(3)
    assert demo.outcome.text() == "3 dossiers fictifs ont été ajoutés."
    assert translations.switch("de")
    assert "3" in demo.outcome.text() and "dossiers" not in demo.outcome.text()


def test_the_self_test_loads_every_language_and_notices_a_lost_one(
    qapp, compiled_translations, tmp_path, monkeypatch
) -> None:
    """``satchel selftest`` (and so ``make package-test``) fails on a package that lost a
    language's .qm or Qt's qtbase_<lang>.qm: either would show English without an error."""
    from cli.selftest import SelfTestFailure
    from ui.selftest_steps import check_languages, selftest_steps

    compiled = compiled_translations.qm_file("ru").parent
    assert any(step.check is check_languages for step in selftest_steps())
    check_languages(None, compiled)  # type: ignore[arg-type] # the step needs no vault
    partial = tmp_path / "partial"
    partial.mkdir()
    for code in ("en", "fr", "de", "kk"):
        shutil.copy(compiled / f"satchel_{code}.qm", partial)
    with pytest.raises(SelfTestFailure, match="no compiled translation for ru"):
        check_languages(None, partial)  # type: ignore[arg-type]
    monkeypatch.setattr("ui.i18n.QLibraryInfo.path", lambda _which: str(tmp_path / "no-qt"))
    with pytest.raises(SelfTestFailure, match="qtbase_ru"):
        check_languages(None, compiled)  # type: ignore[arg-type]
