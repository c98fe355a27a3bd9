"""The Episodes page: the list, its filters, the detail pane, and its place in the window."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from consultant_desk.domain.enums import EpisodeCategory, EpisodeStage, EventKind, Severity
from consultant_desk.domain.language import Language
from consultant_desk.store.database import Database
from consultant_desk.ui import episodes
from consultant_desk.ui.episodes import EpisodesPage
from consultant_desk.ui.episodes.model import COL_ENGAGEMENT, COL_FEELING, COL_WORDS
from consultant_desk.ui.episodes.page import SEARCH_DELAY_MS
from consultant_desk.ui.main_window import MainWindow
from tests.ui.episodes.test_fixtures import START, add_episode, practice
from tests.ui.ui_support import type_text, ui_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_page(qtbot: QtBot, db: Database) -> EpisodesPage:
    page = EpisodesPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.mark_stale()  # as the window does: loaded when first shown
    with qtbot.waitExposed(page):
        page.show()
    return page


def test_the_page_loads_a_page_of_rows_when_first_shown(
    qtbot: QtBot, two_thousand: Database
) -> None:
    page = EpisodesPage(two_thousand)
    qtbot.addWidget(page)
    page.mark_stale()
    assert page.model.rowCount() == 0  # nothing read before it is shown
    with qtbot.waitExposed(page):
        page.show()
    assert page.model.rowCount() == 500
    assert page.status_text() == "2,000 episodes"


def test_selecting_a_row_shows_the_episode(qtbot: QtBot, db: Database) -> None:
    places = practice(db)
    add_episode(db, places.warehouse, START, words="Older one.")
    episode_id = add_episode(
        db,
        places.billing,
        START + timedelta(days=1),
        words="« Le rapport devait arriver vendredi. »",
        expected="Le rapport complet vendredi.",
        obtained="Un brouillon lundi.",
        stage=EpisodeStage.ACKNOWLEDGE.value,
        severity=Severity.HIGH.value,
        events=((EventKind.APOLOGY.value, START + timedelta(days=2), "Excuses en personne."),),
    )
    page = open_page(qtbot, db)
    assert page.detail.subject() is None
    assert "Select an episode" in page.detail.placeholder.text()
    page.table.selectRow(0)
    assert page.selected_id() == episode_id
    assert page.detail.subject() == episode_id
    text = page.detail.plain_text()
    for expected in (
        "Boulangerie Lefèvre",
        "M-2026-001 — Refonte de la facturation",
        "Stage 3 of 8 · Acknowledge",
        "What the client expected",
        "Le rapport complet vendredi.",
        "What they obtained",
        "Un brouillon lundi.",
        "Le rapport devait arriver vendredi.",
        "Timeline",
        "Apology",
        "Excuses en personne.",
    ):
        assert expected in text
    page.table.selectRow(1)
    assert "Older one." in page.detail.plain_text()


def test_typing_filters_once_the_typing_pauses(qtbot: QtBot, two_thousand: Database) -> None:
    page = open_page(qtbot, two_thousand)
    queries = page.model.queries
    type_text(page.search, "numéro 1999")
    # Nothing yet: one query when typing pauses, not one per key.
    assert page.model.rowCount() == 500
    assert page.model.queries == queries
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 20)
    assert page.model.queries == queries + 3  # the first page and two counts
    assert page.status_text() == "1 of 2,000 episodes shown"


def test_return_in_the_search_filters_at_once_and_goes_to_the_list(
    qtbot: QtBot, two_thousand: Database
) -> None:
    page = open_page(qtbot, two_thousand)
    type_text(page.search, "numéro 1998")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert page.selected_id() == page.model.episode_id(0)


def test_the_combos_and_the_toggle_filter(qtbot: QtBot, two_thousand: Database) -> None:
    page = open_page(qtbot, two_thousand)
    page.category_combo.setCurrentIndex(page.category_combo.findData(EpisodeCategory.BILLING.value))
    assert page.model.filter.category == "billing"
    billing = page.model.matching_count()
    assert 0 < billing < 2000
    page.stage_combo.setCurrentIndex(page.stage_combo.findData(EpisodeStage.CLOSED.value))
    assert page.model.matching_count() > 0
    page.open_only.setChecked(True)
    assert page.model.matching_count() == 0
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "No episode matches these filters."
    assert page.detail.placeholder.text() == ""
    page.clear_filters()
    assert page.model.matching_count() == 2000
    assert page.list_stack.currentWidget() is page.table


def test_an_empty_database_says_what_the_page_is_for(qtbot: QtBot, db: Database) -> None:
    page = open_page(qtbot, db)
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("No episode recorded yet.")
    assert page.status_text() == "0 episodes"


def test_the_selection_survives_a_refresh(qtbot: QtBot, two_thousand: Database) -> None:
    page = open_page(qtbot, two_thousand)
    page.table.selectRow(3)
    chosen = page.selected_id()
    page.refresh()
    assert page.selected_id() == chosen
    assert page.detail.subject() == chosen


def test_a_header_click_sorts_in_sql(qtbot: QtBot, two_thousand: Database) -> None:
    page = open_page(qtbot, two_thousand)
    page.table.sortByColumn(COL_WORDS, Qt.SortOrder.AscendingOrder)
    assert page.model.sort_order.key.value == "words"
    assert page.model.rowCount() == 500


def test_a_narrow_first_run_hides_what_the_detail_pane_repeats(
    qtbot: QtBot, two_thousand: Database
) -> None:
    page = EpisodesPage(two_thousand)
    qtbot.addWidget(page)
    page.resize(900, 600)
    with qtbot.waitExposed(page):
        page.show()
    header = page.table.horizontalHeader()
    assert header.isSectionHidden(COL_FEELING)
    assert header.isSectionHidden(COL_ENGAGEMENT)
    assert not header.isSectionHidden(COL_WORDS)
    assert header.sectionSize(COL_WORDS) >= 200
    page.set_column_shown(COL_FEELING, True)
    assert not header.isSectionHidden(COL_FEELING)


def test_a_wide_first_run_shows_every_column(qtbot: QtBot, two_thousand: Database) -> None:
    page = EpisodesPage(two_thousand)
    qtbot.addWidget(page)
    page.resize(1800, 700)
    with qtbot.waitExposed(page):
        page.show()
    header = page.table.horizontalHeader()
    assert not any(header.isSectionHidden(column) for column in range(header.count()))


def test_state_is_saved_and_restored(
    qtbot: QtBot, two_thousand: Database, tmp_path: object
) -> None:
    settings = QSettings(str(tmp_path) + "/settings.ini", QSettings.Format.IniFormat)
    page = open_page(qtbot, two_thousand)
    page.open_only.setChecked(True)
    page.table.horizontalHeader().hideSection(COL_ENGAGEMENT)
    page.save_state(settings, "pages/episodes")
    again = EpisodesPage(two_thousand)
    qtbot.addWidget(again)
    again.restore_state(settings, "pages/episodes")
    assert again.open_only.isChecked()
    assert again.table.horizontalHeader().isSectionHidden(COL_ENGAGEMENT)


def test_the_page_speaks_french(qtbot: QtBot, two_thousand: Database) -> None:
    page = open_page(qtbot, two_thousand)
    page.table.selectRow(0)
    with ui_language(Language.FR):
        # Widgets hear of the new language through a posted event.
        qtbot.waitUntil(lambda: page.category_combo.itemText(0) == "Toutes les catégories")
        assert page.status_text() == "2\u202f000 épisodes"
        assert page.open_only.text() == "Ouverts seulement"
        assert "Ce que le client attendait" in page.detail.plain_text()


def test_the_main_window_shows_the_episodes_page(qtbot: QtBot, two_thousand: Database) -> None:
    window = MainWindow(two_thousand)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_page(episodes.PAGE_KEY)
    page = window.page(episodes.PAGE_KEY)
    assert isinstance(page, EpisodesPage)
    assert page.model.rowCount() == 500
    assert window.status_label.text() == "2,000 episodes"
    window.focus_search()
    assert page.search.hasFocus()
