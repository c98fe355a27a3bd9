"""The register of every PDF the application produced."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from consultant_desk.store.base import Base, utcnow


class DocumentRecord(Base):
    __tablename__ = "document"
    # A version is one content; it has at most two files: as printed, and digitally signed
    # (the printed bytes with a certificate signature appended as an incremental revision).
    __table_args__ = (UniqueConstraint("kind", "subject_id", "version", "certified"),)

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
    # SHA-256 of what the pages show (drawing operations, text, strokes, images), so that a
    # lossless re-save of the file is still recognised as this version.
    content_sha256: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    # Who signed by hand on screen, one name a line.
    signers: Mapped[str] = mapped_column(Text, default="")
    # These bytes carry a certificate (PAdES) signature.
    certified: Mapped[bool] = mapped_column(default=False)


class RegisterIdentity(Base):
    """One random token per database, written into every PDF it registers: a PDF printed from
    another database is then told apart from an altered copy of one of ours."""

    __tablename__ = "register_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32))
