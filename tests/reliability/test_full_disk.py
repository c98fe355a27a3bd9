"""A full disk: the command says so in one line and fails; logging never prints tracebacks.

The disk fills for real: a small tmpfs when the tests run as root and may mount one, and
everywhere a file-size limit (``RLIMIT_FSIZE``), under which the kernel refuses every write
past the limit with an ``OSError`` (EFBIG), exactly where a full disk refuses them (ENOSPC).
"""

from __future__ import annotations

import contextlib
import logging
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from consultant_desk.cli import main
from consultant_desk.logging_setup import configure_logging
from consultant_desk.store.location import sqlite_url


def _environment(home: Path) -> dict[str, str]:
    return {
        "CONSULTANT_DESK_HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "en_US.UTF-8",
        # Under the size limit a .pyc would be written short and break later imports.
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def _no_writes_past(size: int) -> Callable[[], None]:
    def limit() -> None:
        # Without this, going past the limit kills the process instead of failing the write.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


@pytest.fixture
def demo_database(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--size", "small", "--database", sqlite_url(path)]) == 0
    return path


def _check(database: Path, home: Path, **extra: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "consultant_desk", "check", "--database", sqlite_url(database)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_environment(home),
        check=False,
        **extra,  # type: ignore[call-overload]
    )


def _assert_one_line_failure(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    assert "Logging error" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "disk I/O error" in result.stderr or "database" in result.stderr.lower()


def test_check_refused_every_write_says_one_line_and_fails(
    demo_database: Path, tmp_path: Path
) -> None:
    # Opening a WAL database writes its -shm index: refused here as on a full disk.
    result = _check(demo_database, tmp_path / "home", preexec_fn=_no_writes_past(1000))
    _assert_one_line_failure(result)


@pytest.fixture
def full_tmpfs(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> None:
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as filler:
        while True:
            filler.write(b"\0" * 65536)
            filler.flush()


def test_check_on_a_full_tmpfs_says_one_line_and_fails(
    demo_database: Path, full_tmpfs: Path
) -> None:
    database = full_tmpfs / "consultant-desk.sqlite3"
    shutil.copyfile(demo_database, database)
    home = full_tmpfs / "home"
    home.mkdir()
    _fill(full_tmpfs)
    _assert_one_line_failure(_check(database, home))


def test_logging_to_a_full_disk_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    configure_logging()
    (handler,) = [h for h in logging.getLogger().handlers if type(h).__name__ == "_AppLogHandler"]
    assert isinstance(handler, logging.FileHandler)
    # /dev/full answers every write with ENOSPC, as a full disk does.
    handler.acquire()
    try:
        handler.stream.close()
        handler.stream = open("/dev/full", "w", encoding="utf-8")  # noqa: SIM115
    finally:
        handler.release()
    for number in range(10):
        logging.getLogger("consultant_desk.test").error("line %d that cannot be written", number)
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""
