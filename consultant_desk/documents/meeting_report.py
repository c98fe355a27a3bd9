"""The meeting report (compte rendu de réunion): what was said, acknowledged and agreed.

The articles behind the product insist on formalizing a recovery meeting: the client's own
words, what the consultant acknowledges, the solution built together, who does what by when,
and the date of the follow-up - signed by both parties when possible.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
)

from consultant_desk.documents.engine import FRAME_WIDTH, build_pdf, register_keyword
from consultant_desk.documents.flow import RoomFor, keep_with_closing
from consultant_desk.documents.formatting import format_date, format_datetime
from consultant_desk.documents.labels import label
from consultant_desk.documents.model import ActionItem, Attendee, Letterhead, MeetingReport
from consultant_desk.documents.signature_block import SignatureBlock, signature_row
from consultant_desk.documents.styles import MUTED, RULE, SHADE, styles, table_style
from consultant_desk.documents.tables import CELL_PADDING, MIN_ROWS, FlowingTable, ruled_table
from consultant_desk.documents.text import markup, paragraph, paragraphs
from consultant_desk.domain.language import Language

CONTEXT_LABEL_WIDTH = 42 * mm
ACTION_NUMBER_WIDTH = 10 * mm
ACTION_OWNER_WIDTH = 38 * mm
ACTION_DUE_MAX_WIDTH = 45 * mm
# A heading needs this much room under it (a few lines, or a table header and a row) or it
# starts the next page; keepWithNext would instead push a long table or text to a new page
# whole, leaving most of a page blank.
HEADING_ROOM = 28 * mm
EM_DASH = "\u2014"


def render_meeting_report(report: MeetingReport, letterhead: Letterhead) -> bytes:
    """The report as PDF bytes (deterministic: same report, same bytes)."""
    language = report.language
    return build_pdf(
        meeting_report_story(report, letterhead),
        letterhead,
        label("meeting_report.title", language),
        report.reference,
        language,
        version=report.version,
        subject=label(
            "meeting_report.subject",
            language,
            client=report.client_name,
            engagement=report.engagement_title,
        ),
        keywords=[
            *register_keyword(report.register_tag),
            *(k for k in (report.client_name, report.engagement_reference) if k.strip()),
        ],
    )


def meeting_report_story(report: MeetingReport, letterhead: Letterhead) -> list[Flowable]:
    """The report's body, for ``build_pdf`` (exposed so a preview can reuse it)."""
    language = report.language
    story: list[Flowable] = [*_heading("meeting_report.context", language), _context(report)]
    if report.attendees:
        story += _heading("meeting_report.attendees", language)
        story += _attendees(report.attendees, language)
    for key, text in (
        ("meeting_report.points_discussed", report.points_discussed),
        ("meeting_report.client_expressed", report.client_expressed),
        ("meeting_report.acknowledged", report.acknowledged),
        ("meeting_report.agreed_solution", report.agreed_solution),
    ):
        story += _text_section(key, text, language)
    next_steps = _text_section("meeting_report.next_steps", report.next_steps, language)
    # The actions' last rows may have to go over the page with the signatures.
    actions = _action_items(report.action_items, language, last=not next_steps)
    heading = _heading("meeting_report.action_items", language)[1:]
    story += [RoomFor([*heading, *actions], HEADING_ROOM), *heading, *actions]
    story += next_steps
    return keep_with_closing(story, _signatures(report, letterhead))


def _heading(key: str, language: Language) -> list[Flowable]:
    return [
        CondPageBreak(HEADING_ROOM),
        Paragraph(markup(label(key, language), language), styles().heading),
    ]


def _text_section(key: str, text: str, language: Language) -> list[Flowable]:
    """A heading and the user's text, or nothing at all when the field was left empty."""
    style = styles()
    body = paragraphs(text, style.body, language, bullet_style=style.bullet)
    return [*_heading(key, language), *body] if body else []


def _context(report: MeetingReport) -> Table:
    language = report.language
    style = styles()
    not_specified = label("not_specified", language)

    def value(text: str) -> Paragraph:
        if not text.strip():
            return Paragraph(
                f'<font color="{MUTED.hexval()}">{markup(not_specified, language)}</font>',
                style.cell,
            )
        return paragraph(text, style.cell, language)

    engagement = value(report.engagement_title)
    if report.engagement_reference.strip():
        # The mission's reference follows its title, in the muted colour of secondary details.
        reference = markup(report.engagement_reference, language)
        title = markup(report.engagement_title, language)
        engagement = Paragraph(
            f'{title} <font color="{MUTED.hexval()}">({reference})</font>', style.cell
        )
    follow_up = format_date(report.follow_up_date, language) if report.follow_up_date else ""
    rows: list[tuple[str, Paragraph]] = [
        ("meeting_report.client", value(report.client_name)),
        ("meeting_report.engagement", engagement),
        ("meeting_report.date", value(format_datetime(report.meeting_date, language))),
        ("meeting_report.place", value(report.place)),
        ("meeting_report.mode", value(report.mode.label(language))),
        ("meeting_report.follow_up_date", value(follow_up)),
    ]
    data = [[paragraph(label(key, language), style.label, language), cell] for key, cell in rows]
    table = FlowingTable(
        data,
        colWidths=[CONTEXT_LABEL_WIDTH, FRAME_WIDTH - CONTEXT_LABEL_WIDTH],
        splitInRow=1,
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ),
    )
    table.hAlign = "LEFT"
    return table


def _attendees(attendees: tuple[Attendee, ...], language: Language) -> list[Flowable]:
    style = styles()
    flowables: list[Flowable] = []
    for attendee in attendees:
        name = markup(attendee.name, language) or EM_DASH
        details = ", ".join(
            markup(part, language)
            for part in (attendee.role, attendee.organisation)
            if part.strip()
        )
        text = f"<b>{name}</b>" + (f" {EM_DASH} {details}" if details else "")
        flowables.append(Paragraph(text, style.bullet, bulletText="\u2022"))
    return flowables


def _action_items(
    items: tuple[ActionItem, ...], language: Language, *, last: bool = False
) -> list[Flowable]:
    """The table of actions; when ``last``, its last two rows set apart (a headless table
    that continues it seamlessly), to be kept with the signatures."""
    style = styles()
    if not items:
        return [paragraph(label("meeting_report.no_action_items", language), style.body, language)]
    header: list[Flowable] = [
        paragraph(label(key, language), style.cell_header, language)
        for key in (
            "meeting_report.number",
            "meeting_report.owner",
            "meeting_report.action",
            "meeting_report.due",
        )
    ]
    due_texts = [format_date(item.due, language) if item.due else EM_DASH for item in items]
    rows: list[list[Flowable]] = [header]
    for number, (item, due) in enumerate(zip(items, due_texts, strict=True), start=1):
        rows.append(
            [
                Paragraph(str(number), style.cell),
                paragraph(item.owner, style.cell, language),
                paragraph(item.what, style.cell, language),
                paragraph(due, style.cell, language),
            ]
        )
    due_width = _due_column_width([label("meeting_report.due", language), *due_texts])
    action_width = FRAME_WIDTH - ACTION_NUMBER_WIDTH - ACTION_OWNER_WIDTH - due_width
    widths = [ACTION_NUMBER_WIDTH, ACTION_OWNER_WIDTH, action_width, due_width]
    if last and len(rows) > 1 + 2 * MIN_ROWS:
        return [
            ruled_table(rows[:-MIN_ROWS], widths),
            ruled_table(rows[-MIN_ROWS:], widths, header=False),
        ]
    return [ruled_table(rows, widths)]


def _due_column_width(texts: list[str]) -> float:
    """Wide enough that no date wraps ("28 septembre 2026" is the usual widest)."""
    style = styles()
    widest = max(
        stringWidth(text, style.cell_header.fontName, style.cell.fontSize) for text in texts
    )
    return min(widest + 2 * CELL_PADDING + 2, ACTION_DUE_MAX_WIDTH)


def _signatures(report: MeetingReport, letterhead: Letterhead) -> list[Flowable]:
    language = report.language
    style = styles()
    blocks = [
        SignatureBlock(
            label("for_consultant", language),
            report.consultant_signer_name or letterhead.name,
            report.consultant_signature,
            language,
        ),
        SignatureBlock(
            label("for_client", language),
            report.client_signer_name,
            report.client_signature,
            language,
        ),
    ]
    flowables: list[Flowable] = _heading("signatures", language)[1:]
    if report.sign_place.strip():
        place = label("signed_at_place", language, place=report.sign_place)
        flowables.append(paragraph(place, style.body, language))
    flowables += [Spacer(1, 2 * mm), signature_row(blocks, FRAME_WIDTH)]
    # Both blocks, their heading and the place stay on one page, with the last lines of what
    # they sign for (``keep_with_closing``).
    return flowables
