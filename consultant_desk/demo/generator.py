"""Builds the demo in the order the rows depend on each other: clients, engagements and their
terms, episodes with their meetings and offers, steering meetings, feedback."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from consultant_desk.demo.feedback import FeedbackPart
from consultant_desk.demo.records import (
    PLANS,
    DemoSize,
    DemoSummary,
)
from consultant_desk.domain.errors import DomainError
from consultant_desk.services.backups import backup_now
from consultant_desk.store.base import Base
from consultant_desk.store.database import Database
from consultant_desk.store.models import (
    Client,
    ConsultantProfile,
)


class DemoRefusedError(DomainError):
    """The database already holds someone's clients: the demo does not mix with them."""


def fill_demo(
    db: Database,
    size: DemoSize,
    *,
    seed: int = 2026,
    today: date | None = None,
    replace: bool = False,
) -> DemoSummary:
    """Fill an empty ``db`` with demo data and say how much was written.

    A database that holds clients is refused, unless ``replace``: then it is backed up first
    (SQLite only: the built-in backup), emptied and filled in the same transaction, so a
    failure leaves it as it was. ``today`` anchors every date (default: the current UTC date);
    with the same seed and the same ``today`` the data is the same, row for row.
    """
    builder = DemoBuilder(PLANS[DemoSize(size)], random.Random(seed), today or _utc_today())
    held = _clients_held(db)
    if held and not replace:
        raise DemoRefusedError("demo_not_empty", count=held)
    if held:
        if db.sqlite_path is None:
            raise DemoRefusedError("demo_replace_not_sqlite")
        builder.summary.backup = backup_now(db, label="before-demo")
    with db.transaction(bulk=True) as session:
        if held:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(delete(table))
        builder.build(session)
    return builder.summary


def _clients_held(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Client)) or 0)


def _utc_today() -> date:
    return datetime.now(UTC).date()


class DemoBuilder(FeedbackPart):
    def build(self, session: Session) -> None:
        self._load_existing(session)
        if not self.has_profile:
            self._insert(session, ConsultantProfile, [self._profile_row()])
        self._plan_clients()
        self._plan_engagements()
        self._write_clients(session)
        self._write_engagements(session)
        self._write_scoping(session)
        self._plan_episodes()
        self._write_episodes(session)
        self._write_steering_meetings(session)
        self._write_feedback(session)

    def _load_existing(self, session: Session) -> None:
        # The database holds no client (fill_demo sees to it), hence no engagement or episode:
        # only the user's own profile may be there already, and it is kept.
        self.has_profile = session.scalar(select(ConsultantProfile.id).limit(1)) is not None
