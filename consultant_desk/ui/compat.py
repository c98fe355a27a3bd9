"""A guard against a reference-counting fault of PySide6 6.12 on Python 3.11.

The 6.12 bindings (built for the stable ABI of Python 3.10+) return ``None`` from every void
method without taking a new reference to it. From Python 3.12 on, ``None``, ``True`` and
``False`` are immortal and nothing happens; on 3.11 each call of ``setText``, ``update``…
takes one reference away from ``None``, and after a few thousand calls the process aborts
with "Fatal Python error: none_dealloc". PySide6 6.11 does not have the fault.

On that combination only, the three singletons get a reference count no session can use up,
which is what Python 3.12 does for every object of that kind. Remove this module once the
project requires Python 3.12 or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys

import shiboken6

AFFECTED_SERIES = "6.12."
# Billions of calls before the count could come back down to zero.
_EXTRA_REFERENCES = 1 << 40


def affected() -> bool:
    return sys.version_info < (3, 12) and shiboken6.__version__.startswith(AFFECTED_SERIES)


def protect_singletons() -> bool:
    """Apply the guard when needed; returns whether it was applied. Idempotent."""
    global _applied  # noqa: PLW0603 - once per process
    if _applied or not affected():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA_REFERENCES
    _applied = True
    return True


_applied = False
