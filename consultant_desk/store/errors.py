"""The database's failures as the project's own errors, each readable in French and English.

They are translated once, here and in ``store.database``: the engine's ``handle_error`` hook
turns every driver error into one of these, and ``Database.transaction`` turns a save that lost
a race into the same ``ConflictError`` as a save made from a stale copy. ``ui/`` and ``cli/``
catch these (and the domain's errors), never SQLAlchemy's.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError

from consultant_desk.domain.errors import ConflictError, DomainError, NotFoundError

__all__ = [
    "ConflictError",
    "ConstraintError",
    "DatabaseBusyError",
    "DatabaseTimeoutError",
    "DatabaseUnavailableError",
    "DatabaseUrlError",
    "MissingDatabaseError",
    "NewerSchemaError",
    "NotFoundError",
    "PasswordNotEncodedError",
    "StoreError",
    "translate",
]

log = logging.getLogger(__name__)

# SQLITE_BUSY and SQLITE_LOCKED (the primary code: extended codes add bits above the low byte).
_SQLITE_BUSY_CODES = frozenset({5, 6})
# lock_not_available, deadlock_detected, serialization_failure: another session holds the rows.
_POSTGRES_BUSY_STATES = frozenset({"55P03", "40P01", "40001"})


class StoreError(DomainError):
    """The database failed, rather than the user's input: nothing was saved."""


class DatabaseUrlError(StoreError):
    def __init__(self, url: str) -> None:
        super().__init__("bad_database_url", url=url)


class DatabaseUnavailableError(StoreError):
    """The database cannot be opened or read: server down, file unreadable, not a database."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__("database_unreachable", url=url, reason=reason)


class PasswordNotEncodedError(StoreError):
    """The URL's password holds a character that splits the URL (``@``, ``:``, ``/``...).

    The message quotes nothing of the URL: any part of it may be the password.
    """

    def __init__(self) -> None:
        super().__init__("password_not_encoded")


class DatabaseTimeoutError(StoreError):
    """The server accepted the connection and never answered within the connect timeout."""

    def __init__(self, host: str, port: int, seconds: float) -> None:
        self.host = host
        self.port = port
        self.seconds = seconds
        super().__init__("connect_timeout", host=host, port=port, seconds=f"{seconds:g}")


class MissingDatabaseError(StoreError):
    """A command that works on an existing database was given a SQLite file that is not there."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__("no_database", path=str(path))


class DatabaseBusyError(StoreError):
    """Another program or user holds the lock the operation needs; trying again may succeed."""

    def __init__(self, url: str) -> None:
        self.url = url
        super().__init__("database_busy", url=url)


class ConstraintError(StoreError):
    """The change contradicts what is stored (a value that must be unique, a missing row):
    typically another user saved the same thing a moment before."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__("database_constraint", url=url, reason=reason)


class NewerSchemaError(StoreError):
    """The database was migrated by a newer version of the application."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__("newer_schema", revision=revision)


def _is_busy(original: BaseException) -> bool:
    sqlite_code = getattr(original, "sqlite_errorcode", None)
    if isinstance(sqlite_code, int):
        return sqlite_code & 0xFF in _SQLITE_BUSY_CODES
    return getattr(original, "sqlstate", None) in _POSTGRES_BUSY_STATES


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def translate(error: SQLAlchemyError, url: str) -> StoreError:
    """The project's error for a SQLAlchemy or driver error; ``url`` is already masked."""
    original = error.orig if isinstance(error, DBAPIError) else None
    if original is not None and _is_busy(original):
        return DatabaseBusyError(url)
    if isinstance(error, IntegrityError):
        return ConstraintError(url, _first_line(original or error))
    if not isinstance(error, OperationalError):
        # Not the database being away or refusing: most likely a mistake of ours. The log
        # keeps its kind (never its text, which may quote the user's data) for whoever looks.
        log.warning(
            "database error %s (%s)",
            type(error).__name__,
            type(original).__name__ if original is not None else "-",
        )
    return DatabaseUnavailableError(url, _first_line(original or error))
