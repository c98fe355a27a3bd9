from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from reportlab.platypus import Flowable, Paragraph

from consultant_desk.documents.engine import build_pdf, fingerprint, write_pdf
from consultant_desk.documents.model import Letterhead
from consultant_desk.documents.styles import styles
from consultant_desk.domain.language import Language
from tests.documents.pdf_probe import (
    operators,
    page_texts,
    pdffonts,
    qpdf_check,
    reader,
    text_of,
)
from tests.documents.report_samples import sample_letterhead

REPO_TOP = Path(__file__).resolve().parents[2]


def story(paragraph_count: int = 3) -> list[Flowable]:
    body = styles().body
    return [
        Paragraph(f"Paragraphe {i} : <b>gras</b>, <i>italique</i>, <b><i>les deux</i></b>.", body)
        for i in range(paragraph_count)
    ]


def build(paragraph_count: int = 3, letterhead: Letterhead | None = None) -> bytes:
    return build_pdf(
        story(paragraph_count),
        letterhead or sample_letterhead(),
        "Compte rendu de réunion",
        "CR-2026-014",
        Language.FR,
        version=3,
        subject="Sujet « test »",
        keywords=["Client", "MIS-1"],
    )


def test_metadata_title_author_subject_language() -> None:
    pdf = reader(build())
    info = pdf.metadata
    assert info is not None
    assert info.title == "Compte rendu de réunion — CR-2026-014"
    assert info.author == "Élodie Marchand — Marchand Conseil & Associés"
    assert info.subject == "Sujet « test »"
    assert info["/Creator"] == "Consultant Desk"
    assert pdf.trailer["/Root"]["/Lang"] == "fr"


def test_letterhead_and_title_block_on_the_first_page() -> None:
    first = page_texts(build())[0]
    for expected in (
        "Élodie Marchand",
        "Marchand Conseil & Associés",
        "12, rue de la République 69002 Lyon",
        "SIRET 812 345 678 00027",
        "elodie@marchand-conseil.fr",
        "Compte rendu de réunion",
        "Réf. CR-2026-014 · version 3",
    ):
        assert expected in first


def test_every_page_has_its_number_out_of_the_total_and_the_reference() -> None:
    pages = page_texts(build(paragraph_count=120))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in text
        assert "Compte rendu de réunion · Réf. CR-2026-014 · version 3" in text
    # Later pages carry a running header instead of the full letterhead.
    assert "SIRET" not in pages[1]
    assert "Élodie Marchand · Marchand Conseil & Associés" in pages[1]


def test_same_input_same_bytes() -> None:
    assert build() == build()
    assert build() != build(paragraph_count=4)


def test_same_bytes_in_a_fresh_process() -> None:
    script = (
        "import hashlib, sys\n"
        "from tests.documents.test_engine import build\n"
        "sys.stdout.write(hashlib.sha256(build()).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_TOP)}
    result = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True, env=env
    )
    assert result.stdout == hashlib.sha256(build()).hexdigest()


def test_all_four_faces_are_embedded(tmp_path: Path) -> None:
    rows = pdffonts(build(), str(tmp_path / "doc.pdf"))
    names = {row["name"].split("+", 1)[-1] for row in rows}
    assert names == {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    }
    assert all(row["emb"] == "yes" for row in rows), rows


def test_qpdf_finds_no_error(tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(build(paragraph_count=80))
    result = qpdf_check(str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_logo_is_drawn_when_readable(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (31, 58, 95)).save(logo)
    letterhead = Letterhead(name="Ann", logo_path=logo)
    data = build(letterhead=letterhead)
    assert operators(data, 0)["Do"] == 1
    assert "Ann" in text_of(data)


@pytest.mark.parametrize("content", [None, b"", b"not an image at all"])
def test_missing_or_broken_logo_is_left_out(tmp_path: Path, content: bytes | None) -> None:
    logo = tmp_path / "logo.png"
    if content is not None:
        logo.write_bytes(content)
    data = build(letterhead=Letterhead(name="Ann", logo_path=logo))
    assert operators(data, 0)["Do"] == 0
    assert "Ann" in text_of(data)


def test_huge_letterhead_flows_instead_of_overlapping() -> None:
    letterhead = Letterhead(name="N" * 400, company="C " * 300, address="rue\n" * 150)
    data = build(letterhead=letterhead)
    assert len(reader(data).pages) >= 2


def test_write_pdf_is_atomic_private_and_returns_the_fingerprint(tmp_path: Path) -> None:
    data = build()
    target = tmp_path / "out" / "report.pdf"
    digest = write_pdf(target, data)
    assert digest == fingerprint(data) == hashlib.sha256(data).hexdigest()
    assert target.read_bytes() == data
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]
