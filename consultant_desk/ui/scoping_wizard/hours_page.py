"""Page 6, working hours: days, time window, on site / remote / hybrid, travel."""

from __future__ import annotations

import dataclasses
from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QRadioButton, QWidget

from consultant_desk.domain.enums import WorkPlace
from consultant_desk.domain.scoping import WEEKDAYS, ScopingTerms, Section
from consultant_desk.ui.scoping_wizard.base import SectionPage
from consultant_desk.ui.scoping_wizard.widgets import TextArea, TimeRange

DEFAULT_START = time(9, 0)
DEFAULT_END = time(18, 0)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class HoursPage(SectionPage):
    section = Section.WORKING_HOURS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        days_box = QWidget(self.content)
        days_row = QHBoxLayout(days_box)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.day_checks: dict[str, QCheckBox] = {}
        for code in WEEKDAYS:
            check = QCheckBox(days_box)
            days_row.addWidget(check)
            self.day_checks[code] = check
            self.watch(check)
        days_row.addStretch(1)
        self.hours = TimeRange(self.content)
        self.hours.start_edit.setTime(_qtime(DEFAULT_START))
        self.hours.end_edit.setTime(_qtime(DEFAULT_END))
        place_box = QWidget(self.content)
        place_row = QHBoxLayout(place_box)
        place_row.setContentsMargins(0, 0, 0, 0)
        self.place_group = QButtonGroup(self)
        self.place_buttons: dict[WorkPlace, QRadioButton] = {}
        for index, place in enumerate(WorkPlace):
            button = QRadioButton(place_box)
            self.place_group.addButton(button, index)
            self.place_buttons[place] = button
            place_row.addWidget(button)
        place_row.addStretch(1)
        self.watch(self.place_group)
        self.travel_edit = TextArea(self.content, lines=3)
        self.labels = [
            self.add_row(days_box),
            self.add_row(self.hours),
            self.add_row(place_box),
            self.add_row(self.travel_edit, "scoping.travel"),
        ]
        for box in (days_box, place_box):
            # A plain container paints the border of a mark only with a styled background.
            box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.register("scoping.work_days", days_box)
        self.register("scoping.hours_start", self.hours.start_edit)
        self.register("scoping.hours_end", self.hours.end_edit)
        self.watch(self.hours)
        self.register("scoping.work_place", place_box)
        self.retranslate()
        self.base_retranslate()

    def hint(self) -> str:
        return self.tr(
            "When and where you work: days, hours, on site or remote, travel. Expectations "
            "agreed here avoid misunderstandings about your availability."
        )

    def retranslate(self) -> None:
        texts = (
            self.tr("Working days"),
            self.tr("Working hours"),
            self.tr("Place of work"),
            self.tr("Travel"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        for check, name in zip(self.day_checks.values(), names, strict=True):
            check.setText(name)
        for place, button in self.place_buttons.items():
            button.setText(place.label())
        self.travel_edit.setPlaceholderText(
            self.tr("Where, how often, and who pays for travel and accommodation")
        )

    def load(self, terms: ScopingTerms) -> None:
        for code, check in self.day_checks.items():
            check.setChecked(code in terms.work_days)
        has_hours = terms.hours_start is not None or terms.hours_end is not None
        self.hours.check.setChecked(has_hours)
        if terms.hours_start is not None:
            self.hours.start_edit.setTime(_qtime(terms.hours_start))
        if terms.hours_end is not None:
            self.hours.end_edit.setTime(_qtime(terms.hours_end))
        self.place_buttons[WorkPlace(terms.work_place)].setChecked(True)
        self.travel_edit.set_text(terms.travel)

    def apply(self, terms: ScopingTerms) -> ScopingTerms:
        days = tuple(code for code, check in self.day_checks.items() if check.isChecked())
        has_hours = self.hours.check.isChecked()
        place = next(
            (place for place, button in self.place_buttons.items() if button.isChecked()),
            terms.work_place,
        )
        return dataclasses.replace(
            terms,
            work_days=days,
            hours_start=_time(self.hours.start_edit.time()) if has_hours else None,
            hours_end=_time(self.hours.end_edit.time()) if has_hours else None,
            work_place=place,
            travel=self.travel_edit.text(),
        )
