"""The Clients page: organisations, their contacts and their engagements."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from consultant_desk.services import clients as client_service
from consultant_desk.services.clients import ClientRow
from consultant_desk.store.database import Database
from consultant_desk.ui.clients.detail import ClientDetailPane
from consultant_desk.ui.clients.dialog import ClientDialog
from consultant_desk.ui.clients.model import (
    COL_EMAIL,
    COL_ENGAGEMENTS,
    COL_LANGUAGE,
    COL_NAME,
    COL_PHONE,
    ClientTableModel,
)
from consultant_desk.ui.formatting import arg, format_count
from consultant_desk.ui.framework.list_page import RecordListPage
from consultant_desk.ui.messages import confirm
from consultant_desk.ui.shortcuts import NEW_CLIENT_KEYS, shortcut_text


class ClientPage(RecordListPage[ClientRow]):
    kind = "client"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, ClientTableModel(), parent)
        self.setup_columns(
            {
                COL_LANGUAGE: self.text_width("Français"),
                COL_EMAIL: 210,
                COL_PHONE: self.text_width("+33 6 12 34 56 78"),
                COL_ENGAGEMENTS: self.text_width("Engagements"),
            },
            flexible=COL_NAME,
            minimum=180,
        )
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.retranslate()

    def load_records(self, include_archived: bool) -> list[ClientRow]:
        return client_service.list_clients(self.db, include_archived=include_archived)

    def make_detail(self) -> ClientDetailPane:
        return ClientDetailPane(self.db, self)

    def make_editor(self, record_id: int | None, **options: Any) -> ClientDialog:
        return ClientDialog(self.db, record_id, parent=self.window())

    def set_archived(self, record_id: int, archived: bool) -> None:
        client_service.set_client_archived(self.db, record_id, archived)

    def confirm_archive(self, record: ClientRow) -> bool:
        return confirm(
            self,
            self.tr("Archive client"),
            arg(self.tr("Archive the client “%1”?"), record.name),
            self.tr(
                "Its engagements stay as they are, but no new engagement can be opened for it. "
                "Nothing is deleted: tick “Show archived” to see it again and restore it."
            ),
        )

    def empty_text(self) -> str:
        if self.show_archived.isChecked():
            return self.tr("No client recorded yet.")
        return arg(
            self.tr("No client yet.\nAdd one with File › New client (%1)."),
            shortcut_text(NEW_CLIENT_KEYS),
        )

    def no_match_text(self) -> str:
        return self.tr("No client matches this search.")

    def select_text(self) -> str:
        return self.tr("Select a client to see its contacts and engagements.")

    def status_text(self) -> str:
        total = self.model.rowCount()
        if self.proxy.filtering:
            return arg(
                self.tr("%1 of %Ln client(s) shown", "", total),
                format_count(self.proxy.rowCount()),
            )
        return self.tr("%Ln client(s)", "", total)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, email or phone"))
        self.show_archived.setText(self.tr("Show archived"))
        self.new_button.setText(self.tr("New client…"))
        super().retranslate()
