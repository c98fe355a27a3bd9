"""The Documents page's list: every registered PDF with its engagement and client, in one
query, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from consultant_desk.store.database import Database
from consultant_desk.store.models import Client, DocumentRecord, Engagement


@dataclass(frozen=True)
class DocumentRow:
    """One line of the document register."""

    id: int
    kind: str
    engagement_id: int
    engagement_reference: str
    client_name: str
    version: int
    language: str
    signed: bool
    generated_at: datetime
    path: Path
    size: int
    sha256: str
    # Whether the file is still where it was saved.
    exists: bool
    # Documents are never archived; the list pages expect the attribute.
    archived: bool = False


def document_rows(db: Database) -> list[DocumentRow]:
    query = (
        select(DocumentRecord, Engagement.reference, Client.name)
        .outerjoin(Engagement, Engagement.id == DocumentRecord.engagement_id)
        .outerjoin(Client, Client.id == Engagement.client_id)
        .order_by(DocumentRecord.generated_at.desc(), DocumentRecord.id.desc())
    )
    with db.session() as session:
        return [
            DocumentRow(
                id=record.id,
                kind=record.kind,
                engagement_id=record.engagement_id,
                engagement_reference=reference or "",
                client_name=client_name or "",
                version=record.version,
                language=record.language,
                signed=record.signed,
                generated_at=record.generated_at,
                path=Path(record.path),
                size=record.size,
                sha256=record.sha256,
                exists=Path(record.path).is_file(),
            )
            for record, reference, client_name in session.execute(query)
        ]
