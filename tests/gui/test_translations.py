"""Translations: complete sources in every language, and switching language without restart.

The completeness check re-extracts every user-visible string from ``ui/`` and ``app/`` with
``pyside6-lupdate`` into a temporary copy of the .ts files: a new or changed string shows up
there as unfinished, and the test names it. It runs for every language of
``ui.i18n.LANGUAGES`` (Russian, French, German, Kazakh), and checks that each translation
keeps the source's placeholders (``%n``, ``%1``, ``{name}``), HTML tags and accelerator.
"""

from __future__ import annotations

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
PLACEHOLDER = re.compile(r"%(?:n|\d)|\{[A-Za-z_][A-Za-z0-9_]*\}")
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
        return QCoreApplication.translate("CaseListPage", "%n case(s)", "", n)

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
