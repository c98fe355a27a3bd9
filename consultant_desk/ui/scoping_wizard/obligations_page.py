"""Page 5, what is expected of the client: presence, responsiveness, data and access."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from consultant_desk.domain.scoping import ScopingTerms, Section
from consultant_desk.ui.scoping_wizard.base import SectionPage
from consultant_desk.ui.scoping_wizard.widgets import OptionalDaysSpin, TextArea


class ObligationsPage(SectionPage):
    section = Section.CLIENT_OBLIGATIONS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_edit = QLineEdit(self.content)
        self.meetings_edit = TextArea(self.content, lines=3)
        self.response_spin = OptionalDaysSpin(self.content)
        self.data_edit = TextArea(self.content, lines=3)
        self.labels = [
            self.add_row(self.contact_edit, "scoping.client_contact_name"),
            self.add_row(self.meetings_edit, "scoping.client_meetings"),
            self.add_row(self.response_spin, "scoping.response_days"),
            self.add_row(self.data_edit, "scoping.client_data_to_provide"),
        ]
        self.retranslate()
        self.base_retranslate()

    def hint(self) -> str:
        return self.tr(
            "An engagement succeeds with the client, not only for them. A named contact, "
            "regular meetings and an agreed reply time protect your deadlines when answers are "
            "slow to come."
        )

    def retranslate(self) -> None:
        texts = (
            self.tr("Named contact"),
            self.tr("Presence and meetings"),
            self.tr("Replies within"),
            self.tr("Data and access to provide"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.contact_edit.setPlaceholderText(self.tr("The person who answers for the client"))
        self.meetings_edit.setPlaceholderText(
            self.tr("Kick-off meeting, a weekly progress review, steering committee…")
        )
        self.response_spin.setSpecialValueText(self.tr("Not set"))
        self.response_spin.setSuffix(self.tr(" working days"))
        self.data_edit.setPlaceholderText(
            self.tr("Documents, figures, accounts and access the client provides, and by when")
        )

    def set_contacts(self, names: Sequence[str]) -> None:
        """Offer the client's contacts as the user types the named contact."""
        completer = QCompleter(list(names), self.contact_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.contact_edit.setCompleter(completer)

    def load(self, terms: ScopingTerms) -> None:
        if self.contact_edit.text() != terms.client_contact_name:
            self.contact_edit.setText(terms.client_contact_name)
        self.meetings_edit.set_text(terms.client_meetings)
        self.response_spin.set_days(terms.response_days)
        self.data_edit.set_text(terms.client_data_to_provide)

    def apply(self, terms: ScopingTerms) -> ScopingTerms:
        return dataclasses.replace(
            terms,
            client_contact_name=self.contact_edit.text(),
            client_meetings=self.meetings_edit.text(),
            response_days=self.response_spin.days(),
            client_data_to_provide=self.data_edit.text(),
        )
