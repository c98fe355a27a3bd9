"""restore: an older backup is migrated forward, a newer one refused, a locked database given
up after a bounded wait, with a real second process holding the lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic import command

from consultant_desk.cli import main
from consultant_desk.services import backups
from consultant_desk.services.clients import ClientData, create_client, list_clients
from consultant_desk.store import migrate
from consultant_desk.store.database import Database
from consultant_desk.store.location import sqlite_url

OLDEST = "0001"


def names(db: Database) -> list[str]:
    return sorted(row.name for row in list_clients(db, include_archived=True))


def old_backup(path: Path) -> Path:
    """A database left at the first schema, with one client: a pre-migration backup."""
    db = Database(sqlite_url(path))
    config = migrate.alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, OLDEST)
    db.dispose()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute(
            "INSERT INTO client (name, language, registration, address, email, phone, notes,"
            " version, created_at, updated_at) VALUES ('Gardé en 0001', 'fr', '', '', '', '',"
            " '', 1, '2026-01-05 10:00:00.000000', '2026-01-05 10:00:00.000000')"
        )
        raw.execute("PRAGMA journal_mode=DELETE")
    raw.close()
    return path


def test_an_older_backup_is_restored_then_migrated_and_the_replaced_one_kept(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_client(db, ClientData(name="Remplacé"))
    source = old_backup(tmp_path / "before-migration.sqlite3")
    url = db.url.render_as_string(hide_password=False)
    db.dispose()
    assert main(["restore", str(source), "--database", url]) == 0
    out = capsys.readouterr().out
    assert OLDEST in out
    assert migrate.current_revision(db) == migrate.HEAD_REVISION
    assert names(db) == ["Gardé en 0001"]
    create_client(db, ClientData(name="Après la restauration"))
    kept = [line.split(": ", 1)[1] for line in out.splitlines() if "kept" in line]
    previous = Database(sqlite_url(Path(kept[0])))
    try:
        assert names(previous) == ["Remplacé"]
    finally:
        previous.dispose()


def test_a_newer_backup_is_refused_saying_it_is_newer(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_client(db, ClientData(name="Intact"))
    source = tmp_path / "from-the-future.sqlite3"
    backups.backup_now(db, source)
    raw = sqlite3.connect(source)
    with raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    url = db.url.render_as_string(hide_password=False)
    assert main(["restore", str(source), "--database", url]) != 0
    err = capsys.readouterr().err
    assert "9999" in err and ("plus récente" in err or "newer" in err)
    assert names(db) == ["Intact"]


LOCKER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE client SET notes = 'being written'")
print("locked", flush=True)
sys.stdin.read()
"""


def test_restore_gives_up_on_a_database_another_process_keeps_writing(
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    create_client(db, ClientData(name="Pendant l'écriture"))
    source = backups.backup_now(db, tmp_path / "good.sqlite3")
    path = db.sqlite_path
    assert path is not None
    url = db.url.render_as_string(hide_password=False)
    db.dispose()
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None
        assert locker.stdout.readline().strip() == "locked"
        monkeypatch.setattr(backups, "RESTORE_LOCK_TIMEOUT", 1.0)
        started = time.monotonic()
        status = main(["restore", str(source), "--database", url])
        waited = time.monotonic() - started
    finally:
        assert locker.stdin is not None
        locker.stdin.close()
        locker.wait(timeout=30)
        assert locker.stdout is not None
        locker.stdout.close()
    err = capsys.readouterr().err
    assert status != 0
    assert len(err.strip().splitlines()) == 1
    assert "1 s" in err
    assert waited < 20  # bounded by the limit given, not the backup API's endless retry
    assert names(db) == ["Pendant l'écriture"]
