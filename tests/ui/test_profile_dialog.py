from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from consultant_desk.services.profile import ProfileData, get_profile, letterhead, update_profile
from consultant_desk.store.database import Database
from consultant_desk.ui.main_window import MainWindow
from consultant_desk.ui.profile_dialog import ProfileDialog, ask_for_profile


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


def test_the_legal_mentions_are_edited_with_the_letterhead(qtbot: QtBot, db: Database) -> None:
    dialog = ProfileDialog(db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Claire Morel")
    dialog.legal_form_edit.setText("SARL")
    dialog.share_capital_edit.setText("10 000 €")
    dialog.rcs_city_edit.setText("Lyon")
    dialog.rcs_number_edit.setText("852 147 963")
    dialog.vat_number_edit.setText("FR 12 852147963")
    dialog.insurer_edit.setText("MMA IARD")
    dialog.insurance_policy_edit.setText("RCP-42")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    head = letterhead(db)
    assert (head.legal_form, head.share_capital, head.rcs_city, head.rcs_number) == (
        "SARL",
        "10 000 €",
        "Lyon",
        "852 147 963",
    )
    assert (head.vat_number, head.insurer, head.insurance_policy) == (
        "FR 12 852147963",
        "MMA IARD",
        "RCP-42",
    )
    again = ProfileDialog(db)
    qtbot.addWidget(again)
    assert again.insurance_policy_edit.text() == "RCP-42"
    again.vat_number_edit.setText("X" * 41)
    again.accept()
    assert again.vat_number_edit.property("invalid") is True


def test_the_app_asks_for_the_profile_before_the_first_document(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton) -> None:
        def question(_parent: object, _title: str, text: str, *_args: object) -> object:
            asked.append(text)
            return choice

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    answer(QMessageBox.StandardButton.Cancel)
    assert not ask_for_profile(db, None)
    answer(QMessageBox.StandardButton.No)
    assert ask_for_profile(db, None)
    assert len(asked) == 2 and "Your details are not filled in yet" in asked[0]
    update_profile(db, ProfileData(name="Claire Morel"))
    assert ask_for_profile(db, None)
    assert len(asked) == 2  # filled in: nothing asked
