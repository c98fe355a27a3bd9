from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from consultant_desk import __version__
from consultant_desk.cli import main
from consultant_desk.store.location import sqlite_url
from consultant_desk.store.migrate import head_revision


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_check_on_a_fresh_database_is_healthy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "fresh.sqlite3")
    assert main(["demo", "--size", "small", "--database", url]) == 0
    assert main(["check", "--database", url]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out
    assert f"schema:   {head_revision()}" in out


def test_check_refuses_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("these are not the tables you are looking for\n" * 100)
    status = main(["check", "--database", sqlite_url(bogus)])
    err = capsys.readouterr().err
    assert status != 0
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_check_of_an_empty_database_reports_the_missing_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    status = main(["check", "--database", sqlite_url(empty)])
    assert status == 1
    assert "no Consultant Desk schema" in capsys.readouterr().out


def test_database_url_password_is_never_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql+psycopg://alice:s3cr3t-pw@127.0.0.1:1/nowhere"
    status = main(["check", "--database", url])
    captured = capsys.readouterr()
    assert status != 0
    assert "s3cr3t-pw" not in captured.out + captured.err
    assert "***" in captured.err


def test_errors_are_one_line_without_traceback_in_a_real_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "consultant_desk", "check", "--database", "nonsense://x"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"CONSULTANT_DESK_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8"},
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "database" in result.stderr.lower()


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["list", "clients"],
        ["list", "episodes", "--json"],
        ["pdf", "contract", "M-2026-001", "--out", "{out}"],
        ["pdf", "meeting", "1", "--out", "{out}"],
        ["backup"],
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_reading_a_mistyped_path_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    missing = tmp_path / "typo" / "deeper" / "consultant-desk.sqlite3"
    out = str(tmp_path / "out.pdf")
    arguments = [part.format(out=out) for part in command]
    status = main([*arguments, "--database", sqlite_url(missing)])
    err = capsys.readouterr().err
    assert status != 0
    assert err.strip() == f"consultant-desk: No database at {missing}."
    assert not (tmp_path / "typo").exists()
    assert not Path(out).exists()


def test_verify_of_a_mistyped_database_creates_nothing(tmp_path: Path) -> None:
    pdf = tmp_path / "some.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    missing = tmp_path / "typo" / "consultant-desk.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "consultant_desk", "verify", str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "CONSULTANT_DESK_HOME": str(tmp_path / "home"),
            "CONSULTANT_DESK_DATABASE_URL": sqlite_url(missing),
            "PATH": "/usr/bin:/bin",
            "LANG": "en_US.UTF-8",
        },
        check=False,
    )
    assert result.returncode != 0
    assert result.stderr.strip() == f"consultant-desk: No database at {missing}."
    assert not missing.parent.exists()


def test_no_display_says_so_in_one_line_and_fails(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "consultant_desk"],
        capture_output=True,
        text=True,
        timeout=120,
        # No DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM: a server without a desktop.
        env={"CONSULTANT_DESK_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8"},
        check=False,
    )
    assert result.returncode not in (0, 134)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "No display could be opened" in lines[0]
    assert "subcommands" in lines[0]


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
    ],
)
def test_which_environments_have_a_display(environ: dict[str, str], missing: bool) -> None:
    from consultant_desk.cli import no_display

    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux decides from the environment")
    assert no_display(environ) is missing
