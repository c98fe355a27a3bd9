"""Remediation offers: which episodes get one, the gesture and its value, the personal message."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from decimal import Decimal

from consultant_desk.demo import texts as txt
from consultant_desk.demo.base import round_to
from consultant_desk.demo.meetings import MeetingsPart
from consultant_desk.demo.records import (
    CENT,
    FOLLOW_UP,
    FORMALIZE,
    HUNDRED,
    EngagementPlan,
    EpisodePlan,
    Person,
    Row,
)
from consultant_desk.domain.enums import (
    GestureKind,
    OfferStatus,
)

GESTURE_WEIGHTS = {
    GestureKind.FREE_DAYS: 0.30,
    GestureKind.DISCOUNT: 0.25,
    GestureKind.CREDIT: 0.15,
    GestureKind.EXTRA_DELIVERABLE: 0.15,
    GestureKind.APOLOGY_LETTER: 0.15,
}


class OffersPart(MeetingsPart):
    def _plan_offers(self, episodes: list[EpisodePlan]) -> None:
        with_offer = [e for e in episodes if e.stage >= FORMALIZE and self.rng.random() < 0.35]
        gestures = self._covering(
            list(GESTURE_WEIGHTS), len(with_offer), list(GESTURE_WEIGHTS.values())
        )
        for episode, gesture in zip(with_offer, gestures, strict=True):
            episode.gesture = gesture
            episode.offer_status = self._offer_status(episode.stage)
        # Every status on show, each on an episode far enough along for it.
        counts = Counter(e.offer_status for e in with_offer)
        for status in OfferStatus:
            if counts[status]:
                continue
            candidates = [
                e
                for e in episodes
                if _offer_fits(status, e.stage)
                and (e.offer_status is None or counts[e.offer_status] > 1)
            ]
            if not candidates:
                continue
            episode = self.rng.choice(candidates)
            if episode.gesture is None:
                episode.gesture = self.rng.choice(list(GestureKind))
            else:
                counts[episode.offer_status] -= 1
            episode.offer_status = status
            counts[status] += 1

    def _offer_status(self, stage: int) -> OfferStatus:
        if stage == FORMALIZE:
            return self._pick({OfferStatus.DRAFT: 0.55, OfferStatus.SENT: 0.45})
        if stage == FOLLOW_UP:
            return self._pick(
                {OfferStatus.SENT: 0.45, OfferStatus.ACCEPTED: 0.4, OfferStatus.DECLINED: 0.15}
            )
        return self._pick({OfferStatus.ACCEPTED: 0.8, OfferStatus.DECLINED: 0.2})

    def _gesture_values(
        self, gesture: GestureKind, engagement: EngagementPlan, day: date
    ) -> tuple[Decimal | None, Decimal | None, Decimal | None, str]:
        """Free days, discount %, value and extra deliverable, from the engagement's terms."""
        rng = self.rng
        rate = engagement.rate
        match gesture:
            case GestureKind.FREE_DAYS:
                free = Decimal(rng.choice(("0.5", "1", "1", "2")))
                return free, None, (rate * free).quantize(CENT), ""
            case GestureKind.DISCOUNT:
                percent = Decimal(rng.choice((5, 10, 10, 15)))
                share = sum(
                    (s for due, s in engagement.schedule if due is None or due > day), Decimal(0)
                )
                if engagement.schedule:
                    share = max(share, engagement.schedule[-1][1])
                remaining = engagement.total * share / HUNDRED
                return None, percent, (remaining * percent / HUNDRED).quantize(CENT), ""
            case GestureKind.CREDIT:
                percent = Decimal(rng.choice((3, 5, 8)))
                return None, None, round_to(engagement.total * percent / HUNDRED, Decimal(10)), ""
            case GestureKind.EXTRA_DELIVERABLE:
                effort = Decimal(rng.choice(("0.5", "1", "1.5")))
                extra = rng.choice(txt.EXTRA_DELIVERABLES)[engagement.lang]
                return None, None, (rate * effort).quantize(CENT), extra
            case _:
                return None, None, None, ""

    def _gesture_text(
        self,
        gesture: GestureKind,
        values: tuple[Decimal | None, Decimal | None, Decimal | None, str],
        currency: str,
        lang: int,
    ) -> str:
        free, percent, value, extra = values
        return txt.GESTURE_LABELS[gesture.value][lang].format(
            days=self._number_text(free, lang) if free is not None else "",
            percent=self._number_text(percent, lang) if percent is not None else "",
            value=self._money_text(value, currency, lang) if value is not None else "",
            deliverable=extra,
        )

    def _offer(
        self,
        episode: EpisodePlan,
        *,
        contact: Person,
        at: datetime,
        values: tuple[Decimal | None, Decimal | None, Decimal | None, str],
        gesture_text: str,
        summary: str,
        origin: str,
        resolution: str,
        preventive: str,
    ) -> Row:
        rng = self.rng
        engagement = episode.engagement
        lang = engagement.lang
        status = episode.offer_status or OfferStatus.DRAFT
        free, percent, value, extra = values
        call_day = self._date_text(at.date() + self._days(2, 5), lang)
        if status is OfferStatus.DRAFT and rng.random() < 0.15:
            body = rng.choice(txt.FLAWED_OFFER_BODIES)[lang].format(gesture=gesture_text)
        else:
            body = rng.choice(txt.OFFER_BODIES)[lang].format(
                summary=summary, origin_brief=origin, gesture=gesture_text, date=call_day
            )
        message = "\n\n".join(
            (
                txt.SALUTATIONS[contact.gender][lang].format(surname=contact.surname),
                body,
                txt.SIGN_OFF[lang].format(consultant=txt.CONSULTANT.name),
            )
        )
        answered = self._past(at + self._days(1, 6))
        accepted = status is OfferStatus.ACCEPTED
        return {
            "gesture": (episode.gesture or GestureKind.APOLOGY_LETTER).value,
            "free_days": free,
            "discount_percent": percent,
            "value": value,
            "currency": engagement.currency,
            "extra_deliverable": extra,
            "personal_message": message,
            "origin_brief": origin,
            "corrective_actions": resolution,
            "preventive_actions": preventive,
            "valid_until": at.date() + timedelta(days=30),
            "status": status.value,
            "client_signer": contact.name if accepted else "",
            "client_signature": (
                self._signature(contact.name, answered) if accepted and rng.random() < 0.5 else None
            ),
            "version": 1,
            "created_at": at,
            "updated_at": answered
            if status in (OfferStatus.ACCEPTED, OfferStatus.DECLINED)
            else at,
        }


def _offer_fits(status: OfferStatus, stage: int) -> bool:
    if status is OfferStatus.DRAFT:
        return stage == FORMALIZE
    if status is OfferStatus.SENT:
        return stage in (FORMALIZE, FOLLOW_UP)
    return stage >= FOLLOW_UP
