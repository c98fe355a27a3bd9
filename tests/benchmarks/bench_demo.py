"""How long the demo data takes to generate, relative to a plain sqlite3 bulk insert.

Run it with the project's Python: ``python tests/benchmarks/bench_demo.py [-n 3]``; add
``--postgresql URL`` (a server where the role may CREATE DATABASE) to time PostgreSQL too.

Each run fills a fresh, migrated database. The baseline, measured in the same process, is the
standard library's ``sqlite3`` inserting as many rows as the large demo writes, of a similar
width, with ``executemany`` in one transaction and the pragmas the application uses: the
fastest the same volume can reach SQLite from Python, with no generation and no SQLAlchemy.
Absolute times depend on the machine; compare the ratios between versions. Nothing is
asserted: a slower demo is for a person to judge.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from consultant_desk.demo import DemoSize, DemoSummary, fill_demo
from consultant_desk.store import migrate
from consultant_desk.store.base import Base
from consultant_desk.store.database import Database
from consultant_desk.store.location import sqlite_url

TODAY = date(2026, 11, 23)


def rows_in(db: Database) -> int:
    with db.session() as session:
        return sum(
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        )


def fresh_sqlite(folder: Path) -> Database:
    db = Database(sqlite_url(folder / f"{uuid.uuid4().hex}.sqlite3"))
    migrate.upgrade(db)
    return db


def demo_run(make_db: Callable[[], Database], size: DemoSize) -> tuple[float, int, DemoSummary]:
    db = make_db()
    try:
        started = time.perf_counter()
        summary = fill_demo(db, size, today=TODAY)
        elapsed = time.perf_counter() - started
        return elapsed, rows_in(db), summary
    finally:
        db.dispose()


def baseline_run(folder: Path, rows: int) -> float:
    """``rows`` rows of eight columns (ids, an instant, short and long text) in one go."""
    path = folder / f"baseline-{uuid.uuid4().hex}.sqlite3"
    start = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    data = [
        (
            number,
            number // 8,
            (start + timedelta(minutes=number)).isoformat(),
            "meeting" if number % 3 else "follow_up",
            "Relance : le client confirme que la situation est réglée. " * 2,
            "Le rapport devait arriver vendredi ; je dois le présenter lundi.",
            str(number % 10),
            number % 2,
        )
        for number in range(rows)
    ]
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute(
            "CREATE TABLE row (id INTEGER PRIMARY KEY, parent INTEGER, at TEXT, kind TEXT, "
            "notes TEXT, words TEXT, amount TEXT, flag INTEGER)"
        )
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany("INSERT INTO row VALUES (?, ?, ?, ?, ?, ?, ?, ?)", data)
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


class PostgresDatabases:
    """Fresh databases on a server: one per run, dropped afterwards."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.made: list[str] = []

    def __call__(self) -> Database:
        name = f"bench_demo_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        db = Database(self.url.set(database=name).render_as_string(hide_password=False))
        migrate.upgrade(db)
        return db

    def drop_all(self) -> None:
        with self.admin.connect() as connection:
            for name in self.made:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        self.admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--repeat", type=int, default=3, help="runs per case")
    parser.add_argument("--postgresql", metavar="URL", help="also time a PostgreSQL server")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-demo-") as temporary:
        folder = Path(temporary)
        cases: list[tuple[str, Callable[[], Database], DemoSize]] = [
            ("demo small, SQLite", lambda: fresh_sqlite(folder), DemoSize.SMALL),
            ("demo large, SQLite", lambda: fresh_sqlite(folder), DemoSize.LARGE),
        ]
        servers: list[PostgresDatabases] = []
        if args.postgresql:
            servers.append(PostgresDatabases(args.postgresql))
            cases += [
                ("demo small, PostgreSQL", servers[0], DemoSize.SMALL),
                ("demo large, PostgreSQL", servers[0], DemoSize.LARGE),
            ]
        try:
            results = []
            large_rows = 0
            for name, make_db, size in cases:
                runs = [demo_run(make_db, size) for _ in range(args.repeat)]
                seconds = statistics.median(run[0] for run in runs)
                rows = runs[0][1]
                if size is DemoSize.LARGE:
                    large_rows = rows
                results.append((name, seconds, rows, str(runs[0][2])))
            baseline = statistics.median(
                baseline_run(folder, large_rows) for _ in range(args.repeat)
            )
        finally:
            for server in servers:
                server.drop_all()

    print(f"median of {args.repeat} runs each")
    print(f"{'case':<36} {'median s':>9} {'ratio':>7} {'rows':>9} {'rows/s':>9}")
    print(
        f"{'sqlite3 executemany (baseline)':<36} {baseline:>9.2f} {1:>7.1f} "
        f"{large_rows:>9} {large_rows / baseline:>9.0f}"
    )
    for name, seconds, rows, _summary in results:
        print(
            f"{name:<36} {seconds:>9.2f} {seconds / baseline:>7.1f} {rows:>9} "
            f"{rows / seconds:>9.0f}"
        )
    print()
    for name, _seconds, _rows, summary in results:
        print(f"{name}: {summary}")


if __name__ == "__main__":
    main()
