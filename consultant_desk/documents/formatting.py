"""Dates, times, numbers and amounts as a reader of the document's language expects them.

Babel's French output uses U+202F (narrow no-break space) as the thousands separator and U+00A0
before the currency sign; ``text.markup`` keeps both unbreakable in a paragraph.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_decimal

from consultant_desk.documents.labels import label
from consultant_desk.domain.language import Language

# en_GB rather than en_US: "22 November 2026" and the 24-hour clock read well to the European
# clients English documents are for; the amounts are the same ("€1,234.50").
LOCALES: dict[Language, str] = {Language.FR: "fr_FR", Language.EN: "en_GB"}


def locale_of(language: Language) -> str:
    return LOCALES[language]


NBSP = "\u00a0"


def format_date(value: date, language: Language) -> str:
    """``22 novembre 2026`` / ``22 November 2026``; ``1er septembre 2026`` (French writes the
    first of the month as an ordinal)."""
    if isinstance(value, datetime):
        value = value.date()
    text = babel_format_date(value, format="long", locale=locale_of(language))
    if language is Language.FR and value.day == 1 and text.startswith("1 "):
        text = "1er " + text[2:]
    return text


def format_clock(value: time, language: Language) -> str:
    """``14 h 30``, ``9 h`` in French (no-break spaces, as French typography writes hours);
    ``14:30``, ``09:00`` in English."""
    if language is Language.FR:
        minutes = f"{NBSP}{value.minute:02d}" if value.minute else ""
        return f"{value.hour}{NBSP}h{minutes}"
    return f"{value.hour:02d}:{value.minute:02d}"


def format_datetime(value: date | datetime, language: Language) -> str:
    """A date, or a date and time of day: ``22 novembre 2026 à 14 h 30``.

    The time is shown in the datetime's own time zone, the one the meeting took place in.
    """
    if not isinstance(value, datetime):
        return format_date(value, language)
    time_text = format_clock(value.timetz(), language)
    return label("date_at_time", language, date=format_date(value, language), time=time_text)


def format_money(amount: Decimal | int, currency: str, language: Language) -> str:
    """``1 234,50 €`` / ``€1,234.50`` (any ISO 4217 currency code)."""
    return format_currency(Decimal(amount), currency, locale=locale_of(language))


def format_number(value: Decimal | int | float, language: Language) -> str:
    """``1 234,5`` / ``1,234.5``: quantities such as days."""
    return format_decimal(value, locale=locale_of(language))
