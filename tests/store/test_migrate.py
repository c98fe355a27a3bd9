"""The schema check at start-up: the head the package knows, and no Alembic when at head."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from consultant_desk.store import migrate
from consultant_desk.store.database import Database
from tests.fresh_process import loaded, modules_after


def test_the_head_constant_is_the_head_of_the_migrations_folder() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION, (
        "a migration was added: set HEAD_REVISION in consultant_desk/store/migrate.py to it"
    )


def test_a_migrated_database_is_at_the_head(any_db: Database) -> None:
    assert migrate.current_revision(any_db) == migrate.HEAD_REVISION
    assert migrate.needs_upgrade(any_db) is False


def test_an_empty_database_has_no_revision_and_is_migrated(any_db: Database) -> None:
    with any_db.engine.begin() as connection:
        connection.execute(text("DELETE FROM alembic_version"))
    assert migrate.current_revision(any_db) is None
    assert migrate.needs_upgrade(any_db) is True


def test_several_stored_heads_are_left_to_alembic_to_refuse(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0000')"))
    with pytest.raises(Exception, match="more than one head"):
        migrate.current_revision(db)


def test_opening_a_database_at_the_head_imports_no_alembic(db: Database) -> None:
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    modules = modules_after(
        "from consultant_desk.store import migrate\n"
        "from consultant_desk.store.database import Database\n"
        "from consultant_desk.store.location import sqlite_url\n"
        f"db = Database(sqlite_url({str(path)!r}))\n"
        "assert migrate.upgrade(db) is False\n"
        "db.dispose()"
    )
    assert loaded(modules, "alembic") == []
