"""Tables for the documents: rows that may split across pages, and the ruled grid they share."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from consultant_desk.documents.styles import RULE, SHADE, table_style

CELL_PADDING = 5


class FlowingTable(Table):
    """A ``Table`` built with ``splitInRow``, so a row taller than a page (a very long action
    or name) flows on instead of failing the whole document with a LayoutError.

    ReportLab splits between rows first; the rest, headed by a copy of the header row, is then
    tried in the space left on the same page, where it splits inside its first row: the header
    would print twice on one page, above a sliver of the row. A continuation that does not
    start a page is therefore only split between rows, or else moved whole to the next page.
    """

    _continued = False

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)  # set by the frame while it asks for a split
        mid_page = frame is not None and not getattr(frame, "_atTop", True)
        split_in_row = self.splitInRow
        if self._continued and mid_page:
            self.splitInRow = 0
        try:
            parts = super().split(avail_width, avail_height)
        finally:
            self.splitInRow = split_in_row
        for part in parts[1:]:
            if isinstance(part, FlowingTable):
                part._continued = True
        return parts


def ruled_table(rows: list[list[Flowable]], widths: list[float], *extra: object) -> FlowingTable:
    """A ruled table whose header row repeats on every page it runs onto; ``extra`` style
    commands are added to the shared ones."""
    table = FlowingTable(
        rows,
        colWidths=widths,
        repeatRows=1,
        splitInRow=1,
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            *extra,
        ),
    )
    table.hAlign = "LEFT"
    return table
