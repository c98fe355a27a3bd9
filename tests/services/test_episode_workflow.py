from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from consultant_desk.domain import playbook
from consultant_desk.domain.errors import ConflictError, ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.domain.playbook import WarningKind
from consultant_desk.services import episode_workflow as wf
from consultant_desk.services.clients import ClientData, create_client
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.services.episode_list import EpisodeFilter, count_episodes, list_episode_page
from consultant_desk.store.database import Database
from consultant_desk.store.models import Meeting, Milestone, ScopeItem, ScopingVersion

# A Friday afternoon.
SURFACED = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)
TODAY = date(2026, 3, 6)


@pytest.fixture
def engagement_id(any_db: Database) -> int:
    client = create_client(any_db, ClientData(name="Pizzeria Nova"))
    engagement = create_engagement(any_db, EngagementData(client.id, "M-9", "Refonte"))
    with any_db.transaction() as session:
        version = ScopingVersion(
            engagement_id=engagement.id, status="signed", mediator="CMAP, Paris"
        )
        version.scope_items = [
            ScopeItem(position=0, side="in", text="Ateliers utilisateurs"),
            ScopeItem(position=1, side="out", text="Formation des équipes"),
        ]
        version.milestones = [Milestone(position=0, name="Maquettes", due_date=date(2026, 3, 1))]
        session.add(version)
    return engagement.id


def facts(engagement: int, **changes: object) -> wf.EpisodeFacts:
    values: dict[str, object] = {
        "engagement_id": engagement,
        "surfaced_at": SURFACED,
        "channel": "phone",
        "categories": ("delay", "behaviour"),
        "client_words": "Livrée en retard et froide, et le livreur s'en moquait.",
        "severity": "high",
    }
    values.update(changes)
    return wf.EpisodeFacts(**values)  # type: ignore[arg-type]


def test_quick_log_and_view(any_db: Database, engagement_id: int) -> None:
    ident = wf.log_episode(any_db, facts(engagement_id))
    view = wf.get_episode_view(any_db, ident, today=TODAY, language=Language.FR)
    assert view.stage == "prepare"
    assert view.facts.categories == ("delay", "behaviour")
    assert view.ack_due_on == date(2026, 3, 10)  # high: 2 working days after a Friday
    assert view.due_on == date(2026, 3, 10) and not view.overdue and not view.due_this_week
    assert [c.kind for c in view.clauses] == ["scope_in", "scope_out", "milestone"]
    assert view.clauses[2].ref == "Jalon 1 — Maquettes"
    assert view.default_recourse == "Médiation : CMAP, Paris"
    # Both categories are found by the list's category filter.
    for category in ("delay", "behaviour"):
        assert count_episodes(any_db, EpisodeFilter(category=category)) == 1
    assert count_episodes(any_db, EpisodeFilter(category="billing")) == 0


def test_bad_quick_logs_name_the_field(any_db: Database, engagement_id: int) -> None:
    for changes, field in [
        ({"categories": ()}, "episode.categories"),
        ({"categories": ("delay", "mood")}, "episode.categories"),
        ({"severity": "apocalyptic"}, "episode.severity"),
        ({"engagement_id": 424242}, "episode.engagement"),
    ]:
        with pytest.raises(ValidationError) as caught:
            wf.log_episode(any_db, facts(engagement_id, **changes))
        assert caught.value.field == field


def test_advance_warns_records_and_goes_back(any_db: Database, engagement_id: int) -> None:
    ident = wf.log_episode(any_db, facts(engagement_id))
    for key in ("prepare.risk", "prepare.senior", "prepare.no_hiding", "prepare.no_own_pocket"):
        wf.set_check(any_db, ident, key, True)
    result = wf.advance(any_db, ident, "listen", at=SURFACED + timedelta(hours=1))
    assert result.warnings == ()
    result = wf.advance(any_db, ident, "explain", note="vite", at=SURFACED + timedelta(hours=2))
    kinds = [(w.kind, w.stage and w.stage.value) for w in result.warnings]
    assert (WarningKind.SKIPPED_STAGE, "acknowledge") in kinds
    assert (WarningKind.UNTICKED, "listen") in kinds
    back = wf.advance(any_db, ident, "listen", at=SURFACED + timedelta(hours=3))
    assert back.warnings == ()
    view = wf.get_episode_view(any_db, ident, today=TODAY)
    moves = [(e.stage, e.stage_to) for e in view.timeline if e.kind == "stage"]
    assert moves == [("prepare", "listen"), ("listen", "explain"), ("explain", "listen")]
    # Passing acknowledge counts as acknowledged.
    assert view.acknowledged_on == TODAY
    with pytest.raises(ValidationError):
        wf.set_check(any_db, ident, "prepare.nonsense", True)


def test_email_acknowledgement_warns(any_db: Database, engagement_id: int) -> None:
    ident = wf.log_episode(any_db, facts(engagement_id))
    wf.advance(any_db, ident, "acknowledge")
    wf.add_event(any_db, ident, wf.EventInput("apology", SURFACED, "Désolé.", channel="email"))
    result = wf.advance(any_db, ident, "explain")
    assert WarningKind.EMAIL_ACKNOWLEDGEMENT in {w.kind for w in result.warnings}


def test_timeline_events_set_the_next_due_date(any_db: Database, engagement_id: int) -> None:
    ident = wf.log_episode(any_db, facts(engagement_id))
    first = wf.add_event(
        any_db, ident, wf.EventInput("call", SURFACED, "Rappel", next_due="2026-03-04")
    )
    view = wf.get_episode_view(any_db, ident, today=TODAY)
    assert view.next_due_on == date(2026, 3, 4) and view.overdue
    assert count_episodes(any_db, EpisodeFilter(overdue=True, today=TODAY)) == 1
    assert wf.overdue_count(any_db, today=TODAY) == 1
    wf.edit_event(
        any_db, first, wf.EventInput("call", SURFACED, "Rappel", next_due=date(2026, 3, 8))
    )
    assert count_episodes(any_db, EpisodeFilter(overdue=True, today=TODAY)) == 0
    assert count_episodes(any_db, EpisodeFilter(due_this_week=True, today=TODAY)) == 1
    rows = list_episode_page(any_db, EpisodeFilter(due_this_week=True, today=TODAY)).rows
    assert [r.due_on for r in rows] == [date(2026, 3, 8)]
    wf.delete_event(any_db, first)
    view = wf.get_episode_view(any_db, ident, today=TODAY)
    assert view.next_due_on is None and view.timeline == ()
    with pytest.raises(ValidationError) as caught:
        wf.add_event(any_db, ident, wf.EventInput("closing", SURFACED))
    assert caught.value.field == "event.kind"


def test_a_meeting_for_the_episode_is_on_its_timeline(any_db: Database, engagement_id: int) -> None:
    ident = wf.log_episode(any_db, facts(engagement_id))
    with any_db.transaction() as session:
        session.add(
            Meeting(
                engagement_id=engagement_id,
                episode_id=ident,
                held_at=SURFACED + timedelta(days=1),
                points_discussed="Le retard",
            )
        )
    view = wf.get_episode_view(any_db, ident, today=TODAY)
    assert [(e.kind, e.meeting_id is not None, e.editable) for e in view.timeline] == [
        ("meeting", True, False)
    ]


def test_close_and_reopen(any_db: Database, engagement_id: int) -> None:
    ident = wf.log_episode(any_db, facts(engagement_id))
    wf.advance(any_db, ident, "follow_up")
    result = wf.close_episode(any_db, ident, wf.Closing(resolution="Geste commercial"))
    kinds = {w.kind for w in result.warnings}
    assert WarningKind.UNCONFIRMED in kinds and WarningKind.UNTICKED in kinds
    view = wf.get_episode_view(any_db, ident, today=date(2027, 1, 1))
    assert view.closed and not view.overdue and view.due_on is None
    version = wf.reopen_episode(any_db, ident, note="Le client rappelle")
    view = wf.get_episode_view(any_db, ident, today=TODAY)
    assert view.version == version and view.stage == "follow_up"
    assert [e.kind for e in view.timeline][-2:] == ["closing", "reopening"]
    confirmed = wf.close_episode(
        any_db,
        ident,
        wf.Closing("Réglé", "2026-03-20", "phone", 4, "Prévenir", "Point hebdo", ""),
    )
    assert WarningKind.UNCONFIRMED not in {w.kind for w in confirmed.warnings}
    view = wf.get_episode_view(any_db, ident, today=TODAY)
    assert (view.client_confirmed_on, view.confirmation_channel, view.satisfaction) == (
        date(2026, 3, 20),
        "phone",
        4,
    )
    with pytest.raises(ValidationError) as caught:
        wf.close_episode(any_db, ident, wf.Closing("x", satisfaction=6))
    assert caught.value.field == "episode.satisfaction"


def test_two_users_editing_one_episode(any_db: Database, engagement_id: int) -> None:
    ident = wf.log_episode(any_db, facts(engagement_id))
    alice = wf.get_episode_view(any_db, ident, today=TODAY)
    bob = wf.get_episode_view(any_db, ident, today=TODAY)
    wf.update_facts(
        any_db,
        ident,
        facts(engagement_id, severity="critical"),
        expected_version=alice.version,
        seen=alice.facts,
    )
    with pytest.raises(ConflictError) as caught:
        wf.update_facts(
            any_db,
            ident,
            facts(engagement_id, client_words="autre"),
            expected_version=bob.version,
            seen=bob.facts,
        )
    assert caught.value.changed == ("severity",)
    with pytest.raises(ConflictError):
        wf.advance(any_db, ident, "listen", expected_version=bob.version)
    # Ticks add up without a version.
    wf.set_check(any_db, ident, "prepare.risk", True)
    assert "prepare.risk" in wf.get_episode_view(any_db, ident).ticked
    # Severity changed: the acknowledgement due date follows.
    assert wf.get_episode_view(any_db, ident).ack_due_on == date(2026, 3, 9)


def test_every_check_key_can_be_ticked(any_db: Database, engagement_id: int) -> None:
    ident = wf.log_episode(any_db, facts(engagement_id))
    for key in playbook.ALL_CHECK_KEYS:
        wf.set_check(any_db, ident, key, True)
    assert wf.get_episode_view(any_db, ident).ticked == playbook.ALL_CHECK_KEYS
    assert wf.advance(any_db, ident, "learn").warnings[0].kind is WarningKind.SKIPPED_STAGE
