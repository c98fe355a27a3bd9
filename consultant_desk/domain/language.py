"""The two languages of the product, and the one the current process speaks."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    FR = "fr"
    EN = "en"

    @classmethod
    def parse(cls, value: str | None, default: Language | None = None) -> Language:
        """Map a locale name such as ``fr_CA`` or ``en-GB`` to a supported language."""
        if value:
            prefix = value.replace("-", "_").split("_")[0].lower()
            for language in cls:
                if language.value == prefix:
                    return language
        return default if default is not None else cls.FR


_current = Language.FR


def current_language() -> Language:
    """The language messages are rendered in when no language is asked for."""
    return _current


def set_current_language(language: Language) -> None:
    global _current  # noqa: PLW0603 - one process-wide setting, set by the UI or the command line
    _current = language
