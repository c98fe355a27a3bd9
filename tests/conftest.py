"""Fixtures shared by the whole suite: isolated user folders and real databases.

Every test gets its own user folders (nothing touches the real ones) and, when it asks for
one, a fresh database: a real SQLite file, or a real PostgreSQL server for ``any_db``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from consultant_desk.domain.language import Language, set_current_language
from consultant_desk.store import migrate
from consultant_desk.store.database import Database
from consultant_desk.store.location import DATABASE_URL_ENV, HOME_ENV, sqlite_url
from tests.pgserver import PostgresServer, throwaway_postgres


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    set_current_language(Language.FR)
    return home


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated empty database, copied for each test: faster than migrating every time."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(sqlite_url(path))
    migrate.upgrade(db)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def sqlite_db(tmp_path: Path, migrated_sqlite_template: Path) -> Iterator[Database]:
    path = tmp_path / "test.sqlite3"
    shutil.copyfile(migrated_sqlite_template, path)
    db = Database(sqlite_url(path))
    yield db
    db.dispose()


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The default database of a test: a migrated SQLite file of its own."""
    return sqlite_db


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    with throwaway_postgres() as server:
        yield server


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str | None:
    """Name of a migrated empty PostgreSQL database that each test copies."""
    if postgres_server.url is None:
        return None
    url = postgres_server.create_database("cd_template")
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    return "cd_template"


@pytest.fixture
def postgres_db(
    postgres_server: PostgresServer, postgres_template: str | None
) -> Iterator[Database]:
    if postgres_server.url is None or postgres_template is None:
        pytest.skip(f"PostgreSQL unavailable: {postgres_server.reason}")
    url = postgres_server.create_database(template=postgres_template)
    db = Database(url)
    yield db
    db.dispose()
    postgres_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest) -> Database:
    """The same test on a real SQLite file and on a real PostgreSQL server."""
    fixture_name = "sqlite_db" if request.param == "sqlite" else "postgres_db"
    database: Database = request.getfixturevalue(fixture_name)
    return database
