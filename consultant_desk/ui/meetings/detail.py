"""The right-hand side of the meeting list: the selected meeting at a glance."""

from __future__ import annotations

from html import escape

from consultant_desk.domain.signature import Signature
from consultant_desk.services import meetings as meeting_service
from consultant_desk.ui.formatting import arg, format_date
from consultant_desk.ui.framework.detail_pane import DetailPane, html_text
from consultant_desk.ui.meetings.model import mode_label
from consultant_desk.ui.meetings.when import format_local_datetime


class MeetingDetailPane(DetailPane):
    """The selected meeting: who met, what was said and agreed, what comes next."""

    def edit_text(self) -> str:
        return self.tr("Open…")

    def _signed_text(self, consultant: str | None, client: str | None) -> str:
        if consultant and client:
            return self.tr("By both parties")
        if consultant:
            return self.tr("By the consultant only")
        if client:
            return self.tr("By the client only")
        return self.tr("Not yet")

    def record_html(self, meeting_id: int) -> str:
        meeting = meeting_service.get_meeting(self._db, meeting_id)
        signed_by = [
            Signature.from_json(stored).signer
            for stored in (meeting.consultant_signature, meeting.client_signature)
            if stored
        ]
        signed = self._signed_text(meeting.consultant_signature, meeting.client_signature)
        if signed_by:
            signed += " — " + ", ".join(name for name in signed_by if name)
        html = self.heading(
            arg(self.tr("Meeting of %1"), format_local_datetime(meeting.held_at)),
            f"{meeting.engagement_reference} · {meeting.client_name}",
        )
        html += self.fields(
            [
                (self.tr("Engagement"), html_text(meeting.engagement_title)),
                (self.tr("Mode"), escape(mode_label(meeting.mode))),
                (self.tr("Place"), html_text(meeting.place)),
                (self.tr("Signed"), escape(signed)),
                (self.tr("Follow-up on"), escape(format_date(meeting.follow_up_date))),
            ]
        )
        if meeting.attendees:
            people = "".join(
                f"<li>{escape(a.name)}"
                + (
                    f' <span style="color:{self.muted_colour()}">· '
                    f"{escape(', '.join(p for p in (a.role, a.organisation) if p))}</span>"
                    if a.role or a.organisation
                    else ""
                )
                + "</li>"
                for a in meeting.attendees
            )
            html += self.section(
                self.tr("Attendees"), f'<ul style="margin-left:-20px">{people}</ul>'
            )
        if meeting.client_expressed:
            html += self.section(
                self.tr("What the client expressed"),
                f"<p><i>{html_text(meeting.client_expressed)}</i></p>",
            )
        if meeting.agreed_solution:
            html += self.section(
                self.tr("Agreed solution"), f"<p>{html_text(meeting.agreed_solution)}</p>"
            )
        if meeting.action_items:
            items = "".join(
                (f"<li><b>{escape(item.owner)}</b> — " if item.owner else "<li>")
                + html_text(item.what)
                + (
                    f' <span style="color:{self.muted_colour()}">'
                    f"({escape(format_date(item.due_date))})</span>"
                    if item.due_date
                    else ""
                )
                + "</li>"
                for item in meeting.action_items
            )
            html += self.section(
                self.tr("Action items"), f'<ul style="margin-left:-20px">{items}</ul>'
            )
        if meeting.next_steps:
            html += self.section(self.tr("Next steps"), f"<p>{html_text(meeting.next_steps)}</p>")
        return html
