"""What the demo generator plans in memory before writing it: sizes, counters, one record
per row to be, and the constants the parts share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from consultant_desk.demo import texts as txt
from consultant_desk.domain.enums import (
    EngagementStatus,
    EpisodeStage,
    GestureKind,
    OfferStatus,
)

Row = dict[str, Any]

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
VAT_RATE = Decimal("20")
# Feedback scores run from 1 to 10; 7 and below reads as lukewarm.
FEEDBACK_MAX = 10
STAGES = tuple(EpisodeStage)
CLOSED = len(STAGES) - 1
CO_BUILD = STAGES.index(EpisodeStage.CO_BUILD)
FORMALIZE = STAGES.index(EpisodeStage.FORMALIZE)
FOLLOW_UP = STAGES.index(EpisodeStage.FOLLOW_UP)
LEARN = STAGES.index(EpisodeStage.LEARN)
EXPLAIN = STAGES.index(EpisodeStage.EXPLAIN)
REFERENCE = re.compile(r"^M-(\d{4})-(\d+)$", re.IGNORECASE)
SIGNATURE_PAD = (400.0, 150.0)
NOT_YET = datetime.min.replace(tzinfo=UTC)


class DemoSize(StrEnum):
    SMALL = "small"
    LARGE = "large"


@dataclass(frozen=True)
class Plan:
    clients: int
    engagements: int
    episodes: int
    crises: int
    clients_per_crisis: tuple[int, int]


PLANS: dict[DemoSize, Plan] = {
    DemoSize.SMALL: Plan(24, 60, 200, 2, (3, 5)),
    DemoSize.LARGE: Plan(300, 2000, 20000, 24, (4, 12)),
}


@dataclass
class DemoSummary:
    """How many rows of each kind the demo added."""

    clients: int = 0
    contacts: int = 0
    engagements: int = 0
    scoping_versions: int = 0
    episodes: int = 0
    events: int = 0
    meetings: int = 0
    action_items: int = 0
    offers: int = 0
    feedback: int = 0
    # The copy of the database the demo replaced, if it replaced one.
    backup: Path | None = None

    def __str__(self) -> str:
        return (
            f"Demo data: {self.clients} clients, {self.engagements} engagements, "
            f"{self.episodes} episodes, {self.meetings} meetings, {self.offers} offers"
        )


# --- What the generator remembers between tables ------------------------------------------------


@dataclass(slots=True, eq=False)
class Person:
    first: str
    surname: str
    gender: str
    role: str
    email: str
    phone: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def spoke(self) -> str:
        return f"{self.name} ({self.role})"


@dataclass(slots=True, eq=False)
class ClientPlan:
    country: txt.Country
    name: str
    city: str
    address: str
    registration: str
    email: str
    phone: str
    notes: str
    contacts: list[Person]
    # Set once its first engagement is known: a little before it.
    created: datetime = NOT_YET
    id: int = 0

    @property
    def lang(self) -> int:
        return self.country.language


@dataclass(slots=True, eq=False)
class MilestonePlan:
    name: str
    due: date | None
    deliverable: str


@dataclass(slots=True, eq=False)
class EngagementPlan:
    client: ClientPlan
    status: EngagementStatus
    mission: txt.MissionTemplate
    start: date | None
    end: date | None
    stopped: date | None
    created: datetime
    reference: str = ""
    id: int = 0
    signed: bool = False
    draft_terms: bool = False
    amendment: bool = False
    rate: Decimal = Decimal(0)
    total: Decimal = Decimal(0)
    currency: str = "EUR"
    milestones: list[MilestonePlan] = field(default_factory=list)
    scope_in: list[str] = field(default_factory=list)
    # (due date, share %) of each instalment
    schedule: list[tuple[date | None, Decimal]] = field(default_factory=list)
    episodes: int = 0

    @property
    def lang(self) -> int:
        return self.client.lang

    def window(self, today: date) -> tuple[date, date] | None:
        """The days on which the client could voice dissatisfaction."""
        if self.start is None or not self.signed:
            return None
        if self.status is EngagementStatus.COMPLETED:
            last = min((self.end or today) + timedelta(days=30), today - timedelta(days=1))
        elif self.status is EngagementStatus.CANCELLED:
            last = self.stopped or self.start
        elif self.status in (EngagementStatus.ACTIVE, EngagementStatus.ON_HOLD):
            last = today - timedelta(days=1)
        else:
            return None
        return (self.start, last) if last > self.start else None


@dataclass(slots=True, eq=False)
class EpisodePlan:
    engagement: EngagementPlan
    surfaced_at: datetime
    category: str
    scenario: txt.Scenario | None
    crisis: txt.CrisisTemplate | None = None
    incident_key: str = ""
    stage: int = 0
    gesture: GestureKind | None = None
    offer_status: OfferStatus | None = None
    id: int = 0


@dataclass(slots=True, eq=False)
class TermsPlan:
    """One scoping version and its child rows, before they know the version's id."""

    version: Row
    milestones: list[Row]
    resources: list[Row]
    scope: list[Row]
    instalments: list[Row]


@dataclass(slots=True, eq=False)
class MeetingPlan:
    row: Row
    attendees: list[Row]
    items: list[Row]


@dataclass(slots=True, eq=False)
class EpisodeDetail:
    """What hangs off one episode: its timeline, maybe an offer, maybe a meeting."""

    events: list[Row]
    offer: Row | None
    meeting: MeetingPlan | None
