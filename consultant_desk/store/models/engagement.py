"""An engagement (mission) with a client, and the feedback solicited on it."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consultant_desk.store.base import Base, Timestamped, Versioned, long_text

if TYPE_CHECKING:
    from consultant_desk.store.models.client import Client
    from consultant_desk.store.models.episode import Episode
    from consultant_desk.store.models.meeting import Meeting
    from consultant_desk.store.models.scoping import ScopingVersion


class Engagement(Versioned, Timestamped, Base):
    __tablename__ = "engagement"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    summary: Mapped[str] = long_text()
    archived_at: Mapped[datetime | None] = mapped_column(default=None)

    client: Mapped[Client] = relationship(back_populates="engagements")
    scoping_versions: Mapped[list[ScopingVersion]] = relationship(
        back_populates="engagement", cascade="all, delete-orphan", order_by="ScopingVersion.number"
    )
    episodes: Mapped[list[Episode]] = relationship(back_populates="engagement")
    meetings: Mapped[list[Meeting]] = relationship(back_populates="engagement")
    feedback: Mapped[list[Feedback]] = relationship(
        back_populates="engagement", cascade="all, delete-orphan", order_by="Feedback.received_on"
    )


class Feedback(Base):
    """Feedback the consultant asked for: half of unhappy clients never complain."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), index=True
    )
    received_on: Mapped[date]
    channel: Mapped[str] = mapped_column(String(20))
    score: Mapped[int | None] = mapped_column(default=None)
    comment: Mapped[str] = long_text()

    engagement: Mapped[Engagement] = relationship(back_populates="feedback")
