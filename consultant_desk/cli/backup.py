"""``consultant-desk backup`` and ``consultant-desk restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from consultant_desk.cli.common import add_database_option, database_url, open_database
from consultant_desk.domain.cli_messages import say
from consultant_desk.services import backups


def register_backup(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("backup")
    add_database_option(parser)
    parser.add_argument("--to", metavar="PATH", type=Path, help="file or folder to write to")
    parser.set_defaults(handler=run_backup)


def register_restore(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("restore")
    add_database_option(parser)
    parser.add_argument("path", type=Path, help="the backup file to restore")
    parser.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    db = open_database(database_url(args), upgrade=False, must_exist=True)
    try:
        written = backups.backup_now(db, args.to)
    finally:
        db.dispose()
    print(f"backup written: {written}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    db = open_database(database_url(args), upgrade=False)
    try:
        result = backups.restore(db, args.path)
    finally:
        db.dispose()
    print(f"restored from: {result.restored_from}")
    print(f"previous database kept as: {result.previous_saved_to}")
    if result.migrated_from is not None:
        print(say("restore_migrated", revision=result.migrated_from))
    return 0
