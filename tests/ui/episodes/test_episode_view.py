"""The episode window: the playbook's stages and warnings, the timeline, closing, reopening."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from consultant_desk.domain import playbook
from consultant_desk.domain.enums import EpisodeStage
from consultant_desk.domain.language import Language
from consultant_desk.services import episode_workflow as wf
from consultant_desk.services.meetings import MeetingData, create_meeting
from consultant_desk.store.database import Database
from consultant_desk.ui import messages
from consultant_desk.ui.episodes.closing_dialog import NOT_ACCEPTED, UNCONFIRMED, ClosingDialog
from consultant_desk.ui.episodes.episode_view import EpisodeWindow
from consultant_desk.ui.episodes.timeline_editor import EventDialog
from consultant_desk.ui.meetings.dialog import MeetingDialog
from tests.ui.episodes.workflow_support import SURFACED, TODAY, log, pizzeria
from tests.ui.ui_support import type_text, ui_language

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

STAGES = playbook.STAGES


@pytest.fixture(params=[Language.EN, Language.FR], ids=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[Language]:
    with ui_language(request.param):
        yield request.param


def open_window(qtbot: QtBot, db: Database, episode: int) -> EpisodeWindow:
    window = EpisodeWindow(db, episode, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def stage_of(db: Database, episode: int) -> str:
    return wf.get_episode_view(db, episode, today=TODAY).stage


def test_every_move_on_warns_of_what_it_leaves_behind(
    qtbot: QtBot, db: Database, language: Language
) -> None:
    episode = log(db, pizzeria(db))
    window = open_window(qtbot, db, episode)
    panel = window.playbook
    for index, stage in enumerate(STAGES[:-2]):  # prepare … follow up, each to the next
        assert stage_of(db, episode) == stage.value
        following = STAGES[index + 1]
        unticked = [check.text() for check in playbook.guide(stage).checks]
        # Before the move, the panel says what it would leave unticked…
        assert panel.preview_label.isVisibleTo(window)
        assert all(text in panel.preview_label.text() for text in unticked)
        assert following.label() in panel.move_button.text()
        panel.move_button.click()
        # …and after it, what it did: nothing blocked the move.
        assert stage_of(db, episode) == following.value
        result = panel.result_label.text()
        assert following.label() in result
        assert all(text in result for text in unticked)
    # Learn: moving on closes, through the closing dialog.
    assert stage_of(db, episode) == EpisodeStage.LEARN.value
    panel.move_button.click()
    dialogs = window.findChildren(ClosingDialog)
    assert len(dialogs) == 1
    dialogs[0].reject()
    timeline = wf.get_episode_view(db, episode).timeline
    assert [entry.stage_to for entry in timeline] == [stage.value for stage in STAGES[1:-1]]


def test_ticked_checks_leave_nothing_behind(qtbot: QtBot, db: Database, english: None) -> None:
    episode = log(db, pizzeria(db))
    window = open_window(qtbot, db, episode)
    panel = window.playbook
    assert list(panel.check_widgets) == [check.key for check in playbook.guide("prepare").checks]
    for box in panel.check_widgets.values():
        box.click()
    assert wf.get_episode_view(db, episode).ticked == set(panel.check_widgets)
    assert not panel.preview_label.isVisibleTo(window)
    assert all(box.isChecked() for box in panel.check_widgets.values())
    panel.note_edit.setText("Vu avec Marc, associé.")
    panel.move_button.click()
    assert stage_of(db, episode) == "listen"
    assert panel.result_label.text() == "Now at 2 · Listen."
    assert wf.get_episode_view(db, episode).timeline[-1].notes == "Vu avec Marc, associé."
    # Unticking is a change too.
    window.refresh()
    assert [box.isChecked() for box in panel.check_widgets.values()] == [False, False, False]


def test_skipping_stages_warns_and_going_back_is_allowed(
    qtbot: QtBot, db: Database, language: Language
) -> None:
    episode = log(db, pizzeria(db))
    window = open_window(qtbot, db, episode)
    panel = window.playbook
    assert not panel.back_button.isEnabled()  # nothing before prepare
    # Pick "explain" on the stepper with the keyboard.
    panel.stepper.setFocus()
    for _ in range(3):
        qtbot.keyClick(panel.stepper, Qt.Key.Key_Right)
    qtbot.keyClick(panel.stepper, Qt.Key.Key_Return)
    assert panel.target() is EpisodeStage.EXPLAIN
    preview = panel.preview_label.text()
    for skipped in (EpisodeStage.LISTEN, EpisodeStage.ACKNOWLEDGE):
        assert skipped.label() in preview
    panel.move_button.click()
    assert stage_of(db, episode) == "explain"
    result = panel.result_label.text()
    assert EpisodeStage.LISTEN.label() in result and EpisodeStage.ACKNOWLEDGE.label() in result

    assert panel.back_button.isEnabled()
    panel.back_button.click()
    assert stage_of(db, episode) == "acknowledge"
    assert panel.result_label.text().count("\n") == 0  # going back warns of nothing


def test_an_apology_by_email_warns_when_leaving_acknowledge(
    qtbot: QtBot, db: Database, english: None
) -> None:
    episode = log(db, pizzeria(db))
    wf.advance(db, episode, "acknowledge")
    window = open_window(qtbot, db, episode)
    dialog = window.open_event(None)
    assert isinstance(dialog, EventDialog)
    dialog.set_kind("apology")
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("email"))
    type_text(dialog.notes_edit, "Je suis désolé : la pizza est arrivée froide, c'est mon erreur.")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert "email" in window.playbook.preview_label.text()
    window.playbook.move_button.click()
    assert "acknowledged by email" in window.playbook.result_label.text()


def test_a_client_turning_personal_asks_for_a_mediator(
    qtbot: QtBot, db: Database, english: None
) -> None:
    episode = log(db, pizzeria(db), emotion="personal")
    wf.advance(db, episode, "co_build")
    window = open_window(qtbot, db, episode)
    panel = window.playbook
    assert panel.mediator_frame.isVisibleTo(window)
    assert "Never enter into conflict" in panel.mediator_hint.text()
    consider = playbook.PlaybookWarning(playbook.WarningKind.MEDIATOR).text()
    assert consider in panel.preview_label.text()
    assert not panel.mediator_save.isEnabled()
    panel.mediator_check.setChecked(True)
    type_text(panel.mediator_note, "Maître Roux, médiatrice du CMAP.")
    assert panel.mediator_save.isEnabled()
    panel.mediator_save.click()
    facts = wf.get_episode_view(db, episode).facts
    assert facts.mediator_needed
    assert facts.mediator_note == "Maître Roux, médiatrice du CMAP."
    assert consider not in panel.preview_label.text()


def test_timeline_events_are_added_edited_and_deleted(
    qtbot: QtBot, db: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    episode = log(db, pizzeria(db))
    window = open_window(qtbot, db, episode)
    timeline = window.timeline
    assert timeline.list.count() == 0
    assert not timeline.edit_button.isEnabled()

    dialog = window.open_event(None)
    assert isinstance(dialog, EventDialog)
    dialog.set_kind("call")
    type_text(dialog.notes_edit, "Appelé Luigi : il attend un geste.")
    dialog.next_due.set_value(TODAY + timedelta(days=2))
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert timeline.list.count() == 1
    assert "Appelé Luigi" in timeline.list.item(0).text()
    assert "next step due" in timeline.list.item(0).text()
    view = wf.get_episode_view(db, episode, today=TODAY)
    assert view.next_due_on == TODAY + timedelta(days=2)

    # Edit: Enter on the line opens it.
    timeline.list.setCurrentRow(0)
    with qtbot.waitSignal(timeline.edit_requested):
        timeline.list.itemActivated.emit(timeline.list.item(0))
    editor = [d for d in window.findChildren(EventDialog) if d.entry() is not None][-1]
    assert editor.notes_edit.toPlainText() == "Appelé Luigi : il attend un geste."
    editor.notes_edit.selectAll()
    type_text(editor.notes_edit, "Appelé Luigi.")
    editor.next_due.set_value(None)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    view = wf.get_episode_view(db, episode, today=TODAY)
    assert [entry.notes for entry in view.timeline] == ["Appelé Luigi."]
    assert view.next_due_on is None

    # Delete, after a question whose safe answer keeps it.
    monkeypatch.setattr(messages, "confirm", lambda *_args: False)
    timeline.delete_button.click()
    assert len(wf.get_episode_view(db, episode).timeline) == 1
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    qtbot.keyClick(timeline.list, Qt.Key.Key_Delete)
    assert wf.get_episode_view(db, episode).timeline == ()
    assert timeline.list.count() == 0


def test_a_bad_event_names_its_field(qtbot: QtBot, db: Database, english: None) -> None:
    episode = log(db, pizzeria(db))
    window = open_window(qtbot, db, episode)
    dialog = window.open_event(None)
    assert isinstance(dialog, EventDialog)
    dialog.notes_edit.setPlainText("x" * 100_001)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.notes_edit.property("invalid")
    assert wf.get_episode_view(db, episode).timeline == ()


def test_the_apology_gets_sincerity_remarks(qtbot: QtBot, db: Database, english: None) -> None:
    episode = log(db, pizzeria(db, language="fr"))
    window = open_window(qtbot, db, episode)
    dialog = window.open_event(None)
    assert isinstance(dialog, EventDialog)
    assert not dialog.remarks.isVisibleTo(dialog)
    dialog.set_kind("apology")
    assert dialog.remarks.isVisibleTo(dialog)
    assert dialog.remarks.language() is Language.FR  # the client's
    with qtbot.waitSignal(dialog.remarks.checked, timeout=3000):
        type_text(dialog.notes_edit, "Veuillez nous excuser pour la gêne occasionnée.")
    assert "stock" in dialog.remarks.kinds()
    assert dialog.notes_edit.extraSelections()


def test_a_meeting_held_for_the_episode_opens_from_the_timeline(
    qtbot: QtBot, db: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consultant_desk.ui.meetings import prompts

    monkeypatch.setattr(prompts, "ask_restore_draft", lambda *_args: False)
    engagement = pizzeria(db)
    episode = log(db, engagement)
    meeting = create_meeting(
        db,
        MeetingData(
            engagement_id=engagement,
            episode_id=episode,
            held_at=SURFACED + timedelta(days=1),
            points_discussed="La tournée du soir",
        ),
    ).id
    window = open_window(qtbot, db, episode)
    timeline = window.timeline
    assert timeline.list.count() == 1
    assert "La tournée du soir" in timeline.list.item(0).text()
    assert timeline.edit_button.text() == "&Open the meeting"
    assert not timeline.delete_button.isEnabled()
    timeline.list.setCurrentRow(0)
    timeline.edit_button.click()
    dialogs = window.findChildren(MeetingDialog)
    assert len(dialogs) == 1
    assert dialogs[0]._meeting_id == meeting
    dialogs[0].reject()


def test_close_without_confirmation_then_reopen(
    qtbot: QtBot, db: Database, language: Language
) -> None:
    episode = log(db, pizzeria(db))
    wf.advance(db, episode, "learn")
    window = open_window(qtbot, db, episode)
    window.playbook.close_button.click()
    dialog = window.findChildren(ClosingDialog)[0]
    assert dialog.outcome() == UNCONFIRMED
    assert dialog.warning.isVisibleTo(dialog)  # it warns before, and does not block
    type_text(dialog.resolution_edit, "Tournée refaite, pizzas offertes.")
    dialog.satisfaction_combo.setCurrentIndex(dialog.satisfaction_combo.findData(4))
    type_text(dialog.lessons_edit, "Prévenir dès le premier retard.")
    type_text(dialog.preventive_edit, "Un SMS au client à 20 minutes de retard.")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    view = wf.get_episode_view(db, episode)
    assert view.closed and view.client_confirmed_on is None
    assert (view.satisfaction, view.lessons) == (4, "Prévenir dès le premier retard.")
    assert view.preventive_measure == "Un SMS au client à 20 minutes de retard."
    unconfirmed = playbook.PlaybookWarning(playbook.WarningKind.UNCONFIRMED).text()
    assert unconfirmed in window.playbook.result_label.text()
    assert window.playbook.reopen_button.isVisible()
    assert not window.playbook.move_button.isVisible()

    window.playbook.reopen_button.click()  # one action
    view = wf.get_episode_view(db, episode)
    assert view.stage == "learn"
    assert view.timeline[-1].kind == "reopening"
    assert not window.playbook.reopen_button.isVisible()


def test_closing_confirmed_or_with_the_contracts_recourse(
    qtbot: QtBot, db: Database, english: None
) -> None:
    episode = log(db, pizzeria(db))
    window = open_window(qtbot, db, episode)
    dialog = window.open_closing()
    assert isinstance(dialog, ClosingDialog)
    dialog.set_outcome(NOT_ACCEPTED)
    assert dialog.recourse_edit.isVisibleTo(dialog)
    assert "CMAP, Paris" in dialog.recourse_edit.toPlainText()  # the contract's mediation
    dialog.set_outcome(0)
    assert not dialog.warning.isVisibleTo(dialog)
    assert dialog.confirmed_on.isEnabled()
    dialog.confirmed_on.setDate(dialog.confirmed_on.date().fromString("2026-03-10", "yyyy-MM-dd"))
    dialog.confirmation_channel.setCurrentIndex(dialog.confirmation_channel.findData("in_person"))
    type_text(dialog.resolution_edit, "Remboursé.")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    view = wf.get_episode_view(db, episode)
    assert str(view.client_confirmed_on) == "2026-03-10"
    assert view.confirmation_channel == "in_person"
    assert view.recourse == ""
    assert "confirmed on" in window.due_label.text()


def test_two_users_editing_one_episode(
    qtbot: QtBot, db: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    episode = log(db, pizzeria(db))
    mine = open_window(qtbot, db, episode)
    theirs = open_window(qtbot, db, episode)
    theirs.playbook.move_button.click()
    assert stage_of(db, episode) == "listen"

    mine.playbook.move_button.click()  # made from a stale view: refused
    assert stage_of(db, episode) == "listen"
    assert mine.problem_label.isVisible()
    assert "make your change again" in mine.problem_label.text()
    assert mine.view() is not None and mine.view().stage == "listen"  # shown as it is now

    # The timeline too: an event added from a stale view is refused, the typing kept.
    dialog = mine.open_event(None)
    assert isinstance(dialog, EventDialog)
    theirs.refresh()
    theirs.playbook.move_button.click()
    type_text(dialog.notes_edit, "Rappelé.")
    refused: list[str] = []
    monkeypatch.setattr(
        messages, "ask_reload", lambda _parent, error: bool(refused.append(error.text()))
    )
    dialog.save_button.click()
    assert refused
    assert dialog.isVisible() and dialog.notes_edit.toPlainText() == "Rappelé."
    assert wf.get_episode_view(db, episode).timeline[-1].kind == "stage"


def test_the_window_shows_when_the_episode_is_due(
    qtbot: QtBot, db: Database, language: Language
) -> None:
    episode = log(db, pizzeria(db), severity="critical")  # due the next working day
    window = open_window(qtbot, db, episode)
    view = window.view()
    assert view is not None and view.overdue
    overdue = "En retard" if language is Language.FR else "Overdue"
    assert overdue in window.due_label.text()
    assert window.windowTitle().endswith("Pizzeria Nova — M-2026-009")
