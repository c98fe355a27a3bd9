"""A user's save is durable on a power cut (synchronous=FULL); bulk work keeps NORMAL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from consultant_desk.cli import main
from consultant_desk.services.clients import ClientData, create_client
from consultant_desk.store import database
from consultant_desk.store.database import Database
from consultant_desk.store.location import sqlite_url

FULL, NORMAL = 2, 1


def level(db: Database, *, bulk: bool = False) -> int:
    with db.transaction(bulk=bulk) as session:
        return int(session.execute(text("PRAGMA synchronous")).scalar_one())


def test_saves_are_full_and_bulk_work_normal(sqlite_db: Database) -> None:
    assert level(sqlite_db) == FULL
    assert level(sqlite_db, bulk=True) == NORMAL
    # The same pooled connection goes back to FULL for the next save.
    assert level(sqlite_db) == FULL


@pytest.fixture
def pragmas_seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every synchronous PRAGMA any engine of the process runs."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("PRAGMA synchronous="):
            seen.append(statement.split("=", 1)[1])

    original = Database.__init__

    def listening(self: Database, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        event.listen(self.engine, "before_cursor_execute", record)

    monkeypatch.setattr(Database, "__init__", listening)
    yield seen


def test_a_service_save_commits_with_full(sqlite_db: Database, pragmas_seen: list[str]) -> None:
    db = Database(sqlite_db.url.render_as_string(hide_password=False))
    try:
        create_client(db, ClientData(name="Verrerie Lemaire"))
    finally:
        db.dispose()
    assert pragmas_seen == [database.SAVE_SYNCHRONOUS]


def test_import_and_demo_run_with_normal(tmp_path: Path, pragmas_seen: list[str]) -> None:
    url = sqlite_url(tmp_path / "bulk.sqlite3")
    assert main(["demo", "--size", "small", "--database", url]) == 0
    demo_levels = list(pragmas_seen)
    pragmas_seen.clear()
    source = tmp_path / "clients.json"
    source.write_text(json.dumps({"clients": [{"name": "Atelier Brun"}]}), encoding="utf-8")
    assert main(["import", str(source), "--database", url]) == 0
    assert demo_levels[-1] == "NORMAL"
    assert pragmas_seen[-1] == "NORMAL"
