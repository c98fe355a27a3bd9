from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest

from consultant_desk.documents.labels import LABELS
from consultant_desk.documents.meeting_report import render_meeting_report
from consultant_desk.documents.model import ActionItem, MeetingReport
from consultant_desk.documents.text import PLACEHOLDER
from consultant_desk.domain.language import Language
from tests.documents.pdf_probe import (
    normalize,
    operators,
    page_texts,
    pdffonts,
    qpdf_check,
    reader,
    text_of,
)
from tests.documents.report_samples import sample_letterhead, sample_report

FR, EN = Language.FR, Language.EN

SECTION_KEYS = [
    "meeting_report.context",
    "meeting_report.attendees",
    "meeting_report.points_discussed",
    "meeting_report.client_expressed",
    "meeting_report.acknowledged",
    "meeting_report.agreed_solution",
    "meeting_report.action_items",
    "meeting_report.next_steps",
    "signatures",
    "for_consultant",
    "for_client",
]


def render(report: MeetingReport) -> bytes:
    return render_meeting_report(report, sample_letterhead())


@pytest.mark.parametrize(("language", "other"), [(FR, EN), (EN, FR)])
def test_labels_are_in_the_report_language(language: Language, other: Language) -> None:
    text = text_of(render(sample_report(language)))
    for key in SECTION_KEYS:
        assert normalize(LABELS[key][language.value]) in text, key
    for key in ("meeting_report.points_discussed", "meeting_report.next_steps", "for_client"):
        assert normalize(LABELS[key][other.value]) not in text, key


def test_user_text_prints_literally_markup_characters_included() -> None:
    report = dataclasses.replace(
        sample_report(FR),
        client_name="Tom & <b>Jerry</b> SARL",
        place="Salle <i>R&D</i> &amp; co",
        next_steps="Envoyer le devis <script>alert(1)</script> &nbsp; avant jeudi",
    )
    text = text_of(render(report))
    assert "Tom & <b>Jerry</b> SARL" in text
    assert "Salle <i>R&D</i> &amp; co" in text
    assert "Envoyer le devis <script>alert(1)</script> &nbsp; avant jeudi" in text
    assert "Livrer la version 1 de la maquette & recueillir les <retours> du client" in text


def test_accented_greek_and_cyrillic_names_print() -> None:
    text = text_of(render(sample_report(FR)))
    for name in ("Jean-Noël Dubœuf", "Élodie Marchand", "Γιώργος Παπαδόπουλος", "Анна Смирнова"):
        assert name in text


def test_french_dates_and_context() -> None:
    text = text_of(render(sample_report(FR)))
    assert "Date de la réunion 22 novembre 2026 à 14 h 30" in text
    assert "Date de suivi 6 décembre 2026" in text
    assert "Modalité En présentiel" in text
    assert "Mission Refonte du site de vente en ligne (MIS-2026-003)" in text
    assert "Date : 22 novembre 2026" in text  # signing date
    assert "Fait à Lyon" in text
    assert "4 décembre 2026" in text  # a due date


def test_english_dates_and_context() -> None:
    text = text_of(render(sample_report(EN)))
    assert "Meeting date 22 November 2026 at 14:30" in text
    assert "Follow-up date 6 December 2026" in text
    assert "Format In person" in text
    assert "Date: 22 November 2026" in text
    assert "Signed at Lyon" in text


def test_a_plain_date_and_missing_optional_values() -> None:
    report = dataclasses.replace(
        sample_report(EN), meeting_date=date(2026, 1, 5), place="", follow_up_date=None
    )
    text = text_of(render(report))
    assert "Meeting date 5 January 2026 Place Not specified" in text
    assert "Follow-up date Not specified" in text


def test_thirty_action_items_in_a_table_whose_header_repeats() -> None:
    report = sample_report(FR, action_count=30)
    pages = page_texts(render(report))
    for number in range(1, 31):
        assert f"Livrer la version {number} de la maquette" in " ".join(pages)
    table_pages = [page for page in pages if "Livrer la version" in page]
    assert len(table_pages) >= 2
    for page in table_pages:
        assert "N° Responsable Action Échéance" in page


def test_a_two_thousand_word_discussion_flows_over_pages() -> None:
    words = [f"mot{i}" for i in range(2000)]
    lines = [" ".join(words[i : i + 40]) for i in range(0, 2000, 40)]
    discussion = "\n".join(lines[:25]) + "\n\n" + " ".join(lines[25:])
    data = render(dataclasses.replace(sample_report(FR), points_discussed=discussion))
    text = text_of(data)
    assert len(reader(data).pages) >= 3
    found = re.findall(r"\bmot(\d+)\b", text)
    assert [int(n) for n in found] == list(range(2000))


def test_words_longer_than_a_line_wrap_instead_of_failing() -> None:
    report = dataclasses.replace(
        sample_report(EN),
        client_name="X" * 2000,
        agreed_solution="y" * 20000,
        action_items=(ActionItem("o" * 3000, "w" * 30000, None),),
    )
    data = render(report)
    assert len(reader(data).pages) >= 3


def test_a_row_taller_than_a_page_flows_without_a_second_header_on_one_page() -> None:
    report = sample_report(FR, action_count=2)
    giant = ActionItem("Élodie Marchand", "très long " * 900, date(2026, 12, 24))
    report = dataclasses.replace(report, action_items=(*report.action_items, giant))
    pages = page_texts(render(report))
    giant_pages = [page for page in pages if "très long" in page]
    assert len(giant_pages) >= 2
    for page in pages:
        assert page.count("N° Responsable Action Échéance") <= 1
    assert "24 décembre 2026" in " ".join(pages)


def test_unsupported_glyphs_show_a_placeholder() -> None:
    report = dataclasses.replace(
        sample_report(FR),
        client_name="株式会社 Sakura 🦄",
        client_expressed="Très content 🦄🦄 mais 中文",
    )
    text = text_of(render(report))
    assert f"{PLACEHOLDER * 4} Sakura {PLACEHOLDER}" in text
    assert f"Très content {PLACEHOLDER * 2} mais {PLACEHOLDER * 2}" in text


def test_empty_sections_are_left_out_and_no_action_is_said() -> None:
    report = dataclasses.replace(
        sample_report(FR), acknowledged="  \n ", next_steps="", attendees=(), action_items=()
    )
    text = text_of(render(report))
    assert "Ce que nous reconnaissons" not in text
    assert "Prochaines étapes" not in text
    assert "Participants" not in text
    assert "Aucune action n’a été convenue." in text


def test_signed_report_draws_the_signatures_and_unsigned_leaves_lines() -> None:
    signed = render(sample_report(FR, signed=True))
    unsigned = render(sample_report(FR, signed=False))
    last_signed = operators(signed, len(reader(signed).pages) - 1)
    last_unsigned = operators(unsigned, len(reader(unsigned).pages) - 1)
    assert last_signed["l"] > last_unsigned["l"] + 300
    # Four strokes per signature, two signatures; the unsigned page has two date blanks.
    assert last_signed["m"] - last_unsigned["m"] == 2 * 4 - 2
    unsigned_text = page_texts(unsigned)[-1]
    assert unsigned_text.count("Date :") == 2
    assert "22 novembre 2026" not in unsigned_text.split("Signatures")[-1]


@pytest.mark.parametrize("word_count", range(0, 700, 35))
def test_signature_blocks_stay_together_on_one_page(word_count: int) -> None:
    report = dataclasses.replace(
        sample_report(FR, action_count=2),
        next_steps=" ".join(["étape"] * word_count),
    )
    pages = page_texts(render(report))
    page = next(p for p in pages if "Pour le consultant" in p)
    assert "Pour le client" in page
    assert page.count("Date :") == 2
    assert re.search(r"Signatures Fait à Lyon Pour le consultant", page)


def test_metadata_and_determinism() -> None:
    report = sample_report(EN)
    data = render(report)
    pdf = reader(data)
    assert pdf.metadata is not None
    assert pdf.metadata.title == "Meeting report — CR-2026-014"
    assert pdf.metadata.subject == (
        "Meeting report — Boulangerie Dubœuf & Fils — Online shop redesign"
    )
    assert pdf.trailer["/Root"]["/Lang"] == "en"
    assert render(report) == data
    assert render(dataclasses.replace(report, version=3)) != data


def test_fonts_are_embedded_and_qpdf_is_happy(tmp_path: Path) -> None:
    data = render(sample_report(FR, action_count=30))
    rows = pdffonts(data, str(tmp_path / "fonts.pdf"))
    assert rows and all(row["emb"] == "yes" for row in rows), rows
    assert all("DejaVuSans" in row["name"] for row in rows)
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = qpdf_check(str(path))
    assert result.returncode == 0, result.stdout + result.stderr
