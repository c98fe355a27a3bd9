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
    # The legal mentions a French contract carries (Code de commerce R123-237), printed when
    # filled in; kept as typed, since the forms differ from country to country.
    legal_form: Mapped[str] = mapped_column(String(60), default="")
    share_capital: Mapped[str] = mapped_column(String(40), default="")
    rcs_city: Mapped[str] = mapped_column(String(120), default="")
    rcs_number: Mapped[str] = mapped_column(String(40), default="")
    vat_number: Mapped[str] = mapped_column(String(40), default="")
    insurer: Mapped[str] = mapped_column(String(200), default="")
    insurance_policy: Mapped[str] = mapped_column(String(60), default="")
