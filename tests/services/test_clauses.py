from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import ClauseKind, ScopingTerms
from consultant_desk.services.clauses import (
    PLACEHOLDERS,
    clause_file,
    clauses,
    fill_clause,
    get_clause,
    load_clauses,
)
from tests.scoping_samples import complete_terms


@pytest.mark.parametrize("language", list(Language))
def test_each_kind_offers_several_texts(language: Language) -> None:
    assert clause_file(language).is_file()
    for kind in ClauseKind:
        found = clauses(kind, language)
        assert len(found) >= 3, kind
        for clause in found:
            assert clause.title and clause.text
            assert set(clause.placeholders) <= set(PLACEHOLDERS)


def test_french_and_english_libraries_hold_the_same_clauses() -> None:
    french = [(c.kind, c.id, set(c.placeholders)) for c in load_clauses(Language.FR)]
    english = [(c.kind, c.id, set(c.placeholders)) for c in load_clauses(Language.EN)]
    assert french == english


def test_every_kind_fills_a_field_of_the_terms() -> None:
    for kind in ClauseKind:
        assert kind.field.removeprefix("scoping.") in ScopingTerms.__dataclass_fields__


def test_late_payment_clauses_state_the_law() -> None:
    french = get_clause(ClauseKind.LATE_PAYMENT, "statutory-penalties", Language.FR).text
    assert "L441-10" in french
    assert "40 euros" in french
    assert "Banque centrale européenne" in french
    assert "10 points" in french
    english = get_clause(ClauseKind.LATE_PAYMENT, "statutory-penalties", Language.EN).text
    assert "Late Payment of Commercial Debts (Interest) Act 1998" in english
    assert "8% a year above the Bank of England base rate" in english


def test_remedies_go_amicable_first_then_mediation_then_court() -> None:
    for language in Language:
        text = get_clause(ClauseKind.REMEDIES, "amicable-mediation-court", language).text
        steps = ("amiable", "médiation", "tribunal")
        if language is Language.EN:
            steps = ("amicable", "mediation", "court")
        positions = [text.index(step) for step in steps]
        assert positions == sorted(positions)


def test_filling_takes_the_values_of_the_terms() -> None:
    clause = get_clause(ClauseKind.WITHDRAWAL, "termination-notice", Language.FR)
    text = fill_clause(clause, complete_terms())
    assert "préavis de 15 jours" in text
    assert "1\u202f300,00\u00a0€ HT" in text
    english = get_clause(ClauseKind.CHANGE_REQUEST, "extra-days", Language.EN)
    assert "daily rate of €650.00" in fill_clause(english, complete_terms())


def test_what_is_not_known_yet_is_left_visible() -> None:
    terms = dataclasses.replace(complete_terms(), mediator="", court=" ", withdrawal_fee=None)
    remedies = get_clause(ClauseKind.REMEDIES, "short", Language.FR)
    assert fill_clause(remedies, terms).count("[à compléter]") == 2
    notice = get_clause(ClauseKind.WITHDRAWAL, "termination-notice", Language.EN)
    assert "[to be completed]" in fill_clause(notice, terms)


def test_an_unknown_currency_still_fills() -> None:
    terms = dataclasses.replace(complete_terms(), currency="XYZ", withdrawal_fee=Decimal("10"))
    clause = get_clause(ClauseKind.WITHDRAWAL, "termination-notice", Language.EN)
    assert "10" in fill_clause(clause, terms)


def test_an_unknown_clause_id() -> None:
    with pytest.raises(KeyError):
        get_clause(ClauseKind.REMEDIES, "nope", Language.FR)
