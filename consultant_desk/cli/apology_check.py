"""``consultant-desk apology-check [--lang fr|en] [--json] [TEXT | -]``: the sincerity check.

One remark a line (``kind: «span» — advice``), or a line saying there is nothing to remark;
``--json`` prints a list of ``{"kind", "start", "end", "advice"}`` (offsets in characters,
end excluded). The text comes from the argument, or from standard input when it is ``-`` or
absent. The advice is in the user's language; the rules are the text's (``--lang``).
"""

from __future__ import annotations

import argparse
import json
import sys

from consultant_desk.cli.choices import choice_of
from consultant_desk.cli.common import add_database_option
from consultant_desk.domain.cli_messages import say
from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.sincerity import check


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("apology-check")
    # Accepted like everywhere, though the check reads no database.
    add_database_option(parser)
    parser.add_argument(
        "--lang",
        type=choice_of(Language),
        default=None,
        help="the text's language, fr or en (default: the user's)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for a script")
    parser.add_argument("text", nargs="?", default="-", help="the text, or - for stdin")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    text: str = sys.stdin.read() if args.text == "-" else args.text
    language = Language(args.lang) if args.lang else current_language()
    remarks = check(text, language)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "kind": remark.kind.value,
                        "start": remark.start,
                        "end": remark.end,
                        "advice": remark.advice(),
                    }
                    for remark in remarks
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not remarks:
        print(say("apology_nothing"))
        return 0
    for remark in remarks:
        span = " ".join(remark.span(text).split())
        print(f"{remark.kind.value}: «{span}» — {remark.advice()}")
    return 0
