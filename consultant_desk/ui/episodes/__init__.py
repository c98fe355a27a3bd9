"""The Episodes page: every episode of client dissatisfaction, in a lazy list.

The pieces: ``model`` (the lazy table model), ``detail`` (the read-only episode pane) and
``page`` (search, filters, list and pane together). The queries behind them are in
``services.episode_list``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from consultant_desk.services.episode_workflow import overdue_count
from consultant_desk.store.database import Database
from consultant_desk.ui.episodes.page import EpisodesPage
from consultant_desk.ui.shortcuts import Keys

if TYPE_CHECKING:
    from consultant_desk.ui.main_window import MainWindow

PAGE_KEY = "episodes"
NEW_EPISODE_KEYS = Keys(None, ("Ctrl+E",))
OVERDUE_STYLE = """
QPushButton#overdueBadge {
    color: white; background: #c62828; border: none; border-radius: 9px; padding: 2px 10px;
    font-weight: bold;
}
QPushButton#overdueBadge:hover { background: #a51f1f; }
"""


def title() -> str:
    """The page's name in the navigation."""
    return QCoreApplication.translate("EpisodesPage", "Episodes")


def make_page(window: MainWindow, db: Database) -> EpisodesPage:
    """The Episodes page for ``window``, with File › New episode (Ctrl+E) and, in the status
    bar from the start, how many episodes are overdue."""
    page = EpisodesPage(db)
    action = QAction(window)
    action.setShortcuts(NEW_EPISODE_KEYS.sequences())
    action.triggered.connect(lambda _checked=False: _quick_log_from_anywhere(window, page))
    file_menu = window.menu("file")
    separator = next((a for a in file_menu.actions() if a.isSeparator()), None)
    if separator is None:
        file_menu.addAction(action)
    else:
        file_menu.insertAction(separator, action)
    badge = OverdueBadge(window, db, page)
    window.statusBar().addPermanentWidget(badge.button)
    # Every reload of the list (a change, a refresh, the settings' delays) counts again.
    page.model.reloaded.connect(badge.update_count)
    page.new_episode_action = action
    page.overdue_badge = badge
    _Retranslator(window, action, badge)
    badge.update_count()
    return page


def _quick_log_from_anywhere(window: MainWindow, page: EpisodesPage) -> None:
    """The quick log for the engagement in view, if any: the engagement selected, or the
    engagement of the meeting selected."""
    engagement_id: int | None = None
    key = window.current_key()
    if key == "engagements":
        engagement_id = window.engagement_page.selected_id()
    elif key == "meetings":
        from consultant_desk.ui.meetings import PAGE_KEY as MEETINGS
        from consultant_desk.ui.meetings.page import MeetingsPage

        meetings = window.page(MEETINGS)
        selected = meetings.selected_record() if isinstance(meetings, MeetingsPage) else None
        engagement_id = selected.engagement_id if selected is not None else None
    page.create_new(engagement_id)


class OverdueBadge(QObject):
    """ "⚠ 12 overdue" in the status bar, from the start; a click lists them."""

    def __init__(self, window: MainWindow, db: Database, page: EpisodesPage) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._page = page
        self.count = 0
        self.button = QPushButton(window)
        self.button.setObjectName("overdueBadge")
        self.button.setStyleSheet(OVERDUE_STYLE)
        self.button.setFlat(True)
        self.button.clicked.connect(self.show_overdue)
        self.button.hide()

    def update_count(self) -> None:
        self.count = overdue_count(self._db, today=self._page.today)
        self.retranslate()

    def show_overdue(self) -> None:
        self._window.show_page(PAGE_KEY)
        self._page.show_overdue()

    def retranslate(self) -> None:
        self.button.setText("⚠ " + self.tr("%n overdue episode(s)", "", self.count))
        self.button.setToolTip(
            self.tr("Show the episodes whose acknowledgement or next step is late")
        )
        self.button.setVisible(self.count > 0)


class _Retranslator(QObject):
    """Sets the texts the window's own retranslation does not know of."""

    def __init__(self, window: MainWindow, action: QAction, badge: OverdueBadge) -> None:
        super().__init__(window)
        self._action = action
        self._badge = badge
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self._action.setText(QCoreApplication.translate("episodes", "New e&pisode…"))
        self._badge.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


__all__ = ["NEW_EPISODE_KEYS", "PAGE_KEY", "EpisodesPage", "OverdueBadge", "make_page", "title"]
