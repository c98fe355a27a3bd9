"""``consultant-desk demo``: fill the database with realistic demo data."""

from __future__ import annotations

import argparse
import time

from consultant_desk.cli.common import add_database_option, database_url, open_database
from consultant_desk.domain.cli_messages import say


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo")
    add_database_option(parser)
    parser.add_argument("--size", choices=["small", "large"], default="small")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    parser.add_argument(
        "--replace",
        action="store_true",
        help="replace a database that holds clients (backed up first; SQLite only)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the demo text pools are large and no other command needs them.
    from consultant_desk.demo import DemoSize, fill_demo

    db = open_database(database_url(args))
    started = time.perf_counter()
    try:
        summary = fill_demo(db, DemoSize(args.size), seed=args.seed, replace=args.replace)
    finally:
        db.dispose()
    elapsed = time.perf_counter() - started
    if summary.backup is not None:
        print(say("demo_backup", path=summary.backup))
    print(f"{summary} in {elapsed:.1f} s")
    return 0
