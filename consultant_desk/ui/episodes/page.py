"""The Episodes page: every dissatisfaction episode, searchable, filterable, sortable, lazy.

Search, the category and stage combos and "Open only" become one ``EpisodeFilter`` that the
model hands to the database; typing waits for a short pause (``SEARCH_DELAY_MS``) so that a
word typed quickly costs one query, not one per key. Read-only for now: selecting a row shows
the episode on the right.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.enums import EpisodeCategory, EpisodeStage
from consultant_desk.services.episode_list import EpisodeFilter
from consultant_desk.store.database import Database
from consultant_desk.ui.episodes.detail import EpisodeDetailPane
from consultant_desk.ui.episodes.model import (
    COL_CATEGORY,
    COL_CLIENT,
    COL_DAYS_OPEN,
    COL_ENGAGEMENT,
    COL_FEELING,
    COL_SEVERITY,
    COL_STAGE,
    COL_SURFACED,
    COL_WORDS,
    EpisodeTableModel,
    stage_number,
)
from consultant_desk.ui.formatting import arg, format_count
from consultant_desk.ui.framework.page import Page
from consultant_desk.ui.framework.record_model import ID_ROLE
from consultant_desk.ui.style import mute

SEARCH_DELAY_MS = 150
WORDS_MIN_WIDTH = 200
WORDS_COMFORTABLE_WIDTH = 300
# What a first run in a narrow window hides, in this order: the detail pane shows both.
OPTIONAL_COLUMNS = (COL_FEELING, COL_ENGAGEMENT)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EpisodesPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = EpisodeTableModel(db, parent=self)
        self.model.reloaded.connect(self._after_reload)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_typed)
        self.search.installEventFilter(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)

        self.category_combo = QComboBox(self)
        self.category_combo.addItem("", None)
        for category in EpisodeCategory:
            self.category_combo.addItem("", category.value)
        self.stage_combo = QComboBox(self)
        self.stage_combo.addItem("", None)
        for stage in EpisodeStage:
            self.stage_combo.addItem("", stage.value)
        for combo in (self.category_combo, self.stage_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.open_only = QCheckBox(self)
        self.open_only.toggled.connect(self.apply_filter)

        filter_bar = QHBoxLayout()
        filter_bar.addWidget(self.search, 1)
        filter_bar.addWidget(self.category_combo)
        filter_bar.addWidget(self.stage_combo)
        filter_bar.addWidget(self.open_only)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTabKeyNavigation(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.hide()
        # Every row the same height: the view never measures a row, however many there are.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_SURFACED, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(32)
        mute(self.empty_label)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.detail = EpisodeDetailPane(db, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_placed = False
        self._header_restored = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(filter_bar)
        layout.addWidget(self.splitter, 1)

        self._setup_columns()
        self.retranslate()

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Episodes")

    # -- Page hooks ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.search_timer.stop()
        self.model.reload(self.current_filter())

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def status_text(self) -> str:
        if not self.model.active:
            return ""
        total = self.model.total_count()
        if self.model.filter.active:
            return arg(
                self.tr("%1 of %Ln episode(s) shown", "", total),
                format_count(self.model.matching_count()),
            )
        return self.tr("%Ln episode(s)", "", total)

    def save_state(self, settings: QSettings, prefix: str) -> None:
        settings.setValue(f"{prefix}/splitter", self.splitter.saveState())
        settings.setValue(f"{prefix}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{prefix}/columns", self.model.columnCount())
        settings.setValue(f"{prefix}/open_only", self.open_only.isChecked())

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
                self._header_restored = True
                self.table.sortByColumn(
                    view_header.sortIndicatorSection(), view_header.sortIndicatorOrder()
                )
        open_only = settings.value(f"{prefix}/open_only")
        self.open_only.setChecked(str(open_only).lower() == "true")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search client, engagement or the client’s words"))
        self.category_combo.setItemText(0, self.tr("All categories"))
        for index in range(1, self.category_combo.count()):
            value = self.category_combo.itemData(index)
            self.category_combo.setItemText(index, EpisodeCategory(value).label())
        self.stage_combo.setItemText(0, self.tr("All stages"))
        for index in range(1, self.stage_combo.count()):
            stage = EpisodeStage(self.stage_combo.itemData(index))
            number = stage_number(stage.value)
            label = stage.label()
            self.stage_combo.setItemText(index, label if number is None else f"{number} · {label}")
        self.open_only.setText(self.tr("Open only"))
        self.open_only.setToolTip(self.tr("Hide the episodes the client confirmed resolved"))
        self.model.retranslate()
        self._update_empty_state()
        if self.detail.episode_id() is None:
            self._show_selection()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._splitter_placed:
            # First run: the list gets the room, the detail pane a reading column.
            self._splitter_placed = True
            total = max(self.splitter.width(), self.width())
            detail = max(300, total // 4)
            self.splitter.setSizes([total - detail, detail])
            if not self._header_restored:
                self._hide_optional_columns(total - detail)
        super().showEvent(event)

    # -- filtering -------------------------------------------------------------------------------

    def current_filter(self) -> EpisodeFilter:
        return EpisodeFilter(
            search=self.search.text(),
            category=self.category_combo.currentData(),
            stage=self.stage_combo.currentData(),
            open_only=self.open_only.isChecked(),
        )

    @Slot()
    def apply_filter(self) -> None:
        """Filter now (combos, toggle, the end of a pause in typing)."""
        self.search_timer.stop()
        self.model.set_filter(self.current_filter())

    @Slot(str)
    def _on_search_typed(self, _text: str) -> None:
        self.search_timer.start()

    def clear_filters(self) -> None:
        self.search.clear()
        self.category_combo.setCurrentIndex(0)
        self.stage_combo.setCurrentIndex(0)
        self.open_only.setChecked(False)
        self.apply_filter()

    # -- selection -------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, episode_id: int) -> bool:
        """Select an episode among the rows fetched so far."""
        row = self.model.row_of(episode_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    # -- internals -------------------------------------------------------------------------------

    def _setup_columns(self) -> None:
        header = self.table.horizontalHeader()

        def width(*samples: str) -> int:
            return max(self.fontMetrics().horizontalAdvance(sample) for sample in samples) + 16

        # Snug: with the detail pane open, nine columns share some 900 pixels, and the
        # client's words must keep a readable share. Long labels elide; the tooltip or the
        # detail pane has them whole.
        widths = {
            COL_SURFACED: width("30 sept. 2026", "30 Sept 2026"),
            COL_CLIENT: width("Boulangerie Lefèvre SA"),
            COL_ENGAGEMENT: width("M-2026-0000"),
            COL_CATEGORY: width("Organisation", "Facturation"),
            COL_SEVERITY: width("Moyenne", "Medium") + 18,
            COL_STAGE: width("3 · Reconnaître"),
            COL_FEELING: width("En colère · 5/5"),
            COL_DAYS_OPEN: width("Days", "Jours", "0000"),
        }
        for column, size in widths.items():
            header.resizeSection(column, size)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        self.table.viewport().installEventFilter(self)
        self._fit_words_column()

    def _hide_optional_columns(self, width: int) -> None:
        """On a first run in a narrow window, hide the columns the detail pane repeats,
        rather than push the client's words out of sight; the header's menu shows them."""
        header = self.table.horizontalHeader()
        available = width - self.table.verticalScrollBar().sizeHint().width() - 4
        for column in OPTIONAL_COLUMNS:
            others = sum(
                header.sectionSize(section)
                for section in range(header.count())
                if section != COL_WORDS and not header.isSectionHidden(section)
            )
            if available - others >= WORDS_COMFORTABLE_WIDTH:
                break
            header.hideSection(column)
        self._fit_words_column()

    @Slot(QPoint)
    def _on_header_menu(self, position: QPoint) -> None:
        """Right-click on the header: show or hide columns (the client's words always stay)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if column == COL_WORDS:
                continue
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(
                lambda shown, column=column: self.set_column_shown(column, shown)
            )
        menu.exec(header.mapToGlobal(position))
        menu.deleteLater()

    def set_column_shown(self, column: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self._fit_words_column()

    def _fit_words_column(self) -> None:
        """The client's words take the room the other columns leave, never less than a minimum."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(section)
            for section in range(header.count())
            if section != COL_WORDS and not header.isSectionHidden(section)
        )
        header.resizeSection(
            COL_WORDS, max(WORDS_MIN_WIDTH, self.table.viewport().width() - others)
        )

    @Slot(int, int, int)
    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section != COL_WORDS:
            self._fit_words_column()

    @Slot()
    def _after_reload(self) -> None:
        keep = self.detail.episode_id()
        if keep is None or not self.select_id(keep):
            self._show_selection()
        self._update_empty_state()
        self.state_changed.emit()

    def _update_empty_state(self) -> None:
        if not self.model.active or self.model.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.table)
            return
        if self.model.total_count() == 0:
            self.empty_label.setText(
                self.tr(
                    "No episode recorded yet.\nWhen a client voices dissatisfaction, it is "
                    "recorded here and worked through the recovery playbook."
                )
            )
        else:
            self.empty_label.setText(self.tr("No episode matches these filters."))
        self.list_stack.setCurrentWidget(self.empty_label)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selection()
        self.state_changed.emit()

    def _show_selection(self) -> None:
        episode_id = self.selected_id()
        if episode_id is not None:
            self.detail.show_episode(episode_id)
        elif self.model.rowCount() > 0:
            self.detail.show_empty(self.tr("Select an episode to see what happened."))
        else:
            # With nothing listed, "select one" would be a riddle: the list says why.
            self.detail.show_empty("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_words_column()
            return False
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (*_ENTER_KEYS, Qt.Key.Key_Down)
        ):
            # Typing may not have paused yet: filter now, then go to the list.
            self.apply_filter()
            self._focus_list()
            return True
        return super().eventFilter(watched, event)

    def _focus_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
