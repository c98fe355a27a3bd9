"""The episode list as a lazy Qt table model: a page of rows at a time, a bounded row cache.

The list can hold hundreds of thousands of episodes; the model never reads them all:

* rows arrive in pages (``PAGE_SIZE``) through ``canFetchMore``/``fetchMore``, which the view
  calls as the user scrolls near the end; each page is read by keyset pagination
  (``services.episode_list.list_episode_page``), so the thousandth page costs what the first
  did;
* the model keeps the ids of every row fetched (eight bytes each) but the displayed values of
  at most ``CACHE_SIZE`` rows, least recently painted out first; a row scrolled back into
  view after it left the cache is read again by id, with its neighbours, in one query (the
  lazy row cache of Anki's browser table);
* sorting (``sort``, called by the header) and filtering (``set_filter``) are done by the
  database: the model starts over from the first page of the new order.

Counts for the status bar come from one ``count`` query per reload, not from ``rowCount``,
which only says how many rows are fetched so far.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from consultant_desk.domain.enums import Emotion, EpisodeCategory, EpisodeStage, Severity
from consultant_desk.services.episode_list import (
    PLAYBOOK,
    EpisodeFilter,
    EpisodeRow,
    EpisodeSort,
    EpisodeSortKey,
    PageCursor,
    count_episodes,
    list_episode_page,
    load_episode_rows,
)
from consultant_desk.store.database import Database
from consultant_desk.ui.formatting import arg, format_count, format_date
from consultant_desk.ui.framework.record_model import ID_ROLE

COL_SURFACED = 0
COL_CLIENT = 1
COL_ENGAGEMENT = 2
COL_CATEGORY = 3
COL_SEVERITY = 4
COL_STAGE = 5
COL_FEELING = 6
COL_DAYS_OPEN = 7
COL_DUE = 8
# Last: it takes the room the others leave.
COL_WORDS = 9

SORT_KEYS = {
    COL_SURFACED: EpisodeSortKey.SURFACED,
    COL_CLIENT: EpisodeSortKey.CLIENT,
    COL_ENGAGEMENT: EpisodeSortKey.ENGAGEMENT,
    COL_CATEGORY: EpisodeSortKey.CATEGORY,
    COL_SEVERITY: EpisodeSortKey.SEVERITY,
    COL_STAGE: EpisodeSortKey.STAGE,
    COL_FEELING: EpisodeSortKey.FEELING,
    COL_WORDS: EpisodeSortKey.WORDS,
    COL_DAYS_OPEN: EpisodeSortKey.DAYS_OPEN,
}
COLUMN_OF_KEY = {key: column for column, key in SORT_KEYS.items()}

PAGE_SIZE = 500
CACHE_SIZE = 5000
# Read on a cache miss: the row asked for and the rows around it, more below than above
# since lists are mostly read downwards.
MISS_WINDOW = 200

# Severity shown as a coloured dot, readable on light and dark backgrounds alike.
SEVERITY_COLOURS = {
    Severity.LOW.value: "#8a9099",
    Severity.MEDIUM.value: "#d4a017",
    Severity.HIGH.value: "#e0702a",
    Severity.CRITICAL.value: "#d0312d",
}
# An overdue episode: its due date in this colour with a warning mark, its row too.
OVERDUE_COLOUR = "#c62828"

ModelIndex = QModelIndex | QPersistentModelIndex


def label_of(enum: Any, value: str) -> str:
    """The label of a stored enum value in the current language; the value itself if unknown."""
    try:
        return str(enum(value).label())
    except ValueError:
        return value


def stage_number(value: str) -> int | None:
    """1 to 8 for the playbook's stages; None for "closed" or an unknown value."""
    for number, stage in enumerate(PLAYBOOK, start=1):
        if stage.value == value:
            return number
    return None


def _dot(colour: str, side: int = 10) -> QIcon:
    pixmap = QPixmap(side * 2, side * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, side - 2, side - 2)
    painter.end()
    return QIcon(pixmap)


class _Line:
    """A cached row, and its displayed texts once it has been painted."""

    __slots__ = ("display", "row")

    def __init__(self, row: EpisodeRow) -> None:
        self.row = row
        self.display: tuple[str, ...] | None = None


class EpisodeTableModel(QAbstractTableModel):
    # After every reload (filter, sort, refresh): the counts and the first page are in.
    reloaded = Signal()

    def __init__(
        self,
        db: Database,
        *,
        page_size: int = PAGE_SIZE,
        cache_size: int = CACHE_SIZE,
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._cache_size = max(cache_size, page_size)
        self._today = today
        self._filter = EpisodeFilter()
        self._sort = EpisodeSort()
        self._ids = array("q")
        self._cache: OrderedDict[int, _Line] = OrderedDict()
        self._gone: set[int] = set()
        self._next: PageCursor | None = None
        self._active = False
        self._changing = False
        self._matching = 0
        self._total = 0
        self._headers = self.headers()
        self._dots: dict[str, QIcon] = {}
        self.queries = 0

    # -- what it shows -------------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [
            self.tr("Surfaced"),
            self.tr("Client"),
            self.tr("Engagement"),
            self.tr("Category"),
            self.tr("Severity"),
            self.tr("Stage"),
            self.tr("Emotion"),
            self.tr("Days"),
            self.tr("Due"),
            self.tr("Client’s words"),
        ]

    def display_values(self, row: EpisodeRow) -> tuple[str, ...]:
        number = stage_number(row.stage)
        stage = label_of(EpisodeStage, row.stage)
        return (
            format_date(row.surfaced_at.astimezone().date()),
            row.client_name,
            row.engagement_reference,
            label_of(EpisodeCategory, row.category),
            label_of(Severity, row.severity),
            stage if number is None else f"{number} · {stage}",
            arg(self.tr("%1 · %2/5"), label_of(Emotion, row.emotion), row.intensity),
            format_count(row.days_open),
            ("⚠ " if row.overdue else "") + format_date(row.due_on),
            row.excerpt,
        )

    # -- loading -------------------------------------------------------------------------------

    @property
    def filter(self) -> EpisodeFilter:
        return self._filter

    @property
    def sort_order(self) -> EpisodeSort:
        return self._sort

    @property
    def active(self) -> bool:
        """Whether the model has loaded once: before, sorting and filtering only take note."""
        return self._active

    def matching_count(self) -> int:
        """How many episodes the filter lets through, fetched or not."""
        return self._matching

    def total_count(self) -> int:
        """How many episodes there are, filter or no filter."""
        return self._total

    def set_filter(self, wanted: EpisodeFilter) -> None:
        if wanted == self._filter:
            return
        if self._active:
            self.reload(wanted)
        else:
            self._filter = wanted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        wanted = EpisodeSort(key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        if self._active:
            # The same episodes in another order: the counts stay.
            self.reload(order=wanted, recount=False)
        else:
            self._sort = wanted

    def reload(
        self,
        wanted: EpisodeFilter | None = None,
        *,
        order: EpisodeSort | None = None,
        recount: bool = True,
    ) -> None:
        """Start again from the first page, with ``wanted`` and ``order`` (by default the
        current filter and order); ``recount=False`` keeps the counts."""
        wanted = self._filter if wanted is None else wanted
        order = self._sort if order is None else order
        # Read first: a failed query leaves the model as it was, not half reset.
        page = list_episode_page(self._db, wanted, order, limit=self._page_size, today=self._today)
        self.queries += 1
        total, matching = self._total, self._matching
        if recount or not self._active:
            total = count_episodes(self._db)
            matching = count_episodes(self._db, wanted) if wanted.active else total
            self.queries += 2 if wanted.active else 1
        self._changing = True
        try:
            self.beginResetModel()
            self._filter, self._sort = wanted, order
            self._ids = array("q", (row.id for row in page.rows))
            self._cache.clear()
            self._gone.clear()
            self._remember(page.rows)
            self._next = page.next
            self._total, self._matching = total, matching
            self._active = True
            self.endResetModel()
        finally:
            self._changing = False
        self.reloaded.emit()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's
        return not parent.isValid() and self._next is not None and not self._changing

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        # A slot connected to modelReset or rowsInserted may ask for more while the change
        # before is still being announced: that one must finish first.
        if parent.isValid() or self._next is None or self._changing:
            return
        page = list_episode_page(
            self._db,
            self._filter,
            self._sort,
            after=self._next,
            limit=self._page_size,
            today=self._today,
        )
        self.queries += 1
        self._next = page.next
        if not page.rows:
            return
        first = len(self._ids)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._ids.extend(row.id for row in page.rows)
            self._remember(page.rows)
            self.endInsertRows()
        finally:
            self._changing = False

    def fetch_all(self) -> None:
        """Fetch every remaining page (tests, benchmarks: a view fetches as it scrolls)."""
        while self.canFetchMore():
            self.fetchMore()

    def retranslate(self) -> None:
        self._headers = self.headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._active and self._sort.key is EpisodeSortKey.CATEGORY:
            # Categories sort by their label, which just changed language.
            self.reload(recount=False)
            return
        for line in self._cache.values():
            line.display = None
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self._headers) - 1)
            )

    # -- the row cache -------------------------------------------------------------------------

    def cached_rows(self) -> int:
        return len(self._cache)

    def _remember(self, rows: list[EpisodeRow]) -> None:
        for row in rows:
            self._cache[row.id] = _Line(row)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    def _line(self, number: int) -> _Line | None:
        ident = self._ids[number]
        line = self._cache.get(ident)
        if line is not None:
            self._cache.move_to_end(ident)
            return line
        if ident in self._gone:
            return None
        start = max(0, number - MISS_WINDOW // 4)
        wanted = [
            other
            for other in self._ids[start : start + MISS_WINDOW]
            if other not in self._cache and other not in self._gone
        ]
        rows = load_episode_rows(self._db, wanted, today=self._today)
        self.queries += 1
        # Deleted since the page was read: an empty row rather than a query at each paint.
        self._gone.update(set(wanted) - {row.id for row in rows})
        self._remember(rows)
        return self._cache.get(ident)

    # -- reading -------------------------------------------------------------------------------

    def episode_id(self, number: int) -> int:
        return self._ids[number]

    def row_of(self, episode_id: int) -> int | None:
        """The row of an episode among those fetched so far."""
        try:
            return self._ids.index(episode_id)
        except ValueError:
            return None

    def row(self, number: int) -> EpisodeRow | None:
        line = self._line(number)
        return None if line is None else line.row

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = index.column()
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        line = self._line(index.row())
        if line is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if line.display is None:
                line.display = self.display_values(line.row)
            return line.display[column]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._dot(line.row.severity) if column == COL_SEVERITY else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.row.overdue:
                # Nobody may miss it: the whole row says so, not only its due date.
                return QColor(OVERDUE_COLOUR)
            if line.row.closed:
                # Done with: still there to read, no longer calling for attention.
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
                )
            return None
        return self._tooltip(line, column)

    def _tooltip(self, line: _Line, column: int) -> str | None:
        row = line.row
        if column == COL_WORDS:
            return row.excerpt or None
        if column == COL_STAGE:
            number = stage_number(row.stage)
            if number is None:
                return None
            return arg(self.tr("Stage %1 of %2 of the recovery playbook"), number, len(PLAYBOOK))
        if column == COL_DAYS_OPEN and row.closed_on is not None:
            return arg(self.tr("Closed on %1"), format_date(row.closed_on))
        if column == COL_DUE and row.due_on is not None:
            if row.overdue:
                return arg(self.tr("Overdue: was due on %1"), format_date(row.due_on))
            return arg(
                self.tr("The acknowledgement or the next step is due on %1"),
                format_date(row.due_on),
            )
        return None

    def _dot(self, severity: str) -> QIcon | None:
        colour = SEVERITY_COLOURS.get(severity)
        if colour is None:
            return None
        icon = self._dots.get(severity)
        if icon is None:
            icon = self._dots[severity] = _dot(colour)
        return icon

    @staticmethod
    def _alignment(column: int) -> Qt.AlignmentFlag:
        horizontal = (
            Qt.AlignmentFlag.AlignRight if column == COL_DAYS_OPEN else Qt.AlignmentFlag.AlignLeft
        )
        return horizontal | Qt.AlignmentFlag.AlignVCenter

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_DAYS_OPEN:
            return self.tr(
                "Days since the episode surfaced, until the client confirmed it resolved"
            )
        return None
