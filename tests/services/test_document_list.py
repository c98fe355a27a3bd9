"""The document register as the Documents page lists it: one query, frozen rows."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from consultant_desk.domain.signature import Signature
from consultant_desk.services.clients import ClientData, create_client
from consultant_desk.services.document_list import DocumentRow, document_rows
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.services.meetings import MeetingData, create_meeting, sign_meeting
from consultant_desk.services.printing import save_meeting_report
from consultant_desk.store.database import Database

HELD = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)


def test_rows_name_engagement_and_client_newest_first_and_see_missing_files(
    any_db: Database,
) -> None:
    assert document_rows(any_db) == []
    client = create_client(any_db, ClientData(name="Brasserie Dupont", language="en"))
    engagement = create_engagement(any_db, EngagementData(client.id, "M-2026-042", "Audit"))
    meeting = create_meeting(
        any_db, MeetingData(engagement_id=engagement.id, held_at=HELD, mode="video")
    )
    first = save_meeting_report(any_db, meeting.id)
    signature = Signature(600, 200, (((10.0, 150.0), (80.0, 40.0)),), "Jean", HELD)
    sign_meeting(any_db, meeting.id, consultant=signature, client=None)
    second = save_meeting_report(any_db, meeting.id)
    first.path.unlink()

    rows = document_rows(any_db)

    assert [row.id for row in rows] == [second.record.id, first.record.id]
    newest, oldest = rows
    assert isinstance(newest, DocumentRow)
    assert (newest.kind, newest.version, newest.signed) == ("meeting_report", 2, True)
    assert (newest.engagement_id, newest.engagement_reference) == (engagement.id, "M-2026-042")
    assert (newest.client_name, newest.language) == ("Brasserie Dupont", "en")
    assert (newest.path, newest.exists) == (second.path, True)
    assert newest.size == second.path.stat().st_size
    assert newest.sha256 == second.record.sha256
    assert (oldest.version, oldest.signed, oldest.exists) == (1, False, False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        newest.version = 3  # type: ignore[misc]
