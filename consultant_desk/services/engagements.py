"""Use cases on engagements (missions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from consultant_desk.domain.enums import EngagementStatus
from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.validation import (
    check_period,
    clean_choice,
    clean_long_text,
    clean_text,
    parse_date,
)
from consultant_desk.services.common import check_version, copy_fields, get_or_raise
from consultant_desk.store.base import utcnow
from consultant_desk.store.database import Database
from consultant_desk.store.models import Client, Engagement, Episode


@dataclass(frozen=True)
class EngagementData:
    client_id: int
    reference: str
    title: str
    status: str = EngagementStatus.DRAFT.value
    start_date: date | str | None = None
    end_date: date | str | None = None
    summary: str = ""

    def cleaned(self) -> EngagementData:
        start = parse_date("engagement.start_date", self.start_date)
        end = parse_date("engagement.end_date", self.end_date)
        check_period("engagement.end_date", start, end)
        return EngagementData(
            client_id=self.client_id,
            reference=clean_text(
                "engagement.reference", self.reference, required=True, max_length=40
            ),
            title=clean_text("engagement.title", self.title, required=True),
            status=clean_choice("engagement.status", self.status, EngagementStatus).value,
            start_date=start,
            end_date=end,
            summary=clean_long_text("engagement.summary", self.summary),
        )


@dataclass(frozen=True)
class EngagementRow:
    """One line of the engagement list, built in a single query for thousands of rows."""

    id: int
    reference: str
    title: str
    client_id: int
    client_name: str
    status: str
    start_date: date | None
    end_date: date | None
    episodes: int
    archived: bool
    version: int


@dataclass(frozen=True)
class EngagementDetail:
    """One engagement with its client's name and language: what a form or a pane shows."""

    id: int
    version: int
    client_id: int
    client_name: str
    client_language: str
    reference: str
    title: str
    status: str
    start_date: date | None
    end_date: date | None
    summary: str
    archived_at: datetime | None


def _detail(engagement: Engagement, client: Client) -> EngagementDetail:
    return EngagementDetail(
        id=engagement.id,
        version=engagement.version,
        client_id=engagement.client_id,
        client_name=client.name,
        client_language=client.language,
        reference=engagement.reference,
        title=engagement.title,
        status=engagement.status,
        start_date=engagement.start_date,
        end_date=engagement.end_date,
        summary=engagement.summary,
        archived_at=engagement.archived_at,
    )


def _check_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ValidationError("engagement.client", "required")
    if client.archived_at is not None:
        raise ValidationError("engagement.client", "archived")
    return client


def _check_reference_free(session: Session, reference: str, own_id: int | None) -> None:
    query = select(Engagement.id).where(func.lower(Engagement.reference) == reference.lower())
    if own_id is not None:
        query = query.where(Engagement.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError("engagement.reference", "duplicate_reference", value=reference)


def create_engagement(db: Database, data: EngagementData) -> EngagementDetail:
    clean = data.cleaned()
    with db.transaction() as session:
        client = _check_client(session, clean.client_id)
        _check_reference_free(session, clean.reference, None)
        engagement = Engagement()
        copy_fields(engagement, clean)
        session.add(engagement)
        session.flush()
        return _detail(engagement, client)


def update_engagement(
    db: Database,
    engagement_id: int,
    data: EngagementData,
    *,
    expected_version: int | None = None,
    seen: EngagementData | None = None,
) -> EngagementDetail:
    clean = data.cleaned()
    with db.transaction() as session:
        engagement = get_or_raise(session, Engagement, engagement_id)
        check_version(engagement, expected_version, seen=seen)
        if clean.client_id != engagement.client_id:
            _check_client(session, clean.client_id)
        _check_reference_free(session, clean.reference, engagement_id)
        copy_fields(engagement, clean)
        session.flush()
        return _detail(engagement, engagement.client)


def set_engagement_archived(db: Database, engagement_id: int, archived: bool) -> EngagementDetail:
    with db.transaction() as session:
        engagement = get_or_raise(session, Engagement, engagement_id)
        engagement.archived_at = utcnow() if archived else None
        session.flush()
        return _detail(engagement, engagement.client)


def get_engagement(db: Database, engagement_id: int) -> EngagementDetail:
    with db.session() as session:
        engagement = session.scalars(
            select(Engagement)
            .where(Engagement.id == engagement_id)
            .options(joinedload(Engagement.client))
        ).one_or_none()
        if engagement is None:
            get_or_raise(session, Engagement, engagement_id)
        assert engagement is not None
        return _detail(engagement, engagement.client)


def list_engagements(
    db: Database, *, include_archived: bool = False, client_id: int | None = None
) -> list[EngagementRow]:
    episode_counts = (
        select(Episode.engagement_id, func.count(Episode.id).label("n"))
        .group_by(Episode.engagement_id)
        .subquery()
    )
    query = (
        select(
            Engagement.id,
            Engagement.reference,
            Engagement.title,
            Engagement.client_id,
            Client.name,
            Engagement.status,
            Engagement.start_date,
            Engagement.end_date,
            func.coalesce(episode_counts.c.n, 0),
            Engagement.archived_at,
            Engagement.version,
        )
        .join(Client, Client.id == Engagement.client_id)
        .outerjoin(episode_counts, episode_counts.c.engagement_id == Engagement.id)
        .order_by(Engagement.start_date.desc(), Engagement.id.desc())
    )
    if not include_archived:
        query = query.where(Engagement.archived_at.is_(None))
    if client_id is not None:
        query = query.where(Engagement.client_id == client_id)
    with db.session() as session:
        return [
            EngagementRow(
                id=row[0],
                reference=row[1],
                title=row[2],
                client_id=row[3],
                client_name=row[4],
                status=row[5],
                start_date=row[6],
                end_date=row[7],
                episodes=int(row[8]),
                archived=row[9] is not None,
                version=row[10],
            )
            for row in session.execute(query)
        ]


def suggest_reference(db: Database, year: int) -> str:
    """The next free reference of the form ``M-2026-001``."""
    prefix = f"M-{year}-"
    with db.session() as session:
        taken = set(
            session.scalars(
                select(Engagement.reference).where(Engagement.reference.like(f"{prefix}%"))
            )
        )
    number = len(taken) + 1
    while f"{prefix}{number:03d}" in taken:
        number += 1
    return f"{prefix}{number:03d}"
