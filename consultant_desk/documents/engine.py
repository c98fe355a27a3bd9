"""The page frame every document shares, and ``build_pdf`` that lays a story out in it.

A document module builds a list of flowables (its "story") from its plain data and hands it to
``build_pdf`` with the letterhead and its title; this module adds the letterhead and title block
on the first page, a running header on the next ones, and on every page a footer with the
document reference and "n / N".

Output is deterministic (ReportLab's ``invariant`` mode fixes the creation date and the file
identifier): the same data gives the same bytes, so the SHA-256 kept in the document register
can be checked by printing the document again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from consultant_desk.atomicfile import write_atomically
from consultant_desk.documents.fonts import register_fonts
from consultant_desk.documents.labels import label
from consultant_desk.documents.letterhead import letterhead_flowables, title_block
from consultant_desk.documents.model import REGISTER_TAG_PREFIX, Letterhead
from consultant_desk.documents.styles import MUTED, RULE
from consultant_desk.documents.text import fit, one_line, plain_line
from consultant_desk.domain.language import Language

# Written into each PDF's "Creator" field. Spelled out rather than imported from the package
# root: this layer depends on the domain only.
CREATOR = "Consultant Desk"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 16 * mm
MARGIN_TOP_LATER = 24 * mm  # room for the running header on pages 2 and after
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

HEADER_BASELINE = PAGE_HEIGHT - 13 * mm
FOOTER_RULE_Y = 15 * mm
FOOTER_BASELINE = 10.5 * mm
MARGIN_FONT_SIZE = 7.5
PAGE_NUMBER_WIDTH = 20 * mm


@dataclass(frozen=True)
class _Margins:
    """The texts printed in the page margins, already cleaned and on one line."""

    header_left: str
    header_right: str
    footer_left: str
    # "PROJET" / "DRAFT" across every page of a document not signed yet; empty otherwise.
    draft: str = ""
    # The caption of a box to initial in on every page ("Paraphes"); empty: no box.
    initials: str = ""


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it prints "n / N" (the pretix pattern).

    Pages are kept as canvas states until ``save``; only then is the total known, and each
    page gets its number before it is written out.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_page_states.append(dict(self.__dict__))
        # Start a fresh page without writing this one out (not in the type stubs).
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        fonts = register_fonts()
        self.saveState()
        self.setFont(fonts.regular, MARGIN_FONT_SIZE)
        self.setFillColor(MUTED)
        self.drawRightString(
            PAGE_WIDTH - MARGIN_RIGHT, FOOTER_BASELINE, f"{self.getPageNumber()} / {total}"
        )
        self.restoreState()


class _DocTemplate(BaseDocTemplate):
    def __init__(self, buffer: BytesIO, margins: _Margins, **kwargs: Any) -> None:
        self.margins = margins
        super().__init__(buffer, **kwargs)


DRAFT_FONT_SIZE = 110
DRAFT_GREY = 0.86
INITIALS_WIDTH = 24 * mm
INITIALS_HEIGHT = 12 * mm


def _draw_marks(canvas: Canvas, doc: _DocTemplate) -> None:
    """The draft mark across the page, and the box to initial the page in."""
    fonts = register_fonts()
    margins = doc.margins
    if margins.draft:
        canvas.saveState()
        canvas.setFillGray(DRAFT_GREY)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(55)
        size: float = DRAFT_FONT_SIZE
        # Long words ("BROUILLON") shrink to stay on the page's diagonal.
        width = canvas.stringWidth(margins.draft, fonts.bold, size)
        size = min(size, size * 0.78 * PAGE_HEIGHT / max(width, 1.0))
        canvas.setFont(fonts.bold, size)
        canvas.drawCentredString(0, -size / 3, margins.draft)
        canvas.restoreState()
    if margins.initials:
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.5)
        x = PAGE_WIDTH - MARGIN_RIGHT - INITIALS_WIDTH
        y = FOOTER_RULE_Y + 1.5 * mm
        canvas.rect(x, y, INITIALS_WIDTH, INITIALS_HEIGHT, stroke=1, fill=0)
        canvas.setFont(fonts.regular, MARGIN_FONT_SIZE - 1)
        canvas.setFillColor(MUTED)
        canvas.drawString(x + 1.5 * mm, y + INITIALS_HEIGHT - 3 * mm, margins.initials)
        canvas.restoreState()


def _draw_footer(canvas: Canvas, doc: _DocTemplate) -> None:
    fonts = register_fonts()
    _draw_marks(canvas, doc)
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_LEFT, FOOTER_RULE_Y, PAGE_WIDTH - MARGIN_RIGHT, FOOTER_RULE_Y)
    canvas.setFont(fonts.regular, MARGIN_FONT_SIZE)
    canvas.setFillColor(MUTED)
    room = FRAME_WIDTH - PAGE_NUMBER_WIDTH
    footer = fit(doc.margins.footer_left, fonts.regular, MARGIN_FONT_SIZE, room)
    canvas.drawString(MARGIN_LEFT, FOOTER_BASELINE, footer)
    canvas.restoreState()


def _draw_header_and_footer(canvas: Canvas, doc: _DocTemplate) -> None:
    fonts = register_fonts()
    canvas.saveState()
    canvas.setFont(fonts.regular, MARGIN_FONT_SIZE)
    canvas.setFillColor(MUTED)
    half = FRAME_WIDTH / 2 - 3 * mm
    left = fit(doc.margins.header_left, fonts.regular, MARGIN_FONT_SIZE, half)
    right = fit(doc.margins.header_right, fonts.regular, MARGIN_FONT_SIZE, half)
    canvas.drawString(MARGIN_LEFT, HEADER_BASELINE, left)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, HEADER_BASELINE, right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    rule_y = HEADER_BASELINE - 2.5 * mm
    canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)
    canvas.restoreState()
    _draw_footer(canvas, doc)


def _page_templates(bottom: float = MARGIN_BOTTOM) -> list[PageTemplate]:
    first = Frame(
        MARGIN_LEFT,
        bottom,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="first",
    )
    later = Frame(
        MARGIN_LEFT,
        bottom,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP_LATER - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="later",
    )
    return [
        PageTemplate(id="first", frames=[first], onPage=_draw_footer, autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later], onPage=_draw_header_and_footer),
    ]


def _author(letterhead: Letterhead) -> str:
    parts = [part for part in (letterhead.name, letterhead.company) if part.strip()]
    return plain_line(" — ".join(parts))


def build_pdf(
    story: Sequence[Flowable],
    letterhead: Letterhead,
    title: str,
    reference: str,
    language: Language,
    *,
    version: int | None = None,
    subject: str = "",
    keywords: Sequence[str] = (),
    draft: bool = False,
    initials: bool = False,
) -> bytes:
    """Lay ``story`` out on A4 pages under ``letterhead`` and return the PDF.

    ``title`` and ``reference`` head the first page and every footer; ``version``, when
    given, follows the reference. ``draft``: a document not signed yet, marked "PROJET" /
    "DRAFT" across every page and in its title (contracts, offers). ``initials``: a box to
    initial every page in, at its foot. ``title``, ``subject``, the author (from the letterhead),
    ``keywords`` and ``language`` go into the PDF's metadata.
    """
    fonts = register_fonts()
    if draft:
        title = label("draft_title", language, title=title)
    reference_text = f"{label('reference', language)} {reference}" if reference.strip() else ""
    footer_parts = [title, reference_text]
    if version is not None:
        footer_parts.append(label("version", language, version=version))
    margins = _Margins(
        header_left=one_line(
            " · ".join(p for p in (letterhead.name, letterhead.company) if p.strip())
        ),
        header_right=one_line(" · ".join(p for p in (title, reference_text) if p.strip())),
        footer_left=one_line(" · ".join(p for p in footer_parts if p.strip())),
        draft=label("draft", language) if draft else "",
        initials=label("initials", language) if initials else "",
    )
    buffer = BytesIO()
    doc = _DocTemplate(
        buffer,
        margins,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=plain_line(" — ".join(p for p in (title, reference) if p.strip())),
        author=_author(letterhead),
        subject=plain_line(subject),
        keywords=[plain_line(keyword) for keyword in keywords],
        creator=CREATOR,
        lang=language.value,
        invariant=1,
        # Otherwise the canvas starts in Helvetica, which would be listed, unembedded, in the PDF.
        initialFontName=fonts.regular,
    )
    # The initials box sits above the footer rule: the text stops above it.
    doc.addPageTemplates(
        _page_templates(MARGIN_BOTTOM + INITIALS_HEIGHT if initials else MARGIN_BOTTOM)
    )
    flowables: list[Flowable] = [
        *letterhead_flowables(letterhead, language, FRAME_WIDTH),
        *title_block(title, reference, language, version),
        *story,
    ]
    doc.build(flowables, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def register_keyword(tag: str) -> list[str]:
    """The keyword carrying a document's register identity, when it has one."""
    return [f"{REGISTER_TAG_PREFIX}{tag}"] if tag else []


def fingerprint(data: bytes) -> str:
    """The SHA-256 of a document, as recorded in the register (hex)."""
    return hashlib.sha256(data).hexdigest()


def write_pdf(path: str | os.PathLike[str], data: bytes) -> str:
    """Write a PDF atomically (a reader never sees half a file); return its SHA-256."""
    write_atomically(Path(path), data)
    return fingerprint(data)
