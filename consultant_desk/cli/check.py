"""``consultant-desk check``: schema version and integrity; exit 0 only when healthy."""

from __future__ import annotations

import argparse

from consultant_desk.cli.common import add_database_option, database_url, open_database
from consultant_desk.services.health import check_database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("check")
    add_database_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(database_url(args), upgrade=False, must_exist=True)
    try:
        report = check_database(db)
    finally:
        db.dispose()
    print(f"database: {report.database}")
    print(f"schema:   {report.revision or '-'} (current: {report.head})")
    if report.healthy:
        print("integrity: ok")
        return 0
    for problem in report.problems:
        print(f"problem:  {problem}")
    return 1
