"""List pages: a search bar and filters, a sortable table or an empty state, an optional
detail pane beside it, and the column layout remembered between runs.

:class:`ListPage` is the one base of every list; it does not know where its rows come from.
:class:`RowListPage` keeps its rows in memory behind a filter proxy (the Documents page);
:class:`RecordListPage` adds archiving and the editor dialogs (engagements, clients,
meetings). The Episodes page feeds its lazy model from the database itself.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Slot,
)
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

M = TypeVar("M", bound=QAbstractItemModel)
D = TypeVar("D", bound=DetailPane)


class ListPage(Page, Generic[M, D]):
    """Search, filters, table or empty state, detail pane and saved state, for any model.

    Subclasses add their filters to ``filter_bar`` and implement the hooks below; the list
    shows ``view_model(model)`` (the model itself, or a proxy over it).
    """

    # The detail pane's share of the page against the list's 3, and its narrowest first width.
    detail_stretch = 2
    detail_min_width = 280
    # When set, the empty state's text stays a paragraph this many characters wide.
    empty_text_chars: int | None = None

    def __init__(self, db: Database, model: M, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = model
        model.setParent(self)
        shown = self.view_model(model)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.on_search_text)
        self.search.installEventFilter(self)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search, 1)
        self._last_in_bar: QWidget = self.search

        self.table = QTableView(self)
        self.table.setModel(shown)
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
        self.table.doubleClicked.connect(lambda _index: self.activate_selected())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(32)
        mute(self.empty_label)
        self.empty_page: QWidget = self.empty_label
        if self.empty_text_chars is not None:
            # A short paragraph reads better than one line across a wide window.
            self.empty_label.setMaximumWidth(
                self.fontMetrics().averageCharWidth() * self.empty_text_chars
            )
            self.empty_page = QWidget(self)
            empty_layout = QHBoxLayout(self.empty_page)
            empty_layout.addStretch(1)
            empty_layout.addWidget(self.empty_label, 4)
            empty_layout.addStretch(1)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_page)

        self.detail = self.make_detail()
        self.splitter: QSplitter | None = None
        if self.detail is not None:
            self.detail.edit_requested.connect(self.edit_selected)
            self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
            self.splitter.addWidget(self.list_stack)
            self.splitter.addWidget(self.detail)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, self.detail_stretch)
            self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.splitter if self.splitter is not None else self.list_stack, 1)

        self._flexible: tuple[int, int] | None = None
        self._splitter_placed = False
        self.header_restored = False

    # -- hooks for subclasses ------------------------------------------------------------------

    def view_model(self, model: M) -> QAbstractItemModel:
        """What the table shows: ``model`` itself, or a proxy over it."""
        return model

    def make_detail(self) -> D | None:
        """The pane beside the list (built once, parented to the page), or None."""
        return None

    def view_index(self, record_id: int, *, reveal: bool) -> QModelIndex:
        """The table's index of a record (invalid when not listed); with ``reveal``, clear the
        filters that hide it."""
        raise NotImplementedError

    def has_records(self) -> bool:
        """Whether there is anything at all to list, filters aside."""
        raise NotImplementedError

    def is_listing(self) -> bool:
        """Whether the table, rather than the empty state, is shown."""
        return self.table.model().rowCount() > 0

    def empty_text(self) -> str:
        """What the empty list says when there is nothing at all yet."""
        raise NotImplementedError

    def no_match_text(self) -> str:
        raise NotImplementedError

    def select_text(self) -> str:
        """What the detail pane says when nothing is selected."""
        return ""

    def selection_changed(self) -> None:
        """The selection moved (or the list changed under it)."""
        self._show_selection()

    def activate_selected(self) -> bool:
        """Return or a double-click on a row; True when it did something."""
        return False

    @Slot(str)
    def on_search_text(self, _text: str) -> None:
        """The search box changed."""

    def first_layout(self, list_width: int) -> None:
        """The first time the page is shown without saved column state."""

    def save_extra_state(self, settings: QSettings, prefix: str) -> None:
        """Remember the page's own filters beside the columns."""

    def restore_extra_state(self, settings: QSettings, prefix: str) -> None:
        pass

    # -- Page hooks ------------------------------------------------------------------------------

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def save_state(self, settings: QSettings, prefix: str) -> None:
        if self.splitter is not None:
            settings.setValue(f"{prefix}/splitter", self.splitter.saveState())
        settings.setValue(f"{prefix}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{prefix}/columns", self.model.columnCount())
        self.save_extra_state(settings, prefix)

    def restore_state(self, settings: QSettings, prefix: str) -> None:
        splitter = settings.value(f"{prefix}/splitter")
        if (
            self.splitter is not None
            and isinstance(splitter, QByteArray)
            and self.splitter.restoreState(splitter)
        ):
            self._splitter_placed = True
        header = settings.value(f"{prefix}/header")
        columns = settings.value(f"{prefix}/columns")
        # A header saved with another set of columns would put widths on the wrong ones.
        if isinstance(header, QByteArray) and str(columns) == str(self.model.columnCount()):
            view_header = self.table.horizontalHeader()
            if view_header.restoreState(header):
                self.header_restored = True
                self.table.sortByColumn(
                    view_header.sortIndicatorSection(), view_header.sortIndicatorOrder()
                )
        self.restore_extra_state(settings, prefix)

    def retranslate(self) -> None:
        self.update_empty_state()
        if not self.detail_shown():
            self._show_selection()

    def showEvent(self, event: QShowEvent) -> None:
        if self.splitter is not None and not self._splitter_placed:
            # First run: the list gets the room, the detail pane a reading column.
            self._splitter_placed = True
            total = max(self.splitter.width(), self.width())
            detail = max(self.detail_min_width, total // 4)
            self.splitter.setSizes([total - detail, detail])
            if not self.header_restored:
                self.first_layout(total - detail)
        super().showEvent(event)

    # -- selection ---------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, record_id: int, *, reveal: bool = True) -> bool:
        """Select a record; with ``reveal``, clear the filters that hide it."""
        index = self.view_index(record_id, reveal=reveal)
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def clear_filters(self) -> None:
        self.search.clear()

    def add_to_bar(self, widget: QWidget, *, space_before: int = 0) -> None:
        """Add a filter or a button to the bar, after the others there and in Tab order."""
        if space_before:
            self.filter_bar.addSpacing(space_before)
        self.filter_bar.addWidget(widget)
        QWidget.setTabOrder(self._last_in_bar, widget)
        self._last_in_bar = widget

    # -- columns -------------------------------------------------------------------------------

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
        self.fit_flexible_column()

    def fit_flexible_column(self) -> None:
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
            self.fit_flexible_column()

    def text_width(self, sample: str) -> int:
        """A column width that fits ``sample`` with the cell's padding."""
        return self.fontMetrics().horizontalAdvance(sample) + 20

    # -- internals -------------------------------------------------------------------------------

    def after_filter(self) -> None:
        """The filters changed: the empty state, the detail pane and the status follow."""
        self.update_empty_state()
        if not self.table.currentIndex().isValid():
            self._show_selection()
        self.state_changed.emit()

    def update_empty_state(self) -> None:
        if not self.detail_shown():
            self._show_selection()
        if self.is_listing():
            self.list_stack.setCurrentWidget(self.table)
            return
        self.empty_label.setText(self.no_match_text() if self.has_records() else self.empty_text())
        self.list_stack.setCurrentWidget(self.empty_page)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.selection_changed()
        self.state_changed.emit()

    def detail_shown(self) -> bool:
        """Whether the detail pane shows a record."""
        return self.detail is not None and self.detail.subject() is not None

    def _show_selection(self) -> None:
        if self.detail is None:
            return
        record_id = self.selected_id()
        if record_id is None:
            # With nothing listed, "select one" would be a riddle: the list says why.
            self.detail.show_empty(self.select_text() if self.table.model().rowCount() else "")
        else:
            self.detail.show_record(record_id)

    def on_search_return(self) -> None:
        """Return or Down in the search box: go to the list."""
        self.focus_list()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit_flexible_column()
            return False
        # Return in the search box goes to the list; Return in the list opens the record.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (*_ENTER_KEYS, Qt.Key.Key_Down):
                self.on_search_return()
                return True
            if watched is self.table and key in _ENTER_KEYS and self.activate_selected():
                return True
        return super().eventFilter(watched, event)

    def focus_list(self) -> None:
        shown = self.table.model()
        if shown.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(shown.index(0, 0))


class RowListPage(ListPage[RecordTableModel[R], D], Generic[R, D]):
    """A list whose rows are all in memory: search and filters run in a proxy."""

    def view_model(self, model: RecordTableModel[R]) -> QAbstractItemModel:
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)
        return self.proxy

    def load_rows(self) -> list[R]:
        raise NotImplementedError

    def refresh(self) -> None:
        keep = self.selected_id()
        self.model.set_rows(self.load_rows())
        if keep is None or not self.select_id(keep, reveal=False):
            self._show_selection()
        self.update_empty_state()
        self.state_changed.emit()

    def retranslate(self) -> None:
        self.model.retranslate()
        super().retranslate()

    def view_index(self, record_id: int, *, reveal: bool) -> QModelIndex:
        row = self.model.row_of(record_id)
        if row is None:
            return QModelIndex()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and reveal:
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        return index

    def has_records(self) -> bool:
        return self.model.rowCount() > 0

    def selected_record(self) -> R | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    @Slot(str)
    def on_search_text(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self.after_filter()


class RecordListPage(RowListPage[R, DetailPane]):
    """Records the user creates, edits and archives: a "Show archived" box, a New button,
    the editor dialogs, and the detail pane. Subclasses set ``kind`` and the hooks."""

    kind = "record"
    detail: DetailPane

    def __init__(
        self, db: Database, model: RecordTableModel[R], parent: QWidget | None = None
    ) -> None:
        super().__init__(db, model, parent)
        self.show_archived = QCheckBox(self)
        self.show_archived.toggled.connect(self.refresh)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.add_to_bar(self.show_archived)
        self.add_to_bar(self.new_button, space_before=12)
        self._dialog: RecordDialog | None = None

    # -- hooks for subclasses ------------------------------------------------------------------

    def load_records(self, include_archived: bool) -> list[R]:
        raise NotImplementedError

    def make_editor(self, record_id: int | None, **options: Any) -> RecordDialog:
        raise NotImplementedError

    def set_archived(self, record_id: int, archived: bool) -> None:
        raise NotImplementedError

    def confirm_archive(self, record: R) -> bool:
        raise NotImplementedError

    # -- ListPage hooks ------------------------------------------------------------------------

    def make_detail(self) -> DetailPane:
        raise NotImplementedError

    def load_rows(self) -> list[R]:
        return self.load_records(self.show_archived.isChecked())

    def activate_selected(self) -> bool:
        if not self.can_edit():
            return False
        self.edit_selected()
        return True

    # -- Page hooks ------------------------------------------------------------------------------

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
