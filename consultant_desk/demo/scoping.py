"""Scoping terms: the first version of each engagement's terms and, for some, a signed or
draft amendment."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from consultant_desk.demo import texts as txt
from consultant_desk.demo.base import round_to
from consultant_desk.demo.engagements import EngagementsPart
from consultant_desk.demo.records import (
    CENT,
    HUNDRED,
    VAT_RATE,
    EngagementPlan,
    MilestonePlan,
    Row,
    TermsPlan,
)
from consultant_desk.domain.enums import (
    EngagementStatus,
    PricingMode,
    ScopeSide,
    ScopingStatus,
    WorkPlace,
)
from consultant_desk.store.base import Base
from consultant_desk.store.models import (
    Instalment,
    Milestone,
    ResourceLine,
    ScopeItem,
    ScopingVersion,
)


class ScopingPart(EngagementsPart):
    # --- Scoping terms

    def _write_scoping(self, session: Session) -> None:
        versions: list[TermsPlan] = []
        for engagement in self.engagements:
            if engagement.signed or engagement.draft_terms:
                first = self._terms(engagement)
                versions.append(first)
                if engagement.amendment:
                    versions.append(self._amendment(engagement, first))
        ids = self._insert_ids(
            session,
            ScopingVersion,
            [terms.version for terms in versions],
            ("engagement_id", "number"),
        )
        children: dict[type[Base], list[Row]] = {
            Milestone: [],
            ResourceLine: [],
            ScopeItem: [],
            Instalment: [],
        }
        for terms, new_id in zip(versions, ids, strict=True):
            pairs: tuple[tuple[type[Base], list[Row]], ...] = (
                (Milestone, terms.milestones),
                (ResourceLine, terms.resources),
                (ScopeItem, terms.scope),
                (Instalment, terms.instalments),
            )
            for model, rows in pairs:
                for row in rows:
                    row["scoping_id"] = new_id
                children[model].extend(rows)
        for model, rows in children.items():
            self._insert(session, model, rows)
        self.summary.scoping_versions += len(versions)

    def _terms(self, engagement: EngagementPlan) -> TermsPlan:
        rng = self.rng
        lang = engagement.lang
        client = engagement.client
        country = client.country
        mission = engagement.mission
        contact = client.contacts[0]
        start, end = engagement.start, engagement.end

        low, high = country.daily_rates
        rate = Decimal(rng.randrange(low, high + 1, 50))
        lead_days = Decimal(rng.randint(4, 30)) + (Decimal("0.5") if rng.random() < 0.3 else 0)
        people = [(txt.LEAD_ROLE[lang], txt.CONSULTANT.name, lead_days)]
        for name, role_fr, role_en in rng.sample(txt.TEAM, rng.choice((0, 0, 1, 1, 2))):
            people.append(((role_fr, role_en)[lang], name, Decimal(rng.randint(2, 15))))
        days = sum((person[2] for person in people), Decimal(0))
        fixed = rng.random() < 0.3
        if fixed:
            fee = round_to(rate * days * Decimal(rng.choice(("0.9", "0.95", "1"))), HUNDRED)
            engagement.total = fee
            engagement.rate = (fee / days).quantize(CENT)
        else:
            engagement.total = (rate * days).quantize(CENT)
            engagement.rate = rate

        engagement.milestones = []
        for index, (label, deliverable) in enumerate(mission.milestones):
            due_day = None
            if start is not None and end is not None:
                span = (end - start).days
                due_day = start + timedelta(days=span * (index + 1) // len(mission.milestones))
            engagement.milestones.append(MilestonePlan(label[lang], due_day, deliverable[lang]))
        engagement.scope_in = [item[lang] for item in mission.scope_in]

        signed_at = None
        if engagement.signed:
            anchor = (start or self.today) - self._days(3, 20)
            day = max(engagement.created.date() + timedelta(days=1), anchor)
            signed_at = self._past(self._instant(min(day, self.today - timedelta(days=1))))
        created = self._past(
            max(
                engagement.created + timedelta(hours=1),
                self._instant(engagement.created.date() + self._days(0, 3)),
            )
        )
        if signed_at is not None:
            created = min(created, signed_at - timedelta(hours=1))

        schedules = [
            schedule
            for schedule in txt.SCHEDULES
            if schedule[0][2] != "month" or (start and end and (end - start).days >= 100)
        ]
        engagement.schedule = []
        instalments = []
        last_milestone = len(engagement.milestones) - 1
        for position, (wording, share, due_at) in enumerate(rng.choice(schedules)):
            milestone_position = None
            due: date | None
            if due_at == "signature":
                due = signed_at.date() if signed_at else start
            elif due_at == "month":
                due = start + timedelta(days=30 * (position + 1)) if start else None
                if due and end:
                    due = min(due, end)
            elif due_at == "end":
                due = end
                milestone_position = last_milestone
            else:
                milestone_position = min(int(due_at.split(":")[1]), last_milestone)
                due = engagement.milestones[milestone_position].due
            engagement.schedule.append((due, Decimal(share)))
            instalments.append(
                {
                    "position": position,
                    "label": wording[lang],
                    "share_percent": Decimal(share),
                    "amount": None,
                    # Due on a date or on a milestone, never both.
                    "due_date": due if milestone_position is None else None,
                    "milestone_position": milestone_position,
                }
            )

        notice = rng.choice((15, 30, 30, 60))
        withdrawal_fee = (engagement.total * Decimal(rng.choice((10, 15, 20))) / HUNDRED).quantize(
            CENT
        )
        drawn = signed_at is not None and rng.random() < 0.6
        client_signatory = f"{contact.name}, {contact.role}"
        hours_start, hours_end = rng.choice(txt.HOURS)
        court_city = txt.CONSULTANT.city if country.code == "FR" else client.city
        version: Row = {
            "engagement_id": engagement.id,
            "number": 1,
            "status": (ScopingStatus.SIGNED if signed_at else ScopingStatus.DRAFT).value,
            "signed_at": signed_at,
            "objectives": mission.objectives[lang],
            "expected_benefits": mission.benefits[lang],
            "risks": mission.risks[lang],
            "success_criteria": mission.success[lang],
            "start_date": start,
            "end_date": end,
            "material": rng.choice(txt.MATERIAL)[lang],
            "access_needed": mission.access[lang],
            "client_contact_name": contact.name,
            "client_meetings": rng.choice(txt.CLIENT_MEETINGS)[lang].format(contact=contact.name),
            "response_days": rng.choice((2, 3, 5)),
            "client_data_to_provide": mission.data_to_provide[lang],
            "work_days": rng.choice(txt.WORK_DAYS),
            "hours_start": hours_start,
            "hours_end": hours_end,
            "work_place": rng.choice(list(WorkPlace)).value,
            "travel": rng.choice(txt.TRAVEL)[lang],
            "change_request_procedure": txt.CHANGE_PROCEDURE[lang],
            "pricing_mode": (PricingMode.FIXED_FEE if fixed else PricingMode.DAILY_RATE).value,
            "daily_rate": None if fixed else rate,
            "days": None if fixed else days,
            "fixed_fee": engagement.total if fixed else None,
            "expenses": rng.choice(txt.EXPENSES)[lang],
            "vat_rate": VAT_RATE,
            "currency": engagement.currency,
            "late_payment_terms": country.late_payment,
            "withdrawal_notice_days": notice,
            "withdrawal_fee": withdrawal_fee,
            "withdrawal_terms": txt.WITHDRAWAL[lang].format(
                days=notice, fee=self._money_text(withdrawal_fee, engagement.currency, lang)
            ),
            "amicable_settlement": txt.AMICABLE[lang],
            "mediator": rng.choice(txt.MEDIATORS if lang == txt.FR else txt.MEDIATORS_EN),
            "applicable_law": country.applicable_law,
            "court": country.court.format(city=court_city),
            "consultant_signatory": txt.CONSULTANT.name,
            "client_signatory": client_signatory,
            "sign_place": client.city if signed_at else "",
            "sign_date": signed_at.date() if signed_at else None,
            "consultant_signature": (
                self._signature(txt.CONSULTANT.name, signed_at) if drawn and signed_at else None
            ),
            "client_signature": (
                self._signature(client_signatory, signed_at) if drawn and signed_at else None
            ),
            "version": 1,
            "created_at": created,
            "updated_at": signed_at or created,
        }
        milestones = [
            {
                "position": position,
                "name": milestone.name,
                "due_date": milestone.due,
                "deliverable": milestone.deliverable,
            }
            for position, milestone in enumerate(engagement.milestones)
        ]
        resources = [
            {"position": position, "role": role, "person": person, "days": person_days}
            for position, (role, person, person_days) in enumerate(people)
        ]
        scope = [
            {"position": position, "side": side.value, "text": text}
            for position, (side, text) in enumerate(
                [(ScopeSide.IN, item[lang]) for item in mission.scope_in]
                + [(ScopeSide.OUT, item[lang]) for item in mission.scope_out]
            )
        ]
        return TermsPlan(version, milestones, resources, scope, instalments)

    def _amendment(self, engagement: EngagementPlan, first: TermsPlan) -> TermsPlan:
        """Version 2: a few more days of workshops, signed or still being discussed."""
        lang = engagement.lang
        extra = Decimal(self.rng.randint(2, 6))
        added = engagement.rate * extra
        assert engagement.start is not None
        window_end = min(engagement.end or self.today, self.today - timedelta(days=1))
        middle = engagement.start + (window_end - engagement.start) / 2
        created = self._past(max(first.version["updated_at"], self._instant(middle)))
        signed = engagement.status is EngagementStatus.COMPLETED or self.rng.random() < 0.5
        signed_at = self._past(created + self._days(2, 10)) if signed else None
        version = dict(first.version)
        if version["pricing_mode"] == PricingMode.FIXED_FEE.value:
            version["fixed_fee"] = (version["fixed_fee"] + added).quantize(CENT)
        else:
            version["days"] = version["days"] + extra
        drawn = signed_at is not None and self.rng.random() < 0.6
        version.update(
            number=2,
            status=(ScopingStatus.SIGNED if signed_at else ScopingStatus.DRAFT).value,
            signed_at=signed_at,
            sign_date=signed_at.date() if signed_at else None,
            sign_place=engagement.client.city if signed_at else "",
            consultant_signature=(
                self._signature(txt.CONSULTANT.name, signed_at) if drawn and signed_at else None
            ),
            client_signature=(
                self._signature(version["client_signatory"], signed_at)
                if drawn and signed_at
                else None
            ),
            created_at=created,
            updated_at=signed_at or created,
        )
        if signed_at is not None:
            engagement.total = (engagement.total + added).quantize(CENT)
        resources = [dict(row) for row in first.resources]
        resources[0]["days"] = resources[0]["days"] + extra
        scope = [dict(row) for row in first.scope]
        scope.append(
            {
                "position": len(scope),
                "side": ScopeSide.IN.value,
                "text": txt.AMENDMENT_ITEM[lang].format(days=extra),
            }
        )
        return TermsPlan(
            version,
            [dict(row) for row in first.milestones],
            resources,
            scope,
            [dict(row) for row in first.instalments],
        )
