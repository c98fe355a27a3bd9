"""A signature block: the strokes drawn on screen as vector paths, or a blank line for ink.

Every document ends with one block per party; ``signature_row`` sets them side by side. The
strokes are drawn as PDF paths (not a bitmap), so the signature stays sharp at any zoom and the
file stays small.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from consultant_desk.documents.formatting import format_date
from consultant_desk.documents.labels import label, with_colon
from consultant_desk.documents.styles import INK, RULE, SIGNATURE_INK, styles, table_style
from consultant_desk.documents.text import markup
from consultant_desk.domain.language import Language
from consultant_desk.domain.signature import Point, Signature

INK_HEIGHT = 24 * mm
INK_LINE_WIDTH = 1.1
BLANK_FIELD_WIDTH = 38 * mm
# A block must fit on one page whatever was typed: names longer than this are shortened.
MAX_TEXT_LENGTH = 160
_FAR = 10_000.0


@dataclass(frozen=True)
class _Box:
    x: float
    y: float
    width: float
    height: float


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT_LENGTH else text[: MAX_TEXT_LENGTH - 1] + "\u2026"


def _finite(point: Point) -> bool:
    return math.isfinite(point[0]) and math.isfinite(point[1])


def _clamp(point: Point) -> Point:
    # Far-off points are clipped away anyway; bounding them keeps absurd numbers (1e300) out
    # of the PDF, where some readers would reject them.
    return (max(-_FAR, min(_FAR, point[0])), max(-_FAR, min(_FAR, point[1])))


def _source_frame(signature: Signature) -> tuple[float, float, float, float] | None:
    """The rectangle of pad coordinates that maps onto the ink area (x, y, width, height).

    Normally the whole pad, so the signature sits where the signer put it; if the pad size is
    unusable, the strokes' own bounding box.
    """
    if (
        math.isfinite(signature.width)
        and math.isfinite(signature.height)
        and signature.width > 0
        and signature.height > 0
    ):
        return 0.0, 0.0, signature.width, signature.height
    points = [p for stroke in signature.strokes for p in stroke if _finite(p)]
    if not points:
        return None
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(max(xs) - min(xs), 1.0), max(max(ys) - min(ys), 1.0)


class SignatureBlock(Flowable):
    """One party's block: caption, optional mention, ink area, name, date.

    Signed (``signature`` with strokes): the strokes scaled into the ink area keeping their
    aspect ratio, the signer's name and the signing date under them. Unsigned: a blank line to
    sign on, the name (or a blank to write it on) and "Date :" with a blank.
    """

    def __init__(
        self,
        caption: str,
        signer_name: str,
        signature: Signature | None,
        language: Language,
        *,
        mention: str = "",
        signed_on: date | None = None,
        ink_height: float = INK_HEIGHT,
    ) -> None:
        super().__init__()
        self.caption = caption
        self.signature = signature if signature is not None and not signature.is_blank else None
        self.signer_name = _short(signer_name or (signature.signer if signature else ""))
        self.language = language
        self.mention = mention
        if signed_on is None and self.signature is not None and self.signature.signed_at:
            signed_on = self.signature.signed_at.date()
        self.signed_on = signed_on
        self.ink_height = ink_height
        self._above: list[Paragraph] = []
        self._below: list[tuple[Paragraph, bool]] = []  # (line, needs a blank to write on)

    @property
    def signed(self) -> bool:
        return self.signature is not None

    def _lines(self) -> tuple[list[Paragraph], list[tuple[Paragraph, bool]]]:
        style = styles()
        language = self.language
        above = [Paragraph(markup(_short(self.caption), language), style.signature_caption)]
        if self.mention.strip():
            mention = markup(_short(self.mention), language)
            above.append(Paragraph(f"<i>{mention}</i>", style.signature_line))
        name_label = with_colon(label("signature_name", language), language)
        date_label = with_colon(label("signature_date", language), language)
        below: list[tuple[Paragraph, bool]] = []
        if self.signer_name:
            below.append(
                (Paragraph(markup(self.signer_name, language), style.signature_line), False)
            )
        else:
            below.append((Paragraph(markup(name_label, language), style.signature_line), True))
        if self.signed_on is not None:
            date_text = f"{date_label} {format_date(self.signed_on, language)}"
            below.append((Paragraph(markup(date_text, language), style.signature_line), False))
        else:
            below.append((Paragraph(markup(date_label, language), style.signature_line), True))
        return above, below

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._above, self._below = self._lines()
        height = 0.0
        for paragraph in [*self._above, *(line for line, _ in self._below)]:
            height += paragraph.wrap(avail_width, avail_height)[1]
        self.width = avail_width
        self.height = height + self.ink_height + 3 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        for paragraph in self._above:
            top -= paragraph.height
            paragraph.drawOn(canvas, 0, top)
        ink = _Box(0, top - self.ink_height, self.width, self.ink_height - 1.5 * mm)
        if self.signature is not None:
            self._draw_strokes(self.signature, ink)
        self._draw_ink_line(ink)
        top = ink.y - 2 * mm
        for paragraph, blank in self._below:
            top -= paragraph.height
            paragraph.drawOn(canvas, 0, top)
            if blank:
                self._draw_blank_after(paragraph, top)

    def _draw_ink_line(self, ink: _Box) -> None:
        canvas = self.canv
        canvas.saveState()
        # The line to sign on; once signed it only underlines the signature.
        canvas.setStrokeColor(RULE if self.signed else INK)
        canvas.setLineWidth(0.5 if self.signed else 0.7)
        canvas.line(ink.x, ink.y, ink.x + ink.width, ink.y)
        canvas.restoreState()

    def _draw_blank_after(self, paragraph: Paragraph, bottom: float) -> None:
        style = styles().signature_line
        text_width = stringWidth(paragraph.getPlainText(), style.fontName, style.fontSize)
        start = text_width + 2 * mm
        end = min(self.width, start + BLANK_FIELD_WIDTH)
        if end <= start:
            return
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        canvas.setDash(1, 2)
        y = bottom + style.leading - style.fontSize - 0.5
        canvas.line(start, y, end, y)
        canvas.restoreState()

    def _draw_strokes(self, signature: Signature, ink: _Box) -> None:
        source = _source_frame(signature)
        if source is None:
            return
        src_x, src_y, src_w, src_h = source
        scale = min(ink.width / src_w, ink.height / src_h)
        # Centre the scaled pad in the ink area; PDF y points up, the pad's y points down.
        left = ink.x + (ink.width - src_w * scale) / 2
        top = ink.y + ink.height - (ink.height - src_h * scale) / 2

        canvas = self.canv
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(ink.x, ink.y, ink.width, ink.height)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.setStrokeColor(SIGNATURE_INK)
        canvas.setLineWidth(INK_LINE_WIDTH)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in signature.strokes:
            placed = ((left + (x - src_x) * scale, top - (y - src_y) * scale) for x, y in stroke)
            points = [_clamp(point) for point in placed if _finite(point)]
            if not points:
                continue
            path = canvas.beginPath()
            path.moveTo(*points[0])
            if len(points) == 1:
                # A tap is a dot: a zero-length segment shows as one with round caps.
                path.lineTo(points[0][0] + 0.01, points[0][1])
            for point in points[1:]:
                path.lineTo(*point)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def signature_row(blocks: Sequence[SignatureBlock], width: float, gap: float = 12 * mm) -> Table:
    """The blocks side by side, in equal columns, never split across pages."""
    if not blocks:
        raise ValueError("signature_row needs at least one signature block")
    count = len(blocks)
    column = (width - gap * (count - 1)) / count
    cells: list[Flowable | str] = []
    widths: list[float] = []
    for index, block in enumerate(blocks):
        if index:
            cells.append("")
            widths.append(gap)
        cells.append(block)
        widths.append(column)
    table = Table(
        [cells],
        colWidths=widths,
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("NOSPLIT", (0, 0), (-1, -1)),
        ),
    )
    table.hAlign = "LEFT"
    return table
