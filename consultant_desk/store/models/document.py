"""The register of every PDF the application produced."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from consultant_desk.store.base import Base, utcnow


class DocumentRecord(Base):
    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("kind", "subject_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    engagement_id: Mapped[int] = mapped_column(ForeignKey("engagement.id"), index=True)
    # The meeting, offer or scoping version the document prints.
    subject_id: Mapped[int]
    version: Mapped[int] = mapped_column(default=1)
    language: Mapped[str] = mapped_column(String(2), default="fr")
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(default=0)
    signed: Mapped[bool] = mapped_column(default=False)
    generated_at: Mapped[datetime] = mapped_column(default=utcnow)
