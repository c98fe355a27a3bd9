"""The Engagements page: every mission, searchable and filterable by status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from consultant_desk.domain.enums import EngagementStatus
from consultant_desk.domain.language import Language
from consultant_desk.services import engagements as engagement_service
from consultant_desk.services.engagements import EngagementRow
from consultant_desk.store.database import Database
from consultant_desk.ui.engagements.detail import EngagementDetailPane
from consultant_desk.ui.engagements.dialog import EngagementDialog
from consultant_desk.ui.engagements.model import (
    COL_CLIENT,
    COL_END,
    COL_EPISODES,
    COL_REFERENCE,
    COL_START,
    COL_STATUS,
    COL_TITLE,
    EngagementTableModel,
)
from consultant_desk.ui.formatting import arg, format_count
from consultant_desk.ui.framework.list_page import RecordListPage
from consultant_desk.ui.messages import confirm
from consultant_desk.ui.shortcuts import NEW_ENGAGEMENT_KEYS, shortcut_text

STATUS_FILTER = "status"


class EngagementPage(RecordListPage[EngagementRow]):
    kind = "engagement"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, EngagementTableModel(), parent)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem("", None)
        for status in EngagementStatus:
            self.status_combo.addItem("", status.value)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self.filter_bar.insertWidget(1, self.status_combo)

        status_width = max(
            self.text_width(status.label(language))
            for status in EngagementStatus
            for language in Language
        )
        self.setup_columns(
            {
                COL_REFERENCE: self.text_width("M-2026-0000"),
                COL_CLIENT: 160,
                COL_STATUS: status_width,
                COL_START: self.text_width("30 sept. 2026"),
                COL_END: self.text_width("30 sept. 2026"),
                COL_EPISODES: self.text_width("Épisodes"),
            },
            flexible=COL_TITLE,
            minimum=160,
        )
        self.table.sortByColumn(COL_START, Qt.SortOrder.DescendingOrder)
        self.retranslate()

    # -- RecordListPage hooks ------------------------------------------------------------------

    def load_records(self, include_archived: bool) -> list[EngagementRow]:
        return engagement_service.list_engagements(self.db, include_archived=include_archived)

    def make_detail(self) -> EngagementDetailPane:
        return EngagementDetailPane(self.db, self)

    def make_editor(self, record_id: int | None, **options: Any) -> EngagementDialog:
        return EngagementDialog(
            self.db, record_id, client_id=options.get("client_id"), parent=self.window()
        )

    def set_archived(self, record_id: int, archived: bool) -> None:
        engagement_service.set_engagement_archived(self.db, record_id, archived)

    def confirm_archive(self, record: EngagementRow) -> bool:
        return confirm(
            self,
            self.tr("Archive engagement"),
            arg(self.tr("Archive the engagement “%1 — %2”?"), record.reference, record.title),
            self.tr(
                "It leaves the list but nothing is deleted: tick “Show archived” to see it "
                "again and restore it."
            ),
        )

    def empty_text(self) -> str:
        if self.show_archived.isChecked():
            return self.tr("No engagement recorded yet.")
        return arg(
            self.tr("No engagement yet.\nCreate one with File › New engagement (%1)."),
            shortcut_text(NEW_ENGAGEMENT_KEYS),
        )

    def no_match_text(self) -> str:
        return self.tr("No engagement matches this search.")

    def select_text(self) -> str:
        return self.tr("Select an engagement to see its details.")

    def status_text(self) -> str:
        total = self.model.rowCount()
        if self.proxy.filtering:
            return arg(
                self.tr("%1 of %Ln engagement(s) shown", "", total),
                format_count(self.proxy.rowCount()),
            )
        return self.tr("%Ln engagement(s)", "", total)

    def clear_filters(self) -> None:
        super().clear_filters()
        self.status_combo.setCurrentIndex(0)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search reference, title, client or status"))
        self.show_archived.setText(self.tr("Show archived"))
        self.new_button.setText(self.tr("New engagement…"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index in range(1, self.status_combo.count()):
            value = self.status_combo.itemData(index)
            self.status_combo.setItemText(index, EngagementStatus(value).label())
        super().retranslate()

    def _on_status_changed(self, _index: int) -> None:
        wanted = self.status_combo.currentData()

        def has_status(row: EngagementRow) -> bool:
            return row.status == wanted

        self.proxy.set_row_filter(STATUS_FILTER, None if wanted is None else has_status)
        self.after_filter()
