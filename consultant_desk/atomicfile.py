"""Write a file so that a reader sees either the old content or the new one, never half.

Shared by every layer that writes files (documents, backups, exports). Files are created
readable by the user alone: they hold client records and signed documents.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and each missing parent readable by the user alone.

    ``Path.mkdir(parents=True, mode=...)`` gives the mode to the last folder only; the
    parents it creates (``documents/`` above ``documents/M-2026-014/``) get the default.
    """
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        candidate.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder + ``os.replace``."""
    target = Path(path)
    make_private_dirs(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, PRIVATE_FILE_MODE)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_directory(target.parent)
    return target


def _fsync_directory(folder: Path) -> None:
    # The rename itself is durable only once the directory entry is flushed (POSIX).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
