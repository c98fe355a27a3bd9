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

from consultant_desk.atomicfile import make_private_dirs
from consultant_desk.domain.errors import DomainError
from consultant_desk.store.base import Versioned
from consultant_desk.store.errors import (
    ConflictError,
    DatabaseTimeoutError,
    DatabaseUrlError,
    MissingDatabaseError,
    NotFoundError,
    PasswordNotEncodedError,
    translate,
)
from consultant_desk.store.redaction import hide_in_logs

PRIVATE_FILE_MODE = 0o600


MASK = "***"
# Query options that carry a secret (psycopg takes ``?password=``).
SECRET_OPTIONS = frozenset({"password", "passwd", "sslpassword"})
# How long a server may take to answer a new connection; ``?connect_timeout=N`` in the URL,
# or this variable, says otherwise.
CONNECT_TIMEOUT_ENV = "CONSULTANT_DESK_CONNECT_TIMEOUT"
DEFAULT_CONNECT_TIMEOUT = 10


def safe_url(url: str | URL) -> str:
    """The URL with its password masked, in the authority or as ``?password=``: safe for
    logs, messages and the About box."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
        secrets = {key: MASK for key in parsed.query if key.lower() in SECRET_OPTIONS}
        if secrets:
            parsed = parsed.update_query_dict(secrets)
        # Rendering percent-encodes the mask of a query option; shown as the authority's is.
        return parsed.render_as_string(hide_password=True).replace("%2A%2A%2A", MASK)
    except (ArgumentError, ValueError):
        return "<invalid URL>"


def secrets_of(url: URL) -> list[str]:
    """Every secret the URL holds, for the log's redaction filter."""
    found = [url.password] if url.password else []
    for key, value in url.query.items():
        if key.lower() in SECRET_OPTIONS:
            found.extend([value] if isinstance(value, str) else list(value))
    return [str(secret) for secret in found if secret]


def parse_url(url: str) -> URL:
    """``make_url``, refusing a URL whose authority a raw ``@`` makes ambiguous.

    ``postgresql://alice:p@ss@host/db`` would otherwise connect to the host ``ss@host``, and
    every message about it would quote the end of the password.
    """
    scheme, separator, rest = url.partition("://")
    if separator and scheme.split("+")[0].lower() != "sqlite":
        authority = rest.split("?", 1)[0]
        if authority.count("@") > 1:
            raise PasswordNotEncodedError()
    try:
        return make_url(url)
    except ArgumentError:
        if "@" in url:
            raise PasswordNotEncodedError() from None
        raise


def connect_timeout(url: URL) -> float:
    """Seconds to wait for a server: the URL's ``connect_timeout``, else the environment's."""
    for raw in (url.query.get("connect_timeout"), os.environ.get(CONNECT_TIMEOUT_ENV)):
        if isinstance(raw, str):
            try:
                seconds = float(raw)
            except ValueError:
                continue
            if seconds > 0:
                return seconds
    return DEFAULT_CONNECT_TIMEOUT


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
    make_private_dirs(path.parent)
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
    cursor.execute(f"PRAGMA synchronous={SAVE_SYNCHRONOUS}")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


# The user's own saves reach the disk before the commit returns (FULL: a power cut loses no
# committed save, for about one more fsync per save); bulk work that can be run again (demo
# data, an import) keeps WAL's NORMAL, which may lose the last commits on a power cut.
SAVE_SYNCHRONOUS = "FULL"
BULK_SYNCHRONOUS = "NORMAL"


def _on_sqlite_begin(conn: Any) -> None:
    # Writers take the lock at BEGIN; readers stay deferred so they never wait on a writer.
    options = conn.get_execution_options()
    immediate = options.get("sqlite_immediate", False)
    if immediate:
        level = BULK_SYNCHRONOUS if options.get("sqlite_bulk", False) else SAVE_SYNCHRONOUS
        conn.exec_driver_sql(f"PRAGMA synchronous={level}")
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
        self.connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
        try:
            parsed = parse_url(url)
            hide_in_logs(secrets_of(parsed))
            if parsed.get_backend_name() == "sqlite":
                _prepare_sqlite_file(parsed, create=create)
                self.engine: Engine = create_engine(parsed, echo=echo)
                event.listen(self.engine, "connect", _on_sqlite_connect)
                event.listen(self.engine, "begin", _on_sqlite_begin)
            else:
                self.connect_timeout = connect_timeout(parsed)
                # The driver's own timeout, in whole seconds (libpq ignores fractions).
                options = {"connect_timeout": max(1, round(self.connect_timeout))}
                self.engine = create_engine(
                    parsed.difference_update_query(["connect_timeout"]),
                    echo=echo,
                    pool_pre_ping=True,
                    connect_args=options,
                )
        except (ArgumentError, NoSuchModuleError, ValueError) as exc:
            raise DatabaseUrlError(safe_url(url)) from exc
        self.url = parsed
        event.listen(self.engine, "handle_error", self._on_error)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )
        event.listen(self._write_sessions, "before_flush", _remember_flushed)
        self._bulk_sessions = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True, sqlite_bulk=True),
            expire_on_commit=False,
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
    def transaction(self, *, bulk: bool = False) -> Iterator[Session]:
        """One unit of work: everything inside commits together, or nothing does.

        ``bulk``: work that can be done again (demo data, an import) trades the power-cut
        durability of the last commit for speed, on SQLite; a user's save never does.
        """
        with (self._bulk_sessions if bulk else self._write_sessions)() as session:
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
        if type(context.original_exception).__name__ == "ConnectionTimeout":
            raise DatabaseTimeoutError(
                self.url.host or "localhost", self.url.port or 5432, self.connect_timeout
            )
        raise translate(context.sqlalchemy_exception, self.display_url)

    def dispose(self) -> None:
        self.engine.dispose()
