"""Episodes for the episode list tests (this module holds no test of its own).

A few episodes with chosen words go through the episode services; thousands are written
with one Core ``INSERT`` executemany, as the demo does, so that a test with 2,000 rows
takes a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from consultant_desk.domain.enums import (
    Channel,
    Emotion,
    EpisodeCategory,
    EpisodeStage,
    EventKind,
    Severity,
)
from consultant_desk.services.episodes import EpisodeData, EventData, add_event, create_episode
from consultant_desk.store.database import Database
from consultant_desk.store.models import Episode
from tests.ui.ui_support import add_client, add_engagement

TODAY = date(2026, 11, 23)
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

CATEGORIES = list(EpisodeCategory)
SEVERITIES = list(Severity)
STAGES = list(EpisodeStage)
EMOTIONS = list(Emotion)


@dataclass(frozen=True)
class Practice:
    """Two clients and three engagements to hang episodes on."""

    lefevre: int
    elan: int
    thornbury: int
    billing: int
    export: int
    warehouse: int


def practice(db: Database) -> Practice:
    lefevre = add_client(db, "Boulangerie Lefèvre")
    elan = add_client(db, "Élan Conseil")
    thornbury = add_client(db, "Thornbury Logistics", language="en")
    return Practice(
        lefevre=lefevre,
        elan=elan,
        thornbury=thornbury,
        billing=add_engagement(db, lefevre, "M-2026-001", "Refonte de la facturation"),
        export=add_engagement(db, elan, "M-2026-002", "Stratégie export"),
        warehouse=add_engagement(db, thornbury, "M-2026-003", "Warehouse review"),
    )


def add_episode(
    db: Database,
    engagement_id: int,
    surfaced_at: datetime,
    *,
    words: str = "Ce n’est pas ce que nous attendions.",
    category: str = EpisodeCategory.QUALITY.value,
    severity: str = Severity.MEDIUM.value,
    stage: str = EpisodeStage.LISTEN.value,
    emotion: str = Emotion.DISAPPOINTED.value,
    intensity: int = 3,
    expected: str = "Un rapport complet vendredi.",
    obtained: str = "Un brouillon lundi.",
    confirmed_on: date | None = None,
    events: tuple[tuple[str, datetime, str], ...] = (),
) -> int:
    episode = create_episode(
        db,
        EpisodeData(
            engagement_id=engagement_id,
            surfaced_at=surfaced_at,
            channel=Channel.EMAIL.value,
            category=category,
            spoke="Hélène Lefèvre (gérante)",
            expected=expected,
            obtained=obtained,
            client_words=words,
            emotion=emotion,
            intensity=intensity,
            severity=severity,
            stage=stage,
            client_confirmed_on=confirmed_on,
        ),
    )
    for kind, when, notes in events:
        add_event(db, episode.id, EventData(kind=kind, occurred_at=when, notes=notes))
    return episode.id


def add_many_episodes(
    db: Database, engagement_ids: list[int], count: int, *, start: datetime = START
) -> None:
    """``count`` episodes spread over the engagements, one every few hours, every category,
    severity and stage in turn; some share an instant, to test the tie-breaking."""
    rows = []
    for number in range(count):
        # Categories turn with every episode, stages every nine: every pair occurs.
        stage = STAGES[(number // len(CATEGORIES)) % len(STAGES)]
        surfaced = start + timedelta(hours=3 * (number // 2))
        rows.append(
            {
                "engagement_id": engagement_ids[number % len(engagement_ids)],
                "surfaced_at": surfaced,
                "channel": Channel.PHONE.value,
                "spoke": "",
                "category": CATEGORIES[number % len(CATEGORIES)].value,
                "expected": f"Attendu {number}",
                "obtained": f"Obtenu {number}",
                "client_words": f"« Épisode numéro {number} : le livrable est en retard. »",
                "emotion": EMOTIONS[number % len(EMOTIONS)].value,
                "intensity": 1 + number % 5,
                "severity": SEVERITIES[(number // 3) % len(SEVERITIES)].value,
                "clause_ref": "",
                "origin": "",
                "stage": stage.value,
                "mediator_needed": False,
                "resolution": "",
                "lessons": "",
                "preventive_measure": "",
                "incident_key": "",
                "client_confirmed_on": (surfaced + timedelta(days=10)).date()
                if stage is EpisodeStage.CLOSED
                else None,
                "version": 1,
                "created_at": surfaced,
                "updated_at": surfaced,
            }
        )
    with db.transaction() as session:
        session.execute(insert(Episode.__table__), rows)


EVENT_NOTES = (
    (EventKind.CALL.value, START + timedelta(days=1), "Appel : le client rappelle le délai."),
    (EventKind.APOLOGY.value, START + timedelta(days=2), "Excuses en personne."),
)
