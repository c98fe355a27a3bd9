from __future__ import annotations

from datetime import date

import pytest

from consultant_desk.domain.enums import EpisodeCategory
from consultant_desk.domain.language import Language
from consultant_desk.domain.lessons import (
    CATEGORY_SECTIONS,
    Lesson,
    LessonScope,
    PastEpisode,
    lessons_for_section,
    lessons_from_episodes,
    months_before,
)
from consultant_desk.domain.scoping import ClauseKind, IssueSeverity, Section
from consultant_desk.domain.scoping_messages import LESSON_TOPICS

TODAY = date(2026, 11, 20)
CLIENT = 7


def episode(
    category: str,
    surfaced_on: date,
    *,
    client_id: int = CLIENT,
    engagement_id: int = 1,
    measure: str = "",
) -> PastEpisode:
    return PastEpisode(category, client_id, engagement_id, surfaced_on, measure)


def lessons(*episodes: PastEpisode, client_id: int | None = CLIENT) -> list[Lesson]:
    return lessons_from_episodes(episodes, client_id=client_id, today=TODAY)


def test_three_past_delays_warn_the_deadlines_page() -> None:
    found = lessons(
        episode("delay", date(2024, 5, 2)),
        episode("delay", date(2025, 1, 10), engagement_id=2),
        episode("delay", date(2026, 3, 12), engagement_id=3),
    )
    assert len(found) == 1
    lesson = found[0]
    assert (lesson.section, lesson.scope, lesson.count) == (
        Section.DEADLINES,
        LessonScope.CLIENT,
        3,
    )
    assert lesson.last_on == date(2026, 3, 12)
    assert lesson.severity is IssueSeverity.WARNING
    assert lesson.text(Language.FR) == (
        "Ce client a déjà exprimé 3 insatisfactions concernant les délais (la dernière le "
        "12/03/2026). Prévoyez une marge dans le planning et une clause de réactivité "
        "(réponse du client sous quelques jours ouvrés)."
    )
    english = lesson.text(Language.EN)
    assert "3 times about delays" in english
    assert "buffer" in english
    assert "responsiveness clause" in english


def test_a_single_episode_with_this_client_is_enough() -> None:
    (lesson,) = lessons(episode("billing", date(2020, 1, 6)))
    assert lesson.code == "lesson_client_one"
    assert lesson.section is Section.FINANCIAL
    assert lesson.clause_kind is ClauseKind.LATE_PAYMENT
    assert "une insatisfaction concernant la facturation (le 06/01/2020)" in lesson.text(
        Language.FR
    )


def test_other_clients_count_when_recent_and_repeated() -> None:
    others = [
        episode("communication", date(2026, 2, 1), client_id=1),
        episode("communication", date(2025, 6, 1), client_id=2),
    ]
    assert lessons(*others) == []
    old = episode("communication", date(2023, 1, 1), client_id=3)
    assert lessons(*others, old) == []
    recent = episode("communication", date(2026, 10, 1), client_id=3)
    (lesson,) = lessons(*others, old, recent)
    assert (lesson.scope, lesson.count, lesson.section) == (
        LessonScope.HISTORY,
        3,
        Section.CLIENT_OBLIGATIONS,
    )
    assert lesson.text(Language.EN).startswith(
        "3 dissatisfaction episodes about communication with other clients in the last 24 "
        "months (last on 2026-10-01)."
    )


def test_a_new_client_sees_the_consultants_whole_history() -> None:
    history = [episode("organisation", date(2026, m, 1), client_id=m) for m in (1, 2, 3)]
    (lesson,) = lessons(*history, client_id=None)
    assert lesson.scope is LessonScope.HISTORY
    assert lesson.section is Section.CLIENT_OBLIGATIONS


@pytest.mark.parametrize(
    ("category", "sections"),
    [
        ("delay", [Section.DEADLINES]),
        ("planning", [Section.DEADLINES]),
        ("billing", [Section.FINANCIAL]),
        ("communication", [Section.CLIENT_OBLIGATIONS]),
        ("organisation", [Section.CLIENT_OBLIGATIONS]),
        ("quality", [Section.STAKES, Section.SCOPE]),
        ("result", [Section.STAKES, Section.SCOPE]),
        ("error", [Section.STAKES, Section.SCOPE]),
        ("behaviour", [Section.REMEDIES]),
    ],
)
def test_each_kind_of_dissatisfaction_goes_to_the_page_that_prevents_it(
    category: str, sections: list[Section]
) -> None:
    found = lessons(episode(category, date(2026, 5, 5)))
    assert [lesson.section for lesson in found] == sections
    for lesson in found:
        assert lesson.text(Language.FR) != lesson.text(Language.EN)


def test_client_lessons_come_first_then_the_most_frequent() -> None:
    found = lessons(
        episode("planning", date(2026, 1, 1)),
        *[episode("delay", date(2026, m, 1), client_id=99) for m in (2, 3, 4, 5)],
        episode("quality", date(2026, 6, 1)),
    )
    assert [(lesson.section, lesson.category, lesson.scope) for lesson in found] == [
        (Section.STAKES, EpisodeCategory.QUALITY, LessonScope.CLIENT),
        (Section.DEADLINES, EpisodeCategory.PLANNING, LessonScope.CLIENT),
        (Section.DEADLINES, EpisodeCategory.DELAY, LessonScope.HISTORY),
        (Section.SCOPE, EpisodeCategory.QUALITY, LessonScope.CLIENT),
    ]
    assert [lesson.section for lesson in lessons_for_section(found, Section.DEADLINES)] == [
        Section.DEADLINES,
        Section.DEADLINES,
    ]
    assert lessons_for_section(found, Section.SIGNATURE) == found


def test_preventive_measures_noted_on_episodes_are_recalled_latest_first() -> None:
    (lesson,) = lessons(
        episode("delay", date(2025, 1, 1), measure="Planning partagé chaque lundi"),
        episode("delay", date(2026, 1, 1), measure="Marge de 10 % sur chaque jalon"),
        episode("delay", date(2026, 2, 1), measure="Marge de 10 % sur chaque jalon"),
        episode("delay", date(2026, 3, 1)),
    )
    assert lesson.preventive_measures == (
        "Marge de 10 % sur chaque jalon",
        "Planning partagé chaque lundi",
    )
    assert lesson.text(Language.FR).endswith(
        "Mesure préventive notée : « Marge de 10 % sur chaque jalon »."
    )


def test_unknown_categories_are_ignored() -> None:
    assert lessons(episode("weather", date(2026, 1, 1))) == []


def test_months_before_stays_in_the_calendar() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 11, 20), 24) == date(2024, 11, 20)
    assert months_before(date(1, 6, 1), 24) == date.min


def test_every_category_has_a_page_and_a_topic() -> None:
    for category in EpisodeCategory:
        assert CATEGORY_SECTIONS[category]
        assert set(LESSON_TOPICS[category.value]) == {"fr", "en"}
