"""What ``synchronous=FULL`` costs a user's save, against WAL's ``NORMAL`` in the same run.

Run it with the project's Python: ``python tests/benchmarks/bench_save.py [-n 200]``.

A save is one transaction of one service call (``update_client``: read, version check, one
UPDATE, commit). The same saves run twice on the same fresh database, once with the saves'
setting (FULL: the commit waits for the WAL to reach the disk) and once with the bulk setting
(NORMAL, the baseline: the WAL is synced at checkpoints only). Medians; the ratio is what
FULL costs. Absolute times depend on the disk; nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from consultant_desk.services.clients import ClientData, create_client, update_client
from consultant_desk.store import database, migrate
from consultant_desk.store.database import Database
from consultant_desk.store.location import sqlite_url


def time_saves(db: Database, client_id: int, count: int, level: str) -> list[float]:
    database.SAVE_SYNCHRONOUS = level
    db.dispose()  # new connections take the setting from the start
    timings = []
    version = None
    for number in range(count):
        started = time.perf_counter()
        saved = update_client(
            db, client_id, ClientData(name=f"Verrerie Lemaire {number}"), expected_version=version
        )
        timings.append(time.perf_counter() - started)
        version = saved.version
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=200, help="saves per setting")
    args = parser.parse_args()
    original = database.SAVE_SYNCHRONOUS
    with tempfile.TemporaryDirectory() as folder:
        db = Database(sqlite_url(Path(folder) / "bench.sqlite3"))
        migrate.upgrade(db)
        client_id = create_client(db, ClientData(name="Verrerie Lemaire")).id
        try:
            # Interleaved rounds, so a disk that slows down mid-run weighs on both sides.
            normal: list[float] = []
            full: list[float] = []
            rounds = 5
            for _ in range(rounds):
                normal += time_saves(db, client_id, args.n // rounds, database.BULK_SYNCHRONOUS)
                full += time_saves(db, client_id, args.n // rounds, original)
        finally:
            database.SAVE_SYNCHRONOUS = original
            db.dispose()
    base = statistics.median(normal)
    measured = statistics.median(full)
    print(f"a save, synchronous=NORMAL (baseline): median {base * 1000:.2f} ms")
    print(f"a save, synchronous=FULL:              median {measured * 1000:.2f} ms")
    print(f"ratio FULL / NORMAL: {measured / base:.2f}")


if __name__ == "__main__":
    main()
