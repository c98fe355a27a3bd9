"""An episode's timeline: what happened and what comes next, oldest first.

The user's events (call, meeting, email, apology, proposal, follow-up, note) are added,
edited and deleted here, each with notes and an optional next-due date; the playbook's own
entries (stage moves, closing, reopening) are shown but not edited. A meeting held for the
episode appears too, and opens in the meeting dialog.

The editor only says what the user asks for (signals); the episode window does it through
the services, so that one place handles conflicts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.enums import USER_EVENT_KINDS, Channel, EpisodeStage, EventKind
from consultant_desk.domain.language import Language
from consultant_desk.services.episode_workflow import EventInput, TimelineEntry
from consultant_desk.ui.episodes.model import label_of
from consultant_desk.ui.episodes.quick_log import WhenEdit
from consultant_desk.ui.formatting import arg, format_date
from consultant_desk.ui.framework.record_dialog import RecordDialog
from consultant_desk.ui.meetings.when import (
    format_local_datetime,
    from_local_qdatetime,
    to_local_qdatetime,
)
from consultant_desk.ui.widgets.date_field import OptionalDateEdit
from consultant_desk.ui.widgets.sincerity_remarks import SincerityRemarks

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_TIME_FORMAT = "d MMM yyyy HH:mm"


def entry_title(entry: TimelineEntry) -> str:
    """What the line says it is: the kind, or for a stage move, where it led."""
    if entry.kind == EventKind.STAGE.value and entry.stage_to:
        return f"→ {label_of(EpisodeStage, entry.stage_to)}"
    if entry.meeting_id is not None:
        return label_of(EventKind, EventKind.MEETING.value) + " ⧉"
    return label_of(EventKind, entry.kind)


class TimelineEditor(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # TimelineEntry
    delete_requested = Signal(object)  # TimelineEntry
    meeting_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[TimelineEntry, ...] = ()
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # One entry to an item, on several lines (when and what, the notes, what is due
        # next): a narrow column reads it whole, where table columns would cut the notes.
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(self._on_activated)
        self.list.currentItemChanged.connect(lambda *_args: self._update_buttons())
        self.list.installEventFilter(self)

        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self._delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def entry_text(self, entry: TimelineEntry) -> str:
        lines = [f"{format_local_datetime(entry.occurred_at)} — {entry_title(entry)}"]
        if entry.channel and entry.editable:
            lines[0] += f" ({label_of(Channel, entry.channel)})"
        if entry.notes.strip():
            lines.append(entry.notes.strip())
        if entry.next_due is not None:
            lines.append(arg(self.tr("→ next step due %1"), format_date(entry.next_due)))
        return "\n".join(lines)

    def set_entries(self, entries: tuple[TimelineEntry, ...]) -> None:
        keep = self.current_entry()
        self._entries = entries
        self.list.clear()
        muted = self.palette().brush(QPalette.ColorRole.PlaceholderText)
        for entry in entries:
            item = QListWidgetItem(self.entry_text(entry), self.list)
            item.setData(ENTRY_ROLE, entry)
            if entry.meeting_id is not None:
                item.setToolTip(self.tr("A meeting held for this episode: Enter opens it"))
            elif not entry.editable:
                item.setForeground(muted)
                item.setToolTip(self.tr("Recorded by the playbook"))
            if keep is not None and _same(keep, entry):
                self.list.setCurrentItem(item)
        last = self.list.item(self.list.count() - 1)
        if last is not None and self.list.currentItem() is None:
            self.list.setCurrentItem(last)
        if last is not None:
            self.list.scrollToItem(self.list.currentItem() or last)
        self._update_buttons()

    def entries(self) -> tuple[TimelineEntry, ...]:
        return self._entries

    def current_entry(self) -> TimelineEntry | None:
        item = self.list.currentItem()
        if item is None:
            return None
        entry = item.data(ENTRY_ROLE)
        return entry if isinstance(entry, TimelineEntry) else None

    def select(self, entry: TimelineEntry) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item is not None and _same(item.data(ENTRY_ROLE), entry):
                self.list.setCurrentItem(item)
                return

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        editable = entry is not None and entry.editable
        meeting = entry is not None and entry.meeting_id is not None
        self.edit_button.setEnabled(editable or meeting)
        self.delete_button.setEnabled(editable)
        self.edit_button.setText(self.tr("&Open the meeting") if meeting else self.tr("&Edit…"))

    @Slot(QListWidgetItem)
    def _on_activated(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        if isinstance(entry, TimelineEntry):
            self._open(entry)

    def _open(self, entry: TimelineEntry) -> None:
        if entry.meeting_id is not None:
            self.meeting_requested.emit(entry.meeting_id)
        elif entry.editable:
            self.edit_requested.emit(entry)

    def _edit_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._open(entry)

    def _delete_current(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.editable:
            self.delete_requested.emit(entry)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self._delete_current()
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Timeline"))
        self.add_button.setText(self.tr("&Add an event…"))
        self.delete_button.setText(self.tr("&Delete"))
        self._update_buttons()
        if self._entries:
            self.set_entries(self._entries)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _same(first: object, second: object) -> bool:
    if not isinstance(first, TimelineEntry) or not isinstance(second, TimelineEntry):
        return False
    if first.event_id is not None:
        return first.event_id == second.event_id
    return first.meeting_id is not None and first.meeting_id == second.meeting_id


class EventDialog(RecordDialog):
    """One event of the timeline: kind, when, how, notes and the next step's due date.

    An apology's text gets the sincerity remarks beside it, in the client's language.
    ``save`` is done by the owner (``submit``): the dialog only gathers and checks.
    """

    def __init__(
        self,
        entry: TimelineEntry | None = None,
        *,
        message_language: Language | None = None,
        submit: Callable[[EventDialog, EventInput], int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._entry = entry
        self._submit = submit
        self.kind_combo = QComboBox(self)
        for kind in USER_EVENT_KINDS:
            self.kind_combo.addItem("", kind.value)
        self.when_edit = WhenEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.channel_combo = QComboBox(self)
        self.channel_combo.addItem("", "")
        for channel in Channel:
            self.channel_combo.addItem("", channel.value)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 14)
        self.next_due = OptionalDateEdit(self)
        self.remarks = SincerityRemarks(self.notes_edit, message_language, self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_label = self.add_row(form, self.kind_combo)
        self.when_label = self.add_row(form, self.when_edit)
        self.channel_label = self.add_row(form, self.channel_combo)
        self.notes_label = self.add_row(form, self.notes_edit)
        self.due_label = self.add_row(form, self.next_due)
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(form, 3)
        columns.addWidget(self.remarks, 2)
        self.finish_layout(body)
        for field, widget in (
            ("event.kind", self.kind_combo),
            ("event.occurred_at", self.when_edit),
            ("event.channel", self.channel_combo),
            ("event.notes", self.notes_edit),
            ("event.next_due", self.next_due.date_edit),
        ):
            self.errors.register(field, widget)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)

        if entry is None:
            self.when_edit.setDateTime(to_local_qdatetime(datetime.now(UTC)))
        else:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(entry.kind)))
            self.when_edit.setDateTime(to_local_qdatetime(entry.occurred_at))
            self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(entry.channel)))
            self.notes_edit.setPlainText(entry.notes)
            self.next_due.set_value(entry.next_due)
        self.remarks.check_now()
        self.retranslate()
        self._on_kind_changed()
        self.resize(820, 420)
        self.kind_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def entry(self) -> TimelineEntry | None:
        return self._entry

    def event_input(self) -> EventInput:
        return EventInput(
            kind=str(self.kind_combo.currentData()),
            occurred_at=from_local_qdatetime(self.when_edit.dateTime()),
            notes=self.notes_edit.toPlainText(),
            next_due=self.next_due.value(),
            channel=str(self.channel_combo.currentData() or ""),
        )

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    @Slot()
    def _on_kind_changed(self) -> None:
        apology = self.kind_combo.currentData() == EventKind.APOLOGY.value
        self.remarks.setVisible(apology)
        self.notes_label.setText(self.tr("The &apology") if apology else self.tr("&Notes"))

    def save(self) -> int:
        data = self.event_input().cleaned()
        return self._submit(self, data) if self._submit is not None else 0

    def reload(self) -> None:
        """After a conflict the owner shows the episode again; the dialog keeps the typing."""

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New event") if self._entry is None else self.tr("Event"))
        self.kind_label.setText(self.tr("&Kind"))
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, EventKind(self.kind_combo.itemData(index)).label())
        self.when_label.setText(self.tr("&When"))
        self.channel_label.setText(self.tr("&How"))
        self.channel_combo.setItemText(0, self.tr("Not said"))
        for index in range(1, self.channel_combo.count()):
            self.channel_combo.setItemText(
                index, Channel(self.channel_combo.itemData(index)).label()
            )
        self.due_label.setText(self.tr("Next step &due"))
        self.notes_edit.setPlaceholderText(self.tr("What was said or done, and what comes next"))
        self._on_kind_changed()
