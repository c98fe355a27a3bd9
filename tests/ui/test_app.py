"""Starting the application: the window first, then what can wait."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from consultant_desk.store.backup import list_backups
from consultant_desk.store.database import Database
from consultant_desk.store.location import backups_dir, sqlite_url
from consultant_desk.ui.app import FIRST_PAINT_ENV, AfterFirstPaint, start_daily_backup

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_work_after_the_first_paint_runs_once_and_only_after_it(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[bool] = []
    AfterFirstPaint(widget, lambda: ran.append(widget.isVisible()))
    qtbot.wait(50)
    assert ran == []
    widget.show()
    qtbot.waitUntil(lambda: ran == [True])
    widget.repaint()
    qtbot.wait(50)
    assert ran == [True]


def test_the_daily_backup_runs_in_a_thread_of_its_own(db: Database) -> None:
    thread = start_daily_backup(db)
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert len(list_backups(backups_dir())) == 1
    start_daily_backup(db).join(timeout=60)
    assert len(list_backups(backups_dir())) == 1  # once a day


def test_the_real_command_paints_then_makes_its_daily_backup(
    db: Database, isolated_home: Path
) -> None:
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "consultant_desk", "--database", sqlite_url(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, FIRST_PAINT_ENV: "quit", "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["first paint"]
    # The copy is made after the paint, and the process waits for it before it ends.
    assert len(list_backups(backups_dir())) == 1
