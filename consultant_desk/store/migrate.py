"""Schema migrations, applied automatically when a database is opened.

Every command opens the database through ``upgrade``, and nearly always the schema is already
at the head: that case reads the stored revision and compares it with ``HEAD_REVISION``
without importing Alembic, whose import costs a tenth of a second of every start-up. Alembic
is loaded only when there is something to migrate, a revision this version does not know, or
a comparison of the models with the schema to make.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from consultant_desk.store.database import Database
from consultant_desk.store.errors import NewerSchemaError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# The newest revision in migrations/versions/. Adding a migration means changing it too:
# tests/store/test_migrate.py compares it with the folder.
HEAD_REVISION = "0003"

# Alembic's default, which env.py keeps.
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The head of the migrations folder, as Alembic reads it (``HEAD_REVISION`` is its copy)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def _stored_revisions(db: Database) -> list[str]:
    """The rows of the version table, none when the database has no schema of ours."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return []
        return [
            row[0] for row in connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
        ]


def current_revision(db: Database) -> str | None:
    revisions = _stored_revisions(db)
    if len(revisions) <= 1:
        return revisions[0] if revisions else None
    # Several heads stored: never written by this application; Alembic says what it makes of it.
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_newer(revision: str | None) -> bool:
    """Whether ``revision`` comes from a newer version of the application (unknown here)."""
    if revision is None or revision == HEAD_REVISION:
        return False
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return revision not in {rev.revision for rev in script.walk_revisions()}


def needs_upgrade(db: Database) -> bool:
    current = current_revision(db)
    if current == HEAD_REVISION:
        return False
    if current is None:
        return True
    from alembic.script import ScriptDirectory

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
    from alembic import command

    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True


def schema_drift(db: Database) -> list[object]:
    """Differences between the models and the migrated schema: empty when they agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import consultant_desk.store.models  # noqa: F401 - registers every table
    from consultant_desk.store.base import Base

    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        return list(compare_metadata(context, Base.metadata))
