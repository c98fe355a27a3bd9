"""Create or edit a client and its contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.errors import ValidationError
from consultant_desk.domain.language import Language
from consultant_desk.services import clients as client_service
from consultant_desk.services.clients import ClientData
from consultant_desk.store.database import Database
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.framework.record_dialog import RecordDialog
from consultant_desk.ui.i18n import current_ui_language
from consultant_desk.ui.widgets.contacts_editor import ContactsEditor

if TYPE_CHECKING:
    pass


class ClientDialog(RecordDialog):
    def __init__(
        self, db: Database, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._client_id = client_id
        self._version: int | None = None
        self._seen: ClientData | None = None
        self._loaded_name = ""

        self.name_edit = QLineEdit(self)
        self.language_combo = QComboBox(self)
        for language in Language:
            self.language_combo.addItem("", language.value)
        self.registration_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.contacts = ContactsEditor(self)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [
            self.add_row(self.form, widget)
            for widget in (
                self.name_edit,
                self.language_combo,
                self.email_edit,
                self.phone_edit,
                self.registration_edit,
                self.address_edit,
                self.notes_edit,
            )
        ]
        self.contacts_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.contacts_box)
        box_layout.addWidget(self.contacts)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(self.form)
        body_layout.addWidget(self.contacts_box, 1)
        self.finish_layout(body)

        for field, widget in (
            ("client.name", self.name_edit),
            ("client.language", self.language_combo),
            ("client.registration", self.registration_edit),
            ("client.email", self.email_edit),
            ("client.phone", self.phone_edit),
            ("client.address", self.address_edit),
            ("client.notes", self.notes_edit),
            ("contact.", self.contacts.table),
        ):
            self.errors.register(field, widget)

        self.resize(680, 640)
        if client_id is None:
            self.set_language(current_ui_language().value)
        else:
            self.reload()
        self.retranslate()
        self.name_edit.setFocus()

    # -- fields ----------------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        index = self.language_combo.findData(code)
        self.language_combo.setCurrentIndex(max(index, 0))

    def client_data(self) -> ClientData:
        return ClientData(
            name=self.name_edit.text(),
            language=str(self.language_combo.currentData()),
            registration=self.registration_edit.text(),
            address=self.address_edit.toPlainText(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def reload(self) -> None:
        assert self._client_id is not None
        client = client_service.get_client(self._db, self._client_id)
        self._version = client.version
        self._seen = ClientData(
            name=client.name,
            language=client.language,
            registration=client.registration,
            address=client.address,
            email=client.email,
            phone=client.phone,
            notes=client.notes,
        )
        self._loaded_name = client.name
        self.name_edit.setText(client.name)
        self.set_language(client.language)
        self.registration_edit.setText(client.registration)
        self.email_edit.setText(client.email)
        self.phone_edit.setText(client.phone)
        self.address_edit.setPlainText(client.address)
        self.notes_edit.setPlainText(client.notes)
        self.contacts.set_contacts(client.contacts)

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> int:
        self.contacts.error_row = None
        positioned = self.contacts.rows_with_positions()
        rows = [
            client_service.ContactEdit(row.contact_id, row.version, row.data)
            for _position, row in positioned
        ]
        try:
            client = client_service.save_client(
                self._db,
                self._client_id,
                self.client_data(),
                rows,
                removed=sorted(self.contacts.removed_ids),
                expected_version=self._version,
                seen=self._seen,
            )
        except ValidationError as error:
            if error.row is not None:
                self.contacts.error_row = positioned[error.row][0]
            raise
        self.contacts.removed_ids.clear()
        return client.id

    def show_validation_error(self, error: ValidationError) -> None:
        super().show_validation_error(error)
        if error.field.startswith("contact."):
            self.contacts.focus_error(error.field)

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self._client_id is None:
            self.setWindowTitle(self.tr("New client"))
            self.save_button.setText(self.tr("Create"))
        else:
            self.setWindowTitle(arg(self.tr("Edit client — %1"), self._loaded_name))
        labels = (
            self.tr("Name"),
            self.tr("Language"),
            self.tr("Email"),
            self.tr("Phone"),
            self.tr("Company number"),
            self.tr("Address"),
            self.tr("Notes"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        names = {Language.FR.value: self.tr("French"), Language.EN.value: self.tr("English")}
        for index in range(self.language_combo.count()):
            code = str(self.language_combo.itemData(index))
            self.language_combo.setItemText(index, names.get(code, code))
        self.name_edit.setPlaceholderText(self.tr("Organisation or person billed"))
        self.registration_edit.setPlaceholderText(self.tr("SIRET, VAT or company number"))
        self.email_edit.setPlaceholderText(self.tr("accounts@example.com"))
        self.contacts_box.setTitle(self.tr("Contacts"))
        self.language_combo.setToolTip(self.tr("Documents for this client are written in it"))
