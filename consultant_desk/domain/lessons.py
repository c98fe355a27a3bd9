"""Lessons from past dissatisfaction, shown on the scoping page they concern.

Repeated episodes of one kind call for a decision: when the client, or the consultant's other
clients, were unhappy before, the wizard page where it could have been prevented says so and
suggests what to write this time (three delays: the deadlines page suggests a buffer and a
responsiveness clause).

- The client's own episodes count whatever their age, from the first one.
- Episodes with other clients count when they are recent (``history_months``) and frequent
  (``history_threshold``): one old incident elsewhere is no pattern.

Pure: standard library and the rest of the domain only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from consultant_desk.domain import scoping_messages
from consultant_desk.domain.enums import EpisodeCategory
from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.scoping import ClauseKind, IssueSeverity, Section

HISTORY_MONTHS = 24
HISTORY_THRESHOLD = 3
MAX_MEASURES = 3

# Where each kind of dissatisfaction could have been prevented.
CATEGORY_SECTIONS: dict[EpisodeCategory, tuple[Section, ...]] = {
    EpisodeCategory.DELAY: (Section.DEADLINES,),
    EpisodeCategory.PLANNING: (Section.DEADLINES,),
    EpisodeCategory.BILLING: (Section.FINANCIAL,),
    EpisodeCategory.COMMUNICATION: (Section.CLIENT_OBLIGATIONS,),
    EpisodeCategory.ORGANISATION: (Section.CLIENT_OBLIGATIONS,),
    EpisodeCategory.QUALITY: (Section.STAKES, Section.SCOPE),
    EpisodeCategory.RESULT: (Section.STAKES, Section.SCOPE),
    EpisodeCategory.ERROR: (Section.STAKES, Section.SCOPE),
    EpisodeCategory.BEHAVIOUR: (Section.REMEDIES,),
}

SECTION_ADVICE: dict[Section, str] = {
    Section.DEADLINES: "advice_deadlines",
    Section.FINANCIAL: "advice_financial",
    Section.CLIENT_OBLIGATIONS: "advice_client_obligations",
    Section.STAKES: "advice_stakes",
    Section.SCOPE: "advice_scope",
    Section.REMEDIES: "advice_remedies",
}

# The clause of the library worth offering next to the lesson, if any.
SECTION_CLAUSES: dict[Section, ClauseKind] = {
    Section.FINANCIAL: ClauseKind.LATE_PAYMENT,
    Section.SCOPE: ClauseKind.CHANGE_REQUEST,
    Section.REMEDIES: ClauseKind.REMEDIES,
}


class LessonScope(StrEnum):
    CLIENT = "client"  # this client's own episodes
    HISTORY = "history"  # episodes with the consultant's other clients


@dataclass(frozen=True)
class PastEpisode:
    """What a lesson needs to know about one episode."""

    category: str
    client_id: int
    engagement_id: int
    surfaced_on: date
    preventive_measure: str = ""


@dataclass(frozen=True)
class Lesson:
    """A warning for one wizard page: how many episodes of one kind, and what to do."""

    section: Section
    category: EpisodeCategory
    scope: LessonScope
    count: int
    last_on: date
    history_months: int = HISTORY_MONTHS
    preventive_measures: tuple[str, ...] = ()
    clause_kind: ClauseKind | None = None

    @property
    def severity(self) -> IssueSeverity:
        return IssueSeverity.WARNING

    @property
    def code(self) -> str:
        if self.scope is LessonScope.HISTORY:
            return "lesson_history"
        return "lesson_client_one" if self.count == 1 else "lesson_client_many"

    def headline(self, language: Language | None = None) -> str:
        language = language or current_language()
        topic = scoping_messages.LESSON_TOPICS[self.category.value][language.value]
        return scoping_messages.message(
            self.code,
            language,
            count=self.count,
            topic=topic,
            last=self.last_on,
            months=self.history_months,
        )

    def advice(self, language: Language | None = None) -> str:
        return scoping_messages.message(SECTION_ADVICE[self.section], language)

    def text(self, language: Language | None = None) -> str:
        """Headline, advice and the latest preventive measure the consultant noted."""
        language = language or current_language()
        parts = [self.headline(language), self.advice(language)]
        if self.preventive_measures:
            measure = self.preventive_measures[0]
            parts.append(scoping_messages.message("lesson_measure", language, measure=measure))
        return " ".join(parts)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the last day of a shorter month when needed)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    if year < 1:
        return date.min
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    return date(year, month, 28)  # pragma: no cover - 28 exists in every month


def _category(value: str) -> EpisodeCategory | None:
    try:
        return EpisodeCategory(value)
    except ValueError:
        return None


def _measures(episodes: list[PastEpisode]) -> tuple[str, ...]:
    latest_first = sorted(episodes, key=lambda e: e.surfaced_on, reverse=True)
    distinct = dict.fromkeys(
        e.preventive_measure.strip() for e in latest_first if e.preventive_measure.strip()
    )
    return tuple(distinct)[:MAX_MEASURES]


def lessons_from_episodes(
    episodes: Iterable[PastEpisode],
    *,
    client_id: int | None,
    today: date,
    history_months: int = HISTORY_MONTHS,
    history_threshold: int = HISTORY_THRESHOLD,
) -> list[Lesson]:
    """The lessons for scoping an engagement with ``client_id`` (None: a new client), sorted
    by wizard page, the client's own before the wider history, the most frequent first."""
    since = months_before(today, history_months)
    own: dict[EpisodeCategory, list[PastEpisode]] = defaultdict(list)
    others: dict[EpisodeCategory, list[PastEpisode]] = defaultdict(list)
    for episode in episodes:
        category = _category(episode.category)
        if category is None:
            continue
        if client_id is not None and episode.client_id == client_id:
            own[category].append(episode)
        elif since <= episode.surfaced_on <= today:
            others[category].append(episode)

    lessons: list[Lesson] = []
    groups = [(LessonScope.CLIENT, own, 1), (LessonScope.HISTORY, others, history_threshold)]
    for scope, by_category, threshold in groups:
        for category, found in by_category.items():
            if len(found) < max(threshold, 1):
                continue
            for section in CATEGORY_SECTIONS[category]:
                lessons.append(
                    Lesson(
                        section=section,
                        category=category,
                        scope=scope,
                        count=len(found),
                        last_on=max(e.surfaced_on for e in found),
                        history_months=history_months,
                        preventive_measures=_measures(found),
                        clause_kind=SECTION_CLAUSES.get(section),
                    )
                )
    order = list(LessonScope)
    categories = list(EpisodeCategory)
    lessons.sort(
        key=lambda lesson: (
            lesson.section.page,
            order.index(lesson.scope),
            -lesson.count,
            categories.index(lesson.category),
        )
    )
    return lessons


def lessons_for_section(lessons: Iterable[Lesson], section: Section) -> list[Lesson]:
    """The lessons one wizard page shows (the review page shows them all)."""
    if section is Section.SIGNATURE:
        return list(lessons)
    return [lesson for lesson in lessons if lesson.section is section]
