"""Every service given arbitrary input: a clean save or a ValidationError, never a crash or a
half-written record."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from consultant_desk.domain.errors import ValidationError
from consultant_desk.services.clients import ClientData, ContactData, create_client
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.services.episodes import EpisodeData, create_episode
from consultant_desk.services.meetings import (
    ActionItemData,
    AttendeeData,
    MeetingData,
    create_meeting,
)
from consultant_desk.services.offers import OfferData, create_offer
from consultant_desk.services.profile import ProfileData, update_profile
from consultant_desk.store.database import Database
from consultant_desk.store.models import (
    ActionItem,
    Client,
    Contact,
    Engagement,
    Episode,
    Meeting,
    RemediationOffer,
)
from tests.hostile.strategies import awkward_date, awkward_number, awkward_text

HOSTILE = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def counts(db: Database, *models: type) -> tuple[int, ...]:
    with db.session() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0) for model in models
        )


@HOSTILE
@given(name=awkward_text, notes=awkward_text, email=awkward_text, contact=awkward_text)
def test_client_creation(db: Database, name: str, notes: str, email: str, contact: str) -> None:
    before = counts(db, Client, Contact)
    try:
        client = create_client(
            db, ClientData(name=name, notes=notes, email=email), [ContactData(name=contact)]
        )
    except ValidationError as error:
        assert error.field.startswith(("client.", "contact."))
        assert error.text()
        assert counts(db, Client, Contact) == before
    else:
        assert client.name == client.name.strip()
        assert counts(db, Client, Contact) == (before[0] + 1, before[1] + 1)


@HOSTILE
@given(
    reference=awkward_text,
    title=awkward_text,
    start=awkward_date,
    end=awkward_date,
    status=st.one_of(awkward_text, st.sampled_from(["active", "draft"])),
)
def test_engagement_creation(
    db: Database, reference: str, title: str, start: object, end: object, status: str
) -> None:
    client = create_client(db, ClientData(name="Hostile"))
    before = counts(db, Engagement)
    try:
        create_engagement(
            db,
            EngagementData(client.id, reference, title, status, start, end),  # type: ignore[arg-type]
        )
    except ValidationError as error:
        assert error.field.startswith("engagement.")
        assert counts(db, Engagement) == before
    else:
        assert counts(db, Engagement) == (before[0] + 1,)


@HOSTILE
@given(
    texts=st.lists(awkward_text, min_size=3, max_size=3),
    due=awkward_date,
    follow_up=awkward_date,
)
def test_meeting_creation(db: Database, texts: list[str], due: object, follow_up: object) -> None:
    client = create_client(db, ClientData(name="Hostile"))
    engagement = create_engagement(db, EngagementData(client.id, f"H-{client.id}", "Hostile"))
    before = counts(db, Meeting, ActionItem)
    try:
        create_meeting(
            db,
            MeetingData(
                engagement_id=engagement.id,
                held_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
                place=texts[0],
                attendees=(AttendeeData(texts[1] or "x"),),
                client_expressed=texts[2],
                action_items=(ActionItemData(texts[0], texts[1], due),),  # type: ignore[arg-type]
                follow_up_date=follow_up,  # type: ignore[arg-type]
            ),
        )
    except ValidationError as error:
        assert error.field.startswith(("meeting.", "attendee.", "action."))
        assert counts(db, Meeting, ActionItem) == before
    else:
        assert counts(db, Meeting, ActionItem) == (before[0] + 1, before[1] + 1)


@HOSTILE
@given(rate=awkward_number, vat=awkward_number, currency=awkward_text)
def test_profile_numbers(db: Database, rate: object, vat: object, currency: str) -> None:
    try:
        profile = update_profile(
            db,
            ProfileData(
                name="Moi",
                default_daily_rate=rate,  # type: ignore[arg-type]
                default_vat_rate=vat,  # type: ignore[arg-type]
                default_currency=currency,
            ),
        )
    except ValidationError as error:
        assert error.field.startswith("profile.")
    else:
        assert profile.default_vat_rate.is_finite()
        assert profile.default_daily_rate is None or profile.default_daily_rate >= 0


@HOSTILE
@given(
    words=awkward_text,
    intensity=st.one_of(st.integers(-5, 12), awkward_text),
    confirmed=awkward_date,
    category=st.one_of(st.sampled_from(["delay", "billing"]), awkward_text),
)
def test_episode_creation(
    db: Database, words: str, intensity: object, confirmed: object, category: str
) -> None:
    client = create_client(db, ClientData(name="Hostile"))
    engagement = create_engagement(db, EngagementData(client.id, f"E-{client.id}", "Hostile"))
    before = counts(db, Episode)
    try:
        create_episode(
            db,
            EpisodeData(
                engagement.id,
                datetime(2026, 11, 20, 9, tzinfo=UTC),
                "email",
                category,
                client_words=words,
                intensity=intensity,  # type: ignore[arg-type]
                client_confirmed_on=confirmed,  # type: ignore[arg-type]
            ),
        )
    except ValidationError as error:
        assert error.field.startswith("episode.")
        assert counts(db, Episode) == before
    else:
        assert counts(db, Episode) == (before[0] + 1,)


@HOSTILE
@given(
    gesture=st.one_of(st.sampled_from(["free_days", "discount", "credit"]), awkward_text),
    days=awkward_number,
    percent=awkward_number,
    value=awkward_number,
    message=awkward_text,
)
def test_offer_creation(
    db: Database, gesture: str, days: object, percent: object, value: object, message: str
) -> None:
    client = create_client(db, ClientData(name="Hostile"))
    engagement = create_engagement(db, EngagementData(client.id, f"O-{client.id}", "Hostile"))
    episode = create_episode(
        db, EpisodeData(engagement.id, datetime(2026, 11, 20, 9, tzinfo=UTC), "email", "error")
    )
    before = counts(db, RemediationOffer)
    try:
        offer = create_offer(
            db,
            OfferData(
                episode.id,
                gesture,
                free_days=days,  # type: ignore[arg-type]
                discount_percent=percent,  # type: ignore[arg-type]
                value=value,  # type: ignore[arg-type]
                personal_message=message,
            ),
        )
    except ValidationError as error:
        assert error.field.startswith("offer.")
        assert counts(db, RemediationOffer) == before
    else:
        assert offer.value is not None and offer.value.is_finite() and offer.value >= 0
        assert counts(db, RemediationOffer) == (before[0] + 1,)
