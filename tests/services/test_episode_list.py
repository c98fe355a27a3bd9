"""The episode list queries: keyset pages in every order, search and filters in SQL, counts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, select

from consultant_desk.domain.enums import Emotion, EpisodeCategory, EpisodeStage, Severity
from consultant_desk.domain.errors import NotFoundError
from consultant_desk.domain.language import Language
from consultant_desk.services.episode_list import (
    EpisodeFilter,
    EpisodeRow,
    EpisodeSort,
    EpisodeSortKey,
    count_episodes,
    days_open,
    excerpt,
    fold,
    get_episode_detail,
    glob_pattern,
    like_prefilter,
    list_episode_page,
    load_episode_rows,
)
from consultant_desk.store.database import Database
from consultant_desk.store.models import Client, Engagement, Episode
from tests.ui.episodes.test_fixtures import (
    EVENT_NOTES,
    START,
    TODAY,
    add_episode,
    add_many_episodes,
    practice,
)


def every_page(
    db: Database,
    wanted: EpisodeFilter | None = None,
    order: EpisodeSort | None = None,
    *,
    limit: int = 7,
) -> list[EpisodeRow]:
    wanted = wanted or EpisodeFilter()
    order = order or EpisodeSort()
    page = list_episode_page(db, wanted, order, limit=limit, today=TODAY)
    rows = list(page.rows)
    while page.next is not None:
        assert len(page.rows) == limit
        page = list_episode_page(db, wanted, order, after=page.next, limit=limit, today=TODAY)
        rows.extend(page.rows)
    return rows


def raw(db: Database) -> list[dict[str, Any]]:
    query = (
        select(
            Episode.id,
            Episode.surfaced_at,
            Episode.engagement_id,
            Engagement.reference,
            Engagement.client_id,
            Client.name,
            Episode.category,
            Episode.severity,
            Episode.stage,
            Episode.emotion,
            Episode.intensity,
            Episode.client_confirmed_on,
        )
        .join(Engagement, Engagement.id == Episode.engagement_id)
        .join(Client, Client.id == Engagement.client_id)
    )
    with db.session() as session:
        return [row._asdict() for row in session.execute(query)]


def expected_order(db: Database, order: EpisodeSort) -> list[int]:
    """The order the list promises, computed in Python: the key, then newest first."""
    rows = sorted(raw(db), key=lambda row: (row["surfaced_at"], row["id"]), reverse=True)
    if order.key is EpisodeSortKey.SURFACED:
        rows.sort(key=lambda row: (row["surfaced_at"], row["id"]), reverse=order.descending)
        return [row["id"] for row in rows]
    categories = sorted(EpisodeCategory, key=lambda category: fold(category.label()))
    keys = {
        EpisodeSortKey.CLIENT: lambda row: (fold(row["name"]), row["client_id"]),
        EpisodeSortKey.ENGAGEMENT: lambda row: (fold(row["reference"]), row["engagement_id"]),
        EpisodeSortKey.CATEGORY: lambda row: categories.index(EpisodeCategory(row["category"])),
        EpisodeSortKey.SEVERITY: lambda row: list(Severity).index(Severity(row["severity"])),
        EpisodeSortKey.STAGE: lambda row: list(EpisodeStage).index(EpisodeStage(row["stage"])),
        EpisodeSortKey.FEELING: lambda row: (
            row["intensity"] * 10 + list(Emotion).index(Emotion(row["emotion"]))
        ),
        EpisodeSortKey.DAYS_OPEN: lambda row: days_open(
            row["surfaced_at"], row["client_confirmed_on"], TODAY
        ),
    }
    rows.sort(key=keys[order.key], reverse=order.descending)
    return [row["id"] for row in rows]


@pytest.fixture
def many(any_db: Database) -> Database:
    """120 episodes over three clients, pairs surfacing at the same instant."""
    places = practice(any_db)
    add_many_episodes(any_db, [places.billing, places.export, places.warehouse], 120)
    return any_db


def test_pages_follow_each_other_newest_first(many: Database) -> None:
    rows = every_page(many)
    assert [row.id for row in rows] == expected_order(many, EpisodeSort())
    assert len(rows) == 120


def test_a_page_says_when_it_is_the_last(many: Database) -> None:
    full = list_episode_page(many, limit=120, today=TODAY)
    assert len(full.rows) == 120
    assert full.next is None
    almost = list_episode_page(many, limit=119, today=TODAY)
    assert almost.next is not None
    last = list_episode_page(many, after=almost.next, limit=119, today=TODAY)
    assert [row.id for row in last.rows] == [full.rows[-1].id]
    assert last.next is None


@pytest.mark.parametrize("key", [key for key in EpisodeSortKey if key is not EpisodeSortKey.WORDS])
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_every_order_pages_through_every_episode_once(
    many: Database, key: EpisodeSortKey, descending: bool
) -> None:
    order = EpisodeSort(key, descending)
    assert [row.id for row in every_page(many, order=order)] == expected_order(many, order)


def test_sorting_by_words_pages_through_every_episode_once(many: Database) -> None:
    # Text order is the database's collation: only completeness is the same everywhere.
    rows = every_page(many, order=EpisodeSort(EpisodeSortKey.WORDS, False))
    assert sorted(row.id for row in rows) == sorted(row["id"] for row in raw(many))


def test_words_sort_as_shown_without_their_quotation_marks(any_db: Database) -> None:
    places = practice(any_db)
    later = add_episode(any_db, places.billing, START, words="Zut, encore en retard.")
    sooner = add_episode(any_db, places.billing, START, words="« Alors, ce rapport ? »")
    rows = every_page(any_db, order=EpisodeSort(EpisodeSortKey.WORDS, False))
    assert [row.id for row in rows] == [sooner, later]
    assert rows[0].excerpt == "Alors, ce rapport ?"


def test_clients_sort_by_name_whatever_the_accents(many: Database) -> None:
    rows = every_page(many, order=EpisodeSort(EpisodeSortKey.CLIENT, False), limit=50)
    names = list(dict.fromkeys(row.client_name for row in rows))
    # A byte order would put "Élan" after "Thornbury".
    assert names == ["Boulangerie Lefèvre", "Élan Conseil", "Thornbury Logistics"]


def test_categories_sort_by_their_label_in_the_language_asked(many: Database) -> None:
    def first(language: Language) -> str:
        page = list_episode_page(
            many, order=EpisodeSort(EpisodeSortKey.CATEGORY, False), limit=1, language=language
        )
        return page.rows[0].category

    assert first(Language.FR) == EpisodeCategory.COMMUNICATION.value  # before Comportement
    assert first(Language.EN) == EpisodeCategory.BEHAVIOUR.value  # before Billing


def test_filters_and_counts(many: Database) -> None:
    assert count_episodes(many) == 120
    delay = EpisodeFilter(category=EpisodeCategory.DELAY.value)
    rows = every_page(many, delay)
    assert {row.category for row in rows} == {"delay"}
    assert count_episodes(many, delay) == len(rows) > 0
    listening = EpisodeFilter(stage=EpisodeStage.LISTEN.value)
    assert {row.stage for row in every_page(many, listening)} == {"listen"}
    open_only = EpisodeFilter(open_only=True)
    open_rows = every_page(many, open_only)
    assert not any(row.closed for row in open_rows)
    closed = count_episodes(many, EpisodeFilter(stage=EpisodeStage.CLOSED.value))
    assert count_episodes(many, open_only) == len(open_rows) == 120 - closed


def test_search_folds_case_accents_apostrophes_and_ligatures(any_db: Database) -> None:
    places = practice(any_db)
    words = {
        "accents": add_episode(any_db, places.billing, START, words="Le délai était intenable."),
        "apostrophe": add_episode(
            any_db, places.billing, START + timedelta(hours=1), words="Toute l’équipe attendait."
        ),
        "ligature": add_episode(
            any_db, places.billing, START + timedelta(hours=2), words="Le cœur du sujet."
        ),
        "other": add_episode(any_db, places.warehouse, START, words="Nothing arrived on time."),
    }

    def found(text: str) -> set[int]:
        return {row.id for row in every_page(any_db, EpisodeFilter(search=text))}

    assert found("DELAI") == {words["accents"]}
    assert found("l'equipe") == {words["apostrophe"]}
    assert found("coeur") == {words["ligature"]}
    assert found("cœur") == {words["ligature"]}
    assert found("  nothing   TIME ") == {words["other"]}


def test_search_looks_at_client_engagement_and_words_and_wants_every_word(
    any_db: Database,
) -> None:
    places = practice(any_db)
    lefevre = add_episode(any_db, places.billing, START, words="Rapport en retard.")
    elan = add_episode(any_db, places.export, START, words="Rapport incomplet.")
    thornbury = add_episode(any_db, places.warehouse, START, words="Late again.")

    def found(text: str) -> set[int]:
        rows = every_page(any_db, EpisodeFilter(search=text))
        assert count_episodes(any_db, EpisodeFilter(search=text)) == len(rows)
        return {row.id for row in rows}

    assert found("lefevre") == {lefevre}  # client name
    assert found("elan") == {elan}
    assert found("M-2026-003") == {thornbury}  # engagement reference
    assert found("warehouse") == {thornbury}  # engagement title
    assert found("rapport") == {lefevre, elan}  # client's words
    assert found("rapport boulangerie") == {lefevre}  # every word, across columns
    assert found("rapport thornbury") == set()


@pytest.mark.parametrize("text", ["*", "?", "[", "]", "%", "_", "\\", "(", "a.b", "^$", "'"])
def test_search_takes_punctuation_literally(any_db: Database, text: str) -> None:
    places = practice(any_db)
    plain = add_episode(any_db, places.billing, START, words="Rien de spécial")
    marked = add_episode(any_db, places.billing, START, words=f"Le code x{text}y a échoué")
    rows = every_page(any_db, EpisodeFilter(search=f"x{text}y"))
    assert [row.id for row in rows] == [marked]
    assert plain not in {row.id for row in rows}


@pytest.mark.parametrize(
    ("word", "text", "matches"),
    [
        ("ecole", "Une École fermée", True),
        ("ecole", "UNE ÉCOLE FERMÉE", True),
        ("ecole", "une ecole", True),
        ("ecole", "une escale", False),
        ("a*b", "a*b", True),
        ("a*b", "axxb", False),
        ("a?b", "axb", False),
        ("[x]", "[x]", True),
        ("[x]", "x", False),
    ],
)
def test_glob_pattern(word: str, text: str, matches: bool) -> None:
    connection = sqlite3.connect(":memory:")
    try:
        found = connection.execute("SELECT ? GLOB ?", (text, glob_pattern(word))).fetchone()[0]
    finally:
        connection.close()
    assert bool(found) is matches


@pytest.mark.parametrize(
    "text",
    [
        "Une École fermée",
        "UNE ÉCOLE FERMÉE",
        "L’ÉQUIPE d’Ødegaard",
        "Le cœur, 50 % et a_b\\c",
        "Жук и ЖУК",
        "Straße",
    ],
)
@pytest.mark.parametrize(
    "word", ["ecole", "l'equipe", "odegaard", "coeur", "cœur", "50%", "a_b\\c", "жук", "straße"]
)
def test_the_like_prefilter_never_loses_what_the_glob_finds(text: str, word: str) -> None:
    connection = sqlite3.connect(":memory:")
    try:
        glob, like = connection.execute(
            "SELECT ? GLOB ?, ? LIKE ? ESCAPE '\\'",
            (text, glob_pattern(word), text, like_prefilter(word)),
        ).fetchone()
    finally:
        connection.close()
    assert like or not glob


def test_rows_carry_what_the_list_shows(db: Database) -> None:
    places = practice(db)
    surfaced = datetime(2026, 11, 13, 16, 30, tzinfo=UTC)
    open_id = add_episode(
        db,
        places.billing,
        surfaced,
        words="« Le rapport   devait arriver vendredi ; nous sommes mardi. »",
        severity=Severity.HIGH.value,
        emotion=Emotion.ANGRY.value,
        intensity=4,
    )
    closed_id = add_episode(
        db,
        places.export,
        surfaced - timedelta(days=30),
        stage=EpisodeStage.CLOSED.value,
        confirmed_on=date(2026, 10, 20),
    )
    rows = {row.id: row for row in every_page(db)}
    row = rows[open_id]
    assert row.client_name == "Boulangerie Lefèvre"
    assert row.engagement_reference == "M-2026-001"
    assert (row.severity, row.emotion, row.intensity) == ("high", "angry", 4)
    assert row.excerpt == "Le rapport devait arriver vendredi ; nous sommes mardi."
    assert row.days_open == 10 and not row.closed
    closed = rows[closed_id]
    assert closed.closed and closed.closed_on == date(2026, 10, 20)
    assert closed.days_open == 6  # to the client's confirmation, not to today


def test_excerpt_is_one_line_cut_at_a_word() -> None:
    long = "Nous attendions " + "beaucoup " * 40 + "mieux."
    short = excerpt(long, 40)
    assert short.endswith("…") and len(short) <= 41
    assert "  " not in short and "\n" not in short
    assert not short[:-1].endswith(" ")
    assert excerpt("“Fine.”") == "Fine."


def test_rows_by_id_keep_the_order_asked_and_skip_the_missing(many: Database) -> None:
    ids = [row["id"] for row in raw(many)][:5]
    wanted = [ids[3], ids[0], 999_999, ids[2]]
    assert [row.id for row in load_episode_rows(many, wanted, today=TODAY)] == [
        ids[3],
        ids[0],
        ids[2],
    ]
    assert load_episode_rows(many, []) == []


def test_a_page_skips_an_episode_deleted_between_pages(many: Database) -> None:
    first = list_episode_page(many, limit=10, today=TODAY)
    following = expected_order(many, EpisodeSort())[10]
    with many.transaction() as session:
        session.execute(delete(Episode).where(Episode.id == following))
    second = list_episode_page(many, after=first.next, limit=10, today=TODAY)
    assert following not in {row.id for row in second.rows}
    assert len(second.rows) == 10


def test_detail_has_the_whole_episode_and_its_timeline(db: Database) -> None:
    places = practice(db)
    episode_id = add_episode(
        db,
        places.billing,
        START,
        words="« Inacceptable. »",
        expected="Le rapport vendredi.",
        obtained="Rien.",
        events=(EVENT_NOTES[1], EVENT_NOTES[0]),
    )
    detail = get_episode_detail(db, episode_id, today=TODAY)
    assert detail.client_name == "Boulangerie Lefèvre"
    assert detail.engagement_title == "Refonte de la facturation"
    assert (detail.expected, detail.obtained) == ("Le rapport vendredi.", "Rien.")
    assert [event.kind for event in detail.events] == ["call", "apology"]  # oldest first
    assert detail.days_open == (TODAY - START.date()).days
    with pytest.raises(NotFoundError):
        get_episode_detail(db, 999_999)


def test_a_page_needs_room_for_a_row(db: Database) -> None:
    with pytest.raises(ValueError, match="at least one row"):
        list_episode_page(db, limit=0)
