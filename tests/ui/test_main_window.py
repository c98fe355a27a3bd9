from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from consultant_desk import __version__
from consultant_desk.domain.language import Language
from consultant_desk.services.clients import ClientData, list_clients, update_client
from consultant_desk.services.engagements import list_engagements
from consultant_desk.store.database import Database
from consultant_desk.ui.clients.dialog import ClientDialog
from consultant_desk.ui.clients.page import ClientPage
from consultant_desk.ui.documents.page import DocumentsPage
from consultant_desk.ui.engagements.dialog import EngagementDialog
from consultant_desk.ui.engagements.model import COL_CLIENT, COL_REFERENCE, COL_START
from consultant_desk.ui.engagements.page import EngagementPage
from consultant_desk.ui.episodes.page import EpisodesPage
from consultant_desk.ui.framework.page import Page
from consultant_desk.ui.main_window import MainWindow
from consultant_desk.ui.meetings.page import MeetingsPage
from consultant_desk.ui.navigation import PAGES
from consultant_desk.ui.settings import open_settings
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
    lefevre = add_client(db, "Boulangerie Lefèvre", contacts=["Hélène Lefèvre"])
    thornbury = add_client(db, "Thornbury Logistics", language="en")
    add_engagement(
        db,
        lefevre,
        "M-2026-001",
        "Refonte de la facturation",
        start=date(2026, 3, 2),
        summary="Réduire les délais de facturation.",
    )
    add_engagement(
        db, thornbury, "M-2026-002", "Warehouse review", status="draft", start=date(2025, 11, 20)
    )
    add_engagement(db, lefevre, "M-2026-003", "Stratégie export", status="completed")
    return db


def say_yes(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_the_window_lists_pages_and_loads_the_first(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    assert window.page_keys() == ["engagements", "clients", "episodes", "meetings", "documents"]
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [
        "Engagements",
        "Clients",
        "Episodes",
        "Meetings",
        "Documents",
    ]
    page = window.engagement_page
    assert page.proxy.rowCount() == 3
    # Newest start first by default.
    assert column_texts(page.proxy, COL_REFERENCE)[0] == "M-2026-001"
    assert window.status_label.text() == "3 engagements"
    assert window.database_label.text() == f"Database: {filled.sqlite_path.name}"  # type: ignore[union-attr]


def test_ctrl_and_a_digit_switch_pages(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "clients"
    assert window.status_label.text() == "2 clients"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "documents"


def test_other_pages_plug_in(qtbot: QtBot, open_window: OpenWindow, filled: Database) -> None:
    window = open_window(filled)

    class MeetingsPage(Page):
        refreshed = 0

        def refresh(self) -> None:
            self.refreshed += 1

        def status_text(self) -> str:
            return "7 meetings"

    meetings = MeetingsPage()
    window.add_page("feedback", lambda: "Feedback", meetings)
    window.add_page("plain", lambda: "Plain", QWidget())
    assert window.page_keys()[-2:] == ["feedback", "plain"]
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "feedback"
    assert meetings.refreshed == 1  # loaded when first shown
    assert window.status_label.text() == "7 meetings"
    assert not window.edit_action.isEnabled()
    window.show_page("plain")
    assert not window.find_action.isEnabled()
    with pytest.raises(ValueError, match="already exists"):
        window.add_page("plain", lambda: "Again", QWidget())
    window.menu("file").addAction("Export…")
    assert "Export…" in [action.text() for action in window.menu("file").actions()]


def test_ctrl_f_focuses_the_search_and_typing_filters(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    page = window.engagement_page
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    type_text(page.search, "LEFEVRE")
    assert page.proxy.rowCount() == 2
    assert window.status_label.text() == "2 of 3 engagements shown"
    type_text(page.search, " strategie")
    assert column_texts(page.proxy, COL_REFERENCE) == ["M-2026-003"]
    page.search.clear()
    page.status_combo.setCurrentIndex(page.status_combo.findData("draft"))
    assert column_texts(page.proxy, COL_REFERENCE) == ["M-2026-002"]
    type_text(page.search, "lefevre")
    assert page.proxy.rowCount() == 0
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "No engagement matches this search."


def test_return_in_the_search_goes_to_the_list(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    page = window.engagement_page
    page.focus_search()
    qtbot.keyClicks(page.search, "warehouse")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    assert page.selected_record().reference == "M-2026-002"  # type: ignore[union-attr]
    assert page._dialog is None  # Return in the search box does not open an editor


def test_clicking_a_header_sorts_and_dates_sort_as_dates(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    page = window.engagement_page
    header = page.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(COL_CLIENT)
    assert column_texts(page.proxy, COL_CLIENT) == [
        "Boulangerie Lefèvre",
        "Boulangerie Lefèvre",
        "Thornbury Logistics",
    ]
    click(COL_CLIENT)
    assert column_texts(page.proxy, COL_CLIENT)[0] == "Thornbury Logistics"
    click(COL_START)
    # Ascending: no date, then 20 Nov 2025, then 2 Mar 2026 (alphabetical order would differ).
    assert column_texts(page.proxy, COL_REFERENCE) == ["M-2026-003", "M-2026-002", "M-2026-001"]


def test_selecting_shows_the_details(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    page = window.engagement_page
    assert page.detail.plain_text() == "" or page.detail.subject() is None
    page.select_id(page.model.record(page.model.row_of(1) or 0).id)
    text = page.detail.plain_text()
    assert "Refonte de la facturation" in text
    assert "Boulangerie Lefèvre" in text
    assert "Réduire les délais de facturation." in text
    assert window.edit_action.isEnabled()

    window.show_page("clients")
    client_page = window.client_page
    client_page.table.selectRow(0)
    text = client_page.detail.plain_text()
    assert "Hélène Lefèvre" in text
    assert "M-2026-001" in text


def test_new_client_through_the_menu_lands_in_the_list(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    window.new_client_action.trigger()
    assert window.current_key() == "clients"
    dialog = window.client_page._dialog
    assert isinstance(dialog, ClientDialog)
    assert dialog.isVisible()
    type_text(dialog.name_edit, "Œnologie Conseil")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    page = window.client_page
    assert "Œnologie Conseil" in column_texts(page.proxy, 0)
    assert page.selected_record() is not None
    assert page.selected_record().name == "Œnologie Conseil"  # type: ignore[union-attr]
    assert "Œnologie Conseil" in [row.name for row in list_clients(filled)]
    assert window.status_label.text() == "3 clients"


def test_new_engagement_from_a_client_preselects_it(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    window.show_page("clients")
    client_page = window.client_page
    thornbury = next(row.id for row in list_clients(filled) if row.name.startswith("Thornbury"))
    client_page.select_id(thornbury)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "engagements"
    dialog = window.engagement_page._dialog
    assert isinstance(dialog, EngagementDialog)
    assert dialog.client_combo.currentData() == thornbury
    type_text(dialog.title_edit, "Supplier risk assessment")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    page = window.engagement_page
    assert page.selected_record().title == "Supplier risk assessment"  # type: ignore[union-attr]
    assert len(list_engagements(filled)) == 4
    # The client list learnt about the new engagement (its count) when shown again.
    window.show_page("clients")
    row = client_page.model.row_of(thornbury)
    assert row is not None
    assert client_page.model.record(row).engagements == 2


def test_return_and_f2_open_the_editor_of_the_selection(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    page = window.engagement_page
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page._dialog
    assert isinstance(dialog, EngagementDialog)
    assert dialog.reference_edit.text() == page.selected_record().reference  # type: ignore[union-attr]
    dialog.title_edit.setText("Refonte complète de la facturation")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Refonte complète de la facturation" in column_texts(page.proxy, 1)

    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert isinstance(page._dialog, EngagementDialog)
    assert page._dialog is not dialog
    page._dialog.reject()


def test_archive_asks_first_then_hides_and_show_archived_restores(
    qtbot: QtBot, open_window: OpenWindow, filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(filled)
    page = window.engagement_page
    page.select_id(page.model.record(0).id)
    archived_reference = page.selected_record().reference  # type: ignore[union-attr]

    asked = say_yes(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert archived_reference in asked[0]
    assert page.proxy.rowCount() == 3

    say_yes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.archive_action.trigger()
    assert archived_reference not in column_texts(page.proxy, COL_REFERENCE)
    assert archived_reference not in [row.reference for row in list_engagements(filled)]

    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    assert archived_reference in column_texts(page.proxy, COL_REFERENCE)
    row = page.model.row_of(
        next(r.id for r in list_engagements(filled, include_archived=True) if r.archived)
    )
    assert row is not None
    page.select_id(page.model.record(row).id)
    assert window.archive_action.text() == "&Restore"
    window.archive_action.trigger()  # restoring asks nothing
    assert archived_reference in [r.reference for r in list_engagements(filled)]


def test_archiving_a_client(
    qtbot: QtBot, open_window: OpenWindow, filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(filled)
    window.show_page("clients")
    page = window.client_page
    page.select_id(next(r.id for r in list_clients(filled) if r.name.startswith("Thornbury")))
    say_yes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.archive_action.trigger()
    assert column_texts(page.proxy, 0) == ["Boulangerie Lefèvre"]
    assert [r.name for r in list_clients(filled)] == ["Boulangerie Lefèvre"]


def test_refresh_reloads_what_changed_elsewhere(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    lefevre = next(r for r in list_clients(filled) if r.name.startswith("Boulangerie"))
    update_client(filled, lefevre.id, ClientData(name="Maison Lefèvre"))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert "Maison Lefèvre" in column_texts(window.engagement_page.proxy, COL_CLIENT)


def test_empty_lists_say_how_to_start(qtbot: QtBot, open_window: OpenWindow, db: Database) -> None:
    window = open_window(db)
    page = window.engagement_page
    assert page.list_stack.currentWidget() is page.empty_label
    assert "New engagement (Ctrl+N)" in page.empty_label.text()
    assert window.status_label.text() == "0 engagements"
    assert not window.edit_action.isEnabled()
    assert not window.archive_action.isEnabled()


def test_about_box_names_the_version_and_the_database(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    box = window.show_about()
    text = box.text() + box.informativeText()
    assert __version__ in text
    assert "Consultant Desk" in text
    assert str(filled.sqlite_path) in text
    box.close()


def test_about_box_never_shows_a_password(qtbot: QtBot) -> None:
    from consultant_desk.ui.about import AboutBox

    remote = Database("postgresql+psycopg://desk:s3cret@db.example.com/desk")
    try:
        box = AboutBox(remote)
        qtbot.addWidget(box)
        assert "s3cret" not in box.informativeText()
        assert "db.example.com" in box.informativeText()
    finally:
        remote.dispose()


def test_geometry_and_splitter_are_remembered(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    window = open_window(filled)
    window.resize(720, 500)  # the offscreen screen is 800 x 600
    window.engagement_page.splitter.setSizes([500, 400])
    sizes = window.engagement_page.splitter.sizes()
    window.close()

    again = open_window(filled)
    assert again.size().toTuple() == (720, 500)
    assert again.engagement_page.splitter.sizes() == sizes
    assert open_settings().value("windows/main/geometry") is not None


def test_a_window_saved_off_screen_comes_back(
    qtbot: QtBot, open_window: OpenWindow, filled: Database
) -> None:
    from consultant_desk.ui.window_state import keep_on_screen

    window = open_window(filled)
    window.move(-5000, -5000)
    keep_on_screen(window)
    screen = window.screen().availableGeometry()
    assert screen.intersects(window.frameGeometry())


def test_the_scope_action_opens_the_wizard_on_the_selected_engagement(
    qtbot: QtBot, db: Database
) -> None:
    from consultant_desk.services.clients import ClientData, create_client
    from consultant_desk.services.engagements import EngagementData, create_engagement
    from consultant_desk.ui.scoping_wizard.wizard import ScopingWizard

    client = create_client(db, ClientData(name="Atelier Sauvage"))
    engagement = create_engagement(db, EngagementData(client.id, "M-2026-077", "Refonte"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show_page("engagements")
    assert window.scope_selected() is None
    window.engagement_page.refresh()
    window.engagement_page.select_id(engagement.id)
    wizard = window.scope_selected()
    assert isinstance(wizard, ScopingWizard)
    assert wizard.engagement_id == engagement.id
    wizard.close()


def test_the_navigation_is_the_list_of_pages(
    qtbot: QtBot, open_window: OpenWindow, db: Database
) -> None:
    window = open_window(db)
    assert window.page_keys() == [spec.key for spec in PAGES]
    assert [type(window.page(key)) for key in window.page_keys()] == [
        EngagementPage,
        ClientPage,
        EpisodesPage,
        MeetingsPage,
        DocumentsPage,
    ]
    titles = ["Engagements", "Clients", "Episodes", "Meetings", "Documents"]
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == titles
    assert all(not window.nav.item(row).icon().isNull() for row in range(window.nav.count()))
    view = [action.text() for action in window.menu("view").actions()]
    assert view[: len(titles)] == titles
    with ui_language(Language.FR):
        french = ["Missions", "Clients", "Épisodes", "Réunions", "Documents"]
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "Missions")
        assert [window.nav.item(row).text() for row in range(window.nav.count())] == french
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "meetings"
