"""Read-only queries behind the episode list: pages of rows, counts, and one episode in full.

The list may hold hundreds of thousands of episodes, so it is never read whole. Rows come a
page at a time by keyset pagination: each page is asked for "after" the last row of the
previous one (``PageCursor``), in a stable order that always ends with ``surfaced_at`` and
``id`` as tie-breakers, so a page costs the same at the top of the list as at its end (no
``OFFSET``). Sorting and filtering happen in the database.

A page is read in two steps: first the ids and sort values, from the episode table alone (its
indexes, no join unless sorting by client), then the displayed columns of those ids only, with
their client and engagement. Reading wide rows and joining for every row scanned would cost
five times more on a sort that cannot use an index.

The search folds case and accents as the other lists do ("elodie" finds "Élodie", "l'equipe"
finds "l’équipe"): each typed word becomes a pattern whose letters match their accented
forms, a GLOB on SQLite and a case-insensitive regular expression on PostgreSQL. A row
matches when every word is found in its client's name, its engagement's reference or title,
or the client's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLCoreOperations

from consultant_desk.domain.due_dates import is_overdue, week_end
from consultant_desk.domain.enums import Emotion, EpisodeCategory, EpisodeStage, Severity
from consultant_desk.domain.language import Language
from consultant_desk.services.common import get_or_raise
from consultant_desk.store.database import Database
from consultant_desk.store.models import Client, Engagement, Episode, EpisodeEvent

# How much of the client's words a row carries: enough to fill a wide column, no more.
EXCERPT_READ = 240
EXCERPT_LENGTH = 160
# What surrounds quoted words: quotation marks and the spaces inside French ones.
_QUOTES = '«»“”"„ \u00a0\u202f'
# The playbook proper; "closed" comes after it.
PLAYBOOK = tuple(stage for stage in EpisodeStage if stage is not EpisodeStage.CLOSED)


class EpisodeSortKey(StrEnum):
    SURFACED = "surfaced"
    CLIENT = "client"
    ENGAGEMENT = "engagement"
    CATEGORY = "category"
    SEVERITY = "severity"
    STAGE = "stage"
    FEELING = "feeling"
    WORDS = "words"
    DAYS_OPEN = "days_open"


@dataclass(frozen=True)
class EpisodeFilter:
    """What the list shows; the default shows every episode."""

    search: str = ""
    category: str | None = None
    stage: str | None = None
    open_only: bool = False
    # Open episodes whose earliest pending due date (acknowledgement or next action) is past,
    # or falls between today and Sunday; ``today`` is the clock's date unless given.
    overdue: bool = False
    due_this_week: bool = False
    today: date | None = None

    @property
    def active(self) -> bool:
        return bool(
            search_words(self.search)
            or self.category
            or self.stage
            or self.open_only
            or self.overdue
            or self.due_this_week
        )


@dataclass(frozen=True)
class EpisodeSort:
    key: EpisodeSortKey = EpisodeSortKey.SURFACED
    descending: bool = True


@dataclass(frozen=True)
class PageCursor:
    """Where the previous page ended: the sort values of its last row, id last."""

    values: tuple[Any, ...]


@dataclass(frozen=True)
class EpisodeRow:
    """One line of the episode list."""

    id: int
    surfaced_at: datetime
    client_name: str
    engagement_reference: str
    category: str
    severity: str
    stage: str
    emotion: str
    intensity: int
    excerpt: str
    days_open: int
    closed_on: date | None
    # The earliest pending due date, and whether it is past (never for a closed episode).
    due_on: date | None = None
    overdue: bool = False

    @property
    def closed(self) -> bool:
        return self.stage == EpisodeStage.CLOSED.value


@dataclass(frozen=True)
class EpisodePage:
    rows: list[EpisodeRow]
    # None when this page is the last one.
    next: PageCursor | None


@dataclass(frozen=True)
class EpisodeEventLine:
    kind: str
    occurred_at: datetime
    notes: str
    next_due: date | None


@dataclass(frozen=True)
class EpisodeDetail:
    """Everything the detail pane shows about one episode, its timeline included."""

    id: int
    engagement_id: int
    engagement_reference: str
    engagement_title: str
    client_id: int
    client_name: str
    surfaced_at: datetime
    channel: str
    spoke: str
    category: str
    expected: str
    obtained: str
    client_words: str
    emotion: str
    intensity: int
    severity: str
    clause_ref: str
    origin: str
    stage: str
    mediator_needed: bool
    resolution: str
    lessons: str
    preventive_measure: str
    client_confirmed_on: date | None
    days_open: int
    events: tuple[EpisodeEventLine, ...]

    @property
    def closed(self) -> bool:
        return self.stage == EpisodeStage.CLOSED.value


# --- public queries ---------------------------------------------------------------------------


def count_episodes(db: Database, wanted: EpisodeFilter = EpisodeFilter()) -> int:
    """How many episodes ``wanted`` lets through (for the status bar)."""
    query = select(func.count()).select_from(Episode).where(*_conditions(db, wanted))
    with db.session() as session:
        return int(session.scalar(query) or 0)


def list_episode_page(
    db: Database,
    wanted: EpisodeFilter = EpisodeFilter(),
    order: EpisodeSort = EpisodeSort(),
    *,
    after: PageCursor | None = None,
    limit: int = 500,
    today: date | None = None,
    language: Language | None = None,
) -> EpisodePage:
    """The ``limit`` rows that follow ``after`` (the first ones without it), in ``order``."""
    if limit < 1:
        raise ValueError("a page holds at least one row")
    today = today or utc_today()
    with db.session() as session:
        if order.key in _BY_PARENT:
            ids, last = _parent_ordered_ids(session, db, wanted, order, after, limit)
        else:
            ids, last = _keyset_ids(session, db, wanted, order, after, limit, today, language)
        by_id = {row.id: row for row in _rows(session, ids, today)}
    rows = [by_id[ident] for ident in ids if ident in by_id]
    return EpisodePage(rows, None if last is None else PageCursor(last))


def load_episode_rows(
    db: Database, ids: Sequence[int], *, today: date | None = None
) -> list[EpisodeRow]:
    """The rows of these episodes, in the order given; ids no longer there are left out."""
    with db.session() as session:
        by_id = {row.id: row for row in _rows(session, ids, today or utc_today())}
    return [by_id[ident] for ident in ids if ident in by_id]


def get_episode_detail(
    db: Database, episode_id: int, *, today: date | None = None
) -> EpisodeDetail:
    """One episode in full, with its timeline oldest first; NotFoundError if it is gone."""
    with db.session() as session:
        episode = get_or_raise(session, Episode, episode_id)
        engagement = session.get(Engagement, episode.engagement_id)
        assert engagement is not None  # a foreign key
        client = session.get(Client, engagement.client_id)
        assert client is not None
        events = session.execute(
            select(
                EpisodeEvent.kind,
                EpisodeEvent.occurred_at,
                EpisodeEvent.notes,
                EpisodeEvent.next_due,
            )
            .where(EpisodeEvent.episode_id == episode_id)
            .order_by(EpisodeEvent.occurred_at, EpisodeEvent.id)
        ).all()
        return EpisodeDetail(
            id=episode.id,
            engagement_id=engagement.id,
            engagement_reference=engagement.reference,
            engagement_title=engagement.title,
            client_id=client.id,
            client_name=client.name,
            surfaced_at=episode.surfaced_at,
            channel=episode.channel,
            spoke=episode.spoke,
            category=episode.category,
            expected=episode.expected,
            obtained=episode.obtained,
            client_words=episode.client_words,
            emotion=episode.emotion,
            intensity=episode.intensity,
            severity=episode.severity,
            clause_ref=episode.clause_ref,
            origin=episode.origin,
            stage=episode.stage,
            mediator_needed=episode.mediator_needed,
            resolution=episode.resolution,
            lessons=episode.lessons,
            preventive_measure=episode.preventive_measure,
            client_confirmed_on=episode.client_confirmed_on,
            days_open=days_open(episode.surfaced_at, episode.client_confirmed_on, today),
            events=tuple(
                EpisodeEventLine(kind, occurred_at, notes, next_due)
                for kind, occurred_at, notes, next_due in events
            ),
        )


# --- small pure helpers -----------------------------------------------------------------------


def utc_today() -> date:
    return datetime.now(UTC).date()


def days_open(surfaced_at: datetime, closed_on: date | None, today: date | None = None) -> int:
    """Whole days from the day it surfaced (UTC) to the client's confirmation, or to today."""
    end = closed_on or today or utc_today()
    return max(0, (end - surfaced_at.astimezone(UTC).date()).days)


def excerpt(words: str, length: int = EXCERPT_LENGTH) -> str:
    """The client's words on one line, without their quotation marks, cut at a word."""
    text = " ".join(words.split()).strip(_QUOTES)
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0].rstrip(",;:.!?—– ")
    return f"{cut}…"


def fold(text: str) -> str:
    """Lower case, without accents or ligatures: how search words are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.replace("œ", "oe").replace("æ", "ae")


def search_words(text: str) -> list[str]:
    return fold(text).split()


# Each plain letter and the accented letters that fold to it (lower case; upper case added).
_LETTER_FORMS = {
    "a": "aàâäáãå",
    "c": "cç",
    "e": "eéèêë",
    "i": "iîïíì",
    "n": "nñ",
    "o": "oôöóòõø",
    "u": "uùûüú",
    "y": "yÿý",
}
_APOSTROPHES = "'’ʼ"


def _forms(char: str) -> str:
    if char in _APOSTROPHES:
        return _APOSTROPHES
    lower = _LETTER_FORMS.get(char, char)
    upper = lower.upper()
    return lower + "".join(form for form in upper if form not in lower)


def _word_variants(word: str) -> list[str]:
    """The folded word, and with "oe"/"ae" as the ligatures a text may hold instead."""
    variants = [word]
    ligatured = word.replace("oe", "œ").replace("ae", "æ")
    if ligatured != word:
        variants.append(ligatured)
    return variants


def glob_pattern(word: str) -> str:
    """SQLite GLOB matching ``word`` anywhere, whatever the case and the accents."""
    parts = []
    for char in word:
        forms = _forms(char)
        if len(forms) > 1:
            parts.append(f"[{forms}]")
        elif char in "*?[":
            parts.append(f"[{char}]")
        else:
            parts.append(char)
    return f"*{''.join(parts)}*"


def like_prefilter(word: str) -> str:
    """A LIKE pattern (escape ``\\``) matching at least every text ``glob_pattern(word)``
    matches: any one character where the letter may carry an accent (or is not ASCII), the
    letter itself elsewhere, which LIKE compares regardless of case.

    A LIKE costs SQLite a quarter of a GLOB full of character classes: it weeds out most
    rows before the exact test.
    """
    parts = []
    for char in word:
        if char in _LETTER_FORMS or char in _APOSTROPHES or not char.isascii():
            parts.append("_")
        elif char in "%_\\":
            parts.append(f"\\{char}")
        else:
            parts.append(char)
    return f"%{''.join(parts)}%"


def regex_pattern(word: str) -> str:
    """PostgreSQL regular expression matching ``word``, whatever the case and the accents."""
    parts = []
    for char in word:
        forms = _forms(char)
        if len(forms) > 1:
            parts.append(f"[{forms}]")
        elif char.isalnum():
            parts.append(char)
        else:
            parts.append(re.escape(char) if char != " " else " ")
    return "".join(parts)


# An ORDER BY term: the expression, and whether it runs descending.
Term = tuple[SQLCoreOperations[Any], bool]
# What breaks ties in every order: newest first, then the latest id.
_NEWEST: list[Term] = [(Episode.surfaced_at, True), (Episode.id, True)]
_BY_PARENT = (EpisodeSortKey.CLIENT, EpisodeSortKey.ENGAGEMENT)
# Engagements read in one query of a sort by client or engagement, at most.
_MAX_PARENT_IDS = 1000


# --- query building ---------------------------------------------------------------------------


def _contains(db: Database, column: Any, word: str) -> ColumnElement[bool]:
    variants = _word_variants(word)
    if db.dialect == "sqlite":
        tests = [
            and_(
                column.like(like_prefilter(variant), escape="\\"),
                column.op("GLOB")(glob_pattern(variant)),
            )
            for variant in variants
        ]
    elif db.dialect == "postgresql":
        tests = [column.op("~*")(regex_pattern(variant)) for variant in variants]
    else:
        tests = [column.ilike(f"%{variant}%") for variant in variants]
    return or_(*tests)


def _conditions(db: Database, wanted: EpisodeFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if wanted.category:
        # An episode may carry several categories: the first in ``category``, the others
        # space-separated in ``extra_categories``.
        spaced = literal(" ").concat(Episode.extra_categories).concat(" ")
        conditions.append(
            or_(Episode.category == wanted.category, spaced.like(f"% {wanted.category} %"))
        )
    if wanted.overdue or wanted.due_this_week:
        today = wanted.today or utc_today()
        conditions.append(Episode.stage != EpisodeStage.CLOSED.value)
        if wanted.overdue and wanted.due_this_week:
            conditions.append(Episode.due_on <= week_end(today))
        elif wanted.overdue:
            conditions.append(Episode.due_on < today)
        else:
            conditions.append(Episode.due_on.between(today, week_end(today)))
    if wanted.stage:
        conditions.append(Episode.stage == wanted.stage)
    if wanted.open_only:
        conditions.append(Episode.stage != EpisodeStage.CLOSED.value)
    for word in search_words(wanted.search):
        # The engagements a word finds by client, reference or title: a small table,
        # searched once per query, not joined to every episode.
        engagements = (
            select(Engagement.id)
            .join(Client, Client.id == Engagement.client_id)
            .where(
                or_(
                    _contains(db, Client.name, word),
                    _contains(db, Engagement.reference, word),
                    _contains(db, Engagement.title, word),
                )
            )
        )
        conditions.append(
            or_(
                Episode.engagement_id.in_(engagements.scalar_subquery()),
                _contains(db, Episode.client_words, word),
            )
        )
    return conditions


def _rank(column: Any, values: Iterable[object]) -> ColumnElement[int]:
    """The position of ``column``'s value in ``values``; unknown values sort last."""
    ordered = list(values)
    return case(
        {value: position for position, value in enumerate(ordered)},
        value=column,
        else_=len(ordered),
    )


def _days_open_expression(db: Database, today: date) -> SQLCoreOperations[Any]:
    end = func.coalesce(Episode.client_confirmed_on, today)
    if db.dialect == "postgresql":
        return end - cast(func.timezone("UTC", Episode.surfaced_at), Date)
    started = func.julianday(func.date(Episode.surfaced_at))
    return cast(func.julianday(end) - started, Integer)


def _order_terms(
    db: Database,
    order: EpisodeSort,
    today: date,
    language: Language | None,
) -> list[Term]:
    """The ORDER BY of a sort: its key, then newest first, then id, as (expression, desc)."""
    key = order.key
    desc = order.descending
    if key is EpisodeSortKey.SURFACED:
        return [(Episode.surfaced_at, desc), (Episode.id, desc)]
    expression: SQLCoreOperations[Any]
    if key is EpisodeSortKey.CATEGORY:
        labels = sorted(EpisodeCategory, key=lambda value: fold(value.label(language)))
        expression = _rank(Episode.category, labels)
    elif key is EpisodeSortKey.SEVERITY:
        expression = _rank(Episode.severity, list(Severity))
    elif key is EpisodeSortKey.STAGE:
        expression = _rank(Episode.stage, list(EpisodeStage))
    elif key is EpisodeSortKey.FEELING:
        expression = Episode.intensity * 10 + _rank(Episode.emotion, list(Emotion))
    elif key is EpisodeSortKey.WORDS:
        # As the excerpt shows them: without their opening quotation marks.
        expression = func.ltrim(Episode.client_words, _QUOTES)
    else:
        expression = _days_open_expression(db, today)
    return [(expression, desc), *_NEWEST]


def _keyset_ids(
    session: Session,
    db: Database,
    wanted: EpisodeFilter,
    order: EpisodeSort,
    after: PageCursor | None,
    limit: int,
    today: date,
    language: Language | None,
) -> tuple[list[int], tuple[Any, ...] | None]:
    """The ids of a page in an order SQL can express, and the cursor after it (None: the end)."""
    terms = _order_terms(db, order, today, language)
    query = select(Episode.id, *(expression for expression, _desc in terms)).where(
        *_conditions(db, wanted)
    )
    if after is not None:
        query = query.where(_after(terms, after.values))
    query = query.order_by(
        *(expression.desc() if desc else expression.asc() for expression, desc in terms)
    ).limit(limit + 1)
    keys = session.execute(query).all()
    last = tuple(keys[limit - 1][1:]) if len(keys) > limit else None
    return [int(key[0]) for key in keys[:limit]], last


@dataclass(frozen=True)
class _Parent:
    """A client or an engagement in the list's order, with the engagements it covers."""

    id: int
    engagements: tuple[int, ...]


def _parents(session: Session, key: EpisodeSortKey) -> list[_Parent]:
    """Clients by folded name, or engagements by folded reference: "Élan" beside "Elan"."""
    rows = list(
        session.execute(
            select(Engagement.id, Engagement.reference, Client.id, Client.name).join(
                Client, Client.id == Engagement.client_id
            )
        )
    )
    if key is EpisodeSortKey.ENGAGEMENT:
        rows.sort(key=lambda row: (fold(row[1]), row[0]))
        return [_Parent(row[0], (row[0],)) for row in rows]
    covered: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for engagement_id, _reference, client_id, name in rows:
        covered.setdefault(client_id, []).append(engagement_id)
        names[client_id] = name
    ordered = sorted(covered, key=lambda client_id: (fold(names[client_id]), client_id))
    return [_Parent(client_id, tuple(covered[client_id])) for client_id in ordered]


def _parent_ordered_ids(
    session: Session,
    db: Database,
    wanted: EpisodeFilter,
    order: EpisodeSort,
    after: PageCursor | None,
    limit: int,
) -> tuple[list[int], tuple[Any, ...] | None]:
    """A page sorted by client or by engagement, walked one batch of parents at a time.

    SQL cannot sort by a folded name, and a CASE ranking every client for every episode
    scanned costs half a second a page on 200,000 episodes. The parents are few: they are
    ordered here, and each query reads the ids of the episodes of the next few parents only,
    through the index on ``engagement_id``, newest first; a stable sort by parent finishes
    the order. The cursor is the last row's parent, instant and id.
    """
    parents = _parents(session, order.key)
    if order.descending:
        parents.reverse()
    position = 0
    within: ColumnElement[bool] | None = None
    if after is not None:
        parent_id, surfaced_at, ident = after.values
        position = next(
            (number for number, parent in enumerate(parents) if parent.id == parent_id),
            len(parents),
        )
        within = _after(_NEWEST, (surfaced_at, ident))
    conditions = _conditions(db, wanted)
    found: list[tuple[int, int]] = []  # episode, parent
    batch = 4
    while position < len(parents) and len(found) <= limit:
        chosen: list[_Parent] = []
        covered = 0
        # A few parents first; more at each round when a filter leaves few rows in each.
        while position < len(parents) and len(chosen) < batch and covered < _MAX_PARENT_IDS:
            chosen.append(parents[position])
            covered += len(parents[position].engagements)
            position += 1
        batch *= 4
        rank = {
            engagement: number
            for number, parent in enumerate(chosen)
            for engagement in parent.engagements
        }
        query = select(Episode.id, Episode.engagement_id).where(
            Episode.engagement_id.in_(list(rank)), *conditions
        )
        if within is not None:
            # The parent the previous page ended in: only what comes after its last row.
            query = query.where(or_(Episode.engagement_id.not_in(chosen[0].engagements), within))
            within = None
        rows = list(session.execute(query.order_by(Episode.surfaced_at.desc(), Episode.id.desc())))
        # Newest first from the database; a stable sort by parent keeps that order in each.
        rows.sort(key=lambda row: rank[row[1]])
        found.extend(
            (int(ident), chosen[rank[engagement]].id)
            for ident, engagement in rows[: limit + 1 - len(found)]
        )
    if len(found) <= limit:
        return [ident for ident, _parent in found], None
    last, parent_id = found[limit - 1]
    surfaced_at = session.scalar(select(Episode.surfaced_at).where(Episode.id == last))
    return [ident for ident, _parent in found[:limit]], (parent_id, surfaced_at, last)


def _after(terms: Sequence[Term], values: Sequence[Any]) -> ColumnElement[bool]:
    """Rows strictly after ``values`` in the order ``terms``, as a keyset condition.

    Lexicographic: beyond on the first term, or equal on it and beyond on the rest. The
    leading bound on the first term alone lets the database walk an index from there.
    """
    condition: ColumnElement[bool] | None = None
    for (expression, desc), value in reversed(list(zip(terms, values, strict=True))):
        beyond = expression < value if desc else expression > value
        condition = (
            beyond if condition is None else or_(beyond, and_(expression == value, condition))
        )
    first, first_desc = terms[0]
    bound = first <= values[0] if first_desc else first >= values[0]
    return and_(bound, condition if condition is not None else true())


def _rows(session: Session, ids: Sequence[int], today: date) -> list[EpisodeRow]:
    if not ids:
        return []
    query = (
        select(
            Episode.id,
            Episode.surfaced_at,
            Client.name,
            Engagement.reference,
            Episode.category,
            Episode.severity,
            Episode.stage,
            Episode.emotion,
            Episode.intensity,
            func.substr(Episode.client_words, 1, EXCERPT_READ),
            Episode.client_confirmed_on,
            Episode.due_on,
        )
        .join(Engagement, Engagement.id == Episode.engagement_id)
        .join(Client, Client.id == Engagement.client_id)
        .where(Episode.id.in_(list(ids)))
    )
    # Many rows share a client, a reference or a code: keep one copy of each string, so
    # that thousands of cached rows cost little memory.
    shared: dict[str, str] = {}
    return [
        EpisodeRow(
            id=ident,
            surfaced_at=surfaced_at,
            client_name=shared.setdefault(client_name, client_name),
            engagement_reference=shared.setdefault(reference, reference),
            category=shared.setdefault(category, category),
            severity=shared.setdefault(severity, severity),
            stage=shared.setdefault(stage, stage),
            emotion=shared.setdefault(emotion, emotion),
            intensity=intensity,
            excerpt=excerpt(words or ""),
            days_open=days_open(surfaced_at, closed_on, today),
            closed_on=closed_on,
            due_on=due_on,
            overdue=is_overdue(due_on, today, closed=stage == EpisodeStage.CLOSED.value),
        )
        for (
            ident,
            surfaced_at,
            client_name,
            reference,
            category,
            severity,
            stage,
            emotion,
            intensity,
            words,
            closed_on,
            due_on,
        ) in session.execute(query)
    ]
