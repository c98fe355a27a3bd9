"""``consultant-desk scope FILE.toml``: create (or amend) an engagement from a scope file.

The file mirrors the scoping wizard (see ``resources/examples/README.md``) and goes through
the same checks. A refused file prints one line per problem, naming the key and its line, and
writes nothing.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_currency

from consultant_desk.cli.common import add_database_option, database_url, fail, open_database
from consultant_desk.domain.cli_messages import say
from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.scoping_messages import message
from consultant_desk.services.scoping import ScopeResult, past_episode_lessons
from consultant_desk.services.scoping_toml import (
    ScopeFile,
    ScopeFileError,
    import_scope,
    read_scope_file,
    warnings_of,
)

LOCALES = {Language.FR: "fr_FR", Language.EN: "en_GB"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "scope",
        description="Create an engagement, its client if new, and its scoping from a TOML file "
        "whose sections mirror the scoping wizard; with --amend, replace the engagement's open "
        "draft or add an amendment after its signed version.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.toml", help="the scope file")
    parser.add_argument(
        "--amend",
        metavar="REFERENCE",
        help="amend the engagement with this reference instead of creating one",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="check the file against the database, write nothing",
    )
    add_database_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    amend: str | None = args.amend
    try:
        scope = read_scope_file(args.file, amend=amend is not None)
    except ScopeFileError as error:
        return _refuse(error)
    db = open_database(database_url(args))
    try:
        result = import_scope(db, scope, amend=amend, dry_run=args.dry_run)
        known_client = None if result.client_created else result.client_id
        lessons = past_episode_lessons(db, known_client)
    except ScopeFileError as error:
        return _refuse(error)
    finally:
        db.dispose()
    language = current_language()
    if args.dry_run:
        print(message("cli_checked", language, source=scope.source))
    else:
        for line in _summary(result, language):
            print(line)
        print(
            say("scope_print_with", language, id=result.scoping_id, file=f"{result.reference}.pdf")
        )
    _print_notes(scope, result, language)
    for lesson in lessons:
        text = lesson.text(language)
        print(message("cli_lesson", language, section=lesson.section.label(language), message=text))
    return 0


def _refuse(error: ScopeFileError) -> int:
    for line in error.lines():
        fail(line)
    return 2


def _money(amount: Decimal | None, currency: str, language: Language) -> str:
    if amount is None:
        return "-"
    return str(format_currency(amount, currency, locale=LOCALES[language]))


def _summary(result: ScopeResult, language: Language) -> list[str]:
    client_code = "cli_client_created" if result.client_created else "cli_client_used"
    engagement_code = (
        "cli_engagement_created" if result.engagement_created else "cli_engagement_amended"
    )
    money = result.totals
    currency = money.currency if money else "EUR"
    return [
        message(client_code, language, name=result.client_name, id=result.client_id),
        message(
            engagement_code,
            language,
            reference=result.reference,
            title=result.title,
            id=result.engagement_id,
        ),
        message(
            "cli_version",
            language,
            number=result.number,
            status=result.status.label(language),
            total_excl=_money(money.excl_vat if money else None, currency, language),
            total_incl=_money(money.incl_vat if money else None, currency, language),
            instalments=result.instalments,
        ),
    ]


def _print_notes(scope: ScopeFile, result: ScopeResult, language: Language) -> None:
    for problem in warnings_of(scope, result):
        print(message("cli_warning", language, message=problem.text(language)))
