from __future__ import annotations

from datetime import UTC, datetime

import pytest

from consultant_desk.domain import playbook
from consultant_desk.domain.enums import EpisodeStage
from consultant_desk.domain.language import Language
from consultant_desk.domain.playbook import EventFact, WarningKind, transition_warnings

AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
PREPARE_KEYS = {"prepare.risk", "prepare.senior", "prepare.no_hiding", "prepare.no_own_pocket"}


def test_every_stage_has_advice_and_every_working_stage_checks_in_both_languages() -> None:
    assert set(playbook.GUIDES) == set(EpisodeStage)
    keys = [check.key for guide in playbook.GUIDES.values() for check in guide.checks]
    assert len(keys) == len(set(keys))
    for stage, guide in playbook.GUIDES.items():
        assert guide.advice_text(Language.FR) != guide.advice_text(Language.EN)
        if stage is not EpisodeStage.CLOSED:
            assert guide.checks
        for check in guide.checks:
            assert check.key.startswith(stage.value + ".")
            assert check.text(Language.FR) and check.text(Language.EN)
            assert playbook.check_of(check.key) is check


def test_the_articles_advice_is_in_the_checklists() -> None:
    english = " ".join(
        check.text(Language.EN) for guide in playbook.GUIDES.values() for check in guide.checks
    ).lower()
    for phrase in (
        "senior peer",
        "compliance",
        "hide",
        "own pocket",
        "in person",
        "assistant",
        "mediator",
        "conflict",
        "compromise",
        "meeting report",
        "preventive",
    ):
        assert phrase in english


@pytest.mark.parametrize(
    ("current", "target", "ticked", "expected"),
    [
        # One step forward with everything ticked: nothing to say.
        ("prepare", "listen", PREPARE_KEYS, []),
        # One step forward with one check left: that check.
        (
            "prepare",
            "listen",
            PREPARE_KEYS - {"prepare.senior"},
            [(WarningKind.UNTICKED, "prepare", "prepare.senior")],
        ),
        # Jumping over listen: listen skipped and its checks unticked.
        (
            "prepare",
            "acknowledge",
            PREPARE_KEYS,
            [
                (WarningKind.SKIPPED_STAGE, "listen", None),
                (WarningKind.UNTICKED, "listen", "listen.words"),
                (WarningKind.UNTICKED, "listen", "listen.gap"),
                (WarningKind.UNTICKED, "listen", "listen.positive"),
            ],
        ),
        # Going back, or staying: never a warning.
        ("formalize", "listen", set(), []),
        ("explain", "explain", set(), []),
    ],
)
def test_transition_warnings(
    current: str, target: str, ticked: set[str], expected: list[tuple[object, ...]]
) -> None:
    warnings = transition_warnings(current, target, ticked)
    assert [(w.kind, w.stage and w.stage.value, w.check) for w in warnings] == expected


def test_a_skip_to_closed_names_every_stage_jumped() -> None:
    warnings = transition_warnings("prepare", "closed", set())
    skipped = [w.stage for w in warnings if w.kind is WarningKind.SKIPPED_STAGE]
    assert skipped == list(playbook.WORKING_STAGES[1:])


@pytest.mark.parametrize(
    ("events", "warned"),
    [
        ([EventFact("apology", AT, "acknowledge", "email")], True),
        ([EventFact("email", AT, "acknowledge")], True),
        ([EventFact("apology", AT, "acknowledge", "in_person")], False),
        ([EventFact("email", AT, "acknowledge"), EventFact("meeting", AT, "acknowledge")], False),
        ([EventFact("email", AT, "listen")], False),
        ([], False),
    ],
)
def test_an_acknowledgement_by_email_warns_when_leaving_acknowledge(
    events: list[EventFact], warned: bool
) -> None:
    ticked = {c.key for c in playbook.GUIDES[EpisodeStage.ACKNOWLEDGE].checks}
    warnings = transition_warnings("acknowledge", "explain", ticked, events)
    assert (WarningKind.EMAIL_ACKNOWLEDGEMENT in {w.kind for w in warnings}) is warned
    # Not before the move leaves acknowledge behind.
    assert not transition_warnings("listen", "acknowledge", playbook.ALL_CHECK_KEYS, events)


def test_a_client_turning_personal_without_mediator_warns_past_co_build() -> None:
    kinds = lambda **kw: {w.kind for w in transition_warnings("co_build", "formalize", set(), **kw)}  # noqa: E731
    assert WarningKind.MEDIATOR in kinds(personal=True)
    assert WarningKind.MEDIATOR not in kinds(personal=True, mediator_needed=True)
    assert WarningKind.MEDIATOR not in kinds(personal=False)


@pytest.mark.parametrize("language", list(Language))
def test_warnings_read_in_both_languages(language: Language) -> None:
    warnings = transition_warnings(
        "prepare", "closed", set(), [EventFact("email", AT, "acknowledge")], personal=True
    )
    warnings.append(playbook.PlaybookWarning(WarningKind.UNCONFIRMED))
    texts = [w.text(language) for w in warnings]
    assert all(texts) and len(set(texts)) == len(texts)
    assert ("Étape sautée" in texts[0]) is (language is Language.FR)
