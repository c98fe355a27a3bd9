"""Where an episode stands in the recovery playbook, and what to do at this stage.

A stepper shows the eight stages and then closed; the current stage's advice and checklist
come from ``domain.playbook`` in the interface's language. Move on and Go back say where
they lead; before a move the panel lists what it would leave behind (a stage skipped, a
check left unticked, an acknowledgement made by email, no mediator for a client turning
personal), and after it, what it did leave behind. It warns; it never blocks.

The panel only says what the user asks for (signals); the episode window does it through
the services and shows the episode again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain import playbook
from consultant_desk.domain.enums import EpisodeStage
from consultant_desk.domain.playbook import PlaybookWarning
from consultant_desk.services.episode_workflow import EpisodeView
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.style import enlarge_font, mute

STAGES = playbook.STAGES
WORKING = playbook.WORKING_STAGES
WARNING_STYLE = """
QLabel#playbookWarnings {
    color: #7a4b00; background: #fff4e0; border: 1px solid #f0d3a0; border-radius: 4px;
    padding: 6px 8px;
}
QLabel#playbookDone {
    color: #1b4332; background: #e3f2e8; border: 1px solid #b7dcc4; border-radius: 4px;
    padding: 6px 8px;
}
"""


def stage_title(stage: EpisodeStage) -> str:
    """ "3 · Acknowledge"; "Closed" alone."""
    if stage is EpisodeStage.CLOSED:
        return stage.label()
    return f"{STAGES.index(stage) + 1} · {stage.label()}"


class StageStepper(QWidget):
    """Nine steps in a row: done, current, to come. Click or arrows and Enter pick one."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = 0
        self._focus = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_current(self, stage: str) -> None:
        self._current = STAGES.index(EpisodeStage(stage))
        self._focus = self._current
        self._update_accessible()
        self.update()

    def current(self) -> EpisodeStage:
        return STAGES[self._current]

    def focused_stage(self) -> EpisodeStage:
        return STAGES[self._focus]

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(720, 30 + line * 2 + 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(9 * 44, self.sizeHint().height())

    def _centre(self, index: int) -> QPointF:
        step = self.width() / len(STAGES)
        return QPointF(step * index + step / 2, 16)

    def index_at(self, x: float) -> int:
        step = self.width() / len(STAGES)
        return max(0, min(len(STAGES) - 1, int(x // step)))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        text = palette.color(QPalette.ColorRole.WindowText)
        step = self.width() / len(STAGES)
        radius = 10.0
        for index in range(len(STAGES) - 1):
            start, end = self._centre(index), self._centre(index + 1)
            painter.setPen(QPen(accent if index < self._current else muted, 2))
            painter.drawLine(
                QPointF(start.x() + radius, start.y()), QPointF(end.x() - radius, end.y())
            )
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        for index, stage in enumerate(STAGES):
            centre = self._centre(index)
            done = index < self._current
            current = index == self._current
            painter.setPen(QPen(accent if done or current else muted, 2))
            painter.setBrush(accent if done or current else palette.color(QPalette.ColorRole.Base))
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(
                palette.color(QPalette.ColorRole.HighlightedText) if done or current else muted
            )
            mark = "✓" if done else ("✕" if stage is EpisodeStage.CLOSED else str(index + 1))
            if current and stage is not EpisodeStage.CLOSED:
                mark = str(index + 1)
            painter.drawText(
                QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2),
                Qt.AlignmentFlag.AlignCenter,
                mark,
            )
            font = QFont(small)
            font.setBold(current)
            painter.setFont(font)
            painter.setPen(text if current else muted)
            label = QRectF(step * index + 2, centre.y() + radius + 4, step - 4, 40)
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                stage.label(),
            )
            painter.setFont(self.font())
            if self.hasFocus() and index == self._focus:
                focus = QColor(accent)
                painter.setPen(QPen(focus, 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(
                    QRectF(step * index + 1, 1, step - 2, self.height() - 2), 4, 4
                )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._focus = self.index_at(event.position().x())
            self.update()
            self.picked.emit(STAGES[self._focus].value)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._focus = max(
                0, min(len(STAGES) - 1, self._focus + (1 if key == Qt.Key.Key_Right else -1))
            )
            self._update_accessible()
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.picked.emit(STAGES[self._focus].value)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _update_accessible(self) -> None:
        self.setAccessibleName(stage_title(STAGES[self._current]))
        self.setToolTip(" → ".join(stage.label() for stage in STAGES))


class PlaybookPanel(QWidget):
    move_requested = Signal(str, str)  # target stage, note for the timeline
    check_toggled = Signal(str, bool)
    close_requested = Signal()
    reopen_requested = Signal()
    mediator_saved = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: EpisodeView | None = None
        self._target: EpisodeStage | None = None
        self._result: tuple[EpisodeStage, tuple[PlaybookWarning, ...]] | None = None
        self._loading = False
        self.setStyleSheet(WARNING_STYLE)

        self.stepper = StageStepper(self)
        self.stepper.picked.connect(self._on_picked)
        self.stage_label = QLabel(self)
        enlarge_font(self.stage_label, 1.15, bold=True)
        self.advice_label = QLabel(self)
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.checks_box = QVBoxLayout()
        self.checks_box.setSpacing(2)
        self.check_widgets: dict[str, QCheckBox] = {}

        self.mediator_check = QCheckBox(self)
        self.mediator_note = QPlainTextEdit(self)
        self.mediator_note.setTabChangesFocus(True)
        self.mediator_note.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.mediator_save = QPushButton(self)
        self.mediator_hint = QLabel(self)
        self.mediator_hint.setWordWrap(True)
        mute(self.mediator_hint)
        self.mediator_check.toggled.connect(self._mediator_edited)
        self.mediator_note.textChanged.connect(self._mediator_edited)
        self.mediator_save.clicked.connect(self._save_mediator)
        self.mediator_frame = QFrame(self)
        mediator_layout = QVBoxLayout(self.mediator_frame)
        mediator_layout.setContentsMargins(0, 6, 0, 0)
        mediator_row = QHBoxLayout()
        mediator_row.addWidget(self.mediator_check, 1)
        mediator_row.addWidget(self.mediator_save)
        mediator_layout.addLayout(mediator_row)
        mediator_layout.addWidget(self.mediator_note)
        mediator_layout.addWidget(self.mediator_hint)

        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("playbookWarnings")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)

        self.note_edit = QLineEdit(self)
        self.note_edit.setClearButtonEnabled(True)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self._go_back)
        self.move_button = QPushButton(self)
        self.move_button.setDefault(False)
        self.move_button.setAutoDefault(False)
        self.move_button.clicked.connect(self._move)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close_requested)
        self.reopen_button = QPushButton(self)
        self.reopen_button.clicked.connect(self.reopen_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.move_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stepper)
        layout.addSpacing(4)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.advice_label)
        layout.addSpacing(4)
        layout.addLayout(self.checks_box)
        layout.addWidget(self.mediator_frame)
        layout.addSpacing(6)
        layout.addWidget(self.result_label)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.note_edit)
        layout.addLayout(buttons)
        self.retranslate()

    # -- showing an episode ----------------------------------------------------------------------

    def view(self) -> EpisodeView | None:
        return self._view

    def target(self) -> EpisodeStage | None:
        """Where Move on leads: the next stage, or the stage picked on the stepper."""
        return self._target

    def set_view(self, view: EpisodeView) -> None:
        same = self._view is not None and self._view.id == view.id
        previous_stage = self._view.stage if self._view is not None else None
        self._view = view
        if not same or previous_stage != view.stage:
            self._target = None
            self.note_edit.clear()
        if not same:
            self._result = None
        self._loading = True
        try:
            self.stepper.set_current(view.stage)
            self.mediator_check.setChecked(view.facts.mediator_needed)
            self.mediator_note.setPlainText(view.facts.mediator_note)
        finally:
            self._loading = False
        self._build_checks()
        self.retranslate()

    def show_result(self, reached: str, warnings: tuple[PlaybookWarning, ...]) -> None:
        """What the last move left behind, until the next move."""
        self._result = (EpisodeStage(reached), warnings)
        self._show_result()

    def _build_checks(self) -> None:
        for widget in self.check_widgets.values():
            self.checks_box.removeWidget(widget)
            widget.deleteLater()
        self.check_widgets.clear()
        if self._view is None:
            return
        for check in playbook.guide(self._view.stage).checks:
            box = QCheckBox(self)
            box.setChecked(check.key in self._view.ticked)
            box.toggled.connect(lambda ticked, key=check.key: self._on_ticked(key, ticked))
            self.checks_box.addWidget(box)
            self.check_widgets[check.key] = box

    def _next_stage(self) -> EpisodeStage | None:
        if self._view is None:
            return None
        index = STAGES.index(EpisodeStage(self._view.stage))
        return STAGES[index + 1] if index + 1 < len(STAGES) else None

    def _previous_stage(self) -> EpisodeStage | None:
        if self._view is None:
            return None
        index = STAGES.index(EpisodeStage(self._view.stage))
        return STAGES[index - 1] if 0 < index < len(WORKING) else None

    # -- what the user asks --------------------------------------------------------------------

    @Slot(str)
    def _on_picked(self, value: str) -> None:
        if self._view is None:
            return
        stage = EpisodeStage(value)
        self._target = None if stage.value == self._view.stage else stage
        self.retranslate()
        if self._target is not None:
            self.move_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_ticked(self, key: str, ticked: bool) -> None:
        if not self._loading:
            self.check_toggled.emit(key, ticked)

    def _move(self) -> None:
        target = self._target or self._next_stage()
        if target is None:
            return
        if target is EpisodeStage.CLOSED:
            self.close_requested.emit()
            return
        self.move_requested.emit(target.value, self.note_edit.text())

    def _go_back(self) -> None:
        target = self._previous_stage()
        if target is not None:
            self.move_requested.emit(target.value, self.note_edit.text())

    def _mediator_edited(self) -> None:
        if self._loading or self._view is None:
            return
        changed = (
            self.mediator_check.isChecked() != self._view.facts.mediator_needed
            or self.mediator_note.toPlainText() != self._view.facts.mediator_note
        )
        self.mediator_save.setEnabled(changed)

    def _save_mediator(self) -> None:
        self.mediator_saved.emit(self.mediator_check.isChecked(), self.mediator_note.toPlainText())

    def mediator_dirty(self) -> bool:
        return self.mediator_save.isEnabled()

    # -- texts -----------------------------------------------------------------------------------

    def warning_lines(self, warnings: list[PlaybookWarning] | tuple[PlaybookWarning, ...]) -> str:
        return "\n".join(f"• {warning.text()}" for warning in warnings)

    def _show_result(self) -> None:
        if self._result is None:
            self.result_label.hide()
            return
        reached, warnings = self._result
        if warnings:
            self.result_label.setObjectName("playbookWarnings")
            text = (
                arg(self.tr("Now at %1. Left behind:"), stage_title(reached))
                + "\n"
                + self.warning_lines(warnings)
            )
        else:
            self.result_label.setObjectName("playbookDone")
            text = arg(self.tr("Now at %1."), stage_title(reached))
        self.result_label.setText(text)
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        self.result_label.show()

    def retranslate(self) -> None:
        self.note_edit.setPlaceholderText(self.tr("A note for the timeline (optional)"))
        self.back_button.setText(self.tr("Go &back"))
        self.close_button.setText(self.tr("C&lose the episode…"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self.mediator_check.setText(self.tr("A &mediator is needed"))
        self.mediator_note.setPlaceholderText(
            self.tr("Who could mediate, and why: named later in the meeting report")
        )
        self.mediator_save.setText(self.tr("Save the note"))
        self._show_result()
        view = self._view
        if view is None:
            self.stage_label.clear()
            self.advice_label.clear()
            for widget in (self.back_button, self.move_button, self.close_button):
                widget.setEnabled(False)
            self.reopen_button.hide()
            self.preview_label.hide()
            self.mediator_frame.hide()
            return
        stage = EpisodeStage(view.stage)
        guide = playbook.guide(stage)
        if stage is EpisodeStage.CLOSED:
            self.stage_label.setText(self.tr("Closed"))
        else:
            self.stage_label.setText(
                arg(
                    self.tr("Stage %1 of %2 · %3"),
                    STAGES.index(stage) + 1,
                    len(WORKING),
                    stage.label(),
                )
            )
        self.advice_label.setText(guide.advice_text())
        for key, box in self.check_widgets.items():
            box.setText(playbook.check_of(key).text())
        personal = view.personal
        self.mediator_frame.setVisible(
            stage is EpisodeStage.CO_BUILD or personal or view.facts.mediator_needed
        )
        self.mediator_hint.setText(
            self.tr(
                "The client turned personal: a third person may mediate. Never enter into conflict."
            )
            if personal
            else self.tr("When the client turns personal, a third person may mediate.")
        )
        self.mediator_save.setEnabled(False)
        self._mediator_edited()

        closed = view.closed
        self.reopen_button.setVisible(closed)
        self.close_button.setVisible(not closed)
        self.back_button.setVisible(not closed)
        self.move_button.setVisible(not closed)
        self.note_edit.setVisible(not closed)
        previous = self._previous_stage()
        self.back_button.setEnabled(previous is not None)
        self.back_button.setToolTip(
            arg(self.tr("Back to %1"), stage_title(previous)) if previous is not None else ""
        )
        target = self._target or self._next_stage()
        self.close_button.setEnabled(True)
        if target is None or closed:
            self.move_button.setEnabled(False)
            self.preview_label.hide()
            return
        self.move_button.setEnabled(True)
        going_back = STAGES.index(target) < STAGES.index(stage)
        if target is EpisodeStage.CLOSED:
            self.move_button.setText(self.tr("Move on: close…"))
        elif going_back:
            self.move_button.setText(arg(self.tr("&Go back to %1"), stage_title(target)))
        elif self._target is not None:
            self.move_button.setText(arg(self.tr("Mo&ve to %1"), stage_title(target)))
        else:
            self.move_button.setText(arg(self.tr("Mo&ve on to %1"), stage_title(target)))
        warnings = view.warnings_for(target)
        if warnings:
            self.preview_label.setText(
                arg(self.tr("Moving to %1 leaves behind:"), stage_title(target))
                + "\n"
                + self.warning_lines(warnings)
            )
            self.preview_label.show()
        else:
            self.preview_label.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
