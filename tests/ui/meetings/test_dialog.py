"""Recording a meeting by typing into the dialog, validation, signing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.domain.signature import Signature
from consultant_desk.services.meetings import (
    ActionItemData,
    AttendeeData,
    MeetingData,
    create_meeting,
    get_meeting,
    list_meetings,
    update_meeting,
)
from consultant_desk.store.database import Database
from consultant_desk.ui.framework.field_errors import is_marked
from consultant_desk.ui.meetings.rows_editor import ActionItemsEditor
from consultant_desk.ui.widgets.signature_pad import SignatureDialog
from tests.ui.meetings.test_fixtures import (
    CLIENT_WORDS,
    answer_prompts,
    cell_editor,
    drawn,
    lefevre,
    open_dialog,
    pick_date,
    settle,
    type_in_cell,
)
from tests.ui.ui_support import type_text, ui_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HELD = QDateTime(QDate(2026, 3, 12), QTime(14, 30))


def test_create_a_meeting_by_typing(qtbot: QtBot, db: Database) -> None:
    _client, engagement = lefevre(db)
    dialog = open_dialog(qtbot, db, engagement_id=engagement)
    assert dialog.windowTitle() == "New meeting"
    assert dialog.fields.engagement_combo.currentData() == engagement
    # The signatories come prefilled: the consultant's profile, the client's main contact.
    assert dialog.fields.consultant_signer_edit.text() == "Claire Dubois"
    assert dialog.fields.client_signer_edit.text() == "Hélène Lefèvre"

    dialog.fields.held_at_edit.setDateTime(HELD)
    dialog.fields.mode_combo.setCurrentIndex(dialog.fields.mode_combo.findData("video"))
    type_text(dialog.fields.place_edit, "Visio Teams")

    # Attendees: Tab moves from cell to cell; Tab in the last cell opens a new line.
    qtbot.mouseClick(dialog.fields.attendees.add_button, Qt.MouseButton.LeftButton)
    for text in ("Hélène Lefèvre", "Gérante", "Boulangerie Lefèvre"):
        editor = dialog.fields.attendees.table.indexWidget(
            dialog.fields.attendees.table.currentIndex()
        )
        assert editor is not None
        type_text(editor, text)
        QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert dialog.fields.attendees.row_count() == 2
    type_in_cell(dialog.fields.attendees, 1, 0, "Claire Dubois")
    type_in_cell(dialog.fields.attendees, 1, 1, "Consultante")

    dialog.fields.tabs.setCurrentIndex(1)
    type_text(dialog.fields.points_edit, "Écarts dans le rapport de mars.")
    type_text(dialog.fields.client_words_edit, CLIENT_WORDS)
    type_text(dialog.fields.acknowledged_edit, "Les chiffres du tableau 3 étaient faux.")
    type_text(dialog.fields.solution_edit, "Rapport corrigé sous 5 jours, relu à deux.")

    dialog.fields.tabs.setCurrentIndex(2)
    actions = dialog.fields.action_items
    for row, (owner, what) in enumerate(
        (
            ("Claire", "Corriger le tableau 3"),
            ("Claire", "Faire relire le rapport"),
            ("Hélène", "Valider la version corrigée"),
        )
    ):
        qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
        type_in_cell(actions, row, ActionItemsEditor.COL_OWNER, owner)
        type_in_cell(actions, row, ActionItemsEditor.COL_WHAT, what)
    pick_date(actions, 0, ActionItemsEditor.COL_DUE, QDate(2026, 3, 17))
    pick_date(actions, 2, ActionItemsEditor.COL_DUE, QDate(2026, 3, 20))
    assert dialog.fields.tabs.tabText(2) == "Actions (3)"
    type_text(dialog.fields.next_steps_edit, "Point de suivi par téléphone.")
    dialog.fields.follow_up_field.set_value(date(2026, 3, 24))

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.label.isHidden(), dialog.errors.label.text()
    assert dialog.saved_id is not None
    # Saving keeps the dialog open: signing and printing usually follow.
    assert dialog.isVisible()
    assert dialog.status_label.text().startswith("Saved at ")
    assert dialog.windowTitle().startswith("Meeting of 12 Mar 2026 14:30")
    meeting = get_meeting(db, dialog.saved_id)
    assert meeting.engagement_id == engagement
    assert meeting.held_at == HELD.toPython().astimezone(UTC)
    assert meeting.mode == "video"
    assert meeting.place == "Visio Teams"
    assert [(a.name, a.role, a.organisation) for a in meeting.attendees] == [
        ("Hélène Lefèvre", "Gérante", "Boulangerie Lefèvre"),
        ("Claire Dubois", "Consultante", ""),
    ]
    assert meeting.client_expressed == CLIENT_WORDS
    assert meeting.points_discussed == "Écarts dans le rapport de mars."
    assert [(i.owner, i.what, i.due_date) for i in meeting.action_items] == [
        ("Claire", "Corriger le tableau 3", date(2026, 3, 17)),
        ("Claire", "Faire relire le rapport", None),
        ("Hélène", "Valider la version corrigée", date(2026, 3, 20)),
    ]
    assert meeting.next_steps == "Point de suivi par téléphone."
    assert meeting.follow_up_date == date(2026, 3, 24)
    assert (meeting.consultant_signer, meeting.client_signer) == ("Claire Dubois", "Hélène Lefèvre")
    assert not dialog.is_dirty()


def test_a_blank_action_selects_its_cell_and_loses_nothing(qtbot: QtBot, db: Database) -> None:
    _client, engagement = lefevre(db)
    dialog = open_dialog(qtbot, db, engagement_id=engagement)
    type_text(dialog.fields.client_words_edit, CLIENT_WORDS)
    actions = dialog.fields.action_items
    for row, (owner, what) in enumerate(
        (("Claire", "Corriger le tableau 3"), ("Hélène", ""), ("Claire", "Relire"))
    ):
        actions.add_row()
        type_in_cell(actions, row, ActionItemsEditor.COL_OWNER, owner)
        if what:
            type_in_cell(actions, row, ActionItemsEditor.COL_WHAT, what)
    dialog.fields.tabs.setCurrentIndex(0)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.label.text() == "Action: this field is required. See line 2."
    assert is_marked(actions.table)
    assert dialog.fields.tabs.currentIndex() == 2  # the actions tab came forward
    assert (actions.table.currentRow(), actions.table.currentColumn()) == (
        1,
        ActionItemsEditor.COL_WHAT,
    )
    assert list_meetings(db) == []
    assert dialog.fields.client_words_edit.toPlainText() == CLIENT_WORDS
    assert [line.owner for line in actions.lines()] == ["Claire", "Hélène", "Claire"]

    # Fixing the cell and saving again works.
    type_in_cell(actions, 1, ActionItemsEditor.COL_WHAT, "Envoyer les chiffres d’origine")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(list_meetings(db)) == 1


def test_a_blank_attendee_name_selects_its_row(qtbot: QtBot, db: Database) -> None:
    _client, engagement = lefevre(db)
    dialog = open_dialog(qtbot, db, engagement_id=engagement)
    dialog.fields.attendees.add_row()
    type_in_cell(dialog.fields.attendees, 0, 0, "Hélène Lefèvre")
    dialog.fields.attendees.add_row()
    type_in_cell(dialog.fields.attendees, 1, 1, "Comptable")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.label.text() == "Attendee name: this field is required. See line 2."
    assert (
        dialog.fields.attendees.table.currentRow(),
        dialog.fields.attendees.table.currentColumn(),
    ) == (1, 0)
    assert list_meetings(db) == []


def test_no_engagement_marks_the_picker(qtbot: QtBot, db: Database) -> None:
    lefevre(db)
    from tests.ui.ui_support import add_client, add_engagement

    other = add_client(db, "Thornbury Logistics", language="en")
    add_engagement(db, other, "M-2026-002", "Warehouse review")
    dialog = open_dialog(qtbot, db)
    assert dialog.fields.engagement_combo.currentIndex() == -1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert is_marked(dialog.fields.engagement_combo)
    assert dialog.fields.tabs.currentIndex() == 0
    assert list_meetings(db) == []


def test_del_removes_a_line_and_ctrl_z_brings_it_back(qtbot: QtBot, db: Database) -> None:
    _client, engagement = lefevre(db)
    dialog = open_dialog(qtbot, db, engagement_id=engagement)
    dialog.fields.tabs.setCurrentIndex(2)
    actions = dialog.fields.action_items
    for row, what in enumerate(("Un", "Deux")):
        actions.add_row()
        type_in_cell(actions, row, ActionItemsEditor.COL_WHAT, what)
    actions.table.setCurrentCell(0, 0)
    actions.table.setFocus()
    QTest.keyClick(actions.table, Qt.Key.Key_Delete)
    assert [line.what for line in actions.lines()] == ["Deux"]
    QTest.keyClick(actions.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [line.what for line in actions.lines()] == ["Un", "Deux"]


def stored_meeting(db: Database, engagement: int) -> int:
    return create_meeting(
        db,
        MeetingData(
            engagement_id=engagement,
            held_at=datetime(2026, 3, 12, 13, 30, tzinfo=UTC),
            place="Lyon",
            attendees=(AttendeeData("Hélène Lefèvre", "Gérante"),),
            client_expressed=CLIENT_WORDS,
            action_items=(ActionItemData("Claire", "Corriger le tableau 3"),),
            consultant_signer="Claire Dubois",
            client_signer="Hélène Lefèvre",
        ),
    ).id


def test_signing_makes_the_meeting_read_only(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client, engagement = lefevre(db)
    meeting_id = stored_meeting(db, engagement)
    asked = answer_prompts(monkeypatch)
    signers: list[str] = []

    def get_signature(signer: str, parent: object = None, **_kw: object) -> Signature:
        signers.append(signer)
        return drawn(signer)

    monkeypatch.setattr(SignatureDialog, "get_signature", staticmethod(get_signature))
    dialog = open_dialog(qtbot, db, meeting_id)
    assert not dialog.read_only
    assert dialog.banner.isHidden()

    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    assert asked["sign"] == [True]
    assert signers == ["Claire Dubois", "Hélène Lefèvre"]  # the consultant first
    meeting = get_meeting(db, meeting_id)
    assert meeting.consultant_signature and meeting.client_signature
    assert Signature.from_json(meeting.client_signature).signer == "Hélène Lefèvre"
    assert dialog.read_only
    assert dialog.banner.isVisible()
    assert "can no longer be changed" in dialog.banner.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.sign_button.isEnabled()
    assert dialog.fields.place_edit.isReadOnly()
    assert dialog.fields.client_words_edit.isReadOnly()
    assert not dialog.fields.engagement_combo.isEnabled()
    assert dialog.fields.action_items.add_button.isHidden()
    assert dialog.preview_button.isEnabled()
    assert dialog.fields.consultant_note.text().startswith("Signed on screen")
    assert dialog.fields.client_signature.signature() is not None
    with pytest.raises(ValidationError):
        update_meeting(db, meeting_id, MeetingData(engagement, meeting.held_at, place="Paris"))

    # Reopened, it is read-only from the start, and Save does nothing.
    again = open_dialog(qtbot, db, meeting_id)
    assert again.read_only and again.banner.isVisible()
    again.accept()
    assert get_meeting(db, meeting_id).place == "Lyon"


def test_the_client_may_skip_and_sign_later(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client, engagement = lefevre(db)
    meeting_id = stored_meeting(db, engagement)
    answer_prompts(monkeypatch)
    skip = {"client": True}

    def get_signature(signer: str, parent: object = None, **_kw: object) -> Signature | None:
        if signer == "Hélène Lefèvre" and skip["client"]:
            return None
        return drawn(signer)

    monkeypatch.setattr(SignatureDialog, "get_signature", staticmethod(get_signature))
    dialog = open_dialog(qtbot, db, meeting_id)
    dialog.sign()
    meeting = get_meeting(db, meeting_id)
    assert meeting.consultant_signature and not meeting.client_signature
    assert dialog.read_only
    assert dialog.sign_button.isEnabled()  # the client can still sign on screen
    assert "blank line to sign in ink" in dialog.fields.client_note.text()

    skip["client"] = False
    dialog.sign()
    assert get_meeting(db, meeting_id).client_signature
    assert not dialog.sign_button.isEnabled()


def test_nobody_signing_changes_nothing(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client, engagement = lefevre(db)
    meeting_id = stored_meeting(db, engagement)
    answer_prompts(monkeypatch)
    monkeypatch.setattr(SignatureDialog, "get_signature", staticmethod(lambda *_a, **_k: None))
    dialog = open_dialog(qtbot, db, meeting_id)
    dialog.sign()
    assert not dialog.read_only
    assert "blank lines to sign in ink" in dialog.status_label.text()
    assert get_meeting(db, meeting_id).consultant_signature is None


def test_the_dialog_speaks_french(qtbot: QtBot, db: Database) -> None:
    _client, engagement = lefevre(db)
    with ui_language(Language.FR):
        dialog = open_dialog(qtbot, db, engagement_id=engagement)
        assert dialog.windowTitle() == "Nouvelle réunion"
        assert dialog.fields.client_words_edit.placeholderText().startswith("Les mots du client")
        assert dialog.fields.mode_combo.currentText() == "En présentiel"
        assert dialog.fields.tabs.tabText(1) == "Discussion"
        assert dialog.fields.tabs.tabText(0) == "Réunion"


def test_blank_signer_names_are_filled_before_signing(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client, engagement = lefevre(db)
    meeting_id = create_meeting(
        db, MeetingData(engagement_id=engagement, held_at=datetime(2026, 3, 12, 13, 0, tzinfo=UTC))
    ).id
    answer_prompts(monkeypatch)
    signers: list[str] = []

    def get_signature(signer: str, parent: object = None, **_kw: object) -> Signature:
        signers.append(signer)
        return drawn(signer)

    monkeypatch.setattr(SignatureDialog, "get_signature", staticmethod(get_signature))
    dialog = open_dialog(qtbot, db, meeting_id)
    assert dialog.fields.consultant_signer_edit.text() == ""
    dialog.sign()
    # The names print under the signatures, and cannot change once signed.
    meeting = get_meeting(db, meeting_id)
    assert (meeting.consultant_signer, meeting.client_signer) == ("Claire Dubois", "Hélène Lefèvre")
    assert signers == ["Claire Dubois", "Hélène Lefèvre"]
    assert dialog.fields.consultant_signer_edit.placeholderText() == ""  # read-only now


def test_del_in_a_due_date_clears_it(qtbot: QtBot, db: Database) -> None:
    _client, engagement = lefevre(db)
    dialog = open_dialog(qtbot, db, engagement_id=engagement)
    dialog.fields.tabs.setCurrentIndex(2)
    actions = dialog.fields.action_items
    actions.add_row()
    type_in_cell(actions, 0, ActionItemsEditor.COL_WHAT, "Relire")
    pick_date(actions, 0, ActionItemsEditor.COL_DUE, QDate(2026, 3, 17))
    assert actions.lines()[0].due == date(2026, 3, 17)
    editor = cell_editor(actions, 0, ActionItemsEditor.COL_DUE)
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    settle()
    assert actions.lines()[0].due is None
    assert actions.table.item(0, ActionItemsEditor.COL_DUE).text() == ""  # type: ignore[union-attr]
