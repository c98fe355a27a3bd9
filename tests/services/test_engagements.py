from __future__ import annotations

from datetime import date

import pytest

from consultant_desk.domain.errors import ConflictError, ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.services.clients import ClientData, create_client, set_client_archived
from consultant_desk.services.engagements import (
    EngagementData,
    create_engagement,
    get_engagement,
    list_engagements,
    set_engagement_archived,
    suggest_reference,
    update_engagement,
)
from consultant_desk.store.database import Database


@pytest.fixture
def client_id(any_db: Database) -> int:
    return create_client(any_db, ClientData(name="Maison Dupré")).id


def test_create_and_list(any_db: Database, client_id: int) -> None:
    engagement = create_engagement(
        any_db,
        EngagementData(
            client_id=client_id,
            reference="M-2026-001",
            title="Audit RH",
            status="active",
            start_date="2026-01-05",
            end_date=date(2026, 3, 31),
        ),
    )
    rows = list_engagements(any_db)
    assert [(r.reference, r.client_name, r.status) for r in rows] == [
        ("M-2026-001", "Maison Dupré", "active")
    ]
    assert get_engagement(any_db, engagement.id).client_name == "Maison Dupré"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": " "}, "engagement.title"),
        ({"reference": ""}, "engagement.reference"),
        ({"status": "finished"}, "engagement.status"),
        ({"start_date": "2026-13-01"}, "engagement.start_date"),
        ({"start_date": "2026-05-01", "end_date": "2026-04-01"}, "engagement.end_date"),
        ({"end_date": "3026-01-01"}, "engagement.end_date"),
        ({"client_id": 987654}, "engagement.client"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    any_db: Database, client_id: int, changes: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {"client_id": client_id, "reference": "M-9", "title": "Ok"}
    values.update(changes)
    with pytest.raises(ValidationError) as caught:
        create_engagement(any_db, EngagementData(**values))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert caught.value.text(Language.EN) != caught.value.text(Language.FR)
    assert list_engagements(any_db, include_archived=True) == []


def test_references_are_unique_whatever_the_case(any_db: Database, client_id: int) -> None:
    create_engagement(any_db, EngagementData(client_id, "M-2026-001", "One"))
    with pytest.raises(ValidationError) as caught:
        create_engagement(any_db, EngagementData(client_id, "m-2026-001", "Two"))
    assert caught.value.field == "engagement.reference"
    assert suggest_reference(any_db, 2026) == "M-2026-002"


def test_an_archived_client_takes_no_new_engagement(any_db: Database, client_id: int) -> None:
    set_client_archived(any_db, client_id, True)
    with pytest.raises(ValidationError) as caught:
        create_engagement(any_db, EngagementData(client_id, "M-1", "Late"))
    assert caught.value.field == "engagement.client"


def test_two_sessions_editing_the_same_engagement(any_db: Database, client_id: int) -> None:
    original = create_engagement(any_db, EngagementData(client_id, "M-1", "Site web"))
    seen = EngagementData(client_id, "M-1", "Site web")
    update_engagement(
        any_db, original.id, EngagementData(client_id, "M-1", "Site web v2"), expected_version=1
    )
    with pytest.raises(ConflictError) as caught:
        update_engagement(
            any_db,
            original.id,
            EngagementData(client_id, "M-1", "Site web", summary="mine"),
            expected_version=1,
            seen=seen,
        )
    assert "title" in caught.value.text(Language.EN)
    assert get_engagement(any_db, original.id).title == "Site web v2"


def test_archive_hides_from_the_default_list(any_db: Database, client_id: int) -> None:
    engagement = create_engagement(any_db, EngagementData(client_id, "M-1", "Hidden"))
    set_engagement_archived(any_db, engagement.id, True)
    assert list_engagements(any_db) == []
    assert [r.archived for r in list_engagements(any_db, include_archived=True)] == [True]
