"""Page 4, resources: who works on the engagement and for how many days, material, access."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from consultant_desk.domain.enums import PricingMode
from consultant_desk.domain.scoping import ResourceLine, ScopingTerms, Section
from consultant_desk.ui.formatting import arg
from consultant_desk.ui.scoping_wizard.base import SectionPage
from consultant_desk.ui.scoping_wizard.widgets import (
    Column,
    NumberEdit,
    RowTable,
    TextArea,
    plain_number,
)
from consultant_desk.ui.style import mute


def _line(parent: QWidget) -> QWidget:
    return QLineEdit(parent)


def _days(parent: QWidget) -> QWidget:
    edit = NumberEdit(parent)
    edit.setMaximumWidth(16777215)
    return edit


class ResourcesPage(SectionPage):
    section = Section.RESOURCES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = RowTable(
            [
                Column("role", lambda: self.tr("Role"), _line, stretch=1),
                Column("person", lambda: self.tr("Name"), _line, stretch=1),
                Column("days", lambda: self.tr("Days"), _days, width=90),
            ],
            add_text=lambda: self.tr("Add a person"),
            empty_text=lambda: self.tr("Nobody yet."),
            remove_tip=lambda: self.tr("Remove this person"),
            parent=self.content,
        )
        self.total_label = QLabel(self.content)
        mute(self.total_label)
        people_box = QWidget(self.content)
        box = QVBoxLayout(people_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.people)
        box.addWidget(self.total_label)
        self.material_edit = TextArea(self.content, lines=3)
        self.access_edit = TextArea(self.content, lines=3)
        self.labels = [
            self.add_row(people_box),
            self.add_row(self.material_edit, "scoping.material"),
            self.add_row(self.access_edit, "scoping.access_needed"),
        ]
        self.register("scoping.resource_lines", self.people)
        self._billed: Decimal | None = None
        self._daily = True
        self._planned: list[Decimal | None] = []
        self.retranslate()
        self.base_retranslate()

    def hint(self) -> str:
        return self.tr(
            "Who works on the engagement, for how many days, with what equipment and which "
            "access. Saying it now avoids discovering on the first morning that a badge, a "
            "licence or a person is missing."
        )

    def retranslate(self) -> None:
        texts = (self.tr("People"), self.tr("Material"), self.tr("Access needed"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.material_edit.setPlaceholderText(
            self.tr("Laptop, software licences, meeting room, equipment on site…")
        )
        self.access_edit.setPlaceholderText(
            self.tr("Building badge, accounts, VPN, shared folders, tools…")
        )
        self.people.retranslate()
        self._refresh_total()

    def add_person(self, role: str = "", person: str = "", days: str = "") -> int:
        row = self.people.add_row()
        self.people.line(row, "role").setText(role)
        self.people.line(row, "person").setText(person)
        self.people.line(row, "days").setText(days)
        return row

    def item_widget(self, name: str, index: int, key: str) -> QWidget | None:
        if name == "resource_lines" and index < self.people.row_count():
            return self.people.cell(index, key)
        return None

    def load(self, terms: ScopingTerms) -> None:
        self.people.set_row_count(len(terms.resource_lines))
        for row, line in enumerate(terms.resource_lines):
            for key, value in (("role", line.role), ("person", line.person)):
                edit = self.people.line(row, key)
                if edit.text() != value:
                    edit.setText(value)
            days = self.people.line(row, "days")
            assert isinstance(days, NumberEdit)
            days.set_number(line.days)
        self.material_edit.set_text(terms.material)
        self.access_edit.set_text(terms.access_needed)

    def apply(self, terms: ScopingTerms) -> ScopingTerms:
        lines = []
        for row in range(self.people.row_count()):
            field = f"scoping.resource_lines[{row}].days"
            previous = terms.resource_lines[row].days if row < len(terms.resource_lines) else None
            lines.append(
                ResourceLine(
                    role=self.people.line(row, "role").text(),
                    person=self.people.line(row, "person").text(),
                    days=self.decimal_of(field, self.people.line(row, "days").text(), previous),
                )
            )
        return dataclasses.replace(
            terms,
            resource_lines=tuple(lines),
            material=self.material_edit.text(),
            access_needed=self.access_edit.text(),
        )

    def refresh_derived(self, terms: ScopingTerms) -> None:
        self._billed = terms.days
        self._daily = terms.pricing_mode == PricingMode.DAILY_RATE
        self._planned = [line.days for line in terms.resource_lines]
        self._refresh_total()

    def _refresh_total(self) -> None:
        planned = [days for days in self._planned if isinstance(days, Decimal)]
        if not planned:
            self.total_label.clear()
            return
        total = plain_number(sum(planned, Decimal(0)))
        if self._daily and self._billed is not None:
            text = arg(
                self.tr("In all: %1 days planned, %2 days billed."),
                total,
                plain_number(self._billed),
            )
        else:
            text = arg(self.tr("In all: %1 days planned."), total)
        self.total_label.setText(text)
