"""Page 3, deadlines: start, end, and the milestones with their deliverables and due dates."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from consultant_desk.domain.scoping import Milestone, ScopingTerms, Section
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.scoping_wizard.base import SectionPage
from consultant_desk.ui.scoping_wizard.widgets import Column, RowTable
from consultant_desk.ui.style import mute
from consultant_desk.ui.widgets.date_field import OptionalDateEdit


def _line(parent: QWidget) -> QWidget:
    return QLineEdit(parent)


def _date(parent: QWidget) -> QWidget:
    return OptionalDateEdit(parent)


class DeadlinesPage(SectionPage):
    section = Section.DEADLINES

    milestone_removed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_field = OptionalDateEdit(self.content)
        self.end_field = OptionalDateEdit(self.content)
        self.duration_label = QLabel(self.content)
        mute(self.duration_label)
        dates = QWidget(self.content)
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        self.from_label = QLabel(dates)
        self.to_label = QLabel(dates)
        row.addWidget(self.from_label)
        row.addWidget(self.start_field)
        row.addWidget(self.to_label)
        row.addWidget(self.end_field)
        row.addSpacing(12)
        row.addWidget(self.duration_label, 1)
        self.milestones = RowTable(
            [
                Column("name", lambda: self.tr("Milestone"), _line, width=220),
                Column("due_date", lambda: self.tr("Due date"), _date, width=170),
                Column("deliverable", lambda: self.tr("Deliverable"), _line, stretch=1),
            ],
            add_text=lambda: self.tr("Add a milestone"),
            empty_text=lambda: self.tr("No milestone yet."),
            remove_tip=lambda: self.tr("Remove this milestone"),
            parent=self.content,
        )
        self.dates_label = self.add_row(dates)
        self.register("scoping.start_date", self.start_field)
        self.register("scoping.end_date", self.end_field)
        self.milestones_label = self.add_row(self.milestones, "scoping.milestones")
        self.milestones.row_removed.connect(self.milestone_removed)
        self.retranslate()
        self.base_retranslate()

    def hint(self) -> str:
        return self.tr(
            "Delays are among the first causes of dissatisfaction. Dated milestones, each with "
            "its deliverable, give the client visibility, and give you both a shared reference "
            "when the planning moves."
        )

    def retranslate(self) -> None:
        self.dates_label.setText(self.tr("Engagement"))
        self.from_label.setText(self.tr("from", "dates"))
        self.to_label.setText(self.tr("to", "dates"))
        self.milestones_label.setText(self.tr("Milestones"))
        self.start_field.setToolTip(self.tr("Start date"))
        self.end_field.setToolTip(self.tr("End date"))
        self.milestones.retranslate()
        self._refresh_duration()

    def add_milestone(self, name: str = "") -> int:
        row = self.milestones.add_row()
        self.milestones.line(row, "name").setText(name)
        return row

    def item_widget(self, name: str, index: int, key: str) -> QWidget | None:
        if name == "milestones" and index < self.milestones.row_count():
            return self.milestones.cell(index, key)
        return None

    def load(self, terms: ScopingTerms) -> None:
        self.start_field.set_value(terms.start_date)
        self.end_field.set_value(terms.end_date)
        self.milestones.set_row_count(len(terms.milestones))
        for row, milestone in enumerate(terms.milestones):
            name = self.milestones.line(row, "name")
            if name.text() != milestone.name:
                name.setText(milestone.name)
            self.milestones.date(row, "due_date").set_value(milestone.due_date)
            deliverable = self.milestones.line(row, "deliverable")
            if deliverable.text() != milestone.deliverable:
                deliverable.setText(milestone.deliverable)
        self._refresh_duration()

    def apply(self, terms: ScopingTerms) -> ScopingTerms:
        milestones = tuple(
            Milestone(
                name=self.milestones.line(row, "name").text(),
                due_date=self.milestones.date(row, "due_date").value(),
                deliverable=self.milestones.line(row, "deliverable").text(),
            )
            for row in range(self.milestones.row_count())
        )
        self._refresh_duration()
        return dataclasses.replace(
            terms,
            start_date=self.start_field.value(),
            end_date=self.end_field.value(),
            milestones=milestones,
        )

    def _refresh_duration(self) -> None:
        start, end = self.start_field.value(), self.end_field.value()
        if start is None or end is None or end < start:
            self.duration_label.clear()
            return
        weeks, days = divmod((end - start).days + 1, 7)
        week_text = self.tr("1 week") if weeks == 1 else arg(self.tr("%1 weeks"), weeks)
        day_text = self.tr("1 day") if days == 1 else arg(self.tr("%1 days"), days)
        if weeks == 0:
            text = day_text
        elif days == 0:
            text = week_text
        else:
            text = arg(self.tr("%1 and %2"), week_text, day_text)
        self.duration_label.setText(arg(self.tr("Duration: %1"), text))
