from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from consultant_desk.cli import main
from consultant_desk.store.location import sqlite_url

SUMMARY = re.compile(
    r"^Demo data: (\d+) clients, (\d+) engagements, (\d+) episodes, (\d+) meetings, "
    r"(\d+) offers in \d+\.\d s$"
)


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it: a new process, its own interpreter start-up."""
    return subprocess.run(
        [sys.executable, "-m", "consultant_desk", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_demo_fills_the_database_and_says_how_much(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert main(["demo", "--database", url]) == 0
    captured = capsys.readouterr()
    match = SUMMARY.match(captured.out.strip())
    assert match, captured.out
    clients, engagements, episodes, meetings, offers = map(int, match.groups())
    assert 20 <= clients <= 30 and engagements >= 50 and episodes >= 150
    assert meetings > 0 and offers > 0
    assert captured.err == ""


def test_demo_seed_option_changes_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for seed in ("1", "1", "2"):
        url = sqlite_url(tmp_path / f"seed-{seed}-{len(outputs)}.sqlite3")
        assert main(["demo", "--size", "small", "--seed", seed, "--database", url]) == 0
        match = SUMMARY.match(capsys.readouterr().out.strip())
        assert match
        outputs.append(match.groups())
    assert outputs[0] == outputs[1]
    assert outputs[0] != outputs[2]


@pytest.mark.slow
def test_demo_then_check_in_separate_processes(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "process.sqlite3")
    demo = run_cli("demo", "--size", "small", "--database", url)
    assert demo.returncode == 0, demo.stderr
    assert SUMMARY.match(demo.stdout.strip()), demo.stdout
    check = run_cli("check", "--database", url)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "integrity: ok" in check.stdout


@pytest.mark.parametrize(
    "url",
    [
        "this is not a database URL",
        "nosuchdialect://somewhere/db",
        "postgresql+psycopg://demo:s3cret@127.0.0.1:1/nowhere",
    ],
)
def test_a_bad_url_gives_one_line_and_no_traceback(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["demo", "--database", url])
    captured = capsys.readouterr()
    assert status != 0
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err
    assert "s3cret" not in captured.err


def test_a_bad_url_in_a_real_process_gives_one_line(tmp_path: Path) -> None:
    result = run_cli("demo", "--database", "nosuchdialect://somewhere/db")
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
