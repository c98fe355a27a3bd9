"""Schema migrations, applied automatically when a database is opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

import consultant_desk.store.models  # noqa: F401 - registers every table
from consultant_desk.store.base import Base
from consultant_desk.store.database import Database
from consultant_desk.store.errors import NewerSchemaError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(db: Database) -> bool:
    current = current_revision(db)
    if current is None:
        return True
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise NewerSchemaError(current)
    return current != script.get_current_head()


def upgrade(db: Database, before: Callable[[Database, str | None], None] | None = None) -> bool:
    """Bring the schema to the head revision. Returns whether anything was applied.

    ``before`` runs first when there is something to apply (the backup hook): a migration
    never starts on a database that has not been copied aside.
    """
    if not needs_upgrade(db):
        return False
    if before is not None:
        before(db, current_revision(db))
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True


def schema_drift(db: Database) -> list[object]:
    """Differences between the models and the migrated schema: empty when they agree."""
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        return list(compare_metadata(context, Base.metadata))
