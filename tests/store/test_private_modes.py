"""What the application creates is readable by the user alone: folders 0700, files 0600."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from consultant_desk.documents.resources import resource_path
from consultant_desk.logging_setup import configure_logging, log_file_path
from consultant_desk.services import backups
from consultant_desk.services.contract_printing import save_contract
from consultant_desk.services.engagements import list_engagements
from consultant_desk.services.scoping import current_contract
from consultant_desk.services.scoping_toml import import_scope, read_scope_file
from consultant_desk.store.database import Database
from consultant_desk.store.location import backups_dir, documents_dir


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backups_folder_is_private(db: Database) -> None:
    written = backups.backup_now(db)
    assert written.parent == backups_dir()
    assert mode(backups_dir()) == 0o700
    assert mode(written) == 0o600


def test_documents_folders_are_private(db: Database) -> None:
    scope = read_scope_file(resource_path("examples") / "scope_example.toml", amend=False)
    import_scope(db, scope, amend=None, dry_run=False)
    (engagement,) = list_engagements(db)
    registered = save_contract(db, current_contract(db, engagement.reference).id, None)
    assert documents_dir() in registered.path.parents
    assert mode(documents_dir()) == 0o700
    assert mode(registered.path.parent) == 0o700
    assert mode(registered.path) == 0o600


def test_log_file_is_private_even_when_an_older_version_left_it_readable(
    isolated_home: Path,
) -> None:
    log = Path(log_file_path())
    log.parent.mkdir(parents=True)
    log.write_text("an older line\n", encoding="utf-8")
    log.chmod(0o644)
    configure_logging()
    logging.getLogger("consultant_desk.test").info("a line")
    assert mode(log) == 0o600


def test_a_fresh_log_folder_and_file_are_private() -> None:
    configure_logging()
    logging.getLogger("consultant_desk.test").info("a line")
    log = Path(log_file_path())
    assert mode(log) == 0o600
    assert mode(log.parent) == 0o700
