"""Due and overdue episodes: flagged in the list under a fixed clock, filtered, counted at
start in the main window; the acknowledgement delays edited in the settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from consultant_desk.domain.language import Language
from consultant_desk.services import episode_workflow as wf
from consultant_desk.store.database import Database
from consultant_desk.ui.episodes import EpisodesPage
from consultant_desk.ui.episodes.episode_view import EpisodeWindow
from consultant_desk.ui.episodes.model import COL_DUE, COL_WORDS, OVERDUE_COLOUR
from consultant_desk.ui.episodes.page import DUE_OVERDUE, DUE_THIS_WEEK
from consultant_desk.ui.episodes.quick_log import QuickLogDialog
from consultant_desk.ui.main_window import MainWindow
from consultant_desk.ui.settings_dialog import SettingsDialog
from tests.ui.episodes.workflow_support import SURFACED, TODAY, log, pizzeria
from tests.ui.ui_support import ui_language

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture(params=[Language.EN, Language.FR], ids=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[Language]:
    with ui_language(request.param):
        yield request.param


@pytest.fixture
def three(db: Database) -> dict[str, int]:
    """Under the fixed clock (Wednesday 11 March 2026): one overdue, one due this week, one
    due later."""
    engagement = pizzeria(db)
    return {
        # Critical on Friday 6 March: acknowledge by Monday 9: overdue.
        "late": log(db, engagement, severity="critical", words="En retard."),
        # High on Tuesday 10: acknowledge by Thursday 12: this week.
        "week": log(
            db,
            engagement,
            severity="high",
            surfaced=SURFACED + timedelta(days=4),
            words="Cette semaine.",
        ),
        # Low on Tuesday 10: ten working days: the 24th.
        "later": log(
            db,
            engagement,
            severity="low",
            surfaced=SURFACED + timedelta(days=4),
            words="Plus tard.",
        ),
    }


def open_page(qtbot: QtBot, db: Database) -> EpisodesPage:
    page = EpisodesPage(db, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.mark_stale()
    with qtbot.waitExposed(page):
        page.show()
    return page


def row_of(page: EpisodesPage, words: str) -> int:
    for row in range(page.model.rowCount()):
        if page.model.index(row, COL_WORDS).data() == words:
            return row
    raise AssertionError(words)


def test_overdue_episodes_stand_out_and_filter(
    qtbot: QtBot, db: Database, three: dict[str, int], language: Language
) -> None:
    page = open_page(qtbot, db)
    model = page.model
    late, later = row_of(page, "En retard."), row_of(page, "Plus tard.")
    due = model.index(late, COL_DUE)
    assert str(due.data()).startswith("⚠ ")
    assert model.index(later, COL_DUE).data() == model.index(later, COL_DUE).data().lstrip("⚠ ")
    # The whole row, not only its date.
    for column in (0, COL_WORDS):
        colour = model.index(late, column).data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(colour, QColor) and colour.name() == OVERDUE_COLOUR
    assert model.index(later, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "9" in str(due.data(Qt.ItemDataRole.ToolTipRole))

    page.due_combo.setCurrentIndex(page.due_combo.findData(DUE_OVERDUE))
    assert [model.index(r, COL_WORDS).data() for r in range(model.rowCount())] == ["En retard."]
    page.due_combo.setCurrentIndex(page.due_combo.findData(DUE_THIS_WEEK))
    assert [model.index(r, COL_WORDS).data() for r in range(model.rowCount())] == ["Cette semaine."]
    expected = "À traiter cette semaine" if language is Language.FR else "Due this week"
    assert page.due_combo.currentText() == expected
    page.clear_filters()
    assert model.rowCount() == 3


def test_acknowledging_clears_the_flag(
    qtbot: QtBot, db: Database, three: dict[str, int], english: None
) -> None:
    page = open_page(qtbot, db)
    wf.add_event(
        db,
        three["late"],
        wf.EventInput("apology", datetime(2026, 3, 11, 9, 0, tzinfo=UTC), "Désolé."),
    )
    page.refresh()
    assert not str(page.model.index(row_of(page, "En retard."), COL_DUE).data()).startswith("⚠")


def test_the_list_opens_edits_and_logs_episodes(
    qtbot: QtBot, db: Database, three: dict[str, int], english: None
) -> None:
    page = open_page(qtbot, db)
    assert page.can_edit() is False
    page.select_id(three["week"])
    assert page.can_edit()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens
    windows = page.opener.open_windows()
    assert [window.episode_id() for window in windows] == [three["week"]]
    assert isinstance(windows[0], EpisodeWindow)
    # Opening it again brings the same window forward.
    page.open_selected()
    assert page.opener.open_windows() == windows
    windows[0].playbook.move_button.click()
    assert page.model.index(row_of(page, "Cette semaine."), 5).data().startswith("2 ·")

    page.edit_selected()  # F2: the facts
    editors = [d for d in page.window().findChildren(QuickLogDialog) if d.isVisible()]
    assert len(editors) == 1 and editors[0].words_edit.toPlainText() == "Cette semaine."
    editors[0].reject()

    page.new_button.click()
    dialog = [d for d in page.window().findChildren(QuickLogDialog) if d.isVisible()][-1]
    dialog.engagement_edit.setText("nova")
    dialog.categories.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.words_edit.setPlainText("Une de plus.")
    with qtbot.waitSignal(page.records_changed):
        dialog.save_button.click()
    assert page.model.total_count() == 4
    assert page.selected_id() is not None
    assert page.detail.subject() == page.selected_id()


def test_the_main_window_counts_the_overdue_at_start(
    qtbot: QtBot, db: Database, tmp_path: Path, english: None
) -> None:
    engagement = pizzeria(db)
    # Long ago: overdue whatever today is.
    log(db, engagement, surfaced=datetime(2020, 1, 6, 9, 0, tzinfo=UTC), severity="high")
    log(db, engagement, surfaced=datetime(2020, 1, 7, 9, 0, tzinfo=UTC), severity="low")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("episodes")
    assert isinstance(page, EpisodesPage)
    badge = page.overdue_badge
    assert badge is not None
    assert badge.button.isVisible()
    assert badge.button.text() == "⚠ 2 overdue episodes"
    badge.button.click()
    assert window.current_key() == "episodes"
    assert page.current_filter().overdue
    assert page.model.rowCount() == 2

    # Ctrl+E from the Engagements page logs for the engagement selected there.
    window.show_page("engagements")
    window.engagement_page.select_id(engagement)
    assert page.new_episode_action is not None
    page.new_episode_action.trigger()
    dialog = [d for d in window.findChildren(QuickLogDialog) if d.isVisible()][-1]
    assert dialog.engagement_id() == engagement
    dialog.reject()


def test_the_settings_edit_the_acknowledgement_delays(
    qtbot: QtBot, db: Database, tmp_path: Path, english: None
) -> None:
    engagement = pizzeria(db)
    episode = log(db, engagement, surfaced=datetime(2020, 1, 3, 9, 0, tzinfo=UTC), severity="high")
    assert str(wf.get_episode_view(db, episode).ack_due_on) == "2020-01-07"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    dialog = window.open_settings_dialog()
    assert isinstance(dialog, SettingsDialog)
    spins = dialog.ack_days.spins
    assert {key: spin.value() for key, spin in spins.items()} == {
        "critical": 1,
        "high": 2,
        "medium": 5,
        "low": 10,
    }
    spins["high"].setValue(4)
    dialog.accept()
    # Friday 3 January 2020 plus four working days.
    assert str(wf.get_episode_view(db, episode).ack_due_on) == "2020-01-09"
    again = window.open_settings_dialog()
    assert again.ack_days.spins["high"].value() == 4
    again.reject()
