"""Builds the demo in the order the rows depend on each other: clients, engagements and their
terms, episodes with their meetings and offers, steering meetings, feedback."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_desk.demo.feedback import FeedbackPart
from consultant_desk.demo.records import (
    PLANS,
    REFERENCE,
    DemoSize,
    DemoSummary,
)
from consultant_desk.store.database import Database
from consultant_desk.store.models import (
    Client,
    ConsultantProfile,
    Engagement,
    Episode,
)


def fill_demo(
    db: Database, size: DemoSize, *, seed: int = 2026, today: date | None = None
) -> DemoSummary:
    """Add a batch of demo data to ``db`` and say how much was added.

    ``today`` anchors every date (default: the current UTC date); with the same seed and the
    same ``today`` on an empty database, the data is the same, row for row.
    """
    builder = DemoBuilder(PLANS[DemoSize(size)], random.Random(seed), today or _utc_today())
    with db.transaction() as session:
        builder.build(session)
    return builder.summary


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
        self.taken_names = {name.casefold() for name in session.scalars(select(Client.name))}
        self.taken_keys = set(
            session.scalars(select(Episode.incident_key).where(Episode.incident_key != ""))
        )
        for reference in session.scalars(select(Engagement.reference)):
            match = REFERENCE.match(reference)
            if match:
                year, number = int(match[1]), int(match[2])
                self.next_number[year] = max(self.next_number.get(year, 1), number + 1)
        self.has_profile = session.scalar(select(ConsultantProfile.id).limit(1)) is not None
