"""The scoping contract (lettre de mission): every point agreed with the client, then signatures.

"Prevention is better than cure": before the mission starts, it is discussed with the client
point by point - the stakes, the deadlines, the resources, what is expected of the client, the
working hours, the scope (what is done and what is not), the financial terms with the payment
schedule and the withdrawal terms, and the remedies. The contract sets each point down as a
numbered article, so that both parties sign the same, precise and reassuring, text.

An amendment (avenant) is a new version of the terms: it restates the whole contract, under a
title that says which version it supersedes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from functools import cache

from babel.dates import get_day_names
from babel.numbers import format_decimal
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from consultant_desk.documents.engine import FRAME_WIDTH, build_pdf, register_keyword
from consultant_desk.documents.flow import RoomFor, keep_with_closing
from consultant_desk.documents.formatting import (
    format_clock,
    format_date,
    format_money,
    format_number,
    locale_of,
)
from consultant_desk.documents.labels import label, with_colon
from consultant_desk.documents.model import Letterhead
from consultant_desk.documents.signature_block import SignatureBlock, signature_row
from consultant_desk.documents.styles import INK, MUTED, RULE, SHADE, styles, table_style
from consultant_desk.documents.tables import CELL_PADDING, FlowingTable, ruled_table
from consultant_desk.documents.text import markup, paragraphs
from consultant_desk.domain.enums import PricingMode, ScopeSide, WorkPlace
from consultant_desk.domain.language import Language
from consultant_desk.domain.scoping import (
    WEEKDAYS,
    Milestone,
    ResolvedInstalment,
    ResourceLine,
    ScopingTerms,
    resolve_instalments,
    totals,
)
from consultant_desk.domain.signature import Signature

# A heading needs this much room under it or it starts the next page (see meeting_report):
# an article heading needs room for a clause heading and its first lines, a clause heading
# for a few lines of its own.
ARTICLE_ROOM = 38 * mm
CLAUSE_ROOM = 22 * mm
NUMBER_WIDTH = 10 * mm
MILESTONE_NAME_WIDTH = 48 * mm
ROLE_WIDTH = 62 * mm
DATE_MIN_WIDTH = 24 * mm
DATE_MAX_WIDTH = 40 * mm
DUE_MIN_WIDTH = 22 * mm
LABEL_MIN_WIDTH = 18 * mm
TOTALS_LABEL_WIDTH = 42 * mm
PARTY_GAP = 8 * mm
EM_DASH = "\u2014"
NBSP = "\u00a0"
MAX_PLACE_LENGTH = 160
BLANK = "\u2026" * 12  # "Fait à ………, le ………": room to write by hand
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class ContractDocument:
    """A scoping contract, ready to print: the agreed ``terms`` and who signs them.

    ``version`` is the number of the scoping version (1 for the contract itself); an
    amendment (``is_amendment``) is version 2 onwards and supersedes ``amends_version``. On
    the page these are "the contract" and "amendment n° N": the word "version" there is the
    register's, ``document_version``.
    Signatories, place and date of signature, when left empty here, are taken from the terms.
    """

    reference: str
    language: Language
    terms: ScopingTerms
    client_name: str = ""
    engagement_title: str = ""
    engagement_reference: str = ""
    client_address: str = ""
    client_registration: str = ""
    client_signatory: str = ""
    consultant_signatory: str = ""
    consultant_signature: Signature | None = None
    client_signature: Signature | None = None
    sign_place: str = ""
    sign_date: date | None = None
    version: int = 1
    is_amendment: bool = False
    amends_version: int | None = None
    document_version: int = 1
    register_tag: str = ""
    # Not signed yet: "PROJET" / "DRAFT" across every page and in the title.
    draft: bool = False
    # A box to initial every page in.
    initials_box: bool = False

    @property
    def amendment_number(self) -> int | None:
        """Amendment No. 1 is version 2 of the terms; None for the contract itself."""
        return max(self.version - 1, 1) if self.is_amendment else None

    @property
    def signing_place(self) -> str:
        return self.sign_place.strip() or self.terms.sign_place.strip()

    @property
    def signing_date(self) -> date | None:
        return self.sign_date or self.terms.sign_date

    @property
    def consultant_signer(self) -> str:
        return self.consultant_signatory.strip() or self.terms.consultant_signatory.strip()

    @property
    def client_signer(self) -> str:
        return self.client_signatory.strip() or self.terms.client_signatory.strip()


def contract_title(doc: ContractDocument) -> str:
    number = doc.amendment_number
    if number is None:
        return label("contract.title", doc.language)
    return label("contract.amendment_title", doc.language, number=number)


def render_contract(doc: ContractDocument, letterhead: Letterhead) -> bytes:
    """The contract as PDF bytes (deterministic: same contract, same bytes)."""
    language = doc.language
    return build_pdf(
        contract_story(doc, letterhead),
        letterhead,
        contract_title(doc),
        doc.reference,
        language,
        version=doc.document_version,
        draft=doc.draft,
        initials=doc.initials_box,
        subject=label(
            "contract.subject",
            language,
            client=doc.client_name,
            engagement=doc.engagement_title,
        ),
        keywords=[
            *register_keyword(doc.register_tag),
            *(k for k in (doc.client_name, doc.engagement_reference) if k.strip()),
        ],
    )


def contract_story(doc: ContractDocument, letterhead: Letterhead) -> list[Flowable]:
    """The contract's body, for ``build_pdf`` (exposed so a preview can reuse it)."""
    writer = _Writer(doc)
    story: list[Flowable] = []
    if doc.is_amendment:
        story.append(_amendment_notice(doc))
    story += _parties(doc, letterhead)
    blocks: list[_Block] = []
    for article in (
        _purpose,
        _deadlines,
        _resources,
        _client_obligations,
        _working_hours,
        _scope,
        _financial,
        _remedies,
    ):
        blocks += writer.article(article(writer))
    for block in blocks:
        story += block.flowables()
    # A page of signatures alone would sign for nothing that can be read on it.
    return keep_with_closing(story, [_signatures(doc, letterhead)])


# --- Building blocks --------------------------------------------------------------------------


@dataclass
class _Article:
    """An article: an optional introduction, then numbered clauses (title key, content)."""

    key: str
    intro: list[Flowable] = field(default_factory=list)
    clauses: list[tuple[str, list[Flowable]]] = field(default_factory=list)

    def clause(self, key: str, content: Sequence[Flowable]) -> None:
        if content:
            self.clauses.append((key, list(content)))


@dataclass(frozen=True)
class _ContractStyles:
    clause: ParagraphStyle
    item: ParagraphStyle
    cell_right: ParagraphStyle
    cell_header_right: ParagraphStyle
    party_name: ParagraphStyle
    notice: ParagraphStyle


@cache
def _styles() -> _ContractStyles:
    base = styles()
    return _ContractStyles(
        clause=ParagraphStyle(
            "ContractClause",
            parent=base.body,
            fontName=base.cell_header.fontName,
            textColor=INK,
            spaceBefore=6,
            spaceAfter=2,
        ),
        # Room for "40." before the text of a numbered list item.
        item=ParagraphStyle("ContractItem", parent=base.bullet, leftIndent=20, bulletIndent=2),
        cell_right=ParagraphStyle("CellRight", parent=base.cell, alignment=TA_RIGHT),
        cell_header_right=ParagraphStyle(
            "CellHeaderRight", parent=base.cell_header, alignment=TA_RIGHT
        ),
        party_name=ParagraphStyle(
            "PartyName", parent=base.cell, fontName=base.cell_header.fontName, spaceAfter=1
        ),
        notice=ParagraphStyle(
            "AmendmentNotice",
            parent=base.body,
            fontName=base.cell_header.fontName,
            textColor=MUTED,
            spaceAfter=2,
        ),
    )


class _Writer:
    """Numbers the articles and their clauses, and formats what the terms hold."""

    def __init__(self, doc: ContractDocument) -> None:
        self.doc = doc
        self.language = doc.language
        self.terms = doc.terms
        self.number = 0

    # -- text

    def label(self, key: str, **params: object) -> str:
        return label(key, self.language, **params)

    def text(self, text: str) -> list[Flowable]:
        """The user's free text, paragraphs and "- " lists kept; nothing when empty."""
        style = styles()
        return paragraphs(text, style.body, self.language, bullet_style=style.bullet)

    def sentence(self, text: str) -> Paragraph:
        return Paragraph(markup(text, self.language), styles().body)

    def pending(self) -> Paragraph:
        """A required point not filled in yet: it says so rather than leave a gap."""
        text = self.label("contract.to_be_specified")
        return Paragraph(self.muted(text[:1].upper() + text[1:] + "."), styles().body)

    def muted(self, text: str) -> str:
        return f'<font color="{MUTED.hexval()}">{markup(text, self.language)}</font>'

    def fact(self, key: str, value: str | None) -> Paragraph:
        """A label in bold, then the user's value, or "to be specified" when there is none."""
        name = markup(with_colon(self.label(key), self.language), self.language)
        shown = (
            markup(value, self.language)
            if value is not None and value.strip()
            else self.muted(self.label("contract.to_be_specified"))
        )
        return Paragraph(f"<b>{name}</b> {shown}", styles().body)

    def items(self, texts: Sequence[str]) -> list[Flowable]:
        style = _styles().item
        return [
            Paragraph(markup(text, self.language), style, bulletText=f"{number}.")
            for number, text in enumerate((t for t in texts if t.strip()), start=1)
        ]

    # -- values

    def money(self, amount: Decimal | None) -> str:
        if amount is None:
            return EM_DASH
        return format_money(amount, self.terms.currency.strip(), self.language)

    def day(self, value: date | None) -> str:
        return format_date(value, self.language) if value is not None else ""

    def percent(self, value: Decimal) -> str:
        number = format_decimal(value, format="#,##0.####", locale=locale_of(self.language))
        return f"{number}{NBSP}%" if self.language is Language.FR else f"{number}%"

    def count(self, value: Decimal | int, key: str) -> str:
        """A number of days: "3 jours ouvrés", "1,5 jour", "1 working day" (French is
        singular below 2)."""
        singular = value < 2 if self.language is Language.FR else value == 1
        return self.label(
            f"{key}_one" if singular else f"{key}_many", count=format_number(value, self.language)
        )

    def clock(self, value: time) -> str:
        return format_clock(value, self.language)

    # -- layout

    def article(self, article: _Article) -> list[_Block]:
        """The article as blocks: its heading and introduction, then one per clause."""
        self.number += 1
        heading = self.label("contract.article", number=self.number, title=self.label(article.key))
        head: list[Flowable] = [
            Paragraph(markup(heading, self.language), styles().heading),
            *article.intro,
        ]
        if not article.intro and not article.clauses:
            head.append(self.pending())
        blocks = [_Block(ARTICLE_ROOM, head)]
        for index, (key, content) in enumerate(article.clauses, start=1):
            title = f"{self.number}.{index}{NBSP}{NBSP}{self.label(key)}"
            clause = Paragraph(markup(title, self.language), _styles().clause)
            blocks.append(_Block(CLAUSE_ROOM, [clause, *content]))
        return blocks


@dataclass(frozen=True)
class _Block:
    """A heading and what follows it; the heading starts a new page when less than ``room``
    is left under it, so that it is never left alone at the foot of a page."""

    room: float
    content: list[Flowable]

    def flowables(self) -> list[Flowable]:
        return [RoomFor(self.content, self.room), *self.content]


def _width_of(texts: Sequence[str], *, bold: bool = False) -> float:
    """The width of the widest text in a table cell, padding included."""
    style = styles()
    font = style.cell_header.fontName if bold else style.cell.fontName
    widest = max((stringWidth(text, font, style.cell.fontSize) for text in texts), default=0.0)
    return widest + 2 * CELL_PADDING + 2


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


# --- The parties ------------------------------------------------------------------------------


def _amendment_notice(doc: ContractDocument) -> Paragraph:
    language = doc.language
    if doc.amends_version is not None:
        previous = (
            label("contract.previous_amendment", language, number=doc.amends_version - 1)
            if doc.amends_version > 1
            else label("contract.previous_contract", language)
        )
        text = label("contract.amendment_notice", language, previous=previous)
    else:
        text = label("contract.amendment_notice_plain", language)
    return Paragraph(markup(text, language), _styles().notice)


def _party_box(
    lines: list[Flowable], hereinafter: str, signatory: str, language: Language
) -> list[Flowable]:
    style = styles()
    if signatory:
        name = markup(with_colon(label("contract.signatory", language), language), language)
        lines.append(Paragraph(f"{name} {markup(signatory, language)}", style.cell))
    lines.append(Spacer(1, 1.5 * mm))
    lines.append(Paragraph(f"<i>{markup(hereinafter, language)}</i>", style.muted))
    return lines


def legal_mentions(letterhead: Letterhead, language: Language) -> list[str]:
    """The consultant's legal mentions that are filled in: legal form and share capital,
    trade register, VAT number, professional insurance."""
    form, capital = letterhead.legal_form.strip(), letterhead.share_capital.strip()
    mentions = []
    if form and capital:
        mentions.append(label("contract.legal_form_capital", language, form=form, capital=capital))
    elif form or capital:
        mentions.append(form or capital)
    city, number = letterhead.rcs_city.strip(), letterhead.rcs_number.strip()
    if city or number:
        mentions.append(" ".join(label("contract.rcs", language, city=city, number=number).split()))
    if letterhead.vat_number.strip():
        mentions.append(
            label("contract.vat_number", language, number=letterhead.vat_number.strip())
        )
    insurer, policy = letterhead.insurer.strip(), letterhead.insurance_policy.strip()
    if insurer:
        mentions.append(
            label("contract.insurance", language, insurer=insurer, policy=policy or "…")
        )
    return mentions


def _parties(doc: ContractDocument, letterhead: Letterhead) -> list[Flowable]:
    language = doc.language
    style = styles()
    own = _styles()

    def line(text: str, paragraph_style: ParagraphStyle = style.cell) -> list[Flowable]:
        return [Paragraph(markup(text, language), paragraph_style)] if text.strip() else []

    # The consultant as the letterhead presents them; the company leads when there is one.
    names = [part for part in (letterhead.company, letterhead.name) if part.strip()] or [""]
    if names[0]:
        lead = line(names[0], own.party_name)
    else:
        # An empty profile says so, in the muted colour of what is still to be filled in.
        missing = label("contract.consultant_missing", language)
        lead = [
            Paragraph(
                f'<font color="{MUTED.hexval()}">{markup(missing, language)}</font>', own.party_name
            )
        ]
    consultant = [
        *lead,
        *(p for name in names[1:] for p in line(name)),
        *line(letterhead.address),
        *line(letterhead.registration),
        *(p for mention in legal_mentions(letterhead, language) for p in line(mention)),
        *line(letterhead.email),
        *line(letterhead.phone),
    ]
    signer = doc.consultant_signer
    consultant = _party_box(
        consultant,
        label("contract.hereinafter_consultant", language),
        "" if signer in names else signer,
        language,
    )
    client = [
        *line(doc.client_name or EM_DASH, own.party_name),
        *line(doc.client_address),
        *line(doc.client_registration),
    ]
    client = _party_box(
        client,
        label("contract.hereinafter_client", language),
        doc.client_signer,
        language,
    )
    column = (FRAME_WIDTH - PARTY_GAP) / 2
    header = [
        Paragraph(markup(label("contract.the_consultant", language), language), style.cell_header),
        "",
        Paragraph(markup(label("contract.the_client", language), language), style.cell_header),
    ]
    table = FlowingTable(
        [header, [consultant, "", client]],
        colWidths=[column, PARTY_GAP, column],
        repeatRows=1,
        splitInRow=1,
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, 0), SHADE),
            ("BACKGROUND", (2, 0), (2, 0), SHADE),
            ("BOX", (0, 0), (0, -1), 0.6, RULE),
            ("BOX", (2, 0), (2, -1), 0.6, RULE),
            ("LINEBELOW", (0, 0), (0, 0), 0.6, RULE),
            ("LINEBELOW", (2, 0), (2, 0), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ),
    )
    table.hAlign = "LEFT"
    agreed = with_colon(label("contract.agreed", language), language)
    return [
        Paragraph(markup(label("contract.parties", language), language), style.heading),
        table,
        Spacer(1, 3 * mm),
        Paragraph(markup(agreed, language), style.body),
    ]


# --- Articles ---------------------------------------------------------------------------------


def _purpose(w: _Writer) -> _Article:
    doc, t = w.doc, w.terms
    article = _Article("contract.article.purpose")
    title = doc.engagement_title.strip()
    if title:
        reference = doc.engagement_reference.strip()
        key = "contract.purpose_intro" if reference else "contract.purpose_intro_no_reference"
        article.intro.append(w.sentence(w.label(key, title=title, reference=reference)))
    article.clause("contract.objectives", w.text(t.objectives) or [w.pending()])
    article.clause("contract.expected_benefits", w.text(t.expected_benefits))
    article.clause("contract.risks", w.text(t.risks))
    article.clause("contract.success_criteria", w.text(t.success_criteria))
    return article


def _deadlines(w: _Writer) -> _Article:
    t = w.terms
    article = _Article("contract.article.deadlines")
    if t.start_date is not None and t.end_date is not None:
        article.intro.append(
            w.sentence(w.label("contract.period", start=w.day(t.start_date), end=w.day(t.end_date)))
        )
    else:
        article.intro += [
            w.fact("contract.start_date", w.day(t.start_date)),
            w.fact("contract.end_date", w.day(t.end_date)),
        ]
    if t.milestones:
        article.clause("contract.milestones", [_milestones(w, t.milestones)])
    else:
        article.clause("contract.milestones", [w.sentence(w.label("contract.no_milestones"))])
    return article


def _milestones(w: _Writer, milestones: Sequence[Milestone]) -> FlowingTable:
    style = styles()
    language = w.language
    dates = [w.day(m.due_date) or EM_DASH for m in milestones]
    header_keys = (
        "contract.number",
        "contract.milestone",
        "contract.due_date",
        "contract.deliverable",
    )
    header: list[Flowable] = [
        Paragraph(markup(w.label(key), language), style.cell_header) for key in header_keys
    ]
    rows: list[list[Flowable]] = [header]
    for number, (milestone, due) in enumerate(zip(milestones, dates, strict=True), start=1):
        rows.append(
            [
                Paragraph(str(number), style.cell),
                Paragraph(markup(milestone.name or EM_DASH, language), style.cell),
                Paragraph(markup(due, language), style.cell),
                Paragraph(markup(milestone.deliverable or EM_DASH, language), style.cell),
            ]
        )
    date_width = _clamp(
        _width_of([*dates, w.label("contract.due_date")], bold=True), DATE_MIN_WIDTH, DATE_MAX_WIDTH
    )
    number_width = max(NUMBER_WIDTH, _width_of([str(len(milestones))]))
    rest = FRAME_WIDTH - number_width - MILESTONE_NAME_WIDTH - date_width
    return ruled_table(rows, [number_width, MILESTONE_NAME_WIDTH, date_width, rest])


def _resources(w: _Writer) -> _Article:
    t = w.terms
    article = _Article("contract.article.resources")
    people: list[Flowable] = (
        [_people(w, t.resource_lines)]
        if t.resource_lines
        else [w.sentence(w.label("contract.none"))]
    )
    article.clause("contract.people", people)
    article.clause("contract.material", w.text(t.material))
    article.clause("contract.access_needed", w.text(t.access_needed))
    return article


def _people(w: _Writer, lines: Sequence[ResourceLine]) -> FlowingTable:
    style = styles()
    own = _styles()
    language = w.language
    header: list[Flowable] = [
        Paragraph(markup(w.label("contract.role"), language), style.cell_header),
        Paragraph(markup(w.label("contract.person"), language), style.cell_header),
        Paragraph(markup(w.label("contract.days"), language), own.cell_header_right),
    ]
    days = [
        format_number(line.days, language) if line.days is not None else EM_DASH for line in lines
    ]
    rows: list[list[Flowable]] = [header]
    for line, shown in zip(lines, days, strict=True):
        rows.append(
            [
                Paragraph(markup(line.role or EM_DASH, language), style.cell),
                Paragraph(markup(line.person or EM_DASH, language), style.cell),
                Paragraph(markup(shown, language), own.cell_right),
            ]
        )
    known = [line.days for line in lines if line.days is not None]
    extra: list[tuple[object, ...]] = []
    if len(lines) > 1 and known:
        total = format_number(sum(known, Decimal(0)), language)
        rows.append(
            [
                Paragraph(f"<b>{markup(w.label('contract.total'), language)}</b>", style.cell),
                Paragraph("", style.cell),
                Paragraph(f"<b>{markup(total, language)}</b>", own.cell_right),
            ]
        )
        days.append(total)
        extra = [
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ]
    days_width = _clamp(_width_of([*days, w.label("contract.days")], bold=True), 18 * mm, 34 * mm)
    person_width = FRAME_WIDTH - ROLE_WIDTH - days_width
    return ruled_table(rows, [ROLE_WIDTH, person_width, days_width], *extra)


def _client_obligations(w: _Writer) -> _Article:
    t = w.terms
    article = _Article("contract.article.client_obligations")
    contact = t.client_contact_name.strip()
    article.clause("contract.client_contact", [w.sentence(contact)] if contact else [w.pending()])
    article.clause("contract.client_meetings", w.text(t.client_meetings))
    if t.response_days is not None:
        days = w.count(t.response_days, "contract.working_day")
        article.clause(
            "contract.responsiveness", [w.sentence(w.label("contract.response_within", days=days))]
        )
    article.clause("contract.client_data", w.text(t.client_data_to_provide))
    return article


def _weekdays(w: _Writer, codes: Sequence[str]) -> str:
    """The working days: a run of three or more as "du lundi au jeudi", else listed."""
    names = get_day_names("wide", locale=locale_of(w.language))
    positions = sorted({WEEKDAYS.index(code) for code in codes if code in WEEKDAYS})
    if not positions:
        return ""
    days = [str(names[position]) for position in positions]
    consecutive = positions == list(range(positions[0], positions[-1] + 1))
    if len(days) >= 3 and consecutive:
        return w.label("contract.days_range", first=days[0], last=days[-1])
    if len(days) == 1:
        return days[0]
    return f"{', '.join(days[:-1])} {w.label('contract.and')} {days[-1]}"


def _working_hours(w: _Writer) -> _Article:
    t = w.terms
    article = _Article("contract.article.working_hours")
    hours = (
        w.label("contract.hours_range", start=w.clock(t.hours_start), end=w.clock(t.hours_end))
        if t.hours_start is not None and t.hours_end is not None
        else ""
    )
    try:
        place = WorkPlace(t.work_place)
    except ValueError:
        place = WorkPlace.HYBRID
    article.intro += [
        w.fact("contract.work_days", _weekdays(w, t.work_days)),
        w.fact("contract.hours", hours),
        w.fact("contract.work_place", w.label(f"contract.work_place.{place.value}")),
    ]
    if t.travel.strip():
        article.intro.append(w.fact("contract.travel", t.travel.strip()))
    return article


def _scope(w: _Writer) -> _Article:
    t = w.terms
    article = _Article("contract.article.scope")
    inside = [item.text for item in t.scope_items if item.side == ScopeSide.IN]
    outside = [item.text for item in t.scope_items if item.side == ScopeSide.OUT]
    article.clause("contract.scope_in", w.items(inside) or [w.pending()])
    article.clause("contract.scope_out", w.items(outside) or [w.sentence(w.label("contract.none"))])
    article.clause("contract.change_request", w.text(t.change_request_procedure) or [w.pending()])
    return article


def _financial(w: _Writer) -> _Article:
    t = w.terms
    article = _Article("contract.article.financial")
    article.clause("contract.price", _price(w))
    article.clause("contract.expenses", w.text(t.expenses) or [w.pending()])
    schedule = resolve_instalments(t)
    article.clause("contract.schedule", [_schedule(w, schedule)] if schedule else [w.pending()])
    article.clause("contract.late_payment", w.text(t.late_payment_terms) or [w.pending()])
    withdrawal: list[Flowable] = []
    if t.withdrawal_notice_days is not None:
        notice = w.count(t.withdrawal_notice_days, "contract.day")
        withdrawal.append(w.fact("contract.notice", notice))
    if t.withdrawal_fee is not None:
        fee = w.label("contract.amount_excl_vat", amount=w.money(t.withdrawal_fee))
        withdrawal.append(w.fact("contract.cancellation_fee", fee))
    withdrawal += w.text(t.withdrawal_terms)
    article.clause("contract.withdrawal", withdrawal or [w.pending()])
    return article


def _price(w: _Writer) -> list[Flowable]:
    t = w.terms
    money = totals(t)
    if money is None:
        return [w.sentence(w.label("contract.price_unknown"))]
    if t.pricing_mode == PricingMode.DAILY_RATE and t.daily_rate is not None and t.days is not None:
        sentence = w.label(
            "contract.price_daily",
            rate=w.money(t.daily_rate),
            days=w.count(t.days, "contract.day"),
            total=w.money(money.excl_vat),
        )
    else:
        sentence = w.label("contract.price_fixed", total=w.money(money.excl_vat))
    rows = [
        (w.label("contract.total_excl_vat"), w.money(money.excl_vat)),
        (w.label("contract.vat_at", rate=w.percent(money.vat_rate)), w.money(money.vat)),
        (w.label("contract.total_incl_vat"), w.money(money.incl_vat)),
    ]
    return [w.sentence(sentence), Spacer(1, 1 * mm), _totals_box(w, rows)]


def _totals_box(w: _Writer, rows: list[tuple[str, str]]) -> Table:
    style = styles()
    own = _styles()
    language = w.language
    data: list[list[Flowable]] = []
    for index, (name, amount) in enumerate(rows):
        last = index == len(rows) - 1
        name_markup = markup(name, language)
        amount_markup = markup(amount, language)
        if last:
            name_markup, amount_markup = f"<b>{name_markup}</b>", f"<b>{amount_markup}</b>"
        data.append([Paragraph(name_markup, style.cell), Paragraph(amount_markup, own.cell_right)])
    amount_width = _clamp(_width_of([a for _, a in rows], bold=True), 28 * mm, 60 * mm)
    label_width = max(TOTALS_LABEL_WIDTH, _width_of([n for n, _ in rows], bold=True))
    table = Table(
        data,
        colWidths=[label_width, amount_width],
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEBELOW", (0, 0), (-1, -3), 0.4, RULE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("NOSPLIT", (0, 0), (-1, -1)),
        ),
    )
    table.hAlign = "RIGHT"
    return table


def _due_text(w: _Writer, instalment: ResolvedInstalment) -> str:
    if instalment.due_date is not None:
        return w.day(instalment.due_date)
    if instalment.milestone_position is not None:
        number = instalment.milestone_position + 1
        if instalment.milestone_name.strip():
            return w.label("contract.on_milestone", number=number, name=instalment.milestone_name)
        return w.label("contract.on_milestone_unnamed", number=number)
    return EM_DASH


def _schedule(w: _Writer, schedule: Sequence[ResolvedInstalment]) -> FlowingTable:
    """Label, share, when due, amounts excl. VAT / VAT / incl. VAT, and a TOTAL row."""
    style = styles()
    own = _styles()
    language = w.language
    money = totals(w.terms)

    def share_of(instalment: ResolvedInstalment) -> Decimal | None:
        if instalment.share_percent is not None:
            return instalment.share_percent
        if instalment.excl_vat is None or money is None or not money.excl_vat:
            return None
        return (instalment.excl_vat * HUNDRED / money.excl_vat).quantize(CENT).normalize()

    shares = [share_of(i) for i in schedule]
    columns = [
        [i.excl_vat for i in schedule],
        [i.vat for i in schedule],
        [i.incl_vat for i in schedule],
    ]
    sums = [
        sum((v for v in values if v is not None), Decimal(0))
        if all(v is not None for v in values)
        else None
        for values in columns
    ]
    exact = money is not None and sums[0] == money.excl_vat
    if exact:
        share_total: Decimal | None = HUNDRED
    elif all(s is not None for s in shares):
        share_total = sum((s for s in shares if s is not None), Decimal(0))
    else:
        share_total = None

    def shown_share(value: Decimal | None) -> str:
        return w.percent(value) if value is not None else EM_DASH

    header_keys = (
        "contract.instalment",
        "contract.share",
        "contract.payable",
        "contract.excl_vat",
        "contract.vat",
        "contract.incl_vat",
    )
    header: list[Flowable] = []
    for index, key in enumerate(header_keys):
        header_style = style.cell_header if index in (0, 2) else own.cell_header_right
        header.append(Paragraph(markup(w.label(key), language), header_style))
    rows: list[list[Flowable]] = [header]
    for instalment, share in zip(schedule, shares, strict=True):
        rows.append(
            [
                Paragraph(markup(instalment.label or EM_DASH, language), style.cell),
                Paragraph(markup(shown_share(share), language), own.cell_right),
                Paragraph(markup(_due_text(w, instalment), language), style.cell),
                Paragraph(markup(w.money(instalment.excl_vat), language), own.cell_right),
                Paragraph(markup(w.money(instalment.vat), language), own.cell_right),
                Paragraph(markup(w.money(instalment.incl_vat), language), own.cell_right),
            ]
        )
    total_texts = [w.money(value) for value in sums]

    def bold(text: str, paragraph_style: ParagraphStyle) -> Paragraph:
        return Paragraph(f"<b>{markup(text, language)}</b>", paragraph_style)

    rows.append(
        [
            bold(w.label("contract.total").upper(), style.cell),
            bold(shown_share(share_total), own.cell_right),
            Paragraph("", style.cell),
            *(bold(text, own.cell_right) for text in total_texts),
        ]
    )
    # Amounts never wrap: each amount column is as wide as its widest amount (its header
    # may wrap onto two lines); the label and "when due" columns share what is left.
    amount_keys = ("contract.excl_vat", "contract.vat", "contract.incl_vat")
    amount_widths = [
        max(
            _width_of([w.money(v) for v in values] + [total], bold=True),
            _width_of(w.label(key).split(), bold=True),
        )
        for values, total, key in zip(columns, total_texts, amount_keys, strict=True)
    ]
    share_width = _width_of(
        [shown_share(s) for s in [*shares, share_total]] + [w.label("contract.share")], bold=True
    )
    left = FRAME_WIDTH - share_width - sum(amount_widths)
    # No word of the label column is cut ("Instalment", "TOTAL").
    words = [*w.label("contract.instalment").split(), w.label("contract.total").upper()]
    label_min = max(LABEL_MIN_WIDTH, _width_of(words, bold=True))
    if left < label_min + DUE_MIN_WIDTH:
        # Amounts in the millions: they wrap rather than squeeze the text columns to nothing.
        excess = label_min + DUE_MIN_WIDTH - left
        scale = (sum(amount_widths) - excess) / sum(amount_widths)
        amount_widths = [width * scale for width in amount_widths]
        left = label_min + DUE_MIN_WIDTH
    # The label gets what it needs, up to half of what is left; "when due" the rest ("On
    # delivery of milestone 3 ..." wraps well).
    label_need = _width_of([i.label for i in schedule] + [w.label("contract.instalment")])
    label_width = min(_clamp(label_need, label_min, left / 2), left - DUE_MIN_WIDTH)
    due_width = left - label_width
    return ruled_table(
        rows,
        [label_width, share_width, due_width, *amount_widths],
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
        ("BACKGROUND", (0, -1), (-1, -1), SHADE),
    )


def _remedies(w: _Writer) -> _Article:
    t = w.terms
    article = _Article("contract.article.remedies")
    article.clause("contract.amicable", w.text(t.amicable_settlement) or [w.pending()])
    article.clause("contract.mediation", [w.fact("contract.mediator", t.mediator)])
    article.clause(
        "contract.law_and_court",
        [w.fact("contract.applicable_law", t.applicable_law), w.fact("contract.court", t.court)],
    )
    return article


# --- Signatures -------------------------------------------------------------------------------


def _signatures(doc: ContractDocument, letterhead: Letterhead) -> Table:
    language = doc.language
    style = styles()
    mention = label("contract.read_and_approved", language)
    sign_date = doc.signing_date
    blocks = [
        SignatureBlock(
            label("contract.for_consultant", language),
            doc.consultant_signer or letterhead.name,
            doc.consultant_signature,
            language,
            mention=mention,
            signed_on=sign_date if doc.consultant_signature is not None else None,
        ),
        SignatureBlock(
            label("contract.for_client", language),
            doc.client_signer,
            doc.client_signature,
            language,
            mention=mention,
            signed_on=sign_date if doc.client_signature is not None else None,
        ),
    ]
    place = _short(doc.signing_place) or BLANK
    when = format_date(sign_date, language) if sign_date is not None else BLANK
    made = label("contract.signed_at_on", language, place=place, date=when)
    flowables: list[Flowable] = [
        Paragraph(markup(label("signatures", language), language), style.heading),
        Paragraph(markup(made, language), style.body),
        Spacer(1, 2 * mm),
        signature_row(blocks, FRAME_WIDTH),
    ]
    # Heading, place and date, and both blocks stay on one page: a signature must not be
    # separated from what it signs for by a page break. A table that cannot split rather than
    # a KeepTogether, which reports no height of its own and so cannot sit in another one.
    section = Table(
        [[flowables]],
        colWidths=[FRAME_WIDTH],
        style=table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            # In a cell, the heading's own space before is not applied.
            ("TOPPADDING", (0, 0), (-1, -1), style.heading.spaceBefore),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("NOSPLIT", (0, 0), (-1, -1)),
        ),
    )
    section.hAlign = "LEFT"
    return section


def _short(text: str) -> str:
    """One line of at most ``MAX_PLACE_LENGTH`` characters: the block must fit on a page."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_PLACE_LENGTH else text[: MAX_PLACE_LENGTH - 1] + "\u2026"
