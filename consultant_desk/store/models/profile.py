"""The consultant's own details, printed as the letterhead of every document."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from consultant_desk.store.base import Base, Versioned


class ConsultantProfile(Versioned, Base):
    __tablename__ = "consultant_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    registration: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    logo_path: Mapped[str] = mapped_column(Text, default="")
    default_currency: Mapped[str] = mapped_column(String(3), default="EUR")
    default_vat_rate: Mapped[Decimal] = mapped_column(default=Decimal("20"))
    default_daily_rate: Mapped[Decimal | None] = mapped_column(default=None)
