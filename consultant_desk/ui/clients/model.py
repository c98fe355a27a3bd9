"""The client list as a Qt table model, fed by ``services.clients.list_clients``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt

from consultant_desk.services.clients import ClientRow
from consultant_desk.ui.formatting import format_count
from consultant_desk.ui.framework.record_model import RecordTableModel, SortKey
from consultant_desk.ui.text_folding import fold

COL_NAME = 0
COL_LANGUAGE = 1
COL_EMAIL = 2
COL_PHONE = 3
COL_ENGAGEMENTS = 4


class ClientTableModel(RecordTableModel[ClientRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Language"),
            self.tr("Email"),
            self.tr("Phone"),
            self.tr("Engagements"),
        ]

    def language_label(self, code: str) -> str:
        return {"fr": self.tr("French"), "en": self.tr("English")}.get(code, code)

    def display_values(self, record: ClientRow) -> tuple[str, ...]:
        return (
            record.name,
            self.language_label(record.language),
            record.email,
            record.phone,
            format_count(record.engagements),
        )

    def sort_values(self, record: ClientRow, display: tuple[str, ...]) -> tuple[SortKey, ...]:
        return (
            fold(record.name),
            fold(display[COL_LANGUAGE]),
            fold(record.email),
            # Phone numbers sort on their digits, whatever the spacing people typed.
            "".join(ch for ch in record.phone if ch.isdigit()),
            record.engagements,
        )

    def search_values(self, record: ClientRow, display: tuple[str, ...]) -> Sequence[str]:
        return (record.name, record.email, record.phone)

    def column_alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column == COL_ENGAGEMENTS:
            return Qt.AlignmentFlag.AlignRight
        return None
