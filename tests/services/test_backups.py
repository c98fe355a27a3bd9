from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from consultant_desk.cli import main
from consultant_desk.domain.errors import DomainError
from consultant_desk.services import backups
from consultant_desk.services.clients import ClientData, create_client, list_clients
from consultant_desk.store import migrate
from consultant_desk.store.backup import list_backups
from consultant_desk.store.database import Database
from consultant_desk.store.location import backups_dir, sqlite_url


def names(db: Database) -> list[str]:
    return [row.name for row in list_clients(db, include_archived=True)]


def test_backup_is_a_consistent_private_copy_while_the_database_is_open(db: Database) -> None:
    create_client(db, ClientData(name="Avant"))
    target = backups.backup_now(db)
    create_client(db, ClientData(name="Après"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    raw = sqlite3.connect(target)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        raw.close()
    copy = Database(sqlite_url(target))
    try:
        assert names(copy) == ["Avant"]
    finally:
        copy.dispose()


def test_daily_backup_happens_once_a_day_and_keeps_the_last_n(db: Database) -> None:
    create_client(db, ClientData(name="Daily"))
    day = datetime(2026, 11, 1, 9, tzinfo=UTC)
    assert backups.daily_backup(db, today=day) is not None
    assert backups.daily_backup(db, today=day + timedelta(hours=3)) is None
    for offset in range(1, 15):
        backups.daily_backup(db, keep=5, today=day + timedelta(days=offset))
    assert len(list_backups(backups_dir())) <= 5


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(db: Database) -> None:
    create_client(db, ClientData(name="Gardé"))
    saved = backups.backup_now(db)
    create_client(db, ClientData(name="Perdu puis retrouvé"))
    result = backups.restore(db, saved)
    assert names(db) == ["Gardé"]
    previous = Database(sqlite_url(result.previous_saved_to))
    try:
        assert sorted(names(previous)) == ["Gardé", "Perdu puis retrouvé"]
    finally:
        previous.dispose()


def test_restore_refuses_a_file_that_is_not_ours_and_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    create_client(db, ClientData(name="Intact"))
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE recipes (name TEXT)")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00not a database" * 500)
    for bad in (foreign, garbage, tmp_path / "missing.sqlite3"):
        with pytest.raises(DomainError):
            backups.restore(db, bad)
    assert names(db) == ["Intact"]


def test_the_migration_hook_runs_before_any_table_is_created(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "new.sqlite3"))
    seen: list[tuple[str | None, bool]] = []

    def before(database: Database, revision: str | None) -> None:
        with database.engine.connect() as connection:
            tables = connection.exec_driver_sql("SELECT name FROM sqlite_master").all()
        seen.append((revision, bool(tables)))

    migrate.upgrade(db, before=before)
    db.dispose()
    assert seen == [(None, False)]


def test_the_migration_hook_backs_up_an_existing_database(db: Database) -> None:
    create_client(db, ClientData(name="Ancien"))
    backups.backup_before_migration(db, None)
    assert list_backups(backups_dir()) == []
    backups.backup_before_migration(db, "0001")
    (made,) = list_backups(backups_dir())
    assert "before-migration-0001" in made.name
    copy = Database(sqlite_url(made))
    try:
        assert names(copy) == ["Ancien"]
    finally:
        copy.dispose()


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(tmp_path / "cli.sqlite3")
    db = Database(url)
    migrate.upgrade(db)
    create_client(db, ClientData(name="Ligne de commande"))
    db.dispose()
    target = tmp_path / "saved.sqlite3"
    assert main(["backup", "--database", url, "--to", str(target)]) == 0
    assert target.exists()
    assert main(["restore", "--database", url, str(tmp_path / "nope.sqlite3")]) == 2
    assert "nope.sqlite3" in capsys.readouterr().err
    assert main(["restore", "--database", url, str(target)]) == 0
    assert "previous database kept as" in capsys.readouterr().out


def test_postgresql_backups_point_to_pg_dump(postgres_db: Database) -> None:
    with pytest.raises(DomainError, match="pg_dump"):
        backups.backup_now(postgres_db)
