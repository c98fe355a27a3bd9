from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from consultant_desk.domain.language import Language
from consultant_desk.services.clients import set_client_archived
from consultant_desk.services.engagements import get_engagement, list_engagements
from consultant_desk.store.database import Database
from consultant_desk.ui.engagements.dialog import EngagementDialog
from consultant_desk.ui.framework.field_errors import is_marked
from tests.ui.ui_support import add_client, add_engagement, type_text, ui_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_dialog(
    qtbot: QtBot, db: Database, engagement_id: int | None = None, client_id: int | None = None
) -> EngagementDialog:
    dialog = EngagementDialog(db, engagement_id, client_id=client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_create_with_a_start_date_and_no_end_date(qtbot: QtBot, db: Database) -> None:
    add_client(db, "Acme")
    lefevre = add_client(db, "Boulangerie Lefèvre")
    dialog = open_dialog(qtbot, db)
    assert dialog.windowTitle() == "New engagement"
    # The reference comes prefilled with the next free number of the year.
    assert dialog.reference_edit.text() == f"M-{date.today().year}-001"

    dialog.client_combo.setCurrentIndex(dialog.client_combo.findText("Boulangerie Lefèvre"))
    type_text(dialog.title_edit, "Refonte du processus de facturation")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("scoped"))
    qtbot.mouseClick(dialog.start_field.check, Qt.MouseButton.LeftButton)
    dialog.start_field.date_edit.setDate(QDate(2026, 3, 2))
    type_text(dialog.summary_edit, "Diagnostic puis plan d'action.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id is not None
    engagement = get_engagement(db, dialog.saved_id)
    assert engagement.client_id == lefevre
    assert engagement.title == "Refonte du processus de facturation"
    assert engagement.status == "scoped"
    assert engagement.start_date == date(2026, 3, 2)
    assert engagement.end_date is None
    assert engagement.summary == "Diagnostic puis plan d'action."


def test_an_end_before_the_start_marks_the_end_date(qtbot: QtBot, db: Database) -> None:
    client = add_client(db, "Acme")
    dialog = open_dialog(qtbot, db, client_id=client)
    assert dialog.client_combo.currentData() == client
    type_text(dialog.title_edit, "Audit")
    dialog.start_field.set_value(date(2026, 5, 1))
    dialog.end_field.set_value(date(2026, 4, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert is_marked(dialog.end_field.date_edit)
    assert "comes before the start" in dialog.errors.label.text()
    assert dialog.title_edit.text() == "Audit"
    assert dialog.start_field.value() == date(2026, 5, 1)
    assert list_engagements(db, include_archived=True) == []


def test_no_client_chosen_marks_the_client_picker(qtbot: QtBot, db: Database) -> None:
    add_client(db, "Acme")
    add_client(db, "Beta")
    dialog = open_dialog(qtbot, db)
    assert dialog.client_combo.currentIndex() == -1
    type_text(dialog.title_edit, "Audit")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert is_marked(dialog.client_combo)
    assert dialog.errors.label.text() == "Engagement client: this field is required."
    dialog.client_combo.setCurrentIndex(0)
    assert not is_marked(dialog.client_combo)


def test_a_reference_already_used_is_refused(qtbot: QtBot, db: Database) -> None:
    client = add_client(db, "Acme")
    add_engagement(db, client, "M-2026-001", "First")
    dialog = open_dialog(qtbot, db, client_id=client)
    dialog.reference_edit.setText("m-2026-001")
    type_text(dialog.title_edit, "Second")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert is_marked(dialog.reference_edit)
    assert len(list_engagements(db)) == 1


def test_edit_changes_status_and_clears_the_end_date(qtbot: QtBot, db: Database) -> None:
    client = add_client(db, "Acme")
    engagement_id = add_engagement(
        db, client, "M-2026-007", "Audit RH", start=date(2026, 1, 5), end=date(2026, 6, 30)
    )
    dialog = open_dialog(qtbot, db, engagement_id)
    assert dialog.windowTitle() == "Edit engagement — M-2026-007"
    assert dialog.reference_edit.text() == "M-2026-007"
    assert dialog.start_field.value() == date(2026, 1, 5)
    assert dialog.end_field.value() == date(2026, 6, 30)

    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("on_hold"))
    qtbot.mouseClick(dialog.end_field.check, Qt.MouseButton.LeftButton)
    assert dialog.end_field.value() is None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = get_engagement(db, engagement_id)
    assert (stored.status, stored.start_date, stored.end_date) == (
        "on_hold",
        date(2026, 1, 5),
        None,
    )


def test_an_archived_client_stays_on_its_engagements(qtbot: QtBot, db: Database) -> None:
    gone = add_client(db, "Old Client")
    add_client(db, "Current Client")
    engagement_id = add_engagement(db, gone, "M-2026-001", "Audit")
    set_client_archived(db, gone, True)
    dialog = open_dialog(qtbot, db, engagement_id)
    assert dialog.client_combo.currentText() == "Old Client (archived)"
    new_dialog = open_dialog(qtbot, db)
    assert new_dialog.client_combo.findData(gone) == -1


def test_statuses_are_labelled_in_the_interface_language(qtbot: QtBot, db: Database) -> None:
    add_client(db, "Acme")
    with ui_language(Language.FR):
        dialog = open_dialog(qtbot, db)
        assert dialog.windowTitle() == "Nouvelle mission"
        assert dialog.status_combo.currentText() == "Brouillon"
        assert dialog.start_field.date_edit.specialValueText() == "Non renseignée"
