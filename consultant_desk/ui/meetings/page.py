"""The Meetings page: every meeting with a client, searchable, and the meeting dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from consultant_desk.services.meeting_list import MeetingRow, meeting_rows
from consultant_desk.store.database import Database
from consultant_desk.ui.formatting import arg, format_count
from consultant_desk.ui.framework.list_page import RecordListPage
from consultant_desk.ui.framework.record_dialog import RecordDialog
from consultant_desk.ui.meetings.detail import MeetingDetailPane
from consultant_desk.ui.meetings.dialog import MeetingDialog
from consultant_desk.ui.meetings.model import (
    COL_ACTIONS,
    COL_CLIENT,
    COL_DATE,
    COL_ENGAGEMENT,
    COL_MODE,
    COL_SIGNED,
    MeetingTableModel,
)
from consultant_desk.ui.shortcuts import Keys, shortcut_text

NEW_MEETING_KEYS = Keys(None, ("Ctrl+M",))
# What a saved PDF tells the other pages (the Documents page reloads on it).
DOCUMENT_KIND = "document"


class MeetingsPage(RecordListPage[MeetingRow]):
    kind = "meeting"
    # The meeting pane keeps its width when the window grows: the list takes the room.
    detail_stretch = 0

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, MeetingTableModel(), parent)
        # Meetings are never archived: no "show archived", no Archive action.
        self.show_archived.hide()
        self.new_action: QAction | None = None

        self.setup_columns(
            {
                COL_DATE: self.text_width("30 sept. 2026 00:00"),
                COL_CLIENT: 170,
                COL_MODE: self.text_width("Visioconférence"),
                COL_SIGNED: self.text_width("Signé"),
                COL_ACTIONS: self.text_width("Actions"),
            },
            flexible=COL_ENGAGEMENT,
            minimum=200,
        )
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.retranslate()

    # -- RecordListPage hooks ------------------------------------------------------------------

    def load_records(self, include_archived: bool) -> list[MeetingRow]:
        return meeting_rows(self.db)

    def make_detail(self) -> MeetingDetailPane:
        return MeetingDetailPane(self.db, self)

    def make_editor(self, record_id: int | None, **options: Any) -> MeetingDialog:
        return MeetingDialog(
            self.db, record_id, engagement_id=options.get("engagement_id"), parent=self.window()
        )

    def can_archive(self) -> bool:
        return False

    def set_archived(self, record_id: int, archived: bool) -> None:
        raise NotImplementedError("meetings are not archived")

    def confirm_archive(self, record: MeetingRow) -> bool:
        return False

    def empty_text(self) -> str:
        return arg(
            self.tr(
                "No meeting recorded yet.\nRecord one with File › New meeting (%1), "
                "before, during or right after you meet the client."
            ),
            shortcut_text(NEW_MEETING_KEYS),
        )

    def no_match_text(self) -> str:
        return self.tr("No meeting matches this search.")

    def select_text(self) -> str:
        return self.tr("Select a meeting to see what was said and agreed.")

    def status_text(self) -> str:
        total = self.model.rowCount()
        if self.proxy.filtering:
            return arg(
                self.tr("%1 of %Ln meeting(s) shown", "", total),
                format_count(self.proxy.rowCount()),
            )
        return self.tr("%Ln meeting(s)", "", total)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search date, engagement, client, mode or place"))
        self.new_button.setText(self.tr("New meeting…"))
        self.new_button.setToolTip(shortcut_text(NEW_MEETING_KEYS))
        if self.new_action is not None:
            self.new_action.setText(self.tr("New &meeting…"))
        super().retranslate()

    # -- dialogs ---------------------------------------------------------------------------------

    def open_dialog(self, dialog: RecordDialog) -> RecordDialog:
        super().open_dialog(dialog)
        if isinstance(dialog, MeetingDialog):
            dialog.document_saved.connect(self._on_document_saved)
            # Unsaved notes from last time come first, before anyone types.
            dialog.offer_draft()
        return dialog

    def _on_document_saved(self, _path: object) -> None:
        self.records_changed.emit(DOCUMENT_KIND)
