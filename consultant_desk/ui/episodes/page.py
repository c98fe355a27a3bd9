"""The Episodes page: every dissatisfaction episode, searchable, filterable, sortable, lazy.

Search, the category and stage combos and "Open only" become one ``EpisodeFilter`` that the
model hands to the database; typing waits for a short pause (``SEARCH_DELAY_MS``) so that a
word typed quickly costs one query, not one per key. Read-only for now: selecting a row shows
the episode on the right.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPoint, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QMenu,
    QPushButton,
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
    COL_DUE,
    COL_ENGAGEMENT,
    COL_FEELING,
    COL_SEVERITY,
    COL_STAGE,
    COL_SURFACED,
    COL_WORDS,
    EpisodeTableModel,
    stage_number,
)
from consultant_desk.ui.episodes.opening import EpisodeOpener
from consultant_desk.ui.formatting import arg, format_count
from consultant_desk.ui.framework.list_page import ListPage

SEARCH_DELAY_MS = 150
WORDS_MIN_WIDTH = 200
WORDS_COMFORTABLE_WIDTH = 300
# What a first run in a narrow window hides, in this order: the detail pane shows both.
OPTIONAL_COLUMNS = (COL_FEELING, COL_ENGAGEMENT)


# The due-date filter: everything, the overdue ones, the ones due by Sunday.
DUE_ANY, DUE_OVERDUE, DUE_THIS_WEEK = "", "overdue", "week"


class EpisodesPage(ListPage[EpisodeTableModel, EpisodeDetailPane]):
    detail: EpisodeDetailPane
    detail_stretch = 1
    detail_min_width = 300

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(db, EpisodeTableModel(db, today=today), parent)
        self.today = today
        self.model.reloaded.connect(self._after_reload)
        self.opener = EpisodeOpener(db, self, today=today)
        self.opener.changed.connect(self._after_write)
        # Set by ``episodes.make_page``: File › New episode and the status bar's overdue count.
        self.new_episode_action: QAction | None = None
        self.overdue_badge: QObject | None = None

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
            self.add_to_bar(combo)
        self.open_only = QCheckBox(self)
        self.open_only.toggled.connect(self.apply_filter)
        self.due_combo = QComboBox(self)
        for value in (DUE_ANY, DUE_OVERDUE, DUE_THIS_WEEK):
            self.due_combo.addItem("", value)
        self.due_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.due_combo.currentIndexChanged.connect(self.apply_filter)
        self.add_to_bar(self.due_combo)
        self.add_to_bar(self.open_only)
        # In a narrow window the combos give way (their lists still show whole labels)
        # rather than widen the window past the screen.
        for combo in (self.category_combo, self.stage_combo, self.due_combo):
            combo.setMinimumWidth(72)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda _checked=False: self.create_new())
        self.add_to_bar(self.new_button, space_before=12)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_row_menu)

        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Every row the same height: the view never measures a row, however many there are.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.sortByColumn(COL_SURFACED, Qt.SortOrder.DescendingOrder)

        self._setup_columns()
        self.retranslate()

    # -- ListPage hooks --------------------------------------------------------------------------

    def make_detail(self) -> EpisodeDetailPane:
        return EpisodeDetailPane(self.db, self)

    def view_index(self, record_id: int, *, reveal: bool) -> QModelIndex:
        """Among the rows fetched so far."""
        row = self.model.row_of(record_id)
        return QModelIndex() if row is None else self.model.index(row, 0)

    def has_records(self) -> bool:
        return self.model.total_count() > 0

    def is_listing(self) -> bool:
        return not self.model.active or self.model.rowCount() > 0

    def empty_text(self) -> str:
        return self.tr(
            "No episode recorded yet.\nWhen a client voices dissatisfaction, it is "
            "recorded here and worked through the recovery playbook."
        )

    def no_match_text(self) -> str:
        return self.tr("No episode matches these filters.")

    def select_text(self) -> str:
        return self.tr("Select an episode to see what happened.")

    @Slot(str)
    def on_search_text(self, _text: str) -> None:
        self.search_timer.start()

    def on_search_return(self) -> None:
        # Typing may not have paused yet: filter now, then go to the list.
        self.apply_filter()
        self.focus_list()

    def first_layout(self, list_width: int) -> None:
        self._hide_optional_columns(list_width)

    def save_extra_state(self, settings: QSettings, prefix: str) -> None:
        settings.setValue(f"{prefix}/open_only", self.open_only.isChecked())

    def restore_extra_state(self, settings: QSettings, prefix: str) -> None:
        open_only = settings.value(f"{prefix}/open_only")
        self.open_only.setChecked(str(open_only).lower() == "true")

    # -- Page hooks ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.search_timer.stop()
        self.model.reload(self.current_filter())

    def activate_selected(self) -> bool:
        return self.open_selected()

    def can_edit(self) -> bool:
        return self.selected_id() is not None

    def edit_selected(self) -> None:
        episode_id = self.selected_id()
        if episode_id is not None:
            self.opener.edit_facts(episode_id)

    def open_selected(self) -> bool:
        episode_id = self.selected_id()
        if episode_id is None:
            return False
        self.opener.open_episode(episode_id)
        return True

    def create_new(self, engagement_id: int | None = None) -> None:
        """The quick log (Ctrl+E), for ``engagement_id`` when one is in view."""
        self.opener.quick_log(engagement_id)

    def show_overdue(self) -> None:
        """Only the overdue episodes: what the window's overdue count links to."""
        self.search.clear()
        self.category_combo.setCurrentIndex(0)
        self.stage_combo.setCurrentIndex(0)
        self.due_combo.setCurrentIndex(self.due_combo.findData(DUE_OVERDUE))
        self.apply_filter()

    @Slot(int)
    def _after_write(self, episode_id: int) -> None:
        """An episode was logged or changed from a dialog: the list and the pane follow."""
        self.refresh()
        self.select_id(episode_id)
        self.records_changed.emit("episode")

    @Slot(QPoint)
    def _on_row_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.setCurrentIndex(index)
        menu = QMenu(self)
        if self.selected_id() is not None:
            menu.addAction(self.tr("&Open"), self.open_selected)
            menu.addAction(self.tr("&Edit the facts…"), self.edit_selected)
            menu.addSeparator()
        new_action = menu.addAction(self.tr("&New episode…"))
        new_action.triggered.connect(lambda _checked=False: self.create_new())
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

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
        self.due_combo.setItemText(0, self.tr("Any due date"))
        self.due_combo.setItemText(1, self.tr("Overdue"))
        self.due_combo.setItemText(2, self.tr("Due this week"))
        self.due_combo.setToolTip(
            self.tr("The acknowledgement or the next step of open episodes, by due date")
        )
        self.new_button.setText(self.tr("&New episode…"))
        self.new_button.setToolTip(self.tr("Log what the client said (Ctrl+E)"))
        self.open_only.setText(self.tr("Open only"))
        self.open_only.setToolTip(self.tr("Hide the episodes the client confirmed resolved"))
        self.model.retranslate()
        super().retranslate()

    # -- filtering -------------------------------------------------------------------------------

    def current_filter(self) -> EpisodeFilter:
        due = self.due_combo.currentData()
        return EpisodeFilter(
            search=self.search.text(),
            category=self.category_combo.currentData(),
            stage=self.stage_combo.currentData(),
            open_only=self.open_only.isChecked(),
            overdue=due == DUE_OVERDUE,
            due_this_week=due == DUE_THIS_WEEK,
            today=self.today,
        )

    @Slot()
    def apply_filter(self) -> None:
        """Filter now (combos, toggle, the end of a pause in typing)."""
        self.search_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        self.search.clear()
        self.category_combo.setCurrentIndex(0)
        self.stage_combo.setCurrentIndex(0)
        self.due_combo.setCurrentIndex(0)
        self.open_only.setChecked(False)
        self.apply_filter()

    # -- internals -------------------------------------------------------------------------------

    def _setup_columns(self) -> None:
        def width(*samples: str) -> int:
            return max(self.fontMetrics().horizontalAdvance(sample) for sample in samples) + 16

        # Snug: with the detail pane open, nine columns share some 900 pixels, and the
        # client's words must keep a readable share. Long labels elide; the tooltip or the
        # detail pane has them whole.
        self.setup_columns(
            {
                COL_SURFACED: width("30 sept. 2026", "30 Sept 2026"),
                COL_CLIENT: width("Boulangerie Lefèvre SA"),
                COL_ENGAGEMENT: width("M-2026-0000"),
                COL_CATEGORY: width("Organisation", "Facturation"),
                COL_SEVERITY: width("Moyenne", "Medium") + 18,
                COL_STAGE: width("3 · Reconnaître"),
                COL_FEELING: width("En colère · 5/5"),
                COL_DAYS_OPEN: width("Days", "Jours", "0000"),
                COL_DUE: width("⚠ 30 sept. 2026", "⚠ 30 Sept 2026"),
            },
            flexible=COL_WORDS,
            minimum=WORDS_MIN_WIDTH,
        )
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)

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
        self.fit_flexible_column()

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
        self.fit_flexible_column()

    @Slot()
    def _after_reload(self) -> None:
        keep = self.detail.subject()
        if keep is None or not self.select_id(keep):
            self._show_selection()
        self.update_empty_state()
        self.state_changed.emit()
