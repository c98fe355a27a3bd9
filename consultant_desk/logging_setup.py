"""Logs go to a rotating file in the user's log folder; identifiers only, no client data."""

from __future__ import annotations

import logging
import logging.handlers
import traceback

from consultant_desk.store.location import log_dir

LOG_FILE_NAME = "consultant-desk.log"


class _AppLogHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so configuring twice replaces it."""


def configure_logging(level: int = logging.INFO) -> None:
    folder = log_dir()
    folder.mkdir(parents=True, mode=0o700, exist_ok=True)
    root = logging.getLogger()
    for existing in [h for h in root.handlers if isinstance(h, _AppLogHandler)]:
        root.removeHandler(existing)
        existing.close()
    handler = _AppLogHandler(
        folder / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(level)
    root.addHandler(handler)


def scrubbed_traceback(error: BaseException) -> str:
    """Where an error happened, without its message: messages may quote client data."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    return f"Traceback (most recent call last):\n{frames}{type(error).__qualname__}"


def log_file_path() -> str:
    return str(log_dir() / LOG_FILE_NAME)
