"""An engagement with signed terms and episodes logged through the workflow service, for the
tests of the episode screens (this module holds no test of its own)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QSettings

from consultant_desk.services import episode_workflow as wf
from consultant_desk.store.database import Database
from consultant_desk.store.models import Milestone, ScopeItem, ScopingVersion
from tests.ui.ui_support import add_client, add_engagement

# A Friday afternoon; the fixed clock of these tests is the Wednesday after.
SURFACED = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)
TODAY = date(2026, 3, 11)


def pizzeria(db: Database, *, language: str = "fr") -> int:
    """The pizzeria's engagement, with signed terms naming a mediator."""
    client = add_client(db, "Pizzeria Nova", language=language, contacts=["Luigi Nova"])
    engagement = add_engagement(db, client, "M-2026-009", "Refonte du service de livraison")
    with db.transaction() as session:
        version = ScopingVersion(engagement_id=engagement, status="signed", mediator="CMAP, Paris")
        version.scope_items = [
            ScopeItem(position=0, side="in", text="Ateliers avec les livreurs"),
            ScopeItem(position=1, side="out", text="Formation des équipes en cuisine"),
        ]
        version.milestones = [
            Milestone(position=0, name="Nouvelle tournée", due_date=date(2026, 3, 2))
        ]
        session.add(version)
    return engagement


def log(
    db: Database,
    engagement: int,
    *,
    surfaced: datetime = SURFACED,
    severity: str = "high",
    channel: str = "phone",
    emotion: str = "disappointed",
    words: str = "Livrée en retard et froide, et le livreur s'en moquait.",
) -> int:
    return wf.log_episode(
        db,
        wf.EpisodeFacts(
            engagement_id=engagement,
            surfaced_at=surfaced,
            channel=channel,
            categories=("delay", "behaviour"),
            client_words=words,
            severity=severity,
            emotion=emotion,
        ),
    )


def memory_settings(tmp: str) -> QSettings:
    return QSettings(f"{tmp}/settings.ini", QSettings.Format.IniFormat)
