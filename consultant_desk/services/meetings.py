"""Use cases on meetings: record one, its attendees and action items, and its signatures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from consultant_desk.domain.enums import MeetingMode
from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.signature import Signature
from consultant_desk.domain.validation import (
    clean_choice,
    clean_long_text,
    clean_text,
    parse_date,
)
from consultant_desk.services.common import check_version, get_or_raise
from consultant_desk.store.database import Database
from consultant_desk.store.models import (
    ActionItem,
    Engagement,
    Episode,
    Meeting,
    MeetingAttendee,
)

MAX_ROWS = 500


@dataclass(frozen=True)
class AttendeeData:
    name: str
    role: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class ActionItemData:
    owner: str
    what: str
    due_date: date | str | None = None
    done: bool = False


@dataclass(frozen=True)
class MeetingData:
    engagement_id: int
    held_at: datetime
    mode: str = MeetingMode.IN_PERSON.value
    episode_id: int | None = None
    place: str = ""
    attendees: tuple[AttendeeData, ...] = ()
    points_discussed: str = ""
    client_expressed: str = ""
    acknowledged: str = ""
    agreed_solution: str = ""
    next_steps: str = ""
    follow_up_date: date | str | None = None
    action_items: tuple[ActionItemData, ...] = field(default=())
    consultant_signer: str = ""
    client_signer: str = ""
    sign_place: str = ""

    def cleaned(self) -> MeetingData:
        if not isinstance(self.held_at, datetime) or self.held_at.tzinfo is None:
            raise ValidationError("meeting.held_at", "required")
        parse_date("meeting.held_at", self.held_at.date())
        if len(self.attendees) > MAX_ROWS or len(self.action_items) > MAX_ROWS:
            raise ValidationError(
                "action.what", "too_long", max=MAX_ROWS, length=len(self.action_items)
            )
        return MeetingData(
            engagement_id=self.engagement_id,
            held_at=self.held_at,
            mode=clean_choice("meeting.mode", self.mode, MeetingMode).value,
            episode_id=self.episode_id,
            place=clean_text("meeting.place", self.place),
            attendees=tuple(
                AttendeeData(
                    name=clean_text("attendee.name", a.name, required=True),
                    role=clean_text("attendee.role", a.role, max_length=120),
                    organisation=clean_text("attendee.organisation", a.organisation),
                )
                for a in self.attendees
            ),
            points_discussed=clean_long_text("meeting.points_discussed", self.points_discussed),
            client_expressed=clean_long_text("meeting.client_expressed", self.client_expressed),
            acknowledged=clean_long_text("meeting.acknowledged", self.acknowledged),
            agreed_solution=clean_long_text("meeting.agreed_solution", self.agreed_solution),
            next_steps=clean_long_text("meeting.next_steps", self.next_steps),
            follow_up_date=parse_date("meeting.follow_up_date", self.follow_up_date),
            action_items=tuple(
                ActionItemData(
                    owner=clean_text("action.owner", item.owner),
                    what=clean_long_text("action.what", item.what, required=True),
                    due_date=parse_date("action.due_date", item.due_date),
                    done=bool(item.done),
                )
                for item in self.action_items
            ),
            consultant_signer=clean_text("meeting.consultant_signer", self.consultant_signer),
            client_signer=clean_text("meeting.client_signer", self.client_signer),
            sign_place=clean_text("meeting.sign_place", self.sign_place, max_length=120),
        )


@dataclass(frozen=True)
class AttendeeRow:
    name: str
    role: str
    organisation: str


@dataclass(frozen=True)
class ActionItemRow:
    owner: str
    what: str
    due_date: date | None
    done: bool


@dataclass(frozen=True)
class MeetingRow:
    """A meeting as the screens and the report read it, with its engagement's names."""

    id: int
    version: int
    engagement_id: int
    engagement_reference: str
    engagement_title: str
    client_name: str
    client_language: str
    episode_id: int | None
    held_at: datetime
    mode: str
    place: str
    attendees: tuple[AttendeeRow, ...]
    points_discussed: str
    client_expressed: str
    acknowledged: str
    agreed_solution: str
    next_steps: str
    follow_up_date: date | None
    action_items: tuple[ActionItemRow, ...]
    consultant_signer: str
    client_signer: str
    sign_place: str
    consultant_signature: str | None
    client_signature: str | None


def _row(meeting: Meeting) -> MeetingRow:
    engagement = meeting.engagement
    return MeetingRow(
        id=meeting.id,
        version=meeting.version,
        engagement_id=meeting.engagement_id,
        engagement_reference=engagement.reference,
        engagement_title=engagement.title,
        client_name=engagement.client.name,
        client_language=engagement.client.language,
        episode_id=meeting.episode_id,
        held_at=meeting.held_at,
        mode=meeting.mode,
        place=meeting.place,
        attendees=tuple(AttendeeRow(a.name, a.role, a.organisation) for a in meeting.attendees),
        points_discussed=meeting.points_discussed,
        client_expressed=meeting.client_expressed,
        acknowledged=meeting.acknowledged,
        agreed_solution=meeting.agreed_solution,
        next_steps=meeting.next_steps,
        follow_up_date=meeting.follow_up_date,
        action_items=tuple(
            ActionItemRow(i.owner, i.what, i.due_date, i.done) for i in meeting.action_items
        ),
        consultant_signer=meeting.consultant_signer,
        client_signer=meeting.client_signer,
        sign_place=meeting.sign_place,
        consultant_signature=meeting.consultant_signature,
        client_signature=meeting.client_signature,
    )


_SCALARS = (
    "held_at",
    "mode",
    "episode_id",
    "place",
    "points_discussed",
    "client_expressed",
    "acknowledged",
    "agreed_solution",
    "next_steps",
    "follow_up_date",
    "consultant_signer",
    "client_signer",
    "sign_place",
)


def _apply(meeting: Meeting, data: MeetingData) -> None:
    for name in _SCALARS:
        setattr(meeting, name, getattr(data, name))
    meeting.attendees = [
        MeetingAttendee(position=i, name=a.name, role=a.role, organisation=a.organisation)
        for i, a in enumerate(data.attendees)
    ]
    meeting.action_items = [
        ActionItem(
            position=i,
            owner=item.owner,
            what=item.what,
            due_date=item.due_date if isinstance(item.due_date, date) else None,
            done=item.done,
        )
        for i, item in enumerate(data.action_items)
    ]


def _check_links(db_session: Session, data: MeetingData) -> None:
    if db_session.get(Engagement, data.engagement_id) is None:
        raise ValidationError("meeting.engagement", "required")
    if data.episode_id is not None:
        episode = db_session.get(Episode, data.episode_id)
        if episode is None or episode.engagement_id != data.engagement_id:
            raise ValidationError(
                "meeting.episode", "invalid_choice", value=data.episode_id, choices="-"
            )


def create_meeting(db: Database, data: MeetingData) -> MeetingRow:
    clean = data.cleaned()
    with db.transaction() as session:
        _check_links(session, clean)
        meeting = Meeting(engagement_id=clean.engagement_id)
        _apply(meeting, clean)
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    return get_meeting(db, meeting_id)


def update_meeting(
    db: Database, meeting_id: int, data: MeetingData, *, expected_version: int | None = None
) -> MeetingRow:
    clean = data.cleaned()
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id)
        check_version(meeting, expected_version)
        if meeting.consultant_signature or meeting.client_signature:
            # Changing a report someone signed would make the signature vouch for other words.
            raise ValidationError("meeting.points_discussed", "signed_document")
        _check_links(session, clean)
        _apply(meeting, clean)
    return get_meeting(db, meeting_id)


def sign_meeting(
    db: Database,
    meeting_id: int,
    *,
    consultant: Signature | None,
    client: Signature | None,
    expected_version: int | None = None,
) -> MeetingRow:
    """Record the signatures drawn on screen (None leaves that block blank, for ink)."""
    with db.transaction() as session:
        meeting = get_or_raise(session, Meeting, meeting_id)
        check_version(meeting, expected_version)
        meeting.consultant_signature = None if consultant is None else consultant.to_json()
        meeting.client_signature = None if client is None else client.to_json()
    return get_meeting(db, meeting_id)


def _full() -> tuple[Any, ...]:
    return (
        selectinload(Meeting.attendees),
        selectinload(Meeting.action_items),
        selectinload(Meeting.engagement).selectinload(Engagement.client),
    )


def get_meeting(db: Database, meeting_id: int) -> MeetingRow:
    with db.session() as session:
        meeting = session.scalars(
            select(Meeting).where(Meeting.id == meeting_id).options(*_full())
        ).one_or_none()
        if meeting is None:
            get_or_raise(session, Meeting, meeting_id)
        assert meeting is not None
        return _row(meeting)


def list_meetings(db: Database, engagement_id: int | None = None) -> list[MeetingRow]:
    query = select(Meeting).options(*_full()).order_by(Meeting.held_at.desc())
    if engagement_id is not None:
        query = query.where(Meeting.engagement_id == engagement_id)
    with db.session() as session:
        return [_row(meeting) for meeting in session.scalars(query)]
