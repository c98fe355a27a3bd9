from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from consultant_desk.documents.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
)
from consultant_desk.domain.language import Language

FR, EN = Language.FR, Language.EN


def test_money_in_french_uses_no_break_spaces() -> None:
    # Babel: narrow no-break space between thousands, no-break space before the sign.
    assert format_money(Decimal("1234.50"), "EUR", FR) == "1\u202f234,50\u00a0€"
    assert format_money(Decimal("1234.5"), "CHF", FR) == "1\u202f234,50\u00a0CHF"


def test_money_in_english() -> None:
    assert format_money(Decimal("1234.50"), "EUR", EN) == "€1,234.50"
    assert format_money(0, "EUR", EN) == "€0.00"


def test_dates_in_both_languages() -> None:
    assert format_date(date(2026, 11, 22), FR) == "22 novembre 2026"
    assert format_date(date(2026, 11, 22), EN) == "22 November 2026"
    assert format_date(date(2026, 2, 1), FR) == "1er février 2026"
    assert format_date(date(2026, 2, 11), FR) == "11 février 2026"
    assert format_date(date(2026, 2, 1), EN) == "1 February 2026"


def test_datetime_keeps_its_own_time_zone() -> None:
    moment = datetime(2026, 11, 22, 14, 30, tzinfo=timezone(timedelta(hours=1)))
    assert format_datetime(moment, FR) == "22 novembre 2026 à 14\u00a0h\u00a030"
    assert format_datetime(moment, EN) == "22 November 2026 at 14:30"
    assert (
        format_datetime(datetime(2026, 1, 2, 9, 5, tzinfo=UTC), FR)
        == "2 janvier 2026 à 9\u00a0h\u00a005"
    )
    assert (
        format_datetime(datetime(2026, 1, 2, 9, 0, tzinfo=UTC), FR) == "2 janvier 2026 à 9\u00a0h"
    )


def test_datetime_accepts_a_plain_date() -> None:
    assert format_datetime(date(2026, 11, 22), EN) == "22 November 2026"


def test_numbers() -> None:
    assert format_number(Decimal("1234.5"), FR) == "1\u202f234,5"
    assert format_number(Decimal("1234.5"), EN) == "1,234.5"
