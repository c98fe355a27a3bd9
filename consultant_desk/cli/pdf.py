"""``consultant-desk pdf KIND ID --out FILE`` and ``consultant-desk verify FILE``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from consultant_desk.cli.common import (
    CommandError,
    add_database_option,
    database_url,
    open_database,
)
from consultant_desk.domain.cli_messages import say
from consultant_desk.services.register import DocumentEntry, Registered, Verdict, verify_file
from consultant_desk.store.database import Database

Printer = Callable[[Database, int, str | None, Path], Registered]


# Each printer imports its own document when it runs: printing a meeting report need not load
# the contract's modules (and the scoping service), nor the other way round.
def _meeting(db: Database, ident: int, language: str | None, out: Path) -> Registered:
    from consultant_desk.services import printing

    return printing.save_meeting_report(db, ident, language, target=out)


def _contract(db: Database, ident: int, language: str | None, out: Path) -> Registered:
    from consultant_desk.services import contract_printing

    return contract_printing.save_contract(db, ident, language, target=out)


PRINTERS: dict[str, Printer] = {"meeting": _meeting, "contract": _contract}


def register_pdf(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("pdf")
    add_database_option(parser)
    parser.add_argument("kind", choices=sorted(PRINTERS), help="which document")
    parser.add_argument(
        "ident",
        metavar="ID",
        help="the record to print: its id, or for a contract the engagement's reference "
        "(M-2026-014), which prints its current contract",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FILE", help="PDF to write")
    parser.add_argument("--lang", choices=["fr", "en"], help="override the client's language")
    parser.set_defaults(handler=run_pdf)


def register_verify(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("verify")
    add_database_option(parser)
    parser.add_argument("file", type=Path, help="the PDF to check")
    parser.set_defaults(handler=run_verify)


def _ident(db: Database, kind: str, given: str) -> int:
    """An id as typed, or for a contract the reference of its engagement."""
    text = given.strip()
    if text.isdigit():
        return int(text)
    if kind == "contract":
        from consultant_desk.services.scoping import current_contract

        return current_contract(db, text).id
    raise CommandError(say("not_an_id", value=given))


def run_pdf(args: argparse.Namespace) -> int:
    db = open_database(database_url(args), must_exist=True)
    try:
        ident = _ident(db, args.kind, args.ident)
        registered = PRINTERS[args.kind](db, ident, args.lang, args.out)
    finally:
        db.dispose()
    record = registered.record
    print(f"written: {registered.path}")
    print(f"version: {record.version}  sha256: {record.sha256}")
    return 0


def _version_text(record: DocumentEntry) -> str:
    signed = (
        "signed by " + " and ".join(record.signers.splitlines())
        if record.signers.strip()
        else ("signed" if record.signed else "unsigned")
    )
    return (
        f"{record.kind} #{record.subject_id}, version {record.version}"
        f" (printed {record.generated_at:%Y-%m-%d %H:%M} UTC, {signed})"
    )


def run_verify(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise CommandError(f"no such file: {path}")
    db = open_database(database_url(args), must_exist=True)
    try:
        result = verify_file(db, path)
    finally:
        db.dispose()
    record = result.record
    if result.verdict is Verdict.MATCHES and record is not None:
        print(f"matches the register: {_version_text(record)}")
        return 0
    if result.verdict is Verdict.RESAVED and record is not None:
        print(
            f"same content, file re-saved: {_version_text(record)}; the bytes differ "
            f"(sha256 {result.sha256}) but every page shows what was registered"
        )
        return 0
    if result.verdict is Verdict.ALTERED and record is not None:
        claim = "claims to be" if result.claimed_by_file else "was registered as"
        print(
            f"ALTERED: {path} {claim} {_version_text(record)}, "
            f"but its content differs (sha256 {result.sha256})"
        )
        return 1
    print(f"UNKNOWN: not produced by this database (sha256 {result.sha256})")
    return 1
