"""The Episodes page: every episode of client dissatisfaction, in a lazy list.

The pieces: ``model`` (the lazy table model), ``detail`` (the read-only episode pane) and
``page`` (search, filters, list and pane together). The queries behind them are in
``services.episode_list``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consultant_desk.ui.episodes.page import EpisodesPage

PAGE_KEY = "episodes"


def title() -> str:
    """The page's name in the navigation."""
    return QCoreApplication.translate("EpisodesPage", "Episodes")


__all__ = ["PAGE_KEY", "EpisodesPage", "title"]
