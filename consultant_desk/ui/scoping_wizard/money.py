"""Amounts as the wizard shows them: exact decimals, the currency placed as each language
writes it (``9 750,00 €``, ``€9,750.00``)."""

from __future__ import annotations

from decimal import Decimal

from babel.core import UnknownLocaleError
from babel.numbers import UnknownCurrencyError, format_currency, format_decimal

from consultant_desk.domain.language import Language, current_language

LOCALES = {Language.FR: "fr_FR", Language.EN: "en_GB"}
COMMON_CURRENCIES = ("EUR", "CHF", "GBP", "USD", "CAD")


def money(amount: Decimal | None, currency: str, language: Language | None = None) -> str:
    """``amount`` in ``currency``; an empty string when unknown."""
    if amount is None or not amount.is_finite():
        return ""
    locale = LOCALES[language or current_language()]
    code = currency.strip().upper()
    try:
        if len(code) == 3 and code.isalpha():
            return str(format_currency(amount, code, locale=locale))
    except (UnknownCurrencyError, UnknownLocaleError, ValueError):
        pass
    number = format_decimal(amount, format="#,##0.00", locale=locale)
    return f"{number} {code}".strip()


def percent(value: Decimal | None, language: Language | None = None) -> str:
    """``20 %`` in French, ``20%`` in English; trailing zeros dropped."""
    if value is None or not value.is_finite():
        return ""
    language = language or current_language()
    shown = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    number = format_decimal(shown, format="#,##0.####", locale=LOCALES[language])
    return f"{number}\u202f%" if language is Language.FR else f"{number}%"
