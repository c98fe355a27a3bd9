"""``consultant-desk import FILE.json``: clients and contacts, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from consultant_desk.cli.common import add_database_option, database_url, open_database
from consultant_desk.domain.cli_messages import plural, say
from consultant_desk.services.client_import import import_clients


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("import")
    add_database_option(parser)
    parser.add_argument("file", type=Path, help="the JSON file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(database_url(args))
    try:
        result = import_clients(db, args.file)
    finally:
        db.dispose()
    print(
        say(
            "import_new",
            clients=plural("count_clients", result.clients),
            contacts=plural("count_contacts", result.contacts),
        )
    )
    for client in result.merged:
        print(
            say(
                "import_merged",
                name=client.name,
                added=client.contacts_added,
                known=client.contacts_known,
            )
        )
    return 0
