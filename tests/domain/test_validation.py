from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.validation import (
    LONG_TEXT,
    check_period,
    clean_email,
    clean_long_text,
    clean_text,
    parse_date,
    parse_decimal,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1234.5", Decimal("1234.5")),
        ("1 234,50", Decimal("1234.50")),
        ("1\u202f234,50", Decimal("1234.50")),
        ("0", Decimal("0")),
        (650, Decimal("650")),
        (Decimal("12.34"), Decimal("12.34")),
    ],
)
def test_amounts_are_read_as_a_french_or_english_user_types_them(
    typed: str | int | Decimal, expected: Decimal
) -> None:
    assert parse_decimal("x", typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("abc", "invalid_number"),
        ("NaN", "not_finite"),
        ("Infinity", "not_finite"),
        (float("nan"), "not_finite"),
        ("-1", "negative"),
        ("12.345", "too_many_decimals"),
        ("1e12", "too_large"),
    ],
)
def test_bad_amounts_are_refused_with_a_reason(typed: str | float, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_decimal("engagement.title", typed)
    assert caught.value.code == code
    assert caught.value.field == "engagement.title"


def test_text_rules() -> None:
    assert clean_text("client.name", "  Zoë \u0301 ") == "Zoë \u0301".strip()
    with pytest.raises(ValidationError, match="obligatoire"):
        clean_text("client.name", "\t ", required=True)
    with pytest.raises(ValidationError) as caught:
        clean_text("client.name", "a\x00b")
    assert caught.value.code == "control_chars"
    with pytest.raises(ValidationError) as caught:
        clean_text("client.name", "x" * 201)
    assert caught.value.code == "too_long"
    assert clean_long_text("client.notes", "line 1\r\nline 2") == "line 1\nline 2"


def test_email_and_dates() -> None:
    assert clean_email("client.email", "") == ""
    with pytest.raises(ValidationError):
        clean_email("client.email", "jean@")
    assert parse_date("engagement.start_date", "2026-11-23") == date(2026, 11, 23)
    with pytest.raises(ValidationError) as caught:
        parse_date("engagement.start_date", date(1, 1, 1))
    assert caught.value.code == "date_out_of_range"
    with pytest.raises(ValidationError) as caught:
        check_period("engagement.end_date", date(2026, 2, 1), date(2026, 1, 1))
    assert caught.value.code == "end_before_start"


@given(st.text(max_size=300))
def test_any_text_is_either_clean_or_refused_with_the_field(value: str) -> None:
    try:
        cleaned = clean_long_text("client.notes", value)
    except ValidationError as error:
        assert error.field == "client.notes"
        assert error.text()
    else:
        assert len(cleaned) <= LONG_TEXT
        assert "\x00" not in cleaned


@given(
    st.one_of(
        st.text(max_size=40),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(allow_nan=True, allow_infinity=True),
    )
)
def test_any_number_is_either_a_decimal_or_refused(value: object) -> None:
    try:
        parsed = parse_decimal("engagement.title", value)  # type: ignore[arg-type]
    except ValidationError as error:
        assert error.field == "engagement.title"
    else:
        assert parsed is None or (isinstance(parsed, Decimal) and parsed.is_finite())
