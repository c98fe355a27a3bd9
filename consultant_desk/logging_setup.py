"""Logs go to a rotating file in the user's log folder; identifiers only, no client data.

The log is a help for whoever investigates, never a reason to fail: a full disk or a
read-only folder loses log lines silently instead of printing tracebacks on the terminal.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import traceback
from typing import cast

from consultant_desk.atomicfile import PRIVATE_FILE_MODE, make_private_dirs
from consultant_desk.store.location import log_dir
from consultant_desk.store.redaction import RedactingFilter

LOG_FILE_NAME = "consultant-desk.log"


def _private_opener(path: str, flags: int) -> int:
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    # A log file created by an older version (0644) becomes private too.
    os.fchmod(fd, PRIVATE_FILE_MODE)
    return fd


class _AppLogHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so configuring twice replaces it.

    Every file it opens (the log and each one rotation starts) is readable by the user alone.
    """

    def _open(self) -> io.TextIOWrapper:
        # The handler owns the stream and closes it.
        stream = open(  # noqa: SIM115
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=_private_opener,
        )
        return cast(io.TextIOWrapper, stream)

    def flush(self) -> None:
        with contextlib.suppress(OSError):
            super().flush()

    def close(self) -> None:
        # Closing flushes what a full disk refused: lose it rather than fail the caller.
        with contextlib.suppress(OSError):
            super().close()

    def handleError(self, record: logging.LogRecord) -> None:
        # The default prints a traceback per lost record on stderr ("--- Logging error ---").
        # A full disk already tells the user through the operation that failed.
        return


def configure_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    for existing in [h for h in root.handlers if isinstance(h, _AppLogHandler)]:
        root.removeHandler(existing)
        existing.close()
    root.setLevel(level)
    folder = log_dir()
    try:
        make_private_dirs(folder)
        handler = _AppLogHandler(
            folder / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # No log folder (read-only, full): run without a log rather than not at all.
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)


def scrubbed_traceback(error: BaseException) -> str:
    """Where an error happened, without its message: messages may quote client data."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    return f"Traceback (most recent call last):\n{frames}{type(error).__qualname__}"


def log_file_path() -> str:
    return str(log_dir() / LOG_FILE_NAME)
