"""Languages of the desktop app: English in the source; Russian, French, German and Kazakh
(Cyrillic script) from .qm files.

English plurals come from ``satchel_en.ts``, which holds only the strings with a number
(``%Ln case(s)`` becomes "1 case" or "2 cases"); Qt's own strings (standard buttons, the file
dialog) come from the ``qtbase_<lang>.qm`` files that PySide6 ships in its translations
folder. The first start speaks the system's language if Satchel offers it
(:func:`system_language`), and the first-run dialog lets the user choose another.

Every string a person reads goes through Qt's translation (``self.tr`` in widgets,
``QCoreApplication.translate`` elsewhere). The sources of the other languages are Qt Linguist
files in ``resources/i18n/satchel_<lang>.ts``; the build compiles them to ``.qm`` beside
them (``make translations``). Switching language installs another QTranslator; Qt then
sends every widget a ``LanguageChange`` event and each one calls its ``retranslate()``, so
the switch needs no restart and loses nothing typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "fr": "Français",
    "de": "Deutsch",
    "kk": "Қазақша",
}
"""Language codes and their names in their own language (never translated)."""

SOURCE_LANGUAGE = "en"


def default_translations_folder() -> Path:
    """Where the compiled .qm files live: ``resources/i18n`` beside the ``ui`` package."""
    return Path(__file__).resolve().parent.parent / "resources" / "i18n"


def system_language(offered: list[str] | None = None) -> str:
    """The first of the system's preferred languages that Satchel offers, else English.

    This is the language of a first start, before the user has chosen one.
    """
    choices = offered if offered is not None else list(LANGUAGES)
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-", 1)[0].lower()
        if code in choices:
            return code
    return SOURCE_LANGUAGE


def is_language_change(event: QEvent) -> bool:
    """True for the event Qt sends every widget after the language was switched."""
    return event.type() == QEvent.Type.LanguageChange


class Translations(QObject):
    """The installed language: Satchel's own strings and Qt's (standard buttons, dialogs)."""

    def __init__(self, parent: QObject, folder: Path | None = None) -> None:
        super().__init__(parent)
        self._folder = folder or default_translations_folder()
        self._installed: list[QTranslator] = []
        self._language = SOURCE_LANGUAGE

    @property
    def language(self) -> str:
        return self._language

    def qm_file(self, language: str) -> Path:
        return self._folder / f"satchel_{language}.qm"

    def available(self) -> list[str]:
        """The languages that can be switched to now (English always; others if built)."""
        return [
            code for code in LANGUAGES if code == SOURCE_LANGUAGE or self.qm_file(code).is_file()
        ]

    def switch(self, language: str) -> bool:
        """Use ``language`` from now on; False (and no change) if it is unknown or not built."""
        if language not in LANGUAGES:
            return False
        translators = self._load(language)
        if translators is None:
            return False
        # Installing or removing a translator makes Qt send every widget LanguageChange.
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        for new in translators:
            QCoreApplication.installTranslator(new)
        self._installed = translators
        self._language = language
        QLocale.setDefault(QLocale(language))
        # Deliver the LanguageChange events now, so every open widget speaks the new
        # language by the time this returns (the settings page, tests, screenshots).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return True

    def _load(self, language: str) -> list[QTranslator] | None:
        if language == SOURCE_LANGUAGE:
            # English needs a file only for its plurals ("1 case", "2 cases"): the source
            # says "%Ln case(s)". Without the file the source text is shown.
            plurals = QTranslator(self)
            if plurals.load(str(self.qm_file(language))):
                return [plurals]
            plurals.deleteLater()
            return []
        own = QTranslator(self)
        if not own.load(str(self.qm_file(language))):
            own.deleteLater()
            return None
        found = [own]
        qt_strings = QTranslator(self)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_strings.load(f"qtbase_{language}", qt_folder):
            found.append(qt_strings)
        else:
            qt_strings.deleteLater()
        return found
