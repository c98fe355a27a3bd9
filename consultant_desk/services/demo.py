"""Demo data: a believable consulting practice, generated in one transaction.

French-speaking clients (France, Belgium, Québec, Switzerland) and English-speaking ones (UK,
Ireland); engagements in every status with their scoping terms; dissatisfaction episodes at
every stage of the recovery playbook with their timeline, meetings, remediation offers and the
feedback clients gave (or did not give).

The content depends only on the seed; dates are laid out around ``today`` so that the data
looks current. Everything is planned in memory, then written table by table with one Core
``INSERT`` executemany each, all inside a single transaction: the large size writes a quarter
of a million rows in seconds, on SQLite as on PostgreSQL. The ids of new parent rows are read
back by a key unique within the batch (see ``_DemoBuilder._insert_ids``).

Running it again on the same database adds a new batch: engagement references continue the
numbering already there, client names and incident keys already used are avoided.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from consultant_desk.domain.due_dates import acknowledgement_due, next_action_due, pending_due
from consultant_desk.domain.enums import (
    Channel,
    Emotion,
    EngagementStatus,
    EpisodeStage,
    EventKind,
    GestureKind,
    MeetingMode,
    OfferStatus,
    PricingMode,
    ScopeSide,
    ScopingStatus,
    Severity,
    WorkPlace,
)
from consultant_desk.domain.signature import Signature, Stroke
from consultant_desk.services import demo_texts as txt
from consultant_desk.store.base import Base
from consultant_desk.store.database import Database
from consultant_desk.store.models import (
    ActionItem,
    Client,
    ConsultantProfile,
    Contact,
    Engagement,
    Episode,
    EpisodeEvent,
    Feedback,
    Instalment,
    Meeting,
    MeetingAttendee,
    Milestone,
    RemediationOffer,
    ResourceLine,
    ScopeItem,
    ScopingVersion,
)

V = TypeVar("V")
Row = dict[str, Any]

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
VAT_RATE = Decimal("20")
# Feedback scores run from 1 to 10; 7 and below reads as lukewarm.
FEEDBACK_MAX = 10
STAGES = tuple(EpisodeStage)
# Stages after "acknowledge": an episode there has been acknowledged.
ACKNOWLEDGED = frozenset(stage.value for stage in STAGES[STAGES.index(EpisodeStage.EXPLAIN) :])
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
class _Plan:
    clients: int
    engagements: int
    episodes: int
    crises: int
    clients_per_crisis: tuple[int, int]


PLANS: dict[DemoSize, _Plan] = {
    DemoSize.SMALL: _Plan(24, 60, 200, 2, (3, 5)),
    DemoSize.LARGE: _Plan(300, 2000, 20000, 24, (4, 12)),
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

    def __str__(self) -> str:
        return (
            f"Demo data: {self.clients} clients, {self.engagements} engagements, "
            f"{self.episodes} episodes, {self.meetings} meetings, {self.offers} offers"
        )


def fill_demo(
    db: Database, size: DemoSize, *, seed: int = 2026, today: date | None = None
) -> DemoSummary:
    """Add a batch of demo data to ``db`` and say how much was added.

    ``today`` anchors every date (default: the current UTC date); with the same seed and the
    same ``today`` on an empty database, the data is the same, row for row.
    """
    builder = _DemoBuilder(PLANS[DemoSize(size)], random.Random(seed), today or _utc_today())
    with db.transaction() as session:
        builder.build(session)
    return builder.summary


def _utc_today() -> date:
    return datetime.now(UTC).date()


# --- What the generator remembers between tables ------------------------------------------------


@dataclass(slots=True, eq=False)
class _Person:
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
class _Client:
    country: txt.Country
    name: str
    city: str
    address: str
    registration: str
    email: str
    phone: str
    notes: str
    contacts: list[_Person]
    # Set once its first engagement is known: a little before it.
    created: datetime = NOT_YET
    id: int = 0

    @property
    def lang(self) -> int:
        return self.country.language


@dataclass(slots=True, eq=False)
class _Milestone:
    name: str
    due: date | None
    deliverable: str


@dataclass(slots=True, eq=False)
class _Engagement:
    client: _Client
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
    milestones: list[_Milestone] = field(default_factory=list)
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
class _Episode:
    engagement: _Engagement
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
class _Terms:
    """One scoping version and its child rows, before they know the version's id."""

    version: Row
    milestones: list[Row]
    resources: list[Row]
    scope: list[Row]
    instalments: list[Row]


@dataclass(slots=True, eq=False)
class _MeetingPlan:
    row: Row
    attendees: list[Row]
    items: list[Row]


@dataclass(slots=True, eq=False)
class _Detail:
    """What hangs off one episode: its timeline, maybe an offer, maybe a meeting."""

    events: list[Row]
    offer: Row | None
    meeting: _MeetingPlan | None


# --- The generator -----------------------------------------------------------------------------

STATUS_WEIGHTS = {
    EngagementStatus.DRAFT: 0.12,
    EngagementStatus.SCOPED: 0.10,
    EngagementStatus.ACTIVE: 0.26,
    EngagementStatus.ON_HOLD: 0.07,
    EngagementStatus.COMPLETED: 0.35,
    EngagementStatus.CANCELLED: 0.10,
}
CHANNEL_WEIGHTS = {
    Channel.EMAIL: 0.34,
    Channel.PHONE: 0.30,
    Channel.IN_PERSON: 0.12,
    Channel.VIDEO: 0.12,
    Channel.LETTER: 0.03,
    Channel.SOCIAL: 0.03,
    Channel.SURVEY: 0.06,
}
EMOTION_WEIGHTS = {
    Emotion.DISAPPOINTED: 0.30,
    Emotion.WORRIED: 0.20,
    Emotion.IRRITATED: 0.25,
    Emotion.ANGRY: 0.18,
    Emotion.PERSONAL: 0.07,
}
INTENSITY = {
    Emotion.DISAPPOINTED: (1, 3),
    Emotion.WORRIED: (2, 3),
    Emotion.IRRITATED: (2, 4),
    Emotion.ANGRY: (3, 5),
    Emotion.PERSONAL: (4, 5),
}
GESTURE_WEIGHTS = {
    GestureKind.FREE_DAYS: 0.30,
    GestureKind.DISCOUNT: 0.25,
    GestureKind.CREDIT: 0.15,
    GestureKind.EXTRA_DELIVERABLE: 0.15,
    GestureKind.APOLOGY_LETTER: 0.15,
}
MODE_WEIGHTS = {MeetingMode.IN_PERSON: 0.6, MeetingMode.VIDEO: 0.3, MeetingMode.PHONE: 0.1}
FEEDBACK_CHANNELS = {
    Channel.SURVEY: 0.45,
    Channel.EMAIL: 0.25,
    Channel.IN_PERSON: 0.2,
    Channel.PHONE: 0.1,
}


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _wave(x: float) -> float:
    return math.sin(x) * 0.7 + math.sin(2.3 * x) * 0.3


def _surnames(country: txt.Country) -> tuple[str, ...]:
    return {
        "QC": txt.QUEBEC_SURNAMES,
        "BE": txt.BELGIAN_SURNAMES,
        "CH": txt.SWISS_SURNAMES,
        "GB": txt.ENGLISH_SURNAMES,
        "IE": txt.IRISH_SURNAMES,
    }.get(country.code, txt.FRENCH_SURNAMES)


def _round_to(value: Decimal, step: Decimal) -> Decimal:
    return ((value / step).quantize(Decimal(1), ROUND_HALF_UP) * step).quantize(CENT)


class _DemoBuilder:
    def __init__(self, plan: _Plan, rng: random.Random, today: date) -> None:
        self.plan = plan
        self.rng = rng
        self.today = today
        self.now = datetime.combine(today, time(0), UTC)
        self.summary = DemoSummary()
        self.taken_names: set[str] = set()
        self.taken_keys: set[str] = set()
        self.next_number: dict[int, int] = {}
        self.has_profile = False
        self.clients: list[_Client] = []
        self.engagements: list[_Engagement] = []
        self.episodes: list[_Episode] = []
        # (engagement id, instant) already taken by an episode, by a meeting
        self.episode_slots: set[tuple[int, datetime]] = set()
        self.meeting_slots: set[tuple[int, datetime]] = set()
        self.strokes = [self._strokes() for _ in range(12)]
        self.scenarios: dict[str, list[txt.Scenario]] = {}
        for scenario in txt.SCENARIOS:
            self.scenarios.setdefault(scenario.category, []).append(scenario)

    def build(self, session: Session) -> None:
        self._load_existing(session)
        if not self.has_profile:
            self._insert(session, ConsultantProfile, [self._profile_row()])
        self._plan_clients()
        self._plan_engagements()
        self._write_clients(session)
        self._write_engagements(session)
        self._write_scoping(session)
        self._plan_episodes()
        self._write_episodes(session)
        self._write_steering_meetings(session)
        self._write_feedback(session)

    def _load_existing(self, session: Session) -> None:
        self.taken_names = {name.casefold() for name in session.scalars(select(Client.name))}
        self.taken_keys = set(
            session.scalars(select(Episode.incident_key).where(Episode.incident_key != ""))
        )
        for reference in session.scalars(select(Engagement.reference)):
            match = REFERENCE.match(reference)
            if match:
                year, number = int(match[1]), int(match[2])
                self.next_number[year] = max(self.next_number.get(year, 1), number + 1)
        self.has_profile = session.scalar(select(ConsultantProfile.id).limit(1)) is not None

    # --- Bulk writing

    def _insert(self, session: Session, model: type[Base], rows: list[Row]) -> None:
        if rows:
            session.execute(insert(_table(model)), rows)

    def _insert_ids(
        self, session: Session, model: type[Base], rows: list[Row], key: tuple[str, ...]
    ) -> list[int]:
        """Insert ``rows`` in one executemany and return their new ids, in order.

        Each row is unique on the ``key`` columns within the batch; the ids are read back by
        key among the rows above the highest id there was before. ``INSERT ... RETURNING``
        would do it in one statement, but on PostgreSQL psycopg parses the named placeholders
        of every multi-row statement afresh (tens of thousands per statement): measured five
        times slower than a plain executemany followed by this one SELECT.
        """
        if not rows:
            return []
        table = _table(model)
        floor = session.scalar(select(func.max(table.c.id))) or 0
        session.execute(insert(table), rows)
        columns = [table.c[name] for name in key]
        new = {
            tuple(found[1:]): found[0]
            for found in session.execute(select(table.c.id, *columns).where(table.c.id > floor))
        }
        ids = [new.get(tuple(row[name] for name in key)) for row in rows]
        if len(new) != len(rows) or None in ids:
            raise RuntimeError(f"demo rows of {table.name} are not unique on {key}")
        return [new_id for new_id in ids if new_id is not None]

    # --- Small helpers

    def _covering(
        self, values: Sequence[V], count: int, weights: Sequence[float] | None = None
    ) -> list[V]:
        """``count`` draws holding every value at least once (when ``count`` allows)."""
        chosen = list(values[:count])
        chosen += self.rng.choices(values, weights=weights, k=count - len(chosen))
        self.rng.shuffle(chosen)
        return chosen

    def _pick(self, weights: dict[V, float]) -> V:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def _days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def _instant(self, day: date, earliest: int = 7, latest: int = 16) -> datetime:
        """An instant on ``day`` during office hours (UTC), moved off the weekend."""
        if day.weekday() >= 5:
            monday = day + timedelta(days=7 - day.weekday())
            day = monday if monday < self.today else day - timedelta(days=day.weekday() - 4)
        minute = self.rng.choice((0, 10, 15, 20, 30, 40, 45, 50))
        return datetime.combine(day, time(self.rng.randint(earliest, latest), minute), UTC)

    @staticmethod
    def _unique(taken: set[tuple[int, datetime]], owner: int, moment: datetime) -> datetime:
        """``moment``, or a few minutes earlier: no two rows of one engagement at the same
        instant (the key :meth:`_insert_ids` reads ids back by)."""
        while (owner, moment) in taken:
            moment -= timedelta(minutes=1)
        taken.add((owner, moment))
        return moment

    def _past(self, value: datetime) -> datetime:
        """Clamp an instant: nothing in the demo has happened after midnight today (UTC)."""
        return min(value, self.now - timedelta(minutes=5))

    def _fill(self, pattern: str) -> str:
        """Replace each ``#`` with a random digit and each ``@`` with a random letter."""
        return "".join(
            str(self.rng.randint(0, 9))
            if ch == "#"
            else self.rng.choice("ABCDEFGHJKLMNPRSTVWXY")
            if ch == "@"
            else ch
            for ch in pattern
        )

    @staticmethod
    def _date_text(day: date | None, lang: int) -> str:
        if day is None:
            return "—"
        if lang == txt.FR:
            first = "1er" if day.day == 1 else str(day.day)
            return f"{first} {txt.FRENCH_MONTHS[day.month - 1]} {day.year}"
        return f"{day.day} {txt.ENGLISH_MONTHS[day.month - 1]} {day.year}"

    @staticmethod
    def _money_text(value: Decimal, currency: str, lang: int) -> str:
        amount = f"{value.quantize(CENT):,.2f}"
        if lang == txt.FR:
            amount = amount.replace(",", "\u202f").replace(".", ",")
            symbol = {"EUR": "€", "CAD": "$\u00a0CA"}.get(currency, currency)
            return f"{amount}\u00a0{symbol}"
        prefix = {"EUR": "€", "GBP": "£"}.get(currency)
        return f"{prefix}{amount}" if prefix else f"{currency}\u00a0{amount}"

    @staticmethod
    def _number_text(value: Decimal, lang: int) -> str:
        text = f"{value.normalize():f}"
        return text.replace(".", ",") if lang == txt.FR else text

    @staticmethod
    def _quote(text: str, lang: int) -> str:
        return f"«\u00a0{text}\u00a0»" if lang == txt.FR else f"“{text}”"

    @staticmethod
    def _slug(text: str) -> str:
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")

    def _strokes(self) -> tuple[Stroke, ...]:
        """A plausible hand-drawn signature: two or three wavy strokes across the pad."""
        width, height = SIGNATURE_PAD
        strokes: list[Stroke] = []
        x = self.rng.uniform(30, 60)
        for _ in range(self.rng.randint(2, 3)):
            length = self.rng.uniform(80, 150)
            points = self.rng.randint(14, 24)
            amplitude = self.rng.uniform(15, 40)
            phase = self.rng.uniform(0, 3)
            base = self.rng.uniform(height * 0.4, height * 0.6)
            strokes.append(
                tuple(
                    (
                        round(min(width - 5, x + length * i / points), 2),
                        round(base + amplitude * _wave(phase + i * 0.9), 2),
                    )
                    for i in range(points + 1)
                )
            )
            x += length * 0.8
        return tuple(strokes)

    def _signature(self, signer: str, at: datetime) -> str:
        width, height = SIGNATURE_PAD
        return Signature(width, height, self.rng.choice(self.strokes), signer, at).to_json()

    # --- The consultant

    def _profile_row(self) -> Row:
        me = txt.CONSULTANT
        return {
            "name": me.name,
            "company": me.company,
            "address": me.address,
            "registration": me.registration,
            "email": me.email,
            "phone": me.phone,
            "city": me.city,
            "logo_path": "",
            "default_currency": "EUR",
            "default_vat_rate": VAT_RATE,
            "default_daily_rate": Decimal("850.00"),
            "version": 1,
        }

    # --- Clients and contacts

    def _plan_clients(self) -> None:
        countries = txt.COUNTRIES
        chosen = self._covering(countries, self.plan.clients, [c.weight for c in countries])
        for country in chosen:
            postcode, city, phone = self.rng.choice(country.cities)
            name = self._company_name(country, city)
            domain = f"{self._slug(name)[:40].strip('-')}.{country.domain}"
            street = self.rng.choice(country.streets)
            address = country.address.format(
                number=self.rng.randint(1, 240),
                street=street,
                Street=street[0].upper() + street[1:],
                postcode=postcode + self._fill(country.postcode_suffix),
                city=city,
            )
            roles = self.rng.sample(txt.CONTACT_ROLES, self.rng.choice((1, 2, 2, 3)))
            contacts = [self._person(country, role, domain, phone) for role in roles]
            mailbox = "contact" if country.language == txt.FR else "hello"
            self.clients.append(
                _Client(
                    country=country,
                    name=name,
                    city=city,
                    address=address,
                    registration=self._fill(country.registration),
                    email=f"{mailbox}@{domain}",
                    phone=self._fill(phone),
                    notes=self.rng.choice(txt.CLIENT_NOTES)[country.language],
                    contacts=contacts,
                )
            )

    def _company_name(self, country: txt.Country, city: str) -> str:
        for attempt in range(60):
            surname = self.rng.choice(_surnames(country))
            if country.language == txt.FR:
                name = self.rng.choice(txt.FRENCH_COMPANY_PATTERNS).format(
                    surname=surname,
                    place=self.rng.choice(txt.FRENCH_PLACES),
                    place2=self.rng.choice(txt.FRENCH_PLACES_PLURAL),
                )
            else:
                name = self.rng.choice(txt.ENGLISH_COMPANY_PATTERNS).format(
                    surname=surname, place=self.rng.choice(country.places)
                )
            if country.language == txt.EN or self.rng.random() < 0.7:
                name = f"{name} {self.rng.choice(country.legal_forms)}"
            if attempt >= 40:
                name = f"{name} ({city})"
            if attempt >= 50:
                name = f"{name} {self._fill('###')}"
            if name.casefold() not in self.taken_names:
                self.taken_names.add(name.casefold())
                return name
        raise RuntimeError("no free client name")  # pragma: no cover - digits make it unique

    def _person(
        self, country: txt.Country, role: tuple[str, str, str], domain: str, phone: str
    ) -> _Person:
        if country.code == "IE":
            first, gender = self.rng.choice(txt.IRISH_FIRST_NAMES + txt.ENGLISH_FIRST_NAMES)
        elif country.language == txt.EN:
            first, gender = self.rng.choice(txt.ENGLISH_FIRST_NAMES)
        else:
            first, gender = self.rng.choice(txt.FRENCH_FIRST_NAMES)
        surname = self.rng.choice(_surnames(country))
        local = f"{self._slug(first)}.{self._slug(surname)}".replace("-", "")
        title = role[2] if country.language == txt.EN else role[0] if gender == "f" else role[1]
        return _Person(first, surname, gender, title, f"{local}@{domain}", self._fill(phone))

    def _write_clients(self, session: Session) -> None:
        rows = [
            {
                "name": client.name,
                "language": "fr" if client.lang == txt.FR else "en",
                "registration": client.registration,
                "address": client.address,
                "email": client.email,
                "phone": client.phone,
                "notes": client.notes,
                "archived_at": None,
                "version": 1,
                "created_at": client.created,
                "updated_at": client.created,
            }
            for client in self.clients
        ]
        for client, new_id in zip(
            self.clients, self._insert_ids(session, Client, rows, ("name",)), strict=True
        ):
            client.id = new_id
        contacts = [
            {
                "client_id": client.id,
                "name": person.name,
                "role": person.role,
                "email": person.email,
                "phone": person.phone,
                "is_primary": position == 0,
                "version": 1,
            }
            for client in self.clients
            for position, person in enumerate(client.contacts)
        ]
        self._insert(session, Contact, contacts)
        self.summary.clients += len(rows)
        self.summary.contacts += len(contacts)

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
            engagement = _Engagement(
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

    def _decide_terms(self, engagement: _Engagement) -> None:
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

    # --- Scoping terms

    def _write_scoping(self, session: Session) -> None:
        versions: list[_Terms] = []
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

    def _terms(self, engagement: _Engagement) -> _Terms:
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
            fee = _round_to(rate * days * Decimal(rng.choice(("0.9", "0.95", "1"))), HUNDRED)
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
            engagement.milestones.append(_Milestone(label[lang], due_day, deliverable[lang]))
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
        return _Terms(version, milestones, resources, scope, instalments)

    def _amendment(self, engagement: _Engagement, first: _Terms) -> _Terms:
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
        return _Terms(
            version,
            [dict(row) for row in first.milestones],
            resources,
            scope,
            [dict(row) for row in first.instalments],
        )

    # --- Episodes: who, when, what, and how far along the playbook

    def _plan_episodes(self) -> None:
        eligible: list[tuple[_Engagement, tuple[date, date]]] = []
        for engagement in self.engagements:
            window = engagement.window(self.today)
            if window is not None:
                eligible.append((engagement, window))
        if not eligible:
            return
        episodes = self._plan_crises(eligible)
        count = max(0, self.plan.episodes - len(episodes))
        # Trouble concentrates: some engagements collect many episodes, ongoing ones more.
        boost = {
            EngagementStatus.ACTIVE: 2.2,
            EngagementStatus.ON_HOLD: 2.5,
            EngagementStatus.CANCELLED: 1.5,
        }
        weights = [
            self.rng.expovariate(1.0)
            * boost.get(engagement.status, 1.0)
            * max(1.0, (last - first).days / 60) ** 0.5
            for engagement, (first, last) in eligible
        ]
        picks = self.rng.choices(eligible, weights=weights, k=count)
        categories = self._covering(list(self.scenarios), count)
        for (engagement, (first, last)), category in zip(picks, categories, strict=True):
            span = (last - first).days
            if engagement.status in (EngagementStatus.ACTIVE, EngagementStatus.ON_HOLD):
                # Ongoing: recent grievances are the ones still being worked on.
                day = last - timedelta(days=int(span * self.rng.random() ** 1.5))
            else:
                day = first + self._days(0, span)
            episode = _Episode(
                engagement=engagement,
                surfaced_at=self._past(self._instant(day)),
                category=category,
                scenario=self.rng.choice(self.scenarios[category]),
            )
            episode.stage = self._stage(episode)
            episodes.append(episode)
        for episode in episodes:
            episode.surfaced_at = self._unique(
                self.episode_slots, episode.engagement.id, episode.surfaced_at
            )
        episodes.sort(key=lambda episode: episode.surfaced_at)
        self._cover_stages(episodes)
        self._plan_offers(episodes)
        self.episodes = episodes

    def _plan_crises(self, eligible: list[tuple[_Engagement, tuple[date, date]]]) -> list[_Episode]:
        """One incident, several clients hit at once: the crisis view of the articles."""
        episodes: list[_Episode] = []
        for number in range(self.plan.crises):
            template = txt.CRISES[number % len(txt.CRISES)]
            for _attempt in range(30):
                # The first crisis is recent, still being handled; the others are history.
                if number == 0:
                    day = self.today - self._days(4, 25)
                else:
                    day = self.today - self._days(30, 900)
                hit: dict[int, _Engagement] = {}
                for engagement, (first, last) in eligible:
                    if first <= day <= last:
                        hit.setdefault(id(engagement.client), engagement)
                if len(hit) >= 2:
                    break
            else:
                continue
            low, high = self.plan.clients_per_crisis
            chosen = self.rng.sample(list(hit.values()), min(len(hit), self.rng.randint(low, high)))
            key = self._incident_key(day, template.tag)
            for engagement in chosen:
                episode = _Episode(
                    engagement=engagement,
                    surfaced_at=self._past(self._instant(day + self._days(0, 3))),
                    category=template.category,
                    scenario=None,
                    crisis=template,
                    incident_key=key,
                )
                episode.stage = self._stage(episode)
                episodes.append(episode)
        return episodes

    def _incident_key(self, day: date, tag: str) -> str:
        base = f"INC-{day.year}-{day.month:02d}-{tag}"
        key, suffix = base, 2
        while key in self.taken_keys:
            key, suffix = f"{base}-{suffix}", suffix + 1
        self.taken_keys.add(key)
        return key

    def _stage(self, episode: _Episode) -> int:
        """How far along the playbook an episode is: older ones are further, a few are stuck."""
        age = (self.now - episode.surfaced_at).total_seconds() / 86400
        stopped = episode.engagement.status in (
            EngagementStatus.COMPLETED,
            EngagementStatus.CANCELLED,
        )
        if stopped and age > 90:
            return CLOSED if self.rng.random() < 0.85 else LEARN
        if age < self.rng.uniform(0.5, 3.0):
            return 0  # just surfaced: still preparing the answer
        stage = min(CLOSED, 1 + int(age / self.rng.uniform(2.5, 12.0)))
        if stage > 0 and self.rng.random() < 0.15:
            stage = self.rng.randint(0, stage)
        return stage

    def _cover_stages(self, episodes: list[_Episode]) -> None:
        """Make sure every stage of the playbook has at least one episode to show."""
        counts = Counter(episode.stage for episode in episodes)
        for stage in range(len(STAGES)):
            if counts[stage]:
                continue
            candidates = [e for e in episodes if e.crisis is None and counts[e.stage] > 1]
            if not candidates:
                return
            episode = self.rng.choice(candidates)
            counts[episode.stage] -= 1
            episode.stage = stage
            counts[stage] += 1

    def _plan_offers(self, episodes: list[_Episode]) -> None:
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

    # --- Episodes: the rows, their timeline, meetings and offers

    def _write_episodes(self, session: Session) -> None:
        episode_rows: list[Row] = []
        details: list[_Detail] = []
        for episode in self.episodes:
            row, detail = self._episode(episode)
            _set_due_dates(row, detail.events)
            episode_rows.append(row)
            details.append(detail)
        ids = self._insert_ids(session, Episode, episode_rows, ("engagement_id", "surfaced_at"))
        events: list[Row] = []
        offers: list[Row] = []
        meetings: list[_MeetingPlan] = []
        for new_id, episode, detail in zip(ids, self.episodes, details, strict=True):
            episode.id = new_id
            episode.engagement.episodes += 1
            for event in detail.events:
                event["episode_id"] = new_id
            events.extend(detail.events)
            if detail.offer is not None:
                detail.offer["episode_id"] = new_id
                offers.append(detail.offer)
            if detail.meeting is not None:
                detail.meeting.row["episode_id"] = new_id
                meetings.append(detail.meeting)
        self._insert(session, EpisodeEvent, events)
        self._insert(session, RemediationOffer, offers)
        self._write_meetings(session, meetings)
        self.summary.episodes += len(episode_rows)
        self.summary.events += len(events)
        self.summary.offers += len(offers)

    def _episode(self, episode: _Episode) -> tuple[Row, _Detail]:
        rng = self.rng
        engagement = episode.engagement
        client = engagement.client
        lang = client.lang
        stage = episode.stage
        contact = rng.choice(client.contacts)
        surfaced_day = episode.surfaced_at.date()
        milestone_index, milestone = self._milestone_for(engagement, surfaced_day)
        scope_index = rng.randrange(len(engagement.scope_in)) if engagement.scope_in else 0
        fields = {
            "milestone": milestone.name,
            "deliverable": milestone.deliverable,
            "due": self._date_text(milestone.due, lang),
            "scope": engagement.scope_in[scope_index] if engagement.scope_in else "",
            "spoke": contact.name,
        }
        if episode.crisis is not None:
            crisis = episode.crisis
            summary = crisis.summary[lang]
            expected = txt.CRISIS_EXPECTED[lang]
            obtained = crisis.origin[lang]
            words = rng.choice(crisis.words)[lang]
            origin, resolution = crisis.origin[lang], crisis.resolution[lang]
            lessons, preventive = crisis.lessons[lang], crisis.preventive[lang]
            clause = txt.CRISIS_CLAUSES.get(crisis.category, "obligation")
            channel = rng.choice((Channel.EMAIL, Channel.PHONE))
        else:
            scenario = episode.scenario
            assert scenario is not None
            summary = scenario.summary[lang].format(**fields)
            expected = scenario.expected[lang].format(**fields)
            obtained = scenario.obtained[lang].format(**fields)
            words = scenario.words[lang].format(**fields)
            origin = scenario.origin[lang].format(**fields)
            resolution = scenario.resolution[lang].format(**fields)
            lessons = scenario.lessons[lang].format(**fields)
            preventive = scenario.preventive[lang].format(**fields)
            clause = scenario.clause
            channel = self._pick(CHANNEL_WEIGHTS)
        clause_ref = txt.CLAUSES[clause][lang].format(
            n=(milestone_index if clause == "milestone" else scope_index) + 1,
            name=milestone.name,
        )[:60]

        emotion = self._pick(EMOTION_WEIGHTS)
        if episode.category == "behaviour" and emotion in (Emotion.DISAPPOINTED, Emotion.WORRIED):
            emotion = rng.choice((Emotion.ANGRY, Emotion.PERSONAL))
        intensity = rng.randint(*INTENSITY[emotion])
        severity = (Severity.LOW, Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.HIGH)[
            intensity - 1
        ]
        if intensity == 5 and rng.random() < 0.5:
            severity = Severity.CRITICAL
        elif intensity <= 2 and rng.random() < 0.4:
            severity = Severity.MEDIUM
        if episode.crisis is not None and severity in (Severity.LOW, Severity.MEDIUM):
            severity = Severity.HIGH
        mediator_needed = emotion is Emotion.PERSONAL or (
            emotion is Emotion.ANGRY and intensity == 5 and rng.random() < 0.5
        )

        # The timeline: how it surfaced, then one step per stage completed.
        peer = rng.choice(txt.PEERS)
        gesture_text = ""
        offer_values: tuple[Decimal | None, Decimal | None, Decimal | None, str] | None = None
        if episode.gesture is not None:
            offer_values = self._gesture_values(episode.gesture, engagement, surfaced_day)
            gesture_text = self._gesture_text(
                episode.gesture, offer_values, engagement.currency, lang
            )
        subject = summary[0].lower() + summary[1:]  # it follows a colon in the notes
        first_kind, first_note = txt.SURFACED[channel.value]
        steps: list[tuple[str, str]] = [
            (first_kind, first_note[lang].format(spoke=contact.spoke, subject=subject))
        ]
        if episode.crisis is not None:
            steps.append(("email", txt.CRISIS_NOTE[lang].format(key=episode.incident_key)))
        marks: dict[str, int] = {}
        for done in range(min(stage, LEARN + 1)):
            kind, note = txt.STAGE_STEPS[done]
            if done == 1 and client.country.code == "QC":
                kind = "call"  # an ocean away: listened by video call
            steps.append(
                (
                    kind,
                    note[lang].format(
                        peer=peer,
                        spoke=contact.name,
                        origin=origin,
                        resolution=resolution,
                        lessons=lessons,
                    ),
                )
            )
            if done == CO_BUILD:
                marks["co_build"] = len(steps) - 1
            if done == FORMALIZE and gesture_text:
                steps.append(("proposal", txt.PROPOSAL_NOTE[lang].format(gesture=gesture_text)))
                marks["offer"] = len(steps) - 1
            if done == FOLLOW_UP:
                marks["confirmed"] = len(steps) - 1
        if stage == FORMALIZE and episode.offer_status is OfferStatus.SENT:
            steps.append(("proposal", txt.PROPOSAL_NOTE[lang].format(gesture=gesture_text)))
            marks["offer"] = len(steps) - 1
        if stage == FOLLOW_UP and rng.random() < 0.35:
            for _ in range(rng.randint(1, 2)):
                steps.append(("follow_up", txt.SILENT_NOTE[lang]))
        if stage == CLOSED:
            steps.append(("note", ""))
        times = self._timeline(episode.surfaced_at, len(steps))

        events: list[Row] = [
            {"kind": kind, "occurred_at": at, "notes": notes, "next_due": None}
            for (kind, notes), at in zip(steps, times, strict=True)
        ]
        confirmed_on = None
        if stage >= LEARN:
            confirmed_on = times[marks.get("confirmed", len(times) - 1)].date()
        if stage == CLOSED:
            events[-1]["notes"] = txt.CLOSING_NOTE[lang].format(
                date=self._date_text(times[-1].date(), lang)
            )
            confirmed_on = times[-1].date()
        meeting: _MeetingPlan | None = None
        if stage < CLOSED:
            _kind, pending = txt.PENDING_STEPS[min(stage, LEARN)]
            what = pending[lang].format(peer=peer, spoke=contact.name)
            due = times[-1].date() + self._days(1, 10)
            if stage == CO_BUILD and rng.random() < 0.5:
                held = self._instant(self.today + self._days(1, 14), 8, 15)
                due = held.date()
                meeting = self._episode_meeting(episode, contact, held, upcoming=True, texts=None)
            last = events[-1]
            last["notes"] = f"{last['notes']}\n{txt.TODO[lang].format(what=what)}"
            last["next_due"] = due
        if "co_build" in marks and rng.random() < (0.2 if episode.crisis else 0.3):
            meeting = self._episode_meeting(
                episode,
                contact,
                times[marks["co_build"]],
                upcoming=False,
                texts=(subject, self._quote(words, lang), resolution),
            )

        offer = None
        if episode.gesture is not None and offer_values is not None:
            offer_at = times[marks["offer"]] if "offer" in marks else times[-1]
            offer = self._offer(
                episode,
                contact=contact,
                at=offer_at,
                values=offer_values,
                gesture_text=gesture_text,
                summary=summary,
                origin=origin,
                resolution=resolution,
                preventive=preventive,
            )

        created = self._past(episode.surfaced_at + timedelta(minutes=rng.randint(2, 90)))
        row: Row = {
            "engagement_id": engagement.id,
            "surfaced_at": episode.surfaced_at,
            "channel": channel.value,
            "spoke": contact.spoke[:200],
            "category": episode.category,
            "expected": expected,
            "obtained": obtained,
            "client_words": self._quote(words, lang),
            "emotion": emotion.value,
            "intensity": intensity,
            "severity": severity.value,
            "clause_ref": clause_ref,
            "origin": origin if stage >= EXPLAIN else "",
            "stage": STAGES[stage].value,
            "mediator_needed": mediator_needed,
            "resolution": resolution if stage > CO_BUILD else "",
            "lessons": lessons
            if stage == CLOSED or (stage == LEARN and rng.random() < 0.5)
            else "",
            "preventive_measure": preventive if stage == CLOSED else "",
            "incident_key": episode.incident_key,
            "client_confirmed_on": confirmed_on,
            "version": 1,
            "created_at": created,
            "updated_at": max(created, times[-1]),
        }
        return row, _Detail(events, offer, meeting)

    def _milestone_for(self, engagement: _Engagement, day: date) -> tuple[int, _Milestone]:
        """The milestone a grievance most likely refers to: the last one due by then."""
        milestones = engagement.milestones or [_Milestone(engagement.mission.title[0], None, "")]
        index = 0
        for position, milestone in enumerate(milestones):
            if milestone.due is not None and milestone.due <= day + timedelta(days=7):
                index = position
        return index, milestones[index]

    def _timeline(self, start: datetime, count: int) -> list[datetime]:
        """``count`` instants from ``start``: a quick first reaction, then days apart, in
        office hours; all before midnight today."""
        gaps = [self.rng.uniform(0.05, 1.0)] + [
            self.rng.uniform(0.3, 5.0) for _ in range(count - 2)
        ]
        available = (self.now - start).total_seconds() / 86400 - 0.01
        total = sum(gaps)
        scale = min(1.0, available / total) if total > 0 else 1.0
        times = [start]
        elapsed = 0.0
        for gap in gaps[: count - 1]:
            elapsed += gap * scale
            moment = self._office_hours(start + timedelta(minutes=int(elapsed * 1440)))
            times.append(self._past(max(moment, times[-1] + timedelta(minutes=20))))
        return times

    def _office_hours(self, moment: datetime) -> datetime:
        """The same instant if it falls in office hours, else the next opening (8 h UTC)."""
        day = moment.date()
        if moment.hour >= 18:
            day += timedelta(days=1)
        elif moment.hour >= 8 and day.weekday() < 5:
            return moment
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return datetime.combine(day, time(8, self.rng.randint(0, 50)), UTC)

    def _gesture_values(
        self, gesture: GestureKind, engagement: _Engagement, day: date
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
                return None, None, _round_to(engagement.total * percent / HUNDRED, Decimal(10)), ""
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
        episode: _Episode,
        *,
        contact: _Person,
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

    # --- Meetings

    def _episode_meeting(
        self,
        episode: _Episode,
        contact: _Person,
        held: datetime,
        *,
        upcoming: bool,
        texts: tuple[str, str, str] | None,
    ) -> _MeetingPlan:
        engagement = episode.engagement
        lang = engagement.lang
        subject, words, resolution = texts or ("", "", "")
        meeting = self._meeting(engagement, held, [contact], upcoming=upcoming)
        row = meeting.row
        row["points_discussed"] = txt.EPISODE_POINTS[lang].format(
            subject=subject or episode.category
        )
        if not upcoming:
            row["client_expressed"] = words
            row["acknowledged"] = txt.ACKNOWLEDGED[episode.category][lang]
            row["agreed_solution"] = resolution
        return meeting

    def _meeting(
        self,
        engagement: _Engagement,
        held: datetime,
        people: list[_Person],
        *,
        upcoming: bool,
    ) -> _MeetingPlan:
        """A meeting with its attendees and action items; the caller fills in what was said."""
        rng = self.rng
        lang = engagement.lang
        client = engagement.client
        mode = self._pick(MODE_WEIGHTS)
        follow_up = held.date() + self._days(10, 30)
        attendees = [
            {
                "position": position,
                "name": person.name,
                "role": person.role,
                "organisation": client.name,
            }
            for position, person in enumerate(people)
        ]
        attendees.append(
            {
                "position": len(people),
                "name": txt.CONSULTANT.name,
                "role": txt.CONSULTANT_ROLE[lang],
                "organisation": txt.CONSULTANT.company,
            }
        )
        signed = not upcoming and rng.random() < 0.4
        signed_at = self._past(held + timedelta(hours=1))
        sign_place = client.city if mode is MeetingMode.IN_PERSON else txt.CONSULTANT.city
        row = {
            "engagement_id": engagement.id,
            "episode_id": None,
            "held_at": self._unique(self.meeting_slots, engagement.id, held),
            "place": txt.MEETING_PLACES[mode.value][lang].format(
                client=client.name, city=client.city
            ),
            "mode": mode.value,
            "points_discussed": "",
            "client_expressed": "",
            "acknowledged": "",
            "agreed_solution": "",
            "next_steps": (
                txt.UPCOMING_NEXT_STEPS[lang]
                if upcoming
                else txt.NEXT_STEPS[lang].format(date=self._date_text(follow_up, lang))
            ),
            "follow_up_date": None if upcoming else follow_up,
            "consultant_signer": "" if upcoming else txt.CONSULTANT.name,
            "client_signer": "" if upcoming else people[0].name,
            "sign_place": sign_place if signed else "",
            "consultant_signature": (
                self._signature(txt.CONSULTANT.name, signed_at) if signed else None
            ),
            "client_signature": self._signature(people[0].name, signed_at) if signed else None,
            "version": 1,
            "created_at": self._past(held - self._days(1, 7)) if upcoming else held,
            "updated_at": (
                self._past(held - timedelta(days=1))
                if upcoming
                else self._past(held + timedelta(hours=2))
            ),
        }
        return _MeetingPlan(row, attendees, self._action_items(engagement, held, people, upcoming))

    def _action_items(
        self, engagement: _Engagement, held: datetime, people: list[_Person], upcoming: bool
    ) -> list[Row]:
        rng = self.rng
        lang = engagement.lang
        count = rng.randint(0, 1) if upcoming else rng.randint(1, 4)
        items = []
        for position, (what, owner) in enumerate(rng.sample(txt.ACTION_ITEMS, count)):
            due = held.date() + self._days(2, 21)
            items.append(
                {
                    "position": position,
                    "owner": txt.CONSULTANT.name if owner == "consultant" else people[0].name,
                    "what": what[lang],
                    "due_date": due,
                    "done": due < self.today and rng.random() < 0.85,
                }
            )
        return items

    def _write_meetings(self, session: Session, meetings: list[_MeetingPlan]) -> None:
        ids = self._insert_ids(
            session, Meeting, [meeting.row for meeting in meetings], ("engagement_id", "held_at")
        )
        attendees: list[Row] = []
        items: list[Row] = []
        for new_id, meeting in zip(ids, meetings, strict=True):
            for row in (*meeting.attendees, *meeting.items):
                row["meeting_id"] = new_id
            attendees.extend(meeting.attendees)
            items.extend(meeting.items)
        self._insert(session, MeetingAttendee, attendees)
        self._insert(session, ActionItem, items)
        self.summary.meetings += len(meetings)
        self.summary.action_items += len(items)

    def _write_steering_meetings(self, session: Session) -> None:
        """Kick-offs and steering committees: the meetings that are not about a grievance."""
        meetings: list[_MeetingPlan] = []
        for engagement in self.engagements:
            window = engagement.window(self.today)
            if window is None:
                continue
            lang = engagement.lang
            first, last = window
            plans = [
                (first + self._days(0, (last - first).days), False)
                for _ in range(self.rng.choice((0, 1, 1, 2, 3)))
            ]
            if engagement.status is EngagementStatus.ACTIVE and self.rng.random() < 0.35:
                plans.append((self.today + self._days(1, 21), True))
            for day, upcoming in plans:
                held = self._instant(day, 8, 15)
                if not upcoming:
                    held = self._past(held)
                people = self.rng.sample(
                    engagement.client.contacts, min(2, len(engagement.client.contacts))
                )
                meeting = self._meeting(engagement, held, people, upcoming=upcoming)
                row = meeting.row
                title = self.rng.choice(txt.STEERING_TITLES)[lang]
                row["points_discussed"] = f"{title}\n{txt.STEERING_POINTS[lang]}"
                if not upcoming:
                    milestone = self._milestone_for(engagement, day)[1]
                    row["client_expressed"] = self.rng.choice(txt.STEERING_EXPRESSED)[lang].format(
                        milestone=milestone.name
                    )
                    row["agreed_solution"] = self.rng.choice(txt.STEERING_AGREED)[lang]
                meetings.append(meeting)
        meetings.sort(key=lambda meeting: meeting.row["held_at"])
        self._write_meetings(session, meetings)

    # --- Feedback: asked for, given or not

    def _write_feedback(self, session: Session) -> None:
        rows: list[Row] = []
        for engagement in self.engagements:
            window = engagement.window(self.today)
            if window is None:
                continue
            first, last = window
            lang = engagement.lang
            # Half of unhappy clients never complain: some never answer, some went quiet.
            if self.rng.random() < 0.25:
                continue
            if (
                engagement.status is EngagementStatus.ACTIVE
                and (last - first).days > 240
                and self.rng.random() < 0.4
            ):
                last = self.today - self._days(181, 200)
            span = (last - first).days
            if span < 1:
                continue
            days = sorted(first + self._days(1, span) for _ in range(self.rng.randint(1, 3)))
            for day in days:
                raw = round(8.3 - 0.5 * min(engagement.episodes, 6) + self.rng.gauss(0, 1.3))
                given = max(1, min(FEEDBACK_MAX, raw))
                band = "high" if given >= 8 else "mid" if given >= 5 else "low"
                comment = self.rng.choice(txt.FEEDBACK_COMMENTS[band])[lang]
                # Now and then a comment without a score (said in person, never rated).
                score = None if comment and self.rng.random() < 0.06 else given
                rows.append(
                    {
                        "engagement_id": engagement.id,
                        "received_on": day,
                        "channel": self._pick(FEEDBACK_CHANNELS).value,
                        "score": score,
                        "comment": comment,
                    }
                )
        self._insert(session, Feedback, rows)
        self.summary.feedback += len(rows)


def _offer_fits(status: OfferStatus, stage: int) -> bool:
    if status is OfferStatus.DRAFT:
        return stage == FORMALIZE
    if status is OfferStatus.SENT:
        return stage in (FORMALIZE, FOLLOW_UP)
    return stage >= FOLLOW_UP


def _set_due_dates(row: Row, events: list[Row]) -> None:
    """The due dates the services keep for an episode, for one built in bulk.

    An open episode's last step plans the next a week later: the ones left alone since show
    as overdue, as they would in real use.
    """
    if events and row["stage"] != EpisodeStage.CLOSED.value and events[-1]["next_due"] is None:
        events[-1]["next_due"] = events[-1]["occurred_at"].date() + timedelta(days=7)
    ack_due = acknowledgement_due(row["surfaced_at"], row["severity"])
    apologies = [e["occurred_at"].date() for e in events if e["kind"] == EventKind.APOLOGY.value]
    acknowledged = min(apologies) if apologies else None
    if acknowledged is None and row["stage"] in ACKNOWLEDGED:
        acknowledged = ack_due
    next_due = next_action_due((e["occurred_at"], e.get("next_due")) for e in events)
    row["ack_due_on"] = ack_due
    row["acknowledged_on"] = acknowledged
    row["next_due_on"] = next_due
    row["due_on"] = (
        None
        if row["stage"] == EpisodeStage.CLOSED.value
        else pending_due(ack_due, acknowledged, next_due)
    )
