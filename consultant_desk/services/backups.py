"""Backup and restore of the embedded database: daily, before migrations, and on demand."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from consultant_desk.domain.errors import DomainError
from consultant_desk.services.health import check_database
from consultant_desk.store import backup as sqlite_backup
from consultant_desk.store import migrate
from consultant_desk.store.database import Database
from consultant_desk.store.location import backups_dir, sqlite_url

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10


class BackupError(DomainError):
    pass


# How long restore waits for another program writing to the database before giving up.
RESTORE_LOCK_TIMEOUT = 30.0


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_saved_to: Path
    # The schema the backup had when it was older than the application's, then migrated.
    migrated_from: str | None = None


def _require_sqlite(db: Database) -> Path:
    path = db.sqlite_path
    if path is None:
        raise BackupError("backup_not_sqlite")
    return path


def backup_now(
    db: Database,
    target: Path | None = None,
    *,
    label: str = "",
    moment: datetime | None = None,
) -> Path:
    source = _require_sqlite(db)
    now = moment or datetime.now(UTC)
    destination = target or backups_dir() / sqlite_backup.backup_name(now, label)
    if destination.is_dir():
        destination = destination / sqlite_backup.backup_name(now, label)
    sqlite_backup.backup_file(source, destination)
    log.info("backup written: %s", destination.name)
    return destination


def daily_backup(
    db: Database, *, keep: int = DEFAULT_KEEP, today: datetime | None = None
) -> Path | None:
    """At start-up: a backup unless one was already made today; keeps the last ``keep``."""
    if db.sqlite_path is None or not db.sqlite_path.exists():
        return None
    if migrate.current_revision(db) is None:
        return None
    now = today or datetime.now(UTC)
    folder = backups_dir()
    stamp = sqlite_backup.backup_name(now)[: len(sqlite_backup.BACKUP_PREFIX) + 8]
    if any(path.name.startswith(stamp) for path in sqlite_backup.list_backups(folder)):
        return None
    made = backup_now(db, moment=now)
    sqlite_backup.prune_backups(folder, keep)
    return made


def backup_before_migration(db: Database, revision: str | None) -> None:
    """The hook ``migrate.upgrade`` calls: never migrate a database not copied aside."""
    if revision is None or db.sqlite_path is None:
        return
    backup_now(db, label=f"before-migration-{revision}")


def restore(db: Database, source: Path, *, lock_timeout: float | None = None) -> RestoreResult:
    """Replace the database with ``source``, after checking it; the replaced one is kept.

    A backup of an older schema (the copy made before a migration) is restored, then migrated
    forward; one from a newer version of the application is refused. Another program writing
    to the database is waited for ``lock_timeout`` seconds at most.
    """
    target = _require_sqlite(db)
    if lock_timeout is None:
        lock_timeout = RESTORE_LOCK_TIMEOUT
    if not source.is_file():
        raise BackupError("restore_missing", path=str(source))
    try:
        candidate = Database(sqlite_url(source), create=False)
        try:
            report = check_database(candidate, allow_older=True)
        finally:
            candidate.dispose()
    except Exception as error:  # any failure to read it means it is not ours
        reason = error.text() if isinstance(error, DomainError) else str(error).splitlines()[0]
        raise BackupError("restore_not_ours", path=str(source), reason=reason) from None
    if migrate.is_newer(report.revision):
        raise BackupError("restore_newer", path=str(source), revision=report.revision)
    if not report.healthy:
        raise BackupError("restore_not_ours", path=str(source), reason=report.problems[0])
    previous = backup_now(db, label="before-restore")
    db.dispose()
    try:
        sqlite_backup.restore_file(source, target, lock_timeout=lock_timeout)
    except sqlite_backup.TargetBusyError:
        raise BackupError("restore_busy", path=str(target), seconds=f"{lock_timeout:g}") from None
    log.info("database restored from a backup; previous copy kept as %s", previous.name)
    migrated_from = None
    if report.revision != migrate.HEAD_REVISION:
        migrated_from = report.revision
        migrate.upgrade(db)
        log.info("restored backup migrated from schema %s", migrated_from)
    return RestoreResult(source, previous, migrated_from)
