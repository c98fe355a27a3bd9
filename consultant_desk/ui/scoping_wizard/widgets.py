"""The small widgets the wizard pages share: numbers typed as text, multi-line fields, the
clause menu, and an editable table of rows (milestones, people, scope items, instalments).

Numbers are typed in plain line edits and read with the domain's ``read_decimal`` (``1 234,50``
and ``1234.50`` both work), never through a float; the pages turn what cannot be read into
an inline message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.language import Language, current_language
from consultant_desk.domain.scoping import ClauseKind, ScopingTerms
from consultant_desk.domain.scoping_messages import format_decimal
from consultant_desk.services.clauses import Clause, clauses, fill_clause
from consultant_desk.ui.style import mute
from consultant_desk.ui.widgets.date_field import OptionalDateEdit


def _shown(value: Decimal, language: Language, *, grouped: bool) -> str:
    if grouped:
        return format_decimal(value, language)
    text = f"{value:f}"
    return text.replace(".", ",") if language is Language.FR else text


def plain_number(
    value: Decimal | None, language: Language | None = None, *, grouped: bool = True
) -> str:
    """A stored number as a person writes it: ``15`` rather than ``15.00``, the language's
    decimal mark, thousands grouped unless ``grouped`` is False."""
    if value is None:
        return ""
    language = language or current_language()
    if value.is_finite() and value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    elif value.is_finite():
        value = value.normalize()
    return _shown(value, language, grouped=grouped)


def money_text(
    value: Decimal | None, language: Language | None = None, *, grouped: bool = True
) -> str:
    """An amount with its two decimals: ``1 234,50``."""
    if value is None:
        return ""
    language = language or current_language()
    if value.is_finite() and value == value.quantize(Decimal("0.01")):
        value = value.quantize(Decimal("0.01"))
    return _shown(value, language, grouped=grouped)


def editable_grouping(language: Language | None = None) -> bool:
    """Whether a number shown for editing groups its thousands: in French only, with the
    narrow space that ``read_decimal`` reads back (``1 234,50``); an English ``1,234.50``
    would not read back, so English shows ``1234.50``."""
    return (language or current_language()) is Language.FR


class NumberEdit(QLineEdit):
    """A number typed as text (a rate, days, a share): right-aligned, read by the page."""

    def __init__(self, parent: QWidget | None = None, *, money: bool = False) -> None:
        super().__init__(parent)
        self.money = money
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 14) + 16)

    def set_number(self, value: Decimal | None) -> None:
        grouped = editable_grouping()
        text = (
            money_text(value, grouped=grouped)
            if self.money
            else plain_number(value, grouped=grouped)
        )
        if text != self.text():
            self.setText(text)


class TextArea(QPlainTextEdit):
    """A multi-line field of a few lines; Tab moves on to the next field."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.lines = lines
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        # Only when different: setting the same text again would lose the cursor and undo.
        if text != self.toPlainText():
            self.setPlainText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.setFixedHeight(self.fontMetrics().lineSpacing() * self.lines + 14)
        super().changeEvent(event)


class OptionalDaysSpin(QSpinBox):
    """A whole number of days that may be left unset (0 shows "Not set")."""

    def __init__(self, parent: QWidget | None = None, *, maximum: int = 365) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 12) + 40)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def days(self) -> int | None:
        return self.value() or None

    def set_days(self, value: int | None) -> None:
        self.setValue(value or 0)


class ClauseButton(QPushButton):
    """ "Insert clause…": a menu of the library's ready texts of one kind, in the contract's
    language; the chosen one, filled from the terms, goes into ``target`` where it stays
    editable (appended after a blank line when the field already holds text)."""

    inserted = Signal(str)

    def __init__(
        self,
        kind: ClauseKind,
        target: TextArea,
        terms: Callable[[], ScopingTerms],
        language: Callable[[], Language],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.target = target
        self._terms = terms
        self._language = language
        self.setAutoDefault(False)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.menu_.aboutToShow.connect(self.fill_menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Insert clause…"))
        self.setToolTip(
            self.tr("Insert a ready-made clause from the library; you can edit it afterwards.")
        )

    def available(self) -> list[Clause]:
        return clauses(self.kind, self._language())

    @Slot()
    def fill_menu(self) -> None:
        self.menu_.clear()
        language = self._language()
        self.menu_.addSection(
            self.tr("Clauses in French")
            if language is Language.FR
            else self.tr("Clauses in English")
        )
        for clause in self.available():
            action = QAction(clause.title, self.menu_)
            action.setData(clause.id)
            action.triggered.connect(lambda _checked=False, c=clause: self.insert(c))
            self.menu_.addAction(action)

    def insert(self, clause: Clause) -> None:
        text = fill_clause(clause, self._terms(), self._language())
        cursor = self.target.textCursor()
        cursor.beginEditBlock()
        if self.target.toPlainText().strip():
            cursor.movePosition(cursor.MoveOperation.End)
            cursor.insertText("\n\n" + text)
        else:
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(text)
        cursor.endEditBlock()
        self.target.setTextCursor(cursor)
        self.target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.inserted.emit(clause.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def with_clause(field: TextArea, button: ClauseButton, parent: QWidget) -> QWidget:
    """A text field with its "Insert clause…" button under it, on the right."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    layout.addLayout(row)
    box.setFocusProxy(field)
    return box


class TimeRange(QWidget):
    """Working hours that may be left unset: a check box, then "from … to …"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.start_edit = QTimeEdit(self)
        self.end_edit = QTimeEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.to_label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.start_edit)
        layout.addWidget(self.to_label)
        layout.addWidget(self.end_edit)
        layout.addStretch(1)
        self.check.toggled.connect(self._on_toggled)
        self.start_edit.timeChanged.connect(self.changed)
        self.end_edit.timeChanged.connect(self.changed)
        self._on_toggled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.check.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        self.start_edit.setEnabled(checked)
        self.end_edit.setEnabled(checked)
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# --- An editable table of rows ----------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of a RowTable: a key, a translated header, and the cell widget's maker."""

    key: str
    header: Callable[[], str]
    make: Callable[[QWidget], QWidget]
    stretch: int = 0
    width: int = 0


def _connect_change(widget: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(lambda _text: slot())
    elif isinstance(widget, OptionalDateEdit):
        widget.changed.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda _index: slot())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)


def _focusable(widget: QWidget) -> list[QWidget]:
    """The widgets Tab stops at in ``widget``: itself, or its direct children (the check box
    and the date of an optional date)."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return [widget]
    children = widget.findChildren(QWidget, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return [child for child in children if child.focusPolicy() & Qt.FocusPolicy.TabFocus]


class RowTable(QWidget):
    """Rows of editable cells with "Add" below and a remove button at the end of each row.

    Each cell is a real widget (a line edit, a date, a combo box), so it can be typed into,
    reached with Tab and marked when its value is wrong, like any other field.
    """

    edited = Signal()
    row_added = Signal(int)
    row_removed = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column],
        add_text: Callable[[], str],
        empty_text: Callable[[], str],
        remove_tip: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._add_text = add_text
        self._empty_text = empty_text
        self._remove_tip = remove_tip
        self._keys = [column.key for column in self.columns]

        self.table = QTableWidget(0, len(self.columns) + 1, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setTabKeyNavigation(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index, column in enumerate(self.columns):
            if column.stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                if column.width:
                    header.resizeSection(index, column.width)
        header.setSectionResizeMode(len(self.columns), QHeaderView.ResizeMode.Fixed)
        header.resizeSection(len(self.columns), 34)
        # A single column needs no header: the list's title says what it holds.
        header.setVisible(len(self.columns) > 1)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self._row_height())

        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add)
        self.empty_label = QLabel(self)
        mute(self.empty_label)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.empty_label)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()
        self._refresh_size()

    # -- rows ---------------------------------------------------------------------------

    def row_count(self) -> int:
        return self.table.rowCount()

    def cell(self, row: int, key: str) -> QWidget:
        widget = self.table.cellWidget(row, self._keys.index(key))
        assert widget is not None
        return widget

    def line(self, row: int, key: str) -> QLineEdit:
        widget = self.cell(row, key)
        assert isinstance(widget, QLineEdit)
        return widget

    def date(self, row: int, key: str) -> OptionalDateEdit:
        widget = self.cell(row, key)
        assert isinstance(widget, OptionalDateEdit)
        return widget

    def combo(self, row: int, key: str) -> QComboBox:
        widget = self.cell(row, key)
        assert isinstance(widget, QComboBox)
        return widget

    def remove_button(self, row: int) -> QToolButton:
        widget = self.table.cellWidget(row, len(self.columns))
        assert isinstance(widget, QToolButton)
        return widget

    def add_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self.columns):
            widget = column.make(self.table)
            if isinstance(widget, QLineEdit):
                widget.setFrame(False)
            _connect_change(widget, self.edited.emit)
            self.table.setCellWidget(row, index, widget)
        remove = QToolButton(self.table)
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self._remove_tip())
        remove.setAccessibleName(self._remove_tip())
        remove.clicked.connect(self._on_remove)
        self.table.setCellWidget(row, len(self.columns), remove)
        self._chain(row)
        self._refresh_size()
        return row

    def _chain(self, row: int) -> None:
        """Tab goes through the rows in order, then to "Add": a new row's cells come after
        the row above (or whatever came before the table), not at the end of the window."""
        chain: list[QWidget] = []
        for column in range(len(self.columns) + 1):
            cell = self.table.cellWidget(row, column)
            if cell is not None:
                chain.extend(_focusable(cell))
        if not chain:
            return
        previous: QWidget | None
        if row > 0:
            previous = self.table.cellWidget(row - 1, len(self.columns))
        else:
            previous = self.add_button.previousInFocusChain()
        for cell in chain:
            if previous is not None:
                QWidget.setTabOrder(previous, cell)
            previous = cell
        QWidget.setTabOrder(chain[-1], self.add_button)

    def set_row_count(self, count: int) -> None:
        while self.table.rowCount() > count:
            self.table.removeRow(self.table.rowCount() - 1)
        while self.table.rowCount() < count:
            self.add_row()
        self._refresh_size()

    def remove_row(self, row: int) -> None:
        self.table.removeRow(row)
        self._refresh_size()
        self.row_removed.emit(row)
        self.edited.emit()

    @Slot()
    def _on_add(self) -> None:
        row = self.add_row()
        first = self.table.cellWidget(row, 0)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.row_added.emit(row)
        self.edited.emit()

    @Slot()
    def _on_remove(self) -> None:
        sender = self.sender()
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, len(self.columns)) is sender:
                self.remove_row(row)
                return

    # -- look ---------------------------------------------------------------------------

    def _row_height(self) -> int:
        probe = OptionalDateEdit()
        height = max(probe.sizeHint().height(), QComboBox().sizeHint().height())
        probe.deleteLater()
        return height + 4

    def _refresh_size(self) -> None:
        rows = self.table.rowCount()
        self.table.setVisible(rows > 0)
        self.empty_label.setVisible(rows == 0)
        header = self.table.horizontalHeader()
        height = header.sizeHint().height() if not header.isHidden() else 0
        height += rows * self.table.verticalHeader().defaultSectionSize()
        height += 2 * self.table.frameWidth()
        scroll = self.table.horizontalScrollBar()
        if scroll.isVisible():
            height += scroll.sizeHint().height()
        self.table.setFixedHeight(height)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([column.header() for column in self.columns] + [""])
        self.add_button.setText(self._add_text())
        self.empty_label.setText(self._empty_text())
        for row in range(self.table.rowCount()):
            self.remove_button(row).setToolTip(self._remove_tip())
            self.remove_button(row).setAccessibleName(self._remove_tip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
