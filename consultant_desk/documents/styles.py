"""The named paragraph styles and colours every document shares."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from consultant_desk.documents.fonts import register_fonts

INK = colors.HexColor("#1d2330")
ACCENT = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5b6573")
RULE = colors.HexColor("#c5ccd6")
SHADE = colors.HexColor("#eef2f6")
SIGNATURE_INK = colors.HexColor("#17306b")

BODY_SIZE = 9.5


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead_line: ParagraphStyle
    signature_caption: ParagraphStyle
    signature_line: ParagraphStyle
    right: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared stylesheet (built once; ParagraphStyles are not mutated after this)."""
    fonts = register_fonts()
    body = ParagraphStyle(
        "Body",
        fontName=fonts.regular,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.38,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
        # Bullets default to Helvetica, which would be referenced but not embedded.
        bulletFontName=fonts.regular,
        bulletFontSize=BODY_SIZE,
    )
    small = ParagraphStyle("Small", parent=body, fontSize=8, leading=10.5, spaceAfter=0)
    cell = ParagraphStyle("Cell", parent=body, fontSize=9, leading=11.8, spaceAfter=0)
    return Styles(
        body=body,
        bullet=ParagraphStyle("Bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2),
        small=small,
        muted=ParagraphStyle("Muted", parent=small, textColor=MUTED),
        title=ParagraphStyle(
            "Title",
            parent=body,
            fontName=fonts.bold,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "Subtitle", parent=body, fontSize=9, leading=12, textColor=MUTED, spaceAfter=0
        ),
        heading=ParagraphStyle(
            "Heading",
            parent=body,
            fontName=fonts.bold,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
        ),
        label=ParagraphStyle("Label", parent=cell, fontName=fonts.bold, textColor=MUTED),
        cell=cell,
        cell_header=ParagraphStyle(
            "CellHeader", parent=cell, fontName=fonts.bold, textColor=ACCENT
        ),
        letterhead_name=ParagraphStyle(
            "LetterheadName",
            parent=body,
            fontName=fonts.bold,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        letterhead_line=ParagraphStyle(
            "LetterheadLine", parent=small, textColor=MUTED, leading=10.5
        ),
        signature_caption=ParagraphStyle(
            "SignatureCaption", parent=cell, fontName=fonts.bold, textColor=ACCENT
        ),
        signature_line=ParagraphStyle("SignatureLine", parent=cell),
        right=ParagraphStyle("Right", parent=small, alignment=TA_RIGHT, textColor=MUTED),
    )


def table_style(*commands: Any) -> TableStyle:
    """A TableStyle in the shared font.

    ReportLab sets each cell's font before drawing it, even a cell holding a Paragraph, and
    defaults to Helvetica: that would put an unembedded Helvetica in every document.
    """
    fonts = register_fonts()
    body = styles().cell
    return TableStyle(
        [("FONT", (0, 0), (-1, -1), fonts.regular, body.fontSize, body.leading), *commands]
    )
