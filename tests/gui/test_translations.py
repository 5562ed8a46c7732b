"""Translations: complete Russian and French sources, and switching language without restart.

The completeness check re-extracts every user-visible string from ``ui/`` and ``app/`` with
``pyside6-lupdate`` into a temporary copy of the .ts files: a new or changed string shows up
there as unfinished, and the test names it.
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
from ui.i18n import LANGUAGES, Translations
from ui.labels import stage_label
from ui.messages import user_sentence
from ui.settings import GuiSettings
from ui.settings_page import SettingsPage
from ui.unlock import UnlockDialog

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
TOOLS = Path(sys.executable).parent
PLURAL_FORMS = {"ru": 3, "fr": 2, "en": 2}
PLACEHOLDER = re.compile(r"%(?:n|\d)")


def tool(name: str) -> str:
    found = TOOLS / name
    return str(found) if found.exists() else name


def refreshed_ts(tmp_path: Path, language: str) -> ET.Element:
    copy = tmp_path / f"satchel_{language}.ts"
    shutil.copy(TS_DIR / copy.name, copy)
    only_plurals = ["-pluralonly"] if language == "en" else []  # English: just its plurals
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", *only_plurals, "-extensions", "py",
         "-locations", "none", str(ROOT / "ui"), str(ROOT / "app"), "-ts", str(copy)],
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
            elif any(
                sorted(set(PLACEHOLDER.findall(t))) != sorted(set(PLACEHOLDER.findall(source)))
                for t in texts
            ):
                problems.append(f"{where} loses or adds a %-placeholder")
    return problems


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_every_user_visible_string_is_translated(tmp_path: Path, language: str) -> None:
    root = refreshed_ts(tmp_path, language)
    assert len(list(root.iter("message"))) > 50
    assert problems_in(root, language) == []


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


@pytest.mark.parametrize("language", ["de", "", "ru/../../etc", "EN"])
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
