from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from consultant_desk.domain.errors import ValidationError
from consultant_desk.services.clients import ClientData, create_client
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.services.episodes import EpisodeData, create_episode
from consultant_desk.services.offers import OfferData, create_offer
from consultant_desk.store.database import Database
from consultant_desk.store.models import Episode, RemediationOffer, ScopingVersion

SURFACED = datetime(2026, 10, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def engagement_id(any_db: Database) -> int:
    client = create_client(any_db, ClientData(name="Studio Kraft"))
    engagement = create_engagement(any_db, EngagementData(client.id, "M-7", "Identité"))
    with any_db.transaction() as session:
        session.add(
            ScopingVersion(
                engagement_id=engagement.id,
                status="signed",
                daily_rate=Decimal("720.00"),
                days=Decimal("15"),
                currency="CHF",
            )
        )
    return engagement.id


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"channel": "telepathy"}, "episode.channel"),
        ({"category": "mood"}, "episode.category"),
        ({"intensity": 0}, "episode.intensity"),
        ({"intensity": "9"}, "episode.intensity"),
        ({"surfaced_at": datetime(2026, 1, 1)}, "episode.surfaced_at"),
        ({"engagement_id": 424242}, "episode.engagement"),
        ({"client_confirmed_on": "demain"}, "episode.client_confirmed_on"),
    ],
)
def test_bad_episodes_are_refused(
    any_db: Database, engagement_id: int, changes: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {
        "engagement_id": engagement_id,
        "surfaced_at": SURFACED,
        "channel": "phone",
        "category": "delay",
    }
    values.update(changes)
    with pytest.raises(ValidationError) as caught:
        create_episode(any_db, EpisodeData(**values))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert count(any_db, Episode) == 0


def test_offer_values_come_from_the_signed_terms(any_db: Database, engagement_id: int) -> None:
    episode = create_episode(any_db, EpisodeData(engagement_id, SURFACED, "phone", "delay"))
    free = create_offer(any_db, OfferData(episode.id, "free_days", free_days="1,5"))
    assert (free.value, free.currency) == (Decimal("1080.00"), "CHF")
    discount = create_offer(any_db, OfferData(episode.id, "discount", discount_percent="10"))
    assert discount.value == Decimal("1080.00")
    letter = create_offer(any_db, OfferData(episode.id, "apology_letter"))
    assert letter.value == Decimal("0.00")
    with pytest.raises(ValidationError) as caught:
        create_offer(any_db, OfferData(episode.id, "discount", discount_percent="120"))
    assert caught.value.field == "offer.discount_percent"
    with pytest.raises(ValidationError) as caught:
        create_offer(any_db, OfferData(episode.id, "credit"))
    assert caught.value.field == "offer.value"
    assert count(any_db, RemediationOffer) == 3
