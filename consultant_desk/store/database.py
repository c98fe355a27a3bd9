"""Opening a database, and the one transaction every write goes through."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from consultant_desk.domain.errors import DomainError

PRIVATE_FILE_MODE = 0o600


class DatabaseUrlError(DomainError):
    def __init__(self, url: str) -> None:
        super().__init__("bad_database_url", url=url)


class MissingDatabaseError(DomainError):
    """A command that only reads was pointed at a SQLite file that does not exist."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__("no_database", path=str(path))


class DatabaseUnreachableError(DomainError):
    def __init__(self, url: str, reason: str) -> None:
        super().__init__("database_unreachable", url=url, reason=reason)


def unreachable(url: str | URL, error: SQLAlchemyError) -> DatabaseUnreachableError:
    """One readable line from a driver error; the URL shown without its password."""
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    reason = lines[0] if lines else type(error).__name__
    return DatabaseUnreachableError(safe_url(url), reason)


def safe_url(url: str | URL) -> str:
    """The URL with its password masked: safe for logs, messages and the About box."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"


def _sqlite_file(url: URL) -> Path | None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _prepare_sqlite_file(url: URL, *, create: bool) -> None:
    path = _sqlite_file(url)
    if path is None:
        return
    if not create:
        # Reading a mistyped path must not leave folders and an empty database behind.
        if not path.is_file():
            raise MissingDatabaseError(path)
        return
    path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    if not path.exists():
        # Create it readable by the user alone; SQLite gives its -wal and -shm files the
        # same mode as the database file.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
        os.close(fd)


def _on_sqlite_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # pysqlite's own transaction handling is turned off so that SQLAlchemy's BEGIN is the
    # only one: this keeps one service call = one transaction, and lets BEGIN IMMEDIATE
    # take the write lock up front instead of failing half-way with "database is locked".
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    # Writers take the lock at BEGIN; readers stay deferred so they never wait on a writer.
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One database: its engine and the sessions opened on it."""

    def __init__(self, url: str, *, echo: bool = False, create: bool = True) -> None:
        """``create=False``: a SQLite file that does not exist is refused, not created."""
        try:
            parsed = make_url(url)
            if parsed.get_backend_name() == "sqlite":
                _prepare_sqlite_file(parsed, create=create)
                self.engine: Engine = create_engine(parsed, echo=echo)
                event.listen(self.engine, "connect", _on_sqlite_connect)
                event.listen(self.engine, "begin", _on_sqlite_begin)
            else:
                self.engine = create_engine(parsed, echo=echo, pool_pre_ping=True)
        except (ArgumentError, NoSuchModuleError, ValueError) as exc:
            raise DatabaseUrlError(safe_url(url)) from exc
        self.url = parsed
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_url(self) -> str:
        return safe_url(self.url)

    @property
    def sqlite_path(self) -> Path | None:
        if self.dialect != "sqlite" or not self.url.database:
            return None
        if self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def session(self) -> Session:
        """A session for reading; objects stay usable after it closes."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together, or nothing does."""
        with self._write_sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
