from __future__ import annotations

from itertools import pairwise

import pytest

from consultant_desk.domain.language import Language
from consultant_desk.domain.sincerity import Remark, check
from consultant_desk.domain.sincerity_patterns import RemarkKind
from tests.domain.sincerity_cases import CASES, Case
from tests.domain.sincerity_fresh_cases import FRESH_CASES
from tests.domain.sincerity_scores import scores, table

TUNING = [case for case in CASES if not case[3]]


@pytest.mark.parametrize("case", TUNING, ids=lambda case: case[1][:40])
def test_the_tuning_table_is_met(case: Case) -> None:
    language, text, expected, _held_out = case
    assert {remark.kind.value for remark in check(text, language)} == expected


@pytest.mark.parametrize("case", [*CASES, *FRESH_CASES], ids=lambda case: case[1][:40])
def test_spans_lie_inside_the_text_and_do_not_repeat_a_kind(case: Case) -> None:
    language, text, _expected, _held_out = case
    remarks = check(text, language)
    for remark in remarks:
        assert 0 <= remark.start < remark.end <= len(text)
        assert remark.span(text).strip() == remark.span(text)
    for kind in RemarkKind:
        spans = sorted((r.start, r.end) for r in remarks if r.kind is kind)
        assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_every_kind_is_in_the_table_in_both_languages() -> None:
    for kind in RemarkKind:
        for language in Language:
            assert any(kind.value in c[2] and c[0] == language.value for c in CASES)
    assert len(CASES) >= 80
    assert sum(1 for case in CASES if not case[2]) >= 25


def test_the_remark_names_its_span() -> None:
    text = "Merci. Veuillez nous excuser pour la gêne occasionnée."
    stock = [r for r in check(text, "fr") if r.kind is RemarkKind.STOCK]
    assert [r.span(text) for r in stock] == ["Veuillez nous excuser pour la gêne occasionnée"]
    # The patterns are the message's language's: an English formula read as French is not.
    english = "We apologize for any inconvenience."
    assert RemarkKind.STOCK in {r.kind for r in check(english, Language.EN)}
    assert RemarkKind.STOCK not in {r.kind for r in check(english, Language.FR)}


@pytest.mark.parametrize("kind", list(RemarkKind))
def test_advice_in_both_languages(kind: RemarkKind) -> None:
    remark = Remark(kind, 0, 1)
    assert remark.advice(Language.FR) != remark.advice(Language.EN)
    assert remark.advice(Language.FR) and remark.advice(Language.EN)


def test_a_message_being_typed_is_left_alone() -> None:
    assert check("", "fr") == []
    assert check("Bonjour Paul,", "fr") == []


def test_the_scores_table_prints_every_kind() -> None:
    printed = table()
    for kind in RemarkKind:
        assert f"`{kind.value}`" in printed
    assert [s.kind for s in scores(CASES)] == [k.value for k in RemarkKind]
