"""Create or edit an engagement (mission): client, reference, title, status, dates, summary."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from consultant_desk.domain.enums import EngagementStatus
from consultant_desk.services import clients as client_service
from consultant_desk.services import engagements as engagement_service
from consultant_desk.services.engagements import EngagementData
from consultant_desk.store.database import Database
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.framework.record_dialog import RecordDialog
from consultant_desk.ui.widgets.date_field import OptionalDateEdit


class EngagementDialog(RecordDialog):
    def __init__(
        self,
        db: Database,
        engagement_id: int | None = None,
        *,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._engagement_id = engagement_id
        self._version: int | None = None
        self._seen: EngagementData | None = None
        self._loaded_reference = ""

        self.client_combo = QComboBox(self)
        self.reference_edit = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.status_combo = QComboBox(self)
        for status in EngagementStatus:
            self.status_combo.addItem(status.label(), status.value)
        self.start_field = OptionalDateEdit(self)
        self.end_field = OptionalDateEdit(self)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 14)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [
            self.add_row(self.form, widget)
            for widget in (
                self.client_combo,
                self.reference_edit,
                self.title_edit,
                self.status_combo,
                self.start_field,
                self.end_field,
                self.summary_edit,
            )
        ]
        body = QWidget(self)
        body.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.finish_layout(body)

        for field, target in (
            ("engagement.client", self.client_combo),
            ("engagement.reference", self.reference_edit),
            ("engagement.title", self.title_edit),
            ("engagement.status", self.status_combo),
            ("engagement.start_date", self.start_field.date_edit),
            ("engagement.end_date", self.end_field.date_edit),
            ("engagement.dates", self.end_field.date_edit),
            ("engagement.summary", self.summary_edit),
        ):
            self.errors.register(field, target)

        self.resize(620, 480)
        if engagement_id is None:
            self._fill_clients(None)
            self.select_client(client_id)
            self.reference_edit.setText(engagement_service.suggest_reference(db, date.today().year))
        else:
            self.reload()
        self.retranslate()
        if engagement_id is None and self.client_combo.currentIndex() < 0:
            self.client_combo.setFocus()
        else:
            self.title_edit.setFocus()

    # -- fields ----------------------------------------------------------------------------------

    def _fill_clients(self, current_client_id: int | None) -> None:
        """Active clients, plus the engagement's own client if it was archived since."""
        self.client_combo.clear()
        rows = client_service.list_clients(self._db, include_archived=current_client_id is not None)
        for row in rows:
            if row.archived and row.id != current_client_id:
                continue
            label = row.name
            if row.archived:
                label = arg(self.tr("%1 (archived)", "client"), row.name)
            self.client_combo.addItem(label, row.id)
        self.client_combo.setCurrentIndex(-1)

    def select_client(self, client_id: int | None) -> None:
        index = self.client_combo.findData(client_id) if client_id is not None else -1
        if index < 0 and self.client_combo.count() == 1:
            index = 0
        self.client_combo.setCurrentIndex(index)

    def select_status(self, value: str) -> None:
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(value), 0))

    def engagement_data(self) -> EngagementData:
        client_id = self.client_combo.currentData()
        return EngagementData(
            # 0 is no client: the service answers with the "client required" error.
            client_id=int(client_id) if client_id is not None else 0,
            reference=self.reference_edit.text(),
            title=self.title_edit.text(),
            status=str(self.status_combo.currentData()),
            start_date=self.start_field.value(),
            end_date=self.end_field.value(),
            summary=self.summary_edit.toPlainText(),
        )

    def reload(self) -> None:
        assert self._engagement_id is not None
        engagement = engagement_service.get_engagement(self._db, self._engagement_id)
        self._version = engagement.version
        self._seen = EngagementData(
            client_id=engagement.client_id,
            reference=engagement.reference,
            title=engagement.title,
            status=engagement.status,
            start_date=engagement.start_date,
            end_date=engagement.end_date,
            summary=engagement.summary,
        )
        self._loaded_reference = engagement.reference
        self._fill_clients(engagement.client_id)
        self.select_client(engagement.client_id)
        self.reference_edit.setText(engagement.reference)
        self.title_edit.setText(engagement.title)
        self.select_status(engagement.status)
        self.start_field.set_value(engagement.start_date)
        self.end_field.set_value(engagement.end_date)
        self.summary_edit.setPlainText(engagement.summary)

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> int:
        data = self.engagement_data()
        if self._engagement_id is None:
            return engagement_service.create_engagement(self._db, data).id
        engagement = engagement_service.update_engagement(
            self._db, self._engagement_id, data, expected_version=self._version, seen=self._seen
        )
        return engagement.id

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self._engagement_id is None:
            self.setWindowTitle(self.tr("New engagement"))
            self.save_button.setText(self.tr("Create"))
        else:
            self.setWindowTitle(arg(self.tr("Edit engagement — %1"), self._loaded_reference))
        labels = (
            self.tr("Client"),
            self.tr("Reference"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Start date"),
            self.tr("End date"),
            self.tr("Summary"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        for index in range(self.status_combo.count()):
            self.status_combo.setItemText(
                index, EngagementStatus(self.status_combo.itemData(index)).label()
            )
        self.client_combo.setPlaceholderText(self.tr("Choose a client"))
        self.title_edit.setPlaceholderText(self.tr("What the client buys, in a few words"))
        self.summary_edit.setPlaceholderText(
            self.tr("Context, stakes, what success looks like for the client…")
        )
