"""Helpers shared by the subcommands: opening the database, printing one clear line."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from consultant_desk.store.database import Database


class CommandError(Exception):
    """A failure already phrased for the user."""


def open_database(
    explicit_url: str | None,
    *,
    upgrade: bool = True,
    must_exist: bool = False,
) -> Database:
    """Open the database the user chose and bring its schema up to date.

    A database that is about to be migrated is backed up first. ``must_exist``: the commands
    that read refuse a SQLite file that is not there instead of creating it.
    """
    # Imported here: this module is also imported by --version and --help, which need none
    # of the storage machinery.
    from consultant_desk.services import backups
    from consultant_desk.store import migrate
    from consultant_desk.store.database import Database
    from consultant_desk.store.errors import StoreError
    from consultant_desk.store.location import resolve_database_url

    url = resolve_database_url(explicit_url)
    db = Database(url, create=not must_exist)
    try:
        if upgrade:
            migrate.upgrade(db, before=backups.backup_before_migration)
    except StoreError:
        db.dispose()
        raise
    return db


def add_database_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS so that a subcommand's absent option does not erase one given before it.
    parser.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL (default: $CONSULTANT_DESK_DATABASE_URL, else the embedded SQLite file)",
    )


def database_url(args: argparse.Namespace) -> str | None:
    value: str | None = getattr(args, "database", None)
    return value


def fail(message: str, *, status: int = 2) -> int:
    print(f"consultant-desk: {message}", file=sys.stderr)
    return status
