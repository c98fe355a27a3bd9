"""Close an episode: how it was resolved, whether the client confirmed it, what was learned.

ISO 10002 asks for the client's satisfaction with how the complaint was handled, and for the
recourse proposed when the client does not accept the response: the field starts from the
mediation named in the contract's remedies, when there is one. Closing without the client's
confirmation is allowed: the dialog says so before, and the playbook notes it after.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.enums import Channel
from consultant_desk.services.episode_workflow import Closing, EpisodeView
from consultant_desk.ui.formatting import edit_date_format, from_qdate, to_qdate
from consultant_desk.ui.framework.record_dialog import RecordDialog
from consultant_desk.ui.style import mute

CONFIRMED, UNCONFIRMED, NOT_ACCEPTED = range(3)
NOTE_STYLE = """
QLabel#closingWarning {
    color: #7a4b00; background: #fff4e0; border: 1px solid #f0d3a0; border-radius: 4px;
    padding: 6px 8px;
}
"""


class ClosingDialog(RecordDialog):
    def __init__(
        self,
        view: EpisodeView,
        *,
        submit: Callable[[ClosingDialog, Closing], int] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._submit = submit
        self.setStyleSheet(self.styleSheet() + NOTE_STYLE)

        self.resolution_edit = self._text(3)
        self.outcome_group = QButtonGroup(self)
        self.confirmed_radio = QRadioButton(self)
        self.unconfirmed_radio = QRadioButton(self)
        self.refused_radio = QRadioButton(self)
        for number, radio in enumerate(
            (self.confirmed_radio, self.unconfirmed_radio, self.refused_radio)
        ):
            self.outcome_group.addButton(radio, number)
        self.confirmed_on = QDateEdit(self)
        self.confirmed_on.setCalendarPopup(True)
        self.confirmed_on.setDisplayFormat(edit_date_format())
        self.confirmed_on.setDate(to_qdate(today) if today is not None else QDate.currentDate())
        self.confirmation_channel = QComboBox(self)
        for channel in Channel:
            self.confirmation_channel.addItem("", channel.value)
        self.how_label = QLabel(self)
        self.how_label.setBuddy(self.confirmation_channel)
        self.satisfaction_combo = QComboBox(self)
        self.satisfaction_combo.addItem("", None)
        for score in range(1, 6):
            self.satisfaction_combo.addItem("", score)
        self.lessons_edit = self._text(2)
        self.preventive_edit = self._text(2)
        self.recourse_edit = self._text(2)
        self.warning = QLabel(self)
        self.warning.setObjectName("closingWarning")
        self.warning.setWordWrap(True)
        self.recourse_hint = QLabel(self)
        self.recourse_hint.setWordWrap(True)
        mute(self.recourse_hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.resolution_label = self.add_row(form, self.resolution_edit)
        outcome = QVBoxLayout()
        confirmed_row = QHBoxLayout()
        confirmed_row.addWidget(self.confirmed_radio)
        confirmed_row.addWidget(self.confirmed_on)
        confirmed_row.addWidget(self.how_label)
        confirmed_row.addWidget(self.confirmation_channel)
        confirmed_row.addStretch(1)
        outcome.addLayout(confirmed_row)
        outcome.addWidget(self.unconfirmed_radio)
        outcome.addWidget(self.refused_radio)
        self.outcome_label = QLabel(self)
        self.outcome_label.setBuddy(self.confirmed_radio)
        form.addRow(self.outcome_label, outcome)
        self.recourse_label = self.add_row(form, self.recourse_edit)
        form.addRow("", self.recourse_hint)
        self.satisfaction_label = self.add_row(form, self.satisfaction_combo)
        self.lessons_label = self.add_row(form, self.lessons_edit)
        self.preventive_label = self.add_row(form, self.preventive_edit)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        self.finish_layout(body)
        for field, widget in (
            ("episode.resolution", self.resolution_edit),
            ("episode.client_confirmed_on", self.confirmed_on),
            ("episode.confirmation_channel", self.confirmation_channel),
            ("episode.satisfaction", self.satisfaction_combo),
            ("episode.lessons", self.lessons_edit),
            ("episode.preventive_measure", self.preventive_edit),
            ("episode.recourse", self.recourse_edit),
        ):
            self.errors.register(field, widget)

        self._prefill(view)
        self.outcome_group.idToggled.connect(self._on_outcome)
        self._on_outcome()
        self.retranslate()
        self.resize(720, self.sizeHint().height())
        self.resolution_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (lines + 1) + 14)
        return edit

    def _prefill(self, view: EpisodeView) -> None:
        self.resolution_edit.setPlainText(view.resolution)
        self.lessons_edit.setPlainText(view.lessons)
        self.preventive_edit.setPlainText(view.preventive_measure)
        self.recourse_edit.setPlainText(view.recourse or view.default_recourse)
        if view.client_confirmed_on is not None:
            self.confirmed_on.setDate(to_qdate(view.client_confirmed_on))
        channel = view.confirmation_channel or view.facts.channel
        self.confirmation_channel.setCurrentIndex(
            max(0, self.confirmation_channel.findData(channel))
        )
        if view.satisfaction is not None:
            self.satisfaction_combo.setCurrentIndex(
                max(0, self.satisfaction_combo.findData(view.satisfaction))
            )
        if view.client_confirmed_on is not None:
            self.confirmed_radio.setChecked(True)
        elif view.recourse:
            self.refused_radio.setChecked(True)
        else:
            self.unconfirmed_radio.setChecked(True)

    def outcome(self) -> int:
        return self.outcome_group.checkedId()

    def set_outcome(self, outcome: int) -> None:
        button = self.outcome_group.button(outcome)
        if button is not None:
            button.setChecked(True)

    @Slot()
    def _on_outcome(self) -> None:
        outcome = self.outcome()
        confirmed = outcome == CONFIRMED
        self.confirmed_on.setEnabled(confirmed)
        self.confirmation_channel.setEnabled(confirmed)
        self.how_label.setEnabled(confirmed)
        refused = outcome == NOT_ACCEPTED
        for widget in (self.recourse_edit, self.recourse_label, self.recourse_hint):
            widget.setVisible(refused)
        self.warning.setVisible(not confirmed)
        self.adjustSize()

    def closing(self) -> Closing:
        confirmed = self.outcome() == CONFIRMED
        return Closing(
            resolution=self.resolution_edit.toPlainText(),
            client_confirmed_on=from_qdate(self.confirmed_on.date()) if confirmed else None,
            confirmation_channel=(
                str(self.confirmation_channel.currentData()) if confirmed else ""
            ),
            satisfaction=self.satisfaction_combo.currentData(),
            lessons=self.lessons_edit.toPlainText(),
            preventive_measure=self.preventive_edit.toPlainText(),
            recourse=(self.recourse_edit.toPlainText() if self.outcome() == NOT_ACCEPTED else ""),
        )

    def save(self) -> int:
        data = self.closing().cleaned()
        return self._submit(self, data) if self._submit is not None else 0

    def reload(self) -> None:
        """The owner shows the episode again after a conflict; the typing stays here."""

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the episode"))
        self.save_button.setText(self.tr("&Close the episode"))
        self.resolution_label.setText(self.tr("&Resolution"))
        self.resolution_edit.setPlaceholderText(self.tr("What was done, as agreed with the client"))
        self.outcome_label.setText(self.tr("The client"))
        self.confirmed_radio.setText(self.tr("c&onfirmed it is resolved, on"))
        self.how_label.setText(self.tr("h&ow"))
        for index in range(self.confirmation_channel.count()):
            self.confirmation_channel.setItemText(
                index, Channel(self.confirmation_channel.itemData(index)).label()
            )
        self.unconfirmed_radio.setText(self.tr("has &not confirmed yet"))
        self.refused_radio.setText(self.tr("does not &accept the response"))
        self.recourse_label.setText(self.tr("Recourse &proposed"))
        self.recourse_hint.setText(
            self.tr("Drawn from the contract’s remedies: the mediation it names, if any.")
            if self._view.default_recourse
            else self.tr("The contract names no mediation: say what was proposed.")
        )
        self.satisfaction_label.setText(self.tr("&Satisfaction with the handling"))
        self.satisfaction_combo.setItemText(0, self.tr("Not asked"))
        for index in range(1, self.satisfaction_combo.count()):
            score = int(self.satisfaction_combo.itemData(index))
            stars = "★" * score + "☆" * (5 - score)
            self.satisfaction_combo.setItemText(index, f"{score} / 5  {stars}")
        self.lessons_label.setText(self.tr("&Lessons learned"))
        self.lessons_edit.setPlaceholderText(self.tr("What could have been done differently"))
        self.preventive_label.setText(self.tr("Pre&ventive measure"))
        self.warning.setText(
            self.tr(
                "Closing without the client’s confirmation that it is resolved: allowed, and "
                "noted on the timeline. A follow-up call often gets it."
            )
        )
