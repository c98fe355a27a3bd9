"""What starting the command loads: a structural guard of start-up time, not a timing.

Each case runs in a fresh interpreter and reads its ``sys.modules``: ReportLab, Alembic and
QtPdf load on first use, never for the window's first paint; ``--version`` and ``--help`` load
neither Qt nor SQLAlchemy; a subcommand imports its own module of ``cli/`` only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from consultant_desk import cli
from consultant_desk.store.database import Database
from tests.fresh_process import loaded, modules_after

NEVER_AT_START = ("reportlab", "alembic", "PySide6.QtPdf", "pypdf")


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_no_qt_no_database(option: str) -> None:
    modules = modules_after(
        "from consultant_desk.cli import main\n"
        "try:\n"
        f"    main([{option!r}])\n"
        "except SystemExit:\n"
        "    pass"
    )
    for package in ("PySide6", "sqlalchemy", *NEVER_AT_START):
        assert loaded(modules, package) == [], package
    assert loaded(modules, "consultant_desk.cli") == [
        "consultant_desk.cli",
        "consultant_desk.cli.common",
    ]


@pytest.mark.parametrize("name", sorted(cli.SUBCOMMANDS))
def test_a_subcommand_imports_its_own_module_only(name: str) -> None:
    module = cli.SUBCOMMANDS[name].register.partition(":")[0]
    modules = modules_after(f"from consultant_desk.cli import build_parser\nbuild_parser({name!r})")
    assert loaded(modules, "consultant_desk.cli") == sorted(
        {"consultant_desk.cli", "consultant_desk.cli.common", f"consultant_desk.cli.{module}"}
    )


@pytest.mark.parametrize("name", sorted(cli.SUBCOMMANDS))
def test_each_table_line_registers_the_parser_of_its_name(name: str) -> None:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    cli.registrar(name)(subparsers)
    assert name in subparsers.choices
    assert callable(subparsers.choices[name].get_default("handler"))


def test_the_first_paint_loads_no_reportlab_alembic_or_qtpdf(db: Database, tmp_path: Path) -> None:
    path = db.sqlite_path
    assert path is not None
    db.dispose()
    # What ``consultant-desk`` runs up to the first paint: the command line's entry point,
    # opening the database, then run_gui's window, shown and painted.
    modules = modules_after(
        "from consultant_desk.cli import parse\n"
        "from consultant_desk.cli.common import open_database\n"
        "from consultant_desk.store.location import sqlite_url\n"
        "from consultant_desk.ui.app import create_application\n"
        "from consultant_desk.ui.main_window import MainWindow\n"
        "from consultant_desk.ui.settings import open_settings\n"
        f"parse(['--database', sqlite_url({str(path)!r})])\n"
        f"db = open_database(sqlite_url({str(path)!r}))\n"
        "app = create_application(['consultant-desk'])\n"
        "window = MainWindow(db, open_settings())\n"
        "window.show()\n"
        "window.repaint()\n"
        "app.processEvents()\n"
        "assert window.engagement_page.isVisible()",
        env={"QT_QPA_PLATFORM": "offscreen", "CONSULTANT_DESK_HOME": str(tmp_path)},
    )
    assert "consultant_desk.ui.main_window" in modules
    for package in NEVER_AT_START:
        assert loaded(modules, package) == [], package
