"""``consultant-desk list clients|engagements|episodes|meetings|documents``: ids and references.

The lists are the screens' own queries; ``--search`` keeps the lines whose words contain the
text (case and accents ignored), ``--json`` prints the same rows for a script.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from consultant_desk.cli.common import add_database_option, database_url, open_database
from consultant_desk.domain.cli_messages import plural, say
from consultant_desk.domain.enums import (
    DocumentKind,
    EngagementStatus,
    EpisodeCategory,
    EpisodeStage,
    MeetingMode,
)
from consultant_desk.services.clients import list_clients
from consultant_desk.services.engagements import list_engagements
from consultant_desk.services.episode_list import EpisodeFilter, fold, list_episode_page
from consultant_desk.services.meeting_list import meeting_rows
from consultant_desk.services.register import list_documents
from consultant_desk.store.database import Database


@dataclass(frozen=True)
class Listed:
    """One line: the fields a script reads (``--json``) and the cells a person reads."""

    fields: dict[str, Any]
    cells: tuple[str, ...]


def _label(kind: Any, value: str) -> str:
    try:
        return str(kind(value).label())
    except ValueError:
        return value


def _day(value: datetime | date | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d")


def _clients(db: Database, search: str) -> list[Listed]:
    return [
        Listed(
            {
                "id": row.id,
                "name": row.name,
                "language": row.language,
                "engagements": row.engagements,
                "archived": row.archived,
            },
            (str(row.id), row.name, row.language, str(row.engagements)),
        )
        for row in list_clients(db, include_archived=True)
    ]


def _engagements(db: Database, search: str) -> list[Listed]:
    return [
        Listed(
            {
                "id": row.id,
                "reference": row.reference,
                "title": row.title,
                "client_id": row.client_id,
                "client": row.client_name,
                "status": row.status,
                "start_date": _day(row.start_date) or None,
                "end_date": _day(row.end_date) or None,
                "archived": row.archived,
            },
            (
                str(row.id),
                row.reference,
                _label(EngagementStatus, row.status),
                row.client_name,
                row.title,
            ),
        )
        for row in list_engagements(db, include_archived=True)
    ]


def _episodes(db: Database, search: str) -> list[Listed]:
    # The episode list filters in SQL (it may hold 200,000 rows): the search goes there.
    wanted = EpisodeFilter(search=search)
    listed: list[Listed] = []
    page = list_episode_page(db, wanted)
    while True:
        listed.extend(
            Listed(
                {
                    "id": row.id,
                    "surfaced_at": row.surfaced_at.isoformat(),
                    "engagement": row.engagement_reference,
                    "client": row.client_name,
                    "category": row.category,
                    "stage": row.stage,
                    "severity": row.severity,
                },
                (
                    str(row.id),
                    _day(row.surfaced_at),
                    row.engagement_reference,
                    row.client_name,
                    _label(EpisodeCategory, row.category),
                    _label(EpisodeStage, row.stage),
                ),
            )
            for row in page.rows
        )
        if page.next is None:
            return listed
        page = list_episode_page(db, wanted, after=page.next)


def _meetings(db: Database, search: str) -> list[Listed]:
    return [
        Listed(
            {
                "id": row.id,
                "held_at": row.held_at.isoformat(),
                "engagement": row.engagement_reference,
                "client": row.client_name,
                "mode": row.mode,
                "place": row.place,
                "signed": row.signed,
            },
            (
                str(row.id),
                _day(row.held_at),
                row.engagement_reference,
                row.client_name,
                _label(MeetingMode, row.mode),
            ),
        )
        for row in meeting_rows(db)
    ]


def _documents(db: Database, search: str) -> list[Listed]:
    references = {row.id: row.reference for row in list_engagements(db, include_archived=True)}
    listed = []
    for record in list_documents(db):
        reference = references.get(record.engagement_id, "")
        listed.append(
            Listed(
                {
                    "id": record.id,
                    "kind": record.kind,
                    "subject_id": record.subject_id,
                    "engagement": reference,
                    "version": record.version,
                    "language": record.language,
                    "signed": record.signed,
                    "path": record.path,
                    "sha256": record.sha256,
                },
                (
                    str(record.id),
                    _label(DocumentKind, record.kind),
                    reference,
                    str(record.version),
                    say("yes" if record.signed else "no"),
                    record.path,
                ),
            )
        )
    return listed


LISTS: dict[str, Callable[[Database, str], list[Listed]]] = {
    "clients": _clients,
    "engagements": _engagements,
    "episodes": _episodes,
    "meetings": _meetings,
    "documents": _documents,
}
# Lists whose query does not search by itself.
SEARCHED_HERE = {"clients", "engagements", "meetings", "documents"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("list")
    add_database_option(parser)
    parser.add_argument("what", choices=list(LISTS), help="which records")
    parser.add_argument("--search", metavar="TEXT", default="", help="only lines with this text")
    parser.add_argument("--json", action="store_true", help="print JSON for a script")
    parser.set_defaults(handler=run)


def _matching(listed: Iterable[Listed], search: str) -> list[Listed]:
    words = fold(search).split()
    if not words:
        return list(listed)
    kept = []
    for line in listed:
        text = fold(" ".join(line.cells))
        if all(word in text for word in words):
            kept.append(line)
    return kept


def run(args: argparse.Namespace) -> int:
    what: str = args.what
    search: str = args.search
    db = open_database(database_url(args), must_exist=True)
    try:
        listed = LISTS[what](db, search)
    finally:
        db.dispose()
    if what in SEARCHED_HERE:
        listed = _matching(listed, search)
    if args.json:
        print(json.dumps([line.fields for line in listed], ensure_ascii=False, indent=2))
        return 0
    if not listed:
        print(say("list_nothing"))
        return 0
    print(say(f"list_header_{what}"))
    for line in listed:
        print("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in line.cells))
    print(plural(f"count_{what}", len(listed)))
    if what == "engagements":
        print(say("list_hint_contract"))
    return 0
