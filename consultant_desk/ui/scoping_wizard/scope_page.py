"""Page 7, scope: what is in, what is explicitly out, and how a change is requested."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from consultant_desk.domain.enums import ScopeSide
from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import ClauseKind, ScopeItem, ScopingTerms, Section
from consultant_desk.ui.scoping_wizard.base import SectionPage
from consultant_desk.ui.scoping_wizard.widgets import (
    ClauseButton,
    Column,
    RowTable,
    TextArea,
    with_clause,
)
from consultant_desk.ui.style import enlarge_font


def _line(parent: QWidget) -> QWidget:
    return QLineEdit(parent)


class ScopePage(SectionPage):
    section = Section.SCOPE

    def __init__(
        self,
        terms: Callable[[], ScopingTerms],
        language: Callable[[], Language],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.items_in = RowTable(
            [Column("text", lambda: self.tr("Included"), _line, stretch=1)],
            add_text=lambda: self.tr("Add an item"),
            empty_text=lambda: self.tr("Nothing listed yet."),
            remove_tip=lambda: self.tr("Remove this item"),
            parent=self.content,
        )
        self.items_out = RowTable(
            [Column("text", lambda: self.tr("Not included"), _line, stretch=1)],
            add_text=lambda: self.tr("Add an exclusion"),
            empty_text=lambda: self.tr("Nothing excluded yet."),
            remove_tip=lambda: self.tr("Remove this exclusion"),
            parent=self.content,
        )
        self.in_title = QLabel(self.content)
        self.out_title = QLabel(self.content)
        for title in (self.in_title, self.out_title):
            enlarge_font(title, 1.0, bold=True)
        lists = QWidget(self.content)
        grid = QGridLayout(lists)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.in_title, 0, 0)
        grid.addWidget(self.out_title, 0, 1)
        grid.addWidget(self.items_in, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.items_out, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.content_layout.insertWidget(0, lists)
        self.register("scoping.scope_items", self.items_in)
        self.watch(self.items_out)

        self.change_edit = TextArea(self.content, lines=4)
        self.change_clause = ClauseButton(
            ClauseKind.CHANGE_REQUEST, self.change_edit, terms, language, self.content
        )
        self.change_label = self.add_row(
            with_clause(self.change_edit, self.change_clause, self.content),
            "scoping.change_request_procedure",
        )
        self.register("scoping.change_request_procedure", self.change_edit)
        self.form.setContentsMargins(0, 12, 0, 0)
        self.retranslate()
        self.base_retranslate()

    def hint(self) -> str:
        return self.tr(
            "What you do and, just as important, what you do not do. Listing the exclusions and "
            "how a change is requested keeps extra work from turning into tension."
        )

    def retranslate(self) -> None:
        self.in_title.setText(self.tr("What the engagement includes"))
        self.out_title.setText(self.tr("What it explicitly does not include"))
        self.change_label.setText(self.tr("Change requests"))
        self.change_edit.setPlaceholderText(
            self.tr("How the client asks for a change, how you quote it, who approves it")
        )
        self.items_in.retranslate()
        self.items_out.retranslate()

    def add_item(self, text: str, side: ScopeSide = ScopeSide.IN) -> int:
        table = self.items_in if side == ScopeSide.IN else self.items_out
        row = table.add_row()
        table.line(row, "text").setText(text)
        return row

    def item_widget(self, name: str, index: int, key: str) -> QWidget | None:
        if name != "scope_items":
            return None
        count_in = self.items_in.row_count()
        if index < count_in:
            return self.items_in.cell(index, "text")
        if index - count_in < self.items_out.row_count():
            return self.items_out.cell(index - count_in, "text")
        return None

    def load(self, terms: ScopingTerms) -> None:
        for table, side in ((self.items_in, ScopeSide.IN), (self.items_out, ScopeSide.OUT)):
            texts = [item.text for item in terms.scope_items if item.side == side]
            table.set_row_count(len(texts))
            for row, text in enumerate(texts):
                edit = table.line(row, "text")
                if edit.text() != text:
                    edit.setText(text)
        self.change_edit.set_text(terms.change_request_procedure)

    def apply(self, terms: ScopingTerms) -> ScopingTerms:
        items = [
            ScopeItem(side=side, text=table.line(row, "text").text())
            for table, side in ((self.items_in, ScopeSide.IN), (self.items_out, ScopeSide.OUT))
            for row in range(table.row_count())
        ]
        return dataclasses.replace(
            terms,
            scope_items=tuple(items),
            change_request_procedure=self.change_edit.text(),
        )
