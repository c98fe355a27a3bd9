from __future__ import annotations

import itertools
import math
from datetime import UTC, date, datetime
from io import BytesIO

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from consultant_desk.documents.signature_block import INK_HEIGHT, SignatureBlock
from consultant_desk.domain.language import Language
from consultant_desk.domain.signature import Signature
from tests.documents.pdf_probe import operations, operators, text_of
from tests.documents.report_samples import sample_signature

BLOCK_WIDTH = 220.0
ORIGIN = (50.0, 300.0)


def draw_alone(block: SignatureBlock) -> bytes:
    """The block on an otherwise empty page, so every path on it is the block's."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    block.wrapOn(canvas, BLOCK_WIDTH, 400)
    block.drawOn(canvas, *ORIGIN)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def horizontal_segments(data: bytes) -> list[tuple[float, float, float]]:
    """(x0, x1, y) of every straight horizontal m/l segment on the page."""
    segments = []
    ops = operations(data)
    for (move, move_op), (line, line_op) in itertools.pairwise(ops):
        if move_op == "m" and line_op == "l" and math.isclose(move[1], line[1]):
            segments.append((move[0], line[0], move[1]))
    return segments


def test_signed_block_draws_the_strokes_as_vector_paths() -> None:
    signature = sample_signature()
    signed = draw_alone(SignatureBlock("For the client", "Ann", signature, Language.EN))
    blank = draw_alone(SignatureBlock("For the client", "Ann", None, Language.EN))
    signed_ops, blank_ops = operators(signed), operators(blank)
    point_count = sum(len(stroke) for stroke in signature.strokes)
    assert signed_ops["l"] >= point_count - len(signature.strokes)
    assert signed_ops["m"] >= len(signature.strokes)
    assert blank_ops["l"] < 10
    assert signed_ops["l"] > blank_ops["l"] + 100
    # No bitmap: the strokes are paths, clipped to the ink area.
    assert signed_ops["Do"] == 0
    assert signed_ops["W"] + signed_ops["W*"] == 1


def test_signed_block_prints_name_and_signing_date() -> None:
    block = SignatureBlock("Pour le client", "Jean-Noël Dubœuf", sample_signature(), Language.FR)
    text = text_of(draw_alone(block))
    assert "Pour le client" in text
    assert "Jean-Noël Dubœuf" in text
    assert "Date : 22 novembre 2026" in text


def test_unsigned_block_has_a_line_for_ink_and_blanks_for_name_and_date() -> None:
    data = draw_alone(SignatureBlock("Pour le client", "", None, Language.FR))
    text = text_of(data)
    assert "Nom :" in text and "Date :" in text
    segments = horizontal_segments(data)
    ink_lines = [s for s in segments if math.isclose(s[1] - s[0], BLOCK_WIDTH)]
    assert len(ink_lines) == 1, segments
    blanks = [s for s in segments if 20 < s[1] - s[0] < BLOCK_WIDTH]
    assert len(blanks) == 2  # one to write the name on, one for the date


def test_unsigned_block_with_a_name_keeps_the_date_blank() -> None:
    data = draw_alone(SignatureBlock("For the client", "Ann Lee", None, Language.EN))
    text = text_of(data)
    assert "Ann Lee" in text and "Date:" in text
    assert "Name:" not in text


def test_strokes_keep_their_aspect_ratio_and_y_is_flipped() -> None:
    # A square drawn clockwise from the top-left corner, on a square pad.
    square = ((0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0), (0.0, 0.0))
    signature = Signature(width=100, height=100, strokes=(square,))
    data = draw_alone(SignatureBlock("X", "Y", signature, Language.EN, signed_on=date(2026, 1, 1)))
    ops = operations(data)
    # The first path after the clipping rectangle is the square.
    start = next(i for i, (_, op) in enumerate(ops) if op == "m" and ops[i - 1][1] != "re")
    corners = [ops[start][0]] + [numbers for numbers, _ in ops[start + 1 : start + 5]]
    xs = [c[0] for c in corners]
    ys = [c[1] for c in corners]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert width == pytest.approx(height, rel=0.01)
    assert height <= INK_HEIGHT
    # Pad y points down: the second corner (top-right on screen) is at the top in the PDF.
    assert corners[1][1] == pytest.approx(max(ys))
    assert corners[2][1] == pytest.approx(min(ys))


@pytest.mark.parametrize(
    "signature",
    [
        Signature(width=0, height=0, strokes=(((1.0, 1.0), (5.0, 9.0)),)),
        Signature(width=math.nan, height=-3, strokes=(((1.0, 1.0),),)),
        Signature(width=math.inf, height=10, strokes=(((math.nan, 1.0), (2.0, math.inf)),)),
        Signature(width=10, height=10, strokes=((), ((5.0, 5.0),), ((1e9, -1e9), (0.0, 0.0)))),
        Signature(width=10, height=10, strokes=()),
    ],
)
def test_degenerate_signatures_never_fail(signature: Signature) -> None:
    draw_alone(SignatureBlock("X", "", signature, Language.FR))


def test_signing_date_comes_from_the_signature_unless_given() -> None:
    signature = Signature(
        width=10,
        height=10,
        strokes=(((1.0, 1.0), (2.0, 2.0)),),
        signed_at=datetime(2026, 3, 4, tzinfo=UTC),
    )
    assert "4 March 2026" in text_of(draw_alone(SignatureBlock("X", "Y", signature, Language.EN)))
    given = SignatureBlock("X", "Y", signature, Language.EN, signed_on=date(2026, 5, 6))
    assert "6 May 2026" in text_of(draw_alone(given))


def test_signer_name_falls_back_to_the_signature_and_is_shortened() -> None:
    signature = sample_signature(signer="Ada Lovelace")
    assert "Ada Lovelace" in text_of(draw_alone(SignatureBlock("X", "", signature, Language.EN)))
    block = SignatureBlock("X", "N" * 5000, None, Language.EN)
    _, height = block.wrap(BLOCK_WIDTH, 1000)
    assert height < 300
