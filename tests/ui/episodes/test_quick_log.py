"""The quick log: an episode logged with the keyboard alone, and its facts edited later."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from consultant_desk.domain.language import Language
from consultant_desk.services import episode_workflow as wf
from consultant_desk.store.database import Database
from consultant_desk.ui import messages
from consultant_desk.ui.episodes.due_settings import write_ack_days
from consultant_desk.ui.episodes.quick_log import QuickLogDialog
from tests.ui.episodes.workflow_support import SURFACED, log, pizzeria
from tests.ui.ui_support import add_client, add_engagement, type_text, ui_language

# The offscreen platform cannot raise a window nor grab the keyboard (the completer's list).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_dialog(qtbot: QtBot, dialog: QuickLogDialog) -> QuickLogDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def press(
    qtbot: QtBot,
    dialog: QuickLogDialog,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key to whatever has the focus in the dialog (or its completer's list)."""
    popup = dialog.completer.popup()
    widget = popup if popup.isVisible() else dialog.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_log_an_episode_with_the_keyboard_alone(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    engagement = pizzeria(db)
    other = add_client(db, "Boulangerie Lefèvre")
    add_engagement(db, other, "M-2026-010", "Refonte de la caisse")
    dialog = open_dialog(qtbot, QuickLogDialog(db, settings=settings))
    assert dialog.focusWidget() is dialog.engagement_edit

    # A few letters of the client's name find the engagement.
    qtbot.keyClicks(dialog.engagement_edit, "nova")
    assert dialog.engagement_id() == engagement
    assert "M-2026-009" in dialog.engagement_hint.text()
    assert dialog.completer.popup().isVisible()
    press(qtbot, dialog, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert (
        dialog.engagement_edit.text()
        == "Pizzeria Nova — M-2026-009 — Refonte du service de livraison"
    )
    assert dialog.isVisible()  # choosing in the list does not save

    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.when_edit  # now, by default
    press(qtbot, dialog, Qt.Key.Key_Tab)  # one Tab crosses the date and time
    assert dialog.focusWidget() is dialog.channel_combo
    press(qtbot, dialog, Qt.Key.Key_Up)  # from phone to in person
    assert dialog.channel_combo.currentData() == "in_person"
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.spoke_edit
    qtbot.keyClicks(dialog.spoke_edit, "Luigi Nova (owner)")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.categories
    press(qtbot, dialog, Qt.Key.Key_Right)  # delay
    press(qtbot, dialog, Qt.Key.Key_Space)
    for _ in range(7):
        press(qtbot, dialog, Qt.Key.Key_Right)  # behaviour, the last one
    press(qtbot, dialog, Qt.Key.Key_Space)
    assert dialog.checked_categories() == ("delay", "behaviour")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.words_edit
    type_text(dialog.words_edit, "Livrée en retard et froide.")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.severity_combo
    press(qtbot, dialog, Qt.Key.Key_Down)  # medium to high
    with qtbot.waitSignal(dialog.saved) as saved:
        press(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    view = wf.get_episode_view(db, saved.args[0])
    assert view.engagement_id == engagement
    assert view.facts.categories == ("delay", "behaviour")
    assert view.facts.channel == "in_person"
    assert view.facts.spoke == "Luigi Nova (owner)"
    assert view.facts.client_words == "Livrée en retard et froide."
    assert view.facts.severity == "high"
    assert view.stage == "prepare"
    assert not dialog.isVisible()


def test_the_optional_part_picks_a_clause_of_the_signed_terms(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    engagement = pizzeria(db)
    dialog = open_dialog(qtbot, QuickLogDialog(db, engagement_id=engagement, settings=settings))
    assert not dialog.details_shown()
    assert dialog.focusWidget() is dialog.words_edit  # the engagement is known
    # Alt+M opens it (the offscreen platform does not deliver mnemonics: Space on it here).
    assert QKeySequence.mnemonic(dialog.details_button.text()).toString() == "Alt+M"
    dialog.details_button.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Space)
    assert dialog.details_shown()
    assert dialog.terms_list.count() == 3
    assert "Formation des équipes en cuisine" in dialog.terms_list.item(1).text()
    dialog.terms_list.setCurrentRow(2)
    dialog.terms_list.itemActivated.emit(dialog.terms_list.item(2))
    assert dialog.clause_combo.currentData() == "Jalon 1 — Nouvelle tournée"

    dialog.categories.item(1).setCheckState(Qt.CheckState.Checked)
    type_text(dialog.expected_edit, "Une pizza chaude en 30 minutes.")
    type_text(dialog.obtained_edit, "Froide, en 55 minutes.")
    dialog.emotion_combo.setCurrentIndex(dialog.emotion_combo.findData("angry"))
    dialog.intensity_spin.setValue(4)
    type_text(dialog.remedy_edit, "Être remboursé.")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    facts = wf.get_episode_view(db, saved.args[0]).facts
    assert facts.clause_ref == "Jalon 1 — Nouvelle tournée"
    assert (facts.expected, facts.obtained) == (
        "Une pizza chaude en 30 minutes.",
        "Froide, en 55 minutes.",
    )
    assert (facts.emotion, facts.intensity) == ("angry", 4)
    assert facts.remedy_requested == "Être remboursé."


def test_missing_engagement_and_category_are_named(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    pizzeria(db)
    dialog = open_dialog(qtbot, QuickLogDialog(db, settings=settings))
    qtbot.keyClicks(dialog.engagement_edit, "nobody")
    assert dialog.engagement_id() is None
    assert dialog.engagement_hint.text() == "No single engagement matches yet."
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.engagement_edit.property("invalid")
    assert dialog.focusWidget() is dialog.engagement_edit
    assert dialog.errors.label.text()

    dialog.engagement_edit.setText("nova")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.categories.property("invalid")  # no category ticked
    assert dialog.engagement_edit.text() == "nova"  # nothing typed is lost


def test_the_acknowledgement_delay_comes_from_the_settings(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    engagement = pizzeria(db)
    write_ack_days(settings, {"high": 10})
    dialog = open_dialog(qtbot, QuickLogDialog(db, engagement_id=engagement, settings=settings))
    dialog.when_edit.setDateTime(
        dialog.when_edit.dateTime().fromSecsSinceEpoch(int(SURFACED.timestamp()))
    )
    dialog.categories.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.severity_combo.setCurrentIndex(dialog.severity_combo.findData("high"))
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    view = wf.get_episode_view(db, saved.args[0])
    # Friday 6 March plus ten working days: Friday 20 March.
    assert str(view.ack_due_on) == "2026-03-20"


def test_edit_the_facts_and_two_users_editing_one_episode(
    qtbot: QtBot, db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    engagement = pizzeria(db)
    episode = log(db, engagement)
    mine = open_dialog(qtbot, QuickLogDialog(db, episode, settings=settings))
    theirs = open_dialog(qtbot, QuickLogDialog(db, episode, settings=settings))
    assert mine.details_shown()
    assert mine.checked_categories() == ("delay", "behaviour")
    assert (
        mine.words_edit.toPlainText() == "Livrée en retard et froide, et le livreur s'en moquait."
    )

    theirs.spoke_edit.setText("Luigi")
    with qtbot.waitSignal(theirs.saved):
        theirs.save_button.click()

    asked: list[str] = []
    monkeypatch.setattr(
        messages, "ask_reload", lambda _parent, error: bool(asked.append(error.text()))
    )
    mine.severity_combo.setCurrentIndex(mine.severity_combo.findData("critical"))
    mine.save_button.click()
    assert mine.isVisible()  # refused, the typing kept
    assert mine.severity_combo.currentData() == "critical"
    assert len(asked) == 1 and "spoke" in asked[0]  # it names what the other one changed
    assert wf.get_episode_view(db, episode).facts.severity == "high"
    assert wf.get_episode_view(db, episode).facts.spoke == "Luigi"


def test_the_quick_log_speaks_french(qtbot: QtBot, db: Database, settings: QSettings) -> None:
    pizzeria(db)
    with ui_language(Language.FR):
        dialog = open_dialog(qtbot, QuickLogDialog(db, settings=settings))
        assert dialog.windowTitle() == "Nouvel épisode"
        assert dialog.engagement_label.text() == "&Mission"
        assert dialog.categories.item(1).text() == "Délais"
        assert dialog.clause_combo.itemText(0) == "Aucune"
