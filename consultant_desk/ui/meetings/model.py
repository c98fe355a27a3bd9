"""The meeting list as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt

from consultant_desk.domain.enums import MeetingMode
from consultant_desk.services.meeting_list import MeetingRow
from consultant_desk.ui.formatting import format_count
from consultant_desk.ui.framework.record_model import RecordTableModel, SortKey
from consultant_desk.ui.meetings.when import format_local_datetime
from consultant_desk.ui.text_folding import fold

COL_DATE = 0
COL_ENGAGEMENT = 1
COL_CLIENT = 2
COL_MODE = 3
COL_SIGNED = 4
COL_ACTIONS = 5

CHECK_MARK = "✓"


def mode_label(value: str) -> str:
    try:
        return MeetingMode(value).label()
    except ValueError:
        return value


class MeetingTableModel(RecordTableModel[MeetingRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Engagement"),
            self.tr("Client"),
            self.tr("Mode"),
            self.tr("Signed"),
            self.tr("Actions"),
        ]

    def display_values(self, record: MeetingRow) -> tuple[str, ...]:
        return (
            format_local_datetime(record.held_at),
            f"{record.engagement_reference} — {record.engagement_title}",
            record.client_name,
            mode_label(record.mode),
            CHECK_MARK if record.signed else "",
            format_count(record.action_items) if record.action_items else "",
        )

    def sort_values(self, record: MeetingRow, display: tuple[str, ...]) -> tuple[SortKey, ...]:
        return (
            int(record.held_at.timestamp()),
            fold(display[COL_ENGAGEMENT]),
            fold(record.client_name),
            fold(display[COL_MODE]),
            (1 if record.consultant_signed else 0) + (1 if record.client_signed else 0),
            record.action_items,
        )

    def search_values(self, record: MeetingRow, display: tuple[str, ...]) -> Sequence[str]:
        return (*display[COL_DATE : COL_MODE + 1], record.place)

    def column_alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column == COL_SIGNED:
            return Qt.AlignmentFlag.AlignHCenter
        if column == COL_ACTIONS:
            return Qt.AlignmentFlag.AlignRight
        return None
