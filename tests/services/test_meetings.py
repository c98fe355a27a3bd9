from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.signature import Signature
from consultant_desk.services.clients import ClientData, create_client
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.services.meetings import (
    ActionItemData,
    AttendeeData,
    MeetingData,
    create_meeting,
    get_meeting,
    list_meetings,
    sign_meeting,
    update_meeting,
)
from consultant_desk.store.database import Database

HELD = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)


@pytest.fixture
def engagement_id(any_db: Database) -> int:
    client = create_client(any_db, ClientData(name="Atelier Œuvre & Fils"))
    return create_engagement(any_db, EngagementData(client.id, "M-2026-010", "Refonte")).id


def meeting_data(engagement: int, **changes: object) -> MeetingData:
    values: dict[str, object] = {
        "engagement_id": engagement,
        "held_at": HELD,
        "mode": "video",
        "place": "Visio",
        "attendees": (AttendeeData("Hélène Martin", "DG", "Atelier"),),
        "client_expressed": "« Le livrable est arrivé trois semaines en retard. »",
        "action_items": (
            ActionItemData("Consultant", "Envoyer le planning révisé", "2026-11-27"),
            ActionItemData("Client", "Valider la maquette"),
        ),
    }
    values.update(changes)
    return MeetingData(**values)  # type: ignore[arg-type]


def test_record_a_meeting_with_attendees_and_action_items(
    any_db: Database, engagement_id: int
) -> None:
    meeting = create_meeting(any_db, meeting_data(engagement_id))
    loaded = get_meeting(any_db, meeting.id)
    assert loaded.held_at == HELD
    assert [a.name for a in loaded.attendees] == ["Hélène Martin"]
    assert [(i.owner, i.due_date) for i in loaded.action_items] == [
        ("Consultant", date(2026, 11, 27)),
        ("Client", None),
    ]
    assert [m.id for m in list_meetings(any_db, engagement_id)] == [meeting.id]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"mode": "carrier pigeon"}, "meeting.mode"),
        ({"attendees": (AttendeeData(" "),)}, "attendee.name"),
        ({"action_items": (ActionItemData("Moi", ""),)}, "action.what"),
        ({"action_items": (ActionItemData("Moi", "x", "31/02/2026"),)}, "action.due_date"),
        ({"follow_up_date": "2026-02-30"}, "meeting.follow_up_date"),
        ({"engagement_id": 999999}, "meeting.engagement"),
        ({"held_at": datetime(2026, 1, 1)}, "meeting.held_at"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    any_db: Database, engagement_id: int, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_meeting(any_db, meeting_data(engagement_id, **changes))
    assert caught.value.field == field
    assert list_meetings(any_db) == []


def test_a_signed_report_cannot_be_edited(any_db: Database, engagement_id: int) -> None:
    meeting = create_meeting(any_db, meeting_data(engagement_id))
    signature = Signature(600, 200, (((10.0, 10.0), (50.0, 40.0)),), "Hélène Martin", HELD)
    signed = sign_meeting(any_db, meeting.id, consultant=None, client=signature)
    assert signed.client_signature is not None
    with pytest.raises(ValidationError) as caught:
        update_meeting(any_db, meeting.id, meeting_data(engagement_id, place="Ailleurs"))
    assert caught.value.code == "signed_document"
    assert get_meeting(any_db, meeting.id).place == "Visio"


def test_update_replaces_rows_in_one_transaction(any_db: Database, engagement_id: int) -> None:
    meeting = create_meeting(any_db, meeting_data(engagement_id))
    with pytest.raises(ValidationError):
        update_meeting(
            any_db,
            meeting.id,
            meeting_data(
                engagement_id, action_items=(ActionItemData("A", "ok"), ActionItemData("B", ""))
            ),
        )
    assert len(get_meeting(any_db, meeting.id).action_items) == 2
    update_meeting(
        any_db, meeting.id, meeting_data(engagement_id, action_items=()), expected_version=1
    )
    assert get_meeting(any_db, meeting.id).action_items == ()
