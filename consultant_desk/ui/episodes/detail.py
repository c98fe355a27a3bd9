"""The right-hand side of the Episodes page: one episode, read-only.

What the client expected and what they obtained, their own words, where the episode stands
in the recovery playbook, and its timeline. Rendered as HTML in a QTextBrowser (it wraps,
scrolls and lets the user copy); every user value is escaped first.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QPalette

from consultant_desk.domain.enums import (
    Channel,
    Emotion,
    EpisodeCategory,
    EpisodeStage,
    EventKind,
    Severity,
)
from consultant_desk.services.episode_list import (
    PLAYBOOK,
    EpisodeDetail,
    EpisodeEventLine,
    get_episode_detail,
)
from consultant_desk.ui.episodes.model import SEVERITY_COLOURS, label_of, stage_number
from consultant_desk.ui.formatting import arg, format_date, format_long_date
from consultant_desk.ui.framework.detail_pane import DetailPane, html_text


def _text(value: str) -> str:
    return html_text(value.strip())


class EpisodeDetailPane(DetailPane):
    editable = False
    min_width = 260

    def record_html(self, episode_id: int) -> str:
        return self.episode_html(get_episode_detail(self._db, episode_id))

    # -- HTML ----------------------------------------------------------------------------------

    def _accent(self) -> str:
        return self.palette().color(QPalette.ColorRole.Highlight).name()

    def _section(self, title: str, body: str) -> str:
        return self.section(title, body, space=16)

    def _paragraph(self, text: str) -> str:
        return f'<p style="margin-top:0">{_text(text)}</p>'

    def _fields(self, rows: list[tuple[str, str]]) -> str:
        return self.fields(rows, gap=14, padding=2)

    def episode_html(self, episode: EpisodeDetail) -> str:
        muted = self.muted_colour()
        subtitle = f"{episode.engagement_reference} — {episode.engagement_title}"
        html = (
            f'<h2 style="margin-bottom:2px">{escape(episode.client_name)}</h2>'
            f'<p style="color:{muted}; margin-top:0">{escape(subtitle)}</p>'
        )
        html += self._stage_html(episode)
        html += self._fields(self._field_rows(episode))
        html += self._section(self.tr("What the client expected"), self._block(episode.expected))
        html += self._section(self.tr("What they obtained"), self._block(episode.obtained))
        if episode.client_words.strip():
            html += self._section(
                self.tr("In the client’s words"),
                f'<p style="margin-top:0; margin-left:12px"><i>{_text(episode.client_words)}'
                "</i></p>",
            )
        for title, text in (
            (self.tr("Origin"), episode.origin),
            (self.tr("Resolution"), episode.resolution),
            (self.tr("Lessons learned"), episode.lessons),
            (self.tr("Preventive measure"), episode.preventive_measure),
        ):
            if text.strip():
                html += self._section(title, self._paragraph(text))
        html += self._section(self.tr("Timeline"), self._timeline_html(episode.events))
        return html

    def _block(self, text: str) -> str:
        if text.strip():
            return self._paragraph(text)
        return self._note(self.tr("Not recorded."))

    def _note(self, text: str) -> str:
        return self.none(text, style="; margin-top:0")

    def _stage_html(self, episode: EpisodeDetail) -> str:
        """Where the episode stands: "Stage 3 of 8 · Acknowledge" and a row of steps."""
        number = stage_number(episode.stage)
        if number is None:
            done = len(PLAYBOOK)
            if episode.stage == EpisodeStage.CLOSED.value:
                text = self.tr("Closed, confirmed by the client")
            else:
                text = label_of(EpisodeStage, episode.stage)
        else:
            done = number
            text = arg(
                self.tr("Stage %1 of %2 · %3"),
                number,
                len(PLAYBOOK),
                label_of(EpisodeStage, episode.stage),
            )
        steps = "".join(
            f'<span style="color:{self._accent() if step <= done else self.muted_colour()}">'
            f"{'●' if step <= done else '○'}</span>"
            for step in range(1, len(PLAYBOOK) + 1)
        )
        tooltip = " → ".join(stage.label() for stage in PLAYBOOK)
        return (
            f'<p style="margin-top:4px; margin-bottom:8px" title="{escape(tooltip, quote=True)}">'
            f'<span style="letter-spacing:2px">{steps}</span>&nbsp;&nbsp;<b>{escape(text)}</b></p>'
        )

    def _field_rows(self, episode: EpisodeDetail) -> list[tuple[str, str]]:
        surfaced = format_long_date(episode.surfaced_at.astimezone().date())
        severity = label_of(Severity, episode.severity)
        colour = SEVERITY_COLOURS.get(episode.severity)
        severity_html = (
            f'<span style="color:{colour}">●</span> {escape(severity)}'
            if colour
            else escape(severity)
        )
        feeling = arg(self.tr("%1 · %2/5"), label_of(Emotion, episode.emotion), episode.intensity)
        if episode.closed and episode.client_confirmed_on is not None:
            duration = arg(
                self.tr("Closed on %1, after %Ln day(s)", "", episode.days_open),
                format_date(episode.client_confirmed_on),
            )
        else:
            duration = self.tr("Open for %Ln day(s)", "", episode.days_open)
        return [
            (self.tr("Surfaced"), escape(surfaced)),
            (self.tr("Channel"), escape(label_of(Channel, episode.channel))),
            (self.tr("Who spoke"), escape(episode.spoke)),
            (self.tr("Category"), escape(label_of(EpisodeCategory, episode.category))),
            (self.tr("Severity"), severity_html),
            (self.tr("Emotion"), escape(feeling)),
            (self.tr("Clause touched"), escape(episode.clause_ref)),
            (self.tr("Mediator"), escape(self.tr("needed")) if episode.mediator_needed else ""),
            (self.tr("Duration"), escape(duration)),
        ]

    def _timeline_html(self, events: tuple[EpisodeEventLine, ...]) -> str:
        muted = self.muted_colour()
        if not events:
            return self._note(self.tr("Nothing yet."))
        items = []
        for event in events:
            when = format_date(event.occurred_at.astimezone().date())
            line = (
                f'<span style="color:{muted}">{escape(when)}</span>&nbsp;&nbsp;'
                f"<b>{escape(label_of(EventKind, event.kind))}</b>"
            )
            if event.notes.strip():
                line += f"<br>{_text(event.notes)}"
            if event.next_due is not None:
                due = arg(self.tr("Next step due %1"), format_date(event.next_due))
                line += f'<br><span style="color:{muted}">→ {escape(due)}</span>'
            items.append(f'<p style="margin-top:0; margin-bottom:8px">{line}</p>')
        return "".join(items)
