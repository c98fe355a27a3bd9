from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consultant_desk.services.profile import get_profile, letterhead
from consultant_desk.store.database import Database
from consultant_desk.ui.main_window import MainWindow
from consultant_desk.ui.profile_dialog import ProfileDialog


def test_the_letterhead_is_edited_from_the_file_menu(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = window.open_profile_dialog()
    assert isinstance(dialog, ProfileDialog)
    dialog.name_edit.setText("Claire Morel")
    dialog.company_edit.setText("Morel Conseil")
    dialog.registration_edit.setText("SIRET 852 147 963 00018")
    dialog.rate_edit.setText("650,50")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    profile = get_profile(db)
    assert (profile.name, profile.default_daily_rate) == ("Claire Morel", Decimal("650.50"))
    assert letterhead(db).registration == "SIRET 852 147 963 00018"


def test_a_bad_value_marks_its_field_and_keeps_the_form(qtbot: QtBot, db: Database) -> None:
    dialog = ProfileDialog(db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Claire Morel")
    dialog.vat_edit.setText("-5")
    dialog.accept()
    assert dialog.vat_edit.property("invalid") is True
    assert "TVA" in dialog.errors.label.text() or "VAT" in dialog.errors.label.text()
    assert dialog.name_edit.text() == "Claire Morel"
    assert get_profile(db).name == ""
