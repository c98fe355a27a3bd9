"""Engagements: statuses, dates, references, and which ones have scoping terms."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from consultant_desk.demo import texts as txt
from consultant_desk.demo.clients import ClientsPart
from consultant_desk.demo.records import (
    EngagementPlan,
    MilestonePlan,
)
from consultant_desk.domain.enums import (
    EngagementStatus,
)
from consultant_desk.store.models import (
    Engagement,
)

STATUS_WEIGHTS = {
    EngagementStatus.DRAFT: 0.12,
    EngagementStatus.SCOPED: 0.10,
    EngagementStatus.ACTIVE: 0.26,
    EngagementStatus.ON_HOLD: 0.07,
    EngagementStatus.COMPLETED: 0.35,
    EngagementStatus.CANCELLED: 0.10,
}


class EngagementsPart(ClientsPart):
    # --- Engagements

    def _plan_engagements(self) -> None:
        count = self.plan.engagements
        statuses = self._covering(list(STATUS_WEIGHTS), count, list(STATUS_WEIGHTS.values()))
        loyalty = [self.rng.paretovariate(1.5) for _ in self.clients]
        owners = self.clients + self.rng.choices(
            self.clients, weights=loyalty, k=count - len(self.clients)
        )
        self.rng.shuffle(owners)
        for client, status in zip(owners, statuses, strict=True):
            start, end, stopped = self._dates(status)
            base = start if start is not None and start < self.today else self.today
            created_day = min(base - self._days(10, 60), self.today - self._days(1, 20))
            engagement = EngagementPlan(
                client=client,
                status=status,
                mission=self.rng.choice(txt.MISSIONS),
                start=start,
                end=end,
                stopped=stopped,
                created=self._instant(created_day),
                currency=client.country.currency,
            )
            self._decide_terms(engagement)
            self.engagements.append(engagement)
        # Opened in this order: references and ids follow the calendar.
        self.engagements.sort(key=lambda engagement: engagement.created)
        first_seen: dict[int, datetime] = {}
        for engagement in self.engagements:
            engagement.reference = self._reference(engagement.created.year)
            first_seen.setdefault(id(engagement.client), engagement.created)
        for client in self.clients:
            client.created = first_seen[id(client)] - self._days(1, 30)

    def _dates(self, status: EngagementStatus) -> tuple[date | None, date | None, date | None]:
        """Start, planned end, and the day it actually stopped (completed or cancelled)."""
        today = self.today
        start: date | None
        end: date | None
        match status:
            case EngagementStatus.COMPLETED:
                end = today - self._days(7, 1000)
                return end - self._days(20, 200), end, end
            case EngagementStatus.ACTIVE:
                return today - self._days(3, 240), today + self._days(10, 200), None
            case EngagementStatus.ON_HOLD:
                start = today - self._days(40, 360)
                return start, start + self._days(90, 400), None
            case EngagementStatus.SCOPED:
                start = today + self._days(5, 75)
                return start, start + self._days(20, 180), None
            case EngagementStatus.DRAFT:
                if self.rng.random() < 0.3:
                    return None, None, None
                start = today + self._days(15, 150)
                end = start + self._days(20, 150) if self.rng.random() < 0.7 else None
                return start, end, None
            case _:
                if self.rng.random() < 0.7:
                    # Stopped along the way.
                    start = today - self._days(40, 800)
                    end = start + self._days(60, 240)
                    ran = max(7, min((end - start).days, (today - start).days - 1))
                    return start, end, start + self._days(7, ran)
                # Called off before it began.
                start = today + self._days(10, 90)
                return start, start + self._days(30, 120), today - self._days(1, 30)

    def _decide_terms(self, engagement: EngagementPlan) -> None:
        status = engagement.status
        started = engagement.start is not None and engagement.start < self.today
        if status in (
            EngagementStatus.ACTIVE,
            EngagementStatus.ON_HOLD,
            EngagementStatus.COMPLETED,
        ):
            engagement.signed = True
            engagement.amendment = self.rng.random() < 0.15
        elif status is EngagementStatus.SCOPED:
            engagement.signed = self.rng.random() < 0.7
            engagement.draft_terms = not engagement.signed
        elif status is EngagementStatus.CANCELLED:
            engagement.signed = started
            engagement.draft_terms = not started and self.rng.random() < 0.5
        else:
            engagement.draft_terms = self.rng.random() < 0.5

    def _reference(self, year: int) -> str:
        number = self.next_number.get(year, 1)
        self.next_number[year] = number + 1
        return f"M-{year}-{number:03d}"

    def _write_engagements(self, session: Session) -> None:
        rows = []
        for engagement in self.engagements:
            lang = engagement.lang
            last_day = min(
                self.today - timedelta(days=1),
                engagement.stopped or engagement.end or self.today,
            )
            updated = max(engagement.created, self._past(self._instant(last_day)))
            archived = None
            if (
                engagement.stopped is not None
                and engagement.stopped < self.today - timedelta(days=400)
                and self.rng.random() < 0.3
            ):
                archived = self._instant(engagement.stopped + self._days(60, 120))
                updated = max(updated, archived)
            rows.append(
                {
                    "client_id": engagement.client.id,
                    "reference": engagement.reference,
                    "title": engagement.mission.title[lang],
                    "status": engagement.status.value,
                    "start_date": engagement.start,
                    "end_date": engagement.end,
                    "summary": engagement.mission.summary[lang],
                    "archived_at": archived,
                    "version": 1,
                    "created_at": engagement.created,
                    "updated_at": updated,
                }
            )
        ids = self._insert_ids(session, Engagement, rows, ("reference",))
        for engagement, new_id in zip(self.engagements, ids, strict=True):
            engagement.id = new_id
        self.summary.engagements += len(rows)

    def _milestone_for(self, engagement: EngagementPlan, day: date) -> tuple[int, MilestonePlan]:
        """The milestone a grievance most likely refers to: the last one due by then."""
        milestones = engagement.milestones or [MilestonePlan(engagement.mission.title[0], None, "")]
        index = 0
        for position, milestone in enumerate(milestones):
            if milestone.due is not None and milestone.due <= day + timedelta(days=7):
                index = position
        return index, milestones[index]
