"""Show a ValidationError where it belongs: on the widget of the field it names.

A service raises ``ValidationError(field="client.name", ...)``; a dialog registers which widget
edits which field, and :class:`FieldErrors` marks that widget (a red border through the
``invalid`` dynamic property), focuses it, and writes the message in the dialog's error label.
Nothing the user typed is touched.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QWidget,
)

from consultant_desk.domain.errors import ValidationError

INVALID_PROPERTY = "invalid"

# Appended to the style sheet of a dialog that uses FieldErrors. A property selector only
# matches after the widget is polished again, which mark() does.
INVALID_STYLE = """
*[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }
QLabel#fieldErrorLabel {
    color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px;
    padding: 6px 8px;
}
"""


def is_marked(widget: QWidget) -> bool:
    return bool(widget.property(INVALID_PROPERTY))


def _set_marked(widget: QWidget, marked: bool, message: str = "") -> None:
    widget.setProperty(INVALID_PROPERTY, marked)
    widget.setToolTip(message)
    widget.setAccessibleDescription(message)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class FieldErrors:
    """The field → widget map of one dialog, and its inline error label."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._widgets: dict[str, QWidget] = {}
        self._marked: list[QWidget] = []
        self._watched: set[int] = set()
        self.label = QLabel(owner)
        self.label.setObjectName("fieldErrorLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.label.hide()
        owner.setStyleSheet(owner.styleSheet() + INVALID_STYLE)

    def register(self, field: str, widget: QWidget) -> None:
        """``field`` is a machine name (``client.name``) or a prefix ending in a dot
        (``contact.``) for every field of a repeated item edited in one widget."""
        self._widgets[field] = widget
        self._watch(widget)

    def widget_for(self, field: str) -> QWidget | None:
        if field in self._widgets:
            return self._widgets[field]
        for key, widget in self._widgets.items():
            if key.endswith(".") and field.startswith(key):
                return widget
        return None

    def show(self, error: ValidationError) -> QWidget | None:
        """Mark the field's widget, focus it and show the message; returns the widget."""
        self.clear()
        message = error.text()
        self.label.setText(message)
        self.label.show()
        widget = self.widget_for(error.field)
        if widget is not None:
            _set_marked(widget, True, message)
            self._marked.append(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        return widget

    def show_message(self, message: str) -> None:
        """A message that names no field (a conflict, a record gone)."""
        self.clear()
        self.label.setText(message)
        self.label.show()

    def clear(self) -> None:
        for widget in self._marked:
            _set_marked(widget, False)
        self._marked.clear()
        self.label.clear()
        self.label.hide()

    def _unmark(self, widget: QWidget) -> None:
        # Once the user touches the field, its red border goes; the message stays until the
        # next save attempt, so it can still be read while fixing the value.
        if widget in self._marked:
            _set_marked(widget, False)
            self._marked.remove(widget)

    def _watch(self, widget: QWidget) -> None:
        if id(widget) in self._watched:
            return
        self._watched.add(id(widget))
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text: self._unmark(widget))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _index: self._unmark(widget))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(lambda: self._unmark(widget))
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(lambda: self._unmark(widget))
        elif isinstance(widget, QAbstractItemView):
            model = widget.model()
            if model is not None:
                model.dataChanged.connect(lambda *_args: self._unmark(widget))
