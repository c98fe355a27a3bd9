"""What every page of the scoping wizard shares.

A page shows, from top to bottom: a short plain-language hint of why its section matters, the
lessons drawn from earlier dissatisfaction (a calm banner, only when there are some), its
fields in a scrolling area, and an inline panel that says what to fix.

The wizard keeps the terms; a page ``load``\\ s them into its widgets and ``apply``\\ s its
widgets back onto them. After every change the wizard validates the whole terms and hands each
page the issues of its section: the page marks the fields concerned (a red border for an
error, an amber one for a warning, the message as tooltip) and lists the messages. Next is
disabled only when continuing makes no sense: a value that could not even be saved.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from consultant_desk.domain.lessons import Lesson
from consultant_desk.domain.scoping import (
    Issue,
    IssueSeverity,
    ScopingTerms,
    ScopingValidationError,
    Section,
    read_decimal,
)
from consultant_desk.ui.framework.field_errors import INVALID_PROPERTY, INVALID_STYLE
from consultant_desk.ui.scoping_wizard.widgets import RowTable, TimeRange
from consultant_desk.ui.style import mute
from consultant_desk.ui.widgets.date_field import OptionalDateEdit

WARNING_PROPERTY = "warning"
ERROR_COLOUR = "#b71c1c"
WARNING_COLOUR = "#7a4f00"

PAGE_STYLE = (
    INVALID_STYLE
    + """
*[warning="true"] { border: 2px solid #d99a00; border-radius: 3px; }
QFrame#lessonsBanner {
    background: #fff7e0; border: 1px solid #ecd08c; border-radius: 6px;
}
QFrame#lessonsBanner QLabel { color: #5b4300; background: transparent; }
QFrame#issuesPanel {
    background: #fbf6f4; border: 1px solid #e8cfc9; border-radius: 6px;
}
QFrame#issuesPanel QLabel, QFrame#flagsPanel QLabel { background: transparent; }
QFrame#flagsPanel {
    background: #fffbf0; border: 1px solid #eddcae; border-radius: 6px;
}
"""
)

# Missing values are not shouted at while the user is still filling the page in: they show
# once the page has been left (or on the review page); wrong values show at once.
QUIET_CODES = frozenset(
    {"required", "scope_in_required", "share_or_amount_required", "due_required"}
)
MAX_LISTED = 6
LABEL_CHARS = 25

_ITEM = re.compile(r"^scoping\.(\w+)\[(\d+)\]\.(\w+)$")


def item_field(field: str) -> tuple[str, int, str] | None:
    """``scoping.milestones[2].due_date`` -> ("milestones", 2, "due_date")."""
    found = _ITEM.match(field)
    if found is None:
        return None
    return found.group(1), int(found.group(2)), found.group(3)


def mark_target(widget: QWidget) -> QWidget:
    """The widget that shows the border: the date box of an optional date, the grid of a
    table of rows."""
    if isinstance(widget, OptionalDateEdit):
        return widget.date_edit
    if isinstance(widget, RowTable):
        return widget.table
    return widget


def set_mark(widget: QWidget, severity: IssueSeverity | None, message: str = "") -> None:
    """Mark ``widget`` as wrong (error), doubtful (warning) or fine (None)."""
    error = severity is IssueSeverity.ERROR
    warning = severity is IssueSeverity.WARNING
    if (
        bool(widget.property(INVALID_PROPERTY)) == error
        and bool(widget.property(WARNING_PROPERTY)) == warning
        and widget.toolTip() == message
    ):
        return
    widget.setProperty(INVALID_PROPERTY, error)
    widget.setProperty(WARNING_PROPERTY, warning)
    widget.setToolTip(message)
    widget.setAccessibleDescription(message)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def is_warned(widget: QWidget) -> bool:
    return bool(widget.property(WARNING_PROPERTY))


class LessonsBanner(QFrame):
    """Lessons from earlier episodes for this page: noticeable, never alarming."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonsBanner")
        self.icon = QLabel(self)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon.setPixmap(pixmap.pixmap(22, 22))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.icon)
        layout.addLayout(column, 1)
        self._lessons: list[Lesson] = []
        self.retranslate()
        self.hide()

    def lessons(self) -> list[Lesson]:
        return list(self._lessons)

    def set_lessons(self, lessons: Sequence[Lesson]) -> None:
        self._lessons = list(lessons)
        self._render()

    def _render(self) -> None:
        texts = [html.escape(lesson.text()) for lesson in self._lessons]
        if len(texts) == 1:
            self.text.setText(texts[0])
        else:
            items = "".join(f"<li style='margin-bottom:3px'>{text}</li>" for text in texts)
            self.text.setText(f"<ul style='margin:0; -qt-list-indent:1'>{items}</ul>")
        self.setVisible(bool(texts))

    def plain_text(self) -> str:
        return " ".join(lesson.text() for lesson in self._lessons)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Lessons from earlier engagements"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class IssuesPanel(QFrame):
    """The inline list of what to fix (errors first) and what to consider, under the page.
    Each message is a link that takes the focus to its field."""

    field_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuesPanel")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._messages: list[tuple[str, IssueSeverity, str]] = []
        self.limit = MAX_LISTED
        self.hide()

    def messages(self) -> list[str]:
        return [text for _field, _severity, text in self._messages]

    def text(self) -> str:
        return "\n".join(self.messages())

    def set_messages(self, messages: Iterable[tuple[str, IssueSeverity, str]]) -> None:
        ordered = sorted(messages, key=lambda item: item[1] is not IssueSeverity.ERROR)
        unique: list[tuple[str, IssueSeverity, str]] = []
        for message in ordered:
            if message not in unique:
                unique.append(message)
        if unique == self._messages:
            return
        self._messages = unique
        self._render()

    def _render(self) -> None:
        lines = []
        for field, severity, text in self._messages[: self.limit]:
            colour = ERROR_COLOUR if severity is IssueSeverity.ERROR else WARNING_COLOUR
            sign = "✕" if severity is IssueSeverity.ERROR else "⚠"
            lines.append(
                f"<a href='field:{html.escape(field)}' style='color:{colour}; "
                f"text-decoration:none'>{sign}&nbsp;{html.escape(text)}</a>"
            )
        hidden = len(self._messages) - self.limit
        if hidden > 0:
            more = self.tr("…and %1 more: see the fields marked in colour.").replace(
                "%1", str(hidden)
            )
            lines.append(f"<span style='color:{WARNING_COLOUR}'>{html.escape(more)}</span>")
        self.label.setText("<br>".join(lines))
        self.setVisible(bool(self._messages))

    @Slot(str)
    def _on_link(self, link: str) -> None:
        if link.startswith("field:"):
            self.field_clicked.emit(link.removeprefix("field:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._messages:
            self._render()
        super().changeEvent(event)


class SectionPage(QWizardPage):
    """One section of the terms. Subclasses build their fields in ``self.form`` (or in
    ``self.content`` for their own layout) and implement load, apply and widget_for."""

    edited = Signal()
    section: Section = Section.MISSION

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visited = False
        self._parse_issues: list[Issue] = []
        self._shown: list[Issue] = []
        self._marked: dict[int, QWidget] = {}
        self._blocking = False
        self._widgets: dict[str, QWidget] = {}

        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("sectionHint")
        mute(self.hint_label)
        self.banner = LessonsBanner(self)

        self.content = QWidget()
        self.content.setObjectName("sectionContent")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(10)
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 4, 12, 0)
        self.content_layout.addLayout(self.form)
        self.content_layout.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.content)

        self.issues_panel = IssuesPanel(self)
        self.issues_panel.field_clicked.connect(self.focus_field)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.issues_panel)
        self.setStyleSheet(PAGE_STYLE)

    # -- what a page implements ------------------------------------------------------------

    def load(self, terms: ScopingTerms) -> None:
        """Show ``terms`` in the widgets (without emitting ``edited``: the wizard ignores it)."""

    def apply(self, terms: ScopingTerms) -> ScopingTerms:
        """``terms`` with this page's values; what cannot be read goes to ``parse_issue``."""
        return terms

    def refresh_derived(self, terms: ScopingTerms) -> None:
        """Update what is computed from the whole terms (totals, milestone names)."""

    def hint(self) -> str:
        return ""

    def retranslate(self) -> None:
        """Set every text again (called at start and when the language changes)."""

    # -- fields ---------------------------------------------------------------------------

    def add_row(self, widget: QWidget, field: str | None = None) -> QLabel:
        """A form row whose label ``retranslate`` names; ``field`` registers the widget."""
        label = QLabel(self.content)
        label.setBuddy(widget)
        label.setWordWrap(False)
        # The same label column on every page, so the fields do not jump from page to page.
        label.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * LABEL_CHARS))
        tall = isinstance(widget, (QPlainTextEdit, RowTable)) or any(
            widget.findChild(kind) is not None for kind in (QPlainTextEdit, RowTable)
        )
        if tall:
            # Level with the first line of a text or a table, not its middle.
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 4, 0, 0)
        else:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.addRow(label, widget)
        if field is not None:
            self.register(field, widget)
        return label

    def register(self, field: str, widget: QWidget) -> None:
        self._widgets[field] = widget
        self.watch(widget)

    def watch(self, widget: QWidget | QButtonGroup) -> None:
        """Emit ``edited`` whenever the user changes ``widget``."""
        emit = self.edited.emit
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _text: emit())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(emit)
        elif isinstance(widget, (OptionalDateEdit, TimeRange)):
            widget.changed.connect(emit)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _index: emit())
            if widget.isEditable():
                widget.editTextChanged.connect(lambda _text: emit())
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(emit)
            if hasattr(widget, "valueChanged"):
                widget.valueChanged.connect(lambda _value: emit())
        elif isinstance(widget, (QCheckBox, QAbstractButton)):
            widget.toggled.connect(lambda _checked: emit())
        elif isinstance(widget, QButtonGroup):
            widget.idToggled.connect(lambda _id, _checked: emit())
        elif isinstance(widget, RowTable):
            widget.edited.connect(emit)

    def widget_for(self, field: str) -> QWidget | None:
        """The widget that edits ``field``; list items are looked up by ``item_widget``."""
        if field in self._widgets:
            return mark_target(self._widgets[field])
        parts = item_field(field)
        if parts is not None:
            widget = self.item_widget(*parts)
            if widget is not None:
                return mark_target(widget)
        return None

    def item_widget(self, name: str, index: int, key: str) -> QWidget | None:
        return None

    @Slot(str)
    def focus_field(self, field: str) -> None:
        widget = self.widget_for(field)
        if widget is None:
            return
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reading numbers ------------------------------------------------------------------

    def begin_apply(self) -> None:
        self._parse_issues = []

    def parse_issue(self, issues: Iterable[Issue]) -> None:
        self._parse_issues.extend(issues)

    def decimal_of(self, field: str, text: str, previous: Decimal | None) -> Decimal | None:
        """What the user typed, or ``previous`` (with an issue) when it is not a number."""
        try:
            return read_decimal(field, text)
        except ScopingValidationError as error:
            self.parse_issue(error.issues)
            return previous

    @property
    def parse_issues(self) -> list[Issue]:
        return list(self._parse_issues)

    # -- issues ---------------------------------------------------------------------------

    def show_issues(self, issues: Sequence[Issue], *, everything: bool = False) -> None:
        """Mark the fields of ``issues`` (this section's) and list them under the page."""
        shown = [
            issue
            for issue in [*self._parse_issues, *issues]
            if everything or self.visited or issue.code not in QUIET_CODES
        ]
        self._shown = shown
        marks: dict[int, tuple[QWidget, IssueSeverity, list[str]]] = {}
        messages: list[tuple[str, IssueSeverity, str]] = []
        for issue in shown:
            text = issue.text()
            messages.append((issue.field, issue.severity, text))
            widget = self.widget_for(issue.field)
            if widget is None:
                continue
            _widget, severity, texts = marks.setdefault(id(widget), (widget, issue.severity, []))
            if issue.is_error:
                severity = IssueSeverity.ERROR
            marks[id(widget)] = (widget, severity, [*texts, text])
        for key, widget in list(self._marked.items()):
            if key not in marks:
                set_mark(widget, None)
                del self._marked[key]
        for key, (widget, severity, texts) in marks.items():
            set_mark(widget, severity, "\n".join(texts))
            self._marked[key] = widget
        self.issues_panel.set_messages(messages)
        blocking = any(issue.blocks_draft for issue in [*self._parse_issues, *issues])
        if blocking != self._blocking:
            self._blocking = blocking
            self.completeChanged.emit()

    def shown_issues(self) -> list[Issue]:
        return list(self._shown)

    def has_blocking_issue(self) -> bool:
        return self._blocking

    def isComplete(self) -> bool:
        return not self._blocking

    def cleanupPage(self) -> None:
        """Going back keeps what was typed (QWizard would reset registered fields)."""

    def set_lessons(self, lessons: Sequence[Lesson]) -> None:
        self.banner.set_lessons(lessons)

    def base_retranslate(self) -> None:
        self.setTitle(f"{self.section.page}. {self.section.label()}")
        self.hint_label.setText(self.hint())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.base_retranslate()
        super().changeEvent(event)
