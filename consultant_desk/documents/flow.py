"""Page-break rules between a document's body and its closing (the signatures).

A signature block alone at the top of a page signs for nothing that can be read on it: the
closing is kept on one page with the last piece of content before it (the last paragraph,
with its heading when it is the section's only one, or the last rows of a table).
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from consultant_desk.documents.styles import styles
from consultant_desk.documents.tables import MIN_ROWS

# Lines of a paragraph a heading needs under it; and "as tall as it likes" for measuring.
MIN_LINES = 3
# Paragraphs of the last section that go over the page with the closing, at most.
TAIL_PIECES = 3
PAGE_ROOM = 10_000.0


# Paragraph styles that head what follows them (the contract's clause titles among them).
HEADING_STYLES = {"ContractClause"}


def _is_heading(flowable: Flowable) -> bool:
    if not isinstance(flowable, Paragraph):
        return False
    return flowable.style is styles().heading or flowable.style.name in HEADING_STYLES


def keep_with_closing(story: list[Flowable], closing: list[Flowable]) -> list[Flowable]:
    """``story`` followed by ``closing``, which may not start a page on its own."""
    body = list(story)
    tail: list[Flowable] = []
    pieces = 0
    while body and pieces < TAIL_PIECES:
        last = body.pop()
        tail.insert(0, last)
        if isinstance(last, Table):
            break
        if isinstance(last, Paragraph) and not _is_heading(last):
            pieces += 1
        # A short last section goes over whole, with its heading.
        if _is_heading(last) or (body and _is_heading(body[-1]) and pieces >= TAIL_PIECES):
            break
    while body and _is_heading(body[-1]):
        tail.insert(0, body.pop())
    # The heading of that last piece goes with it, rather than stay behind at a page foot.
    if tail and _is_heading(tail[0]) and body and isinstance(body[-1], CondPageBreak):
        tail.insert(0, body.pop())
    return [*body, ClosingGroup(tail, closing)]


class ClosingGroup(Flowable):
    """The last piece of content and the closing, on one page.

    Unlike ``KeepTogether``, which moves a long last paragraph whole to the next page (and
    leaves most of a page blank), the paragraph is split so that only its last lines go
    over with the closing. The closing itself is never split.
    """

    def __init__(self, tail: list[Flowable], closing: list[Flowable]) -> None:
        super().__init__()
        self.tail = [f for f in tail if not isinstance(f, CondPageBreak)]
        self.closing = closing
        self._placed: list[tuple[Flowable, float, float, float]] = []

    def _items(self) -> list[Flowable]:
        return [*self.tail, *self.closing]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._placed = []
        items = self._items()
        total = 0.0
        for index, flowable in enumerate(items):
            height = flowable.wrap(avail_width, PAGE_ROOM)[1]
            before = flowable.getSpaceBefore() if index else 0.0
            after = flowable.getSpaceAfter() if index < len(items) - 1 else 0.0
            self._placed.append((flowable, before, height, after))
            total += before + height + after
        self.width, self.height = avail_width, total
        return avail_width, total

    def draw(self) -> None:
        top = self.height
        for flowable, before, height, after in self._placed:
            top -= before + height
            flowable.drawOn(self.canv, 0, top)
            top -= after

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        frame = getattr(self, "_frame", None)
        at_top = frame is None or getattr(frame, "_atTop", True)
        last = self.tail[-1] if self.tail else None
        if isinstance(last, Paragraph) and not _is_heading(last):
            above = sum(b + h + a for _, b, h, a in self._placed[: len(self.tail) - 1])
            _, before, height, _after = self._placed[len(self.tail) - 1]
            leading = last.style.leading
            room = min(avail_height - above - before, height - MIN_LINES * leading)
            if room >= 2 * leading:  # two lines at least stay on this page
                parts = last.split(avail_width, room)
                if len(parts) == 2:
                    return [*self.tail[:-1], parts[0], ClosingGroup([parts[1]], self.closing)]
        if at_top:
            # Taller than a page even so: let the pieces flow rather than fail.
            return self._items()
        return []  # the whole group starts the next page


class RoomFor(CondPageBreak):
    """Starts a new page unless the start of ``following`` fits under it: its headings, then
    the header and first ``MIN_ROWS`` rows of a table, or the first lines of a paragraph.

    A fixed room would be wrong for a table whose rows are tall, which then moves whole to
    the next page (see ``FlowingTable``) and leaves its heading behind.
    """

    def __init__(self, following: list[Flowable], minimum: float = 0.0, headings: int = 1) -> None:
        super().__init__(minimum)
        self.minimum = minimum
        self.following = following
        self.headings = headings

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = max(self.minimum, self._needed(avail_width))
        return super().wrap(avail_width, avail_height)

    def _needed(self, width: float) -> float:
        needed = 0.0
        for index, flowable in enumerate(self.following):
            if isinstance(flowable, CondPageBreak):
                continue
            height = flowable.wrap(width, PAGE_ROOM)[1]
            if index < self.headings:
                needed += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
                continue
            if isinstance(flowable, Table):
                header = flowable.repeatRows if isinstance(flowable.repeatRows, int) else 0
                rows = flowable._rowHeights[: header + MIN_ROWS]  # type: ignore[attr-defined]
                return needed + sum(rows)
            if isinstance(flowable, Paragraph):
                return needed + min(height, MIN_LINES * flowable.style.leading)
            return needed + height
        return needed
