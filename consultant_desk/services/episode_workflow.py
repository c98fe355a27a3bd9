"""Working an episode from the client's first word to the closing.

API (every call is one transaction; writes return the episode's new ``version``):

- ``engagement_by_reference(db, reference) -> int | None``.
- ``log_episode(db, EpisodeFacts, ack_days=None) -> int``: the quick log; returns the new id.
  ``EpisodeFacts`` holds what can be said of the episode (engagement, when, channel, who
  spoke, ``categories`` (one or more), the client's words, severity, and optionally expected
  and obtained, emotion and intensity, the clause touched, the remedy asked, origin, mediator).
- ``update_facts(db, id, EpisodeFacts, expected_version=, seen=)``: edit them later.
- ``get_episode_view(db, id, today=None) -> EpisodeView``: everything the episode's screen
  shows: facts, ``stage`` and ``ticked`` checks, ``timeline`` (events and meetings held for
  the episode, oldest first), due dates and ``overdue``, ``clauses`` to pick from in the
  engagement's signed terms, ``default_recourse``. ``view.facts`` is the ``seen`` of an edit;
  ``view.warnings_for(target)`` previews a move (domain.playbook.transition_warnings).
- ``set_check(db, id, key, ticked)``: tick or untick a playbook check (``domain.playbook``).
- ``advance(db, id, target, note="", at=None, expected_version=None) -> MoveResult``: moves
  to any stage (back too), records a ``stage`` event, returns the warnings (never refuses).
- ``add_event`` / ``edit_event`` / ``delete_event``: the user's timeline events
  (``EventInput``: kind among ``USER_EVENT_KINDS``, when, notes, next due, channel).
- ``close_episode(db, id, Closing, ...) -> MoveResult``: resolution, client confirmation (date
  and how), satisfaction 1–5, lessons, preventive measure, recourse; warns when unconfirmed.
- ``reopen_episode(db, id, note="", ...) -> int``: back to the stage it was closed from.
- ``overdue_count(db, today=None) -> int``; the list's filters are in ``episode_list``.
- ``recompute_due_dates(db, ack_days) -> int``: after the settings' delays change.

Two users editing one episode: a write given ``expected_version`` from a stale view is
refused with ``ConflictError``, naming what changed when ``seen`` is given. Ticking a check
needs no version: ticks of two people add up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consultant_desk.domain import due_dates, playbook
from consultant_desk.domain.enums import (
    USER_EVENT_KINDS,
    Channel,
    Emotion,
    EpisodeCategory,
    EpisodeStage,
    EventKind,
    Severity,
)
from consultant_desk.domain.errors import ConflictError, ValidationError
from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.playbook import EventFact, PlaybookWarning, WarningKind
from consultant_desk.domain.scoping import ScopingTerms
from consultant_desk.domain.validation import (
    clean_choice,
    clean_long_text,
    clean_text,
    parse_date,
    parse_int,
)
from consultant_desk.services.common import get_or_raise
from consultant_desk.services.episodes import _instant
from consultant_desk.services.offers import signed_terms
from consultant_desk.services.scoping import terms_of
from consultant_desk.store.base import utcnow
from consultant_desk.store.database import Database
from consultant_desk.store.models import Client, Engagement, Episode, EpisodeEvent, Meeting


def _now() -> datetime:
    return datetime.now(UTC)


# --- Facts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EpisodeFacts:
    """What is known of an episode, as the quick log and the edit form take it."""

    engagement_id: int
    surfaced_at: datetime
    channel: str
    categories: tuple[str, ...]
    client_words: str
    severity: str
    spoke: str = ""
    expected: str = ""
    obtained: str = ""
    emotion: str = Emotion.DISAPPOINTED.value
    intensity: int | str = 3
    clause_ref: str = ""
    remedy_requested: str = ""
    origin: str = ""
    mediator_needed: bool = False
    mediator_note: str = ""
    incident_key: str = ""

    def cleaned(self) -> EpisodeFacts:
        if not self.categories:
            raise ValidationError("episode.categories", "required")
        categories: list[str] = []
        for value in self.categories:
            category = clean_choice("episode.categories", value, EpisodeCategory).value
            if category not in categories:
                categories.append(category)
        intensity = parse_int("episode.intensity", self.intensity, required=True, maximum=5)
        if intensity is None or intensity < 1:
            raise ValidationError("episode.intensity", "out_of_range", low=1, high=5)
        return EpisodeFacts(
            engagement_id=self.engagement_id,
            surfaced_at=_instant("episode.surfaced_at", self.surfaced_at),
            channel=clean_choice("episode.channel", self.channel, Channel).value,
            categories=tuple(categories),
            client_words=clean_long_text("episode.client_words", self.client_words),
            severity=clean_choice("episode.severity", self.severity, Severity).value,
            spoke=clean_text("episode.spoke", self.spoke),
            expected=clean_long_text("episode.expected", self.expected),
            obtained=clean_long_text("episode.obtained", self.obtained),
            emotion=clean_choice("episode.emotion", self.emotion, Emotion).value,
            intensity=intensity,
            clause_ref=clean_text("episode.clause_ref", self.clause_ref, max_length=60),
            remedy_requested=clean_long_text("episode.remedy_requested", self.remedy_requested),
            origin=clean_long_text("episode.origin", self.origin),
            mediator_needed=bool(self.mediator_needed),
            mediator_note=clean_long_text("episode.mediator_note", self.mediator_note),
            incident_key=clean_text("episode.incident_key", self.incident_key, max_length=60),
        )


def _facts_of(episode: Episode) -> EpisodeFacts:
    return EpisodeFacts(
        engagement_id=episode.engagement_id,
        surfaced_at=episode.surfaced_at,
        channel=episode.channel,
        categories=_categories(episode),
        client_words=episode.client_words,
        severity=episode.severity,
        spoke=episode.spoke,
        expected=episode.expected,
        obtained=episode.obtained,
        emotion=episode.emotion,
        intensity=episode.intensity,
        clause_ref=episode.clause_ref,
        remedy_requested=episode.remedy_requested,
        origin=episode.origin,
        mediator_needed=episode.mediator_needed,
        mediator_note=episode.mediator_note,
        incident_key=episode.incident_key,
    )


def _categories(episode: Episode) -> tuple[str, ...]:
    return (episode.category, *episode.extra_categories.split())


def _apply_facts(episode: Episode, facts: EpisodeFacts) -> None:
    for name in (
        "engagement_id",
        "surfaced_at",
        "channel",
        "client_words",
        "severity",
        "spoke",
        "expected",
        "obtained",
        "emotion",
        "intensity",
        "clause_ref",
        "remedy_requested",
        "origin",
        "mediator_needed",
        "mediator_note",
        "incident_key",
    ):
        setattr(episode, name, getattr(facts, name))
    episode.category = facts.categories[0]
    episode.extra_categories = " ".join(facts.categories[1:])


def _check_engagement(session: Session, engagement_id: int) -> None:
    if session.get(Engagement, engagement_id) is None:
        raise ValidationError("episode.engagement", "required")


def _check_fresh(
    episode: Episode, expected_version: int | None, seen: EpisodeFacts | None = None
) -> None:
    """Refuse a write made from a stale view, naming the facts the other person changed."""
    if expected_version is None or episode.version == expected_version:
        return
    changed: tuple[str, ...] = ()
    if seen is not None:
        stored = _facts_of(episode)
        changed = tuple(
            name
            for name in EpisodeFacts.__dataclass_fields__
            if getattr(stored, name) != getattr(seen, name)
        )
    raise ConflictError("Episode", episode.id, changed, (expected_version, episode.version))


def _refresh_due(
    session: Session, episode: Episode, ack_days: Mapping[str, int] | None = None
) -> None:
    """Keep the stored due dates in step with the severity, the stage and the timeline."""
    if ack_days is not None or episode.ack_due_on is None:
        episode.ack_due_on = due_dates.acknowledgement_due(
            episode.surfaced_at, episode.severity, ack_days
        )
    pairs = session.execute(
        select(EpisodeEvent.occurred_at, EpisodeEvent.next_due).where(
            EpisodeEvent.episode_id == episode.id
        )
    ).all()
    episode.next_due_on = due_dates.next_action_due((a, b) for a, b in pairs)
    episode.due_on = (
        None
        if episode.stage == EpisodeStage.CLOSED.value
        else due_dates.pending_due(episode.ack_due_on, episode.acknowledged_on, episode.next_due_on)
    )


def _touch(episode: Episode) -> None:
    """An event changes the episode: bump its version even when no column of its own does."""
    episode.updated_at = utcnow()


def engagement_by_reference(db: Database, reference: str) -> int | None:
    """The id of the engagement of that reference (case ignored), or None."""
    with db.session() as session:
        found = session.scalar(
            select(Engagement.id).where(func.lower(Engagement.reference) == reference.lower())
        )
        return None if found is None else int(found)


def log_episode(
    db: Database, facts: EpisodeFacts, *, ack_days: Mapping[str, int] | None = None
) -> int:
    """The quick log: a new episode at the prepare stage; returns its id."""
    clean = facts.cleaned()
    with db.transaction() as session:
        _check_engagement(session, clean.engagement_id)
        episode = Episode(stage=EpisodeStage.PREPARE.value)
        _apply_facts(episode, clean)
        session.add(episode)
        session.flush()
        episode.ack_due_on = due_dates.acknowledgement_due(
            clean.surfaced_at, clean.severity, ack_days
        )
        episode.due_on = episode.ack_due_on
        session.flush()
        return episode.id


def update_facts(
    db: Database,
    episode_id: int,
    facts: EpisodeFacts,
    *,
    expected_version: int | None = None,
    seen: EpisodeFacts | None = None,
    ack_days: Mapping[str, int] | None = None,
) -> int:
    clean = facts.cleaned()
    with db.transaction() as session:
        episode = get_or_raise(session, Episode, episode_id)
        _check_fresh(episode, expected_version, seen)
        if clean.engagement_id != episode.engagement_id:
            _check_engagement(session, clean.engagement_id)
        recompute = clean.severity != episode.severity or clean.surfaced_at != episode.surfaced_at
        _apply_facts(episode, clean)
        if recompute:
            episode.ack_due_on = None
        _refresh_due(session, episode, ack_days)
        session.flush()
        return episode.version


# --- The full view ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the timeline: an event (``event_id``) or a meeting held for the episode
    (``meeting_id``, kind ``meeting``). Only the user's events (``editable``) can be edited."""

    kind: str
    occurred_at: datetime
    notes: str = ""
    next_due: date | None = None
    stage: str = ""
    stage_to: str = ""
    channel: str = ""
    event_id: int | None = None
    meeting_id: int | None = None

    @property
    def editable(self) -> bool:
        return self.event_id is not None and self.kind in USER_EVENT_KINDS


@dataclass(frozen=True)
class ClauseChoice:
    """A point of the signed terms an episode can touch. ``ref`` is what ``clause_ref`` stores
    (short, in the client's language); ``text`` the point in full."""

    kind: str  # "scope_in", "scope_out", "milestone", "client_obligation"
    ref: str
    text: str


@dataclass(frozen=True)
class EpisodeView:
    id: int
    version: int
    engagement_id: int
    engagement_reference: str
    engagement_title: str
    client_name: str
    client_language: str
    facts: EpisodeFacts
    stage: str
    ticked: frozenset[str]
    resolution: str
    lessons: str
    preventive_measure: str
    client_confirmed_on: date | None
    confirmation_channel: str
    satisfaction: int | None
    recourse: str
    closed_at: datetime | None
    ack_due_on: date | None
    acknowledged_on: date | None
    next_due_on: date | None
    due_on: date | None
    overdue: bool
    due_this_week: bool
    timeline: tuple[TimelineEntry, ...]
    clauses: tuple[ClauseChoice, ...]
    default_recourse: str
    offer_ids: tuple[int, ...] = field(default=())

    @property
    def closed(self) -> bool:
        return self.stage == EpisodeStage.CLOSED.value

    @property
    def personal(self) -> bool:
        return self.facts.emotion == Emotion.PERSONAL.value

    def event_facts(self) -> list[EventFact]:
        return [
            EventFact(entry.kind, entry.occurred_at, entry.stage, entry.channel)
            for entry in self.timeline
        ]

    def warnings_for(self, target: EpisodeStage | str) -> list[PlaybookWarning]:
        """What moving to ``target`` would warn of, before moving."""
        return playbook.transition_warnings(
            self.stage,
            target,
            self.ticked,
            self.event_facts(),
            mediator_needed=self.facts.mediator_needed,
            personal=self.personal,
        )


def _clauses(terms: ScopingTerms | None, language: Language) -> tuple[ClauseChoice, ...]:
    if terms is None:
        return ()
    french = language is Language.FR
    choices: list[ClauseChoice] = []
    n_in = n_out = 0
    for item in terms.scope_items:
        if item.side.value == "in":
            n_in += 1
            ref = f"Périmètre inclus, point {n_in}" if french else f"In scope, item {n_in}"
            choices.append(ClauseChoice("scope_in", ref, item.text))
        else:
            n_out += 1
            ref = f"Hors périmètre, point {n_out}" if french else f"Out of scope, item {n_out}"
            choices.append(ClauseChoice("scope_out", ref, item.text))
    for index, milestone in enumerate(terms.milestones, start=1):
        ref = (f"Jalon {index} — " if french else f"Milestone {index} — ") + milestone.name
        text = milestone.name
        if milestone.due_date:
            text += f" ({milestone.due_date.isoformat()})"
        if milestone.deliverable:
            text += (" : " if french else ": ") + milestone.deliverable
        choices.append(ClauseChoice("milestone", ref[:60], text))
    obligations = (
        (terms.client_contact_name, "Interlocuteur du client", "Client's contact"),
        (terms.client_meetings, "Présence aux réunions", "Attendance at meetings"),
        (
            "" if terms.response_days is None else str(terms.response_days),
            "Délai de réponse (jours)",
            "Response time (days)",
        ),
        (terms.client_data_to_provide, "Données à fournir", "Data to provide"),
    )
    for value, label_fr, label_en in obligations:
        if value:
            prefix = "Obligations du client — " if french else "Client obligations — "
            ref = prefix + (label_fr if french else label_en)
            choices.append(ClauseChoice("client_obligation", ref[:60], value))
    return tuple(choices)


def _default_recourse(terms: ScopingTerms | None, language: Language) -> str:
    """The mediation named in the contract's remedies, when there is one."""
    if terms is None:
        return ""
    if terms.mediator:
        return (
            f"Médiation : {terms.mediator}"
            if language is Language.FR
            else f"Mediation: {terms.mediator}"
        )
    return terms.amicable_settlement


def engagement_clauses(db: Database, engagement_id: int) -> tuple[ClauseChoice, ...]:
    """The points of an engagement's signed terms a new episode can touch (the quick log
    shows them beside the form before the episode exists); none without signed terms."""
    with db.session() as session:
        engagement = get_or_raise(session, Engagement, engagement_id)
        client = session.get(Client, engagement.client_id)
        assert client is not None  # a foreign key
        signed = signed_terms(session, engagement.id)
        terms = terms_of(signed) if signed is not None else None
        return _clauses(terms, Language.parse(client.language))


def get_episode_view(
    db: Database,
    episode_id: int,
    *,
    today: date | None = None,
    language: Language | None = None,
) -> EpisodeView:
    """The episode in full. ``language`` is the user's, for the default recourse text;
    clause references are in the client's language, as the contract they point at."""
    today = today or _now().date()
    with db.session() as session:
        episode = get_or_raise(session, Episode, episode_id)
        engagement = session.get(Engagement, episode.engagement_id)
        assert engagement is not None  # a foreign key
        client = session.get(Client, engagement.client_id)
        assert client is not None
        events = session.scalars(
            select(EpisodeEvent)
            .where(EpisodeEvent.episode_id == episode_id)
            .order_by(EpisodeEvent.occurred_at, EpisodeEvent.id)
        ).all()
        meetings = session.execute(
            select(Meeting.id, Meeting.held_at, Meeting.points_discussed).where(
                Meeting.episode_id == episode_id
            )
        ).all()
        signed = signed_terms(session, engagement.id)
        terms = terms_of(signed) if signed is not None else None
        offer_ids = tuple(offer.id for offer in episode.offers)
        entries = [
            TimelineEntry(
                kind=event.kind,
                occurred_at=event.occurred_at,
                notes=event.notes,
                next_due=event.next_due,
                stage=event.stage,
                stage_to=event.stage_to,
                channel=event.channel,
                event_id=event.id,
            )
            for event in events
        ]
        entries += [
            TimelineEntry(
                kind=EventKind.MEETING.value,
                occurred_at=held_at,
                notes=points,
                channel=Channel.IN_PERSON.value,
                meeting_id=meeting_id,
            )
            for meeting_id, held_at, points in meetings
        ]
        entries.sort(key=lambda entry: entry.occurred_at)
        closed = episode.stage == EpisodeStage.CLOSED.value
        client_language = Language.parse(client.language)
        return EpisodeView(
            id=episode.id,
            version=episode.version,
            engagement_id=engagement.id,
            engagement_reference=engagement.reference,
            engagement_title=engagement.title,
            client_name=client.name,
            client_language=client_language.value,
            facts=_facts_of(episode),
            stage=episode.stage,
            ticked=frozenset(episode.checks.split()),
            resolution=episode.resolution,
            lessons=episode.lessons,
            preventive_measure=episode.preventive_measure,
            client_confirmed_on=episode.client_confirmed_on,
            confirmation_channel=episode.confirmation_channel,
            satisfaction=episode.satisfaction,
            recourse=episode.recourse,
            closed_at=episode.closed_at,
            ack_due_on=episode.ack_due_on,
            acknowledged_on=episode.acknowledged_on,
            next_due_on=episode.next_due_on,
            due_on=episode.due_on,
            overdue=due_dates.is_overdue(episode.due_on, today, closed=closed),
            due_this_week=due_dates.is_due_this_week(episode.due_on, today, closed=closed),
            timeline=tuple(entries),
            clauses=_clauses(terms, client_language),
            default_recourse=_default_recourse(terms, language or current_language()),
            offer_ids=offer_ids,
        )


# --- The playbook -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MoveResult:
    version: int
    warnings: tuple[PlaybookWarning, ...]


def set_check(
    db: Database,
    episode_id: int,
    key: str,
    ticked: bool,
    *,
    expected_version: int | None = None,
) -> int:
    """Tick (or untick) a playbook check; returns the new version."""
    if key not in playbook.ALL_CHECK_KEYS:
        choices = ", ".join(sorted(playbook.ALL_CHECK_KEYS))
        raise ValidationError("episode.checks", "invalid_choice", value=key, choices=choices)
    with db.transaction() as session:
        episode = get_or_raise(session, Episode, episode_id)
        _check_fresh(episode, expected_version)
        keys = set(episode.checks.split())
        if ticked:
            keys.add(key)
        else:
            keys.discard(key)
        episode.checks = " ".join(sorted(keys))
        session.flush()
        return episode.version


def _event_facts(session: Session, episode_id: int) -> list[EventFact]:
    rows = session.execute(
        select(
            EpisodeEvent.kind, EpisodeEvent.occurred_at, EpisodeEvent.stage, EpisodeEvent.channel
        ).where(EpisodeEvent.episode_id == episode_id)
    ).all()
    return [EventFact(kind, at, stage, channel) for kind, at, stage, channel in rows]


def _warnings(session: Session, episode: Episode, target: EpisodeStage) -> list[PlaybookWarning]:
    return playbook.transition_warnings(
        episode.stage,
        target,
        set(episode.checks.split()),
        _event_facts(session, episode.id),
        mediator_needed=episode.mediator_needed,
        personal=episode.emotion == Emotion.PERSONAL.value,
    )


_PAST_ACKNOWLEDGE = frozenset(
    playbook.STAGES[playbook.STAGES.index(EpisodeStage.ACKNOWLEDGE) + 1 :]
)


def _move(
    session: Session,
    episode: Episode,
    target: EpisodeStage,
    kind: EventKind,
    notes: str,
    at: datetime,
) -> None:
    session.add(
        EpisodeEvent(
            episode_id=episode.id,
            kind=kind.value,
            occurred_at=at,
            notes=notes,
            stage=episode.stage,
            stage_to=target.value,
        )
    )
    episode.stage = target.value
    if target in _PAST_ACKNOWLEDGE and episode.acknowledged_on is None:
        episode.acknowledged_on = at.date()
    _touch(episode)
    session.flush()


def advance(
    db: Database,
    episode_id: int,
    target: EpisodeStage | str,
    *,
    note: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> MoveResult:
    """Move to ``target`` (forward, back, or closed through ``close_episode``); never refuses
    for playbook reasons, returns what the move left behind."""
    goal = clean_choice("episode.stage", target, EpisodeStage)
    if goal is EpisodeStage.CLOSED:
        raise ValidationError(
            "episode.stage",
            "invalid_choice",
            value=goal.value,
            choices=", ".join(stage.value for stage in playbook.WORKING_STAGES),
        )
    notes = clean_long_text("event.notes", note)
    when = _instant("event.occurred_at", at) if at is not None else _now()
    with db.transaction() as session:
        episode = get_or_raise(session, Episode, episode_id)
        _check_fresh(episode, expected_version)
        warnings = _warnings(session, episode, goal)
        if episode.stage != goal.value:
            _move(session, episode, goal, EventKind.STAGE, notes, when)
        _refresh_due(session, episode)
        session.flush()
        return MoveResult(episode.version, tuple(warnings))


# --- Timeline ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventInput:
    kind: str
    occurred_at: datetime
    notes: str = ""
    next_due: date | str | None = None
    channel: str = ""

    def cleaned(self) -> EventInput:
        kind = clean_choice("event.kind", self.kind, EventKind)
        if kind not in USER_EVENT_KINDS:
            choices = ", ".join(k.value for k in USER_EVENT_KINDS)
            raise ValidationError("event.kind", "invalid_choice", value=kind.value, choices=choices)
        channel = clean_choice("event.channel", self.channel, Channel).value if self.channel else ""
        return EventInput(
            kind=kind.value,
            occurred_at=_instant("event.occurred_at", self.occurred_at),
            notes=clean_long_text("event.notes", self.notes),
            next_due=parse_date("event.next_due", self.next_due),
            channel=channel,
        )


def _acknowledging(event: EventInput) -> bool:
    return event.kind == EventKind.APOLOGY.value


def add_event(
    db: Database, episode_id: int, data: EventInput, *, expected_version: int | None = None
) -> int:
    """A step of the timeline, recorded at the episode's current stage; returns its id."""
    clean = data.cleaned()
    with db.transaction() as session:
        episode = get_or_raise(session, Episode, episode_id)
        _check_fresh(episode, expected_version)
        event = EpisodeEvent(
            episode_id=episode.id,
            kind=clean.kind,
            occurred_at=clean.occurred_at,
            notes=clean.notes,
            next_due=clean.next_due if isinstance(clean.next_due, date) else None,
            stage=episode.stage,
            channel=clean.channel,
        )
        session.add(event)
        if _acknowledging(clean) and episode.acknowledged_on is None:
            episode.acknowledged_on = clean.occurred_at.date()
        session.flush()
        _touch(episode)
        _refresh_due(session, episode)
        session.flush()
        return event.id


def _own_event(session: Session, event_id: int) -> tuple[EpisodeEvent, Episode]:
    event = get_or_raise(session, EpisodeEvent, event_id)
    if event.kind not in USER_EVENT_KINDS:
        choices = ", ".join(k.value for k in USER_EVENT_KINDS)
        raise ValidationError("event.kind", "invalid_choice", value=event.kind, choices=choices)
    episode = get_or_raise(session, Episode, event.episode_id)
    return event, episode


def edit_event(
    db: Database, event_id: int, data: EventInput, *, expected_version: int | None = None
) -> int:
    """Change one of the user's events; ``expected_version`` is the episode's. Returns the
    episode's new version."""
    clean = data.cleaned()
    with db.transaction() as session:
        event, episode = _own_event(session, event_id)
        _check_fresh(episode, expected_version)
        event.kind = clean.kind
        event.occurred_at = clean.occurred_at
        event.notes = clean.notes
        event.next_due = clean.next_due if isinstance(clean.next_due, date) else None
        event.channel = clean.channel
        session.flush()
        _touch(episode)
        _refresh_due(session, episode)
        session.flush()
        return episode.version


def delete_event(db: Database, event_id: int, *, expected_version: int | None = None) -> int:
    """Remove one of the user's events; returns the episode's new version."""
    with db.transaction() as session:
        event, episode = _own_event(session, event_id)
        _check_fresh(episode, expected_version)
        session.delete(event)
        session.flush()
        _touch(episode)
        _refresh_due(session, episode)
        session.flush()
        return episode.version


# --- Closing and reopening --------------------------------------------------------------------


@dataclass(frozen=True)
class Closing:
    resolution: str
    client_confirmed_on: date | str | None = None
    confirmation_channel: str = ""
    satisfaction: int | str | None = None
    lessons: str = ""
    preventive_measure: str = ""
    recourse: str = ""

    def cleaned(self) -> Closing:
        satisfaction = parse_int("episode.satisfaction", self.satisfaction, maximum=5)
        if satisfaction is not None and satisfaction < 1:
            raise ValidationError("episode.satisfaction", "out_of_range", low=1, high=5)
        channel = self.confirmation_channel
        return Closing(
            resolution=clean_long_text("episode.resolution", self.resolution),
            client_confirmed_on=parse_date("episode.client_confirmed_on", self.client_confirmed_on),
            confirmation_channel=(
                clean_choice("episode.confirmation_channel", channel, Channel).value
                if channel
                else ""
            ),
            satisfaction=satisfaction,
            lessons=clean_long_text("episode.lessons", self.lessons),
            preventive_measure=clean_long_text(
                "episode.preventive_measure", self.preventive_measure
            ),
            recourse=clean_long_text("episode.recourse", self.recourse),
        )


def close_episode(
    db: Database,
    episode_id: int,
    data: Closing,
    *,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> MoveResult:
    """Close the episode with its outcome; warns (never refuses) when the client has not
    confirmed, and of whatever the playbook leaves behind."""
    clean = data.cleaned()
    when = _instant("event.occurred_at", at) if at is not None else _now()
    with db.transaction() as session:
        episode = get_or_raise(session, Episode, episode_id)
        _check_fresh(episode, expected_version)
        warnings = _warnings(session, episode, EpisodeStage.CLOSED)
        if clean.client_confirmed_on is None:
            warnings.append(PlaybookWarning(WarningKind.UNCONFIRMED))
        episode.resolution = clean.resolution
        episode.client_confirmed_on = (
            clean.client_confirmed_on if isinstance(clean.client_confirmed_on, date) else None
        )
        episode.confirmation_channel = clean.confirmation_channel
        episode.satisfaction = clean.satisfaction if isinstance(clean.satisfaction, int) else None
        episode.lessons = clean.lessons
        episode.preventive_measure = clean.preventive_measure
        episode.recourse = clean.recourse
        episode.closed_at = when
        if episode.stage != EpisodeStage.CLOSED.value:
            _move(session, episode, EpisodeStage.CLOSED, EventKind.CLOSING, clean.resolution, when)
        _refresh_due(session, episode)
        session.flush()
        return MoveResult(episode.version, tuple(warnings))


def reopen_episode(
    db: Database,
    episode_id: int,
    *,
    note: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> int:
    """Reopen a closed episode at the stage it was closed from (follow up when unknown);
    recorded on the timeline. Returns the new version."""
    notes = clean_long_text("event.notes", note)
    when = _instant("event.occurred_at", at) if at is not None else _now()
    with db.transaction() as session:
        episode = get_or_raise(session, Episode, episode_id)
        _check_fresh(episode, expected_version)
        if episode.stage != EpisodeStage.CLOSED.value:
            raise ValidationError(
                "episode.stage",
                "invalid_transition",
                current=episode.stage,
                target=EpisodeStage.FOLLOW_UP.value,
            )
        closed_from = session.scalars(
            select(EpisodeEvent.stage)
            .where(
                EpisodeEvent.episode_id == episode.id,
                EpisodeEvent.stage_to == EpisodeStage.CLOSED.value,
                EpisodeEvent.stage != "",
            )
            .order_by(EpisodeEvent.occurred_at.desc(), EpisodeEvent.id.desc())
        ).first()
        target = EpisodeStage(closed_from or EpisodeStage.FOLLOW_UP.value)
        episode.closed_at = None
        _move(session, episode, target, EventKind.REOPENING, notes, when)
        _refresh_due(session, episode)
        session.flush()
        return episode.version


# --- Due dates --------------------------------------------------------------------------------


def overdue_count(db: Database, *, today: date | None = None) -> int:
    """How many open episodes are overdue (the main window says so at start)."""
    today = today or _now().date()
    with db.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Episode)
                .where(Episode.stage != EpisodeStage.CLOSED.value, Episode.due_on < today)
            )
            or 0
        )


def recompute_due_dates(db: Database, ack_days: Mapping[str, int]) -> int:
    """Every open episode's acknowledgement due date with new delays; returns how many."""
    with db.transaction() as session:
        episodes: Sequence[Episode] = session.scalars(
            select(Episode).where(Episode.stage != EpisodeStage.CLOSED.value)
        ).all()
        for episode in episodes:
            _refresh_due(session, episode, ack_days)
        return len(episodes)
