"""The Meetings page in the main window: list, search, New meeting, entry points, French."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from consultant_desk.domain.language import Language
from consultant_desk.services.meeting_list import meeting_rows
from consultant_desk.services.meetings import (
    ActionItemData,
    MeetingData,
    create_meeting,
    sign_meeting,
)
from consultant_desk.store.database import Database
from consultant_desk.ui import meetings
from consultant_desk.ui.main_window import MainWindow
from consultant_desk.ui.meetings.dialog import MeetingDialog
from consultant_desk.ui.meetings.model import (
    COL_ACTIONS,
    COL_CLIENT,
    COL_DATE,
    COL_ENGAGEMENT,
    COL_MODE,
    COL_SIGNED,
    MeetingTableModel,
)
from consultant_desk.ui.meetings.page import MeetingsPage
from tests.ui.meetings.test_fixtures import drawn, lefevre
from tests.ui.ui_support import (
    OpenWindow,
    add_client,
    add_engagement,
    column_texts,
    type_text,
    ui_language,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def filled(db: Database) -> Database:
    _client, lefevre_engagement = lefevre(db)
    thornbury = add_client(db, "Thornbury Logistics", language="en")
    warehouse = add_engagement(db, thornbury, "M-2026-002", "Warehouse review")
    create_meeting(
        db,
        MeetingData(
            engagement_id=lefevre_engagement,
            held_at=datetime(2026, 3, 12, 13, 30, tzinfo=UTC),
            mode="in_person",
            place="Lyon",
            action_items=(
                ActionItemData("Claire", "Corriger le tableau 3"),
                ActionItemData("Hélène", "Valider"),
            ),
        ),
    )
    signed = create_meeting(
        db,
        MeetingData(
            engagement_id=warehouse,
            held_at=datetime(2026, 4, 2, 8, 0, tzinfo=UTC),
            mode="video",
            client_expressed="We expected the stock counts last week.",
        ),
    )
    sign_meeting(db, signed.id, consultant=drawn("Claire Dubois"), client=None)
    return db


def meetings_page(window: MainWindow) -> MeetingsPage:
    page = meetings.meetings_page(window)
    assert page is not None
    return page


def test_the_page_lists_meetings_newest_first(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    assert "meetings" in window.page_keys()
    window.show_page("meetings")
    page = meetings_page(window)
    assert window.nav.item(window.page_keys().index("meetings")).text() == "Meetings"
    assert column_texts(page.proxy, COL_ENGAGEMENT) == [
        "M-2026-002 — Warehouse review",
        "M-2026-001 — Refonte de la facturation",
    ]
    assert column_texts(page.proxy, COL_CLIENT) == ["Thornbury Logistics", "Boulangerie Lefèvre"]
    assert column_texts(page.proxy, COL_MODE) == ["Video call", "In person"]
    assert column_texts(page.proxy, COL_SIGNED) == ["✓", ""]
    assert column_texts(page.proxy, COL_ACTIONS) == ["", "2"]
    assert window.status_label.text() == "2 meetings"
    assert not window.archive_action.isEnabled()

    type_text(page.search, "lefevre lyon")
    assert column_texts(page.proxy, COL_CLIENT) == ["Boulangerie Lefèvre"]
    assert window.status_label.text() == "1 of 2 meetings shown"
    page.search.clear()

    page.select_id(page.model.record(0).id)
    assert "We expected the stock counts last week." in page.detail.plain_text()
    assert "By the consultant only" in page.detail.plain_text()


def test_ctrl_m_opens_a_new_meeting_for_the_selected_engagement(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    engagements = window.engagement_page
    row = next(
        r
        for r in range(engagements.model.rowCount())
        if engagements.model.record(r).reference == "M-2026-002"
    )
    engagements.select_id(engagements.model.record(row).id)
    action = next(a for a in window.menu("file").actions() if a.text() == "New &meeting…")
    assert action.shortcut().toString() == "Ctrl+M"

    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)

    assert window.current_key() == "meetings"
    page = meetings_page(window)
    dialog = page._dialog
    assert isinstance(dialog, MeetingDialog)
    assert dialog.fields.engagement_combo.currentText().startswith("M-2026-002")
    type_text(dialog.fields.place_edit, "Teams")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # The list follows the save at once and selects the new meeting.
    assert page.model.rowCount() == 3
    assert page.selected_record() is not None
    assert page.selected_record().place == "Teams"  # type: ignore[union-attr]
    assert window.status_label.text() == "3 meetings"


def test_open_new_meeting_from_an_engagement(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    engagement = next(
        r.engagement_id for r in meeting_rows(filled) if r.client_name.startswith("Boul")
    )
    dialog = meetings.open_new_meeting(window, filled, engagement)
    assert dialog.isVisible()
    assert dialog.fields.engagement_combo.currentData() == engagement
    assert window.current_key() == "engagements"  # the engagement stays in view
    dialog.reject()


def test_return_opens_the_selected_meeting(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    window.show_page("meetings")
    page = meetings_page(window)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page._dialog
    assert isinstance(dialog, MeetingDialog)
    assert dialog.read_only  # the Thornbury meeting is signed
    assert dialog.windowTitle().startswith("Meeting of 2 Apr 2026")


def test_the_file_menu_offers_a_new_meeting_once(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    texts = [a.text() for a in window.menu("file").actions()]
    assert texts.count("New &meeting…") == 1


def test_the_page_speaks_french(qtbot: QtBot, open_window: OpenWindow, filled: Database) -> None:
    window = open_window(filled)
    window.show_page("meetings")
    page = meetings_page(window)
    with ui_language(Language.FR):
        index = window.page_keys().index("meetings")
        qtbot.waitUntil(lambda: window.nav.item(index).text() == "Réunions")
        assert page.new_button.text() == "Nouvelle réunion…"
        assert window.status_label.text() == "2 réunions"
        assert page.model.headerData(COL_MODE, Qt.Orientation.Horizontal) == "Modalité"
        assert column_texts(page.proxy, COL_MODE) == ["Visioconférence", "En présentiel"]
        assert (
            column_texts(page.proxy, COL_DATE)[1]
            == "12 mars 2026 " + column_texts(page.proxy, COL_DATE)[1].split()[-1]
        )
        file_texts = [a.text() for a in window.menu("file").actions()]
        assert "Nouvelle &réunion…" in file_texts


def test_the_model_follows_the_qt_contract(qtmodeltester: ModelTester, filled: Database) -> None:
    model = MeetingTableModel()
    model.set_rows(meeting_rows(filled))
    qtmodeltester.check(model)
