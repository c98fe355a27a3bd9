"""Database failures reach the screens and the command line as the project's own errors.

Each is provoked for real: a second connection holding the lock, two saves racing on
PostgreSQL, a server that is not there, a file that is not a database.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from consultant_desk.domain.errors import ConflictError
from consultant_desk.domain.language import Language
from consultant_desk.services.clients import ClientData, create_client
from consultant_desk.services.engagements import (
    EngagementData,
    create_engagement,
    get_engagement,
    update_engagement,
)
from consultant_desk.store.database import Database
from consultant_desk.store.errors import (
    ConstraintError,
    DatabaseBusyError,
    DatabaseUnavailableError,
)
from consultant_desk.store.location import sqlite_url
from consultant_desk.store.models import Engagement


def _short_waits(db: Database) -> None:
    """Give up on a held lock after 0.2 s instead of the application's longer wait."""

    def configure(dbapi_connection: Any, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        if db.dialect == "sqlite":
            cursor.execute("PRAGMA busy_timeout=200")
        else:
            cursor.execute("SET lock_timeout = '200ms'")
        cursor.close()

    db.dispose()
    event.listen(db.engine, "connect", configure)


def _engagement(db: Database) -> tuple[int, int]:
    """A client and its engagement "Audit": their ids."""
    client = create_client(db, ClientData(name="Verrerie Lemaire"))
    return client.id, create_engagement(db, EngagementData(client.id, "M-2026-100", "Audit")).id


@pytest.fixture
def second_user(postgres_db: Database) -> Iterator[Database]:
    other = Database(postgres_db.url.render_as_string(hide_password=False))
    yield other
    other.dispose()


def test_a_lock_held_by_another_program_is_busy_on_sqlite(sqlite_db: Database) -> None:
    client_id, engagement_id = _engagement(sqlite_db)
    assert sqlite_db.sqlite_path is not None
    other = sqlite3.connect(sqlite_db.sqlite_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        _short_waits(sqlite_db)
        with pytest.raises(DatabaseBusyError) as caught:
            update_engagement(
                sqlite_db, engagement_id, EngagementData(client_id, "M-2026-100", "X")
            )
    finally:
        other.rollback()
        other.close()
    assert "occupée" in caught.value.text(Language.FR)
    assert "busy" in caught.value.text(Language.EN)
    assert get_engagement(sqlite_db, engagement_id).title == "Audit"


def test_a_row_locked_by_another_session_is_busy_on_postgresql(postgres_db: Database) -> None:
    client_id, engagement_id = _engagement(postgres_db)
    other = Database(postgres_db.url.render_as_string(hide_password=False))
    try:
        with other.engine.connect() as holder:
            holder.execute(
                select(Engagement.id).where(Engagement.id == engagement_id).with_for_update()
            )
            _short_waits(postgres_db)
            with pytest.raises(DatabaseBusyError) as caught:
                update_engagement(
                    postgres_db,
                    engagement_id,
                    EngagementData(client_id, "M-2026-100", "X"),
                )
            holder.rollback()
    finally:
        other.dispose()
    assert "occupée" in caught.value.text(Language.FR)
    assert get_engagement(postgres_db, engagement_id).title == "Audit"


def test_a_race_lost_on_postgresql_is_the_ordinary_conflict(
    postgres_db: Database, second_user: Database
) -> None:
    """Both saves pass the version check; the second UPDATE then matches no row."""
    client_id, engagement_id = _engagement(postgres_db)
    outcome: list[BaseException | None] = []

    def save_as_b() -> None:
        try:
            update_engagement(
                second_user,
                engagement_id,
                EngagementData(client_id, "M-2026-100", "Titre de B"),
                expected_version=1,
            )
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    saver = threading.Thread(target=save_as_b)
    with postgres_db.transaction() as session:
        engagement = session.get(Engagement, engagement_id)
        assert engagement is not None
        engagement.title = "Titre de A"
        session.flush()
        saver.start()
        _wait_for_a_lock_wait(postgres_db)
    saver.join(timeout=30)
    assert not saver.is_alive()
    [error] = outcome
    assert isinstance(error, ConflictError)
    assert (error.entity, error.ident, error.versions) == ("Engagement", engagement_id, (1, 2))
    assert "modifié par quelqu'un d'autre" in error.text(Language.FR)
    assert get_engagement(postgres_db, engagement_id).title == "Titre de A"


def _wait_for_a_lock_wait(db: Database) -> None:
    query = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE wait_event_type = 'Lock' AND datname = current_database()"
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with db.engine.connect() as watcher:
            if watcher.scalar(query):
                return
        time.sleep(0.05)
    pytest.fail("the second save never waited on the first one's lock")


def test_a_server_that_is_not_there_is_unavailable() -> None:
    db = Database("postgresql+psycopg://nobody:secret@127.0.0.1:9/consultant_desk")
    try:
        with pytest.raises(DatabaseUnavailableError) as caught, db.session() as session:
            session.execute(text("SELECT 1"))
    finally:
        db.dispose()
    message = caught.value.text(Language.EN)
    assert message.startswith("Cannot open the database postgresql+psycopg://nobody:***@")
    assert "secret" not in message
    assert "Impossible d'ouvrir la base" in caught.value.text(Language.FR)


def test_a_file_that_is_not_a_database_is_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Ceci n'est pas une base.\n" * 200, encoding="utf-8")
    db = Database(sqlite_url(path))
    try:
        with pytest.raises(DatabaseUnavailableError) as caught:
            get_engagement(db, 1)
    finally:
        db.dispose()
    assert "not a database" in caught.value.text(Language.EN)


def test_a_duplicate_that_slips_past_the_checks_is_a_constraint_error(any_db: Database) -> None:
    """What a service checks first can still collide with another user's save meanwhile."""
    client_id, _engagement_id = _engagement(any_db)
    with pytest.raises(ConstraintError) as caught, any_db.transaction() as session:
        session.add(Engagement(client_id=client_id, reference="M-2026-100", title="Copie"))
    assert "Nothing was saved" in caught.value.text(Language.EN)
    assert "Rien n'a été enregistré" in caught.value.text(Language.FR)
    with any_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Engagement)) == 1
