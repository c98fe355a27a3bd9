"""Rules that turn what a user typed into clean values, or a ValidationError naming the field.

Each function takes the field's machine name first so the message can name it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from consultant_desk.domain.errors import ValidationError

SHORT_TEXT = 200
LONG_TEXT = 100_000
# Dates outside this window are typing mistakes, not missions.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)
MAX_AMOUNT = Decimal("1000000000")

E = TypeVar("E", bound=StrEnum)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
# Tab, line feed and carriage return are legitimate in notes; other controls are not.
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}


def _has_bad_controls(value: str) -> bool:
    return any(
        unicodedata.category(ch) in ("Cc", "Cs") and ch not in _ALLOWED_CONTROLS for ch in value
    )


def clean_text(
    field: str,
    value: str | None,
    *,
    required: bool = False,
    max_length: int = SHORT_TEXT,
    multiline: bool = False,
) -> str:
    text = unicodedata.normalize("NFC", value or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n") if multiline else text.strip()
    if multiline:
        text = text.strip("\n ")
    if _has_bad_controls(text) or (not multiline and "\n" in text):
        raise ValidationError(field, "control_chars")
    if required and not text.strip():
        raise ValidationError(field, "required")
    if len(text) > max_length:
        raise ValidationError(field, "too_long", max=max_length, length=len(text))
    return text


def clean_long_text(field: str, value: str | None, *, required: bool = False) -> str:
    return clean_text(field, value, required=required, max_length=LONG_TEXT, multiline=True)


def clean_email(field: str, value: str | None) -> str:
    text = clean_text(field, value, max_length=254)
    if text and not _EMAIL.match(text):
        raise ValidationError(field, "invalid_email", value=text)
    return text


def clean_choice(field: str, value: str | E | None, enum: type[E]) -> E:
    try:
        return enum(str(value))
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise ValidationError(field, "invalid_choice", value=value, choices=choices) from None


def clean_currency(field: str, value: str | None) -> str:
    text = (value or "").strip().upper()
    if not _CURRENCY.match(text):
        raise ValidationError(field, "invalid_currency", value=value or "")
    return text


def parse_decimal(
    field: str,
    value: str | int | float | Decimal | None,
    *,
    required: bool = False,
    minimum: Decimal | None = Decimal(0),
    allow_zero: bool = True,
    places: int = 2,
    maximum: Decimal = MAX_AMOUNT,
) -> Decimal | None:
    """A user amount: accepts ``1 234,50`` as well as ``1234.50``; never goes through float."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, "required")
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(field, "not_finite")
        value = repr(value)
    if isinstance(value, str):
        text = value.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        value = text
    try:
        number = Decimal(value)
    except (InvalidOperation, ValueError):
        raise ValidationError(field, "invalid_number", value=str(value)) from None
    if not number.is_finite():
        raise ValidationError(field, "not_finite")
    if minimum is not None and number < minimum:
        raise ValidationError(field, "negative")
    if not allow_zero and number == 0:
        raise ValidationError(field, "not_positive")
    if abs(number) > maximum:
        raise ValidationError(field, "too_large", max=maximum)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        raise ValidationError(field, "too_many_decimals", places=places)
    return number


def parse_int(
    field: str,
    value: str | int | None,
    *,
    required: bool = False,
    minimum: int = 0,
    maximum: int = 1_000_000,
) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, "required")
        return None
    try:
        number = int(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise ValidationError(field, "invalid_number", value=str(value)) from None
    if number < minimum:
        raise ValidationError(field, "negative")
    if number > maximum:
        raise ValidationError(field, "too_large", max=maximum)
    return number


def parse_date(field: str, value: str | date | None, *, required: bool = False) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, "required")
        return None
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, "invalid_date", value=value) from None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(
            field, "date_out_of_range", low=EARLIEST_DATE.isoformat(), high=LATEST_DATE.isoformat()
        )
    return value


def check_period(field: str, start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            field, "end_before_start", start=start.isoformat(), end=end.isoformat()
        )
