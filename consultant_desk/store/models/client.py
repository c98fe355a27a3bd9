"""A client organisation and the people we deal with there."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consultant_desk.store.base import Base, Timestamped, Versioned, long_text

if TYPE_CHECKING:
    from consultant_desk.store.models.engagement import Engagement


class Client(Versioned, Timestamped, Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    language: Mapped[str] = mapped_column(String(2), default="fr")
    registration: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = long_text()
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = long_text()
    archived_at: Mapped[datetime | None] = mapped_column(default=None)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Contact.id"
    )
    engagements: Mapped[list[Engagement]] = relationship(back_populates="client")


class Contact(Versioned, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    is_primary: Mapped[bool] = mapped_column(default=False)

    client: Mapped[Client] = relationship(back_populates="contacts")
