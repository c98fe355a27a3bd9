"""Attendees and action items, typed in place like a small spreadsheet.

Tab moves from cell to cell while editing; Tab in the last cell adds a row, so a list is typed
without reaching for the mouse. Del removes the current row (Ctrl+Z puts it back), and rows
left entirely blank are ignored. A due date is edited with a calendar; Del inside it clears it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.validation import EARLIEST_DATE, LATEST_DATE
from consultant_desk.ui.formatting import edit_date_format, format_date, from_qdate, to_qdate
from consultant_desk.ui.meetings.form_state import ActionLine, AttendeeLine
from consultant_desk.ui.style import mute

# The ISO date a due-date cell holds (None when unset); the cell shows it formatted.
DATE_ROLE = Qt.ItemDataRole.UserRole + 10
# One day before the earliest valid date: what the date editor shows as "no date".
_UNSET = QDate(EARLIEST_DATE.year - 1, 12, 31)

ModelIndex = QModelIndex | QPersistentModelIndex


class DueDateDelegate(QStyledItemDelegate):
    """A calendar editor for an optional date; Del in it clears the date."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(edit_date_format())
        editor.setDateRange(_UNSET, to_qdate(LATEST_DATE))
        editor.setSpecialValueText("—")
        # The view makes this delegate the editor's event filter: Del is seen below.
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QDateEdit)
        stored = index.data(DATE_ROLE)
        # An empty cell opens on today: whoever opens it is about to pick a date.
        editor.setDate(to_qdate(date.fromisoformat(stored)) if stored else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QDateEdit)
        value = editor.date()
        chosen = None if value == _UNSET else from_qdate(value)
        model.setData(index, chosen.isoformat() if chosen else None, DATE_ROLE)
        model.setData(index, format_date(chosen), Qt.ItemDataRole.DisplayRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            # Del clears the date; Backspace still corrects a digit.
            watched.setDate(_UNSET)
            return True
        return super().eventFilter(watched, event)


class RowsTable(QTableWidget):
    """The table itself: Tab past the last cell adds a row; Del and Ctrl+Z."""

    append_requested = Signal()
    remove_requested = Signal()
    undo_requested = Signal()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        last_cell = (
            self.currentRow() == self.rowCount() - 1
            and self.currentColumn() == self.columnCount() - 1
        )
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem and last_cell:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.append_requested.emit()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Delete and self.currentRow() >= 0:
                self.remove_requested.emit()
                return
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_requested.emit()
                return
        super().keyPressEvent(event)


class RowsEditor(QWidget):
    """A table of text columns (and optionally one date column), with Add and Remove."""

    changed = Signal()

    def __init__(
        self, columns: int, date_column: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.date_column = date_column
        self.table = RowsTable(0, columns, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.horizontalHeader().setHighlightSections(False)
        if date_column is not None:
            self.table.setItemDelegateForColumn(date_column, DueDateDelegate(self.table))

        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.hint = QLabel(self)
        mute(self.hint)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.append_requested.connect(self.add_row)
        self.table.remove_requested.connect(self.remove_current)
        self.table.undo_requested.connect(self.undo_remove)
        self.table.currentCellChanged.connect(self._update_buttons)
        model = self.table.model()
        model.dataChanged.connect(self._emit_changed)
        model.rowsInserted.connect(self._emit_changed)
        model.rowsRemoved.connect(self._emit_changed)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._removed: list[tuple[int, list[tuple[str, Any]]]] = []
        self._read_only = False
        self._update_buttons()

    # -- content ---------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Sequence[str | date | None]]) -> None:
        self.table.setRowCount(0)
        self._removed.clear()
        for values in rows:
            self._append(values)
        self._update_buttons()

    def raw_rows(self, *, commit: bool = True) -> list[tuple[int, list[str | date | None]]]:
        """(row number, values) of every row; with ``commit``, the cell being edited is
        committed first (an autosave passes False, so as not to close it under the typist)."""
        if commit:
            self.commit_pending_edit()
        result = []
        for row in range(self.table.rowCount()):
            values: list[str | date | None] = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if column == self.date_column:
                    stored = item.data(DATE_ROLE) if item is not None else None
                    values.append(date.fromisoformat(stored) if stored else None)
                else:
                    values.append(item.text() if item is not None else "")
            result.append((row, values))
        return result

    def row_count(self) -> int:
        return self.table.rowCount()

    def commit_pending_edit(self) -> None:
        """A cell still being edited would otherwise keep its old text: moving the current
        index commits the open editor."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            current = self.table.currentIndex()
            self.table.setCurrentIndex(QModelIndex())
            self.table.setCurrentIndex(current)

    @Slot()
    def add_row(self) -> None:
        if self._read_only:
            return
        row = self._append([])
        self.table.setCurrentCell(row, 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit_cell(row, 0)

    @Slot()
    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self._read_only:
            return
        cells = []
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            cells.append((item.text(), item.data(DATE_ROLE)) if item is not None else ("", None))
        self._removed.append((row, cells))
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self._update_buttons()

    @Slot()
    def undo_remove(self) -> None:
        if not self._removed or self._read_only:
            return
        row, cells = self._removed.pop()
        row = min(row, self.table.rowCount())
        self.table.insertRow(row)
        for column, (text, stored) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(DATE_ROLE, stored)
            self.table.setItem(row, column, item)
        self.table.setCurrentCell(row, 0)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        self.hint.setVisible(not read_only)

    # -- errors ----------------------------------------------------------------------------------

    def focus_cell(self, row: int, column: int) -> None:
        """Select the cell and open it for typing."""
        self.table.setCurrentCell(row, column)
        self.table.scrollTo(self.table.model().index(row, column))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit_cell(row, column)

    def edit_cell(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is not None and self.table.state() != QAbstractItemView.State.EditingState:
            self.table.editItem(item)

    # -- layout ----------------------------------------------------------------------------------

    def set_headers(self, titles: Sequence[str]) -> None:
        self.table.setHorizontalHeaderLabels(list(titles))

    def set_column_modes(self, modes: Sequence[QHeaderView.ResizeMode]) -> None:
        header = self.table.horizontalHeader()
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)

    # -- internals -------------------------------------------------------------------------------

    def _append(self, values: Sequence[str | date | None]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            value = values[column] if column < len(values) else None
            item = QTableWidgetItem()
            if column == self.date_column:
                chosen = value if isinstance(value, date) else None
                item.setData(DATE_ROLE, chosen.isoformat() if chosen else None)
                item.setText(format_date(chosen))
            else:
                item.setText(str(value) if value else "")
            self.table.setItem(row, column, item)
        return row

    def refresh_dates(self) -> None:
        """Show the dates again in the current locale (after a change of language)."""
        if self.date_column is None:
            return
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.date_column)
            if item is not None:
                stored = item.data(DATE_ROLE)
                item.setText(format_date(date.fromisoformat(stored) if stored else None))

    @Slot()
    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)


class AttendeesEditor(RowsEditor):
    COL_NAME = 0
    COL_ROLE = 1
    COL_ORGANISATION = 2
    FIELD_COLUMNS: ClassVar[dict[str, int]] = {
        "attendee.name": 0,
        "attendee.role": 1,
        "attendee.organisation": 2,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(3, None, parent)
        self.set_column_modes(
            [
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
            ]
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.set_headers([self.tr("Name"), self.tr("Role"), self.tr("Organisation")])
        self.add_button.setText(self.tr("Add attendee"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(self.tr("Tab moves on; Tab in the last cell adds a line."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def lines(self, *, commit: bool = True) -> list[AttendeeLine]:
        """Every attendee typed; rows left blank are skipped."""
        return [line for _row, line in self.numbered_lines(commit=commit) if not line.is_blank()]

    def numbered_lines(self, *, commit: bool = True) -> list[tuple[int, AttendeeLine]]:
        return [
            (row, AttendeeLine(str(values[0] or ""), str(values[1] or ""), str(values[2] or "")))
            for row, values in self.raw_rows(commit=commit)
        ]

    def set_lines(self, lines: Sequence[AttendeeLine]) -> None:
        self.set_rows([[line.name, line.role, line.organisation] for line in lines])


class ActionItemsEditor(RowsEditor):
    COL_OWNER = 0
    COL_WHAT = 1
    COL_DUE = 2
    FIELD_COLUMNS: ClassVar[dict[str, int]] = {
        "action.owner": 0,
        "action.what": 1,
        "action.due_date": 2,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(3, self.COL_DUE, parent)
        self.set_column_modes(
            [
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive,
            ]
        )
        self.table.horizontalHeader().resizeSection(self.COL_OWNER, 170)
        due_width = self.fontMetrics().horizontalAdvance("30 sept. 2026") + 56
        self.table.horizontalHeader().resizeSection(self.COL_DUE, due_width)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_headers([self.tr("Who"), self.tr("What"), self.tr("Due")])
        self.add_button.setText(self.tr("Add action"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(self.tr("Del removes a line, Ctrl+Z brings it back."))
        self.refresh_dates()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def lines(self, *, commit: bool = True) -> list[ActionLine]:
        return [line for _row, line in self.numbered_lines(commit=commit) if not line.is_blank()]

    def numbered_lines(self, *, commit: bool = True) -> list[tuple[int, ActionLine]]:
        result = []
        for row, values in self.raw_rows(commit=commit):
            due = values[2] if isinstance(values[2], date) else None
            result.append((row, ActionLine(str(values[0] or ""), str(values[1] or ""), due)))
        return result

    def set_lines(self, lines: Sequence[ActionLine]) -> None:
        self.set_rows([[line.owner, line.what, line.due] for line in lines])
