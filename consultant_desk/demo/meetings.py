"""Meetings: kick-offs and steering committees, and the meetings held about an episode, with
their attendees and action items."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from consultant_desk.demo import texts as txt
from consultant_desk.demo.records import (
    EngagementPlan,
    EpisodePlan,
    MeetingPlan,
    Person,
    Row,
)
from consultant_desk.demo.scoping import ScopingPart
from consultant_desk.domain.enums import (
    EngagementStatus,
    MeetingMode,
)
from consultant_desk.store.models import (
    ActionItem,
    Meeting,
    MeetingAttendee,
)

MODE_WEIGHTS = {MeetingMode.IN_PERSON: 0.6, MeetingMode.VIDEO: 0.3, MeetingMode.PHONE: 0.1}


class MeetingsPart(ScopingPart):
    # --- Meetings

    def _episode_meeting(
        self,
        episode: EpisodePlan,
        contact: Person,
        held: datetime,
        *,
        upcoming: bool,
        texts: tuple[str, str, str] | None,
    ) -> MeetingPlan:
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
        engagement: EngagementPlan,
        held: datetime,
        people: list[Person],
        *,
        upcoming: bool,
    ) -> MeetingPlan:
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
        return MeetingPlan(row, attendees, self._action_items(engagement, held, people, upcoming))

    def _action_items(
        self, engagement: EngagementPlan, held: datetime, people: list[Person], upcoming: bool
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

    def _write_meetings(self, session: Session, meetings: list[MeetingPlan]) -> None:
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
        meetings: list[MeetingPlan] = []
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
