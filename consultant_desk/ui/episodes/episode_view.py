"""One episode, worked from here: its facts, the playbook, the timeline, closing and reopening.

Opened from the Episodes list (double-click, Enter, Open in the context menu) without
blocking the rest of the application. Every change goes through
``services.episode_workflow`` with the version the window shows: when someone else saved
the episode meanwhile, the change is refused, the window says what happened and shows the
episode as it now is. Ticking a check needs no version (two people's ticks add up).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape
from typing import TypeVar

from PySide6.QtCore import QEvent, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.enums import (
    Channel,
    Emotion,
    EpisodeCategory,
    EpisodeStage,
    EventKind,
    Severity,
)
from consultant_desk.domain.errors import ConflictError, DomainError, NotFoundError
from consultant_desk.domain.language import Language
from consultant_desk.domain.playbook import PlaybookWarning
from consultant_desk.services import episode_workflow as workflow
from consultant_desk.services.episode_workflow import (
    Closing,
    EpisodeView,
    EventInput,
    TimelineEntry,
)
from consultant_desk.store.database import Database
from consultant_desk.ui import messages
from consultant_desk.ui.episodes.closing_dialog import ClosingDialog
from consultant_desk.ui.episodes.model import SEVERITY_COLOURS, label_of
from consultant_desk.ui.episodes.playbook_panel import PlaybookPanel
from consultant_desk.ui.episodes.quick_log import QuickLogDialog
from consultant_desk.ui.episodes.timeline_editor import EventDialog, TimelineEditor
from consultant_desk.ui.formatting import arg, format_date
from consultant_desk.ui.meetings.when import format_local_datetime
from consultant_desk.ui.settings import open_settings
from consultant_desk.ui.style import enlarge_font, mute

OVERDUE_COLOUR = "#c62828"
BANNER_STYLE = """
QLabel#episodeProblem {
    color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px;
    padding: 6px 8px;
}
"""
T = TypeVar("T")


def _text(value: str) -> str:
    return escape(value.strip()).replace("\n", "<br>")


class EpisodeWindow(QDialog):
    # The episode was written (lists showing it reload).
    changed = Signal(int)

    def __init__(
        self,
        db: Database,
        episode_id: int,
        *,
        settings: QSettings | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._episode_id = episode_id
        self._settings = settings if settings is not None else open_settings()
        self._today = today
        self._view: EpisodeView | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setStyleSheet(BANNER_STYLE)
        self._build()
        self.refresh()
        self.resize(1240, 720)

    # -- construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(self)
        enlarge_font(self.title_label, 1.35, bold=True)
        self.subtitle_label = QLabel(self)
        mute(self.subtitle_label)
        self.due_label = QLabel(self)
        self.due_label.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_facts)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("episodeProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        self.facts_label = QLabel(self)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.RichText)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.playbook = PlaybookPanel(self)
        self.playbook.move_requested.connect(self.move_to)
        self.playbook.check_toggled.connect(self.tick)
        self.playbook.close_requested.connect(self.open_closing)
        self.playbook.reopen_requested.connect(self.reopen)
        self.playbook.mediator_saved.connect(self.save_mediator)

        self.timeline = TimelineEditor(self)
        self.timeline.add_requested.connect(lambda: self.open_event(None))
        self.timeline.edit_requested.connect(self.open_event)
        self.timeline.delete_requested.connect(self.delete_event)
        self.timeline.meeting_requested.connect(self.open_meeting)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        header.addWidget(self.due_label, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(12)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.facts_label)
        rule = QFrame(left)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        left_layout.addWidget(rule)
        left_layout.addWidget(self.playbook)
        left_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll = scroll

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 540])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence("Ctrl+T"), self, lambda: self.open_event(None))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

    # -- reading ---------------------------------------------------------------------------------

    def episode_id(self) -> int:
        return self._episode_id

    def view(self) -> EpisodeView | None:
        return self._view

    def refresh(self) -> None:
        try:
            view = workflow.get_episode_view(self._db, self._episode_id, today=self._today)
        except NotFoundError as error:
            self._view = None
            self.problem_label.setText(error.text())
            self.problem_label.show()
            for widget in (self.playbook, self.timeline, self.edit_button):
                widget.setEnabled(False)
            return
        self._view = view
        self.playbook.set_view(view)
        self.timeline.set_entries(view.timeline)
        self.retranslate()

    def message_language(self) -> Language | None:
        if self._view is None:
            return None
        try:
            return Language(self._view.client_language)
        except ValueError:
            return None

    # -- writing ---------------------------------------------------------------------------------

    def _write(self, action: Callable[[], T]) -> T | None:
        """Run one service call; on refusal, say why and show the episode as it is now."""
        self.problem_label.hide()
        try:
            result = action()
        except ConflictError as error:
            self.refresh()
            self._say(
                error.text()
                + " "
                + self.tr("The episode is shown as it is now: make your change again.")
            )
            return None
        except NotFoundError as error:
            messages.show_error(self, self.windowTitle(), error.text())
            self.refresh()
            return None
        except DomainError as error:
            self._say(error.text())
            return None
        self.refresh()
        self.changed.emit(self._episode_id)
        return result

    def _say(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()

    def _version(self) -> int | None:
        return self._view.version if self._view is not None else None

    @Slot(str, str)
    def move_to(self, target: str, note: str = "") -> tuple[PlaybookWarning, ...] | None:
        version = self._version()
        result = self._write(
            lambda: workflow.advance(
                self._db, self._episode_id, target, note=note, expected_version=version
            )
        )
        if result is None:
            return None
        self.playbook.show_result(target, result.warnings)
        return result.warnings

    @Slot(str, bool)
    def tick(self, key: str, ticked: bool) -> None:
        self._write(lambda: workflow.set_check(self._db, self._episode_id, key, ticked))

    @Slot(bool, str)
    def save_mediator(self, needed: bool, note: str) -> None:
        view = self._view
        if view is None:
            return
        facts = replace(view.facts, mediator_needed=needed, mediator_note=note)
        self._write(
            lambda: workflow.update_facts(
                self._db,
                self._episode_id,
                facts,
                expected_version=view.version,
                seen=view.facts,
            )
        )

    @Slot()
    def open_closing(self) -> ClosingDialog | None:
        view = self._view
        if view is None:
            return None
        dialog = ClosingDialog(view, submit=self._close, today=self._today, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _close(self, dialog: ClosingDialog, data: Closing) -> int:
        """ClosingDialog's save: a refusal raised here keeps the dialog open with the typing."""
        version = self._version()
        result = workflow.close_episode(self._db, self._episode_id, data, expected_version=version)
        self.refresh()
        self.changed.emit(self._episode_id)
        self.playbook.show_result(EpisodeStage.CLOSED.value, result.warnings)
        return self._episode_id

    @Slot()
    def reopen(self) -> None:
        version = self._version()
        done = self._write(
            lambda: workflow.reopen_episode(self._db, self._episode_id, expected_version=version)
        )
        if done is not None and self._view is not None:
            self.playbook.show_result(self._view.stage, ())

    def open_event(self, entry: TimelineEntry | None) -> EventDialog | None:
        if self._view is None:
            return None
        dialog = EventDialog(
            entry,
            message_language=self.message_language(),
            submit=self._save_event,
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save_event(self, dialog: EventDialog, data: EventInput) -> int:
        entry = dialog.entry()
        version = self._version()
        try:
            if entry is None or entry.event_id is None:
                result = workflow.add_event(
                    self._db, self._episode_id, data, expected_version=version
                )
            else:
                workflow.edit_event(self._db, entry.event_id, data, expected_version=version)
                result = entry.event_id
        except ConflictError:
            # The dialog keeps what was typed; the window behind shows the episode as it is.
            self.refresh()
            raise
        self.refresh()
        self.changed.emit(self._episode_id)
        return result

    @Slot(object)
    def delete_event(self, entry: TimelineEntry) -> None:
        if entry.event_id is None or self._view is None:
            return
        what = arg(
            self.tr("Delete the %1 of %2 from the timeline?"),
            label_of(EventKind, entry.kind).lower(),
            format_local_datetime(entry.occurred_at),
        )
        if not messages.confirm(self, self.tr("Delete an event"), what):
            return
        version = self._version()
        event_id = entry.event_id
        self._write(lambda: workflow.delete_event(self._db, event_id, expected_version=version))

    @Slot(int)
    def open_meeting(self, meeting_id: int) -> QDialog:
        from consultant_desk.ui.meetings.dialog import MeetingDialog

        dialog = MeetingDialog(self._db, meeting_id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    @Slot()
    def edit_facts(self) -> QuickLogDialog:
        dialog = QuickLogDialog(self._db, self._episode_id, settings=self._settings, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.saved.connect(lambda _id: self._after_facts_saved())
        dialog.open()
        return dialog

    def _after_facts_saved(self) -> None:
        self.refresh()
        self.changed.emit(self._episode_id)

    # -- texts -----------------------------------------------------------------------------------

    def _due_html(self, view: EpisodeView) -> str:
        if view.closed:
            if view.client_confirmed_on is not None:
                return escape(
                    arg(self.tr("Closed, confirmed on %1"), format_date(view.client_confirmed_on))
                )
            return escape(self.tr("Closed without the client’s confirmation"))
        lines = []
        if view.acknowledged_on is None and view.ack_due_on is not None:
            lines.append(arg(self.tr("Acknowledge by %1"), format_date(view.ack_due_on)))
        if view.next_due_on is not None:
            lines.append(arg(self.tr("Next step due %1"), format_date(view.next_due_on)))
        text = "<br>".join(escape(line) for line in lines)
        if view.overdue:
            badge = escape(self.tr("Overdue"))
            text = (
                f'<span style="color:white; background:{OVERDUE_COLOUR}; font-weight:bold">'
                f"&nbsp;⚠ {badge}&nbsp;</span><br>{text}"
            )
        elif view.due_this_week:
            text = f"<b>{escape(self.tr('Due this week'))}</b><br>{text}"
        return text

    def _facts_html(self, view: EpisodeView) -> str:
        facts = view.facts
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        colour = SEVERITY_COLOURS.get(facts.severity, muted)
        categories = ", ".join(label_of(EpisodeCategory, value) for value in facts.categories)
        line = " · ".join(
            part
            for part in (
                escape(format_local_datetime(facts.surfaced_at)),
                escape(label_of(Channel, facts.channel)),
                escape(facts.spoke),
                escape(categories),
                f'<span style="color:{colour}">●</span> '
                + escape(label_of(Severity, facts.severity)),
                escape(
                    arg(
                        self.tr("%1, %2/5"),
                        label_of(Emotion, facts.emotion),
                        facts.intensity,
                    )
                ),
            )
            if part
        )
        html = f"<p>{line}</p>"
        if facts.client_words.strip():
            html += f'<p style="margin-left:12px"><i>{_text(facts.client_words)}</i></p>'
        rows = [
            (self.tr("Expected"), facts.expected),
            (self.tr("Obtained"), facts.obtained),
            (self.tr("Clause touched"), facts.clause_ref),
            (self.tr("Remedy asked"), facts.remedy_requested),
            (self.tr("Origin"), facts.origin),
        ]
        cells = "".join(
            f'<tr><td style="color:{muted}; padding-right:12px">{escape(label)}</td>'
            f"<td>{_text(value)}</td></tr>"
            for label, value in rows
            if value.strip()
        )
        if cells:
            html += f'<table cellspacing="0" cellpadding="2">{cells}</table>'
        return html

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit the facts…"))
        self.edit_button.setToolTip(self.tr("What happened, who spoke, categories, severity…"))
        view = self._view
        if view is None:
            self.setWindowTitle(self.tr("Episode"))
            return
        self.setWindowTitle(
            arg(self.tr("Episode — %1 — %2"), view.client_name, view.engagement_reference)
        )
        self.title_label.setText(view.client_name)
        self.subtitle_label.setText(f"{view.engagement_reference} — {view.engagement_title}")
        self.due_label.setText(self._due_html(view))
        self.facts_label.setText(self._facts_html(view))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
