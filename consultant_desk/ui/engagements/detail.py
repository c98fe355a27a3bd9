"""The right-hand side of the Engagements page: the selected engagement."""

from __future__ import annotations

from html import escape

from consultant_desk.services import engagements as engagement_service
from consultant_desk.ui.engagements.model import status_label
from consultant_desk.ui.formatting import format_date
from consultant_desk.ui.framework.detail_pane import DetailPane, html_text


class EngagementDetailPane(DetailPane):
    def record_html(self, engagement_id: int) -> str:
        engagement = engagement_service.get_engagement(self._db, engagement_id)
        subtitle = engagement.reference
        if engagement.archived_at is not None:
            subtitle += " · " + self.tr("Archived", "engagement")
        fields = self.fields(
            [
                (self.tr("Client"), html_text(engagement.client_name)),
                (self.tr("Status"), escape(status_label(engagement.status))),
                (self.tr("Start"), escape(format_date(engagement.start_date)) or "—"),
                (self.tr("End"), escape(format_date(engagement.end_date)) or "—"),
            ]
        )
        summary = (
            f"<p>{html_text(engagement.summary)}</p>"
            if engagement.summary
            else self.none(self.tr("No summary yet."))
        )
        return (
            self.heading(engagement.title, subtitle)
            + fields
            + self.section(self.tr("Summary"), summary)
        )
