from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from consultant_desk.domain.errors import ConflictError
from consultant_desk.domain.language import Language
from consultant_desk.services.clients import (
    ClientData,
    ContactData,
    get_client,
    list_clients,
    update_client,
)
from consultant_desk.store.database import Database
from consultant_desk.ui import messages
from consultant_desk.ui.clients.dialog import ClientDialog
from consultant_desk.ui.framework.field_errors import is_marked
from consultant_desk.ui.widgets.contacts_editor import COL_EMAIL, COL_NAME, COL_ROLE
from tests.ui.ui_support import add_client, type_text, ui_language

# The offscreen platform cannot pass a dialog's size limits on to a window system.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_dialog(qtbot: QtBot, db: Database, client_id: int | None = None) -> ClientDialog:
    dialog = ClientDialog(db, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into_new_contact(qtbot: QtBot, dialog: ClientDialog, column: int, text: str) -> None:
    """Type into the cell editor the way a user does: Add contact opens the name editor."""
    table = dialog.contacts.table
    row = table.rowCount() - 1
    if table.state() != QAbstractItemView.State.EditingState:
        table.setCurrentCell(row, column)
        item = table.item(row, column)
        assert item is not None
        table.editItem(item)
    # A closed editor lingers hidden until deleted: the open one is the visible one.
    (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor through a queued call.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_a_client_typed_in_is_created_with_its_contact(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    assert dialog.windowTitle() == "New client"
    type_text(dialog.name_edit, "Boulangerie Lefèvre")
    qtbot.keyClicks(dialog.email_edit, "contact@lefevre.fr")
    qtbot.keyClicks(dialog.phone_edit, "02 99 45 12 30")
    qtbot.mouseClick(dialog.contacts.add_button, Qt.MouseButton.LeftButton)
    type_into_new_contact(qtbot, dialog, COL_NAME, "Hélène Lefèvre")
    type_into_new_contact(qtbot, dialog, COL_ROLE, "Gérante")

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    client = get_client(db, saved.args[0])
    assert (client.name, client.email, client.phone) == (
        "Boulangerie Lefèvre",
        "contact@lefevre.fr",
        "02 99 45 12 30",
    )
    assert [(c.name, c.role, c.is_primary) for c in client.contacts] == [
        ("Hélène Lefèvre", "Gérante", True)
    ]


def test_a_blank_name_marks_the_field_and_writes_nothing(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.name_edit, "   ")
    qtbot.keyClicks(dialog.email_edit, "contact@lefevre.fr")
    type_text(dialog.notes_edit, "Rendez-vous mardi")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert is_marked(dialog.name_edit)
    assert not is_marked(dialog.email_edit)
    assert dialog.errors.label.isVisible()
    assert dialog.errors.label.text() == "Client name: this field is required."
    assert dialog.focusWidget() is dialog.name_edit
    # What was typed is all still there.
    assert dialog.email_edit.text() == "contact@lefevre.fr"
    assert dialog.notes_edit.toPlainText() == "Rendez-vous mardi"
    assert list_clients(db, include_archived=True) == []

    # Typing in the field takes the red border away; saving again succeeds.
    type_text(dialog.name_edit, "Acme")
    assert not is_marked(dialog.name_edit)
    dialog.name_edit.setText("Acme")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [row.name for row in list_clients(db)] == ["Acme"]


def test_service_messages_follow_the_interface_language(qtbot: QtBot, db: Database) -> None:
    with ui_language(Language.FR):
        dialog = open_dialog(qtbot, db)
        assert dialog.windowTitle() == "Nouveau client"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.errors.label.text() == "Nom du client : ce champ est obligatoire."


def test_a_bad_contact_points_at_its_cell_and_writes_nothing(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    type_text(dialog.name_edit, "Acme")
    qtbot.mouseClick(dialog.contacts.add_button, Qt.MouseButton.LeftButton)
    type_into_new_contact(qtbot, dialog, COL_NAME, "Bob")
    qtbot.mouseClick(dialog.contacts.add_button, Qt.MouseButton.LeftButton)
    type_into_new_contact(qtbot, dialog, COL_NAME, "Alice")
    type_into_new_contact(qtbot, dialog, COL_EMAIL, "not-an-email")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert is_marked(dialog.contacts.table)
    assert "not-an-email" in dialog.errors.label.text()
    assert dialog.contacts.error_row == 1
    assert dialog.contacts.table.currentColumn() == COL_EMAIL
    assert list_clients(db, include_archived=True) == []


def test_blank_new_contact_rows_are_ignored(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    type_text(dialog.name_edit, "Acme")
    qtbot.mouseClick(dialog.contacts.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    assert get_client(db, dialog.saved_id).contacts == ()


def test_editing_changes_fields_and_contacts(qtbot: QtBot, db: Database) -> None:
    client_id = add_client(
        db, "Acme", contacts=["Bob", "Carol"], email="hello@acme.test", language="en"
    )
    dialog = open_dialog(qtbot, db, client_id)
    assert dialog.windowTitle() == "Edit client — Acme"
    assert dialog.name_edit.text() == "Acme"
    assert dialog.language_combo.currentData() == "en"
    assert dialog.contacts.row_count() == 2

    dialog.phone_edit.clear()
    type_text(dialog.phone_edit, "+44 20 7946 0958")
    dialog.contacts.table.setCurrentCell(0, COL_NAME)  # Bob
    qtbot.mouseClick(dialog.contacts.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.contacts.add_button, Qt.MouseButton.LeftButton)
    type_into_new_contact(qtbot, dialog, COL_NAME, "Dana")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    client = get_client(db, client_id)
    assert client.phone == "+44 20 7946 0958"
    assert client.email == "hello@acme.test"
    assert sorted(contact.name for contact in client.contacts) == ["Carol", "Dana"]


def test_a_conflicting_save_offers_to_reload(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = add_client(db, "Acme")
    dialog = open_dialog(qtbot, db, client_id)
    # Someone else saves the same client meanwhile.
    update_client(db, client_id, ClientData(name="Acme SA"))
    asked: list[ConflictError] = []

    def reload_please(_parent: object, error: ConflictError) -> bool:
        asked.append(error)
        return True

    monkeypatch.setattr(messages, "ask_reload", reload_please)
    dialog.phone_edit.setText("01 23 45 67 89")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Acme SA"  # reloaded
    assert get_client(db, client_id).phone == ""  # nothing overwritten
    assert "Reloaded" in dialog.errors.label.text()

    dialog.phone_edit.setText("01 23 45 67 89")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_client(db, client_id).phone == "01 23 45 67 89"


def test_keeping_the_edits_after_a_conflict_keeps_the_text(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = add_client(db, "Acme")
    dialog = open_dialog(qtbot, db, client_id)
    update_client(db, client_id, ClientData(name="Acme SA"))
    monkeypatch.setattr(messages, "ask_reload", lambda _parent, _error: False)
    dialog.name_edit.setText("Acme Group")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.text() == "Acme Group"
    assert "changed by someone else" in dialog.errors.label.text()


def test_a_contact_edited_in_place_is_updated(qtbot: QtBot, db: Database) -> None:
    client_id = add_client(db, "Acme", contacts=["Bob"])
    dialog = open_dialog(qtbot, db, client_id)
    table = dialog.contacts.table
    item = table.item(0, COL_EMAIL)
    assert item is not None
    item.setText("bob@acme.test")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [c.email for c in get_client(db, client_id).contacts] == ["bob@acme.test"]


def test_one_main_contact_at_most(qtbot: QtBot, db: Database) -> None:
    client_id = add_client(db, "Acme")
    from consultant_desk.services.clients import add_contact

    add_contact(db, client_id, ContactData(name="Bob", is_primary=True))
    add_contact(db, client_id, ContactData(name="Carol"))
    dialog = open_dialog(qtbot, db, client_id)
    table = dialog.contacts.table
    carol_main = table.item(1, 4)
    assert carol_main is not None
    carol_main.setCheckState(Qt.CheckState.Checked)
    rows = dialog.contacts.rows()
    assert [row.data.is_primary for row in rows] == [False, True]


def test_a_cell_still_being_edited_is_saved_too(qtbot: QtBot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    type_text(dialog.name_edit, "Acme")
    qtbot.mouseClick(dialog.contacts.add_button, Qt.MouseButton.LeftButton)
    table = dialog.contacts.table
    (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    type_text(editor, "Zoé")  # no Return: the user clicks Save straight away
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    assert [c.name for c in get_client(db, dialog.saved_id).contacts] == ["Zoé"]
