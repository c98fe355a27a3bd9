"""Feedback: asked for at the end of engagements, given or not."""

from __future__ import annotations

from sqlalchemy.orm import Session

from consultant_desk.demo import texts as txt
from consultant_desk.demo.episodes import EpisodesPart
from consultant_desk.demo.records import (
    FEEDBACK_MAX,
    Row,
)
from consultant_desk.domain.enums import (
    Channel,
    EngagementStatus,
)
from consultant_desk.store.models import (
    Feedback,
)

FEEDBACK_CHANNELS = {
    Channel.SURVEY: 0.45,
    Channel.EMAIL: 0.25,
    Channel.IN_PERSON: 0.2,
    Channel.PHONE: 0.1,
}


class FeedbackPart(EpisodesPart):
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
