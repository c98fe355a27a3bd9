"""The sincerity remarks beside a text: debounced, underlining, never touching the text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from consultant_desk.domain import sincerity
from consultant_desk.domain.language import Language
from consultant_desk.store.database import Database
from consultant_desk.ui.widgets.sincerity_remarks import SincerityRemarks, utf16_offset
from tests.ui.ui_support import add_client, add_engagement, type_text, ui_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

STOCK_FR = "Veuillez nous excuser pour la gêne occasionnée."
STOCK_EN = "We apologize for any inconvenience."


@pytest.fixture(params=[Language.EN, Language.FR], ids=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[Language]:
    with ui_language(request.param):
        yield request.param


def make(qtbot: QtBot, editor: QTextEdit | QPlainTextEdit, language: Language) -> SincerityRemarks:
    qtbot.addWidget(editor)
    remarks = SincerityRemarks(editor, language)
    qtbot.addWidget(remarks)
    editor.show()
    remarks.show()
    return remarks


def test_typing_is_checked_after_a_pause_and_underlined(qtbot: QtBot, language: Language) -> None:
    editor = QPlainTextEdit()
    remarks = make(qtbot, editor, Language.FR)
    assert remarks.remarks() == []
    type_text(editor, STOCK_FR)
    # Nothing while typing: the check waits for a pause.
    assert remarks.timer.isActive()
    assert remarks.remarks() == []
    with qtbot.waitSignal(remarks.checked, timeout=3000):
        pass
    expected = sincerity.check(STOCK_FR, Language.FR)
    assert remarks.kinds() == [remark.kind.value for remark in expected]
    assert "stock" in remarks.kinds()
    assert remarks.list.count() == len(expected)
    assert "gêne occasionnée" in remarks.list.item(remarks.kinds().index("stock")).text()
    underlines = editor.extraSelections()
    assert len(underlines) == len(expected)
    assert underlines[0].format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    # The text and its undo history are the user's alone.
    assert editor.toPlainText() == STOCK_FR
    assert editor.document().isUndoAvailable()


def test_a_clean_message_raises_nothing(qtbot: QtBot, language: Language) -> None:
    editor = QTextEdit()
    remarks = make(qtbot, editor, Language.EN)
    clean = (
        "I am sorry: the report reached you three days late, and that was my mistake. "
        "You will have the full version on Friday 13 March before noon, and I will call "
        "you that afternoon to go through it."
    )
    assert sincerity.check(clean, Language.EN) == []
    editor.setPlainText(clean)
    remarks.check_now()
    assert remarks.remarks() == []
    assert editor.extraSelections() == []
    assert remarks.summary.text() == (
        "Rien à signaler." if language is Language.FR else "Nothing to remark."
    )


def test_the_message_language_can_be_changed(qtbot: QtBot, language: Language) -> None:
    editor = QPlainTextEdit()
    remarks = make(qtbot, editor, Language.FR)
    editor.setPlainText(STOCK_EN)
    remarks.check_now()
    french = remarks.kinds()
    remarks.language_combo.setCurrentIndex(remarks.language_combo.findData("en"))
    assert remarks.language() is Language.EN
    assert "stock" in remarks.kinds()
    assert "stock" not in french


def test_clicking_a_remark_selects_its_span(qtbot: QtBot, language: Language) -> None:
    editor = QPlainTextEdit()
    remarks = make(qtbot, editor, Language.FR)
    text = "🍕 " + STOCK_FR  # a character outside the BMP before the span
    editor.setPlainText(text)
    remarks.check_now()
    index = remarks.kinds().index("stock")
    remark = remarks.remarks()[index]
    remarks.list.itemClicked.emit(remarks.list.item(index))
    cursor = editor.textCursor()
    assert cursor.selectionStart() == utf16_offset(text, remark.start)
    assert cursor.selectedText() == remark.span(text)


def test_the_meeting_dialogs_acknowledgement_gets_remarks(qtbot: QtBot, db: Database) -> None:
    from consultant_desk.ui.meetings.dialog import MeetingDialog

    client = add_client(db, "Thornbury Logistics", language="en")
    engagement = add_engagement(db, client, "M-2026-003", "Warehouse review")
    dialog = MeetingDialog(db, engagement_id=engagement)
    qtbot.addWidget(dialog)
    remarks = dialog.fields.acknowledged_remarks
    assert remarks.language() is Language.EN  # the client's
    dialog.fields.acknowledged_edit.setPlainText(STOCK_EN)
    remarks.check_now()
    assert "stock" in remarks.kinds()
    assert dialog.fields.acknowledged_edit.toPlainText() == STOCK_EN
