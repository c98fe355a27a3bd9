"""The clause library: ready, editable texts for withdrawal, late payment, remedies and change
requests, in French and in English (``resources/clauses/clauses_<language>.toml``).

A clause text may hold placeholders between braces, filled from the scoping terms by
``fill_clause`` (``{withdrawal_notice_days}``, ``{mediator}``...); one with no value yet is
left as a visible "[à compléter]" / "[to be completed]" for the user to edit.
"""

from __future__ import annotations

import functools
import string
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_currency

from consultant_desk.documents.resources import resource_path
from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.scoping import ClauseKind, ScopingTerms

PLACEHOLDERS: tuple[str, ...] = (
    "withdrawal_notice_days",
    "withdrawal_fee",
    "daily_rate",
    "response_days",
    "mediator",
    "court",
    "applicable_law",
)
TO_BE_COMPLETED = {Language.FR: "[à compléter]", Language.EN: "[to be completed]"}
LOCALES = {Language.FR: "fr_FR", Language.EN: "en_GB"}


class ClauseLibraryError(Exception):
    """A clause file shipped with the application is missing or malformed."""


@dataclass(frozen=True)
class Clause:
    kind: ClauseKind
    id: str
    title: str
    text: str
    language: Language

    @property
    def placeholders(self) -> tuple[str, ...]:
        names = [name for _, name, _, _ in string.Formatter().parse(self.text) if name]
        return tuple(dict.fromkeys(names))


def clause_file(language: Language) -> Path:
    return resource_path("clauses", f"clauses_{language.value}.toml")


@functools.cache
def load_clauses(language: Language) -> tuple[Clause, ...]:
    """Every clause of one language, in file order (read once, then cached)."""
    path = clause_file(language)
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ClauseLibraryError(f"{path.name}: {error}") from None
    found: list[Clause] = []
    for kind_name, entries in document.items():
        try:
            kind = ClauseKind(kind_name)
        except ValueError:
            raise ClauseLibraryError(f"{path.name}: unknown kind {kind_name!r}") from None
        if not isinstance(entries, list):
            raise ClauseLibraryError(f"{path.name}: [[{kind_name}]] expected")
        for entry in entries:
            try:
                clause = Clause(
                    kind=kind,
                    id=str(entry["id"]),
                    title=str(entry["title"]).strip(),
                    text=str(entry["text"]).strip(),
                    language=language,
                )
            except (KeyError, TypeError) as error:
                raise ClauseLibraryError(f"{path.name}: {kind_name}: {error}") from None
            unknown = set(clause.placeholders) - set(PLACEHOLDERS)
            if unknown:
                raise ClauseLibraryError(f"{path.name}: {clause.id}: {sorted(unknown)}")
            found.append(clause)
    return tuple(found)


def clauses(kind: ClauseKind, language: Language | None = None) -> list[Clause]:
    """The ready texts of one kind, for the "insert a clause" menu."""
    language = language or current_language()
    return [clause for clause in load_clauses(language) if clause.kind is kind]


def get_clause(kind: ClauseKind, clause_id: str, language: Language | None = None) -> Clause:
    for clause in clauses(kind, language):
        if clause.id == clause_id:
            return clause
    raise KeyError(f"{kind.value}/{clause_id}")


def _money(amount: Decimal, currency: str, language: Language) -> str:
    return str(format_currency(amount, currency, locale=LOCALES[language]))


def placeholder_values(terms: ScopingTerms, language: Language) -> dict[str, str]:
    """The values the placeholders take from the terms; absent ones are not in the dict."""
    currency = terms.currency.strip().upper() or "EUR"
    values: dict[str, str] = {}
    if terms.withdrawal_notice_days is not None:
        values["withdrawal_notice_days"] = str(terms.withdrawal_notice_days)
    if terms.response_days is not None:
        values["response_days"] = str(terms.response_days)
    for name in ("withdrawal_fee", "daily_rate"):
        amount = getattr(terms, name)
        if isinstance(amount, Decimal) and amount.is_finite():
            try:
                values[name] = _money(amount, currency, language)
            except ValueError:  # an unknown currency code: the plain number then
                values[name] = f"{amount} {currency}"
    for name in ("mediator", "court", "applicable_law"):
        text = getattr(terms, name).strip()
        if text:
            values[name] = text
    return values


class _Blanks(dict[str, str]):
    def __init__(self, values: dict[str, str], blank: str) -> None:
        super().__init__(values)
        self.blank = blank

    def __missing__(self, key: str) -> str:
        return self.blank


def fill_clause(clause: Clause, terms: ScopingTerms, language: Language | None = None) -> str:
    """The clause text with the terms' values in place of its placeholders."""
    language = language or clause.language
    values = placeholder_values(terms, language)
    return clause.text.format_map(_Blanks(values, TO_BE_COMPLETED[language]))
