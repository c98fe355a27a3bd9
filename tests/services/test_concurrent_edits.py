"""Two people, one database: the second save of a stale copy is refused, naming what changed.

Each user has their own Database (own engine, own connections), as two running apps would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from consultant_desk.domain.errors import ConflictError
from consultant_desk.domain.language import Language
from consultant_desk.services.clients import ClientData, create_client
from consultant_desk.services.engagements import (
    EngagementData,
    create_engagement,
    get_engagement,
    update_engagement,
)
from consultant_desk.services.episodes import (
    EpisodeData,
    EventData,
    add_event,
    create_episode,
    get_episode,
    update_episode,
)
from consultant_desk.services.offers import OfferData, create_offer, get_offer, update_offer
from consultant_desk.store.database import Database

SURFACED = datetime(2026, 10, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def second_user(any_db: Database) -> Iterator[Database]:
    other = Database(any_db.url.render_as_string(hide_password=False))
    yield other
    other.dispose()


@pytest.fixture
def engagement_id(any_db: Database) -> int:
    client = create_client(any_db, ClientData(name="Verrerie Lemaire"))
    return create_engagement(any_db, EngagementData(client.id, "M-2026-100", "Audit")).id


def test_engagement(any_db: Database, second_user: Database, engagement_id: int) -> None:
    read_by_a = get_engagement(any_db, engagement_id)
    read_by_b = get_engagement(second_user, engagement_id)
    seen = EngagementData(read_by_b.client_id, read_by_b.reference, read_by_b.title)
    update_engagement(
        any_db,
        engagement_id,
        EngagementData(read_by_a.client_id, "M-2026-100", "Audit qualité", status="active"),
        expected_version=read_by_a.version,
    )
    with pytest.raises(ConflictError) as caught:
        update_engagement(
            second_user,
            engagement_id,
            replace(seen, summary="Notes de B"),
            expected_version=read_by_b.version,
            seen=seen,
        )
    assert "Intitulé de la mission" in caught.value.text(Language.FR)
    assert "Engagement title" in caught.value.text(Language.EN)
    stored = get_engagement(any_db, engagement_id)
    assert (stored.title, stored.summary) == ("Audit qualité", "")


def test_episode(any_db: Database, second_user: Database, engagement_id: int) -> None:
    data = EpisodeData(
        engagement_id, SURFACED, "phone", "delay", client_words="« Encore en retard »"
    )
    episode = create_episode(any_db, data)
    version = episode.version
    update_episode(
        any_db, episode.id, replace(data, stage="listen"), expected_version=version, seen=data
    )
    with pytest.raises(ConflictError) as caught:
        update_episode(
            second_user,
            episode.id,
            replace(data, severity="high"),
            expected_version=version,
            seen=data,
        )
    assert "Étape" in caught.value.text(Language.FR)
    assert "Stage" in caught.value.text(Language.EN)
    stored = get_episode(any_db, episode.id)
    assert (stored.stage, stored.severity) == ("listen", "medium")


def test_a_timeline_event_counts_as_a_change(
    any_db: Database, second_user: Database, engagement_id: int
) -> None:
    data = EpisodeData(engagement_id, SURFACED, "email", "quality")
    episode = create_episode(any_db, data)
    add_event(
        any_db,
        episode.id,
        EventData("call", SURFACED, "Appel d'écoute"),
        expected_version=episode.version,
    )
    with pytest.raises(ConflictError):
        update_episode(
            second_user, episode.id, replace(data, origin="x"), expected_version=episode.version
        )
    assert [e.kind for e in get_episode(any_db, episode.id).events] == ["call"]


def test_offer(any_db: Database, second_user: Database, engagement_id: int) -> None:
    episode = create_episode(any_db, EpisodeData(engagement_id, SURFACED, "email", "error"))
    data = OfferData(episode.id, "credit", value="500", personal_message="Nous sommes désolés.")
    offer = create_offer(any_db, data)
    assert offer.value == Decimal("500")
    update_offer(
        any_db, offer.id, replace(data, value="650"), expected_version=offer.version, seen=data
    )
    with pytest.raises(ConflictError) as caught:
        update_offer(
            second_user,
            offer.id,
            replace(data, personal_message="Toutes nos excuses."),
            expected_version=offer.version,
            seen=data,
        )
    assert "Valeur" in caught.value.text(Language.FR)
    stored = get_offer(any_db, offer.id)
    assert (stored.value, stored.personal_message) == (Decimal("650"), "Nous sommes désolés.")
