from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from consultant_desk.store import migrate
from consultant_desk.store.database import Database
from consultant_desk.store.errors import NewerSchemaError
from consultant_desk.store.location import sqlite_url
from consultant_desk.store.models import (
    Client,
    ConsultantProfile,
    Engagement,
    Episode,
    Instalment,
    ScopingVersion,
)


def test_models_and_migrations_agree(any_db: Database) -> None:
    assert migrate.current_revision(any_db) == migrate.head_revision()
    assert migrate.schema_drift(any_db) == []


def test_money_round_trips_exactly(any_db: Database) -> None:
    amounts = [Decimal("0.10"), Decimal("1234.56"), Decimal("999999999.9999"), Decimal("0.0001")]
    with any_db.transaction() as session:
        client = Client(name="Exact")
        engagement = Engagement(client=client, reference="M-1", title="Exact")
        scoping = ScopingVersion(engagement=engagement, daily_rate=amounts[1])
        for position, amount in enumerate(amounts):
            scoping.instalments.append(Instalment(label=f"#{position}", amount=amount))
        session.add(scoping)
    with any_db.session() as session:
        stored = [i.amount for i in session.query(Instalment).order_by(Instalment.position)]
    assert stored == amounts
    assert all(isinstance(amount, Decimal) for amount in stored)
    assert sum(stored, Decimal(0)) == sum(amounts, Decimal(0))


def test_a_float_is_refused_as_money(any_db: Database) -> None:
    with pytest.raises(Exception, match="Decimal"), any_db.transaction() as session:
        session.add(ConsultantProfile(default_daily_rate=650.5))  # type: ignore[arg-type]


def test_instants_come_back_aware_and_in_utc(any_db: Database) -> None:
    paris = timezone(timedelta(hours=1))
    surfaced = datetime(2026, 3, 9, 18, 30, tzinfo=paris)
    with any_db.transaction() as session:
        client = Client(name="Tz")
        engagement = Engagement(client=client, reference="M-2", title="Tz")
        session.add(
            Episode(engagement=engagement, surfaced_at=surfaced, channel="phone", category="delay")
        )
    with any_db.session() as session:
        episode = session.query(Episode).one()
    assert episode.surfaced_at == surfaced
    assert episode.surfaced_at.tzinfo is not None
    assert episode.surfaced_at.utcoffset() == timedelta(0)


def test_a_naive_instant_is_refused(any_db: Database) -> None:
    with pytest.raises(Exception, match="timezone-aware"), any_db.transaction() as session:
        client = Client(name="Naive")
        engagement = Engagement(client=client, reference="M-3", title="Naive")
        session.add(
            Episode(
                engagement=engagement,
                surfaced_at=datetime(2026, 1, 1),
                channel="phone",
                category="delay",
            )
        )


def test_sqlite_runs_in_wal_mode_with_foreign_keys(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(any_db: Database) -> None:
    with pytest.raises(Exception, match=r"(?i)foreign"), any_db.transaction() as session:
        session.add(Engagement(client_id=424242, reference="M-4", title="Orphan"))


def test_a_new_database_file_is_private_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    db = Database(sqlite_url(path))
    assert migrate.upgrade(db) is True
    assert migrate.upgrade(db) is False
    db.dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_database_from_a_newer_version_is_refused(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(NewerSchemaError) as caught:
        migrate.upgrade(db)
    assert "9999_future" in str(caught.value)


def test_updated_at_moves_on_update(any_db: Database) -> None:
    with any_db.transaction() as session:
        client = Client(name="Clock")
        session.add(client)
    before = client.updated_at
    with any_db.transaction() as session:
        stored = session.get(Client, client.id)
        assert stored is not None
        stored.name = "Clock 2"
    with any_db.session() as session:
        stored = session.get(Client, client.id)
        assert stored is not None
        assert stored.updated_at >= before
        assert stored.version == 2
        assert stored.updated_at <= datetime.now(UTC)
