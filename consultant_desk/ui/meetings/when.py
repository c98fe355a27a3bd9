"""Instants as the meeting screens show them: stored in UTC, shown and typed in local time."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale

DATE_TIME_FORMAT = "d MMM yyyy HH:mm"


def to_local_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def from_local_qdatetime(value: QDateTime) -> datetime:
    """The instant the user picked in local time, as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def format_local_datetime(value: datetime) -> str:
    return QLocale().toString(to_local_qdatetime(value), DATE_TIME_FORMAT)


def format_local_time(value: datetime) -> str:
    """The time alone when it is today, else the date and the time."""
    local = to_local_qdatetime(value)
    if local.date() == QDateTime.currentDateTime().date():
        return QLocale().toString(local, "HH:mm")
    return format_local_datetime(value)
