"""French typography and page-break rules, read back from the PDFs."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, time

import pytest

from consultant_desk.documents.meeting_report import render_meeting_report
from consultant_desk.documents.model import MeetingReport
from consultant_desk.documents.text import markup, typeset
from consultant_desk.domain.language import Language
from tests.documents.pdf_probe import normalize, reader
from tests.documents.report_samples import PARIS_WINTER, sample_letterhead, sample_report
from tests.documents.test_contract import long_terms, render, sample_contract

FR = Language.FR
EN = Language.EN
NBSP = "\u00a0"
NNBSP = "\u202f"


def raw_text(data: bytes) -> str:
    """The text as extracted, no-break spaces kept."""
    return "\n".join(page.extract_text() or "" for page in reader(data).pages)


def render_report(report: MeetingReport) -> bytes:
    return render_meeting_report(report, sample_letterhead())


def test_the_first_of_the_month_is_1er_and_hours_are_14_h_30_in_the_contract() -> None:
    doc = sample_contract(FR)
    terms = dataclasses.replace(
        doc.terms, start_date=date(2026, 9, 1), hours_start=time(8, 45), hours_end=time(14, 30)
    )
    text = raw_text(render(dataclasses.replace(doc, terms=terms)))
    assert "La mission débute le 1er septembre 2026" in normalize(text)
    assert "de 8 h 45 à 14 h 30" in normalize(text)
    english = raw_text(render(dataclasses.replace(sample_contract(EN), terms=terms)))
    assert "starts on 1 September 2026" in normalize(english)
    assert "from 08:45 to 14:30" in english


def test_the_meeting_report_writes_french_hours_too() -> None:
    report = dataclasses.replace(
        sample_report(FR), meeting_date=datetime(2026, 10, 1, 14, 30, tzinfo=PARIS_WINTER)
    )
    text = raw_text(render_report(report))
    assert "1er octobre 2026 à 14 h 30" in normalize(text)
    assert "14:30" not in text
    english = raw_text(render_report(dataclasses.replace(report, language=EN)))
    assert "1 October 2026 at 14:30" in normalize(english)


def test_user_text_gets_french_quotes_and_apostrophes_in_french_only() -> None:
    typed = "Le client a dit \"c'est l'essentiel\" et m'a remercié !"
    report = dataclasses.replace(sample_report(FR), client_expressed=typed)
    text = raw_text(render_report(report))
    assert "« c’est l’essentiel » et m’a remercié !" in normalize(text)
    assert '"' not in text.split("Ce que le client a exprimé")[1].split("Ce que nous")[0]
    english = raw_text(render_report(dataclasses.replace(report, language=EN)))
    assert "\"c'est l'essentiel\"" in english


def test_french_spaces_are_no_break_spaces() -> None:
    """What the paragraphs get: U+202F inside « » and before ! ? ;, U+00A0 before :, then
    U+00A0 for all of them in the markup (the one ReportLab's line breaker keeps together;
    it encodes it with the space glyph, so a text extractor reads a plain space)."""
    typed = "Il a dit \"oui\" ; l'équipe : d'accord ?"
    assert typeset(typed, FR) == (
        f"Il a dit «{NNBSP}oui{NNBSP}»{NNBSP}; l’équipe{NBSP}: d’accord{NNBSP}?"
    )
    assert markup(typed, FR) == (
        f"Il a dit «{NBSP}oui{NBSP}»{NBSP}; l’équipe{NBSP}: d’accord{NBSP}?"
    )
    assert typeset(typed, EN) == typed


def test_guillemets_never_part_from_their_words_at_a_line_end() -> None:
    words = " ".join(f'"mot{n}"' for n in range(300))
    report = dataclasses.replace(sample_report(FR), client_expressed=words)
    text = raw_text(render_report(report))
    section = text.split("Ce que le client a exprimé")[1].split("Ce que nous")[0]
    for line in section.strip().splitlines():
        assert not line.strip().endswith("«"), line
        assert not line.strip().startswith("»"), line


def _body(page: str) -> str:
    """A page's text after its running header and footer (pages 2 and after)."""
    return re.sub(r"^.*?· version \d+\s+", "", page, count=1, flags=re.S)


def _signature_page_body(data: bytes, caption: str) -> tuple[int, str]:
    pages = [page.extract_text() or "" for page in reader(data).pages]
    index = next(i for i, page in enumerate(pages) if caption in page)
    return index, normalize(_body(pages[index]) if index else pages[index])


@pytest.mark.parametrize("words", range(0, 1400, 45))
def test_the_report_signatures_never_start_a_page(words: int) -> None:
    report = dataclasses.replace(
        sample_report(FR, action_count=3 + words % 7),
        next_steps=" ".join(["étape"] * words),
    )
    index, body = _signature_page_body(render_report(report), "Pour le consultant")
    if index:
        assert not body.startswith("Signatures"), body[:200]
        assert "Pour le client" in body


@pytest.mark.parametrize("actions", range(3, 40, 3))
def test_the_report_signatures_never_start_a_page_after_the_actions(actions: int) -> None:
    report = dataclasses.replace(sample_report(FR, action_count=actions), next_steps="")
    index, body = _signature_page_body(render_report(report), "Pour le consultant")
    if index:
        assert not body.startswith("Signatures"), body[:200]


@pytest.mark.parametrize("paragraphs", range(0, 20, 2))
def test_the_contract_signatures_never_start_a_page(paragraphs: int) -> None:
    doc = sample_contract(FR)
    terms = dataclasses.replace(
        doc.terms,
        court="Tribunal de commerce de Bordeaux. " + " ".join(["clause"] * (60 * paragraphs)),
    )
    index, body = _signature_page_body(
        render(dataclasses.replace(doc, terms=terms)), "Pour le Consultant"
    )
    if index:
        assert not body.startswith("Signatures"), body[:200]


@pytest.mark.parametrize("words", range(0, 2000, 110))
def test_no_table_row_is_left_alone_at_a_page_foot_or_top(words: int) -> None:
    terms = long_terms(FR)
    terms = dataclasses.replace(terms, objectives=" ".join(["objectif"] * words))
    data = render(dataclasses.replace(sample_contract(FR), terms=terms))
    rows_per_page = [
        len(re.findall(r"Livrable n°\d+ & annexes", normalize(page.extract_text() or "")))
        for page in reader(data).pages
    ]
    assert sum(rows_per_page) == 30
    assert all(count == 0 or count >= 2 for count in rows_per_page), rows_per_page
