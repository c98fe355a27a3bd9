"""The ``consultant-desk`` command: the GUI by default, headless subcommands for the same jobs.

Each subcommand lives in a module of this package exposing ``register(subparsers)``; the
handler it sets receives the parsed arguments and returns the exit status.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from consultant_desk import APP_NAME, __version__
from consultant_desk.cli import backup, check, demo, importing, listing, pdf, scope
from consultant_desk.cli.common import (
    CommandError,
    add_database_option,
    database_url,
    fail,
    open_database,
)
from consultant_desk.domain.errors import DomainError
from consultant_desk.domain.language import Language, set_current_language
from consultant_desk.logging_setup import configure_logging, scrubbed_traceback

SUBCOMMANDS: Sequence[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = (
    demo.register,
    check.register,
    backup.register_backup,
    backup.register_restore,
    pdf.register_pdf,
    pdf.register_verify,
    scope.register,
    importing.register,
    listing.register,
)

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consultant-desk",
        description=f"{APP_NAME}: scope missions, recover unhappy clients, print signed documents.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    add_database_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in SUBCOMMANDS:
        register(subparsers)
    return parser


def _run_gui(args: argparse.Namespace, rest: list[str]) -> int:
    from consultant_desk.ui.app import run_gui

    db = open_database(database_url(args), daily_backup=True)
    return run_gui(db, [sys.argv[0], *rest])


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    set_current_language(Language.parse(_system_locale()))
    parser = build_parser()
    args, rest = parser.parse_known_args(arguments)
    configure_logging()
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui(args, rest)
        if rest:
            parser.error(f"unrecognized arguments: {' '.join(rest)}")
        return handler(args)
    except CommandError as error:
        return fail(str(error))
    except DomainError as error:
        return fail(error.text())
    except KeyboardInterrupt:
        return fail("interrupted", status=130)
    except Exception as error:
        # The user gets one line; the traceback goes to the log for whoever investigates.
        log.error(
            "unexpected error in %s:\n%s",
            getattr(args, "command", None) or "gui",
            scrubbed_traceback(error),
        )
        return fail(f"{type(error).__name__}: {error}")


def _system_locale() -> str | None:
    import locale
    import os

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return value
    language, _encoding = locale.getlocale()
    return language
