"""The sort and filter proxy in front of a record table: search-as-you-type plus named filters.

Sorting is forwarded to the record model, which sorts on precomputed keys (see
``record_model``); the proxy then shows the rows it accepts in the model's order.

The search folds case and accents and matches rows that contain every typed word, in any
column the model chose to search. Named filters (the status combo, say) are plain predicates
on the service row, so a page adds its own without subclassing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from consultant_desk.ui.framework.record_model import SORT_ROLE, RecordTableModel
from consultant_desk.ui.text_folding import search_words

RowPredicate = Callable[[Any], bool]


class RecordFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: RecordTableModel[Any] | None = None
        self._words: list[str] = []
        self._filters: dict[str, RowPredicate] = {}
        self.setSortRole(SORT_ROLE)
        # Sort keys are already folded: a plain comparison is both right and fastest.
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.setSortLocaleAware(False)

    def setSourceModel(self, sourceModel: QAbstractItemModel) -> None:  # noqa: N803 - Qt's name
        self._records = sourceModel if isinstance(sourceModel, RecordTableModel) else None
        super().setSourceModel(sourceModel)

    @property
    def search_text_active(self) -> bool:
        return bool(self._words)

    @property
    def filtering(self) -> bool:
        return bool(self._words or self._filters)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._records is not None:
            self._records.sort(column, order)
        else:
            super().sort(column, order)

    def set_search_text(self, text: str) -> None:
        words = search_words(text)
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_row_filter(self, name: str, predicate: RowPredicate | None) -> None:
        """Keep only the rows whose service record satisfies ``predicate``; None removes it."""
        if predicate is None and name not in self._filters:
            return
        self.beginFilterChange()
        if predicate is None:
            del self._filters[name]
        else:
            self._filters[name] = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        records = self._records
        if records is None:
            return super().filterAcceptsRow(source_row, source_parent)
        if self._words:
            haystack = records.haystack(source_row)
            if not all(word in haystack for word in self._words):
                return False
        if self._filters:
            record = records.record(source_row)
            return all(predicate(record) for predicate in self._filters.values())
        return True
