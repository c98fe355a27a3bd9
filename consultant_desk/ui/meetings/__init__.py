"""Meetings with the client: the list page, the meeting dialog, signing and the printed report.

The main window builds the page with :func:`make_page`; any screen showing an engagement opens a
new meeting for it with :func:`open_new_meeting`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from consultant_desk.store.database import Database
from consultant_desk.ui.meetings.dialog import MeetingDialog
from consultant_desk.ui.meetings.page import NEW_MEETING_KEYS, MeetingsPage

if TYPE_CHECKING:
    from consultant_desk.ui.main_window import MainWindow

PAGE_KEY = "meetings"

__all__ = [
    "PAGE_KEY",
    "MeetingDialog",
    "MeetingsPage",
    "make_page",
    "meetings_page",
    "open_new_meeting",
    "title",
]


def meetings_page(window: MainWindow) -> MeetingsPage | None:
    if PAGE_KEY not in window.page_keys():
        return None
    page = window.page(PAGE_KEY)
    return page if isinstance(page, MeetingsPage) else None


def title() -> str:
    """The page's name in the navigation."""
    return QCoreApplication.translate("MeetingsPage", "Meetings")


def make_page(window: MainWindow, db: Database) -> MeetingsPage:
    """The Meetings page for ``window``, with File › New meeting (Ctrl+M)."""
    page = MeetingsPage(db)
    action = QAction(window)
    action.setShortcuts(NEW_MEETING_KEYS.sequences())
    action.triggered.connect(lambda _checked=False: _new_meeting_from_menu(window, page))
    file_menu = window.menu("file")
    # Beside New engagement and New client, before the first separator.
    separator = next((a for a in file_menu.actions() if a.isSeparator()), None)
    if separator is None:
        file_menu.addAction(action)
    else:
        file_menu.insertAction(separator, action)
    page.new_action = action
    page.retranslate()
    return page


def _new_meeting_from_menu(window: MainWindow, page: MeetingsPage) -> None:
    """A new meeting for the engagement in view, if any: the selected engagement, or the
    engagement of the selected meeting."""
    engagement_id: int | None = None
    if window.current_key() == "engagements":
        engagement_id = window.engagement_page.selected_id()
    elif window.current_key() == PAGE_KEY:
        selected = page.selected_record()
        engagement_id = selected.engagement_id if selected is not None else None
    window.show_page(PAGE_KEY)
    page.create_new(engagement_id=engagement_id)


def open_new_meeting(window: MainWindow, db: Database, engagement_id: int) -> MeetingDialog:
    """Open a new meeting for ``engagement_id`` over whatever the window shows (the engagement
    detail, say); the Meetings page, when there, follows its saves."""
    page = meetings_page(window)
    if page is not None:
        dialog = page.create_new(engagement_id=engagement_id)
        assert isinstance(dialog, MeetingDialog)
        return dialog
    dialog = MeetingDialog(db, None, engagement_id=engagement_id, parent=window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    dialog.offer_draft()
    return dialog
