"""The document register as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from consultant_desk.domain.enums import DocumentKind
from consultant_desk.services.document_list import DocumentRow
from consultant_desk.ui.formatting import arg, format_count
from consultant_desk.ui.framework.record_model import ModelIndex, RecordTableModel, SortKey
from consultant_desk.ui.text_folding import fold

COL_KIND = 0
COL_ENGAGEMENT = 1
COL_CLIENT = 2
COL_VERSION = 3
COL_LANGUAGE = 4
COL_SIGNED = 5
COL_GENERATED = 6
COL_FILE = 7
COL_SIZE = 8

CHECK_MARK = "✓"
DATE_TIME_FORMAT = "d MMM yyyy HH:mm"


def kind_label(value: str) -> str:
    try:
        return DocumentKind(value).label()
    except ValueError:
        return value


def format_instant(value: datetime) -> str:
    """An instant in local time (the register stores UTC)."""
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(value.timestamp())), DATE_TIME_FORMAT
    )


class DocumentTableModel(RecordTableModel[DocumentRow]):
    def headers(self) -> list[str]:
        return [
            self.tr("Document"),
            self.tr("Engagement"),
            self.tr("Client"),
            self.tr("Version"),
            self.tr("Language"),
            self.tr("Signed"),
            self.tr("Produced"),
            self.tr("File"),
            self.tr("Size"),
        ]

    def language_name(self, code: str) -> str:
        return {"fr": self.tr("French"), "en": self.tr("English")}.get(code, code)

    def display_values(self, record: DocumentRow) -> tuple[str, ...]:
        return (
            kind_label(record.kind),
            record.engagement_reference,
            record.client_name,
            format_count(record.version),
            self.language_name(record.language),
            CHECK_MARK if record.signed else "",
            format_instant(record.generated_at),
            record.path.name,
            QLocale().formattedDataSize(
                record.size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            ),
        )

    def sort_values(self, record: DocumentRow, display: tuple[str, ...]) -> tuple[SortKey, ...]:
        return (
            fold(display[COL_KIND]),
            fold(record.engagement_reference),
            fold(record.client_name),
            record.version,
            fold(display[COL_LANGUAGE]),
            1 if record.signed else 0,
            int(record.generated_at.timestamp()),
            fold(record.path.name),
            record.size,
        )

    def search_values(self, record: DocumentRow, display: tuple[str, ...]) -> Sequence[str]:
        return (*display[COL_KIND : COL_CLIENT + 1], display[COL_GENERATED], str(record.path))

    def column_alignment(self, column: int) -> Qt.AlignmentFlag | None:
        if column in (COL_VERSION, COL_SIZE):
            return Qt.AlignmentFlag.AlignRight
        if column == COL_SIGNED:
            return Qt.AlignmentFlag.AlignHCenter
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            record = self.record(index.row())
            if role == Qt.ItemDataRole.ToolTipRole:
                if not record.exists:
                    return arg(self.tr("The file is no longer at %1"), str(record.path))
                if index.column() == COL_FILE:
                    return str(record.path)
            if role == Qt.ItemDataRole.ForegroundRole and not record.exists:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
        return super().data(index, role)
