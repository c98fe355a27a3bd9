"""Which language the interface speaks, and the Qt translations that make it speak it.

English is the source language of every string in ``ui/``. For a language, every
``*_<lang>.qm`` catalog found in ``resources/translations/`` is installed (so each module can
ship its own catalog: ``consultant_desk_fr.qm``, ``meetings_fr.qm``…; the English ones hold
only plural forms), plus Qt's own ``qtbase_<lang>.qm`` so standard dialogs and context menus
speak it too. ``resources/translations/update_translations.py`` builds the catalogs.

Switching installs new translators; Qt then sends every widget a ``LanguageChange`` event, on
which each widget sets its texts again. The non-Qt layers get the same language through
``domain.language.set_current_language``.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from consultant_desk.domain.language import Language, set_current_language
from consultant_desk.ui import settings as ui_settings
from consultant_desk.ui.resources import translations_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = Language.EN
# The catalogs of Qt itself to load beside ours.
QT_CATALOGS = ("qtbase",)


class LanguageChoice(StrEnum):
    AUTO = "auto"
    FR = "fr"
    EN = "en"


_translators: list[QTranslator] = []
_current: Language = SOURCE_LANGUAGE


def system_language() -> Language:
    """The first of the user's preferred languages we speak; French when none is."""
    for name in QLocale.system().uiLanguages():
        prefix = name.replace("-", "_").split("_")[0].lower()
        for language in Language:
            if language.value == prefix:
                return language
    return Language.FR


def resolve(choice: LanguageChoice) -> Language:
    return system_language() if choice is LanguageChoice.AUTO else Language(choice.value)


def configured_choice(settings: QSettings) -> LanguageChoice:
    value = ui_settings.LANGUAGE.read(settings)
    try:
        return LanguageChoice(value)
    except ValueError:
        return LanguageChoice.AUTO


def save_choice(settings: QSettings, choice: LanguageChoice) -> None:
    ui_settings.LANGUAGE.write(settings, choice.value)


def current_ui_language() -> Language:
    return _current


# When the system locale speaks another language: French of France, and British English,
# whose day-month-year dates the product's European clients read without a second thought.
FALLBACK_LOCALES = {Language.FR: "fr_FR", Language.EN: "en_GB"}


def locale_for(language: Language) -> QLocale:
    """The system locale when it speaks that language (fr_CA keeps its own formats), else
    the language's fallback locale."""
    system = QLocale.system()
    if system.name().split("_")[0].lower() == language.value:
        return system
    return QLocale(FALLBACK_LOCALES[language])


def catalogs_for(language: Language) -> list[Path]:
    """Every catalog of ours for that language, in a stable order."""
    folder = translations_dir()
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*_{language.value}.qm"))


def _qt_catalogs_for(language: Language) -> list[Path]:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [folder / f"{name}_{language.value}.qm" for name in QT_CATALOGS]


def apply_language(language: Language) -> list[Path]:
    """Speak ``language`` from now on; returns the catalogs loaded.

    Needs a QCoreApplication. Safe to call again: the previous translators are removed.
    """
    global _current  # noqa: PLW0603 - the process speaks one language at a time
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a QCoreApplication")
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()

    QLocale.setDefault(locale_for(language))
    set_current_language(language)
    _current = language

    # The source language has catalogs too: they hold its plural forms ("1 client").
    loaded: list[Path] = []
    for path in [*_qt_catalogs_for(language), *catalogs_for(language)]:
        if not path.is_file():
            continue
        translator = QTranslator()
        if translator.load(str(path)):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(path)
        else:
            log.warning("cannot load translation catalog %s", path.name)
    if not loaded and language is not SOURCE_LANGUAGE:
        log.warning("no %s translation catalog found in %s", language.value, translations_dir())
    return loaded
