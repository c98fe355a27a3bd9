"""When an episode is due: acknowledged promptly, then tracked to closure (ISO 10002).

- The acknowledgement is due a number of working days (Monday to Friday) after the episode
  surfaced, by severity; the mapping comes from the settings (``DEFAULT_ACK_DAYS`` otherwise).
- The next action is due on the ``next_due`` of the latest timeline event that set one.
- An open episode's *due date* is the earliest of the two that is still pending: the
  acknowledgement until it is made, the next action always. It is overdue the day after.

"Today" is always passed in, so tests run under a fixed clock.

Pure: standard library and the rest of the domain only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

from consultant_desk.domain.enums import Severity

DEFAULT_ACK_DAYS: Mapping[str, int] = {
    Severity.CRITICAL.value: 1,
    Severity.HIGH.value: 2,
    Severity.MEDIUM.value: 5,
    Severity.LOW.value: 10,
}
MAX_ACK_DAYS = 60


def add_working_days(start: date, days: int) -> date:
    """``days`` working days after ``start`` (a Saturday plus one working day is Monday)."""
    current = start
    remaining = max(0, days)
    while remaining:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def acknowledgement_due(
    surfaced: date | datetime, severity: str, ack_days: Mapping[str, int] | None = None
) -> date:
    """The day the acknowledgement is due for an episode of that severity."""
    days_by_severity = DEFAULT_ACK_DAYS if ack_days is None else ack_days
    days = days_by_severity.get(severity, DEFAULT_ACK_DAYS.get(severity, 5))
    start = surfaced.date() if isinstance(surfaced, datetime) else surfaced
    return add_working_days(start, days)


def next_action_due(events: Iterable[tuple[datetime, date | None]]) -> date | None:
    """The ``next_due`` of the latest event (by when it happened) that set one.

    ``events`` are ``(occurred_at, next_due)`` pairs in any order; a later event without a
    next date does not clear an earlier one's.
    """
    latest: tuple[datetime, date] | None = None
    for occurred_at, next_due in events:
        if next_due is not None and (latest is None or occurred_at >= latest[0]):
            latest = (occurred_at, next_due)
    return None if latest is None else latest[1]


def pending_due(
    ack_due: date | None, acknowledged_on: date | None, next_due: date | None
) -> date | None:
    """The earliest due date still pending, or None when nothing is due."""
    candidates = [d for d in (None if acknowledged_on else ack_due, next_due) if d is not None]
    return min(candidates) if candidates else None


def week_end(today: date) -> date:
    """The Sunday of ``today``'s week."""
    return today + timedelta(days=6 - today.weekday())


def is_overdue(due: date | None, today: date, *, closed: bool = False) -> bool:
    return not closed and due is not None and due < today


def is_due_this_week(due: date | None, today: date, *, closed: bool = False) -> bool:
    """Due from today to Sunday; an overdue episode is not "due this week", it is overdue."""
    return not closed and due is not None and today <= due <= week_end(today)


def clean_ack_days(values: Mapping[str, int]) -> dict[str, int]:
    """The settings' mapping, completed with the defaults and clamped to 0..MAX_ACK_DAYS."""
    cleaned = dict(DEFAULT_ACK_DAYS)
    for severity in Severity:
        value = values.get(severity.value)
        if isinstance(value, int) and not isinstance(value, bool):
            cleaned[severity.value] = min(MAX_ACK_DAYS, max(0, value))
    return cleaned
