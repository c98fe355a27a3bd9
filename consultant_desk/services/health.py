"""The integrity check behind ``consultant-desk check`` and restore."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from consultant_desk.store import migrate
from consultant_desk.store.database import Database


@dataclass
class HealthReport:
    database: str
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database(db: Database, *, allow_older: bool = False) -> HealthReport:
    """Schema version, storage-level integrity, and that the models match the schema.

    ``allow_older``: an older schema is not a problem (a backup that restore will migrate).
    """
    revision = migrate.current_revision(db)
    report = HealthReport(db.display_url, revision, migrate.head_revision())
    if revision is None:
        report.problems.append("no Consultant Desk schema in this database")
        return report
    if revision != report.head and not (allow_older and not migrate.is_newer(revision)):
        report.problems.append(f"schema {revision} is not the current one ({report.head})")
    with db.engine.connect() as connection:
        if db.dialect == "sqlite":
            for (line,) in connection.exec_driver_sql("PRAGMA integrity_check"):
                if line != "ok":
                    report.problems.append(f"integrity: {line}")
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                report.problems.append(f"dangling reference in {row[0]} (row {row[1]}) to {row[2]}")
        else:
            connection.execute(text("SELECT 1"))
    if revision == report.head:
        report.problems.extend(f"schema drift: {diff}" for diff in migrate.schema_drift(db))
    return report
