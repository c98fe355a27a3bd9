"""Use cases on remediation offers (gestes commerciaux), valued from the signed terms."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from consultant_desk.domain.enums import GestureKind, OfferStatus, ScopingStatus
from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.validation import (
    clean_choice,
    clean_currency,
    clean_long_text,
    parse_date,
    parse_decimal,
)
from consultant_desk.services.common import check_version, copy_fields, get_or_raise
from consultant_desk.store.database import Database
from consultant_desk.store.models import Episode, RemediationOffer, ScopingVersion

CENT = Decimal("0.01")


@dataclass(frozen=True)
class OfferData:
    episode_id: int
    gesture: str
    free_days: Decimal | str | None = None
    discount_percent: Decimal | str | None = None
    value: Decimal | str | None = None
    currency: str = "EUR"
    extra_deliverable: str = ""
    personal_message: str = ""
    origin_brief: str = ""
    corrective_actions: str = ""
    preventive_actions: str = ""
    valid_until: date | str | None = None
    status: str = OfferStatus.DRAFT.value

    def cleaned(self) -> OfferData:
        return OfferData(
            episode_id=self.episode_id,
            gesture=clean_choice("offer.gesture", self.gesture, GestureKind).value,
            free_days=parse_decimal("offer.free_days", self.free_days, maximum=Decimal(365)),
            discount_percent=parse_decimal(
                "offer.discount_percent", self.discount_percent, maximum=Decimal(100)
            ),
            value=parse_decimal("offer.value", self.value),
            currency=clean_currency("offer.currency", self.currency),
            extra_deliverable=clean_long_text("offer.extra_deliverable", self.extra_deliverable),
            personal_message=clean_long_text("offer.personal_message", self.personal_message),
            origin_brief=clean_long_text("offer.origin_brief", self.origin_brief),
            corrective_actions=clean_long_text("offer.corrective_actions", self.corrective_actions),
            preventive_actions=clean_long_text("offer.preventive_actions", self.preventive_actions),
            valid_until=parse_date("offer.valid_until", self.valid_until),
            status=clean_choice("offer.status", self.status, OfferStatus).value,
        )


def signed_terms(session: Session, engagement_id: int) -> ScopingVersion | None:
    return session.scalars(
        select(ScopingVersion)
        .where(
            ScopingVersion.engagement_id == engagement_id,
            ScopingVersion.status == ScopingStatus.SIGNED.value,
        )
        .order_by(ScopingVersion.number.desc())
    ).first()


def gesture_value(data: OfferData, terms: ScopingVersion | None) -> Decimal | None:
    """The value of the gesture from the signed financial terms, where it can be computed:
    free days at the daily rate, a discount on the fees. Other gestures carry their own."""
    if data.gesture == GestureKind.APOLOGY_LETTER.value:
        return Decimal("0.00")
    if data.gesture == GestureKind.FREE_DAYS.value:
        if data.free_days is None:
            raise ValidationError("offer.free_days", "required")
        if terms is None or terms.daily_rate is None:
            return _given(data)
        return (Decimal(data.free_days) * terms.daily_rate).quantize(CENT, ROUND_HALF_UP)
    if data.gesture == GestureKind.DISCOUNT.value:
        if data.discount_percent is None:
            raise ValidationError("offer.discount_percent", "required")
        fees = None if terms is None else _fees(terms)
        if fees is None:
            return _given(data)
        return (fees * Decimal(data.discount_percent) / 100).quantize(CENT, ROUND_HALF_UP)
    return _given(data)


def _fees(terms: ScopingVersion) -> Decimal | None:
    if terms.fixed_fee is not None:
        return terms.fixed_fee
    if terms.daily_rate is not None and terms.days is not None:
        return terms.daily_rate * terms.days
    return None


def _given(data: OfferData) -> Decimal:
    if data.value is None:
        raise ValidationError("offer.value", "no_daily_rate")
    return Decimal(data.value)


def _valued(session: Session, data: OfferData) -> OfferData:
    episode = session.get(Episode, data.episode_id)
    if episode is None:
        raise ValidationError("offer.episode", "required")
    terms = signed_terms(session, episode.engagement_id)
    currency = terms.currency if terms is not None else data.currency
    return replace(data, value=gesture_value(data, terms), currency=currency)


def create_offer(db: Database, data: OfferData) -> RemediationOffer:
    clean = data.cleaned()
    with db.transaction() as session:
        valued = _valued(session, clean)
        offer = RemediationOffer()
        copy_fields(offer, valued)
        session.add(offer)
        session.flush()
    return offer


def update_offer(
    db: Database,
    offer_id: int,
    data: OfferData,
    *,
    expected_version: int | None = None,
    seen: OfferData | None = None,
) -> RemediationOffer:
    clean = data.cleaned()
    with db.transaction() as session:
        offer = get_or_raise(session, RemediationOffer, offer_id)
        check_version(offer, expected_version, seen=seen)
        copy_fields(offer, _valued(session, clean))
    return offer


def get_offer(db: Database, offer_id: int) -> RemediationOffer:
    with db.session() as session:
        return get_or_raise(session, RemediationOffer, offer_id)
