"""The right-hand side of the Clients page: the selected client, its contacts and
engagements."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from consultant_desk.services import clients as client_service
from consultant_desk.services import engagements as engagement_service
from consultant_desk.ui.engagements.model import status_label
from consultant_desk.ui.framework.detail_pane import DetailPane, html_text

if TYPE_CHECKING:
    from consultant_desk.services.clients import ContactDetail


class ClientDetailPane(DetailPane):
    def record_html(self, client_id: int) -> str:
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
        fields = self.fields(
            [
                (self.tr("Email"), email),
                (self.tr("Phone"), escape(client.phone)),
                (self.tr("Company number"), escape(client.registration)),
                (self.tr("Address"), html_text(client.address)),
            ]
        )
        contacts = "".join(self._contact_html(contact) for contact in client.contacts)
        engagements = engagement_service.list_engagements(
            self._db, client_id=client_id, include_archived=True
        )
        engagement_lines = "".join(
            f"<li><b>{escape(row.reference)}</b> — {escape(row.title)} "
            f'<span style="color:{self.muted_colour()}">({escape(status_label(row.status))})'
            "</span></li>"
            for row in engagements
        )
        html = self.heading(client.name, subtitle) + fields
        html += self.section(
            self.tr("Contacts"), contacts or self.none(self.tr("No contact recorded yet."))
        )
        html += self.section(
            self.tr("Engagements"),
            f'<ul style="margin-left:-20px">{engagement_lines}</ul>'
            if engagement_lines
            else self.none(self.tr("No engagement with this client yet.")),
        )
        if client.notes:
            html += self.section(self.tr("Notes"), f"<p>{html_text(client.notes)}</p>")
        return html

    def _contact_html(self, contact: ContactDetail) -> str:
        muted = self.muted_colour()
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
