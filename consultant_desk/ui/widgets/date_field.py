"""A date the user may leave unset: a check box that switches a QDateEdit on and off.

QDateEdit always holds a date; an engagement's start or end often is not known yet. Unset
shows the field disabled with a "Not set" text instead of a misleading date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from consultant_desk.domain.validation import EARLIEST_DATE, LATEST_DATE
from consultant_desk.ui.formatting import edit_date_format, from_qdate, to_qdate

# One day before the earliest valid date: the special value meaning "no date".
_UNSET = QDate(EARLIEST_DATE.year - 1, 12, 31)


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(edit_date_format())
        self.date_edit.setDateRange(_UNSET, to_qdate(LATEST_DATE))
        self._last = QDate.currentDate()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.date_edit)

        self.check.toggled.connect(self._on_toggled)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.retranslate()
        self.set_value(None)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        value = self.date_edit.date()
        return None if value == _UNSET else from_qdate(value)

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.check.setChecked(False)
            self._on_toggled(False)
        else:
            self._last = to_qdate(value)
            self.check.setChecked(True)
            self.date_edit.setDate(self._last)

    def retranslate(self) -> None:
        self.date_edit.setSpecialValueText(self.tr("Not set"))
        self.check.setToolTip(self.tr("Set a date"))
        self.check.setAccessibleName(self.tr("Set a date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        if checked:
            if self.date_edit.date() == _UNSET:
                self.date_edit.setDate(self._last)
        else:
            current = self.date_edit.date()
            if current != _UNSET:
                self._last = current
            self.date_edit.setDate(_UNSET)
        self.changed.emit()

    @Slot(QDate)
    def _on_date_changed(self, value: QDate) -> None:
        # Stepping down past the earliest date lands on the "unset" value: say so honestly.
        if value == _UNSET and self.check.isChecked():
            self.check.setChecked(False)
        self.changed.emit()
