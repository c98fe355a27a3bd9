"""Opening a database, and the one transaction every write goes through."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import ConnectionPoolEntry

from consultant_desk.domain.errors import DomainError
from consultant_desk.store.base import Versioned
from consultant_desk.store.errors import (
    ConflictError,
    DatabaseUrlError,
    MissingDatabaseError,
    NotFoundError,
    translate,
)

PRIVATE_FILE_MODE = 0o600


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


_FLUSHED = "consultant_desk.flushed"


def _remember_flushed(session: Session, _context: object, _instances: object) -> None:
    """Note which stored rows a flush changes, and from which version, before it runs.

    A flush that fails expires every object, so the conflict it means is named from this;
    versioned rows first, since they are what a concurrent save trips on.
    """
    changed = [obj for obj in session.dirty if session.is_modified(obj)]
    changed += list(session.deleted)
    session.info[_FLUSHED] = sorted(
        (
            (type(obj), identity[0], obj.version if isinstance(obj, Versioned) else None)
            for obj in changed
            if (identity := sa_inspect(obj).identity) is not None
        ),
        key=lambda entry: entry[2] is None,
    )


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
        event.listen(self.engine, "handle_error", self._on_error)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )
        event.listen(self._write_sessions, "before_flush", _remember_flushed)

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
        with self._write_sessions() as session:
            try:
                with session.begin():
                    yield session
            except StaleDataError as error:
                # On PostgreSQL two saves can both pass the version check, then the second
                # UPDATE matches no row once the first commits: the same conflict as a stale copy.
                raise self._lost_race(session, error) from None

    def _lost_race(self, session: Session, error: StaleDataError) -> DomainError:
        flushed: list[tuple[type[Any], Any, int | None]] = session.info.get(_FLUSHED, [])
        if not flushed:
            raise error
        model, ident, seen = flushed[0]
        with self._sessions() as fresh:
            stored = fresh.get(model, ident)
            if stored is None:
                return NotFoundError(model.__name__, ident)
            now = stored.version if isinstance(stored, Versioned) else 0
        return ConflictError(model.__name__, ident, (), (seen or 0, now))

    def _on_error(self, context: ExceptionContext) -> None:
        # A failed pre-ping is SQLAlchemy's to handle (it reconnects); a non-driver error
        # (a bug of ours, an interrupt) keeps its own type.
        if context.is_pre_ping or context.sqlalchemy_exception is None:
            return
        raise translate(context.sqlalchemy_exception, self.display_url)

    def dispose(self) -> None:
        self.engine.dispose()
