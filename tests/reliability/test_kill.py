"""Kill a writing process with SIGKILL at random moments: nothing committed may be lost."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from consultant_desk.services.clients import list_clients
from consultant_desk.services.engagements import list_engagements
from consultant_desk.services.health import check_database
from consultant_desk.store import migrate
from consultant_desk.store.database import Database
from consultant_desk.store.location import sqlite_url

WRITER = Path(__file__).with_name("writer.py")
KILLS = 50


def _read_committed(
    process: subprocess.Popen[str],
    until: float,
    committed: set[str],
    *,
    stop_at_first: bool = False,
) -> None:
    assert process.stdout is not None
    while time.monotonic() < until:
        ready, _, _ = select.select([process.stdout], [], [], max(0.0, until - time.monotonic()))
        if not ready:
            return
        line = process.stdout.readline()
        if not line:
            return
        if line.startswith("committed "):
            committed.add(line.split(" ", 1)[1].strip())
            if stop_at_first:
                return


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL needs a POSIX system")
def test_sigkill_never_loses_a_reported_commit_nor_corrupts(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "killed.sqlite3")
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    rng = random.Random(20261123)
    committed: set[str] = set()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for round_number in range(KILLS):
        process = subprocess.Popen(
            [sys.executable, str(WRITER), url, f"r{round_number}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        # Wait for the first commit so the kill lands mid-work, then a random extra moment.
        _read_committed(process, time.monotonic() + 60, committed, stop_at_first=True)
        _read_committed(process, time.monotonic() + rng.uniform(0.0, 0.25), committed)
        process.send_signal(signal.SIGKILL)
        remaining, _ = process.communicate(timeout=30)
        committed.update(
            line.split(" ", 1)[1].strip()
            for line in remaining.splitlines()
            if line.startswith("committed ")
        )
        assert process.returncode == -signal.SIGKILL

        db = Database(url)
        try:
            report = check_database(db)
            assert report.healthy, report.problems
            clients = {row.name for row in list_clients(db)}
            engagements = {row.reference for row in list_engagements(db)}
        finally:
            db.dispose()
        assert committed <= clients, sorted(committed - clients)[:5]
        assert committed <= engagements, sorted(committed - engagements)[:5]
    assert len(committed) >= KILLS
