"""Backups of the embedded SQLite database through SQLite's online backup API.

A file copy of a live WAL database can miss committed pages still in the -wal file; the
backup API copies a consistent snapshot while the application keeps running.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from consultant_desk.atomicfile import make_private_dirs

PRIVATE_FILE_MODE = 0o600
BACKUP_PREFIX = "consultant-desk-"
BACKUP_SUFFIX = ".sqlite3"


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database at ``source`` into ``target``, atomically and readable by the user only."""
    make_private_dirs(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        os.chmod(tmp_name, PRIVATE_FILE_MODE)
        with (
            contextlib.closing(_read_only(source)) as src,
            contextlib.closing(sqlite3.connect(tmp_name)) as dst,
        ):
            src.backup(dst)
            # A backup is a single file that can be moved around: no WAL beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return target


class TargetBusyError(Exception):
    """Another connection kept the target database locked past the time allowed."""


def restore_file(source: Path, target: Path, *, lock_timeout: float = 30.0) -> None:
    """Replace the content of the database at ``target`` with ``source``.

    Done through the backup API into the target connection, so SQLite itself rewrites the
    pages and its WAL; replacing the file underneath would pair the new file with a stale WAL.
    The backup API retries a locked target for ever; past ``lock_timeout`` seconds this gives
    up with ``TargetBusyError``, and the target is left as it was (the copy is one transaction).
    """
    deadline = time.monotonic() + lock_timeout

    def give_up_when_late(status: int, _remaining: int, _total: int) -> None:
        if time.monotonic() > deadline:
            raise TargetBusyError

    wait = max(0.05, min(1.0, lock_timeout))
    with (
        contextlib.closing(_read_only(source)) as src,
        contextlib.closing(sqlite3.connect(target, timeout=wait)) as dst,
    ):
        try:
            src.backup(dst, progress=give_up_when_late)
        except TargetBusyError:
            raise
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise TargetBusyError from None
            raise
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def backup_name(moment: datetime, label: str = "") -> str:
    stamp = moment.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{BACKUP_PREFIX}{stamp}{'-' + label if label else ''}{BACKUP_SUFFIX}"


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, oldest first (the timestamped names sort chronologically)."""
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.name.startswith(BACKUP_PREFIX) and path.name.endswith(BACKUP_SUFFIX)
    )


def prune_backups(folder: Path, keep: int) -> list[Path]:
    backups = list_backups(folder)
    removed = backups[: max(0, len(backups) - keep)]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
