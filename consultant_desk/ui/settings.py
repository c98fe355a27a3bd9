"""The user's interface settings: one INI file, each setting declared once with its default.

The file sits in the user's configuration folder, or under ``$CONSULTANT_DESK_HOME/config``
when that variable points every user folder elsewhere (tests, portable installs), exactly as
``store.location`` does for the data folders. QSettings writes it through a temporary file,
so a crash never leaves half a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from consultant_desk.store.location import config_dir

SETTINGS_FILE_NAME = "settings.ini"

T = TypeVar("T", str, int, bool, bytes)


def settings_file() -> Path:
    return config_dir() / SETTINGS_FILE_NAME


def open_settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key and its default, which also fixes its type."""

    key: str
    default: T

    def read(self, settings: QSettings) -> T:
        raw: object = settings.value(self.key, None)
        if raw is None:
            return self.default
        return _coerce(raw, self.default)

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, QByteArray(value) if isinstance(value, bytes) else value)


def _coerce(raw: object, default: T) -> T:
    # INI files give strings back whatever was stored; a bad value falls back to the default
    # rather than breaking the start of the application.
    result: object
    if isinstance(default, bool):
        result = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
    elif isinstance(default, int):
        try:
            result = int(str(raw))
        except ValueError:
            result = default
    elif isinstance(default, bytes):
        result = raw.data() if isinstance(raw, QByteArray) else default
    else:
        result = str(raw)
    return result  # type: ignore[return-value]


LANGUAGE = Setting("interface/language", "auto")
