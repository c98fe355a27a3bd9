"""The frame every record editor shares: fields, an inline error line, Save and Cancel.

A subclass builds its fields, registers them with ``self.errors`` and implements ``save``
(one service call per intention, returning the record id) and ``reload``. Pressing Save runs
``save``; a ValidationError marks the field and keeps the dialog open with everything typed,
a ConflictError offers to reload, a NotFoundError closes the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from consultant_desk.ui import messages
from consultant_desk.ui.framework.field_errors import FieldErrors


class RecordDialog(QDialog):
    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_id: int | None = None
        self.errors = FieldErrors(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.main_layout = QVBoxLayout(self)

    @property
    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def add_row(self, form: QFormLayout, field: QWidget) -> QLabel:
        """A form row whose label the subclass names in ``retranslate``."""
        label = QLabel(self)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def finish_layout(self, body: QWidget) -> None:
        """Place the subclass's fields above the error line and the buttons."""
        self.main_layout.addWidget(body, 1)
        self.main_layout.addWidget(self.errors.label)
        self.main_layout.addWidget(self.buttons)

    # -- what subclasses implement ----------------------------------------------------------

    def save(self) -> int:
        """Write through the services; return the record id. Raise DomainError on refusal."""
        raise NotImplementedError

    def reload(self) -> None:
        """Show the stored record again, after a conflict."""
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    def show_validation_error(self, error: ValidationError) -> None:
        self.errors.show(error)

    # -- the save flow -------------------------------------------------------------------------

    def accept(self) -> None:
        self.errors.clear()
        try:
            record_id = self.save()
        except ValidationError as error:
            self.show_validation_error(error)
            return
        except ConflictError as error:
            self.errors.show_message(error.text())
            if messages.ask_reload(self, error):
                self.reload()
                self.errors.show_message(self.tr("Reloaded: the form now shows the saved version."))
            return
        except NotFoundError as error:
            messages.show_error(self, self.windowTitle(), error.text())
            self.reject()
            return
        self.saved_id = record_id
        self.saved.emit(record_id)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
