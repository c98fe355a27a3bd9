"""Use cases on dissatisfaction episodes and their timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from consultant_desk.domain.enums import (
    Channel,
    Emotion,
    EpisodeCategory,
    EpisodeStage,
    EventKind,
    Severity,
)
from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.validation import (
    clean_choice,
    clean_long_text,
    clean_text,
    parse_date,
    parse_int,
)
from consultant_desk.services.common import check_version, copy_fields, get_or_raise
from consultant_desk.store.base import utcnow
from consultant_desk.store.database import Database
from consultant_desk.store.models import Engagement, Episode, EpisodeEvent


def _instant(field: str, value: datetime) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(field, "required")
    parse_date(field, value.date())
    return value


@dataclass(frozen=True)
class EpisodeData:
    engagement_id: int
    surfaced_at: datetime
    channel: str
    category: str
    spoke: str = ""
    expected: str = ""
    obtained: str = ""
    client_words: str = ""
    emotion: str = Emotion.DISAPPOINTED.value
    intensity: int | str = 3
    severity: str = Severity.MEDIUM.value
    clause_ref: str = ""
    origin: str = ""
    stage: str = EpisodeStage.PREPARE.value
    mediator_needed: bool = False
    resolution: str = ""
    lessons: str = ""
    preventive_measure: str = ""
    incident_key: str = ""
    client_confirmed_on: date | str | None = None

    def cleaned(self) -> EpisodeData:
        intensity = parse_int("episode.intensity", self.intensity, required=True, maximum=5)
        if intensity is None or intensity < 1:
            raise ValidationError("episode.intensity", "out_of_range", low=1, high=5)
        return EpisodeData(
            engagement_id=self.engagement_id,
            surfaced_at=_instant("episode.surfaced_at", self.surfaced_at),
            channel=clean_choice("episode.channel", self.channel, Channel).value,
            category=clean_choice("episode.category", self.category, EpisodeCategory).value,
            spoke=clean_text("episode.spoke", self.spoke),
            expected=clean_long_text("episode.expected", self.expected),
            obtained=clean_long_text("episode.obtained", self.obtained),
            client_words=clean_long_text("episode.client_words", self.client_words),
            emotion=clean_choice("episode.emotion", self.emotion, Emotion).value,
            intensity=intensity,
            severity=clean_choice("episode.severity", self.severity, Severity).value,
            clause_ref=clean_text("episode.clause_ref", self.clause_ref, max_length=60),
            origin=clean_long_text("episode.origin", self.origin),
            stage=clean_choice("episode.stage", self.stage, EpisodeStage).value,
            mediator_needed=bool(self.mediator_needed),
            resolution=clean_long_text("episode.resolution", self.resolution),
            lessons=clean_long_text("episode.lessons", self.lessons),
            preventive_measure=clean_long_text(
                "episode.preventive_measure", self.preventive_measure
            ),
            incident_key=clean_text("episode.incident_key", self.incident_key, max_length=60),
            client_confirmed_on=parse_date("episode.client_confirmed_on", self.client_confirmed_on),
        )


@dataclass(frozen=True)
class EventData:
    kind: str
    occurred_at: datetime
    notes: str = ""
    next_due: date | str | None = None

    def cleaned(self) -> EventData:
        return EventData(
            kind=clean_choice("event.kind", self.kind, EventKind).value,
            occurred_at=_instant("event.occurred_at", self.occurred_at),
            notes=clean_long_text("event.notes", self.notes),
            next_due=parse_date("event.next_due", self.next_due),
        )


def _check_engagement(session: Session, engagement_id: int) -> None:
    if session.get(Engagement, engagement_id) is None:
        raise ValidationError("episode.engagement", "required")


def create_episode(db: Database, data: EpisodeData) -> Episode:
    clean = data.cleaned()
    with db.transaction() as session:
        _check_engagement(session, clean.engagement_id)
        episode = Episode()
        copy_fields(episode, clean)
        session.add(episode)
        session.flush()
    return episode


def update_episode(
    db: Database,
    episode_id: int,
    data: EpisodeData,
    *,
    expected_version: int | None = None,
    seen: EpisodeData | None = None,
) -> Episode:
    clean = data.cleaned()
    with db.transaction() as session:
        episode = get_or_raise(session, Episode, episode_id)
        check_version(episode, expected_version, seen=seen)
        if clean.engagement_id != episode.engagement_id:
            _check_engagement(session, clean.engagement_id)
        copy_fields(episode, clean)
    return episode


def add_event(
    db: Database, episode_id: int, data: EventData, *, expected_version: int | None = None
) -> EpisodeEvent:
    """A step of the timeline; it bumps the episode's version, as it changes the episode."""
    clean = data.cleaned()
    with db.transaction() as session:
        episode = get_or_raise(session, Episode, episode_id)
        check_version(episode, expected_version)
        event = EpisodeEvent(
            kind=clean.kind,
            occurred_at=clean.occurred_at,
            notes=clean.notes,
            next_due=clean.next_due if isinstance(clean.next_due, date) else None,
        )
        episode.events.append(event)
        episode.updated_at = utcnow()
        session.flush()
    return event


def get_episode(db: Database, episode_id: int) -> Episode:
    with db.session() as session:
        episode = session.scalars(
            select(Episode)
            .where(Episode.id == episode_id)
            .options(
                selectinload(Episode.events),
                selectinload(Episode.engagement).selectinload(Engagement.client),
            )
        ).one_or_none()
        if episode is None:
            get_or_raise(session, Episode, episode_id)
        assert episode is not None
        return episode
