"""An episode of client dissatisfaction and its timeline."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consultant_desk.store.base import Base, Timestamped, Versioned, long_text

if TYPE_CHECKING:
    from consultant_desk.store.models.engagement import Engagement
    from consultant_desk.store.models.offer import RemediationOffer


class Episode(Versioned, Timestamped, Base):
    __tablename__ = "episode"

    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagement.id"), index=True)
    surfaced_at: Mapped[datetime] = mapped_column(index=True)
    channel: Mapped[str] = mapped_column(String(20))
    spoke: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(20), index=True)
    expected: Mapped[str] = long_text()
    obtained: Mapped[str] = long_text()
    client_words: Mapped[str] = long_text()
    emotion: Mapped[str] = mapped_column(String(20), default="disappointed")
    intensity: Mapped[int] = mapped_column(default=3)
    severity: Mapped[str] = mapped_column(String(10), default="medium")
    clause_ref: Mapped[str] = mapped_column(String(60), default="")
    origin: Mapped[str] = long_text()
    stage: Mapped[str] = mapped_column(String(12), default="prepare", index=True)
    mediator_needed: Mapped[bool] = mapped_column(default=False)
    resolution: Mapped[str] = long_text()
    lessons: Mapped[str] = long_text()
    preventive_measure: Mapped[str] = long_text()
    incident_key: Mapped[str] = mapped_column(String(60), default="", index=True)
    client_confirmed_on: Mapped[date | None] = mapped_column(default=None)
    # Categories besides ``category`` (the first one), space-separated: one incident may be
    # late and handled rudely. Kept apart so that ``category`` stays indexed and sortable.
    extra_categories: Mapped[str] = mapped_column(String(200), default="")
    remedy_requested: Mapped[str] = long_text()
    # The playbook checks ticked, space-separated stable keys ("prepare.risk").
    checks: Mapped[str] = long_text()
    mediator_note: Mapped[str] = long_text()
    # Closing: how the client confirmed, their satisfaction with the handling (1-5), and the
    # recourse proposed when they did not accept the response.
    confirmation_channel: Mapped[str] = mapped_column(String(20), default="")
    satisfaction: Mapped[int | None] = mapped_column(default=None)
    recourse: Mapped[str] = long_text()
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    # Due dates, kept up to date by the services so that the list filters on them in SQL:
    # ``due_on`` is the earliest still pending of the acknowledgement and the next action.
    ack_due_on: Mapped[date | None] = mapped_column(default=None)
    acknowledged_on: Mapped[date | None] = mapped_column(default=None)
    next_due_on: Mapped[date | None] = mapped_column(default=None)
    due_on: Mapped[date | None] = mapped_column(default=None, index=True)

    engagement: Mapped[Engagement] = relationship(back_populates="episodes")
    events: Mapped[list[EpisodeEvent]] = relationship(
        back_populates="episode", cascade="all, delete-orphan", order_by="EpisodeEvent.occurred_at"
    )
    offers: Mapped[list[RemediationOffer]] = relationship(back_populates="episode")


class EpisodeEvent(Base):
    __tablename__ = "episode_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    occurred_at: Mapped[datetime]
    notes: Mapped[str] = long_text()
    next_due: Mapped[date | None] = mapped_column(default=None)
    # The episode's stage when the event was recorded; for a stage move, the stage left and
    # ``stage_to`` the stage reached.
    stage: Mapped[str] = mapped_column(String(12), default="")
    stage_to: Mapped[str] = mapped_column(String(12), default="")
    # How it happened, when it matters (an apology made by email or in person).
    channel: Mapped[str] = mapped_column(String(20), default="")

    episode: Mapped[Episode] = relationship(back_populates="events")
