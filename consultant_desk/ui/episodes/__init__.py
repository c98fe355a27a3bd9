"""The Episodes page: every episode of client dissatisfaction, in a lazy list.

``install(window, db)`` puts it in the main window's navigation::

    from consultant_desk.ui import episodes

    episodes.install(window, db)

The pieces: ``model`` (the lazy table model), ``detail`` (the read-only episode pane) and
``page`` (search, filters, list and pane together). The queries behind them are in
``services.episode_list``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from consultant_desk.store.database import Database
from consultant_desk.ui.episodes.page import EpisodesPage
from consultant_desk.ui.resources import navigation_icon

if TYPE_CHECKING:
    from consultant_desk.ui.main_window import MainWindow

PAGE_KEY = "episodes"


def install(window: MainWindow, db: Database) -> EpisodesPage:
    """Add the Episodes page to ``window`` (once: again returns the page already there).

    The page reads nothing until it is first shown. A page of another kind under the same
    key (the window's "episodes" placeholder) makes ``add_page`` refuse with ValueError.
    """
    if PAGE_KEY in window.page_keys():
        existing = window.page(PAGE_KEY)
        if isinstance(existing, EpisodesPage):
            return existing
    page = EpisodesPage(db)
    window.add_page(PAGE_KEY, page.title, page, icon=navigation_icon("episodes"))
    return page


__all__ = ["PAGE_KEY", "EpisodesPage", "install"]
