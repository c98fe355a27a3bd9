"""Read-only lists for the meetings screens: the meeting list with each meeting's action-item
count and signature state, and the episodes an engagement's meeting can refer to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from consultant_desk.store.database import Database
from consultant_desk.store.models import ActionItem, Client, Engagement, Episode, Meeting


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meeting list."""

    id: int
    held_at: datetime
    engagement_id: int
    engagement_reference: str
    engagement_title: str
    client_name: str
    mode: str
    place: str
    consultant_signed: bool
    client_signed: bool
    action_items: int
    # Meetings are never archived; the list pages expect the attribute.
    archived: bool = False

    @property
    def signed(self) -> bool:
        return self.consultant_signed or self.client_signed


@dataclass(frozen=True)
class EpisodeChoice:
    id: int
    surfaced_at: datetime
    category: str
    stage: str


def meeting_rows(db: Database, engagement_id: int | None = None) -> list[MeetingRow]:
    """Every meeting, newest first, in one query of the columns the list shows (the long
    texts stay in the database)."""
    counts = (
        select(ActionItem.meeting_id, func.count(ActionItem.id).label("n"))
        .group_by(ActionItem.meeting_id)
        .subquery()
    )
    query = (
        select(
            Meeting.id,
            Meeting.held_at,
            Meeting.engagement_id,
            Engagement.reference,
            Engagement.title,
            Client.name,
            Meeting.mode,
            Meeting.place,
            Meeting.consultant_signature.is_not(None),
            Meeting.client_signature.is_not(None),
            func.coalesce(counts.c.n, 0),
        )
        .join(Engagement, Engagement.id == Meeting.engagement_id)
        .join(Client, Client.id == Engagement.client_id)
        .outerjoin(counts, counts.c.meeting_id == Meeting.id)
        .order_by(Meeting.held_at.desc(), Meeting.id.desc())
    )
    if engagement_id is not None:
        query = query.where(Meeting.engagement_id == engagement_id)
    with db.session() as session:
        return [
            MeetingRow(
                id=row[0],
                held_at=row[1],
                engagement_id=row[2],
                engagement_reference=row[3],
                engagement_title=row[4],
                client_name=row[5],
                mode=row[6],
                place=row[7],
                consultant_signed=bool(row[8]),
                client_signed=bool(row[9]),
                action_items=int(row[10]),
            )
            for row in session.execute(query)
        ]


def episode_choices(db: Database, engagement_id: int) -> list[EpisodeChoice]:
    """The episodes of one engagement, newest first."""
    query = (
        select(Episode.id, Episode.surfaced_at, Episode.category, Episode.stage)
        .where(Episode.engagement_id == engagement_id)
        .order_by(Episode.surfaced_at.desc(), Episode.id.desc())
    )
    with db.session() as session:
        return [EpisodeChoice(*row) for row in session.execute(query)]
