"""The contacts of a client, edited in place: one table row per person."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.services.clients import ContactData

if TYPE_CHECKING:
    from consultant_desk.services.clients import ContactDetail

COL_NAME = 0
COL_ROLE = 1
COL_EMAIL = 2
COL_PHONE = 3
COL_PRIMARY = 4

# Which column holds the field a ValidationError names.
FIELD_COLUMNS = {
    "contact.name": COL_NAME,
    "contact.role": COL_ROLE,
    "contact.email": COL_EMAIL,
    "contact.phone": COL_PHONE,
}
# Stored on the name cell: which contact (and which version of it) the row edits.
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_VERSION_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ContactRow:
    """A row as typed, with the stored contact it edits (None for a new one)."""

    contact_id: int | None
    version: int | None
    data: ContactData


class ContactsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        # A client has a handful of contacts: fitting the phone column to them costs nothing.
        for column, mode in (
            (COL_NAME, QHeaderView.ResizeMode.Stretch),
            (COL_ROLE, QHeaderView.ResizeMode.Stretch),
            (COL_EMAIL, QHeaderView.ResizeMode.Stretch),
            (COL_PHONE, QHeaderView.ResizeMode.ResizeToContents),
            (COL_PRIMARY, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)

        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.removed_ids: list[int] = []
        self.error_row: int | None = None
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Email"), self.tr("Phone"), self.tr("Main")]
        )
        header_item = self.table.horizontalHeaderItem(COL_PRIMARY)
        if header_item is not None:
            header_item.setToolTip(self.tr("The main contact for this client"))
        self.add_button.setText(self.tr("Add contact"))
        self.remove_button.setText(self.tr("Remove contact"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content ---------------------------------------------------------------------------------

    def set_contacts(self, contacts: Sequence[ContactDetail]) -> None:
        self.table.setRowCount(0)
        self.removed_ids.clear()
        for contact in contacts:
            self._append(
                contact.id,
                contact.version,
                ContactData(
                    name=contact.name,
                    role=contact.role,
                    email=contact.email,
                    phone=contact.phone,
                    is_primary=contact.is_primary,
                ),
            )
        self._update_buttons()

    def row_count(self) -> int:
        return self.table.rowCount()

    @Slot()
    def add_contact(self) -> None:
        row = self._append(None, None, ContactData(name="", is_primary=self.table.rowCount() == 0))
        self.table.setCurrentCell(row, COL_NAME)
        self.table.setFocus()
        self._edit(row, COL_NAME)

    @Slot()
    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        contact_id = self._cell(row, COL_NAME).data(_ID_ROLE)
        if contact_id is not None:
            self.removed_ids.append(int(contact_id))
        self.table.removeRow(row)
        self._update_buttons()

    def rows(self) -> list[ContactRow]:
        """Every row as typed (unchecked); new rows left entirely blank are skipped."""
        return [row for _number, row in self._collect()]

    def rows_with_positions(self) -> list[tuple[int, ContactRow]]:
        """The rows with their position in the table, so that an error on the n-th row sent
        to the service can be pointed at in the table."""
        return self._collect()

    def focus_error(self, field: str) -> None:
        """Put the cursor in the cell of the row and field that failed."""
        if self.error_row is None:
            return
        column = FIELD_COLUMNS.get(field, COL_NAME)
        self.table.setCurrentCell(self.error_row, column)
        self.table.setFocus()
        self._edit(self.error_row, column)

    def commit_pending_edit(self) -> None:
        """A cell still being edited when Save is pressed would otherwise keep its old text:
        moving the current index commits the open editor."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            current = self.table.currentIndex()
            self.table.setCurrentIndex(QModelIndex())
            self.table.setCurrentIndex(current)

    # -- internals -------------------------------------------------------------------------------

    def _collect(self) -> list[tuple[int, ContactRow]]:
        self.commit_pending_edit()
        result = []
        for row in range(self.table.rowCount()):
            data = ContactData(
                name=self._text(row, COL_NAME),
                role=self._text(row, COL_ROLE),
                email=self._text(row, COL_EMAIL),
                phone=self._text(row, COL_PHONE),
                is_primary=self._cell(row, COL_PRIMARY).checkState() == Qt.CheckState.Checked,
            )
            ident = self._cell(row, COL_NAME).data(_ID_ROLE)
            version = self._cell(row, COL_NAME).data(_VERSION_ROLE)
            if ident is None and not any((data.name, data.role, data.email, data.phone)):
                continue
            contact_id = None if ident is None else int(ident)
            contact_version = None if version is None else int(version)
            result.append((row, ContactRow(contact_id, contact_version, data)))
        return result

    def _append(self, contact_id: int | None, version: int | None, data: ContactData) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, text in (
            (COL_NAME, data.name),
            (COL_ROLE, data.role),
            (COL_EMAIL, data.email),
            (COL_PHONE, data.phone),
        ):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self._cell(row, COL_NAME).setData(_ID_ROLE, contact_id)
        self._cell(row, COL_NAME).setData(_VERSION_ROLE, version)
        primary = QTableWidgetItem()
        primary.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        primary.setCheckState(Qt.CheckState.Checked if data.is_primary else Qt.CheckState.Unchecked)
        self.table.setItem(row, COL_PRIMARY, primary)
        self.table.blockSignals(False)
        return row

    def _edit(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is not None and self.table.state() != QAbstractItemView.State.EditingState:
            self.table.editItem(item)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        return item

    def _text(self, row: int, column: int) -> str:
        return self._cell(row, column).text()

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        # One main contact at most: ticking one unticks the others.
        if item.column() != COL_PRIMARY or item.checkState() != Qt.CheckState.Checked:
            return
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            if row != item.row():
                self._cell(row, COL_PRIMARY).setCheckState(Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self.table.viewport().update()

    @Slot()
    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
