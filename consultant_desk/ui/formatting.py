"""Dates and numbers as the interface shows them, in the current Qt locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

# Abbreviated month names are unambiguous in both languages ("4 mars 2026", "4 Mar 2026"),
# where 04/03/2026 reads differently to a British and an American user.
LIST_DATE_FORMAT = "d MMM yyyy"


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), LIST_DATE_FORMAT)


def format_long_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


def format_count(value: int) -> str:
    return QLocale().toString(value)


def edit_date_format() -> str:
    """The locale's short numeric format with a four-digit year, for typing into a date field."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def arg(template: str, *values: object) -> str:
    """Fill ``%1``, ``%2``… as QString.arg does; Python's ``str`` has no ``arg``.

    Higher numbers first, so that ``%1`` never eats the start of ``%10``.
    """
    text = template
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
