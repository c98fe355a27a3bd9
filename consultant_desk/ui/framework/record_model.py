"""What the engagement and client tables share: rows from a service, shown, sorted, searched.

A service returns plain rows (``EngagementRow``, ``ClientRow``). On every reload the model
computes, once per row, the displayed strings, the sort keys and the folded search text, so
that painting, sorting and filtering thousands of rows never calls back into the services
or formats a date twice. The rows are frozen and compare by value: a reload reuses what was
computed for the rows that come back unchanged, so a refresh formats only what changed.

The model sorts itself (``sort``), on those precomputed keys: letting QSortFilterProxyModel
sort means two Python ``data()`` calls per comparison, half a second per header click on
5,000 rows, where sorting a Python list takes milliseconds. The proxy in front of it
(``RecordFilterProxy``) forwards header clicks here and keeps the source order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from consultant_desk.ui.text_folding import fold

# The key the proxy sorts on: ints for numbers and dates, folded strings for text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 3

ModelIndex = QModelIndex | QPersistentModelIndex


class Record(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def archived(self) -> bool: ...


R = TypeVar("R", bound=Record)
SortKey = int | str


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of service rows. Subclasses say what each column shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._display: list[tuple[str, ...]] = []
        self._sort_keys: list[tuple[SortKey, ...]] = []
        # What _compute made of each row, for the next reload; emptied when the language changes.
        self._computed: dict[R, tuple[tuple[str, ...], tuple[SortKey, ...], str]] = {}
        self._haystacks: list[str] = []
        self._row_of_id: dict[int, int] = {}
        self._headers: list[str] = self.headers()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._archived_font = QFont()
        self._archived_font.setItalic(True)

    # -- what subclasses define -------------------------------------------------------------

    def headers(self) -> list[str]:
        """The translated column titles; their number is the column count."""
        raise NotImplementedError

    def display_values(self, record: R) -> tuple[str, ...]:
        raise NotImplementedError

    def sort_values(self, record: R, display: tuple[str, ...]) -> tuple[SortKey, ...]:
        """Default: the folded displayed text, so "Élan" sorts beside "Elan"."""
        return tuple(fold(text) for text in display)

    def search_values(self, record: R, display: tuple[str, ...]) -> Sequence[str]:
        """What a search looks into. Default: every displayed column."""
        return display

    def column_alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return None

    # -- loading -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._compute()
        self._apply_sort()
        self.endResetModel()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not -1 <= column < len(self._headers):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._rows[index.row()].id, index.column()) for index in persistent]
        self._apply_sort()
        self.changePersistentIndexList(
            persistent,
            [self.index(self._row_of_id[record_id], column) for record_id, column in kept],
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        """Reorder the rows and their cached values by the current sort column (stable)."""
        column = self._sort_column
        if column >= 0 and self._rows:
            order = sorted(
                range(len(self._rows)),
                key=lambda row: self._sort_keys[row][column],
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
            self._rows = [self._rows[row] for row in order]
            self._display = [self._display[row] for row in order]
            self._sort_keys = [self._sort_keys[row] for row in order]
            self._haystacks = [self._haystacks[row] for row in order]
        self._row_of_id = {record.id: number for number, record in enumerate(self._rows)}

    def retranslate(self) -> None:
        """Headers and labels again, in the language just installed."""
        self._headers = self.headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        self._computed = {}
        if self._rows:
            self._compute()
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1)
            )

    def _compute(self) -> None:
        known = self._computed
        computed: dict[R, tuple[tuple[str, ...], tuple[SortKey, ...], str]] = {}
        self._display, self._sort_keys, self._haystacks = [], [], []
        for record in self._rows:
            values = known.get(record)
            if values is None:
                display = self.display_values(record)
                values = (
                    display,
                    self.sort_values(record, display),
                    fold("\n".join(self.search_values(record, display))),
                )
            computed[record] = values
            self._display.append(values[0])
            self._sort_keys.append(values[1])
            self._haystacks.append(values[2])
        self._computed = computed

    # -- reading -----------------------------------------------------------------------------

    def record(self, row: int) -> R:
        return self._rows[row]

    def records(self) -> list[R]:
        return list(self._rows)

    def row_of(self, record_id: int) -> int | None:
        return self._row_of_id.get(record_id)

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

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
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][column]
        if role == SORT_ROLE:
            return self._sort_keys[row][column]
        if role == ID_ROLE:
            return self._rows[row].id
        if role == ARCHIVED_ROLE:
            return self._rows[row].archived
        if role == Qt.ItemDataRole.TextAlignmentRole:
            alignment = self.column_alignment(column)
            return None if alignment is None else alignment | Qt.AlignmentFlag.AlignVCenter
        if self._rows[row].archived:
            if role == Qt.ItemDataRole.FontRole:
                return self._archived_font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            alignment = self.column_alignment(section)
            if alignment is not None:
                return alignment | Qt.AlignmentFlag.AlignVCenter
        return None
