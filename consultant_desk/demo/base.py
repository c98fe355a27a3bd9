"""The generator's state and the helpers every part uses: random draws, dates in office
hours, bilingual dates and amounts, signatures, bulk inserts."""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from consultant_desk.demo import texts as txt
from consultant_desk.demo.records import (
    CENT,
    SIGNATURE_PAD,
    VAT_RATE,
    ClientPlan,
    DemoSummary,
    EngagementPlan,
    EpisodePlan,
    Plan,
    Row,
)
from consultant_desk.domain.signature import Signature, Stroke
from consultant_desk.store.base import Base

V = TypeVar("V")


def table_of(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def wave(x: float) -> float:
    return math.sin(x) * 0.7 + math.sin(2.3 * x) * 0.3


def round_to(value: Decimal, step: Decimal) -> Decimal:
    return ((value / step).quantize(Decimal(1), ROUND_HALF_UP) * step).quantize(CENT)


class GeneratorBase:
    def __init__(self, plan: Plan, rng: random.Random, today: date) -> None:
        self.plan = plan
        self.rng = rng
        self.today = today
        self.now = datetime.combine(today, time(0), UTC)
        self.summary = DemoSummary()
        self.taken_names: set[str] = set()
        self.taken_keys: set[str] = set()
        self.next_number: dict[int, int] = {}
        self.has_profile = False
        self.clients: list[ClientPlan] = []
        self.engagements: list[EngagementPlan] = []
        self.episodes: list[EpisodePlan] = []
        # (engagement id, instant) already taken by an episode, by a meeting
        self.episode_slots: set[tuple[int, datetime]] = set()
        self.meeting_slots: set[tuple[int, datetime]] = set()
        self.strokes = [self._strokes() for _ in range(12)]
        self.scenarios: dict[str, list[txt.Scenario]] = {}
        for scenario in txt.SCENARIOS:
            self.scenarios.setdefault(scenario.category, []).append(scenario)

    # --- Bulk writing

    def _insert(self, session: Session, model: type[Base], rows: list[Row]) -> None:
        if rows:
            session.execute(insert(table_of(model)), rows)

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
        table = table_of(model)
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
                        round(base + amplitude * wave(phase + i * 0.9), 2),
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
