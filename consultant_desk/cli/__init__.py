"""The ``consultant-desk`` command: the GUI by default, headless subcommands for the same jobs.

Each subcommand lives in a module of this package with a function that adds its parser to the
subparsers (``register(subparsers)``) and sets a handler, which receives the parsed arguments
and returns the exit status. ``SUBCOMMANDS`` names that function and holds the one-line help
that ``--help`` lists: a module is imported only when its subcommand runs, so ``--version``,
``--help`` and each subcommand pay for their own imports only (SQLAlchemy, ReportLab and the
rest load where they are used).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeAlias

from consultant_desk import APP_NAME, __version__
from consultant_desk.cli.common import CommandError, add_database_option, database_url, fail


class Subcommand(NamedTuple):
    register: str  # "module:function", the module in this package
    help: str


# One line per subcommand, in the order ``--help`` lists them.
SUBCOMMANDS: dict[str, Subcommand] = {
    "demo": Subcommand("demo:register", "fill the database with demo data"),
    "check": Subcommand("check:register", "report the schema version and check integrity"),
    "backup": Subcommand("backup:register_backup", "back up the embedded SQLite database"),
    "restore": Subcommand(
        "backup:register_restore",
        "replace the database with a backup (the current one is kept aside)",
    ),
    "pdf": Subcommand("pdf:register_pdf", "print a document to a PDF file and register it"),
    "verify": Subcommand("pdf:register_verify", "check a PDF against the document register"),
    "scope": Subcommand(
        "scope:register", "create an engagement and its scoping from a TOML file (or amend one)"
    ),
    "import": Subcommand(
        "importing:register", 'import clients and contacts from a JSON file {"clients": [...]}'
    ),
    "list": Subcommand(
        "listing:register",
        "list clients, engagements, episodes, meetings or documents with their ids",
    ),
    "episode": Subcommand(
        "episode:register", "log, list and move dissatisfaction episodes through the playbook"
    ),
    "apology-check": Subcommand(
        "apology_check:register",
        "point at what an apology says that the articles warn against",
    ),
}

Register: TypeAlias = "Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]"


def registrar(name: str) -> Register:
    """The function that adds subcommand ``name``'s parser, its module imported now."""
    module_name, _, function = SUBCOMMANDS[name].register.partition(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    register: Register = getattr(module, function)
    return register


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, with ``command``'s own parser; the others are placeholders
    that only know their name and help, which is all ``--help`` shows of them."""
    parser = argparse.ArgumentParser(
        prog="consultant-desk",
        description=f"{APP_NAME}: scope missions, recover unhappy clients, print signed documents.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    add_database_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, subcommand in SUBCOMMANDS.items():
        if name == command:
            registrar(name)(subparsers)
        else:
            # No -h of its own: "pdf --help" must reach the real parser, parsed next.
            subparsers.add_parser(name, help=subcommand.help, add_help=False)
    return parser


def parse(arguments: list[str]) -> tuple[argparse.ArgumentParser, argparse.Namespace, list[str]]:
    """Parsed twice: first to learn which subcommand runs (placeholders accept anything),
    then with that subcommand's real parser."""
    parser = build_parser()
    args, rest = parser.parse_known_args(arguments)
    if args.command is not None:
        parser = build_parser(args.command)
        args, rest = parser.parse_known_args(arguments)
    return parser, args, rest


# Qt platforms that need no display server.
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")


def no_display(environ: dict[str, str] | None = None) -> bool:
    """Whether the window cannot open here: Qt would abort the process (exit 134) with a
    text about reinstalling; checked before Qt is loaded. Linux only: elsewhere the system
    always has a display."""
    env = dict(os.environ if environ is None else environ)
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip().lower()
    if platform.startswith(_HEADLESS_PLATFORMS):
        return False
    if platform.startswith("wayland"):
        return not env.get("WAYLAND_DISPLAY")
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def _run_gui(args: argparse.Namespace, rest: list[str]) -> int:
    from consultant_desk.cli.common import open_database
    from consultant_desk.domain.cli_messages import say

    if no_display():
        return fail(say("no_display"))
    from consultant_desk.ui.app import run_gui

    db = open_database(database_url(args))
    return run_gui(db, [sys.argv[0], *rest])


def main(argv: Sequence[str] | None = None) -> int:
    from consultant_desk.domain.language import Language, set_current_language

    arguments = list(sys.argv[1:] if argv is None else argv)
    set_current_language(Language.parse(_system_locale()))
    parser, args, rest = parse(arguments)

    from consultant_desk.domain.errors import DomainError
    from consultant_desk.logging_setup import configure_logging, scrubbed_traceback

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
        import logging

        # The user gets one line; the traceback goes to the log for whoever investigates.
        logging.getLogger(__name__).error(
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
