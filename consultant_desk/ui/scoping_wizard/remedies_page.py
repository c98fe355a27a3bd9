"""Page 9, remedies: amicable settlement first, then mediation, applicable law and court."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import ClauseKind, ScopingTerms, Section
from consultant_desk.ui.scoping_wizard.base import SectionPage
from consultant_desk.ui.scoping_wizard.widgets import ClauseButton, TextArea, with_clause


class RemediesPage(SectionPage):
    section = Section.REMEDIES

    def __init__(
        self,
        terms: Callable[[], ScopingTerms],
        language: Callable[[], Language],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.amicable_edit = TextArea(self.content, lines=5)
        self.amicable_clause = ClauseButton(
            ClauseKind.REMEDIES, self.amicable_edit, terms, language, self.content
        )
        self.mediator_edit = QLineEdit(self.content)
        self.law_edit = QLineEdit(self.content)
        self.court_edit = QLineEdit(self.content)
        self.labels = [
            self.add_row(with_clause(self.amicable_edit, self.amicable_clause, self.content)),
            self.add_row(self.mediator_edit, "scoping.mediator"),
            self.add_row(self.law_edit, "scoping.applicable_law"),
            self.add_row(self.court_edit, "scoping.court"),
        ]
        self.register("scoping.amicable_settlement", self.amicable_edit)
        self.retranslate()
        self.base_retranslate()

    def hint(self) -> str:
        return self.tr(
            "If a disagreement arises: an amicable settlement first, then a mediator, and only "
            "then a court. Agreeing on it while all goes well keeps a crisis factual, and no one "
            "ever has to enter into conflict."
        )

    def retranslate(self) -> None:
        texts = (
            self.tr("Amicable settlement"),
            self.tr("Mediator"),
            self.tr("Applicable law"),
            self.tr("Competent court"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.amicable_edit.setPlaceholderText(
            self.tr("How the parties first try to settle a disagreement between themselves")
        )
        self.mediator_edit.setPlaceholderText(
            self.tr("A named mediator or mediation centre, agreed by both parties")
        )
        self.law_edit.setPlaceholderText(self.tr("For example: French law"))
        self.court_edit.setPlaceholderText(self.tr("For example: Commercial court of Lyon"))

    def load(self, terms: ScopingTerms) -> None:
        self.amicable_edit.set_text(terms.amicable_settlement)
        for edit, value in (
            (self.mediator_edit, terms.mediator),
            (self.law_edit, terms.applicable_law),
            (self.court_edit, terms.court),
        ):
            if edit.text() != value:
                edit.setText(value)

    def apply(self, terms: ScopingTerms) -> ScopingTerms:
        return dataclasses.replace(
            terms,
            amicable_settlement=self.amicable_edit.text(),
            mediator=self.mediator_edit.text(),
            applicable_law=self.law_edit.text(),
            court=self.court_edit.text(),
        )
