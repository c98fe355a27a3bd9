"""The engagement list as a Qt table model, fed by ``services.engagements.list_engagements``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt

from consultant_desk.domain.enums import EngagementStatus
from consultant_desk.services.engagements import EngagementRow
from consultant_desk.ui.formatting import format_count, format_date
from consultant_desk.ui.framework.record_model import RecordTableModel, SortKey
from consultant_desk.ui.text_folding import fold

COL_REFERENCE = 0
COL_TITLE = 1
COL_CLIENT = 2
COL_STATUS = 3
COL_START = 4
COL_END = 5
COL_EPISODES = 6

# Sorting by status follows the life of a mission, not the alphabet of one language.
_STATUS_ORDER = {status.value: position for position, status in enumerate(EngagementStatus)}


def status_label(value: str) -> str:
    try:
        return EngagementStatus(value).label()
    except ValueError:
        return value


class EngagementTableModel(RecordTableModel[EngagementRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Title"),
            self.tr("Client"),
            self.tr("Status"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Episodes"),
        ]

    def display_values(self, record: EngagementRow) -> tuple[str, ...]:
        return (
            record.reference,
            record.title,
            record.client_name,
            status_label(record.status),
            format_date(record.start_date),
            format_date(record.end_date),
            format_count(record.episodes) if record.episodes else "",
        )

    def sort_values(self, record: EngagementRow, display: tuple[str, ...]) -> tuple[SortKey, ...]:
        return (
            fold(record.reference),
            fold(record.title),
            fold(record.client_name),
            _STATUS_ORDER.get(record.status, len(_STATUS_ORDER)),
            # Unset dates sort before every real date: 0 is no date's ordinal.
            record.start_date.toordinal() if record.start_date else 0,
            record.end_date.toordinal() if record.end_date else 0,
            record.episodes,
        )

    def search_values(self, record: EngagementRow, display: tuple[str, ...]) -> Sequence[str]:
        return display[COL_REFERENCE : COL_STATUS + 1]

    def column_alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column == COL_EPISODES:
            return Qt.AlignmentFlag.AlignRight
        return None
