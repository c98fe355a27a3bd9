"""A table that may split a row across pages, without printing a header for nothing."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table


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
