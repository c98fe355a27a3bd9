from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from consultant_desk.domain import due_dates
from consultant_desk.domain.due_dates import (
    acknowledgement_due,
    add_working_days,
    is_due_this_week,
    is_overdue,
    next_action_due,
    pending_due,
)

# 2026-03-06 is a Friday.
FRIDAY = date(2026, 3, 6)


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (FRIDAY, 1, date(2026, 3, 9)),  # Monday
        (FRIDAY, 0, FRIDAY),
        (date(2026, 3, 2), 5, date(2026, 3, 9)),  # Monday + 5 = next Monday
        (date(2026, 3, 7), 1, date(2026, 3, 9)),  # Saturday + 1 = Monday
        (date(2026, 3, 2), 10, date(2026, 3, 16)),
    ],
)
def test_working_days(start: date, days: int, expected: date) -> None:
    assert add_working_days(start, days) == expected


@pytest.mark.parametrize(
    ("severity", "expected"),
    [
        ("critical", date(2026, 3, 9)),
        ("high", date(2026, 3, 10)),
        ("medium", date(2026, 3, 13)),
        ("low", date(2026, 3, 20)),
    ],
)
def test_acknowledgement_due_by_severity(severity: str, expected: date) -> None:
    surfaced = datetime(2026, 3, 6, 16, 0, tzinfo=UTC)
    assert acknowledgement_due(surfaced, severity) == expected


def test_the_settings_delays_replace_the_defaults() -> None:
    delays = due_dates.clean_ack_days({"critical": 0, "low": 999, "high": True})  # type: ignore[dict-item]
    assert delays == {"critical": 0, "high": 2, "medium": 5, "low": due_dates.MAX_ACK_DAYS}
    assert acknowledgement_due(FRIDAY, "critical", delays) == FRIDAY


def test_next_action_due_is_the_latest_event_that_set_one() -> None:
    at = lambda day: datetime(2026, 3, day, 9, tzinfo=UTC)  # noqa: E731
    assert next_action_due([]) is None
    assert next_action_due([(at(2), date(2026, 3, 20)), (at(5), date(2026, 3, 10))]) == date(
        2026, 3, 10
    )
    # Given in any order; a later event without a date keeps the earlier one's.
    assert next_action_due(
        [(at(5), None), (at(3), date(2026, 3, 12)), (at(1), date(2026, 3, 2))]
    ) == date(2026, 3, 12)


@pytest.mark.parametrize(
    ("ack_due", "acknowledged", "next_due", "expected"),
    [
        (date(2026, 3, 9), None, None, date(2026, 3, 9)),
        (date(2026, 3, 9), date(2026, 3, 8), None, None),
        (date(2026, 3, 9), None, date(2026, 3, 4), date(2026, 3, 4)),
        (date(2026, 3, 9), date(2026, 3, 8), date(2026, 3, 20), date(2026, 3, 20)),
    ],
)
def test_pending_due(
    ack_due: date, acknowledged: date | None, next_due: date | None, expected: date | None
) -> None:
    assert pending_due(ack_due, acknowledged, next_due) == expected


@pytest.mark.parametrize(
    ("due", "closed", "overdue", "this_week"),
    [
        (date(2026, 3, 5), False, True, False),  # yesterday
        (FRIDAY, False, False, True),  # today
        (date(2026, 3, 8), False, False, True),  # Sunday
        (date(2026, 3, 9), False, False, False),  # next Monday
        (date(2026, 3, 5), True, False, False),  # closed: nothing is due
        (None, False, False, False),
    ],
)
def test_overdue_and_due_this_week_under_a_fixed_clock(
    due: date | None, closed: bool, overdue: bool, this_week: bool
) -> None:
    assert is_overdue(due, FRIDAY, closed=closed) is overdue
    assert is_due_this_week(due, FRIDAY, closed=closed) is this_week
