"""Tables for the documents: rows that may split across pages, and the ruled grid they share."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from consultant_desk.documents.styles import RULE, SHADE, table_style

CELL_PADDING = 5
MIN_ROWS = 2


class FlowingTable(Table):
    """A ``Table`` built with ``splitInRow``, so a row taller than a page (a very long action
    or name) flows on instead of failing the whole document with a LayoutError.

    ReportLab splits between rows first; the rest, headed by a copy of the header row, is then
    tried in the space left on the same page, where it splits inside its first row: the header
    would print twice on one page, above a sliver of the row. A continuation that does not
    start a page is therefore only split between rows, or else moved whole to the next page.

    A page break also leaves at least ``MIN_ROWS`` rows (below the header) on each side: a
    lone row at the foot of a page, under its header, or a lone row (a total) at the top of
    the next, reads as cut off from its table.
    """

    _continued = False

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)  # set by the frame while it asks for a split
        mid_page = frame is not None and not getattr(frame, "_atTop", True)
        parts = self._split(avail_width, avail_height, in_row=not (self._continued and mid_page))
        if len(parts) == 2:
            first, rest = (self._body_rows(part) for part in parts)
            if first < MIN_ROWS and mid_page:
                return []  # the whole table starts on the next page
            if rest < MIN_ROWS and first > MIN_ROWS:
                # Break one row earlier, between rows, so the last page keeps two of them.
                kept = len(parts[0]._cellvalues) - 1  # type: ignore[attr-defined]
                height = sum(self._rowHeights[:kept]) + 0.01  # type: ignore[attr-defined]
                earlier = self._split(avail_width, height, in_row=False)
                if len(earlier) == 2:
                    parts = earlier
        for part in parts[1:]:
            if isinstance(part, FlowingTable):
                part._continued = True
        return parts

    def _split(self, avail_width: float, avail_height: float, *, in_row: bool) -> list[Flowable]:
        split_in_row = self.splitInRow
        if not in_row:
            self.splitInRow = 0
        try:
            return list(super().split(avail_width, avail_height))
        finally:
            self.splitInRow = split_in_row

    def _body_rows(self, part: Flowable) -> int:
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        return len(part._cellvalues) - header  # type: ignore[attr-defined]


def ruled_table(
    rows: list[list[Flowable]], widths: list[float], *extra: object, header: bool = True
) -> FlowingTable:
    """A ruled table whose header row repeats on every page it runs onto; ``extra`` style
    commands are added to the shared ones. ``header=False``: the last rows of a table, set
    apart to be kept with what follows (see ``flow.keep_with_closing``)."""
    head = 1 if header else 0
    header_style = (
        [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE)]
        if header
        else []
    )
    table = FlowingTable(
        rows,
        colWidths=widths,
        repeatRows=head,
        splitInRow=1,
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *header_style,
            ("LINEBELOW", (0, head), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            *extra,
        ),
    )
    table.hAlign = "LEFT"
    return table
