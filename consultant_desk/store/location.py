"""Where the embedded database and the user's files live, and which database to open."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from consultant_desk import APP_ID

DATABASE_URL_ENV = "CONSULTANT_DESK_DATABASE_URL"
# Points every user folder somewhere else: tests, portable installs, a second profile.
HOME_ENV = "CONSULTANT_DESK_HOME"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_ID, appauthor=False)


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    return Path(override) / "data" if override else Path(_dirs().user_data_dir)


def log_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    return Path(override) / "logs" if override else Path(_dirs().user_log_dir)


def config_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    return Path(override) / "config" if override else Path(_dirs().user_config_dir)


def documents_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / "documents"
    return Path(_dirs().user_documents_dir) / "Consultant Desk"


def backups_dir() -> Path:
    return data_dir() / "backups"


def default_database_path() -> Path:
    return data_dir() / "consultant-desk.sqlite3"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_database_url(explicit: str | None = None) -> str:
    """The ``--database`` option, else the environment variable, else the embedded SQLite."""
    if explicit:
        return explicit
    from_env = os.environ.get(DATABASE_URL_ENV)
    if from_env:
        return from_env
    return sqlite_url(default_database_path())
