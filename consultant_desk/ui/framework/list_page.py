"""A page listing records: search bar, sortable table, detail pane, and the editor dialogs.

The engagement and client pages are this page with their own model, services and texts;
another list (meetings, offers…) is one more subclass.
"""

from __future__ import annotations

from typing import Any, Generic

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QSettings, Qt, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.store.database import Database
from consultant_desk.ui.framework.detail_pane import DetailPane
from consultant_desk.ui.framework.page import Page
from consultant_desk.ui.framework.record_dialog import RecordDialog
from consultant_desk.ui.framework.record_filter import RecordFilterProxy
from consultant_desk.ui.framework.record_model import ID_ROLE, R, RecordTableModel
from consultant_desk.ui.style import mute

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RecordListPage(Page, Generic[R]):
    """Subclasses set ``kind`` and implement the hooks in the middle section."""

    kind = "record"

    def __init__(
        self, db: Database, model: RecordTableModel[R], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.model = model
        model.setParent(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.installEventFilter(self)
        self.show_archived = QCheckBox(self)
        self.show_archived.toggled.connect(self.refresh)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search, 1)
        self.filter_bar.addWidget(self.show_archived)
        self.filter_bar.addSpacing(12)
        self.filter_bar.addWidget(self.new_button)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_changed)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(32)
        mute(self.empty_label)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.detail = DetailPane(db, self)
        self.detail.edit_requested.connect(self.edit_selected)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.splitter, 1)

        self._dialog: RecordDialog | None = None
        self._flexible: tuple[int, int] | None = None
        self._splitter_placed = False

    # -- hooks for subclasses ------------------------------------------------------------------

    def load_rows(self, include_archived: bool) -> list[R]:
        raise NotImplementedError

    def show_detail(self, record_id: int) -> None:
        raise NotImplementedError

    def make_editor(self, record_id: int | None, **options: Any) -> RecordDialog:
        raise NotImplementedError

    def set_archived(self, record_id: int, archived: bool) -> None:
        raise NotImplementedError

    def confirm_archive(self, record: R) -> bool:
        raise NotImplementedError

    def empty_text(self) -> str:
        """What the empty list says when there is nothing at all yet."""
        raise NotImplementedError

    def no_match_text(self) -> str:
        raise NotImplementedError

    def select_text(self) -> str:
        """What the detail pane says when nothing is selected."""
        raise NotImplementedError

    # -- Page hooks ------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected_id()
        self.model.set_rows(self.load_rows(self.show_archived.isChecked()))
        if keep is None or not self.select_id(keep, reveal=False):
            self._show_selection()
        self._update_empty_state()
        self.state_changed.emit()

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def can_edit(self) -> bool:
        return self.selected_id() is not None

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.open_dialog(self.make_editor(record_id))

    def can_archive(self) -> bool:
        return self.selected_id() is not None

    def selection_archived(self) -> bool:
        record = self.selected_record()
        return record is not None and record.archived

    def archive_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        if record.archived:
            # Restoring loses nothing: no question asked.
            self.set_archived(record.id, False)
        elif self.confirm_archive(record):
            self.set_archived(record.id, True)
        else:
            return
        self.refresh()
        self.records_changed.emit(self.kind)

    def save_state(self, settings: QSettings, prefix: str) -> None:
        settings.setValue(f"{prefix}/splitter", self.splitter.saveState())
        settings.setValue(f"{prefix}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{prefix}/columns", self.model.columnCount())

    def restore_state(self, settings: QSettings, prefix: str) -> None:
        splitter = settings.value(f"{prefix}/splitter")
        if isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter):
            self._splitter_placed = True
        header = settings.value(f"{prefix}/header")
        columns = settings.value(f"{prefix}/columns")
        # A header saved with another set of columns would put widths on the wrong ones.
        if isinstance(header, QByteArray) and str(columns) == str(self.model.columnCount()):
            view_header = self.table.horizontalHeader()
            if view_header.restoreState(header):
                self.table.sortByColumn(
                    view_header.sortIndicatorSection(), view_header.sortIndicatorOrder()
                )

    def retranslate(self) -> None:
        self.model.retranslate()
        self._update_empty_state()
        if self.detail.subject() is None:
            self._show_selection()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._splitter_placed:
            # First run: the list gets the room, the detail pane a reading column.
            self._splitter_placed = True
            total = max(self.splitter.width(), self.width())
            detail = max(280, total // 4)
            self.splitter.setSizes([total - detail, detail])
        super().showEvent(event)

    # -- selection ---------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def selected_record(self) -> R | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.record(source.row())

    def select_id(self, record_id: int, *, reveal: bool = True) -> bool:
        """Select a record; with ``reveal``, clear a search that hides it."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and reveal:
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def clear_filters(self) -> None:
        self.search.clear()

    # -- dialogs ---------------------------------------------------------------------------------

    def create_new(self, **options: Any) -> RecordDialog:
        return self.open_dialog(self.make_editor(None, **options))

    def open_dialog(self, dialog: RecordDialog) -> RecordDialog:
        """Open an editor without blocking (window-modal); the list follows when it saves."""
        self._dialog = dialog
        dialog.saved.connect(self._after_save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def _on_new_clicked(self) -> None:
        self.create_new()

    @Slot(int)
    def _after_save(self, record_id: int) -> None:
        self.refresh()
        self.select_id(record_id)
        self.detail.reload()
        self.records_changed.emit(self.kind)

    # -- internals -------------------------------------------------------------------------------

    def setup_columns(self, widths: dict[int, int], flexible: int, minimum: int) -> None:
        """Give columns their starting widths; ``flexible`` takes the room left, never less
        than ``minimum`` (QHeaderView's Stretch mode would squeeze it to nothing)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._flexible = (flexible, minimum)
        header.sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)
        self._fit_flexible_column()

    def _fit_flexible_column(self) -> None:
        if self._flexible is None:
            return
        column, minimum = self._flexible
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(section)
            for section in range(header.count())
            if section != column and not header.isSectionHidden(section)
        )
        header.resizeSection(column, max(minimum, self.table.viewport().width() - others))

    @Slot(int, int, int)
    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if self._flexible is not None and section != self._flexible[0]:
            self._fit_flexible_column()

    def text_width(self, sample: str) -> int:
        """A column width that fits ``sample`` with the cell's padding."""
        return self.fontMetrics().horizontalAdvance(sample) + 20

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_empty_state()
        if not self.table.currentIndex().isValid():
            self._show_selection()
        self.state_changed.emit()

    def _update_empty_state(self) -> None:
        if self.detail.subject() is None:
            self._show_selection()
        if self.proxy.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.table)
            return
        no_rows = self.model.rowCount() == 0
        self.empty_label.setText(self.empty_text() if no_rows else self.no_match_text())
        self.list_stack.setCurrentWidget(self.empty_label)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selection()
        self.state_changed.emit()

    def _show_selection(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            # With nothing listed, "select one" would be a riddle: the list says why.
            self.detail.show_empty(self.select_text() if self.proxy.rowCount() else "")
        else:
            self.show_detail(record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_flexible_column()
            return False
        # Return in the search box goes to the list; Return in the list edits the record.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in _ENTER_KEYS:
                self._focus_list()
                return True
            if watched is self.search and key == Qt.Key.Key_Down:
                self._focus_list()
                return True
            if watched is self.table and key in _ENTER_KEYS and self.can_edit():
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    def _focus_list(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
