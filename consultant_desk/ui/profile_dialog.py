"""The consultant's own details: the letterhead printed on every document."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from consultant_desk.services import profile as profile_service
from consultant_desk.store.database import Database
from consultant_desk.ui.framework.record_dialog import RecordDialog


class ProfileDialog(RecordDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._version: int | None = None
        self.name_edit = QLineEdit(self)
        self.company_edit = QLineEdit(self)
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.registration_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.city_edit = QLineEdit(self)
        self.logo_edit = QLineEdit(self)
        self.logo_button = QPushButton(self)
        self.logo_button.clicked.connect(self.choose_logo)
        logo_row = QWidget(self)
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_edit, 1)
        logo_layout.addWidget(self.logo_button)
        self.currency_edit = QLineEdit(self)
        self.currency_edit.setMaxLength(3)
        self.vat_edit = QLineEdit(self)
        self.rate_edit = QLineEdit(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [
            self.add_row(form, widget)
            for widget in (
                self.name_edit,
                self.company_edit,
                self.address_edit,
                self.city_edit,
                self.registration_edit,
                self.email_edit,
                self.phone_edit,
                logo_row,
                self.currency_edit,
                self.vat_edit,
                self.rate_edit,
            )
        ]
        body = QWidget(self)
        body.setLayout(form)
        self.finish_layout(body)
        for field, widget in (
            ("profile.name", self.name_edit),
            ("profile.company", self.company_edit),
            ("profile.address", self.address_edit),
            ("profile.city", self.city_edit),
            ("profile.registration", self.registration_edit),
            ("profile.email", self.email_edit),
            ("profile.phone", self.phone_edit),
            ("profile.logo_path", self.logo_edit),
            ("profile.default_currency", self.currency_edit),
            ("profile.default_vat_rate", self.vat_edit),
            ("profile.default_daily_rate", self.rate_edit),
        ):
            self.errors.register(field, widget)
        self.resize(560, 520)
        self.reload()
        self.retranslate()
        self.name_edit.setFocus()

    def reload(self) -> None:
        profile = profile_service.get_profile(self._db)
        self._version = profile.version
        self.name_edit.setText(profile.name)
        self.company_edit.setText(profile.company)
        self.address_edit.setPlainText(profile.address)
        self.city_edit.setText(profile.city)
        self.registration_edit.setText(profile.registration)
        self.email_edit.setText(profile.email)
        self.phone_edit.setText(profile.phone)
        self.logo_edit.setText(profile.logo_path)
        self.currency_edit.setText(profile.default_currency)
        self.vat_edit.setText(_plain(profile.default_vat_rate))
        self.rate_edit.setText(_plain(profile.default_daily_rate))

    def data(self) -> profile_service.ProfileData:
        return profile_service.ProfileData(
            name=self.name_edit.text(),
            company=self.company_edit.text(),
            address=self.address_edit.toPlainText(),
            registration=self.registration_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            city=self.city_edit.text(),
            logo_path=self.logo_edit.text(),
            default_currency=self.currency_edit.text(),
            default_vat_rate=self.vat_edit.text(),
            default_daily_rate=self.rate_edit.text(),
        )

    def save(self) -> int:
        profile = profile_service.update_profile(
            self._db, self.data(), expected_version=self._version
        )
        self._version = profile.version
        return profile.id

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), self.logo_edit.text(), self.tr("Images (*.png *.jpg)")
        )
        if path:
            self.logo_edit.setText(path)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your details"))
        texts = (
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Address"),
            self.tr("City"),
            self.tr("Registration number"),
            self.tr("Email"),
            self.tr("Phone"),
            self.tr("Logo"),
            self.tr("Default currency"),
            self.tr("Default VAT (%)"),
            self.tr("Default daily rate"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.logo_button.setText(self.tr("Choose…"))
        self.registration_edit.setPlaceholderText(self.tr("SIRET 812 345 678 00027"))
        self.city_edit.setPlaceholderText(self.tr("Printed in “Signed at …”"))
        self.currency_edit.setPlaceholderText("EUR")


def _plain(value: object) -> str:
    return "" if value is None else str(value)
