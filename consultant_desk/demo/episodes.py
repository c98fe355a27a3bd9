"""Dissatisfaction episodes: who, when, what, how far along the playbook, and their timeline."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from consultant_desk.demo import texts as txt
from consultant_desk.demo.offers import OffersPart
from consultant_desk.demo.records import (
    CLOSED,
    CO_BUILD,
    EXPLAIN,
    FOLLOW_UP,
    FORMALIZE,
    LEARN,
    STAGES,
    EngagementPlan,
    EpisodeDetail,
    EpisodePlan,
    MeetingPlan,
    Row,
)
from consultant_desk.domain.due_dates import acknowledgement_due, next_action_due, pending_due
from consultant_desk.domain.enums import (
    Channel,
    Emotion,
    EngagementStatus,
    EpisodeStage,
    EventKind,
    OfferStatus,
    Severity,
)
from consultant_desk.store.models import (
    Episode,
    EpisodeEvent,
    RemediationOffer,
)

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


class EpisodesPart(OffersPart):
    # --- Episodes: who, when, what, and how far along the playbook

    def _plan_episodes(self) -> None:
        eligible: list[tuple[EngagementPlan, tuple[date, date]]] = []
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
            episode = EpisodePlan(
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

    def _plan_crises(
        self, eligible: list[tuple[EngagementPlan, tuple[date, date]]]
    ) -> list[EpisodePlan]:
        """One incident, several clients hit at once: the crisis view of the articles."""
        episodes: list[EpisodePlan] = []
        for number in range(self.plan.crises):
            template = txt.CRISES[number % len(txt.CRISES)]
            for _attempt in range(30):
                # The first crisis is recent, still being handled; the others are history.
                if number == 0:
                    day = self.today - self._days(4, 25)
                else:
                    day = self.today - self._days(30, 900)
                hit: dict[int, EngagementPlan] = {}
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
                episode = EpisodePlan(
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

    def _stage(self, episode: EpisodePlan) -> int:
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

    def _cover_stages(self, episodes: list[EpisodePlan]) -> None:
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

    # --- Episodes: the rows, their timeline, meetings and offers

    def _write_episodes(self, session: Session) -> None:
        episode_rows: list[Row] = []
        details: list[EpisodeDetail] = []
        for episode in self.episodes:
            row, detail = self._episode(episode)
            _set_due_dates(row, detail.events)
            episode_rows.append(row)
            details.append(detail)
        ids = self._insert_ids(session, Episode, episode_rows, ("engagement_id", "surfaced_at"))
        events: list[Row] = []
        offers: list[Row] = []
        meetings: list[MeetingPlan] = []
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

    def _episode(self, episode: EpisodePlan) -> tuple[Row, EpisodeDetail]:
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
        meeting: MeetingPlan | None = None
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
        return row, EpisodeDetail(events, offer, meeting)

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


# Stages after "acknowledge": an episode there has been acknowledged.
ACKNOWLEDGED = frozenset(stage.value for stage in STAGES[EXPLAIN:])


def _set_due_dates(row: Row, events: list[Row]) -> None:
    """The due dates the services keep for an episode, for one built in bulk.

    An open episode's last step plans the next a week later: the ones left alone since show
    as overdue, as they would in real use.
    """
    closed = row["stage"] == EpisodeStage.CLOSED.value
    if events and not closed and events[-1]["next_due"] is None:
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
    row["due_on"] = None if closed else pending_due(ack_due, acknowledged, next_due)
