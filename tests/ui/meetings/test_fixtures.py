"""Helpers the meeting and document tests share (this module holds no test of its own)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from consultant_desk.domain.signature import Signature
from consultant_desk.services.profile import ProfileData, update_profile
from consultant_desk.store.database import Database
from consultant_desk.ui.meetings import prompts
from consultant_desk.ui.meetings.dialog import MeetingDialog
from consultant_desk.ui.meetings.rows_editor import RowsEditor
from tests.ui.ui_support import add_client, add_engagement, type_text

CLIENT_WORDS = "On attendait un rapport juste ; on a reçu des chiffres faux, c’est inacceptable."


def lefevre(db: Database) -> tuple[int, int]:
    """A French-speaking client and one of its engagements: (client id, engagement id)."""
    update_profile(db, ProfileData(name="Claire Dubois", company="Dubois Conseil", city="Lyon"))
    client = add_client(db, "Boulangerie Lefèvre", contacts=["Hélène Lefèvre"])
    engagement = add_engagement(db, client, "M-2026-001", "Refonte de la facturation")
    return client, engagement


def open_dialog(
    qtbot: QtBot,
    db: Database,
    meeting_id: int | None = None,
    *,
    engagement_id: int | None = None,
) -> MeetingDialog:
    dialog = MeetingDialog(db, meeting_id, engagement_id=engagement_id)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    # Focus (and so committing a cell when leaving it) only works in the active window.
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def cell_editor(editor: RowsEditor, row: int, column: int) -> QWidget:
    """Open the cell for typing and return the widget that edits it."""
    editor.focus_cell(row, column)
    widget = editor.table.indexWidget(editor.table.model().index(row, column, QModelIndex()))
    assert widget is not None, "the cell did not open for editing"
    return widget


def type_in_cell(editor: RowsEditor, row: int, column: int, text: str) -> None:
    widget = cell_editor(editor, row, column)
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    type_text(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)
    settle()


def pick_date(editor: RowsEditor, row: int, column: int, day: QDate) -> None:
    widget = cell_editor(editor, row, column)
    assert isinstance(widget, QDateEdit)
    widget.setDate(day)
    QTest.keyClick(widget, Qt.Key.Key_Return)
    settle()


def settle() -> None:
    """Let Qt delete the closed cell editors, as its event loop does between two keys."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def drawn(signer: str) -> Signature:
    return Signature(
        width=600.0,
        height=200.0,
        strokes=(((40.0, 150.0), (120.0, 60.0), (200.0, 140.0), (320.0, 70.0)),),
        signer=signer,
        signed_at=datetime(2026, 3, 12, 15, 0, tzinfo=UTC),
    )


def answer_prompts(
    monkeypatch: pytest.MonkeyPatch,
    *,
    restore: bool = True,
    close: prompts.CloseChoice = prompts.CloseChoice.KEEP_DRAFT,
    sign: bool = True,
) -> dict[str, list[object]]:
    """Stand in for the dialog's questions; returns what was asked."""
    asked: dict[str, list[object]] = {"restore": [], "close": [], "sign": []}

    def ask_restore(_parent: object, when: str, informative: str) -> bool:
        asked["restore"].append((when, informative))
        return restore

    def ask_close(_parent: object) -> prompts.CloseChoice:
        asked["close"].append(True)
        return close

    def confirm(_parent: object) -> bool:
        asked["sign"].append(True)
        return sign

    monkeypatch.setattr(prompts, "ask_restore_draft", ask_restore)
    monkeypatch.setattr(prompts, "ask_close_unsaved", ask_close)
    monkeypatch.setattr(prompts, "confirm_signing", confirm)
    return asked
