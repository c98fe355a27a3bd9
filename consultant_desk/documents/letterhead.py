"""The consultant's letterhead and the document's title block, at the top of the first page.

They are flowables rather than drawings on the page template: an address or a company name of
any length then pushes the body down instead of running into it.
"""

from __future__ import annotations

from functools import cache
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Spacer, TableStyle

from consultant_desk.documents.labels import label
from consultant_desk.documents.model import Letterhead
from consultant_desk.documents.styles import RULE, styles, table_style
from consultant_desk.documents.tables import FlowingTable
from consultant_desk.documents.text import markup, paragraph
from consultant_desk.domain.language import Language

LOGO_MAX_WIDTH = 38 * mm
LOGO_MAX_HEIGHT = 22 * mm
LOGO_GAP = 6 * mm


def load_logo(path: Path | None) -> Image | None:
    """The logo as a flowable scaled into its box, or None when it cannot be read.

    A moved or damaged logo file must not stop a document from printing: the letterhead is
    then printed without it.
    """
    if path is None:
        return None
    try:
        data = Path(path).read_bytes()
        width, height = ImageReader(BytesIO(data)).getSize()
    except Exception:  # Pillow and ReportLab raise many kinds of error for a bad image
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height)
    return Image(BytesIO(data), width=width * scale, height=height * scale)


def letterhead_flowables(
    letterhead: Letterhead, language: Language, available_width: float
) -> list[Flowable]:
    """Identity lines (with the logo on their left when there is one), then a rule."""
    style = styles()
    # The name leads in bold; a consultant who signs as a company alone leads with it.
    names = [part for part in (letterhead.name, letterhead.company) if part.strip()] or [""]
    lines: list[Flowable] = [paragraph(names[0], style.letterhead_name, language)]
    lines.extend(paragraph(text, style.letterhead_line, language) for text in names[1:])
    if letterhead.address.strip():
        lines.append(paragraph(letterhead.address, style.letterhead_line, language))
    contact = " · ".join(
        part.strip()
        for part in (
            letterhead.registration,
            letterhead.email,
            letterhead.phone,
            letterhead.website,
        )
        if part.strip()
    )
    if contact:
        lines.append(paragraph(contact, style.letterhead_line, language))

    logo = load_logo(letterhead.logo_path)
    if logo is None:
        identity: Flowable = FlowingTable(
            [[lines]], colWidths=[available_width], splitInRow=1, style=_bare_table()
        )
    else:
        logo_width = logo.drawWidth + LOGO_GAP
        identity = FlowingTable(
            [[logo, lines]],
            colWidths=[logo_width, available_width - logo_width],
            splitInRow=1,
            style=_bare_table(),
        )
    identity.hAlign = "LEFT"
    return [
        identity,
        Spacer(1, 4 * mm),
        HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=0, spaceAfter=5 * mm),
    ]


def title_block(
    title: str, reference: str, language: Language, version: int | None
) -> list[Flowable]:
    """The document's title, then "Réf. … · version n"."""
    style = styles()
    details = []
    if reference.strip():
        details.append(f"{label('reference', language)} {reference}")
    if version is not None:
        details.append(label("version", language, version=version))
    flowables: list[Flowable] = [Paragraph(markup(title, language), style.title)]
    if details:
        flowables.append(paragraph(" · ".join(details), style.subtitle, language))
    flowables.append(Spacer(1, 3 * mm))
    return flowables


@cache
def _bare_table() -> TableStyle:
    # Built on first use, not at import: a table style registers the fonts, which takes
    # tens of milliseconds that a process printing nothing should not pay.
    return table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    )
