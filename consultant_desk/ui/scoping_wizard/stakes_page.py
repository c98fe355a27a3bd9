"""Page 2, stakes: objectives, expected benefits, risks, success criteria."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from consultant_desk.domain.scoping import ScopingTerms, Section
from consultant_desk.ui.scoping_wizard.base import SectionPage
from consultant_desk.ui.scoping_wizard.widgets import TextArea

FIELDS = ("objectives", "expected_benefits", "risks", "success_criteria")


class StakesPage(SectionPage):
    section = Section.STAKES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.objectives_edit = TextArea(self.content, lines=4)
        self.benefits_edit = TextArea(self.content, lines=3)
        self.risks_edit = TextArea(self.content, lines=3)
        self.criteria_edit = TextArea(self.content, lines=3)
        self.edits = dict(
            zip(
                FIELDS,
                (self.objectives_edit, self.benefits_edit, self.risks_edit, self.criteria_edit),
                strict=True,
            )
        )
        self.labels = [self.add_row(edit, f"scoping.{name}") for name, edit in self.edits.items()]
        self.retranslate()
        self.base_retranslate()

    def hint(self) -> str:
        return self.tr(
            "Why is the client calling you in? Dissatisfaction is a gap between what the client "
            "expected and what they obtained: writing down the objectives, and how success "
            "will be judged, keeps the two aligned from the start."
        )

    def retranslate(self) -> None:
        texts = (
            self.tr("Objectives"),
            self.tr("Expected benefits"),
            self.tr("Risks"),
            self.tr("Success criteria"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.objectives_edit.setPlaceholderText(
            self.tr("What the engagement must achieve, in the client’s words")
        )
        self.benefits_edit.setPlaceholderText(
            self.tr("What the client gains: time, money, quality, peace of mind…")
        )
        self.risks_edit.setPlaceholderText(
            self.tr("What could get in the way, and how you will handle it")
        )
        self.criteria_edit.setPlaceholderText(
            self.tr("How you and the client will tell that it worked (measurable if possible)")
        )

    def load(self, terms: ScopingTerms) -> None:
        for name, edit in self.edits.items():
            edit.set_text(getattr(terms, name))

    def apply(self, terms: ScopingTerms) -> ScopingTerms:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return dataclasses.replace(terms, **values)  # type: ignore[arg-type]
