"""``consultant-desk episode log|list|advance``: the episode workflow, headless.

``log`` prints the new episode's id; ``list`` its ids with their due dates (``--overdue``,
``--due-this-week``, ``--json``); ``advance`` moves an episode through the playbook and prints
the warnings the window would show, exiting 0: the playbook advises, it never refuses.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from consultant_desk.cli.choices import choice_of
from consultant_desk.cli.common import (
    CommandError,
    add_database_option,
    database_url,
    open_database,
)
from consultant_desk.domain.cli_messages import plural, say
from consultant_desk.domain.enums import (
    Channel,
    EpisodeCategory,
    EpisodeStage,
    Severity,
)
from consultant_desk.domain.playbook import WORKING_STAGES
from consultant_desk.services import episode_workflow as workflow
from consultant_desk.services.episode_list import EpisodeFilter, list_episode_page


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("bad_instant", value=text)) from None
    # A time without an offset is the user's local time.
    return value if value.tzinfo is not None else value.astimezone()


def _episode_id(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(say("not_an_id", value=text))
    return int(text)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("episode")
    add_database_option(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    log = actions.add_parser("log", help="log a new episode; prints its id")
    add_database_option(log)
    log.add_argument("--engagement", metavar="REFERENCE", required=True)
    log.add_argument(
        "--category",
        action="append",
        required=True,
        type=choice_of(EpisodeCategory),
        help="repeat for several: " + ", ".join(c.value for c in EpisodeCategory),
    )
    log.add_argument(
        "--severity",
        required=True,
        type=choice_of(Severity),
        help=", ".join(s.value for s in Severity),
    )
    log.add_argument("--words", required=True, help="the client's own words")
    log.add_argument(
        "--channel",
        default=Channel.PHONE.value,
        type=choice_of(Channel),
        help=", ".join(c.value for c in Channel) + " (default: phone)",
    )
    log.add_argument("--spoke", default="", help="who spoke")
    log.add_argument("--at", metavar="ISO-DATETIME", type=_instant, help="when (default: now)")
    log.set_defaults(handler=run_log)

    listing = actions.add_parser("list", help="episodes with their ids and due dates")
    add_database_option(listing)
    listing.add_argument("--overdue", action="store_true", help="only the overdue ones")
    listing.add_argument(
        "--due-this-week", action="store_true", help="only those due from today to Sunday"
    )
    listing.add_argument("--open", action="store_true", help="only the open ones")
    listing.add_argument("--json", action="store_true", help="print JSON for a script")
    listing.set_defaults(handler=run_list)

    advance = actions.add_parser(
        "advance", help="move an episode to a stage; prints the warnings, never refuses"
    )
    add_database_option(advance)
    advance.add_argument("id", type=_episode_id, metavar="ID")
    advance.add_argument(
        "--to",
        required=True,
        metavar="STAGE",
        type=choice_of(WORKING_STAGES),
        help=", ".join(stage.value for stage in WORKING_STAGES),
    )
    advance.add_argument("--note", default="", help="a note recorded with the move")
    advance.set_defaults(handler=run_advance)


def run_log(args: argparse.Namespace) -> int:
    db = open_database(database_url(args))
    try:
        engagement_id = workflow.engagement_by_reference(db, args.engagement)
        if engagement_id is None:
            raise CommandError(say("unknown_reference", value=args.engagement))
        ident = workflow.log_episode(
            db,
            workflow.EpisodeFacts(
                engagement_id=engagement_id,
                surfaced_at=args.at or datetime.now().astimezone(),
                channel=args.channel,
                categories=tuple(args.category),
                client_words=args.words,
                severity=args.severity,
                spoke=args.spoke,
            ),
        )
    finally:
        db.dispose()
    print(ident)
    return 0


def run_list(args: argparse.Namespace) -> int:
    wanted = EpisodeFilter(
        open_only=args.open, overdue=args.overdue, due_this_week=args.due_this_week
    )
    db = open_database(database_url(args), must_exist=True)
    rows = []
    try:
        page = list_episode_page(db, wanted)
        rows.extend(page.rows)
        while page.next is not None:
            page = list_episode_page(db, wanted, after=page.next)
            rows.extend(page.rows)
    finally:
        db.dispose()
    if args.json:
        fields = [
            {
                "id": row.id,
                "surfaced_at": row.surfaced_at.isoformat(),
                "engagement": row.engagement_reference,
                "client": row.client_name,
                "category": row.category,
                "severity": row.severity,
                "stage": row.stage,
                "due_on": None if row.due_on is None else row.due_on.isoformat(),
                "overdue": row.overdue,
            }
            for row in rows
        ]
        print(json.dumps(fields, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(say("list_nothing"))
        return 0
    print(say("episode_list_header"))
    for row in rows:
        cells = (
            str(row.id),
            row.surfaced_at.strftime("%Y-%m-%d"),
            row.engagement_reference,
            row.client_name,
            EpisodeCategory(row.category).label(),
            EpisodeStage(row.stage).label(),
            "" if row.due_on is None else row.due_on.isoformat(),
            say("overdue") if row.overdue else "",
        )
        print("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells))
    print(plural("count_episodes", len(rows)))
    return 0


def run_advance(args: argparse.Namespace) -> int:
    db = open_database(database_url(args))
    try:
        result = workflow.advance(db, args.id, args.to, note=args.note)
    finally:
        db.dispose()
    print(say("episode_moved", id=args.id, stage=EpisodeStage(args.to).label()))
    for warning in result.warnings:
        print(say("warning_line", text=warning.text()))
    if not result.warnings:
        print(say("episode_no_warning"))
    return 0
