"""The scoping terms of an engagement, versioned: an amendment is a new version.

A signed version is never rewritten; editing it means copying it into the next version.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consultant_desk.store.base import Base, Timestamped, Versioned, long_text

if TYPE_CHECKING:
    from consultant_desk.store.models.engagement import Engagement


class ScopingVersion(Versioned, Timestamped, Base):
    __tablename__ = "scoping_version"
    __table_args__ = (UniqueConstraint("engagement_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    engagement_id: Mapped[int] = mapped_column(
        ForeignKey("engagement.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    signed_at: Mapped[datetime | None] = mapped_column(default=None)

    # Stakes
    objectives: Mapped[str] = long_text()
    expected_benefits: Mapped[str] = long_text()
    risks: Mapped[str] = long_text()
    success_criteria: Mapped[str] = long_text()
    # Deadlines
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    # Resources
    material: Mapped[str] = long_text()
    access_needed: Mapped[str] = long_text()
    # What is expected of the client
    client_contact_name: Mapped[str] = mapped_column(String(200), default="")
    client_meetings: Mapped[str] = long_text()
    response_days: Mapped[int | None] = mapped_column(default=None)
    client_data_to_provide: Mapped[str] = long_text()
    # Working hours
    work_days: Mapped[str] = mapped_column(String(40), default="")
    hours_start: Mapped[str] = mapped_column(String(5), default="")
    hours_end: Mapped[str] = mapped_column(String(5), default="")
    work_place: Mapped[str] = mapped_column(String(10), default="hybrid")
    travel: Mapped[str] = long_text()
    # Scope
    change_request_procedure: Mapped[str] = long_text()
    # Financial terms
    pricing_mode: Mapped[str] = mapped_column(String(12), default="daily_rate")
    daily_rate: Mapped[Decimal | None] = mapped_column(default=None)
    days: Mapped[Decimal | None] = mapped_column(default=None)
    fixed_fee: Mapped[Decimal | None] = mapped_column(default=None)
    expenses: Mapped[str] = long_text()
    vat_rate: Mapped[Decimal] = mapped_column(default=Decimal("20"))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    late_payment_terms: Mapped[str] = long_text()
    withdrawal_notice_days: Mapped[int | None] = mapped_column(default=None)
    withdrawal_fee: Mapped[Decimal | None] = mapped_column(default=None)
    withdrawal_terms: Mapped[str] = long_text()
    # Remedies
    amicable_settlement: Mapped[str] = long_text()
    mediator: Mapped[str] = mapped_column(String(200), default="")
    applicable_law: Mapped[str] = mapped_column(String(120), default="")
    court: Mapped[str] = mapped_column(String(200), default="")
    # Signature
    consultant_signatory: Mapped[str] = mapped_column(String(200), default="")
    client_signatory: Mapped[str] = mapped_column(String(200), default="")
    sign_place: Mapped[str] = mapped_column(String(120), default="")
    sign_date: Mapped[date | None] = mapped_column(default=None)
    consultant_signature: Mapped[str | None] = mapped_column(default=None)
    client_signature: Mapped[str | None] = mapped_column(default=None)

    engagement: Mapped[Engagement] = relationship(back_populates="scoping_versions")
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="scoping", cascade="all, delete-orphan", order_by="Milestone.position"
    )
    resource_lines: Mapped[list[ResourceLine]] = relationship(
        back_populates="scoping", cascade="all, delete-orphan", order_by="ResourceLine.position"
    )
    scope_items: Mapped[list[ScopeItem]] = relationship(
        back_populates="scoping", cascade="all, delete-orphan", order_by="ScopeItem.position"
    )
    instalments: Mapped[list[Instalment]] = relationship(
        back_populates="scoping", cascade="all, delete-orphan", order_by="Instalment.position"
    )


class Milestone(Base):
    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    scoping_id: Mapped[int] = mapped_column(
        ForeignKey("scoping_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[date | None] = mapped_column(default=None)
    deliverable: Mapped[str] = long_text()

    scoping: Mapped[ScopingVersion] = relationship(back_populates="milestones")


class ResourceLine(Base):
    """People on the mission: a role, optionally a name, and the days planned."""

    __tablename__ = "resource_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    scoping_id: Mapped[int] = mapped_column(
        ForeignKey("scoping_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    role: Mapped[str] = mapped_column(String(120))
    person: Mapped[str] = mapped_column(String(200), default="")
    days: Mapped[Decimal | None] = mapped_column(default=None)

    scoping: Mapped[ScopingVersion] = relationship(back_populates="resource_lines")


class ScopeItem(Base):
    __tablename__ = "scope_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    scoping_id: Mapped[int] = mapped_column(
        ForeignKey("scoping_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    side: Mapped[str] = mapped_column(String(3), default="in")
    text: Mapped[str] = long_text()

    scoping: Mapped[ScopingVersion] = relationship(back_populates="scope_items")


class Instalment(Base):
    """One payment of the schedule: a share of the total or a fixed amount, due on a date or
    when a milestone is delivered."""

    __tablename__ = "instalment"

    id: Mapped[int] = mapped_column(primary_key=True)
    scoping_id: Mapped[int] = mapped_column(
        ForeignKey("scoping_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str] = mapped_column(String(200))
    share_percent: Mapped[Decimal | None] = mapped_column(default=None)
    amount: Mapped[Decimal | None] = mapped_column(default=None)
    due_date: Mapped[date | None] = mapped_column(default=None)
    milestone_position: Mapped[int | None] = mapped_column(default=None)

    scoping: Mapped[ScopingVersion] = relationship(back_populates="instalments")
