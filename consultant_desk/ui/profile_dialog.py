"""The consultant's own details: the letterhead printed on every document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
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
        # The legal mentions a contract carries, printed when filled in.
        self.legal_form_edit = QLineEdit(self)
        self.share_capital_edit = QLineEdit(self)
        self.rcs_city_edit = QLineEdit(self)
        self.rcs_number_edit = QLineEdit(self)
        self.vat_number_edit = QLineEdit(self)
        self.insurer_edit = QLineEdit(self)
        self.insurance_policy_edit = QLineEdit(self)

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
                self.legal_form_edit,
                self.share_capital_edit,
                self.rcs_city_edit,
                self.rcs_number_edit,
                self.vat_number_edit,
                self.insurer_edit,
                self.insurance_policy_edit,
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
            ("profile.legal_form", self.legal_form_edit),
            ("profile.share_capital", self.share_capital_edit),
            ("profile.rcs_city", self.rcs_city_edit),
            ("profile.rcs_number", self.rcs_number_edit),
            ("profile.vat_number", self.vat_number_edit),
            ("profile.insurer", self.insurer_edit),
            ("profile.insurance_policy", self.insurance_policy_edit),
        ):
            self.errors.register(field, widget)
        self.resize(560, 700)
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
        self.legal_form_edit.setText(profile.legal_form)
        self.share_capital_edit.setText(profile.share_capital)
        self.rcs_city_edit.setText(profile.rcs_city)
        self.rcs_number_edit.setText(profile.rcs_number)
        self.vat_number_edit.setText(profile.vat_number)
        self.insurer_edit.setText(profile.insurer)
        self.insurance_policy_edit.setText(profile.insurance_policy)

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
            legal_form=self.legal_form_edit.text(),
            share_capital=self.share_capital_edit.text(),
            rcs_city=self.rcs_city_edit.text(),
            rcs_number=self.rcs_number_edit.text(),
            vat_number=self.vat_number_edit.text(),
            insurer=self.insurer_edit.text(),
            insurance_policy=self.insurance_policy_edit.text(),
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
            self.tr("Legal form"),
            self.tr("Share capital"),
            self.tr("Trade register (RCS) city"),
            self.tr("Trade register (RCS) number"),
            self.tr("VAT number"),
            self.tr("Professional liability insurer"),
            self.tr("Insurance policy number"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.logo_button.setText(self.tr("Choose…"))
        self.registration_edit.setPlaceholderText(self.tr("SIRET 812 345 678 00027"))
        self.city_edit.setPlaceholderText(self.tr("Printed in “Signed at …”"))
        self.currency_edit.setPlaceholderText("EUR")
        self.legal_form_edit.setPlaceholderText(self.tr("SARL, SAS, EI…"))
        self.share_capital_edit.setPlaceholderText(self.tr("10 000 €"))
        self.vat_number_edit.setPlaceholderText(self.tr("FR 12 345678901"))


def _plain(value: object) -> str:
    return "" if value is None else str(value)


def ask_for_profile(db: Database, parent: QWidget | None) -> bool:
    """Before a document is produced with an empty profile, offer to fill it in.

    Returns whether to go on: True once the details are saved, or when the user chooses to
    print with the placeholder the document shows instead of them; False on Cancel.
    """
    if not profile_service.profile_is_empty(db):
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ProfileDialog", "Your details"),
        QCoreApplication.translate(
            "ProfileDialog",
            "Your details are not filled in yet: the document would show a placeholder "
            "where your name, address and legal mentions go. Fill them in now?",
        ),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    if answer == QMessageBox.StandardButton.Yes:
        dialog = ProfileDialog(db, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
    return True
