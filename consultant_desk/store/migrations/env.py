"""Alembic environment: runs inside the application on the connection it is handed."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import consultant_desk.store.models  # noqa: F401 - registers every table
from consultant_desk.store.base import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        user_module_prefix="consultant_desk.store.types.",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)
