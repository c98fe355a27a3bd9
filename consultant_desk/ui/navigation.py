"""The main window's pages, in the order of its navigation: one line each.

Each page has a key (its settings and ``MainWindow.show_page`` use it), a title read again
whenever the language changes, an icon from ``resources/icons/`` and a factory that builds it
for the window (and may add the page's own actions to the window's menus). A new page is one
more line here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from consultant_desk.store.database import Database
from consultant_desk.ui import episodes, meetings
from consultant_desk.ui.clients.page import ClientPage
from consultant_desk.ui.documents import page as documents
from consultant_desk.ui.engagements.page import EngagementPage

if TYPE_CHECKING:
    from consultant_desk.ui.main_window import MainWindow


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    icon: str
    factory: Callable[[MainWindow, Database], QWidget]


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "engagements",
        lambda: QCoreApplication.translate("MainWindow", "Engagements"),
        "engagements",
        lambda _window, db: EngagementPage(db),
    ),
    PageSpec(
        "clients",
        lambda: QCoreApplication.translate("MainWindow", "Clients"),
        "clients",
        lambda _window, db: ClientPage(db),
    ),
    PageSpec(
        episodes.PAGE_KEY,
        episodes.title,
        "episodes",
        episodes.make_page,
    ),
    PageSpec(
        meetings.PAGE_KEY,
        meetings.title,
        "meetings",
        meetings.make_page,
    ),
    PageSpec(
        documents.PAGE_KEY,
        documents.title,
        "documents",
        lambda _window, db: documents.DocumentsPage(db),
    ),
)
