"""The fields of the meeting dialog, laid out in four tabs, and their values as a form.

Layout and texts only: which engagement lists, what is saved and when belongs to the dialog
(``dialog``). The tabs follow the meeting: who met where (Meeting), what was said
(Discussion), who does what by when (Actions), who signs (Signatures).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.enums import MeetingMode
from consultant_desk.domain.signature import Signature
from consultant_desk.ui.formatting import arg, edit_date_format
from consultant_desk.ui.framework.field_errors import FieldErrors
from consultant_desk.ui.meetings.form_state import MeetingForm
from consultant_desk.ui.meetings.rows_editor import ActionItemsEditor, AttendeesEditor
from consultant_desk.ui.meetings.when import (
    format_local_datetime,
    from_local_qdatetime,
    to_local_qdatetime,
)
from consultant_desk.ui.style import mute
from consultant_desk.ui.widgets.date_field import OptionalDateEdit
from consultant_desk.ui.widgets.signature_view import SignatureView
from consultant_desk.ui.widgets.sincerity_remarks import SincerityRemarks

TAB_MEETING, TAB_DISCUSSION, TAB_ACTIONS, TAB_SIGNATURES = range(4)


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class MeetingFields(QWidget):
    # Anything the user can change was changed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._signatures: tuple[Signature | None, Signature | None] = (None, None)
        self._build_widgets()
        self._build_layout()
        self._connect()
        self.retranslate()

    # -- construction ----------------------------------------------------------------------------

    def _text_edit(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _label(self, buddy: QWidget, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setBuddy(buddy)
        return _bold(label) if bold else label

    def _build_widgets(self) -> None:
        self.engagement_combo = QComboBox(self)
        self.engagement_combo.setMinimumContentsLength(40)
        self.engagement_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.episode_combo = QComboBox(self)
        self.held_at_edit = QDateTimeEdit(self)
        self.held_at_edit.setCalendarPopup(True)
        self.mode_combo = QComboBox(self)
        for mode in MeetingMode:
            self.mode_combo.addItem(mode.label(), mode.value)
        self.place_edit = QLineEdit(self)
        self.attendees = AttendeesEditor(self)

        self.points_edit = self._text_edit(3)
        self.client_words_edit = self._text_edit(4)
        self.acknowledged_edit = self._text_edit(3)
        self.acknowledged_remarks = SincerityRemarks(self.acknowledged_edit, parent=self)
        self.solution_edit = self._text_edit(3)

        self.action_items = ActionItemsEditor(self)
        self.next_steps_edit = self._text_edit(3)
        self.next_steps_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 14)
        self.follow_up_field = OptionalDateEdit(self)

        self.consultant_signer_edit = QLineEdit(self)
        self.client_signer_edit = QLineEdit(self)
        self.sign_place_edit = QLineEdit(self)
        self.consultant_signature = SignatureView(self)
        self.client_signature = SignatureView(self)
        self.consultant_note = QLabel(self)
        self.client_note = QLabel(self)
        for note in (self.consultant_note, self.client_note):
            note.setWordWrap(True)
            mute(note)
        self.signature_hint = QLabel(self)
        self.signature_hint.setWordWrap(True)
        mute(self.signature_hint)

    def _build_layout(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        # Meeting: the engagement, when, how, where, and who was there.
        meeting_form = QFormLayout()
        meeting_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.engagement_label = self._label(self.engagement_combo)
        self.episode_label = self._label(self.episode_combo)
        self.date_label = self._label(self.held_at_edit)
        self.mode_label = self._label(self.mode_combo)
        self.place_label = self._label(self.place_edit)
        when_row = QHBoxLayout()
        when_row.addWidget(self.held_at_edit)
        when_row.addSpacing(16)
        when_row.addWidget(self.mode_label)
        when_row.addWidget(self.mode_combo)
        when_row.addStretch(1)
        meeting_form.addRow(self.engagement_label, self.engagement_combo)
        meeting_form.addRow(self.episode_label, self.episode_combo)
        meeting_form.addRow(self.date_label, when_row)
        meeting_form.addRow(self.place_label, self.place_edit)
        self.attendees_box = QGroupBox(self)
        QVBoxLayout(self.attendees_box).addWidget(self.attendees)
        meeting_tab = QWidget(self)
        meeting_layout = QVBoxLayout(meeting_tab)
        meeting_layout.addLayout(meeting_form)
        meeting_layout.addWidget(self.attendees_box, 1)

        # Discussion: four texts, each under its heading.
        discussion_tab = QWidget(self)
        discussion = QVBoxLayout(discussion_tab)
        self.discussion_labels = []
        for edit, stretch in (
            (self.points_edit, 2),
            (self.client_words_edit, 3),
            (self.acknowledged_edit, 2),
            (self.solution_edit, 2),
        ):
            label = self._label(edit, bold=True)
            self.discussion_labels.append(label)
            discussion.addWidget(label)
            if edit is self.acknowledged_edit:
                # What was acknowledged is an apology: the sincerity remarks stand beside it.
                beside = QHBoxLayout()
                beside.addWidget(edit, 3)
                beside.addWidget(self.acknowledged_remarks, 2)
                discussion.addLayout(beside, stretch)
            else:
                discussion.addWidget(edit, stretch)

        # Actions: who does what by when, what happens next, when to check back.
        self.actions_box = QGroupBox(self)
        QVBoxLayout(self.actions_box).addWidget(self.action_items)
        self.next_steps_label = self._label(self.next_steps_edit, bold=True)
        self.follow_up_label = self._label(self.follow_up_field, bold=True)
        follow_up_row = QHBoxLayout()
        follow_up_row.addWidget(self.follow_up_label)
        follow_up_row.addWidget(self.follow_up_field)
        follow_up_row.addStretch(1)
        actions_tab = QWidget(self)
        actions = QVBoxLayout(actions_tab)
        actions.addWidget(self.actions_box, 1)
        actions.addWidget(self.next_steps_label)
        actions.addWidget(self.next_steps_edit)
        actions.addLayout(follow_up_row)

        # Signatures: one column per party, then the place.
        self.consultant_label = self._label(self.consultant_signer_edit, bold=True)
        self.client_label = self._label(self.client_signer_edit, bold=True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for column, widgets in enumerate(
            (
                (
                    self.consultant_label,
                    self.consultant_signer_edit,
                    self.consultant_signature,
                    self.consultant_note,
                ),
                (
                    self.client_label,
                    self.client_signer_edit,
                    self.client_signature,
                    self.client_note,
                ),
            )
        ):
            for row, widget in enumerate(widgets):
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.sign_place_label = self._label(self.sign_place_edit)
        place_row = QHBoxLayout()
        place_row.addWidget(self.sign_place_label)
        place_row.addWidget(self.sign_place_edit, 1)
        place_row.addStretch(1)
        signatures_tab = QWidget(self)
        signatures = QVBoxLayout(signatures_tab)
        signatures.addLayout(grid)
        signatures.addSpacing(12)
        signatures.addLayout(place_row)
        signatures.addSpacing(12)
        signatures.addWidget(self.signature_hint)
        signatures.addStretch(1)

        for tab in (meeting_tab, discussion_tab, actions_tab, signatures_tab):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _connect(self) -> None:
        for combo in (self.engagement_combo, self.episode_combo, self.mode_combo):
            combo.currentIndexChanged.connect(self._emit_changed)
        self.held_at_edit.dateTimeChanged.connect(self._emit_changed)
        for line in (
            self.place_edit,
            self.consultant_signer_edit,
            self.client_signer_edit,
            self.sign_place_edit,
        ):
            line.textChanged.connect(self._emit_changed)
        for text in self.text_edits():
            text.textChanged.connect(self._emit_changed)
        for editor in (self.attendees, self.action_items):
            editor.changed.connect(self._emit_changed)
            editor.changed.connect(self._update_tab_titles)
        self.follow_up_field.changed.connect(self._emit_changed)
        self.consultant_signer_edit.textChanged.connect(self._update_signature_notes)
        self.client_signer_edit.textChanged.connect(self._update_signature_notes)

    def register_fields(self, errors: FieldErrors) -> None:
        for field, widget in (
            ("meeting.engagement", self.engagement_combo),
            ("meeting.episode", self.episode_combo),
            ("meeting.held_at", self.held_at_edit),
            ("meeting.mode", self.mode_combo),
            ("meeting.place", self.place_edit),
            ("attendee.", self.attendees.table),
            ("meeting.points_discussed", self.points_edit),
            ("meeting.client_expressed", self.client_words_edit),
            ("meeting.acknowledged", self.acknowledged_edit),
            ("meeting.agreed_solution", self.solution_edit),
            ("action.", self.action_items.table),
            ("meeting.next_steps", self.next_steps_edit),
            ("meeting.follow_up_date", self.follow_up_field.date_edit),
            ("meeting.consultant_signer", self.consultant_signer_edit),
            ("meeting.client_signer", self.client_signer_edit),
            ("meeting.sign_place", self.sign_place_edit),
        ):
            errors.register(field, widget)

    def text_edits(self) -> list[QPlainTextEdit]:
        return [
            self.points_edit,
            self.client_words_edit,
            self.acknowledged_edit,
            self.solution_edit,
            self.next_steps_edit,
        ]

    # -- values ----------------------------------------------------------------------------------

    def held_at(self) -> datetime:
        return from_local_qdatetime(self.held_at_edit.dateTime())

    def set_held_at(self, value: datetime) -> None:
        self.held_at_edit.setDateTime(to_local_qdatetime(value))

    def engagement_id(self) -> int | None:
        value = self.engagement_combo.currentData()
        return int(value) if value is not None else None

    def episode_id(self) -> int | None:
        value = self.episode_combo.currentData()
        return int(value) if value is not None else None

    def form(self, *, commit: bool = True) -> MeetingForm:
        """Everything the fields hold; ``commit`` closes a table cell still being edited."""
        return MeetingForm(
            engagement_id=self.engagement_id(),
            held_at=self.held_at(),
            mode=str(self.mode_combo.currentData()),
            episode_id=self.episode_id(),
            place=self.place_edit.text(),
            attendees=tuple(self.attendees.lines(commit=commit)),
            points_discussed=self.points_edit.toPlainText(),
            client_expressed=self.client_words_edit.toPlainText(),
            acknowledged=self.acknowledged_edit.toPlainText(),
            agreed_solution=self.solution_edit.toPlainText(),
            action_items=tuple(self.action_items.lines(commit=commit)),
            next_steps=self.next_steps_edit.toPlainText(),
            follow_up_date=self.follow_up_field.value(),
            consultant_signer=self.consultant_signer_edit.text(),
            client_signer=self.client_signer_edit.text(),
            sign_place=self.sign_place_edit.text(),
        )

    def apply_form(self, form: MeetingForm) -> None:
        """Show ``form``, but for the engagement and the episode (the dialog sets those)."""
        self.set_held_at(form.held_at)
        self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(form.mode), 0))
        self.place_edit.setText(form.place)
        self.attendees.set_lines(form.attendees)
        self.points_edit.setPlainText(form.points_discussed)
        self.client_words_edit.setPlainText(form.client_expressed)
        self.acknowledged_edit.setPlainText(form.acknowledged)
        self.solution_edit.setPlainText(form.agreed_solution)
        self.action_items.set_lines(form.action_items)
        self.next_steps_edit.setPlainText(form.next_steps)
        self.follow_up_field.set_value(form.follow_up_date)
        self.consultant_signer_edit.setText(form.consultant_signer)
        self.client_signer_edit.setText(form.client_signer)
        self.sign_place_edit.setText(form.sign_place)
        self._update_tab_titles()

    def set_engagements(self, choices: Sequence[tuple[int, str]]) -> None:
        """(id, label) of every engagement to offer; none chosen afterwards."""
        self.engagement_combo.blockSignals(True)
        self.engagement_combo.clear()
        for ident, label in choices:
            self.engagement_combo.addItem(label, ident)
        self.engagement_combo.setCurrentIndex(-1)
        self.engagement_combo.blockSignals(False)

    def select_engagement(self, engagement_id: int | None) -> None:
        """Quietly: the dialog reacts to a change by the user, not to its own choice."""
        combo = self.engagement_combo
        index = combo.findData(engagement_id) if engagement_id is not None else -1
        if index < 0 and combo.count() == 1:
            index = 0
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def set_episodes(self, choices: Sequence[tuple[int, str]], selected: int | None) -> None:
        combo = self.episode_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("None"), None)
        for ident, label in choices:
            combo.addItem(label, ident)
        combo.setCurrentIndex(max(combo.findData(selected), 0))
        combo.setEnabled(combo.count() > 1 and not self.is_read_only())
        combo.blockSignals(False)

    # -- signatures and read-only ----------------------------------------------------------------

    def set_signatures(self, consultant: Signature | None, client: Signature | None) -> None:
        self._signatures = (consultant, client)
        self.consultant_signature.set_signature(consultant)
        self.client_signature.set_signature(client)
        self._update_signature_notes()

    def is_read_only(self) -> bool:
        return self.place_edit.isReadOnly()

    def set_read_only(self, read_only: bool) -> None:
        for line in (
            self.place_edit,
            self.consultant_signer_edit,
            self.client_signer_edit,
            self.sign_place_edit,
        ):
            line.setReadOnly(read_only)
        for text in self.text_edits():
            text.setReadOnly(read_only)
        for widget in (self.engagement_combo, self.mode_combo, self.held_at_edit):
            widget.setEnabled(not read_only)
        self.follow_up_field.setEnabled(not read_only)
        self.episode_combo.setEnabled(not read_only and self.episode_combo.count() > 1)
        for editor in (self.attendees, self.action_items):
            editor.set_read_only(read_only)
        self.retranslate()

    def reveal(self, widget: QWidget) -> None:
        """Bring forward the tab that holds ``widget``."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                return

    # -- texts -----------------------------------------------------------------------------------

    @Slot()
    def _update_signature_notes(self, *_args: object) -> None:
        consultant, client = self._signatures
        for signature, note, view in (
            (consultant, self.consultant_note, self.consultant_signature),
            (client, self.client_note, self.client_signature),
        ):
            view.setAccessibleName(self.tr("Signature"))
            if signature is None:
                note.setText(self.tr("Not signed on screen: a blank line to sign in ink."))
            elif signature.signed_at is not None:
                note.setText(
                    arg(
                        self.tr("Signed on screen, %1."), format_local_datetime(signature.signed_at)
                    )
                )
            else:
                note.setText(self.tr("Signed on screen."))
            view.setAccessibleDescription(note.text())
        if consultant is None and client is None:
            self.signature_hint.setText(
                self.tr(
                    "Sign… asks the consultant, then the client, to sign on screen; either may "
                    "skip and sign the printed report in ink. Once signed, the report can no "
                    "longer be changed."
                )
            )
        else:
            self.signature_hint.setText("")

    @Slot()
    def _update_tab_titles(self, *_args: object) -> None:
        attendees = len(self.attendees.lines(commit=False))
        actions = len(self.action_items.lines(commit=False))
        self.tabs.setTabText(
            TAB_MEETING,
            arg(self.tr("Meeting (%1)"), attendees) if attendees else self.tr("Meeting"),
        )
        self.tabs.setTabText(
            TAB_ACTIONS,
            arg(self.tr("Actions (%1)"), actions) if actions else self.tr("Actions"),
        )

    def retranslate(self) -> None:
        self.tabs.setTabText(TAB_DISCUSSION, self.tr("Discussion"))
        self.tabs.setTabText(TAB_SIGNATURES, self.tr("Signatures"))
        self._update_tab_titles()

        self.engagement_label.setText(self.tr("Engagement"))
        self.episode_label.setText(self.tr("Related episode"))
        self.date_label.setText(self.tr("Date"))
        self.mode_label.setText(self.tr("Mode"))
        self.place_label.setText(self.tr("Place"))
        for index in range(self.mode_combo.count()):
            self.mode_combo.setItemText(index, MeetingMode(self.mode_combo.itemData(index)).label())
        if self.episode_combo.count():
            self.episode_combo.setItemText(0, self.tr("None"))
        self.held_at_edit.setDisplayFormat(f"{edit_date_format()} HH:mm")
        self.engagement_combo.setPlaceholderText(self.tr("Choose an engagement"))
        self.episode_combo.setToolTip(
            self.tr("The dissatisfaction episode this meeting deals with, if any")
        )
        self.attendees_box.setTitle(self.tr("Attendees"))

        for label, text in zip(
            self.discussion_labels,
            (
                self.tr("Points discussed"),
                self.tr("What the client expressed"),
                self.tr("What was acknowledged"),
                self.tr("Agreed solution"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.points_edit.setPlaceholderText(self.tr("The subjects covered, in order"))
        self.client_words_edit.setPlaceholderText(
            self.tr(
                "The client’s own words, as spoken: what they expected, what they got, "
                "how they feel"
            )
        )
        self.acknowledged_edit.setPlaceholderText(
            self.tr(
                "What you acknowledge, briefly and plainly: no blame on anyone, "
                "no long justification"
            )
        )
        self.solution_edit.setPlaceholderText(
            self.tr("The solution built with the client: acceptable beats perfect")
        )

        self.actions_box.setTitle(self.tr("Action items"))
        self.next_steps_label.setText(self.tr("Next steps"))
        self.follow_up_label.setText(self.tr("Follow-up on"))
        self.next_steps_edit.setPlaceholderText(
            self.tr("What happens next, explained plainly: who does what, and when you check in")
        )
        self.follow_up_field.setToolTip(
            self.tr("When you will check with the client that it is resolved")
        )

        self.consultant_label.setText(self.tr("Consultant"))
        self.client_label.setText(self.tr("For the client"))
        self.sign_place_label.setText(self.tr("Signed at"))
        # A hint in an empty read-only field would read as a value.
        editable = not self.is_read_only()
        for edit, hint in (
            (self.consultant_signer_edit, self.tr("Name of the consultant")),
            (self.client_signer_edit, self.tr("Name of the person who signs")),
            (self.sign_place_edit, self.tr("Town")),
            (self.place_edit, self.tr("Client’s office, video link, phone…")),
        ):
            edit.setPlaceholderText(hint if editable else "")
        self._update_signature_notes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()
