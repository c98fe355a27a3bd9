"""Never lose a line: the draft written while typing, kept on close, offered on reopening."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consultant_desk.services.meetings import (
    ActionItemData,
    MeetingData,
    create_meeting,
    get_meeting,
    list_meetings,
)
from consultant_desk.store.database import Database
from consultant_desk.ui.meetings import prompts
from consultant_desk.ui.meetings.dialog import AUTOSAVE_MS, MeetingDialog
from consultant_desk.ui.meetings.drafts import DraftStore, drafts_dir
from consultant_desk.ui.meetings.form_state import ActionLine, AttendeeLine, MeetingForm
from consultant_desk.ui.meetings.rows_editor import ActionItemsEditor
from tests.ui.meetings.test_fixtures import (
    CLIENT_WORDS,
    answer_prompts,
    lefevre,
    open_dialog,
    type_in_cell,
)
from tests.ui.ui_support import OpenWindow, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def draft_json(dialog: MeetingDialog) -> dict[str, object]:
    data = json.loads(dialog.draft_path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_typing_writes_a_draft_a_moment_later(qtbot: QtBot, db: Database) -> None:
    _client, engagement = lefevre(db)
    dialog = open_dialog(qtbot, db, engagement_id=engagement)
    assert dialog.draft_path == drafts_dir() / f"meeting-new-{engagement}.json"
    assert not dialog.draft_path.exists()  # nothing typed, nothing to keep

    type_text(dialog.fields.client_words_edit, CLIENT_WORDS)
    qtbot.waitUntil(dialog.draft_path.exists, timeout=AUTOSAVE_MS * 5)
    saved = draft_json(dialog)
    assert saved["form"]["client_expressed"] == CLIENT_WORDS  # type: ignore[index]
    assert saved["meeting_id"] is None
    assert "draft kept at" in dialog.status_label.text()
    # Only the user may read it: it holds what the client said.
    assert dialog.draft_path.stat().st_mode & 0o077 == 0


def test_the_draft_survives_closing_and_is_offered_on_reopening(
    qtbot: QtBot, open_window: OpenWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client, engagement = lefevre(db)
    window = open_window(db)
    page = window.page("meetings")
    asked = answer_prompts(monkeypatch, close=prompts.CloseChoice.KEEP_DRAFT, restore=True)

    first = page.create_new(engagement_id=engagement)  # type: ignore[attr-defined]
    assert isinstance(first, MeetingDialog)
    type_text(first.fields.place_edit, "Salle Vercors")
    type_text(first.fields.client_words_edit, CLIENT_WORDS)
    first.fields.action_items.add_row()
    type_in_cell(first.fields.action_items, 0, ActionItemsEditor.COL_WHAT, "Rappeler Hélène")
    # Closed at once, before the autosave timer fired: the close itself keeps the draft.
    qtbot.mouseClick(
        first.buttons.button(first.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert asked["close"] == [True]
    assert not first.isVisible()
    assert list_meetings(db) == []
    draft_path = first.draft_path
    assert draft_path.exists()

    again = page.create_new(engagement_id=engagement)  # type: ignore[attr-defined]
    assert isinstance(again, MeetingDialog)
    assert len(asked["restore"]) == 1
    when, _informative = asked["restore"][0]  # type: ignore[misc]
    assert when  # "Restore unsaved changes from 14:32?"
    assert again.fields.place_edit.text() == "Salle Vercors"
    assert again.fields.client_words_edit.toPlainText() == CLIENT_WORDS
    assert [line.what for line in again.fields.action_items.lines()] == ["Rappeler Hélène"]
    assert "restored" in again.status_label.text()

    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert list_meetings(db)[0].client_expressed == CLIENT_WORDS
    assert not draft_path.exists()  # saved: the draft has done its job


def test_a_declined_draft_is_discarded(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client, engagement = lefevre(db)
    store = DraftStore()
    path = store.path_for(None, engagement)
    store.write(
        path,
        MeetingForm(engagement, datetime(2026, 3, 12, 13, 0, tzinfo=UTC), place="Ailleurs"),
        meeting_id=None,
        base_version=None,
    )
    asked = answer_prompts(monkeypatch, restore=False)
    dialog = MeetingDialog(db, engagement_id=engagement)
    qtbot.addWidget(dialog)
    assert dialog.has_pending_draft()
    # Shown, the dialog asks by itself (opened from the page, it asks at once).
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.has_pending_draft())
    assert len(asked["restore"]) == 1
    assert dialog.fields.place_edit.text() == ""
    assert not path.exists()


def test_an_edited_meeting_keeps_its_own_draft(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client, engagement = lefevre(db)
    meeting = create_meeting(
        db,
        MeetingData(
            engagement_id=engagement,
            held_at=datetime(2026, 3, 12, 13, 0, tzinfo=UTC),
            action_items=(ActionItemData("Claire", "Corriger le tableau 3"),),
        ),
    )
    dialog = open_dialog(qtbot, db, meeting.id)
    assert dialog.draft_path.name == f"meeting-{meeting.id}.json"
    type_text(dialog.fields.solution_edit, "Relecture à quatre yeux.")
    dialog.reject()  # the stand-in answers "close, keep the draft"
    assert dialog.draft_path.exists()
    assert get_meeting(db, meeting.id).agreed_solution == ""

    asked = answer_prompts(monkeypatch, restore=True)
    reopened = open_dialog(qtbot, db, meeting.id)
    assert len(asked["restore"]) == 1
    assert reopened.fields.solution_edit.toPlainText() == "Relecture à quatre yeux."
    assert reopened.is_dirty()


def test_a_damaged_draft_is_left_alone(qtbot: QtBot, db: Database) -> None:
    _client, engagement = lefevre(db)
    path = DraftStore().path_for(None, engagement)
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    dialog = open_dialog(qtbot, db, engagement_id=engagement)
    assert not dialog.has_pending_draft()
    assert path.read_text(encoding="utf-8") == "{not json"


def test_forms_round_trip_through_json() -> None:
    form = MeetingForm(
        engagement_id=3,
        held_at=datetime(2026, 3, 12, 13, 0, 42, tzinfo=UTC),
        episode_id=7,
        attendees=(AttendeeLine("Hélène", "Gérante", "Lefèvre"),),
        action_items=(ActionLine("Claire", "Corriger", None),),
        client_expressed="« C’est inacceptable ! »\n<b>&</b>",
    )
    assert MeetingForm.from_json(json.loads(json.dumps(form.to_json()))) == form
    assert form.held_at.second == 0  # the dialog shows minutes
