"""A remediation offer (geste commercial) made to settle an episode."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consultant_desk.store.base import Base, Timestamped, Versioned, long_text

if TYPE_CHECKING:
    from consultant_desk.store.models.episode import Episode


class RemediationOffer(Versioned, Timestamped, Base):
    __tablename__ = "remediation_offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id"), index=True)
    gesture: Mapped[str] = mapped_column(String(20))
    free_days: Mapped[Decimal | None] = mapped_column(default=None)
    discount_percent: Mapped[Decimal | None] = mapped_column(default=None)
    value: Mapped[Decimal | None] = mapped_column(default=None)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    extra_deliverable: Mapped[str] = long_text()
    personal_message: Mapped[str] = long_text()
    origin_brief: Mapped[str] = long_text()
    corrective_actions: Mapped[str] = long_text()
    preventive_actions: Mapped[str] = long_text()
    valid_until: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    client_signer: Mapped[str] = mapped_column(String(200), default="")
    client_signature: Mapped[str | None] = mapped_column(default=None)

    episode: Mapped[Episode] = relationship(back_populates="offers")
