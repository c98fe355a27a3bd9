"""The right-hand side of a list page: everything about the selected engagement or client.

Rendered as escaped HTML in a QTextBrowser: it wraps long summaries and addresses, scrolls,
lets the user select and copy, and opens ``mailto:`` links. Every user value goes through
``html.escape`` first, so a client named ``<b>`` stays a client named ``<b>``.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.errors import NotFoundError
from consultant_desk.services import clients as client_service
from consultant_desk.services import engagements as engagement_service
from consultant_desk.store.database import Database
from consultant_desk.ui.engagements.model import status_label
from consultant_desk.ui.formatting import format_date
from consultant_desk.ui.style import mute

if TYPE_CHECKING:
    from consultant_desk.services.clients import ContactDetail


def _text(value: str) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br>")


class DetailPane(QWidget):
    edit_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._subject: tuple[str, int] | None = None
        self._empty_text = ""

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        mute(self.placeholder)

        self.browser = QTextBrowser(self)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(12)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_requested)

        content = QWidget(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 8, 12, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addLayout(buttons)
        content_layout.addWidget(self.browser, 1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(220)
        self.retranslate()

    # -- what to show ----------------------------------------------------------------------------

    def show_empty(self, text: str) -> None:
        self._subject = None
        self._empty_text = text
        self.placeholder.setText(text)
        self.stack.setCurrentIndex(0)

    def show_engagement(self, engagement_id: int) -> None:
        self._show(("engagement", engagement_id))

    def show_client(self, client_id: int) -> None:
        self._show(("client", client_id))

    def subject(self) -> tuple[str, int] | None:
        return self._subject

    def html(self) -> str:
        return self.browser.toHtml()

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def reload(self) -> None:
        if self._subject is not None:
            self._show(self._subject)

    def _show(self, subject: tuple[str, int]) -> None:
        kind, ident = subject
        try:
            html = (
                self._engagement_html(ident) if kind == "engagement" else self._client_html(ident)
            )
        except NotFoundError as error:
            self.show_empty(error.text())
            return
        # Reloading the same record (after an edit, a refresh) keeps the reader's place.
        scroll = self.browser.verticalScrollBar().value() if self._subject == subject else 0
        self._subject = subject
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)
        self.stack.setCurrentIndex(1)

    # -- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit…"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- HTML ----------------------------------------------------------------------------------

    def _muted_colour(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def _fields(self, rows: list[tuple[str, str]]) -> str:
        """A two-column table of label and value; ``value`` is HTML already."""
        muted = self._muted_colour()
        cells = "".join(
            f'<tr><td style="color:{muted}; padding-right:12px">{escape(label)}</td>'
            f"<td>{value}</td></tr>"
            for label, value in rows
            if value
        )
        return f'<table cellspacing="0" cellpadding="3">{cells}</table>'

    def _section(self, title: str, body: str) -> str:
        return f'<h4 style="margin-top:14px; margin-bottom:4px">{escape(title)}</h4>{body}'

    def _none(self, text: str) -> str:
        return f'<p style="color:{self._muted_colour()}">{escape(text)}</p>'

    def _heading(self, title: str, subtitle: str) -> str:
        return (
            f'<h2 style="margin-bottom:2px">{escape(title)}</h2>'
            f'<p style="color:{self._muted_colour()}; margin-top:0">{escape(subtitle)}</p>'
        )

    def _engagement_html(self, engagement_id: int) -> str:
        engagement = engagement_service.get_engagement(self._db, engagement_id)
        subtitle = engagement.reference
        if engagement.archived_at is not None:
            subtitle += " · " + self.tr("Archived", "engagement")
        fields = self._fields(
            [
                (self.tr("Client"), _text(engagement.client_name)),
                (self.tr("Status"), escape(status_label(engagement.status))),
                (self.tr("Start"), escape(format_date(engagement.start_date)) or "—"),
                (self.tr("End"), escape(format_date(engagement.end_date)) or "—"),
            ]
        )
        summary = (
            f"<p>{_text(engagement.summary)}</p>"
            if engagement.summary
            else self._none(self.tr("No summary yet."))
        )
        return (
            self._heading(engagement.title, subtitle)
            + fields
            + self._section(self.tr("Summary"), summary)
        )

    def _client_html(self, client_id: int) -> str:
        client = client_service.get_client(self._db, client_id)
        language = {
            "fr": self.tr("French-speaking client"),
            "en": self.tr("English-speaking client"),
        }
        subtitle = language.get(client.language, client.language)
        if client.archived_at is not None:
            subtitle += " · " + self.tr("Archived", "client")
        email = (
            f'<a href="mailto:{escape(client.email, quote=True)}">{escape(client.email)}</a>'
            if client.email
            else ""
        )
        fields = self._fields(
            [
                (self.tr("Email"), email),
                (self.tr("Phone"), escape(client.phone)),
                (self.tr("Company number"), escape(client.registration)),
                (self.tr("Address"), _text(client.address)),
            ]
        )
        contacts = "".join(self._contact_html(contact) for contact in client.contacts)
        engagements = engagement_service.list_engagements(
            self._db, client_id=client_id, include_archived=True
        )
        engagement_lines = "".join(
            f"<li><b>{escape(row.reference)}</b> — {escape(row.title)} "
            f'<span style="color:{self._muted_colour()}">({escape(status_label(row.status))})'
            "</span></li>"
            for row in engagements
        )
        html = self._heading(client.name, subtitle) + fields
        html += self._section(
            self.tr("Contacts"), contacts or self._none(self.tr("No contact recorded yet."))
        )
        html += self._section(
            self.tr("Engagements"),
            f'<ul style="margin-left:-20px">{engagement_lines}</ul>'
            if engagement_lines
            else self._none(self.tr("No engagement with this client yet.")),
        )
        if client.notes:
            html += self._section(self.tr("Notes"), f"<p>{_text(client.notes)}</p>")
        return html

    def _contact_html(self, contact: ContactDetail) -> str:
        muted = self._muted_colour()
        first = f"<b>{escape(contact.name)}</b>"
        if contact.is_primary:
            main = self.tr("main contact")
            first += f' <span style="color:{muted}">· {escape(main)}</span>'
        lines = [first]
        if contact.role:
            lines.append(escape(contact.role))
        reach = [
            f'<a href="mailto:{escape(contact.email, quote=True)}">{escape(contact.email)}</a>'
            if contact.email
            else "",
            escape(contact.phone),
        ]
        reach_line = " · ".join(part for part in reach if part)
        if reach_line:
            lines.append(reach_line)
        return f'<p style="margin-bottom:8px">{"<br>".join(lines)}</p>'
