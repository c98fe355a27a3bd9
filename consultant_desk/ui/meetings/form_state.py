"""What the meeting dialog holds, as plain values: compared, saved as a draft, sent to the
services.

A :class:`MeetingForm` is the dialog's whole content at one moment. Two forms compare equal
when the user would see the same thing, so "unsaved changes" is a comparison with the form as
last loaded or saved; the draft file is the form as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from consultant_desk.domain.enums import MeetingMode
from consultant_desk.services.meetings import ActionItemData, AttendeeData, MeetingData

if TYPE_CHECKING:
    from consultant_desk.services.meetings import MeetingRow


@dataclass(frozen=True)
class AttendeeLine:
    name: str = ""
    role: str = ""
    organisation: str = ""

    def is_blank(self) -> bool:
        return not (self.name.strip() or self.role.strip() or self.organisation.strip())

    def to_data(self) -> AttendeeData:
        return AttendeeData(name=self.name, role=self.role, organisation=self.organisation)


@dataclass(frozen=True)
class ActionLine:
    owner: str = ""
    what: str = ""
    due: date | None = None

    def is_blank(self) -> bool:
        return not (self.owner.strip() or self.what.strip()) and self.due is None

    def to_data(self) -> ActionItemData:
        return ActionItemData(owner=self.owner, what=self.what, due_date=self.due)


def _minute(value: datetime) -> datetime:
    """An aware UTC instant to the minute: what the dialog's date and time field can show."""
    return value.astimezone(UTC).replace(second=0, microsecond=0)


@dataclass(frozen=True)
class MeetingForm:
    engagement_id: int | None
    held_at: datetime
    mode: str = MeetingMode.IN_PERSON.value
    episode_id: int | None = None
    place: str = ""
    attendees: tuple[AttendeeLine, ...] = ()
    points_discussed: str = ""
    client_expressed: str = ""
    acknowledged: str = ""
    agreed_solution: str = ""
    action_items: tuple[ActionLine, ...] = field(default=())
    next_steps: str = ""
    follow_up_date: date | None = None
    consultant_signer: str = ""
    client_signer: str = ""
    sign_place: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "held_at", _minute(self.held_at))

    # -- to and from the services -----------------------------------------------------------

    def to_data(self) -> MeetingData:
        return MeetingData(
            # 0 is no engagement: the service answers with "engagement required".
            engagement_id=self.engagement_id or 0,
            held_at=self.held_at,
            mode=self.mode,
            episode_id=self.episode_id,
            place=self.place,
            attendees=tuple(line.to_data() for line in self.attendees),
            points_discussed=self.points_discussed,
            client_expressed=self.client_expressed,
            acknowledged=self.acknowledged,
            agreed_solution=self.agreed_solution,
            next_steps=self.next_steps,
            follow_up_date=self.follow_up_date,
            action_items=tuple(line.to_data() for line in self.action_items),
            consultant_signer=self.consultant_signer,
            client_signer=self.client_signer,
            sign_place=self.sign_place,
        )

    @classmethod
    def from_meeting(cls, meeting: MeetingRow) -> MeetingForm:
        return cls(
            engagement_id=meeting.engagement_id,
            held_at=meeting.held_at,
            mode=meeting.mode,
            episode_id=meeting.episode_id,
            place=meeting.place,
            attendees=tuple(
                AttendeeLine(a.name, a.role, a.organisation) for a in meeting.attendees
            ),
            points_discussed=meeting.points_discussed,
            client_expressed=meeting.client_expressed,
            acknowledged=meeting.acknowledged,
            agreed_solution=meeting.agreed_solution,
            action_items=tuple(
                ActionLine(item.owner, item.what, item.due_date) for item in meeting.action_items
            ),
            next_steps=meeting.next_steps,
            follow_up_date=meeting.follow_up_date,
            consultant_signer=meeting.consultant_signer,
            client_signer=meeting.client_signer,
            sign_place=meeting.sign_place,
        )

    # -- JSON, for drafts ---------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "engagement_id": self.engagement_id,
            "held_at": self.held_at.isoformat(),
            "mode": self.mode,
            "episode_id": self.episode_id,
            "place": self.place,
            "attendees": [[a.name, a.role, a.organisation] for a in self.attendees],
            "points_discussed": self.points_discussed,
            "client_expressed": self.client_expressed,
            "acknowledged": self.acknowledged,
            "agreed_solution": self.agreed_solution,
            "action_items": [
                [a.owner, a.what, a.due.isoformat() if a.due else None] for a in self.action_items
            ],
            "next_steps": self.next_steps,
            "follow_up_date": self.follow_up_date.isoformat() if self.follow_up_date else None,
            "consultant_signer": self.consultant_signer,
            "client_signer": self.client_signer,
            "sign_place": self.sign_place,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MeetingForm:
        """The form a draft holds; ValueError (or KeyError, TypeError) when it is damaged."""
        held_at = datetime.fromisoformat(str(data["held_at"]))
        if held_at.tzinfo is None:
            held_at = held_at.replace(tzinfo=UTC)
        return cls(
            engagement_id=_optional_int(data.get("engagement_id")),
            held_at=held_at,
            mode=str(data.get("mode") or MeetingMode.IN_PERSON.value),
            episode_id=_optional_int(data.get("episode_id")),
            place=_text(data.get("place")),
            attendees=tuple(
                AttendeeLine(_text(name), _text(role), _text(organisation))
                for name, role, organisation in data.get("attendees") or []
            ),
            points_discussed=_text(data.get("points_discussed")),
            client_expressed=_text(data.get("client_expressed")),
            acknowledged=_text(data.get("acknowledged")),
            agreed_solution=_text(data.get("agreed_solution")),
            action_items=tuple(
                ActionLine(_text(owner), _text(what), _optional_date(due))
                for owner, what, due in data.get("action_items") or []
            ),
            next_steps=_text(data.get("next_steps")),
            follow_up_date=_optional_date(data.get("follow_up_date")),
            consultant_signer=_text(data.get("consultant_signer")),
            client_signer=_text(data.get("client_signer")),
            sign_place=_text(data.get("sign_place")),
        )


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _optional_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"not an id: {value!r}")
    return int(value)


def _optional_date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None
