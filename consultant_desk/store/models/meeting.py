"""A meeting with the client, its report and its action items."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consultant_desk.store.base import Base, Timestamped, Versioned, long_text

if TYPE_CHECKING:
    from consultant_desk.store.models.engagement import Engagement
    from consultant_desk.store.models.episode import Episode


class Meeting(Versioned, Timestamped, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagement.id"), index=True)
    episode_id: Mapped[int | None] = mapped_column(
        ForeignKey("episode.id", ondelete="SET NULL"), index=True, default=None
    )
    held_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(200), default="")
    mode: Mapped[str] = mapped_column(String(10), default="in_person")
    points_discussed: Mapped[str] = long_text()
    client_expressed: Mapped[str] = long_text()
    acknowledged: Mapped[str] = long_text()
    agreed_solution: Mapped[str] = long_text()
    next_steps: Mapped[str] = long_text()
    follow_up_date: Mapped[date | None] = mapped_column(default=None)
    consultant_signer: Mapped[str] = mapped_column(String(200), default="")
    client_signer: Mapped[str] = mapped_column(String(200), default="")
    sign_place: Mapped[str] = mapped_column(String(120), default="")
    consultant_signature: Mapped[str | None] = mapped_column(default=None)
    client_signature: Mapped[str | None] = mapped_column(default=None)

    engagement: Mapped[Engagement] = relationship(back_populates="meetings")
    episode: Mapped[Episode | None] = relationship()
    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingAttendee.position"
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ActionItem.position"
    )


class ActionItem(Base):
    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    owner: Mapped[str] = mapped_column(String(200), default="")
    what: Mapped[str] = long_text()
    due_date: Mapped[date | None] = mapped_column(default=None)
    done: Mapped[bool] = mapped_column(default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="action_items")


class MeetingAttendee(Base):
    __tablename__ = "meeting_attendee"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(120), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")
